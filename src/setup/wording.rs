//! The set-up page's words for the problems `crate::clinic::parse` finds: beside a field, what
//! the field must hold; about a file opened, what became of it. (`ConfigProblem`'s `Display` is
//! the English text for developers, in the console and under `?debug`.)

use super::draft::{Place, TextField};
use crate::clinic::{ConfigProblem, Key, FILE, MAX_TEXT};
use crate::i18n::{
    SetupExpectedArgs, SetupLeftOutArgs, SetupNotJsonArgs, SetupWrongTypeArgs, Texts,
};

/// What the field a problem is shown beside must hold.
pub fn beside_field(t: Texts, problem: &ConfigProblem) -> String {
    let expected = |expected| {
        t.setup_expected(SetupExpectedArgs {
            expected,
            count: MAX_TEXT as u32,
        })
    };
    match problem {
        ConfigProblem::MissingName => t.setup_name_missing(),
        ConfigProblem::NothingKnown(Key::Languages) => t.setup_no_language(),
        ConfigProblem::NothingKnown(_) => t.setup_no_technique(),
        ConfigProblem::BadValue { expected: e, .. }
        | ConfigProblem::WrongType { expected: e, .. } => expected(*e),
        other => about_file(t, other, FILE).into(),
    }
    .into_owned()
}

/// A problem of the file named `file`, as a note about opening it.
pub fn about_file(t: Texts, problem: &ConfigProblem, file: &str) -> String {
    match problem {
        ConfigProblem::NotLoaded(0) => t.setup_not_reached(),
        ConfigProblem::NotLoaded(404) => t.setup_not_there(),
        ConfigProblem::NotLoaded(status) => t.setup_not_loaded(u32::from(*status)),
        ConfigProblem::NotJson { line, column } => t.setup_not_json(SetupNotJsonArgs {
            value: file,
            line: count(*line),
            column: count(*column),
        }),
        ConfigProblem::NotAnObject => t.setup_not_an_object(file),
        ConfigProblem::MissingName => t.setup_name_missing(),
        ConfigProblem::WrongType { key, expected } => t.setup_wrong_type(SetupWrongTypeArgs {
            key: &key.to_string(),
            expected: *expected,
            count: MAX_TEXT as u32,
        }),
        ConfigProblem::BadValue { key, value, .. } => t.setup_left_out(SetupLeftOutArgs {
            key: &key.to_string(),
            value,
        }),
        ConfigProblem::NothingKnown(key) => t.setup_nothing_known(&key.to_string()),
        ConfigProblem::UnknownKey(key) => t.setup_unknown_key(key),
        ConfigProblem::NewerFormat(format) => t.setup_newer_format(count(*format)),
    }
    .into_owned()
}

/// A number from a problem, as a count the texts can show.
fn count(n: impl TryInto<u32>) -> u32 {
    n.try_into().unwrap_or(u32::MAX)
}

/// A text field's label.
pub fn label(t: Texts, field: TextField) -> String {
    match field {
        TextField::Name(lang) => t.setup_name_label(lang.own_name()),
        TextField::Intro(lang) => t.setup_intro_label(lang.own_name()),
        TextField::AccentColor => t.setup_accent_label(),
        TextField::Logo => t.setup_logo_label(),
        TextField::BookingUrl => t.setup_booking_url_label(),
        TextField::BookingUrlFor(technique) => t.setup_booking_for_label(technique),
        TextField::Phone => t.setup_phone_label(),
        TextField::Email => t.setup_email_label(),
        TextField::Address => t.setup_address_label(),
        TextField::EmergencyNumber => t.setup_emergency_label(),
        TextField::SiteOrigins => t.setup_origins_label(),
    }
    .into_owned()
}

/// A text field's hint.
pub fn hint(t: Texts, field: TextField) -> String {
    match field {
        TextField::Name(_) => t.setup_name_hint(),
        TextField::Intro(_) => t.setup_intro_hint(),
        TextField::AccentColor => t.setup_accent_hint(),
        TextField::Logo => t.setup_logo_hint(),
        TextField::BookingUrl => t.setup_booking_url_hint(),
        TextField::BookingUrlFor(_) => t.setup_booking_for_hint(),
        TextField::Phone => t.setup_phone_hint(),
        TextField::Email => t.setup_email_hint(),
        TextField::Address => t.setup_address_hint(),
        TextField::EmergencyNumber => t.setup_emergency_hint(),
        TextField::SiteOrigins => t.setup_origins_hint(),
    }
    .into_owned()
}

/// What a problem's place is called on the form; `None` for the file as a whole.
pub fn place_label(t: Texts, place: Place) -> Option<String> {
    match place {
        Place::Field(field) => Some(label(t, field)),
        Place::Languages => Some(t.setup_languages_legend().into_owned()),
        Place::Techniques => Some(t.setup_techniques_legend().into_owned()),
        Place::File => None,
    }
}
