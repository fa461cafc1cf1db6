//! The quiz form as typed: raw text per field, per-step validation, and the conversion to answers.
//! Pure (no browser imports), so validation is tested natively.

use std::collections::BTreeMap;

use crate::engine::decimal::{self, Decimal};
use crate::engine::link::{HARD_MAX, HOURS_MAX, KM_MAX, PAIN_DAYS_MAX, RACE_DAYS_MAX, RUNS_MAX};
use crate::engine::{Answers, Health, Pain, Quality, RedFlag, Spot};

/// Kilometres in a mile.
pub const KM_PER_MILE: f64 = 1.609_344;

/// The unit distances are typed in; answers are always stored in km.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    #[default]
    Km,
    Mi,
}

impl Unit {
    fn to_km(self, value: f64) -> f64 {
        match self {
            Unit::Km => value,
            Unit::Mi => value * KM_PER_MILE,
        }
    }

    /// A km value shown in this unit, rounded to 0.1.
    pub fn from_km(self, km: f64) -> f64 {
        let value = match self {
            Unit::Km => km,
            Unit::Mi => km / KM_PER_MILE,
        };
        (value * 10.0).round() / 10.0
    }

    /// A km value as shown in this unit: to 0.1, without trailing zeros.
    pub fn show(self, km: f64) -> String {
        decimal::format(self.from_km(km), 1)
    }
}

/// A field of the form, for validation messages and focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Km,
    Runs,
    Hard,
    Long,
    Last,
    History(usize),
    RaceIn,
    RacedAgo,
    Severity(Spot),
    Quality(Spot),
    Days(Spot),
    /// The pain map as a whole (nothing chosen yet).
    Spots,
    Flag(RedFlag),
    Condition(Health),
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

/// The details typed for one painful spot.
#[derive(Clone, Debug, PartialEq)]
pub struct SpotDraft {
    pub spot: String,
    pub severity: u8,
    pub quality: Option<String>,
    pub days: String,
}

/// Everything typed so far, as typed. Saved in local storage (`hooks::saved`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub unit: Unit,
    pub km: String,
    pub runs: String,
    pub hard: String,
    pub long: String,
    pub last: String,
    pub history: [String; 4],
    pub race_planned: bool,
    pub race_in: String,
    pub raced_recently: bool,
    pub raced_ago: String,
    /// `None` until the pain map is answered; `Some(empty)` = nothing hurts.
    pub spots: Option<Vec<SpotDraft>>,
    /// Safety answers by red-flag slug: `true` = yes.
    pub safety: BTreeMap<String, bool>,
    /// Health answers by condition slug: `true` = yes.
    pub conditions: BTreeMap<String, bool>,
}

/// The fields validated on each kind of screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Training,
    Weeks,
    PainMap,
    Spot(Spot),
    Safety,
    HealthQuestions,
}

/// Default severity for a newly chosen spot.
pub const DEFAULT_SEVERITY: u8 = 3;

/// A typed number: plain digits with at most one point or comma, kept to hundredths.
fn number(text: &str, whole: bool, max: f64) -> Result<Option<f64>, Problem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let normalised = text.replace(',', ".");
    match Decimal::parse(&normalised) {
        Some(n) if !whole || n.is_whole() => {
            if n.exceeds(max) {
                Err(Problem::OutOfRange { max })
            } else {
                Ok(Some(n.value()))
            }
        }
        None if normalised
            .strip_prefix('-')
            .and_then(Decimal::parse)
            .is_some() =>
        {
            Err(Problem::OutOfRange { max })
        }
        _ => Err(Problem::NotANumber { whole }),
    }
}

/// A "please answer" error for each yes/no question without an answer.
fn unanswered<T: Copy>(
    questions: impl IntoIterator<Item = T>,
    slug: fn(T) -> &'static str,
    answers: &BTreeMap<String, bool>,
    field: fn(T) -> Field,
) -> Vec<FieldError> {
    questions
        .into_iter()
        .filter(|&q| !answers.contains_key(slug(q)))
        .map(|q| FieldError {
            field: field(q),
            problem: Problem::ChooseOne,
        })
        .collect()
}

/// The problem with a parsed field, if any.
fn problem_of(result: Result<Option<f64>, Problem>, required: bool) -> Option<Problem> {
    match result {
        Err(problem) => Some(problem),
        Ok(None) if required => Some(Problem::Required),
        Ok(_) => None,
    }
}

impl Draft {
    /// Nothing typed or chosen yet (the unit aside).
    pub fn is_blank(&self) -> bool {
        Draft {
            unit: Unit::default(),
            ..self.clone()
        } == Draft::default()
    }

    /// The maximum for distance fields in the unit shown.
    pub fn km_max_shown(&self) -> f64 {
        self.unit.from_km(KM_MAX).floor()
    }

    fn distance(&self, text: &str) -> Result<Option<f64>, Problem> {
        number(text, false, self.km_max_shown())
            .map(|v| v.map(|v| (self.unit.to_km(v) * 100.0).round() / 100.0))
            .map(|v| v.map(|km| km.min(KM_MAX)))
    }

    /// The spots chosen on the pain map, in body-map order.
    pub fn chosen_spots(&self) -> Vec<Spot> {
        let chosen = self.spots.iter().flatten();
        let mut spots: Vec<Spot> = chosen.filter_map(|s| Spot::from_slug(&s.spot)).collect();
        spots.sort();
        spots.dedup();
        spots
    }

    /// The details typed for one spot.
    pub fn spot(&self, spot: Spot) -> Option<&SpotDraft> {
        self.spots.iter().flatten().find(|s| s.spot == spot.slug())
    }

    /// Every problem in one section.
    pub fn errors(&self, section: Section) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let check = |errors: &mut Vec<FieldError>, field, result, required| {
            if let Some(problem) = problem_of(result, required) {
                errors.push(FieldError { field, problem });
            }
        };
        match section {
            Section::Training => {
                check(&mut errors, Field::Km, self.distance(&self.km), true);
                check(
                    &mut errors,
                    Field::Runs,
                    number(&self.runs, true, f64::from(RUNS_MAX)),
                    true,
                );
                check(
                    &mut errors,
                    Field::Hard,
                    number(&self.hard, true, f64::from(HARD_MAX)),
                    false,
                );
                check(&mut errors, Field::Long, self.distance(&self.long), false);
                check(
                    &mut errors,
                    Field::Last,
                    number(&self.last, true, f64::from(HOURS_MAX)),
                    false,
                );
                if errors.is_empty() {
                    let runs = number(&self.runs, true, f64::MAX).ok().flatten();
                    let hard = number(&self.hard, true, f64::MAX).ok().flatten();
                    if let (Some(runs), Some(hard)) = (runs, hard) {
                        if hard > runs {
                            errors.push(FieldError {
                                field: Field::Hard,
                                problem: Problem::HardAboveRuns,
                            });
                        }
                    }
                    let km = self.distance(&self.km).ok().flatten();
                    let long = self.distance(&self.long).ok().flatten();
                    if let (Some(km), Some(long)) = (km, long) {
                        if long > km {
                            errors.push(FieldError {
                                field: Field::Long,
                                problem: Problem::LongAboveWeek,
                            });
                        }
                    }
                }
            }
            Section::Weeks => {
                let filled = self.history.iter().filter(|w| !w.trim().is_empty()).count();
                for (i, week) in self.history.iter().enumerate() {
                    let result = self.distance(week);
                    let required = filled > 0 && filled < 4;
                    match result {
                        Ok(None) if required => errors.push(FieldError {
                            field: Field::History(i),
                            problem: Problem::HistoryIncomplete,
                        }),
                        other => check(&mut errors, Field::History(i), other, false),
                    }
                }
                let days = f64::from(RACE_DAYS_MAX);
                if self.race_planned {
                    check(
                        &mut errors,
                        Field::RaceIn,
                        number(&self.race_in, true, days),
                        true,
                    );
                }
                if self.raced_recently {
                    check(
                        &mut errors,
                        Field::RacedAgo,
                        number(&self.raced_ago, true, days),
                        true,
                    );
                }
            }
            Section::Spot(spot) => {
                if let Some(details) = self.spot(spot) {
                    if details
                        .quality
                        .as_deref()
                        .and_then(Quality::from_slug)
                        .is_none()
                    {
                        errors.push(FieldError {
                            field: Field::Quality(spot),
                            problem: Problem::ChooseOne,
                        });
                    }
                    let days = number(&details.days, true, f64::from(PAIN_DAYS_MAX));
                    check(&mut errors, Field::Days(spot), days, true);
                }
            }
            Section::PainMap => {
                if self.spots.is_none() {
                    errors.push(FieldError {
                        field: Field::Spots,
                        problem: Problem::ChooseOne,
                    });
                }
            }
            Section::Safety => {
                errors.extend(unanswered(
                    RedFlag::ALL,
                    RedFlag::slug,
                    &self.safety,
                    Field::Flag,
                ));
            }
            Section::HealthQuestions => {
                let conditions = &self.conditions;
                errors.extend(unanswered(
                    Health::ALL,
                    Health::slug,
                    conditions,
                    Field::Condition,
                ));
            }
        }
        errors
    }

    /// The answers, when every section is valid.
    pub fn to_answers(&self) -> Option<Answers> {
        let sections = [Section::Training, Section::Weeks];
        let spots = self.chosen_spots().into_iter().map(Section::Spot);
        if sections
            .into_iter()
            .chain(spots)
            .any(|s| !self.errors(s).is_empty())
        {
            return None;
        }
        let whole = |text: &str| {
            number(text, true, f64::MAX)
                .ok()
                .flatten()
                .map(|v| v as u16)
        };
        let km = self.distance(&self.km).ok().flatten()?;
        let history: Option<Vec<f64>> = self
            .history
            .iter()
            .map(|w| self.distance(w).ok().flatten())
            .collect();
        let pain = self
            .chosen_spots()
            .into_iter()
            .filter_map(|spot| {
                let details = self.spot(spot)?;
                Some(Pain {
                    spot,
                    severity: details.severity.min(10),
                    quality: Quality::from_slug(details.quality.as_deref()?)?,
                    days: whole(&details.days)?,
                })
            })
            .collect();
        let yes = |answers: &BTreeMap<String, bool>, slug: &str| answers.get(slug) == Some(&true);
        let flags = RedFlag::ALL
            .into_iter()
            .filter(|f| yes(&self.safety, f.slug()))
            .collect();
        let health = Health::ALL
            .into_iter()
            .filter(|h| yes(&self.conditions, h.slug()))
            .collect();
        Some(Answers {
            km,
            history: history.and_then(|h| h.try_into().ok()),
            runs: whole(&self.runs)? as u8,
            hard: whole(&self.hard).unwrap_or(0) as u8,
            longest_km: self.distance(&self.long).ok().flatten(),
            hours_since_hard: whole(&self.last),
            race_in_days: whole(&self.race_in).filter(|_| self.race_planned),
            raced_days_ago: whole(&self.raced_ago).filter(|_| self.raced_recently),
            pain,
            flags,
            health,
        })
    }

    /// The form filled in from answers (a share link opened, then "change my answers").
    pub fn from_answers(answers: &Answers, unit: Unit) -> Draft {
        let shown = |km: f64| unit.show(km);
        let opt = |v: Option<u16>| v.map(|v| v.to_string()).unwrap_or_default();
        Draft {
            unit,
            km: shown(answers.km),
            runs: answers.runs.to_string(),
            hard: answers.hard.to_string(),
            long: answers.longest_km.map(shown).unwrap_or_default(),
            last: opt(answers.hours_since_hard),
            history: answers.history.map(|h| h.map(shown)).unwrap_or_default(),
            race_planned: answers.race_in_days.is_some(),
            race_in: opt(answers.race_in_days),
            raced_recently: answers.raced_days_ago.is_some(),
            raced_ago: opt(answers.raced_days_ago),
            spots: Some(
                answers
                    .pain
                    .iter()
                    .map(|p| SpotDraft {
                        spot: p.spot.slug().to_owned(),
                        severity: p.severity,
                        quality: Some(p.quality.slug().to_owned()),
                        days: p.days.to_string(),
                    })
                    .collect(),
            ),
            safety: RedFlag::ALL
                .into_iter()
                .map(|f| (f.slug().to_owned(), answers.has_flag(f)))
                .collect(),
            conditions: Health::ALL
                .into_iter()
                .map(|h| (h.slug().to_owned(), answers.has(h)))
                .collect(),
        }
    }
}
