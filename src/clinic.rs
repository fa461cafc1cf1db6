//! The clinic running the quiz, from `clinic.json`. Every problem in the file is reported and
//! replaced by a neutral default for that key alone: a broken file never blocks the quiz.

use crate::engine::Technique;
use crate::form::Unit;
use crate::json::{self, Value};
use crate::text;

/// The file, relative to the page.
pub const FILE: &str = "clinic.json";

/// What the app knows of the clinic.
#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    pub name: String,
    pub booking_url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    /// `#rrggbb`, lower case.
    pub accent_color: Option<String>,
    pub logo: Option<String>,
    pub techniques: Vec<Technique>,
    pub emergency_number: String,
    pub units: Unit,
    pub intro: Option<String>,
}

/// The emergency number when the clinic names none (the EU-wide number).
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";
/// Longest text accepted for any string key.
pub const MAX_TEXT: usize = 300;

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

/// Something wrong in `clinic.json`, naming the key where there is one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The file could not be fetched (HTTP status, or 0 for a network failure).
    NotLoaded(u16),
    /// Not valid JSON; the parser's own words.
    NotJson(String),
    NotAnObject,
    Missing(&'static str),
    /// The key holds the wrong kind of value; `expected` says what it should be.
    WrongType {
        key: String,
        expected: &'static str,
    },
    /// The key's value is of the right kind but not allowed.
    BadValue {
        key: String,
        value: String,
        expected: &'static str,
    },
    /// A key the quiz does not know; ignored.
    UnknownKey(String),
}

impl ConfigProblem {
    /// Problems that only warn (the quiz still uses everything else as given).
    pub fn is_warning(&self) -> bool {
        matches!(self, ConfigProblem::UnknownKey(_))
    }
}

const KEYS: [&str; 11] = [
    "name",
    "booking_url",
    "phone",
    "email",
    "address",
    "accent_color",
    "logo",
    "techniques",
    "emergency_number",
    "units",
    "intro",
];

/// The clinic described by `json`, and every problem found on the way.
pub fn parse(json: &str) -> (Clinic, Vec<ConfigProblem>) {
    let mut clinic = Clinic::default();
    let mut problems = Vec::new();
    let value = match json::parse(json) {
        Ok(value) => value,
        Err(error) => return (clinic, vec![ConfigProblem::NotJson(error.to_string())]),
    };
    let Value::Object(object) = &value else {
        return (clinic, vec![ConfigProblem::NotAnObject]);
    };
    for (key, _) in object.iter().filter(|(k, _)| !KEYS.contains(&k.as_str())) {
        let problem = ConfigProblem::UnknownKey(shorten(key));
        if !problems.contains(&problem) {
            problems.push(problem);
        }
    }
    let mut read = Reader {
        object: &value,
        problems: &mut problems,
    };
    match read.text("name") {
        Some(name) => clinic.name = name,
        None if value.get("name").is_none() => read.problems.push(ConfigProblem::Missing("name")),
        None => {}
    }
    clinic.booking_url = read.checked(
        "booking_url",
        "a web address starting with https:// or http://",
        |v| {
            let lower = v.to_ascii_lowercase();
            lower.starts_with("https://") || lower.starts_with("http://")
        },
    );
    clinic.phone = read.checked(
        "phone",
        "a phone number of digits, spaces and + ( ) -",
        |v| {
            v.chars().any(|c| c.is_ascii_digit())
                && v.chars()
                    .all(|c| c.is_ascii_digit() || " +()-./".contains(c))
        },
    );
    clinic.email = read.checked("email", "an e-mail address like info@clinic.example", |v| {
        v.split_once('@').is_some_and(|(user, host)| {
            !user.is_empty() && host.contains('.') && !v.contains(char::is_whitespace)
        })
    });
    clinic.address = read.text("address");
    clinic.accent_color = read
        .checked("accent_color", "a colour like #0b5d56", |v| {
            crate::theme::Rgb::parse(v).is_some()
        })
        .map(|v| v.to_ascii_lowercase());
    clinic.logo = read.checked(
        "logo",
        "the path of an image in the bundle, like logo.svg",
        |v| !v.contains(':') && !v.starts_with('/') && !v.contains("..") && !v.contains('\\'),
    );
    if let Some(number) = read.checked(
        "emergency_number",
        "a short number of digits, like 112",
        |v| (2..=6).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()),
    ) {
        clinic.emergency_number = number;
    }
    if let Some(units) = read.checked("units", "\"km\" or \"mi\"", |v| v == "km" || v == "mi") {
        clinic.units = if units == "mi" { Unit::Mi } else { Unit::Km };
    }
    clinic.intro = read.text("intro");
    if let Some(techniques) = read.techniques() {
        clinic.techniques = techniques;
    }
    (clinic, problems)
}

struct Reader<'a> {
    /// The file's top-level object.
    object: &'a Value,
    problems: &'a mut Vec<ConfigProblem>,
}

impl Reader<'_> {
    /// A non-empty string of at most `MAX_TEXT` characters.
    fn text(&mut self, key: &'static str) -> Option<String> {
        match self.object.get(key)? {
            Value::String(s) if !s.trim().is_empty() && s.chars().count() <= MAX_TEXT => {
                Some(s.trim().to_owned())
            }
            Value::String(s) => {
                self.problems.push(ConfigProblem::BadValue {
                    key: key.to_owned(),
                    value: shorten(s),
                    expected: "a text of 1 to 300 characters",
                });
                None
            }
            _ => {
                self.problems.push(ConfigProblem::WrongType {
                    key: key.to_owned(),
                    expected: "a text in quotes",
                });
                None
            }
        }
    }

    /// A text that also passes `valid`.
    fn checked(
        &mut self,
        key: &'static str,
        expected: &'static str,
        valid: impl Fn(&str) -> bool,
    ) -> Option<String> {
        let value = self.text(key)?;
        if valid(&value) {
            return Some(value);
        }
        self.problems.push(ConfigProblem::BadValue {
            key: key.to_owned(),
            value: shorten(&value),
            expected,
        });
        None
    }

    /// The offered techniques; unknown names are reported and skipped.
    fn techniques(&mut self) -> Option<Vec<Technique>> {
        const EXPECTED: &str =
            "a list of \"deep-tissue\", \"cupping\", \"graston\", \"cryotherapy\"";
        let Some(items) = self.object.get("techniques")?.as_array() else {
            self.problems.push(ConfigProblem::WrongType {
                key: "techniques".to_owned(),
                expected: EXPECTED,
            });
            return None;
        };
        let mut techniques = Vec::new();
        for item in items {
            match item.as_str().and_then(Technique::from_slug) {
                Some(t) if !techniques.contains(&t) => techniques.push(t),
                Some(_) => {}
                None => self.problems.push(ConfigProblem::BadValue {
                    key: "techniques".to_owned(),
                    value: shorten(&item.to_string()),
                    expected: EXPECTED,
                }),
            }
        }
        if techniques.is_empty() {
            self.problems.push(ConfigProblem::BadValue {
                key: "techniques".to_owned(),
                value: "[]".to_owned(),
                expected: "at least one technique; all four are offered instead",
            });
            return None;
        }
        Some(techniques)
    }
}

fn shorten(text: &str) -> String {
    crate::engine::link::quote(text, 40)
}
