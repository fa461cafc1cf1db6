//! The set-up page's outcome buttons: for every set of techniques a clinic can offer, the engine
//! finds answers that end on each screen a runner can reach, and their share link opens it.

use recovery_quiz::engine::{link, recommend, RedFlag, Technique, Triage};
use recovery_quiz::setup::outcomes::{links, Outcome};

/// Every non-empty set of techniques, in `Technique::ALL` order.
fn offers() -> Vec<Vec<Technique>> {
    (1..1u32 << Technique::ALL.len())
        .map(|mask| {
            Technique::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, t)| t)
                .collect()
        })
        .collect()
}

#[test]
fn every_outcome_is_reached_at_a_clinic_offering_any_set_of_techniques() {
    for offered in offers() {
        let found = links(&offered);
        let outcomes: Vec<Outcome> = found.iter().map(|(outcome, _)| *outcome).collect();
        assert_eq!(outcomes, Outcome::all(&offered), "{offered:?}");
        for (outcome, fragment) in found {
            let answers = link::parse(&fragment).unwrap_or_else(|e| {
                panic!("{offered:?} {outcome:?}: {fragment} is refused: {e:?}")
            });
            let rec = recommend(&answers, &offered);
            let technique = rec.primary.as_ref().map(|c| c.technique);
            let reached = match outcome {
                Outcome::Technique(t) => rec.triage == Triage::Massage && technique == Some(t),
                Outcome::Clinician => rec.triage == Triage::Clinician,
                Outcome::Emergency => rec.triage == Triage::Emergency,
            };
            assert!(
                reached,
                "{offered:?} {outcome:?}: {fragment} gives {:?} {technique:?}",
                rec.triage
            );
        }
    }
}

#[test]
fn the_referrals_are_the_plainest_answers_that_reach_them() {
    let found = links(&Technique::ALL);
    let flags = |outcome: Outcome| {
        let (_, fragment) = found.iter().find(|(o, _)| *o == outcome).expect("found");
        link::parse(fragment).expect("a link").flags
    };
    assert_eq!(flags(Outcome::Emergency), vec![RedFlag::Chest]);
    assert_eq!(flags(Outcome::Clinician), vec![RedFlag::CalfSwelling]);
    assert_eq!(Outcome::Clinician.name(), "clinician");
    assert_eq!(
        Outcome::Technique(Technique::DeepTissue).name(),
        "deep-tissue"
    );
}
