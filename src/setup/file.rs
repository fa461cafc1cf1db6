//! `clinic.json` as the set-up page writes it: one serde type for the whole file, its keys in
//! the order a clinic reads them, written as indented JSON with the format version. Whether the
//! quiz accepts it is for `crate::clinic::parse` alone to say.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::clinic::FORMAT;
use crate::engine::Technique;
use crate::form::Unit;
use crate::lang::Lang;

/// The whole file. A key left out is `None` or empty; the quiz then uses its default.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClinicFile {
    /// Always [`FORMAT`]: the format this build writes.
    pub format: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<FileText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intro: Option<FileText>,
    /// The default first.
    pub languages: Vec<Lang>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent_color: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    pub techniques: Vec<Technique>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub booking_url: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub booking_urls: BTreeMap<Technique, String>,
    pub booking_utm: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emergency_number: Option<String>,
    pub units: Unit,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub site_origins: Vec<String>,
}

/// A text of the clinic's own, as the file writes it: one for every language, or one per
/// language (`crate::clinic::ClinicText`, which the quiz reads).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum FileText {
    Every(String),
    PerLanguage(BTreeMap<Lang, String>),
}

impl ClinicFile {
    /// A file of this build's format with nothing but the defaults.
    pub fn new(languages: Vec<Lang>, techniques: Vec<Technique>) -> ClinicFile {
        ClinicFile {
            format: FORMAT,
            name: None,
            intro: None,
            languages,
            accent_color: None,
            logo: None,
            techniques,
            booking_url: None,
            booking_urls: BTreeMap::new(),
            booking_utm: true,
            phone: None,
            email: None,
            address: None,
            emergency_number: None,
            units: Unit::Km,
            site_origins: Vec::new(),
        }
    }

    /// The file's text: indented JSON with a final newline, as a text editor shows it.
    pub fn to_json(&self) -> String {
        let mut json = serde_json::to_string_pretty(self)
            .expect("strings, lists and maps with string keys always serialise");
        json.push('\n');
        json
    }
}
