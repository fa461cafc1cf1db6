//! Every screen a runner can end on, for the set-up page's preview: each technique the clinic
//! offers, a referral to a clinician, an emergency. For each, a runner's answers that lead there
//! at this clinic, found by asking the engine (`engine::recommend`) about a set of candidate
//! answers, so that it holds for any set of techniques; the preview opens them as a share link.

use crate::engine::link;
use crate::engine::{recommend, Answers, Distance, Health, Pain, Quality, RedFlag, Spot};
use crate::engine::{Technique, Triage};

/// Where a runner can end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    /// A result that recommends this technique.
    Technique(Technique),
    /// See a doctor or physiotherapist first.
    Clinician,
    /// Call the emergency number now.
    Emergency,
}

impl Outcome {
    /// Every outcome at a clinic offering `offered`: its techniques, then the referrals.
    pub fn all(offered: &[Technique]) -> Vec<Outcome> {
        let techniques = Technique::ALL
            .into_iter()
            .filter(|t| offered.contains(t))
            .map(Outcome::Technique);
        techniques
            .chain([Outcome::Clinician, Outcome::Emergency])
            .collect()
    }

    /// Its name, as `data-triage` or `data-technique` would give it: `cupping`, `clinician`.
    pub fn name(self) -> String {
        match self {
            Outcome::Technique(technique) => technique.to_string(),
            Outcome::Clinician => Triage::Clinician.to_string(),
            Outcome::Emergency => Triage::Emergency.to_string(),
        }
    }

    /// Whether the engine's answer for some answers is this outcome.
    fn is(self, triage: Triage, technique: Option<Technique>) -> bool {
        match self {
            Outcome::Technique(t) => triage == Triage::Massage && technique == Some(t),
            Outcome::Clinician => triage == Triage::Clinician,
            Outcome::Emergency => triage == Triage::Emergency,
        }
    }
}

/// For each outcome at a clinic offering `offered`, the share link (`#/result?v=1&…`) of the
/// first candidate answers the engine sends there; an outcome no candidate reaches is left out.
pub fn links(offered: &[Technique]) -> Vec<(Outcome, String)> {
    let wanted = Outcome::all(offered);
    let mut found: Vec<Option<Answers>> = vec![None; wanted.len()];
    for answers in candidates() {
        if found.iter().all(Option::is_some) {
            break;
        }
        let rec = recommend(&answers, offered);
        let technique = rec.primary.as_ref().map(|c| c.technique);
        for (slot, outcome) in found.iter_mut().zip(&wanted) {
            if slot.is_none() && outcome.is(rec.triage, technique) {
                *slot = Some(answers.clone());
            }
        }
    }
    wanted
        .into_iter()
        .zip(found)
        .filter_map(|(outcome, answers)| Some((outcome, link::write(&answers?))))
        .collect()
}

/// The answers tried, plainest first: one red flag each; then an ordinary week with nothing
/// that hurts, or one spot that hurts in one way for a few days, weeks or months, alone or with
/// one health answer, a race or a hard session that makes the engine choose otherwise.
pub fn candidates() -> impl Iterator<Item = Answers> {
    let week = Answers {
        km: Distance::km(30),
        runs: 4,
        hard: 1,
        ..Answers::default()
    };
    let flags = RedFlag::ALL.into_iter().map({
        let week = week.clone();
        move |flag| Answers {
            flags: vec![flag],
            ..week.clone()
        }
    });
    let pains = std::iter::once(None).chain(Spot::ALL.into_iter().flat_map(|spot| {
        Quality::ALL.into_iter().flat_map(move |quality| {
            [1, 10, 60].map(move |days| {
                Some(Pain {
                    spot,
                    severity: 4,
                    quality,
                    days,
                })
            })
        })
    }));
    let situations: Vec<Answers> = [
        week.clone(),
        Answers {
            race_in_days: Some(2),
            ..week.clone()
        },
        Answers {
            raced_days_ago: Some(1),
            ..week.clone()
        },
        Answers {
            hours_since_hard: Some(3),
            ..week.clone()
        },
        Answers {
            km: Distance::km(70),
            runs: 6,
            hard: 2,
            ..week
        },
    ]
    .into_iter()
    .flat_map(|situation| {
        std::iter::once(None)
            .chain(Health::ALL.map(Some))
            .map(move |health| Answers {
                health: health.into_iter().collect(),
                ..situation.clone()
            })
    })
    .collect();
    let answered = pains.flat_map(move |pain| {
        situations
            .clone()
            .into_iter()
            .map(move |situation| Answers {
                pain: pain.into_iter().collect(),
                ..situation
            })
    });
    flags.chain(answered)
}
