//! The runner's answers: exactly the fields of the v1 share link (`docs/share-link.md`), each
//! described once as a row of [`Answer`] (its key, kind, range and whether it must be given) that
//! the share link's reader and writer and the form's reading and validation follow, with the
//! rules between fields ([`Conflict`]) that both check. Each kind's names (`knee-outer`,
//! `calf-swelling`, …) come from serde, once: the share link, saved progress and the page's ids
//! all use them, through `Display` and `FromStr`.
//!
//! Adding an answer takes: its field in [`Answers`], its variant in [`Answer`] with its row (and
//! range), and its place in [`Answer::ALL`]; then the compiler asks for its arms in
//! [`Answers::read`] and [`Answers::value`], the form's text field and the texts (see
//! `crate::form`), and `docs/share-link.md` describes it.

use serde::{Deserialize, Serialize};
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

use super::distance::Distance;

/// A place on the body map, named as in the share link's `pain` entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Spot {
    /// Heel, arch or sole (plantar fascia).
    Foot,
    /// Back of the ankle and heel.
    Achilles,
    /// Inner shin, lower third.
    Shin,
    Calf,
    /// Front of the knee, around or behind the kneecap.
    Knee,
    /// Outside of the knee (IT band).
    KneeOuter,
    /// Outer hip and outer thigh.
    Hip,
    Groin,
    Quad,
    Hamstring,
    Glute,
    LowerBack,
}

impl Spot {
    /// Every spot, in body-map order from foot to back.
    pub const ALL: [Spot; 12] = [
        Spot::Foot,
        Spot::Achilles,
        Spot::Shin,
        Spot::Calf,
        Spot::Knee,
        Spot::KneeOuter,
        Spot::Hip,
        Spot::Groin,
        Spot::Quad,
        Spot::Hamstring,
        Spot::Glute,
        Spot::LowerBack,
    ];
}

/// What the pain feels like.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quality {
    Tight,
    Sore,
    Sharp,
    Swollen,
}

impl Quality {
    /// Every quality, mildest first.
    pub const ALL: [Quality; 4] = [
        Quality::Tight,
        Quality::Sore,
        Quality::Sharp,
        Quality::Swollen,
    ];
}

derive_display_from_serialize!(Spot);
derive_fromstr_from_deserialize!(Spot);
derive_display_from_serialize!(Quality);
derive_fromstr_from_deserialize!(Quality);

/// One spot that hurts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pain {
    pub spot: Spot,
    /// 0 (none) to 10 (worst imaginable).
    pub severity: u8,
    pub quality: Quality,
    /// Days since it began.
    pub days: u16,
}

impl Pain {
    /// The worst pain, on the 0–10 scale.
    pub const SEVERITY_MAX: u8 = 10;
    /// The oldest pain the quiz asks about, in days (ten years).
    pub const DAYS_MAX: u16 = 3650;
}

/// A warning sign that rules out massage.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedFlag {
    /// Chest pain or difficulty breathing.
    Chest,
    /// Saddle numbness, bladder or bowel changes, weakness in both legs.
    Saddle,
    /// One calf or thigh swollen, warm, red or darker (possible DVT).
    CalfSwelling,
    /// Pinpoint bone pain (possible stress fracture).
    BoneSpot,
    /// Pain at rest or at night.
    NightPain,
    /// Cannot take four steps or bear weight.
    NoWeight,
    /// A sudden kick or pop at the back of the ankle.
    Pop,
    /// Numbness, tingling or weakness.
    Numbness,
    /// Fever or feeling unwell.
    Fever,
}

impl RedFlag {
    /// Every red flag, emergencies first.
    pub const ALL: [RedFlag; 9] = [
        RedFlag::Chest,
        RedFlag::Saddle,
        RedFlag::CalfSwelling,
        RedFlag::BoneSpot,
        RedFlag::NightPain,
        RedFlag::NoWeight,
        RedFlag::Pop,
        RedFlag::Numbness,
        RedFlag::Fever,
    ];
}

derive_display_from_serialize!(RedFlag);
derive_fromstr_from_deserialize!(RedFlag);

/// A health condition that rules out some techniques.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Health {
    /// Anticoagulants or a bleeding disorder.
    BloodThinners,
    Pregnant,
    /// Broken, infected or fragile skin where it hurts.
    Skin,
    /// Varicose veins where it hurts.
    Varicose,
    /// Reduced sensation, e.g. diabetic neuropathy.
    Neuropathy,
    /// Raynaud's or cold urticaria.
    ColdSensitive,
}

impl Health {
    /// Every condition, in the order the quiz asks them.
    pub const ALL: [Health; 6] = [
        Health::BloodThinners,
        Health::Pregnant,
        Health::Skin,
        Health::Varicose,
        Health::Neuropathy,
        Health::ColdSensitive,
    ];
}

derive_display_from_serialize!(Health);
derive_fromstr_from_deserialize!(Health);

/// Everything the quiz asks. Distances are kept to 0.01 km; `None` means "not answered".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Distance run in the last 7 days.
    pub km: Distance,
    /// Distance of the four weeks before, oldest first.
    pub history: Option<[Distance; 4]>,
    /// Runs in the last 7 days.
    pub runs: u16,
    /// Hard sessions (intervals, tempo, hills, races, long runs) in the last 7 days.
    pub hard: u16,
    /// Longest single run in the last 7 days.
    pub longest_km: Option<Distance>,
    /// Hours since the last hard session or race.
    pub hours_since_hard: Option<u16>,
    /// Days until the next race.
    pub race_in_days: Option<u16>,
    /// Days since the last race.
    pub raced_days_ago: Option<u16>,
    /// At most one entry per spot, in the order given.
    pub pain: Vec<Pain>,
    /// Red-flag answers that were yes, without repeats.
    pub flags: Vec<RedFlag>,
    /// Health conditions that were yes, without repeats.
    pub health: Vec<Health>,
}

impl Answers {
    /// Whether the runner answered yes to this red flag.
    pub fn has_flag(&self, flag: RedFlag) -> bool {
        self.flags.contains(&flag)
    }

    /// Whether the runner answered yes to this health question.
    pub fn has(&self, condition: Health) -> bool {
        self.health.contains(&condition)
    }

    /// The spots that actually hurt (severity above 0).
    pub fn hurting(&self) -> impl Iterator<Item = &Pain> {
        self.pain.iter().filter(|p| p.severity > 0)
    }
}

/// One field of the answers, as the share link names it; what it holds is the variant it is
/// under. `Answer::ALL` is the order in which links are read and written and the form reads
/// its screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    /// A distance in km, 0 to `Distance::MAX`, kept to 0.01 km.
    Distance(DistanceAnswer),
    /// The four weeks before, oldest first: four distances, all or none.
    Weeks,
    /// A whole number from 0 to its `max`.
    Whole(WholeAnswer),
    /// The spots that hurt, each at most once: `spot:severity:quality:days`.
    Pain,
    /// The red-flag questions answered yes, each at most once.
    Flags,
    /// The health questions answered yes, each at most once.
    Health,
}

/// The answers given as one distance.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DistanceAnswer {
    /// Distance run in the last 7 days.
    Km,
    /// Longest single run in the last 7 days.
    Long,
}

/// The answers given as one whole number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WholeAnswer {
    Runs,
    Hard,
    /// Hours since the last hard session.
    Last,
    /// Days until the next race.
    Race,
    /// Days since the last race.
    Raced,
}

/// How an answer is given: its key and whether it must be given, as in the table of
/// `docs/share-link.md`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    /// Its key in the share link.
    pub key: &'static str,
    pub need: Need,
}

/// Whether an answer must be given.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// A link without it is refused; the form asks for it.
    Required,
    /// It may be left out (or given empty).
    Optional,
    /// It may be left out, which means 0.
    ZeroIfLeftOut,
    /// It may be left out; the form asks for it after a yes (a race planned, a race run).
    AfterYes,
}

impl Answer {
    /// Every answer, in the share link's order.
    pub const ALL: [Answer; 11] = [
        Answer::Distance(DistanceAnswer::Km),
        Answer::Weeks,
        Answer::Whole(WholeAnswer::Runs),
        Answer::Whole(WholeAnswer::Hard),
        Answer::Distance(DistanceAnswer::Long),
        Answer::Whole(WholeAnswer::Last),
        Answer::Whole(WholeAnswer::Race),
        Answer::Whole(WholeAnswer::Raced),
        Answer::Pain,
        Answer::Flags,
        Answer::Health,
    ];

    /// Its row; a whole number's range is `WholeAnswer::max`.
    pub fn row(self) -> Row {
        let row = |key, need| Row { key, need };
        match self {
            Answer::Distance(DistanceAnswer::Km) => row("km", Need::Required),
            Answer::Weeks => row("hist", Need::Optional),
            Answer::Whole(WholeAnswer::Runs) => row("runs", Need::Required),
            Answer::Whole(WholeAnswer::Hard) => row("hard", Need::ZeroIfLeftOut),
            Answer::Distance(DistanceAnswer::Long) => row("long", Need::Optional),
            Answer::Whole(WholeAnswer::Last) => row("last", Need::Optional),
            Answer::Whole(WholeAnswer::Race) => row("race", Need::AfterYes),
            Answer::Whole(WholeAnswer::Raced) => row("raced", Need::AfterYes),
            Answer::Pain => row("pain", Need::Optional),
            Answer::Flags => row("flags", Need::Optional),
            Answer::Health => row("health", Need::Optional),
        }
    }
}

impl WholeAnswer {
    /// The largest value allowed (`docs/share-link.md`, "Keys").
    pub const fn max(self) -> u16 {
        match self {
            WholeAnswer::Runs => 21,
            WholeAnswer::Hard => 14,
            WholeAnswer::Last => 720,
            WholeAnswer::Race | WholeAnswer::Raced => 365,
        }
    }
}

/// A rule between answers, checked by the share link and the form alike, with one message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// More hard sessions than runs: hard sessions are some of the week's runs.
    HardAboveRuns,
    /// A longest run longer than the whole week.
    LongAboveWeek,
    /// Some of the four weeks before given, not all.
    WeeksIncomplete,
}

/// What a rule between answers asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The first answer is at most the second.
    AtMost(Answer, Answer),
    /// The parts of the answer are all given, or none.
    AllOrNone(Answer),
}

impl Conflict {
    /// Every rule, in the order they are checked.
    pub const ALL: [Conflict; 3] = [
        Conflict::WeeksIncomplete,
        Conflict::HardAboveRuns,
        Conflict::LongAboveWeek,
    ];

    /// What it asks; it is reported on the first answer it names.
    pub const fn rule(self) -> Rule {
        match self {
            Conflict::HardAboveRuns => Rule::AtMost(
                Answer::Whole(WholeAnswer::Hard),
                Answer::Whole(WholeAnswer::Runs),
            ),
            Conflict::LongAboveWeek => Rule::AtMost(
                Answer::Distance(DistanceAnswer::Long),
                Answer::Distance(DistanceAnswer::Km),
            ),
            Conflict::WeeksIncomplete => Rule::AllOrNone(Answer::Weeks),
        }
    }

    /// The rules that can be checked once `answer` is read: it is the last of their answers
    /// in `Answer::ALL`.
    fn checked_after(answer: Answer) -> impl Iterator<Item = Conflict> {
        let place = |a: Answer| Answer::ALL.iter().position(|&b| b == a);
        Conflict::ALL.into_iter().filter(move |c| {
            let last = match c.rule() {
                Rule::AtMost(first, second) => place(first).max(place(second)),
                Rule::AllOrNone(one) => place(one),
            };
            last == place(answer)
        })
    }
}

/// Where answers are read from: a share link or the form. Each method reads one answer as its
/// row says and returns `None` when it is left out (0 for `Need::ZeroIfLeftOut`); what cannot
/// be read, or a required answer missing, is the source's own error.
pub trait Source {
    type Error;
    fn distance(&mut self, answer: DistanceAnswer) -> Result<Option<Distance>, Self::Error>;
    fn weeks(&mut self) -> Result<Option<[Distance; 4]>, Self::Error>;
    fn whole(&mut self, answer: WholeAnswer) -> Result<Option<u16>, Self::Error>;
    fn pains(&mut self) -> Result<Vec<Pain>, Self::Error>;
    fn flags(&mut self) -> Result<Vec<RedFlag>, Self::Error>;
    fn health(&mut self) -> Result<Vec<Health>, Self::Error>;
    /// Checks a rule between answers already read, on the values as the source has them (a
    /// link compares distances as written).
    fn check(&mut self, conflict: Conflict) -> Result<(), Self::Error>;
}

/// One answer's value, to write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value<'a> {
    Distance(Option<Distance>),
    Weeks(Option<[Distance; 4]>),
    Whole(Option<u16>),
    Pains(&'a [Pain]),
    Flags(&'a [RedFlag]),
    Health(&'a [Health]),
}

impl Answers {
    /// The answers from `source`, in `Answer::ALL` order; each rule between answers is checked
    /// as soon as both of its sides are read, so the first problem in that order is reported.
    pub fn read<S: Source>(source: &mut S) -> Result<Answers, S::Error> {
        let mut answers = Answers::default();
        for answer in Answer::ALL {
            answers.read_one(answer, source)?;
            for conflict in Conflict::checked_after(answer) {
                source.check(conflict)?;
            }
        }
        Ok(answers)
    }

    /// Reads one answer; a required one is always there once the source has read it.
    fn read_one<S: Source>(&mut self, answer: Answer, source: &mut S) -> Result<(), S::Error> {
        fn set<T>(to: &mut T, value: Option<T>) {
            if let Some(value) = value {
                *to = value;
            }
        }
        match answer {
            Answer::Distance(which) => {
                let value = source.distance(which)?;
                match which {
                    DistanceAnswer::Km => set(&mut self.km, value),
                    DistanceAnswer::Long => self.longest_km = value,
                }
            }
            Answer::Weeks => self.history = source.weeks()?,
            Answer::Whole(which) => {
                let value = source.whole(which)?;
                match which {
                    WholeAnswer::Runs => set(&mut self.runs, value),
                    WholeAnswer::Hard => set(&mut self.hard, value),
                    WholeAnswer::Last => self.hours_since_hard = value,
                    WholeAnswer::Race => self.race_in_days = value,
                    WholeAnswer::Raced => self.raced_days_ago = value,
                }
            }
            Answer::Pain => self.pain = source.pains()?,
            Answer::Flags => self.flags = source.flags()?,
            Answer::Health => self.health = source.health()?,
        }
        Ok(())
    }

    /// One answer's value.
    pub fn value(&self, answer: Answer) -> Value<'_> {
        match answer {
            Answer::Distance(DistanceAnswer::Km) => Value::Distance(Some(self.km)),
            Answer::Distance(DistanceAnswer::Long) => Value::Distance(self.longest_km),
            Answer::Weeks => Value::Weeks(self.history),
            Answer::Whole(WholeAnswer::Runs) => Value::Whole(Some(self.runs)),
            Answer::Whole(WholeAnswer::Hard) => Value::Whole(Some(self.hard)),
            Answer::Whole(WholeAnswer::Last) => Value::Whole(self.hours_since_hard),
            Answer::Whole(WholeAnswer::Race) => Value::Whole(self.race_in_days),
            Answer::Whole(WholeAnswer::Raced) => Value::Whole(self.raced_days_ago),
            Answer::Pain => Value::Pains(&self.pain),
            Answer::Flags => Value::Flags(&self.flags),
            Answer::Health => Value::Health(&self.health),
        }
    }
}
