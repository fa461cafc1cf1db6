//! The clinic running the quiz, from `clinic.json`. Each key is read on its own from the file's
//! JSON object, so that a problem in one key is reported and only that key falls back to its
//! default: a broken file never blocks the quiz. Problems are typed; the catalog words them.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

use crate::engine::link::quote;
use crate::engine::Technique;
use crate::form::Unit;
use crate::theme::Rgb;

/// The file, relative to the page.
pub const FILE: &str = "clinic.json";
/// The emergency number when the clinic names none (the EU-wide number).
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";
/// Longest text accepted for any key.
pub const MAX_TEXT: usize = 300;

/// What the app knows of the clinic.
#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    /// `None` when the file gives none: the quiz then shows a neutral name.
    pub name: Option<String>,
    pub booking_url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub accent_color: Option<Rgb>,
    pub logo: Option<String>,
    pub techniques: Vec<Technique>,
    pub emergency_number: String,
    pub units: Unit,
    pub intro: Option<String>,
}

impl Default for Clinic {
    fn default() -> Self {
        Clinic {
            name: None,
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

/// A key of `clinic.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Key {
    Name,
    BookingUrl,
    Phone,
    Email,
    Address,
    AccentColor,
    Logo,
    Techniques,
    EmergencyNumber,
    Units,
    Intro,
}

derive_display_from_serialize!(Key);
derive_fromstr_from_deserialize!(Key);

/// What a key's value should be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A text of 1 to `MAX_TEXT` characters, in quotes.
    Text,
    /// Starting with `https://` or `http://`.
    WebAddress,
    /// Digits, spaces and `+ ( ) - . /`.
    Phone,
    Email,
    /// `#rgb` or `#rrggbb`.
    Colour,
    /// The path of an image inside the bundle.
    ImagePath,
    /// A list of technique names.
    Techniques,
    /// 2 to 6 digits.
    EmergencyNumber,
    /// `"km"` or `"mi"`.
    Units,
}

/// Something wrong in `clinic.json`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigProblem {
    /// The file could not be fetched (HTTP status, or 0 for a network failure).
    NotLoaded(u16),
    /// Not valid JSON; where the reader stopped.
    NotJson {
        line: usize,
        column: usize,
    },
    NotAnObject,
    MissingName,
    /// The key holds the wrong kind of value.
    WrongType {
        key: Key,
        expected: Expected,
    },
    /// The key's value is of the right kind but not allowed.
    BadValue {
        key: Key,
        value: String,
        expected: Expected,
    },
    /// `techniques` names none the quiz knows: all four are offered instead.
    NoTechniques,
    /// A key the quiz does not know; ignored.
    UnknownKey(String),
}

impl ConfigProblem {
    /// Problems that only warn (the quiz still uses everything else as given).
    pub fn is_warning(&self) -> bool {
        matches!(self, ConfigProblem::UnknownKey(_))
    }
}

/// The clinic described by `json`, and every problem found on the way.
pub fn parse(json: &str) -> (Clinic, Vec<ConfigProblem>) {
    let mut reading = Reading::default();
    let object = match serde_json::from_str::<Value>(json) {
        Ok(Value::Object(object)) => object,
        Ok(_) => return (reading.clinic, vec![ConfigProblem::NotAnObject]),
        Err(error) => {
            let (line, column) = (error.line(), error.column());
            return (
                reading.clinic,
                vec![ConfigProblem::NotJson { line, column }],
            );
        }
    };
    if !object.contains_key("name") {
        reading.problems.push(ConfigProblem::MissingName);
    }
    for (name, value) in object {
        match name.parse() {
            Ok(key) => reading.key(key, value),
            Err(_) => reading
                .problems
                .push(ConfigProblem::UnknownKey(shorten(&name))),
        }
    }
    (reading.clinic, reading.problems)
}

#[derive(Default)]
struct Reading {
    clinic: Clinic,
    problems: Vec<ConfigProblem>,
}

impl Reading {
    fn key(&mut self, key: Key, value: Value) {
        match key {
            Key::Name => self.clinic.name = self.text(key, value, Expected::Text, Some),
            Key::BookingUrl => {
                self.clinic.booking_url = self.text(key, value, Expected::WebAddress, |v| {
                    let lower = v.to_ascii_lowercase();
                    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(v)
                })
            }
            Key::Phone => {
                self.clinic.phone = self.text(key, value, Expected::Phone, |v| {
                    let digits = v.chars().any(|c| c.is_ascii_digit());
                    let allowed = |c: char| c.is_ascii_digit() || " +()-./".contains(c);
                    (digits && v.chars().all(allowed)).then_some(v)
                })
            }
            Key::Email => {
                self.clinic.email = self.text(key, value, Expected::Email, |v| {
                    let parts = v.split_once('@');
                    let valid = parts.is_some_and(|(user, host)| {
                        !user.is_empty() && host.contains('.') && !v.contains(char::is_whitespace)
                    });
                    valid.then_some(v)
                })
            }
            Key::Address => self.clinic.address = self.text(key, value, Expected::Text, Some),
            Key::AccentColor => {
                self.clinic.accent_color =
                    self.text(key, value, Expected::Colour, |v| Rgb::parse(&v))
            }
            Key::Logo => {
                self.clinic.logo = self.text(key, value, Expected::ImagePath, |v| {
                    let inside = !v.contains(':')
                        && !v.starts_with('/')
                        && !v.contains("..")
                        && !v.contains('\\');
                    inside.then_some(v)
                })
            }
            Key::EmergencyNumber => {
                let number = self.text(key, value, Expected::EmergencyNumber, |v| {
                    let digits = v.bytes().all(|b| b.is_ascii_digit());
                    ((2..=6).contains(&v.len()) && digits).then_some(v)
                });
                if let Some(number) = number {
                    self.clinic.emergency_number = number;
                }
            }
            Key::Units => {
                if let Some(units) = self.text(key, value, Expected::Units, |v| v.parse().ok()) {
                    self.clinic.units = units;
                }
            }
            Key::Intro => self.clinic.intro = self.text(key, value, Expected::Text, Some),
            Key::Techniques => self.techniques(value),
        }
    }

    /// The key's text, trimmed, 1 to `MAX_TEXT` characters long, as `read` takes it.
    fn text<T>(
        &mut self,
        key: Key,
        value: Value,
        expected: Expected,
        read: impl FnOnce(String) -> Option<T>,
    ) -> Option<T> {
        let Ok(text) = String::deserialize(value) else {
            self.problems
                .push(ConfigProblem::WrongType { key, expected });
            return None;
        };
        let text = text.trim();
        let fits = !text.is_empty() && text.chars().count() <= MAX_TEXT;
        let read = fits.then(|| read(text.to_owned())).flatten();
        if read.is_none() {
            self.problems.push(ConfigProblem::BadValue {
                key,
                value: shorten(text),
                expected: if fits { expected } else { Expected::Text },
            });
        }
        read
    }

    /// The offered techniques; unknown names are reported and skipped.
    fn techniques(&mut self, value: Value) {
        let key = Key::Techniques;
        let expected = Expected::Techniques;
        let Ok(items) = Vec::<Value>::deserialize(value) else {
            self.problems
                .push(ConfigProblem::WrongType { key, expected });
            return;
        };
        let mut techniques = Vec::new();
        for item in items {
            match Technique::deserialize(&item) {
                Ok(t) if !techniques.contains(&t) => techniques.push(t),
                Ok(_) => {}
                Err(_) => self.problems.push(ConfigProblem::BadValue {
                    key,
                    value: shorten(&item.to_string()),
                    expected,
                }),
            }
        }
        if techniques.is_empty() {
            self.problems.push(ConfigProblem::NoTechniques);
        } else {
            self.clinic.techniques = techniques;
        }
    }
}

fn shorten(text: &str) -> String {
    quote(text, 40)
}
