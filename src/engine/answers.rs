//! The runner's answers: exactly the fields of the v1 share link (`docs/share-link.md`).
//! Each kind's names (`knee-outer`, `calf-swelling`, …) come from serde, once: the share link,
//! saved progress and the page's ids all use them, through `Display` and `FromStr`.

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
    pub runs: u8,
    /// Hard sessions (intervals, tempo, hills, races, long runs) in the last 7 days.
    pub hard: u8,
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
