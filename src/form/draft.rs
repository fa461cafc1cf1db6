//! The draft: every answer as given so far, keyed by the domain's own types, with numbers kept
//! as the text typed so that nothing typed is lost. It is what saved progress holds.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use super::{Step, Unit};
use crate::engine::answers::{Answer, DistanceAnswer, Value, WholeAnswer};
use crate::engine::{Answers, Distance, Health, Pain, Quality, RedFlag, Spot};

/// The severity a newly chosen spot starts at.
pub const DEFAULT_SEVERITY: u8 = 3;

/// A field typed as text (all of them numbers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Km,
    Runs,
    Hard,
    Long,
    Last,
    /// One of the four weeks before, oldest first.
    Week(usize),
    RaceIn,
    RacedAgo,
    /// Days since the pain in this spot began.
    Days(Spot),
}

/// What a text field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// A distance, typed in the draft's unit.
    Distance,
    /// A whole number up to a maximum.
    Whole(u16),
}

impl TextField {
    /// The answer it is typed for (all or part of it).
    pub fn answer(self) -> Answer {
        match self {
            TextField::Km => Answer::Distance(DistanceAnswer::Km),
            TextField::Long => Answer::Distance(DistanceAnswer::Long),
            TextField::Week(_) => Answer::Weeks,
            TextField::Runs => Answer::Whole(WholeAnswer::Runs),
            TextField::Hard => Answer::Whole(WholeAnswer::Hard),
            TextField::Last => Answer::Whole(WholeAnswer::Last),
            TextField::RaceIn => Answer::Whole(WholeAnswer::Race),
            TextField::RacedAgo => Answer::Whole(WholeAnswer::Raced),
            TextField::Days(_) => Answer::Pain,
        }
    }

    /// What it holds, with its answer's range.
    pub(super) fn kind(self) -> Kind {
        match self {
            TextField::Km | TextField::Long | TextField::Week(_) => Kind::Distance,
            TextField::Runs => Kind::Whole(WholeAnswer::Runs.max()),
            TextField::Hard => Kind::Whole(WholeAnswer::Hard.max()),
            TextField::Last => Kind::Whole(WholeAnswer::Last.max()),
            TextField::RaceIn => Kind::Whole(WholeAnswer::Race.max()),
            TextField::RacedAgo => Kind::Whole(WholeAnswer::Raced.max()),
            TextField::Days(_) => Kind::Whole(Pain::DAYS_MAX),
        }
    }

    /// The screen it is on.
    pub fn step(self) -> Step {
        match self {
            TextField::Km
            | TextField::Runs
            | TextField::Hard
            | TextField::Long
            | TextField::Last => Step::Training,
            TextField::Week(_) | TextField::RaceIn | TextField::RacedAgo => Step::Weeks,
            TextField::Days(spot) => Step::Spot(spot),
        }
    }
}

/// A yes/no question on the safety or the health screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Question {
    Flag(RedFlag),
    Condition(Health),
}

impl fmt::Display for Question {
    /// The question's name, as in the share link: `chest`, `blood-thinners`, …
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Question::Flag(flag) => flag.fmt(f),
            Question::Condition(condition) => condition.fmt(f),
        }
    }
}

/// The details given for one painful spot.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpotDraft {
    pub severity: u8,
    #[serde(default)]
    pub quality: Option<Quality>,
    #[serde(default)]
    pub days: String,
}

impl Default for SpotDraft {
    fn default() -> Self {
        SpotDraft {
            severity: DEFAULT_SEVERITY,
            quality: None,
            days: String::new(),
        }
    }
}

/// Everything answered so far. A field missing from saved progress is left as in a new draft.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    #[serde(deserialize_with = "saved_unit")]
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
    /// `None` until the pain map is answered; empty when nothing hurts.
    #[serde(deserialize_with = "saved_spots")]
    pub spots: Option<BTreeMap<Spot, SpotDraft>>,
    pub safety: BTreeMap<RedFlag, bool>,
    pub conditions: BTreeMap<Health, bool>,
}

/// The unit as saved: saved progress of format 1 wrote `Km` and `Mi`.
#[derive(Deserialize)]
enum SavedUnit {
    #[serde(rename = "km", alias = "Km")]
    Km,
    #[serde(rename = "mi", alias = "Mi")]
    Mi,
}

fn saved_unit<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Unit, D::Error> {
    Ok(match SavedUnit::deserialize(deserializer)? {
        SavedUnit::Km => Unit::Km,
        SavedUnit::Mi => Unit::Mi,
    })
}

/// The spots as saved: by spot, or (saved progress of format 1) as a list.
#[derive(Deserialize)]
#[serde(untagged)]
enum SavedSpots {
    BySpot(BTreeMap<Spot, SpotDraft>),
    Listed(Vec<ListedSpot>),
}

#[derive(Deserialize)]
struct ListedSpot {
    spot: Spot,
    #[serde(flatten)]
    details: SpotDraft,
}

fn saved_spots<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<BTreeMap<Spot, SpotDraft>>, D::Error> {
    Ok(Option::deserialize(deserializer)?.map(|spots| match spots {
        SavedSpots::BySpot(spots) => spots,
        SavedSpots::Listed(list) => list.into_iter().map(|s| (s.spot, s.details)).collect(),
    }))
}

/// One change made in the form.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Unit(Unit),
    Text(TextField, String),
    RacePlanned(bool),
    RacedRecently(bool),
    ToggleSpot(Spot),
    NothingHurts,
    Severity(Spot, u8),
    Quality(Spot, Quality),
    Answer(Question, bool),
}

impl Draft {
    /// Nothing answered yet (the unit aside).
    pub fn is_blank(&self) -> bool {
        *self
            == Draft {
                unit: self.unit,
                ..Draft::default()
            }
    }

    /// What is typed in a field (empty for a spot not chosen).
    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::Km => &self.km,
            TextField::Runs => &self.runs,
            TextField::Hard => &self.hard,
            TextField::Long => &self.long,
            TextField::Last => &self.last,
            TextField::Week(i) => self.history.get(i).map_or("", String::as_str),
            TextField::RaceIn => &self.race_in,
            TextField::RacedAgo => &self.raced_ago,
            TextField::Days(spot) => self.spot(spot).map_or("", |s| s.days.as_str()),
        }
    }

    fn text_mut(&mut self, field: TextField) -> Option<&mut String> {
        match field {
            TextField::Km => Some(&mut self.km),
            TextField::Runs => Some(&mut self.runs),
            TextField::Hard => Some(&mut self.hard),
            TextField::Long => Some(&mut self.long),
            TextField::Last => Some(&mut self.last),
            TextField::Week(i) => self.history.get_mut(i),
            TextField::RaceIn => Some(&mut self.race_in),
            TextField::RacedAgo => Some(&mut self.raced_ago),
            TextField::Days(spot) => self.spot_mut(spot).map(|s| &mut s.days),
        }
    }

    /// The fields an answer is typed in, in order: none for the answers chosen rather than
    /// typed.
    pub fn text_fields(&self, answer: Answer) -> Vec<TextField> {
        match answer {
            Answer::Distance(DistanceAnswer::Km) => vec![TextField::Km],
            Answer::Distance(DistanceAnswer::Long) => vec![TextField::Long],
            Answer::Weeks => (0..4).map(TextField::Week).collect(),
            Answer::Whole(WholeAnswer::Runs) => vec![TextField::Runs],
            Answer::Whole(WholeAnswer::Hard) => vec![TextField::Hard],
            Answer::Whole(WholeAnswer::Last) => vec![TextField::Last],
            Answer::Whole(WholeAnswer::Race) => vec![TextField::RaceIn],
            Answer::Whole(WholeAnswer::Raced) => vec![TextField::RacedAgo],
            Answer::Pain => self.chosen_spots().map(TextField::Days).collect(),
            Answer::Flags | Answer::Health => Vec::new(),
        }
    }

    /// The yes/no asked before an answer, if there is one: a race planned, a race run.
    pub fn yes_before(&self, answer: Answer) -> Option<bool> {
        match answer {
            Answer::Whole(WholeAnswer::Race) => Some(self.race_planned),
            Answer::Whole(WholeAnswer::Raced) => Some(self.raced_recently),
            Answer::Distance(_)
            | Answer::Weeks
            | Answer::Whole(WholeAnswer::Runs | WholeAnswer::Hard | WholeAnswer::Last)
            | Answer::Pain
            | Answer::Flags
            | Answer::Health => None,
        }
    }

    /// Sets the yes/no asked before an answer, if there is one.
    fn set_yes_before(&mut self, answer: Answer, yes: bool) {
        match answer {
            Answer::Whole(WholeAnswer::Race) => self.race_planned = yes,
            Answer::Whole(WholeAnswer::Raced) => self.raced_recently = yes,
            Answer::Distance(_)
            | Answer::Weeks
            | Answer::Whole(WholeAnswer::Runs | WholeAnswer::Hard | WholeAnswer::Last)
            | Answer::Pain
            | Answer::Flags
            | Answer::Health => {}
        }
    }

    /// The answer to a yes/no question, if given.
    pub fn answer(&self, question: Question) -> Option<bool> {
        match question {
            Question::Flag(flag) => self.safety.get(&flag).copied(),
            Question::Condition(condition) => self.conditions.get(&condition).copied(),
        }
    }

    /// The spots chosen on the pain map, in body-map order.
    pub fn chosen_spots(&self) -> impl Iterator<Item = Spot> + '_ {
        self.spots.iter().flat_map(BTreeMap::keys).copied()
    }

    /// The details given for one spot, if it is chosen.
    pub fn spot(&self, spot: Spot) -> Option<&SpotDraft> {
        self.spots.as_ref()?.get(&spot)
    }

    fn spot_mut(&mut self, spot: Spot) -> Option<&mut SpotDraft> {
        self.spots.as_mut()?.get_mut(&spot)
    }

    /// The screens of the quiz for the answers so far: one per painful spot.
    pub fn steps(&self) -> Vec<Step> {
        [Step::Start, Step::Training, Step::Weeks, Step::PainMap]
            .into_iter()
            .chain(self.chosen_spots().map(Step::Spot))
            .chain([Step::Safety, Step::HealthQuestions])
            .collect()
    }

    /// Makes one change.
    pub fn apply(&mut self, edit: Edit) {
        match edit {
            Edit::Unit(unit) => self.unit = unit,
            Edit::Text(field, text) => {
                if let Some(to) = self.text_mut(field) {
                    *to = text;
                }
            }
            Edit::RacePlanned(on) => self.race_planned = on,
            Edit::RacedRecently(on) => self.raced_recently = on,
            Edit::ToggleSpot(spot) => {
                let spots = self.spots.get_or_insert_with(BTreeMap::new);
                if spots.remove(&spot).is_none() {
                    spots.insert(spot, SpotDraft::default());
                }
            }
            Edit::NothingHurts => self.spots = Some(BTreeMap::new()),
            Edit::Severity(spot, severity) => {
                if let Some(s) = self.spot_mut(spot) {
                    s.severity = severity.min(Pain::SEVERITY_MAX);
                }
            }
            Edit::Quality(spot, quality) => {
                if let Some(s) = self.spot_mut(spot) {
                    s.quality = Some(quality);
                }
            }
            Edit::Answer(Question::Flag(flag), yes) => {
                self.safety.insert(flag, yes);
            }
            Edit::Answer(Question::Condition(condition), yes) => {
                self.conditions.insert(condition, yes);
            }
        }
    }

    /// The form filled in from answers (a share link opened, then "change my answers"), with
    /// distances written with a decimal comma or point.
    pub fn from_answers(answers: &Answers, unit: Unit, decimal_comma: bool) -> Draft {
        let typed = |km: Distance| match decimal_comma {
            true => unit.typed(km).replace('.', ","),
            false => unit.typed(km),
        };
        let mut draft = Draft {
            unit,
            ..Draft::default()
        };
        for answer in Answer::ALL {
            let fields = draft.text_fields(answer);
            let texts: Vec<String> = match answers.value(answer) {
                Value::Distance(km) => vec![km.map(typed).unwrap_or_default()],
                Value::Weeks(weeks) => match weeks {
                    Some(weeks) => weeks.map(typed).to_vec(),
                    None => Vec::new(),
                },
                Value::Whole(n) => {
                    draft.set_yes_before(answer, n.is_some());
                    vec![n.map(|n| n.to_string()).unwrap_or_default()]
                }
                Value::Pains(pains) => {
                    let details = |p: &Pain| SpotDraft {
                        severity: p.severity,
                        quality: Some(p.quality),
                        days: p.days.to_string(),
                    };
                    draft.spots = Some(pains.iter().map(|p| (p.spot, details(p))).collect());
                    Vec::new()
                }
                Value::Flags(flags) => {
                    draft.safety = RedFlag::ALL
                        .into_iter()
                        .map(|f| (f, flags.contains(&f)))
                        .collect();
                    Vec::new()
                }
                Value::Health(health) => {
                    draft.conditions = Health::ALL
                        .into_iter()
                        .map(|h| (h, health.contains(&h)))
                        .collect();
                    Vec::new()
                }
            };
            for (field, text) in fields.into_iter().zip(texts) {
                draft.apply(Edit::Text(field, text));
            }
        }
        draft
    }
}
