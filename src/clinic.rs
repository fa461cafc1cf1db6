//! The clinic running the quiz: name, contacts, offered techniques. Defaults are neutral.

use crate::engine::Technique;
use crate::form::Unit;
use crate::text;

/// What the app knows of the clinic.
#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    pub name: String,
    pub booking_url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub accent_color: Option<String>,
    pub logo: Option<String>,
    pub techniques: Vec<Technique>,
    pub emergency_number: String,
    pub units: Unit,
    pub intro: Option<String>,
}

/// The emergency number when the clinic names none (the EU-wide number).
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";

impl Default for Clinic {
    fn default() -> Self {
        Clinic {
            name: text::DEFAULT_CLINIC.to_owned(),
            booking_url: None,
            phone: None,
            email: None,
            address: None,
            accent_color: None,
            logo: None,
            techniques: Technique::ALL.to_vec(),
            emergency_number: DEFAULT_EMERGENCY_NUMBER.to_owned(),
            units: Unit::Km,
            intro: None,
        }
    }
}
