//! Every threshold and mapping the engine uses, named, with its source beside it.
//! `docs/recommendation-rules.md` explains them in plain words; change both together.

use super::answers::{Health, Quality, RedFlag, Spot};
use super::distance::Distance;

/// Red flags that mean "call the emergency number now" (docs/recommendation-rules.md §1).
/// Every other red flag means "see a doctor or physiotherapist first".
pub const EMERGENCY_FLAGS: [RedFlag; 2] = [RedFlag::Chest, RedFlag::Saddle];

/// Spots whose pain is itself a warning sign: groin pain when running can be a stress
/// fracture of the hip (docs/recommendation-rules.md §1).
pub const CLINICIAN_SPOTS: [Spot; 1] = [Spot::Groin];

/// Pain younger than this many days counts as acute: cold suits it, firm work waits
/// (docs/recommendation-rules.md, "The four techniques": under about three days).
pub const ACUTE_DAYS: u16 = 3;

/// Pain at least this many days old is long-standing, where Graston belongs
/// (docs/recommendation-rules.md, "The four techniques": about six weeks or more).
pub const LONG_STANDING_DAYS: u16 = 42;

/// Deep work (deep tissue, Graston) stops this many days before a race
/// (docs/recommendation-rules.md §2 and §5: the last three days or so).
pub const NO_DEEP_WORK_BEFORE_RACE_DAYS: u16 = 3;

/// Light work is fine up to this many days before a race: a tune-up
/// (docs/recommendation-rules.md §5).
pub const TUNE_UP_BEFORE_RACE_DAYS: u16 = 7;

/// Deep work resumes this many days after a race; before that, cold and light flushing work
/// (docs/recommendation-rules.md §2 and §5: from about day 3).
pub const DEEP_WORK_AFTER_RACE_DAYS: u16 = 3;

/// A hard session this many hours ago or less is "right after" it: the time for cold
/// (docs/recommendation-rules.md §3). After a race, cold comes first until deep work resumes
/// (`DEEP_WORK_AFTER_RACE_DAYS`).
pub const JUST_TRAINED_HARD_HOURS: u16 = 12;

/// The best window to book, in hours after the long run or hardest session
/// (docs/recommendation-rules.md §5: a day or two after).
pub const BOOKING_WINDOW_HOURS: (u16, u16) = (24, 48);

/// Light flushing work after a race, in hours after it (docs/recommendation-rules.md §5).
pub const FLUSH_AFTER_RACE_HOURS: (u16, u16) = (24, 48);

/// Cold therapy at a time, in minutes, at most (docs/recommendation-rules.md, "The four
/// techniques").
pub const COLD_MINUTES: (u16, u16) = (15, 20);

/// Load bands (docs/recommendation-rules.md §4; practitioner opinion, not trials: §7).
pub const HEAVY_WEEKLY_KM: Distance = Distance::km(50);
pub const HEAVY_HARD_SESSIONS: u16 = 2;
/// A long run this long means a marathon build.
pub const MARATHON_BUILD_LONG_RUN_KM: Distance = Distance::km(25);
pub const MODERATE_WEEKLY_KM: Distance = Distance::km(20);

/// Days between sessions for each band; the only intervals the engine ever gives
/// (docs/recommendation-rules.md §4).
pub const EVERY_DAYS_HEAVY_OR_PROBLEM: u8 = 7;
pub const EVERY_DAYS_MODERATE: u8 = 14;
pub const EVERY_DAYS_LIGHT: u8 = 28;

/// A rise of more than this many percent over the four weeks' average is a jump: the size that
/// went with more injuries in Nielsen et al. 2014 (JOSPT, 874 novices), and above Gabbett's
/// 0.8–1.3 "sweet spot" (Br J Sports Med 2016;50:273). A caution, never a prediction
/// (docs/recommendation-rules.md §6 and §7).
pub const SPIKE_PERCENT: u32 = 30;
/// Below this percentage of the average (a ratio of 0.8), this week is lighter than usual
/// (Gabbett's lower bound; docs/recommendation-rules.md §6).
pub const LOW_PERCENT: u32 = 80;

/// Why a technique is left out, whatever the scores say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExclusionCause {
    /// A health answer (docs/recommendation-rules.md §2, "The four techniques").
    Health(Health),
    /// Forceful work on a fresh injury: sharp or swollen pain under `ACUTE_DAYS` days old.
    AcuteInjury(Spot),
    /// A swollen spot, past the first days (everything but cold).
    Swelling(Spot),
    /// A race within `NO_DEEP_WORK_BEFORE_RACE_DAYS` days.
    RaceSoon(u16),
    /// A race fewer than `DEEP_WORK_AFTER_RACE_DAYS` days ago.
    JustRaced(u16),
    /// The clinic does not offer it.
    NotOffered,
}

/// A pain that is a fresh injury rather than training soreness.
pub fn is_acute_injury(quality: Quality, days: u16) -> bool {
    days < ACUTE_DAYS && matches!(quality, Quality::Sharp | Quality::Swollen)
}

/// Where a spot sits: tendon and fascia problems suit Graston once long-standing; muscle
/// problems suit deep tissue; broad muscle areas suit cupping (docs/recommendation-rules.md,
/// "The four techniques", what each fits best).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tissue {
    /// Plantar fascia, Achilles tendon, IT band (foot, achilles, knee-outer, hip).
    TendonOrFascia,
    /// Calf, quad, hamstring, glute, lower back.
    Muscle,
    /// Shin and front of the knee: bone-side pain that flares.
    Joint,
    /// Groin: not for massage (a clinician spot).
    Referral,
}

/// The tissue type of each spot (docs/recommendation-rules.md, "Where runners hurt").
pub fn tissue(spot: Spot) -> Tissue {
    match spot {
        Spot::Foot | Spot::Achilles | Spot::KneeOuter | Spot::Hip => Tissue::TendonOrFascia,
        Spot::Calf | Spot::Quad | Spot::Hamstring | Spot::Glute | Spot::LowerBack => Tissue::Muscle,
        Spot::Shin | Spot::Knee => Tissue::Joint,
        Spot::Groin => Tissue::Referral,
    }
}

/// Broad areas that cupping suits: back, hamstrings, calves, glutes (docs/recommendation-rules.md,
/// "The four techniques").
pub fn is_broad_area(spot: Spot) -> bool {
    matches!(
        spot,
        Spot::LowerBack | Spot::Hamstring | Spot::Calf | Spot::Glute
    )
}

/// What a pain looks like: the rows of the fit table (docs/recommendation-rules.md §3). Each
/// technique's description says how well it fits each kind, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PainKind {
    /// Sharp or swollen, under `ACUTE_DAYS` days old.
    FreshInjury,
    /// Swollen, older than that.
    Swelling,
    /// Tendon or fascia, `LONG_STANDING_DAYS` days or more.
    OldTendon,
    /// Muscle, `LONG_STANDING_DAYS` days or more.
    OldMuscle,
    /// Shin or front of the knee, `LONG_STANDING_DAYS` days or more.
    OldJoint,
    /// Tendon or fascia, sharp, more recent: a flare.
    FlaredTendon,
    /// Tendon or fascia, tight or sore, more recent.
    SoreTendon,
    /// Muscle tightness or knots.
    TightMuscle,
    /// A sore muscle, or a sharp one past the first days.
    SoreMuscle,
    /// Shin splints, more recent.
    ShinAche,
    /// Kneecap pain, more recent.
    KneeAche,
}

/// The kind of pain in `spot`; `None` for a spot no technique is for (the groin, unless fresh
/// or swollen: then cold still fits).
pub fn pain_kind(spot: Spot, quality: Quality, days: u16) -> Option<PainKind> {
    let old = days >= LONG_STANDING_DAYS;
    Some(match (quality, tissue(spot)) {
        _ if is_acute_injury(quality, days) => PainKind::FreshInjury,
        (Quality::Swollen, _) => PainKind::Swelling,
        (_, Tissue::Referral) => return None,
        (_, Tissue::TendonOrFascia) if old => PainKind::OldTendon,
        (_, Tissue::Muscle) if old => PainKind::OldMuscle,
        (_, Tissue::Joint) if old => PainKind::OldJoint,
        (Quality::Sharp, Tissue::TendonOrFascia) => PainKind::FlaredTendon,
        (Quality::Tight | Quality::Sore, Tissue::TendonOrFascia) => PainKind::SoreTendon,
        (Quality::Tight, Tissue::Muscle) => PainKind::TightMuscle,
        (Quality::Sore | Quality::Sharp, Tissue::Muscle) => PainKind::SoreMuscle,
        (Quality::Tight | Quality::Sore | Quality::Sharp, Tissue::Joint) if spot == Spot::Shin => {
            PainKind::ShinAche
        }
        (Quality::Tight | Quality::Sore | Quality::Sharp, Tissue::Joint) => PainKind::KneeAche,
    })
}

/// Right after a very hard session, cold work fits this much (docs/recommendation-rules.md
/// §3, "The four techniques": cold "right after a race or very hard session").
pub const FIT_JUST_AFTER_HARD_EFFORT: u32 = 4;
/// In the days right after a race, cold work comes first whatever else fits (§3, after a race:
/// "rest and cold first"): strong enough to outweigh a 10/10 tight muscle.
pub const FIT_JUST_RACED: u32 = 10;
/// Weight of the training fits against pain fits, which are weighed by severity (0–10).
pub const LOAD_FIT_WEIGHT: u32 = 3;
/// A second technique is named only when it scores at least this share of the first (percent).
pub const SECOND_CHOICE_MIN_PERCENT: u32 = 50;
