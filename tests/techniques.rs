//! The techniques' descriptions (`src/engine/technique.rs`) against the domain's rules
//! (`docs/recommendation-rules.md`), and what adding a technique takes.
//!
//! A new technique is:
//! 1. a variant of `Technique`, which serde names in kebab-case (its name in `clinic.json` and
//!    in `data-technique`), and its place in `Technique::ALL`;
//! 2. its `Description` beside the others: its kind of work, the health answers that rule it
//!    out, the areas it is for, its fit and `Why` for each kind of pain, its training fit;
//! 3. its texts in every catalog (`src/i18n`): its name, what it does and the evidence, and the
//!    words of any new `Why`.
//!
//! The compiler then asks for the rest: the arm in `Technique::description`, the arms of each
//! catalog's `technique_name`, `technique_about` and `evidence` (and of `reason`'s words for a
//! new `Why`), and the arms of `place` and `says_cold` below, which these tests check. Nothing
//! else in the engine names a technique.

use recovery_quiz::engine::rules::PainKind;
use recovery_quiz::engine::technique::{Fit, Technique, Why, Work};

/// Where a technique stands in `Technique::ALL`: the clinic's usual order, which breaks ties.
fn place(technique: Technique) -> usize {
    match technique {
        Technique::DeepTissue => 0,
        Technique::Cupping => 1,
        Technique::Graston => 2,
        Technique::Cryotherapy => 3,
    }
}

/// Whether an explanation is about cold.
fn says_cold(why: Why) -> bool {
    match why {
        Why::ColdForFreshInjury
        | Why::ColdBeforeFirmWork
        | Why::ColdSettlesTendon
        | Why::ColdEasesAche
        | Why::ColdSettlesFlare => true,
        Why::ScarTissue
        | Why::WorkAroundIt
        | Why::LoosenBroadArea
        | Why::UnloadTendon
        | Why::BroadMuscleArea
        | Why::KnotsAndTightness
        | Why::MassageEasesSoreness
        | Why::EaseCalfMuscles
        | Why::EaseThighMuscles => false,
    }
}

/// Every kind of pain; `kind_index` makes the compiler ask for a new one here.
const KINDS: [PainKind; 11] = [
    PainKind::FreshInjury,
    PainKind::Swelling,
    PainKind::OldTendon,
    PainKind::OldMuscle,
    PainKind::OldJoint,
    PainKind::FlaredTendon,
    PainKind::SoreTendon,
    PainKind::TightMuscle,
    PainKind::SoreMuscle,
    PainKind::ShinAche,
    PainKind::KneeAche,
];

fn kind_index(kind: PainKind) -> usize {
    match kind {
        PainKind::FreshInjury => 0,
        PainKind::Swelling => 1,
        PainKind::OldTendon => 2,
        PainKind::OldMuscle => 3,
        PainKind::OldJoint => 4,
        PainKind::FlaredTendon => 5,
        PainKind::SoreTendon => 6,
        PainKind::TightMuscle => 7,
        PainKind::SoreMuscle => 8,
        PainKind::ShinAche => 9,
        PainKind::KneeAche => 10,
    }
}

fn fits(technique: Technique) -> impl Iterator<Item = (PainKind, Fit)> {
    KINDS
        .into_iter()
        .filter_map(move |kind| Some((kind, technique.description().fits.of(kind)?)))
}

#[test]
fn every_technique_is_listed_once_in_the_clinics_order_under_its_name() {
    for (i, technique) in Technique::ALL.into_iter().enumerate() {
        assert_eq!(place(technique), i, "{technique:?}");
        let name = technique.to_string();
        assert_eq!(name.parse::<Technique>().ok(), Some(technique), "{name}");
    }
    for (i, kind) in KINDS.into_iter().enumerate() {
        assert_eq!(kind_index(kind), i, "{kind:?}");
    }
}

#[test]
fn only_cold_work_fits_a_fresh_injury_or_a_swelling() {
    // Firm work is ruled out on both (section 2), so a firm technique's fit there would never
    // count; cold is what they call for.
    for technique in Technique::ALL {
        let description = technique.description();
        for kind in [PainKind::FreshInjury, PainKind::Swelling] {
            assert_eq!(
                description.fits.of(kind).is_some(),
                description.work == Work::Cold,
                "{technique:?} on {kind:?}"
            );
        }
    }
}

#[test]
fn only_cold_work_explains_itself_with_cold() {
    for technique in Technique::ALL {
        let cold = technique.description().work == Work::Cold;
        for (kind, fit) in fits(technique) {
            assert!(
                (1..=3).contains(&fit.score),
                "{technique:?} on {kind:?}: a fit is 1 to 3"
            );
            assert!(
                cold || !says_cold(fit.why),
                "{technique:?} explains {kind:?} with {:?}, which speaks of cold",
                fit.why
            );
        }
    }
    let scar_tissue: Vec<Technique> = Technique::ALL
        .into_iter()
        .filter(|&t| fits(t).any(|(_, fit)| fit.why == Why::ScarTissue))
        .collect();
    assert_eq!(scar_tissue, [Technique::Graston], "the words name Graston");
    let broad: Vec<Technique> = Technique::ALL
        .into_iter()
        .filter(|&t| fits(t).any(|(_, fit)| fit.why == Why::BroadMuscleArea))
        .collect();
    assert_eq!(broad, [Technique::Cupping], "the words name cupping");
}

#[test]
fn deep_tissue_and_graston_are_the_deep_work_kept_away_from_races() {
    let deep: Vec<Technique> = Technique::ALL
        .into_iter()
        .filter(|t| t.description().work == Work::Deep)
        .collect();
    assert_eq!(deep, [Technique::DeepTissue, Technique::Graston]);
    assert!(!Work::Cold.is_firm());
    assert!(Work::Firm.is_firm() && Work::Deep.is_firm());
}

#[test]
fn every_technique_fits_something() {
    for technique in Technique::ALL {
        let training = technique
            .description()
            .training
            .is_some_and(|t| t.heavy > 0 || t.maintenance > 0);
        assert!(
            training || fits(technique).next().is_some(),
            "{technique:?} could never be chosen"
        );
    }
}
