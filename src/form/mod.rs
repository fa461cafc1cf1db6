//! The quiz form: the draft as the visitor typed it, the screens it is asked on, and the one
//! reading of each field, by its answer's row (`engine::answers`), into typed values that
//! validation and the final answers share. Pure (no browser imports), so it is tested natively.
//!
//! An answer typed as a number is, here, a `TextField` and the `String` it is kept in, in
//! `Draft` (serde saves it under the field's name); the compiler asks for the field's arms in
//! `draft.rs` (`answer`, `kind`, `step`, `Draft::text_fields`, `text`, `text_mut`). Its input is
//! on its screen's component, and its label and its unit's name in the texts.

mod draft;
mod read;

use serde::{Deserialize, Serialize};
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

use crate::engine::number::{Decimal, Plain};
use crate::engine::{Distance, Spot};

pub use draft::{Draft, Edit, Question, SpotDraft, TextField};
pub use read::{Field, FieldError, Problem};

/// The unit distances are typed in; answers are always kept in km.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    #[default]
    Km,
    Mi,
}

derive_display_from_serialize!(Unit);
derive_fromstr_from_deserialize!(Unit);

impl Unit {
    /// How long one is, in millimetres, exactly: the international mile is 1,609.344 m.
    pub const fn millimetres(self) -> u64 {
        match self {
            Unit::Km => 1_000_000,
            Unit::Mi => 1_609_344,
        }
    }

    /// A distance typed in this unit, to the nearest 0.01 km (half up); `None` above 400 km.
    pub fn distance(self, typed: Plain) -> Option<Distance> {
        Distance::read(typed, self.millimetres())
    }

    /// A distance in this unit, to 0.1 (half up), as the texts show it.
    pub fn tenths(self, distance: Distance) -> Decimal {
        distance.in_unit(self.millimetres(), 1)
    }

    /// The longest distance that may be typed in this unit: 400 km, which is 248.548 mi (to
    /// 0.001, down, as precise as the form writes miles).
    pub fn max(self) -> Decimal {
        Distance::MAX.in_unit_down(self.millimetres(), 3)
    }

    /// A distance as typed into the form in this unit: precise enough that it reads back as the
    /// same 0.01 km (two decimals of km, three of miles).
    pub fn typed(self, distance: Distance) -> String {
        let places = match self {
            Unit::Km => 2,
            Unit::Mi => 3,
        };
        distance.in_unit(self.millimetres(), places).to_string()
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
