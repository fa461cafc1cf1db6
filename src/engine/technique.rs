//! The techniques the clinic can offer, each described once: what kind of work it is, which
//! health answers rule it out, which pains it fits, how well and why, and what it does for the
//! week's training. The engine knows nothing else about a technique; the texts only word what
//! the description decides. The values and their sources: `docs/recommendation-rules.md`.
//!
//! Adding a technique takes: a variant of [`Technique`] (its serde name is its name in
//! `clinic.json` and `data-technique`) with its place in [`Technique::ALL`]; its
//! [`Description`]; and its texts (name, what it does, the evidence) as a variant of each
//! technique selector in every `locales/<code>.ftl`. The compiler then asks for the match in
//! [`Technique::description`], and the build names every selector in every language that lacks
//! the new variant. A new explanation is a new [`Why`], which every language file must word.
//! `tests/techniques.rs` checks each description against the domain's rules.

use serde::{Deserialize, Serialize};
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

use super::answers::{Health, Spot};
use super::rules::{self, PainKind};

/// A massage technique, named as in `data-technique` and `clinic.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Technique {
    DeepTissue,
    Cupping,
    Graston,
    Cryotherapy,
}

impl Technique {
    /// All four, in the clinic's usual order, which also breaks ties between equal fits.
    pub const ALL: [Technique; 4] = [
        Technique::DeepTissue,
        Technique::Cupping,
        Technique::Graston,
        Technique::Cryotherapy,
    ];

    /// What the engine knows about it.
    pub fn description(self) -> &'static Description {
        match self {
            Technique::DeepTissue => &DEEP_TISSUE,
            Technique::Cupping => &CUPPING,
            Technique::Graston => &GRASTON,
            Technique::Cryotherapy => &CRYOTHERAPY,
        }
    }
}

derive_display_from_serialize!(Technique);
derive_fromstr_from_deserialize!(Technique);

/// One technique, as the engine sees it.
#[derive(Debug, PartialEq, Eq)]
pub struct Description {
    /// What kind of work it is: it decides when the technique may be done.
    pub work: Work,
    /// The health answers that rule it out, precautions included.
    pub ruled_out_by: &'static [Health],
    /// The areas it is for.
    pub areas: Areas,
    /// How well it fits each kind of pain, and why.
    pub fits: Fits,
    /// What it does for the week's training, whatever hurts; `None` when nothing.
    pub training: Option<TrainingFit>,
}

/// What kind of work a technique is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Work {
    /// Cold on the skin: allowed on a fresh injury, a swelling and around races, and the thing
    /// to do right after a race or a very hard session.
    Cold,
    /// Firm hands-on work: waits while an injury is fresh or a spot is swollen; light enough for
    /// race week.
    Firm,
    /// Firm and deep: also kept away from races.
    Deep,
}

impl Work {
    /// Whether it presses on the tissue: everything but cold.
    pub fn is_firm(self) -> bool {
        match self {
            Work::Cold => false,
            Work::Firm | Work::Deep => true,
        }
    }
}

/// Where on the body a technique is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Areas {
    /// Any spot.
    Any,
    /// Broad muscle areas only (`rules::is_broad_area`).
    Broad,
}

impl Areas {
    /// Whether a pain in `spot` is within them.
    pub fn cover(self, spot: Spot) -> bool {
        match self {
            Areas::Any => true,
            Areas::Broad => rules::is_broad_area(spot),
        }
    }
}

/// How well a technique fits one kind of pain, before the pain's severity weighs it, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fit {
    /// 1 (some fit) to 3 (the textbook fit).
    pub score: u32,
    pub why: Why,
}

/// A technique's fit for each kind of pain (`rules::PainKind`); `None` where it does not fit.
#[derive(Debug, PartialEq, Eq)]
pub struct Fits {
    pub fresh_injury: Option<Fit>,
    pub swelling: Option<Fit>,
    pub old_tendon: Option<Fit>,
    pub old_muscle: Option<Fit>,
    pub old_joint: Option<Fit>,
    pub flared_tendon: Option<Fit>,
    pub sore_tendon: Option<Fit>,
    pub tight_muscle: Option<Fit>,
    pub sore_muscle: Option<Fit>,
    pub shin_ache: Option<Fit>,
    pub knee_ache: Option<Fit>,
}

impl Fits {
    /// The fit for one kind of pain.
    pub fn of(&self, kind: PainKind) -> Option<Fit> {
        match kind {
            PainKind::FreshInjury => self.fresh_injury,
            PainKind::Swelling => self.swelling,
            PainKind::OldTendon => self.old_tendon,
            PainKind::OldMuscle => self.old_muscle,
            PainKind::OldJoint => self.old_joint,
            PainKind::FlaredTendon => self.flared_tendon,
            PainKind::SoreTendon => self.sore_tendon,
            PainKind::TightMuscle => self.tight_muscle,
            PainKind::SoreMuscle => self.sore_muscle,
            PainKind::ShinAche => self.shin_ache,
            PainKind::KneeAche => self.knee_ache,
        }
    }
}

/// Why a technique suits a pain: decided by the description, worded by the texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A fresh injury wants cold, not pressure, in the first `rules::ACUTE_DAYS` days.
    ColdForFreshInjury,
    /// A swelling calms with cold before any firm work.
    ColdBeforeFirmWork,
    /// After `rules::LONG_STANDING_DAYS` days, scar tissue and stiff fascia are likely: what
    /// Graston targets.
    ScarTissue,
    /// A long-standing problem needs work on the tissue around it.
    WorkAroundIt,
    /// Cupping can loosen a large muscle area that has been tight or sore for a long time.
    LoosenBroadArea,
    /// A recently flared tendon or fascia settles with cold.
    ColdSettlesTendon,
    /// Loosening the muscles that pull on a sore tendon or fascia takes load off it.
    UnloadTendon,
    /// A broad, tight or sore muscle area: what cupping suits.
    BroadMuscleArea,
    /// Slow, firm work is the classic answer to knots and tightness.
    KnotsAndTightness,
    /// Cold eases a muscle's ache.
    ColdEasesAche,
    /// Massage is the best-supported way to ease muscle soreness.
    MassageEasesSoreness,
    /// Cold settles a flare-up of shin or kneecap pain.
    ColdSettlesFlare,
    /// Easing the calf muscles takes strain off a sore shin.
    EaseCalfMuscles,
    /// Easing the thigh muscles takes strain off a sore kneecap.
    EaseThighMuscles,
}

/// What a technique does for the week's training.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrainingFit {
    /// Its fit in a heavy week, before `rules::LOAD_FIT_WEIGHT` weighs it.
    pub heavy: u32,
    /// Its fit otherwise, as maintenance between training blocks.
    pub maintenance: u32,
    /// What it does for heavy training.
    pub for_heavy: ForHeavy,
}

/// What a technique does for heavy training, as the runner is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ForHeavy {
    /// Regular deep work keeps muscles supple under it.
    Supple,
    /// It helps large muscle areas recover from high volume.
    Recovery,
}

const fn fit(score: u32, why: Why) -> Option<Fit> {
    Some(Fit { score, why })
}

/// Slow, firm work on muscle knots and adhesions; maintenance in heavy training. Not with blood
/// thinners or broken skin; deep work, so not just before or after a race
/// (docs/recommendation-rules.md, "The four techniques", and §3 for the fits).
const DEEP_TISSUE: Description = Description {
    work: Work::Deep,
    ruled_out_by: &[Health::BloodThinners, Health::Skin],
    areas: Areas::Any,
    fits: Fits {
        fresh_injury: None,
        swelling: None,
        old_tendon: fit(1, Why::WorkAroundIt),
        old_muscle: fit(2, Why::WorkAroundIt),
        old_joint: fit(1, Why::WorkAroundIt),
        flared_tendon: fit(1, Why::UnloadTendon),
        sore_tendon: fit(2, Why::UnloadTendon),
        tight_muscle: fit(3, Why::KnotsAndTightness),
        sore_muscle: fit(2, Why::MassageEasesSoreness),
        shin_ache: fit(2, Why::EaseCalfMuscles),
        knee_ache: fit(2, Why::EaseThighMuscles),
    },
    training: Some(TrainingFit {
        heavy: 3,
        maintenance: 2,
        for_heavy: ForHeavy::Supple,
    }),
};

/// Suction on broad tight or sore muscle areas; recovery from high volume. Not with blood
/// thinners, fragile skin, varicose veins or in pregnancy (docs/recommendation-rules.md, "The
/// four techniques", and §3).
const CUPPING: Description = Description {
    work: Work::Firm,
    ruled_out_by: &[
        Health::BloodThinners,
        Health::Skin,
        Health::Varicose,
        Health::Pregnant,
    ],
    areas: Areas::Broad,
    fits: Fits {
        fresh_injury: None,
        swelling: None,
        old_tendon: None,
        old_muscle: fit(1, Why::LoosenBroadArea),
        old_joint: None,
        flared_tendon: None,
        sore_tendon: None,
        tight_muscle: fit(2, Why::BroadMuscleArea),
        sore_muscle: fit(2, Why::BroadMuscleArea),
        shin_ache: None,
        knee_ache: None,
    },
    training: Some(TrainingFit {
        heavy: 2,
        maintenance: 1,
        for_heavy: ForHeavy::Recovery,
    }),
};

/// Steel instruments on long-standing scar tissue and fascial restrictions. Not with blood
/// thinners, an open wound or varicose veins; deep work (docs/recommendation-rules.md, "The four
/// techniques", and §3).
const GRASTON: Description = Description {
    work: Work::Deep,
    ruled_out_by: &[Health::BloodThinners, Health::Skin, Health::Varicose],
    areas: Areas::Any,
    fits: Fits {
        fresh_injury: None,
        swelling: None,
        old_tendon: fit(3, Why::ScarTissue),
        old_muscle: fit(3, Why::ScarTissue),
        old_joint: fit(3, Why::ScarTissue),
        flared_tendon: None,
        sore_tendon: fit(1, Why::UnloadTendon),
        tight_muscle: None,
        sore_muscle: None,
        shin_ache: None,
        knee_ache: None,
    },
    training: None,
};

/// Cold on fresh swelling, inflammation and flares, and right after a race or a very hard
/// session. Not with Raynaud's, cold urticaria or reduced sensation (docs/recommendation-rules.md,
/// "The four techniques", and §3).
const CRYOTHERAPY: Description = Description {
    work: Work::Cold,
    ruled_out_by: &[Health::ColdSensitive, Health::Neuropathy],
    areas: Areas::Any,
    fits: Fits {
        fresh_injury: fit(3, Why::ColdForFreshInjury),
        swelling: fit(3, Why::ColdBeforeFirmWork),
        old_tendon: None,
        old_muscle: None,
        old_joint: fit(1, Why::ColdSettlesFlare),
        flared_tendon: fit(3, Why::ColdSettlesTendon),
        sore_tendon: fit(2, Why::ColdSettlesTendon),
        tight_muscle: None,
        sore_muscle: fit(1, Why::ColdEasesAche),
        shin_ache: fit(2, Why::ColdSettlesFlare),
        knee_ache: fit(2, Why::ColdSettlesFlare),
    },
    training: None,
};
