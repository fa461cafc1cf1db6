//! Progress saved on the device as the visitor answers: the draft and the screen they are on.
//! Written as JSON by serde; saves from earlier builds still read, and anything else is refused,
//! so that the app drops it (`hooks::saved`).
//!
//! Format 2 (since 2026-11-23): `{"format":2,"step":…,"draft":{…}}` with the step by name
//! (`"weeks"`, `{"spot":"calf"}`) and the answers keyed by their names.
//! Format 1 (until 2026-11-22) differs in three places, which `Draft` still reads: the step was a
//! position among the screens, the unit `"Km"` or `"Mi"`, and the spots a list of
//! `{"spot":…}` objects.

use serde::{Deserialize, Serialize, Serializer};

use crate::engine::Pain;
use crate::form::{Draft, Step};

/// The format this build writes.
const FORMAT: u8 = 2;

/// The draft and the screen it is on.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(try_from = "Stored")]
pub struct Progress {
    pub draft: Draft,
    pub step: Step,
}

impl Serialize for Progress {
    /// As format 2.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Current {
            format: FORMAT,
            step: &self.step,
            draft: &self.draft,
        }
        .serialize(serializer)
    }
}

/// Progress as this build writes it.
#[derive(Serialize)]
struct Current<'a> {
    format: u8,
    step: &'a Step,
    draft: &'a Draft,
}

/// Progress as stored, in any format this build reads.
#[derive(Deserialize)]
struct Stored {
    format: u8,
    step: StoredStep,
    draft: Draft,
}

/// The screen as stored: by name, or (format 1) by position.
#[derive(Deserialize)]
#[serde(untagged)]
enum StoredStep {
    Named(Step),
    Position(usize),
}

impl TryFrom<Stored> for Progress {
    type Error = &'static str;

    /// Refuses an unknown format, a severity above 10 (a hand-edited save) and a blank draft
    /// (there is nothing to resume).
    fn try_from(stored: Stored) -> Result<Progress, Self::Error> {
        let step = match (stored.format, stored.step) {
            (FORMAT, StoredStep::Named(step)) => step,
            (1, StoredStep::Position(at)) => {
                let steps = stored.draft.steps();
                steps[at.min(steps.len() - 1)]
            }
            _ => return Err("a format this build does not read"),
        };
        if stored.draft.is_blank() {
            return Err("nothing answered");
        }
        if stored
            .draft
            .spots
            .iter()
            .flatten()
            .any(|(_, s)| s.severity > Pain::SEVERITY_MAX)
        {
            return Err("a severity above 10");
        }
        Ok(Progress {
            draft: stored.draft,
            step,
        })
    }
}
