//! The four techniques the clinic can offer.

use serde::{Deserialize, Serialize};
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

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
    /// All four, in the clinic's usual order.
    pub const ALL: [Technique; 4] = [
        Technique::DeepTissue,
        Technique::Cupping,
        Technique::Graston,
        Technique::Cryotherapy,
    ];
}

derive_display_from_serialize!(Technique);
derive_fromstr_from_deserialize!(Technique);
