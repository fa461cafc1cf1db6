//! Reading the draft: each screen's text is parsed once into typed values. What cannot be read
//! becomes a validation message; what can becomes the answers.

use super::{Draft, Question, Step, TextField, Unit};
use crate::engine::link::{HARD_MAX, HOURS_MAX, KM_MAX, PAIN_DAYS_MAX, RACE_DAYS_MAX, RUNS_MAX};
use crate::engine::{number, Answers, Health, Pain, RedFlag, Spot};

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
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Training {
    pub km: f64,
    pub runs: u8,
    pub hard: u8,
    pub longest_km: Option<f64>,
    pub hours_since_hard: Option<u16>,
}

/// The weeks-and-races screen, read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weeks {
    pub history: Option<[f64; 4]>,
    pub race_in_days: Option<u16>,
    pub raced_days_ago: Option<u16>,
}

impl TextField {
    /// Whether the field is a distance, typed in the draft's unit.
    fn is_distance(self) -> bool {
        matches!(self, TextField::Km | TextField::Long | TextField::Week(_))
    }

    /// Whole numbers only, and the largest allowed in `unit`.
    fn limit(self, unit: Unit) -> (bool, f64) {
        let days = f64::from(RACE_DAYS_MAX);
        match self {
            TextField::Km | TextField::Long | TextField::Week(_) => {
                (false, unit.from_km(KM_MAX).floor())
            }
            TextField::Runs => (true, f64::from(RUNS_MAX)),
            TextField::Hard => (true, f64::from(HARD_MAX)),
            TextField::Last => (true, f64::from(HOURS_MAX)),
            TextField::RaceIn | TextField::RacedAgo => (true, days),
            TextField::Days(_) => (true, f64::from(PAIN_DAYS_MAX)),
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

    /// The number in an optional field: `Some(None)` when empty, `None` when unreadable.
    fn optional(&mut self, draft: &Draft, field: TextField) -> Option<Option<f64>> {
        draft
            .number(field)
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

    /// The screen's values, or every message found.
    fn finish<T>(self, value: Option<T>) -> Result<T, Vec<FieldError>> {
        match value {
            Some(value) if self.errors.is_empty() => Ok(value),
            _ => Err(self.errors),
        }
    }
}

/// All four, if every one is there.
fn all<T>(items: [Option<T>; 4]) -> Option<[T; 4]> {
    let [a, b, c, d] = items;
    Some([a?, b?, c?, d?])
}

impl Draft {
    /// The number typed in a field (in km for a distance), `None` when it is empty. Digits with
    /// one point or comma; a distance is kept to 0.01 km.
    pub fn number(&self, field: TextField) -> Result<Option<f64>, Problem> {
        let text = self.text(field).trim();
        if text.is_empty() {
            return Ok(None);
        }
        let (whole, max) = field.limit(self.unit);
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
        if value > max {
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
    pub fn training(&self) -> Result<Training, Vec<FieldError>> {
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
        let training = (|| {
            Some(Training {
                km: km?,
                runs: runs? as u8,
                hard: hard?.unwrap_or(0.0) as u8,
                longest_km: long?,
                hours_since_hard: last?.map(|h| h as u16),
            })
        })();
        r.finish(training)
    }

    /// The weeks-and-races screen: the four weeks are all given or all left empty.
    pub fn weeks(&self) -> Result<Weeks, Vec<FieldError>> {
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
        let read = (|| {
            Some(Weeks {
                history: all(all(weeks)?),
                race_in_days: race_in?,
                raced_days_ago: raced_ago?,
            })
        })();
        r.finish(read)
    }

    /// The details of one chosen spot.
    pub fn pain(&self, spot: Spot) -> Result<Pain, Vec<FieldError>> {
        let mut r = Reading::default();
        let details = self.spot(spot);
        let quality = details.and_then(|d| d.quality);
        if quality.is_none() {
            r.add(Field::Quality(spot), Problem::ChooseOne);
        }
        let days = r.required(self, TextField::Days(spot));
        let pain = (|| {
            Some(Pain {
                spot,
                severity: details?.severity.min(10),
                quality: quality?,
                days: days? as u16,
            })
        })();
        r.finish(pain)
    }

    /// The red flags answered yes; every question must be answered.
    pub fn flags(&self) -> Result<Vec<RedFlag>, Vec<FieldError>> {
        self.yes_answers(RedFlag::ALL, Question::Flag)
    }

    /// The health conditions answered yes; every question must be answered.
    pub fn health(&self) -> Result<Vec<Health>, Vec<FieldError>> {
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
        r.finish(Some(yes))
    }

    /// Every problem on one screen.
    pub fn errors(&self, step: Step) -> Vec<FieldError> {
        let problems = match step {
            Step::Start => Ok(()),
            Step::Training => self.training().map(drop),
            Step::Weeks => self.weeks().map(drop),
            Step::PainMap if self.spots.is_none() => Err(vec![FieldError {
                field: Field::Spots,
                problem: Problem::ChooseOne,
            }]),
            Step::PainMap => Ok(()),
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
        if self.spots.is_none() {
            return Err(Step::PainMap);
        }
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
