//! The set-up page's draft: every key of `clinic.json` as the clinic is typing it, keyed by the
//! domain's types (`Lang`, `Technique`, `Unit`), with texts kept as typed so that nothing typed
//! is lost. It opens a file as far as it can (a value of the wrong kind stays at its default),
//! and writes the file ([`ClinicFile`]); `crate::clinic::parse` then judges what it wrote, and
//! each problem found has a place on the form ([`Draft::place`]).

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

use super::file::{ClinicFile, FileText};
use crate::clinic::{self, ConfigProblem, Key};
use crate::engine::Technique;
use crate::form::Unit;
use crate::lang::Lang;

/// The example clinic that ships with the quiz (`static/clinic.json`).
pub const EXAMPLE: &str = include_str!("../../static/clinic.json");

/// The clinic's details as the form holds them.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft {
    /// The languages offered, the default first.
    pub languages: Vec<Lang>,
    /// The clinic's name in each language; only the offered ones are written.
    pub names: BTreeMap<Lang, String>,
    /// The start screen's extra line in each language; only the offered ones are written.
    pub intros: BTreeMap<Lang, String>,
    pub accent_color: String,
    pub logo: String,
    /// The techniques offered, in `Technique::ALL` order.
    pub techniques: Vec<Technique>,
    pub booking_url: String,
    /// A booking page per technique; only the offered techniques' are written.
    pub booking_urls: BTreeMap<Technique, String>,
    pub booking_utm: bool,
    pub phone: String,
    pub email: String,
    pub address: String,
    pub emergency_number: String,
    pub units: Unit,
    /// The clinic's own sites, one per line.
    pub site_origins: String,
}

impl Default for Draft {
    /// Nothing filled in: every language and technique offered, as the quiz's defaults.
    fn default() -> Self {
        Draft {
            languages: Lang::ALL.to_vec(),
            names: BTreeMap::new(),
            intros: BTreeMap::new(),
            accent_color: String::new(),
            logo: String::new(),
            techniques: Technique::ALL.to_vec(),
            booking_url: String::new(),
            booking_urls: BTreeMap::new(),
            booking_utm: true,
            phone: String::new(),
            email: String::new(),
            address: String::new(),
            emergency_number: String::new(),
            units: Unit::Km,
            site_origins: String::new(),
        }
    }
}

/// A field of the form typed as text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TextField {
    Name(Lang),
    Intro(Lang),
    AccentColor,
    Logo,
    BookingUrl,
    /// The booking page of one technique.
    BookingUrlFor(Technique),
    Phone,
    Email,
    Address,
    EmergencyNumber,
    SiteOrigins,
}

impl TextField {
    /// The key of `clinic.json` it is written to.
    pub fn key(self) -> Key {
        match self {
            TextField::Name(_) => Key::Name,
            TextField::Intro(_) => Key::Intro,
            TextField::AccentColor => Key::AccentColor,
            TextField::Logo => Key::Logo,
            TextField::BookingUrl => Key::BookingUrl,
            TextField::BookingUrlFor(_) => Key::BookingUrls,
            TextField::Phone => Key::Phone,
            TextField::Email => Key::Email,
            TextField::Address => Key::Address,
            TextField::EmergencyNumber => Key::EmergencyNumber,
            TextField::SiteOrigins => Key::SiteOrigins,
        }
    }

    /// Its id on the page: the key in kebab case, with the language or technique it is for.
    pub fn id(self) -> String {
        let key = self.key().to_string().replace('_', "-");
        match self {
            TextField::Name(lang) | TextField::Intro(lang) => format!("{key}-{lang}"),
            TextField::BookingUrlFor(technique) => format!("booking-url-{technique}"),
            _ => key,
        }
    }
}

/// Where a problem is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Place {
    Field(TextField),
    Languages,
    Techniques,
    /// About the file as a whole, or a part of it the form does not hold.
    File,
}

impl Place {
    /// The id of the form's element it is shown beside; `None` for the file.
    pub fn id(self) -> Option<String> {
        match self {
            Place::Field(field) => Some(field.id()),
            Place::Languages => Some(LANGUAGES_ID.to_owned()),
            Place::Techniques => Some(TECHNIQUES_ID.to_owned()),
            Place::File => None,
        }
    }
}

/// The id of the group of languages offered.
pub const LANGUAGES_ID: &str = "languages";
/// The id of the group of techniques offered.
pub const TECHNIQUES_ID: &str = "techniques";

/// A change the clinic makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Text(TextField, String),
    /// Offers a language, or stops offering it.
    Offer(Lang, bool),
    /// Makes a language the default, offering it if it was not.
    DefaultLanguage(Lang),
    /// Offers a technique, or stops offering it.
    Technique(Technique, bool),
    BookingUtm(bool),
    Units(Unit),
}

impl Draft {
    /// The example clinic.
    pub fn example() -> Draft {
        Draft::open(EXAMPLE).expect("the shipped example is a JSON object")
    }

    /// The draft of a `clinic.json`, as far as the form can hold it: a key of the wrong kind,
    /// an unknown key and a name the quiz does not know are left out (`clinic::parse` reports
    /// each); a text is kept as written, right or wrong, for the form to show beside its field.
    /// A file that is not a JSON object gives its problem instead.
    pub fn open(json: &str) -> Result<Draft, ConfigProblem> {
        let (_, problems) = clinic::parse(json);
        if let Some(whole) = problems.into_iter().find(ConfigProblem::is_whole_file) {
            return Err(whole);
        }
        let Ok(Value::Object(object)) = serde_json::from_str::<Value>(json) else {
            return Err(ConfigProblem::NotAnObject);
        };
        let mut draft = Draft::default();
        for (name, value) in object {
            let Ok(key) = name.parse::<Key>() else {
                continue;
            };
            match key {
                Key::Format => {}
                Key::Name => draft.names = texts(&value),
                Key::Intro => draft.intros = texts(&value),
                Key::Languages => {
                    if let Some(languages) = names(&value) {
                        draft.languages = languages;
                    }
                }
                Key::Techniques => {
                    if let Some(offered) = names::<Technique>(&value) {
                        draft.techniques = Technique::ALL
                            .into_iter()
                            .filter(|t| offered.contains(t))
                            .collect();
                    }
                }
                Key::AccentColor => draft.accent_color = text(&value),
                Key::Logo => draft.logo = text(&value),
                Key::BookingUrl => draft.booking_url = text(&value),
                Key::BookingUrls => {
                    let pages = value.as_object().into_iter().flatten();
                    draft.booking_urls = pages
                        .filter_map(|(name, page)| {
                            Some((name.parse().ok()?, page.as_str()?.to_owned()))
                        })
                        .collect();
                }
                Key::BookingUtm => draft.booking_utm = value.as_bool().unwrap_or(true),
                Key::Phone => draft.phone = text(&value),
                Key::Email => draft.email = text(&value),
                Key::Address => draft.address = text(&value),
                Key::EmergencyNumber => draft.emergency_number = text(&value),
                Key::Units => {
                    draft.units = value
                        .as_str()
                        .and_then(|units| units.trim().parse().ok())
                        .unwrap_or_default();
                }
                Key::SiteOrigins => {
                    let sites: Vec<&str> = value
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .collect();
                    draft.site_origins = sites.join("\n");
                }
            }
        }
        Ok(draft)
    }

    /// The language the quiz takes when nothing else decides; English when none is offered.
    pub fn default_language(&self) -> Lang {
        self.languages.first().copied().unwrap_or_default()
    }

    /// The languages the quiz will speak, the default first: those offered, or all of them when
    /// none is (as the quiz reads an empty list). The clinic's texts are given in these.
    pub fn spoken(&self) -> Vec<Lang> {
        if self.languages.is_empty() {
            Lang::ALL.to_vec()
        } else {
            self.languages.clone()
        }
    }

    /// What a text field holds.
    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::Name(lang) => self.names.get(&lang).map_or("", String::as_str),
            TextField::Intro(lang) => self.intros.get(&lang).map_or("", String::as_str),
            TextField::AccentColor => &self.accent_color,
            TextField::Logo => &self.logo,
            TextField::BookingUrl => &self.booking_url,
            TextField::BookingUrlFor(technique) => {
                self.booking_urls.get(&technique).map_or("", String::as_str)
            }
            TextField::Phone => &self.phone,
            TextField::Email => &self.email,
            TextField::Address => &self.address,
            TextField::EmergencyNumber => &self.emergency_number,
            TextField::SiteOrigins => &self.site_origins,
        }
    }

    /// Makes the change `edit`.
    pub fn edit(&mut self, edit: Edit) {
        match edit {
            Edit::Text(field, value) => match field {
                TextField::Name(lang) => {
                    self.names.insert(lang, value);
                }
                TextField::Intro(lang) => {
                    self.intros.insert(lang, value);
                }
                TextField::BookingUrlFor(technique) => {
                    self.booking_urls.insert(technique, value);
                }
                TextField::AccentColor => self.accent_color = value,
                TextField::Logo => self.logo = value,
                TextField::BookingUrl => self.booking_url = value,
                TextField::Phone => self.phone = value,
                TextField::Email => self.email = value,
                TextField::Address => self.address = value,
                TextField::EmergencyNumber => self.emergency_number = value,
                TextField::SiteOrigins => self.site_origins = value,
            },
            Edit::Offer(lang, offered) => {
                self.languages.retain(|&l| l != lang);
                if offered {
                    self.languages.push(lang);
                }
            }
            Edit::DefaultLanguage(lang) => {
                self.languages.retain(|&l| l != lang);
                self.languages.insert(0, lang);
            }
            Edit::Technique(technique, offered) => {
                let mut chosen = self.techniques.clone();
                chosen.retain(|&t| t != technique);
                if offered {
                    chosen.push(technique);
                }
                self.techniques = Technique::ALL
                    .into_iter()
                    .filter(|t| chosen.contains(t))
                    .collect();
            }
            Edit::BookingUtm(on) => self.booking_utm = on,
            Edit::Units(units) => self.units = units,
        }
    }

    /// The file the draft makes. Texts are trimmed and empty ones left out; a text given alike
    /// in every language offered is written once, for all of them.
    pub fn file(&self) -> ClinicFile {
        let mut file = ClinicFile::new(self.languages.clone(), self.techniques.clone());
        file.name = self.clinic_text(&self.names);
        file.intro = self.clinic_text(&self.intros);
        file.accent_color = given(&self.accent_color);
        file.logo = given(&self.logo);
        file.booking_url = given(&self.booking_url);
        file.booking_urls = self
            .techniques
            .iter()
            .filter_map(|&t| Some((t, given(self.booking_urls.get(&t)?)?)))
            .collect();
        file.booking_utm = self.booking_utm;
        file.phone = given(&self.phone);
        file.email = given(&self.email);
        file.address = given(&self.address);
        file.emergency_number = given(&self.emergency_number);
        file.units = self.units;
        file.site_origins = self.site_origins.lines().filter_map(given).collect();
        file
    }

    /// Where `problem`, found in the file this draft writes, is shown. A text the quiz refuses
    /// is found by the value the problem quotes.
    pub fn place(&self, problem: &ConfigProblem) -> Place {
        let (key, value) = match problem {
            ConfigProblem::MissingName => {
                return Place::Field(TextField::Name(self.default_language()))
            }
            ConfigProblem::NothingKnown(Key::Languages) => return Place::Languages,
            ConfigProblem::NothingKnown(_) => return Place::Techniques,
            ConfigProblem::BadValue { key, value, .. } => (*key, Some(value.as_str())),
            ConfigProblem::WrongType { key, .. } => (*key, None),
            _ => return Place::File,
        };
        let quoting = |text: &str| value == Some(clinic::shorten(text.trim()).as_str());
        let field = match key {
            Key::Name | Key::Intro => {
                let texts = if key == Key::Name {
                    &self.names
                } else {
                    &self.intros
                };
                let lang = self
                    .spoken()
                    .into_iter()
                    .find(|lang| texts.get(lang).is_some_and(|text| quoting(text)))
                    .unwrap_or(self.default_language());
                if key == Key::Name {
                    TextField::Name(lang)
                } else {
                    TextField::Intro(lang)
                }
            }
            Key::BookingUrls => match self
                .techniques
                .iter()
                .copied()
                .find(|t| self.booking_urls.get(t).is_some_and(|url| quoting(url)))
            {
                Some(technique) => TextField::BookingUrlFor(technique),
                None => return Place::File,
            },
            Key::BookingUrl => TextField::BookingUrl,
            Key::Phone => TextField::Phone,
            Key::Email => TextField::Email,
            Key::Address => TextField::Address,
            Key::AccentColor => TextField::AccentColor,
            Key::Logo => TextField::Logo,
            Key::EmergencyNumber => TextField::EmergencyNumber,
            Key::SiteOrigins => TextField::SiteOrigins,
            Key::Languages => return Place::Languages,
            Key::Techniques => return Place::Techniques,
            Key::Units | Key::Format | Key::BookingUtm => return Place::File,
        };
        Place::Field(field)
    }

    /// A text by language as the file writes it: once when alike in every language spoken.
    fn clinic_text(&self, texts: &BTreeMap<Lang, String>) -> Option<FileText> {
        let spoken = self.spoken();
        let written: BTreeMap<Lang, String> = spoken
            .iter()
            .filter_map(|&lang| Some((lang, given(texts.get(&lang)?)?)))
            .collect();
        let first = written.values().next()?.clone();
        let alike = written.len() == spoken.len() && written.values().all(|t| *t == first);
        Some(if alike {
            FileText::Every(first)
        } else {
            FileText::PerLanguage(written)
        })
    }
}

/// A text as the file writes it: trimmed, and left out when empty.
fn given(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A text value, or nothing.
fn text(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}

/// A clinic text by language: one for every language, or those of the languages known.
fn texts(value: &Value) -> BTreeMap<Lang, String> {
    match value {
        Value::String(text) => Lang::ALL.iter().map(|&l| (l, text.clone())).collect(),
        Value::Object(texts) => texts
            .iter()
            .filter_map(|(code, text)| Some((code.parse().ok()?, text.as_str()?.to_owned())))
            .collect(),
        _ => BTreeMap::new(),
    }
}

/// The names of a list the quiz knows, without repeats; `None` when it names none.
fn names<T: for<'de> Deserialize<'de> + PartialEq>(value: &Value) -> Option<Vec<T>> {
    let mut known = Vec::new();
    for item in value.as_array()? {
        if let Ok(name) = T::deserialize(item) {
            if !known.contains(&name) {
                known.push(name);
            }
        }
    }
    (!known.is_empty()).then_some(known)
}
