//! Reading the draft: each screen's text is parsed once into typed values. What cannot be read
//! becomes a validation message; what can becomes the answers.

use super::{Draft, Question, Step, TextField, Unit};
use crate::engine::link::{HARD_MAX, HOURS_MAX, PAIN_DAYS_MAX, RACE_DAYS_MAX, RUNS_MAX};
use crate::engine::number::{Decimal, Plain};
use crate::engine::{Answers, Distance, Health, Pain, RedFlag, Spot};

/// A place in the form that a validation message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Text(TextField),
    /// The pain map as a whole (nothing chosen yet).
    Spots,
    Quality(Spot),
    Question(Question),
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// Not a number; `whole` when only whole numbers are allowed.
    NotANumber {
        whole: bool,
    },
    /// Outside `0..=max`; a distance's maximum is in the unit shown, to 0.1.
    OutOfRange {
        max: Decimal,
    },
    HardAboveRuns,
    LongAboveWeek,
    /// Some but not all four weeks filled in.
    HistoryIncomplete,
    ChooseOne,
}

/// One validation message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// The training screen, read.
struct Training {
    km: Distance,
    runs: u8,
    hard: u8,
    longest_km: Option<Distance>,
    hours_since_hard: Option<u16>,
}

/// The weeks-and-races screen, read.
struct Weeks {
    history: Option<[Distance; 4]>,
    race_in_days: Option<u16>,
    raced_days_ago: Option<u16>,
}

impl TextField {
    /// Whether the field is a distance, typed in the draft's unit; the others take whole numbers.
    fn is_distance(self) -> bool {
        matches!(self, TextField::Km | TextField::Long | TextField::Week(_))
    }

    /// The largest value allowed, in `unit` for a distance (`Unit::max`).
    fn max(self, unit: Unit) -> Decimal {
        let whole = |max: u32| Decimal::new(u64::from(max), 0);
        match self {
            TextField::Km | TextField::Long | TextField::Week(_) => unit.max(),
            TextField::Runs => whole(RUNS_MAX),
            TextField::Hard => whole(HARD_MAX),
            TextField::Last => whole(HOURS_MAX),
            TextField::RaceIn | TextField::RacedAgo => whole(RACE_DAYS_MAX),
            TextField::Days(_) => whole(PAIN_DAYS_MAX),
        }
    }

    /// The largest value allowed, as a message shows it: a distance to 0.1.
    fn shown_max(self, unit: Unit) -> Decimal {
        match self.is_distance() {
            true => unit.tenths(Distance::MAX),
            false => self.max(unit),
        }
    }
}

/// The messages found while reading one screen.
#[derive(Default)]
struct Reading {
    errors: Vec<FieldError>,
}

impl Reading {
    fn add(&mut self, field: Field, problem: Problem) {
        self.errors.push(FieldError { field, problem });
    }

    /// The value of an optional field: `Some(None)` when empty, `None` when unreadable.
    fn optional<T>(
        &mut self,
        field: TextField,
        value: Result<Option<T>, Problem>,
    ) -> Option<Option<T>> {
        value
            .map_err(|problem| self.add(Field::Text(field), problem))
            .ok()
    }

    /// The value of a field that must be filled in.
    fn required<T>(&mut self, field: TextField, value: Result<Option<T>, Problem>) -> Option<T> {
        let value = self.optional(field, value)?;
        if value.is_none() {
            self.add(Field::Text(field), Problem::Required);
        }
        value
    }

    /// Every message found, if there is one.
    fn problems(self) -> Result<(), Vec<FieldError>> {
        match self.errors.is_empty() {
            true => Ok(()),
            false => Err(self.errors),
        }
    }
}

/// All four, if every one is there.
fn all<T>(items: [Option<T>; 4]) -> Option<[T; 4]> {
    let [a, b, c, d] = items;
    Some([a?, b?, c?, d?])
}

impl Draft {
    /// The number typed in a field, `None` when it is empty: digits with one point or comma,
    /// checked against the field's range as typed, then converted.
    fn number<T>(
        &self,
        field: TextField,
        convert: impl FnOnce(Plain) -> Option<T>,
    ) -> Result<Option<T>, Problem> {
        let text = self.text(field).trim();
        if text.is_empty() {
            return Ok(None);
        }
        let whole = !field.is_distance();
        let out_of_range = Problem::OutOfRange {
            max: field.shown_max(self.unit),
        };
        let typed = text.replace(',', ".");
        let value = match Plain::parse(&typed) {
            Some(value) => value,
            None if typed.strip_prefix('-').and_then(Plain::parse).is_some() => {
                return Err(out_of_range)
            }
            None => return Err(Problem::NotANumber { whole }),
        };
        if value.above(field.max(self.unit)) {
            return Err(out_of_range);
        }
        if whole && !value.is_whole() {
            return Err(Problem::NotANumber { whole });
        }
        convert(value).map(Some).ok_or(out_of_range)
    }

    /// The distance typed in a field, in km, kept to 0.01 km.
    fn distance(&self, field: TextField) -> Result<Option<Distance>, Problem> {
        self.number(field, |typed| self.unit.distance(typed))
    }

    /// The whole number typed in a field.
    fn whole(&self, field: TextField) -> Result<Option<u16>, Problem> {
        self.number(field, |typed| {
            typed.rounded(1, 0).and_then(|n| u16::try_from(n).ok())
        })
    }

    /// The training screen.
    fn training(&self) -> Result<Training, Vec<FieldError>> {
        let mut r = Reading::default();
        let km = r.required(TextField::Km, self.distance(TextField::Km));
        let runs = r.required(TextField::Runs, self.whole(TextField::Runs));
        let hard = r.optional(TextField::Hard, self.whole(TextField::Hard));
        let long = r.optional(TextField::Long, self.distance(TextField::Long));
        let last = r.optional(TextField::Last, self.whole(TextField::Last));
        if let (Some(runs), Some(Some(hard))) = (runs, hard) {
            if hard > runs {
                r.add(Field::Text(TextField::Hard), Problem::HardAboveRuns);
            }
        }
        if let (Some(km), Some(Some(long))) = (km, long) {
            if long > km {
                r.add(Field::Text(TextField::Long), Problem::LongAboveWeek);
            }
        }
        let (Some(km), Some(runs), Some(hard), Some(long), Some(last)) =
            (km, runs, hard, long, last)
        else {
            return Err(r.errors);
        };
        r.problems()?;
        Ok(Training {
            km,
            runs: runs as u8,
            hard: hard.unwrap_or(0) as u8,
            longest_km: long,
            hours_since_hard: last,
        })
    }

    /// The weeks-and-races screen: the four weeks are all given or all left empty.
    fn weeks(&self) -> Result<Weeks, Vec<FieldError>> {
        let mut r = Reading::default();
        let fields = [0, 1, 2, 3].map(TextField::Week);
        let filled = fields.iter().filter(|&&f| !self.text(f).trim().is_empty());
        let partly = (1..4).contains(&filled.count());
        let weeks = fields.map(|field| {
            if partly && self.text(field).trim().is_empty() {
                r.add(Field::Text(field), Problem::HistoryIncomplete);
                return None;
            }
            r.optional(field, self.distance(field))
        });
        let days = |r: &mut Reading, asked: bool, field| match asked {
            true => r.required(field, self.whole(field)).map(Some),
            false => Some(None),
        };
        let race_in = days(&mut r, self.race_planned, TextField::RaceIn);
        let raced_ago = days(&mut r, self.raced_recently, TextField::RacedAgo);
        let (Some(weeks), Some(race_in_days), Some(raced_days_ago)) =
            (all(weeks), race_in, raced_ago)
        else {
            return Err(r.errors);
        };
        r.problems()?;
        Ok(Weeks {
            history: all(weeks),
            race_in_days,
            raced_days_ago,
        })
    }

    /// The details of one chosen spot.
    fn pain(&self, spot: Spot) -> Result<Pain, Vec<FieldError>> {
        let mut r = Reading::default();
        let details = self.spot(spot);
        let quality = details.and_then(|d| d.quality);
        if quality.is_none() {
            r.add(Field::Quality(spot), Problem::ChooseOne);
        }
        let days = r.required(TextField::Days(spot), self.whole(TextField::Days(spot)));
        let (Some(details), Some(quality), Some(days)) = (details, quality, days) else {
            return Err(r.errors);
        };
        r.problems()?;
        Ok(Pain {
            spot,
            severity: details.severity,
            quality,
            days,
        })
    }

    /// The pain map: answered, with spots or with "nothing hurts".
    fn pain_map(&self) -> Result<(), Vec<FieldError>> {
        match self.spots {
            Some(_) => Ok(()),
            None => Err(vec![FieldError {
                field: Field::Spots,
                problem: Problem::ChooseOne,
            }]),
        }
    }

    /// The red flags answered yes; every question must be answered.
    fn flags(&self) -> Result<Vec<RedFlag>, Vec<FieldError>> {
        self.yes_answers(RedFlag::ALL, Question::Flag)
    }

    /// The health conditions answered yes; every question must be answered.
    fn health(&self) -> Result<Vec<Health>, Vec<FieldError>> {
        self.yes_answers(Health::ALL, Question::Condition)
    }

    fn yes_answers<T: Copy>(
        &self,
        items: impl IntoIterator<Item = T>,
        question: fn(T) -> Question,
    ) -> Result<Vec<T>, Vec<FieldError>> {
        let mut r = Reading::default();
        let mut yes = Vec::new();
        for item in items {
            match self.answer(question(item)) {
                Some(true) => yes.push(item),
                Some(false) => {}
                None => r.add(Field::Question(question(item)), Problem::ChooseOne),
            }
        }
        r.problems().map(|()| yes)
    }

    /// Every problem on one screen.
    pub fn errors(&self, step: Step) -> Vec<FieldError> {
        let problems = match step {
            Step::Start => Ok(()),
            Step::Training => self.training().map(drop),
            Step::Weeks => self.weeks().map(drop),
            Step::PainMap => self.pain_map(),
            Step::Spot(spot) => self.pain(spot).map(drop),
            Step::Safety => self.flags().map(drop),
            Step::HealthQuestions => self.health().map(drop),
        };
        problems.err().unwrap_or_default()
    }

    /// The answers, or the first screen that still has a problem.
    pub fn to_answers(&self) -> Result<Answers, Step> {
        let training = self.training().map_err(|_| Step::Training)?;
        let weeks = self.weeks().map_err(|_| Step::Weeks)?;
        self.pain_map().map_err(|_| Step::PainMap)?;
        let pain = self
            .chosen_spots()
            .map(|spot| self.pain(spot).map_err(|_| Step::Spot(spot)))
            .collect::<Result<_, _>>()?;
        Ok(Answers {
            km: training.km,
            history: weeks.history,
            runs: training.runs,
            hard: training.hard,
            longest_km: training.longest_km,
            hours_since_hard: training.hours_since_hard,
            race_in_days: weeks.race_in_days,
            raced_days_ago: weeks.raced_days_ago,
            pain,
            flags: self.flags().map_err(|_| Step::Safety)?,
            health: self.health().map_err(|_| Step::HealthQuestions)?,
        })
    }
}
