//! The quiz form: the draft as the visitor typed it, the screens it is asked on, and the one
//! reading of each screen into typed values that validation and the final answers share.
//! Pure (no browser imports), so it is tested natively.

mod draft;
mod read;

use serde::{Deserialize, Serialize};
use serde_plain::derive_fromstr_from_deserialize;

use crate::legacy::number;
use crate::legacy::Spot;

pub use draft::{Draft, Edit, Question, SpotDraft, TextField};
pub use read::{Field, FieldError, Problem};

/// Kilometres in a mile.
pub const KM_PER_MILE: f64 = 1.609_344;

/// The unit distances are typed in; answers are always kept in km.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    #[default]
    Km,
    Mi,
}

derive_fromstr_from_deserialize!(Unit);

impl Unit {
    fn to_km(self, value: f64) -> f64 {
        match self {
            Unit::Km => value,
            Unit::Mi => value * KM_PER_MILE,
        }
    }

    /// A km value in this unit, exactly.
    fn per_km(self, km: f64) -> f64 {
        match self {
            Unit::Km => km,
            Unit::Mi => km / KM_PER_MILE,
        }
    }

    /// A km value in this unit, rounded to 0.1.
    pub fn from_km(self, km: f64) -> f64 {
        (self.per_km(km) * 10.0).round() / 10.0
    }

    /// A km value as typed into the form in this unit: precise enough that it reads back as
    /// the same 0.01 km (two decimals of km, three of miles).
    pub fn typed(self, km: f64) -> String {
        let places = match self {
            Unit::Km => 2,
            Unit::Mi => 3,
        };
        number::format(self.per_km(km), places)
    }
}

/// One screen of the quiz, in the order they come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Step {
    Start,
    Training,
    Weeks,
    PainMap,
    /// The details of one painful spot.
    Spot(Spot),
    Safety,
    HealthQuestions,
}
