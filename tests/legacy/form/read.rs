//! Reading the draft: each screen's text is parsed once into typed values. What cannot be read
//! becomes a validation message; what can becomes the answers.

use super::{Draft, Question, Step, TextField, Unit};
use crate::legacy::link::{HARD_MAX, HOURS_MAX, KM_MAX, PAIN_DAYS_MAX, RACE_DAYS_MAX, RUNS_MAX};
use crate::legacy::{number, Answers, Health, Pain, RedFlag, Spot};

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
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Problem {
    Required,
    /// Not a number; `whole` when only whole numbers are allowed.
    NotANumber {
        whole: bool,
    },
    /// Outside `0..=max` (in the unit shown).
    OutOfRange {
        max: f64,
    },
    HardAboveRuns,
    LongAboveWeek,
    /// Some but not all four weeks filled in.
    HistoryIncomplete,
    ChooseOne,
}

/// One validation message.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

/// The training screen, read.
struct Training {
    km: f64,
    runs: u8,
    hard: u8,
    longest_km: Option<f64>,
    hours_since_hard: Option<u16>,
}

/// The weeks-and-races screen, read.
struct Weeks {
    history: Option<[f64; 4]>,
    race_in_days: Option<u16>,
    raced_days_ago: Option<u16>,
}

impl TextField {
    /// Whether the field is a distance, typed in the draft's unit; the others take whole numbers.
    fn is_distance(self) -> bool {
        matches!(self, TextField::Km | TextField::Long | TextField::Week(_))
    }

    /// The largest value allowed, in `unit` for a distance: 400 km is 248.548 mi (to 0.001,
    /// down, as precise as the form writes miles).
    fn max(self, unit: Unit) -> f64 {
        match self {
            TextField::Km | TextField::Long | TextField::Week(_) => {
                (unit.per_km(KM_MAX) * 1000.0).floor() / 1000.0
            }
            TextField::Runs => f64::from(RUNS_MAX),
            TextField::Hard => f64::from(HARD_MAX),
            TextField::Last => f64::from(HOURS_MAX),
            TextField::RaceIn | TextField::RacedAgo => f64::from(RACE_DAYS_MAX),
            TextField::Days(_) => f64::from(PAIN_DAYS_MAX),
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
    fn optional(&mut self, draft: &Draft, field: TextField) -> Option<Option<f64>> {
        draft
            .value(field)
            .map_err(|problem| self.add(Field::Text(field), problem))
            .ok()
    }

    /// The number in a field that must be filled in.
    fn required(&mut self, draft: &Draft, field: TextField) -> Option<f64> {
        let value = self.optional(draft, field)?;
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
    /// The value typed in a field, `None` when it is empty: digits with one point or comma. A
    /// distance is given in km, kept to 0.01 km.
    pub fn value(&self, field: TextField) -> Result<Option<f64>, Problem> {
        let text = self.text(field).trim();
        if text.is_empty() {
            return Ok(None);
        }
        let whole = !field.is_distance();
        let max = field.max(self.unit);
        let typed = text.replace(',', ".");
        let value = match number::parse_plain(&typed) {
            Some(value) => value,
            None if typed
                .strip_prefix('-')
                .and_then(number::parse_plain)
                .is_some() =>
            {
                return Err(Problem::OutOfRange { max })
            }
            None => return Err(Problem::NotANumber { whole }),
        };
        if number::above(&typed, value, max) {
            return Err(Problem::OutOfRange { max });
        }
        if whole && value.fract() != 0.0 {
            return Err(Problem::NotANumber { whole });
        }
        Ok(Some(if field.is_distance() {
            number::hundredths(self.unit.to_km(value)).min(KM_MAX)
        } else {
            value
        }))
    }

    /// The training screen.
    fn training(&self) -> Result<Training, Vec<FieldError>> {
        let mut r = Reading::default();
        let km = r.required(self, TextField::Km);
        let runs = r.required(self, TextField::Runs);
        let hard = r.optional(self, TextField::Hard);
        let long = r.optional(self, TextField::Long);
        let last = r.optional(self, TextField::Last);
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
            hard: hard.unwrap_or(0.0) as u8,
            longest_km: long,
            hours_since_hard: last.map(|h| h as u16),
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
            r.optional(self, field)
        });
        let days = |r: &mut Reading, asked: bool, field| match asked {
            true => r.required(self, field).map(|d| Some(d as u16)),
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
        let days = r.required(self, TextField::Days(spot));
        let (Some(details), Some(quality), Some(days)) = (details, quality, days) else {
            return Err(r.errors);
        };
        r.problems()?;
        Ok(Pain {
            spot,
            severity: details.severity,
            quality,
            days: days as u16,
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
