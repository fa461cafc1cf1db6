//! The clinic running the quiz, from `clinic.json`. Each key is read on its own from the file's
//! JSON object, so that a problem in one key is reported and only that key falls back to its
//! default: a broken file never blocks the quiz. Problems are typed; their `Display` is the
//! developers' English for the console and `?debug`, and the set-up page words them for the clinic
//! from `locales/`.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};

use crate::engine::link::quote;
use crate::engine::Technique;
use crate::form::Unit;
use crate::lang::Lang;
use crate::theme::Rgb;

/// The file, relative to the page.
pub const FILE: &str = "clinic.json";
/// The emergency number when the clinic names none (the EU-wide number).
pub const DEFAULT_EMERGENCY_NUMBER: &str = "112";
/// Longest text accepted for any key.
pub const MAX_TEXT: usize = 300;
/// The format of `clinic.json` this build writes and reads (`"format": 2`). A file without it
/// is of format 1, read the same way; a newer one is read as far as this build knows its keys.
pub const FORMAT: u64 = 2;

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
    /// A booking page of its own for some techniques; `booking_url` is for the others.
    pub booking_urls: BTreeMap<Technique, String>,
    /// Whether booking links say they come from the quiz (`utm_…` fields), for the booking
    /// system's own reports.
    pub booking_utm: bool,
    /// The clinic's own sites that may embed the quiz and hear its events, as origins
    /// (`https://clinic.example`).
    pub site_origins: Vec<String>,
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
            booking_urls: BTreeMap::new(),
            booking_utm: true,
            site_origins: Vec::new(),
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
    Format,
    BookingUrls,
    BookingUtm,
    SiteOrigins,
}

derive_display_from_serialize!(Key);
derive_fromstr_from_deserialize!(Key);

/// What a key's value should be; named (`web-address`, …) for the set-up page's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
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
    /// A whole number: the file's format.
    Format,
    /// An object of web addresses by technique name.
    WebAddressPerTechnique,
    /// `true` or `false`.
    YesOrNo,
    /// A list of site addresses such as `https://clinic.example`, without a path.
    Origins,
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
    /// The file is of a newer format than this build reads: keys it does not know are ignored.
    NewerFormat(u64),
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

impl fmt::Display for ConfigProblem {
    /// The problem for the clinic's web person, in English: the console, and `?debug`.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        const KEPT: &str =
            "the quiz uses the copy this device kept from its last visit, or neutral details";
        match self {
            ConfigProblem::NotLoaded(0) => {
                write!(f, "{FILE} could not be loaded (network error); {KEPT}.")
            }
            ConfigProblem::NotLoaded(status) => {
                write!(f, "{FILE} could not be loaded (HTTP {status}); {KEPT}.")
            }
            ConfigProblem::NotJson { line, column } => write!(
                f,
                "{FILE} is not valid JSON (the error is at line {line}, column {column}); {KEPT}."
            ),
            ConfigProblem::NotAnObject => {
                write!(f, "{FILE} must hold one JSON object {{ … }}; {KEPT}.")
            }
            ConfigProblem::MissingName => {
                write!(f, "{FILE}: \"name\" is missing; a neutral name is shown.")
            }
            ConfigProblem::WrongType { key, expected } => write!(
                f,
                "{FILE}: \"{key}\" should be {expected}; the default is used instead."
            ),
            ConfigProblem::BadValue {
                key,
                value,
                expected,
            } => write!(
                f,
                "{FILE}: \"{key}\" is {value}, but it should be {expected}; the default is used instead."
            ),
            ConfigProblem::NothingKnown(Key::Languages) => write!(
                f,
                "{FILE}: \"languages\" names no language the quiz knows; all of them are offered instead."
            ),
            ConfigProblem::NothingKnown(key) => write!(
                f,
                "{FILE}: \"{key}\" names no technique the quiz knows; all four are offered instead."
            ),
            ConfigProblem::UnknownKey(key) => write!(
                f,
                "{FILE}: the key \"{key}\" is not one the quiz knows; it is ignored."
            ),
            ConfigProblem::NewerFormat(format) => write!(
                f,
                "{FILE} is of format {format}, newer than this quiz reads ({FORMAT}); keys it does not know are ignored."
            ),
        }
    }
}

impl fmt::Display for Expected {
    /// What the key should hold, in a sentence of a `ConfigProblem`.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expected::Text => write!(f, "a text of 1 to {MAX_TEXT} characters in quotes"),
            Expected::WebAddress => f.write_str("a web address starting with https:// or http://"),
            Expected::Phone => f.write_str("a phone number of digits, spaces and + ( ) -"),
            Expected::Email => f.write_str("an e-mail address like info@clinic.example"),
            Expected::Colour => f.write_str("a colour like #0b5d56"),
            Expected::ImagePath => f.write_str("the path of an image in the bundle, like logo.svg"),
            Expected::Techniques => write!(f, "a list of {}", quoted(Technique::ALL)),
            Expected::EmergencyNumber => f.write_str("a short number of digits, like 112"),
            Expected::Units => f.write_str("\"km\" or \"mi\""),
            Expected::Languages => write!(f, "a list of {}", quoted(Lang::ALL)),
            Expected::TextPerLanguage => f.write_str(
                "a text in quotes, or texts by language like { \"en\": \"…\", \"de\": \"…\" }",
            ),
            Expected::Format => write!(f, "a whole number, like {FORMAT}"),
            Expected::WebAddressPerTechnique => write!(
                f,
                "web addresses by technique, like {{ \"cupping\": \"https://…\" }}, for any of {}",
                quoted(Technique::ALL)
            ),
            Expected::YesOrNo => f.write_str("true or false, without quotes"),
            Expected::Origins => f.write_str(
                "a list of site addresses like \"https://clinic.example\", without a path",
            ),
        }
    }
}

/// Names as `clinic.json` writes them, in quotes: `"en", "de", "es", "fr"`.
fn quoted<T: ToString>(names: impl IntoIterator<Item = T>) -> String {
    let quoted: Vec<String> = names
        .into_iter()
        .map(|name| format!("\"{}\"", name.to_string()))
        .collect();
    quoted.join(", ")
}

/// The clinic as the page opens with it: from its file as the host has it now (`current`: the
/// text, or the HTTP status it could not be loaded with, 0 for no network), with every problem
/// found in it. A file that cannot be read at all is replaced by the copy this device kept the
/// last time it could read one (`last`), so that a runner offline, or during a clinic's edit,
/// still sees its name and emergency number; with no such copy, by the quiz's neutral defaults.
/// A key with a wrong value falls back to its default alone.
pub fn opened(current: Result<&str, u16>, last: Option<&str>) -> (Clinic, Vec<ConfigProblem>) {
    let (clinic, problems) = match current {
        Ok(json) => parse(json),
        Err(status) => (Clinic::default(), vec![ConfigProblem::NotLoaded(status)]),
    };
    if !problems.iter().any(ConfigProblem::is_whole_file) {
        return (clinic, problems);
    }
    let kept = last
        .map(parse)
        .filter(|(_, problems)| !problems.iter().any(ConfigProblem::is_whole_file))
        .map(|(clinic, _)| clinic);
    (kept.unwrap_or_default(), problems)
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
                self.clinic.booking_url = self.text(key, value, Expected::WebAddress, web_address)
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
            Key::Format => match value.as_u64() {
                Some(format) if format > FORMAT => {
                    self.problems.push(ConfigProblem::NewerFormat(format))
                }
                Some(_) => {}
                None => self.problems.push(ConfigProblem::WrongType {
                    key,
                    expected: Expected::Format,
                }),
            },
            Key::BookingUrls => {
                let Value::Object(pages) = value else {
                    self.problems.push(ConfigProblem::WrongType {
                        key,
                        expected: Expected::WebAddressPerTechnique,
                    });
                    return;
                };
                for (name, page) in pages {
                    let Ok(technique) = name.parse::<Technique>() else {
                        self.problems.push(ConfigProblem::BadValue {
                            key,
                            value: shorten(&name),
                            expected: Expected::WebAddressPerTechnique,
                        });
                        continue;
                    };
                    if let Some(url) = self.text(key, page, Expected::WebAddress, web_address) {
                        self.clinic.booking_urls.insert(technique, url);
                    }
                }
            }
            Key::BookingUtm => match value {
                Value::Bool(on) => self.clinic.booking_utm = on,
                _ => self.problems.push(ConfigProblem::WrongType {
                    key,
                    expected: Expected::YesOrNo,
                }),
            },
            Key::SiteOrigins => {
                let Ok(items) = Vec::<Value>::deserialize(value) else {
                    self.problems.push(ConfigProblem::WrongType {
                        key,
                        expected: Expected::Origins,
                    });
                    return;
                };
                for item in items {
                    if let Some(origin) = self.text(key, item, Expected::Origins, origin) {
                        if !self.clinic.site_origins.contains(&origin) {
                            self.clinic.site_origins.push(origin);
                        }
                    }
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

/// A value as a problem quotes it: cut to 40 characters.
pub fn shorten(text: &str) -> String {
    quote(text, 40)
}

/// A web address the quiz may link to: `https://` or `http://`.
fn web_address(text: String) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(text)
}

/// A site's origin as browsers write it (`https://clinic.example`, `http://localhost:8080`): a
/// scheme, a host and perhaps a port, in lower case, without a path (a final `/` is dropped).
fn origin(text: String) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let (scheme, rest) = lower.split_once("://")?;
    let host = rest.strip_suffix('/').unwrap_or(rest);
    let (name, port) = host.split_once(':').unwrap_or((host, ""));
    let name_ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    let port_ok = port.is_empty() || port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
    (matches!(scheme, "https" | "http") && name_ok && port_ok).then(|| format!("{scheme}://{host}"))
}
