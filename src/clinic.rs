//! The clinic running the quiz, from `clinic.json`. Each key is read on its own from the file's
//! JSON object, so that a problem in one key is reported and only that key falls back to its
//! default: a broken file never blocks the quiz. Problems are typed; the catalog words them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

use crate::engine::link::quote;
use crate::engine::Technique;
use crate::form::Unit;
use crate::i18n::Lang;
use crate::theme::Rgb;

/// The file, relative to the page.
pub const FILE: &str = "clinic.json";
/// The emergency number when the clinic names none (the EU-wide number).
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";
/// Longest text accepted for any key.
pub const MAX_TEXT: usize = 300;

/// A text of the clinic's own: one wording for every language, or one per language.
#[derive(Clone, Debug, PartialEq)]
pub enum ClinicText {
    Every(String),
    PerLanguage(BTreeMap<Lang, String>),
}

impl ClinicText {
    /// The wording for `lang`, if the clinic gave one.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match self {
            ClinicText::Every(text) => Some(text),
            ClinicText::PerLanguage(texts) => texts.get(&lang).map(String::as_str),
        }
    }
}

/// What the app knows of the clinic.
#[derive(Clone, Debug, PartialEq)]
pub struct Clinic {
    /// `None` when the file gives none: the quiz then shows a neutral name.
    pub name: Option<ClinicText>,
    pub booking_url: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub accent_color: Option<Rgb>,
    pub logo: Option<String>,
    pub techniques: Vec<Technique>,
    pub emergency_number: String,
    pub units: Unit,
    /// Shown under the start screen's heading, in the languages the clinic wrote it in.
    pub intro: Option<ClinicText>,
    /// The languages offered, the clinic's default first; never empty.
    pub languages: Vec<Lang>,
}

impl Clinic {
    /// The clinic's name in `lang`: its own wording for it, else the one in its default language,
    /// else any it gave. `None` when it gave none.
    pub fn name(&self, lang: Lang) -> Option<&str> {
        let name = self.name.as_ref()?;
        let default = self.default_language();
        name.get(lang)
            .or_else(|| name.get(default))
            .or_else(|| match name {
                ClinicText::PerLanguage(names) => names.values().next().map(String::as_str),
                ClinicText::Every(_) => None,
            })
    }

    /// The start screen's extra line in `lang`, only if the clinic wrote one in that language.
    pub fn intro(&self, lang: Lang) -> Option<&str> {
        self.intro.as_ref()?.get(lang)
    }

    /// The language the page takes when nothing else decides.
    pub fn default_language(&self) -> Lang {
        self.languages.first().copied().unwrap_or_default()
    }
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
            languages: Lang::ALL.to_vec(),
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
    Languages,
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
    /// A list of language codes.
    Languages,
    /// A text, or an object of texts by language code.
    TextPerLanguage,
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
    /// A list (`techniques`, `languages`) names nothing the quiz knows: all are offered instead.
    NothingKnown(Key),
    /// A key the quiz does not know; ignored.
    UnknownKey(String),
}

impl ConfigProblem {
    /// Problems that leave nothing in the file readable.
    pub fn is_whole_file(&self) -> bool {
        matches!(
            self,
            ConfigProblem::NotLoaded(_)
                | ConfigProblem::NotJson { .. }
                | ConfigProblem::NotAnObject
        )
    }
}

/// The clinic as its file on the host describes it now (`fetched`: the text, or the HTTP status
/// it could not be loaded with, 0 for a network failure), and every problem found. A file that
/// cannot be read at all changes nothing: the clinic stays `built`, as the page was built, so a
/// runner offline or a clinic mid-edit still sees its name and emergency number. A key with a
/// wrong value falls back to its default alone.
pub fn update(built: &Clinic, fetched: Result<&str, u16>) -> (Clinic, Vec<ConfigProblem>) {
    let (clinic, problems) = match fetched {
        Ok(json) => parse(json),
        Err(status) => (Clinic::default(), vec![ConfigProblem::NotLoaded(status)]),
    };
    if problems.iter().any(ConfigProblem::is_whole_file) {
        (built.clone(), problems)
    } else {
        (clinic, problems)
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
            Key::Name => self.clinic.name = self.clinic_text(key, value),
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
            Key::Intro => self.clinic.intro = self.clinic_text(key, value),
            Key::Techniques => {
                if let Some(techniques) = self.list(key, value, Expected::Techniques) {
                    self.clinic.techniques = techniques;
                }
            }
            Key::Languages => {
                if let Some(languages) = self.list(key, value, Expected::Languages) {
                    self.clinic.languages = languages;
                }
            }
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

    /// A text for every language, or an object of texts by language code, each read alone.
    fn clinic_text(&mut self, key: Key, value: Value) -> Option<ClinicText> {
        let Value::Object(texts) = value else {
            return self
                .text(key, value, Expected::TextPerLanguage, Some)
                .map(ClinicText::Every);
        };
        let mut read = BTreeMap::new();
        for (code, text) in texts {
            match code.parse::<Lang>() {
                Ok(lang) => {
                    if let Some(text) = self.text(key, text, Expected::Text, Some) {
                        read.insert(lang, text);
                    }
                }
                Err(_) => self.problems.push(ConfigProblem::BadValue {
                    key,
                    value: shorten(&code),
                    expected: Expected::TextPerLanguage,
                }),
            }
        }
        (!read.is_empty()).then_some(ClinicText::PerLanguage(read))
    }

    /// A list of names (techniques, languages): unknown ones are reported and skipped, repeats
    /// dropped; `None` when none is left.
    fn list<T: for<'de> Deserialize<'de> + PartialEq>(
        &mut self,
        key: Key,
        value: Value,
        expected: Expected,
    ) -> Option<Vec<T>> {
        let Ok(items) = Vec::<Value>::deserialize(value) else {
            self.problems
                .push(ConfigProblem::WrongType { key, expected });
            return None;
        };
        let mut list = Vec::new();
        for item in items {
            match T::deserialize(&item) {
                Ok(t) if !list.contains(&t) => list.push(t),
                Ok(_) => {}
                Err(_) => self.problems.push(ConfigProblem::BadValue {
                    key,
                    value: shorten(&item.to_string()),
                    expected,
                }),
            }
        }
        if list.is_empty() {
            self.problems.push(ConfigProblem::NothingKnown(key));
            return None;
        }
        Some(list)
    }
}

fn shorten(text: &str) -> String {
    quote(text, 40)
}
