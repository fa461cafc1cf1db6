//! clinic.json: every problem named, every other key still applied; accents stay readable.

use proptest::prelude::*;
use recovery_quiz::clinic::{opened, parse, Clinic, ConfigProblem, Expected, Key};
use recovery_quiz::engine::Technique;
use recovery_quiz::form::Unit;
use recovery_quiz::lang::Lang;
use recovery_quiz::theme::{accent_properties, contrast, Rgb, DARK_BG, LIGHT_BG, MIN_CONTRAST};
use serde_json::Value;

#[test]
fn the_shipped_file_is_complete_and_clean() {
    let json = include_str!("../static/clinic.json");
    let (clinic, problems) = parse(json);
    assert_eq!(problems, vec![]);
    assert_ne!(clinic.name, Clinic::default().name);
    assert!(clinic.booking_url.is_some() && clinic.phone.is_some() && clinic.email.is_some());
    assert!(clinic.accent_color.is_some() && clinic.intro.is_some());
}

#[test]
fn each_bad_key_is_named_and_only_that_key_falls_back() {
    let cases: &[(&str, &str, ConfigProblem)] = &[
        (
            "accent not a colour",
            r#"{"name":"A","accent_color":"teal","units":"mi"}"#,
            ConfigProblem::BadValue {
                key: Key::AccentColor,
                value: "teal".into(),
                expected: Expected::Colour,
            },
        ),
        (
            "techniques not a list",
            r#"{"name":"A","techniques":"graston","units":"mi"}"#,
            ConfigProblem::WrongType {
                key: Key::Techniques,
                expected: Expected::Techniques,
            },
        ),
        (
            "booking link with a script scheme",
            r#"{"name":"A","booking_url":"javascript:alert(1)","units":"mi"}"#,
            ConfigProblem::BadValue {
                key: Key::BookingUrl,
                value: "javascript:alert(1)".into(),
                expected: Expected::WebAddress,
            },
        ),
        (
            "logo from another site",
            r#"{"name":"A","logo":"https://evil.example/x.png","units":"mi"}"#,
            ConfigProblem::BadValue {
                key: Key::Logo,
                value: "https://evil.example/x.png".into(),
                expected: Expected::ImagePath,
            },
        ),
        (
            "emergency number with letters",
            r#"{"name":"A","emergency_number":"call me","units":"mi"}"#,
            ConfigProblem::BadValue {
                key: Key::EmergencyNumber,
                value: "call me".into(),
                expected: Expected::EmergencyNumber,
            },
        ),
        (
            "name missing",
            r#"{"units":"mi"}"#,
            ConfigProblem::MissingName,
        ),
        (
            "name a number",
            r#"{"name":7,"units":"mi"}"#,
            ConfigProblem::WrongType {
                key: Key::Name,
                expected: Expected::TextPerLanguage,
            },
        ),
        (
            "unknown key",
            r#"{"name":"A","colour":"red","units":"mi"}"#,
            ConfigProblem::UnknownKey("colour".into()),
        ),
        (
            "a key given twice: the last counts",
            r#"{"name":"A","units":"km","units":"mi","name":7}"#,
            ConfigProblem::WrongType {
                key: Key::Name,
                expected: Expected::TextPerLanguage,
            },
        ),
    ];
    for (name, json, expected) in cases {
        let (clinic, problems) = parse(json);
        assert_eq!(problems, vec![expected.clone()], "{name}: {json}");
        assert_eq!(clinic.units, Unit::Mi, "{name}: the other keys still apply");
    }
}

#[test]
fn units_are_km_or_mi_exactly() {
    for units in ["Km", "MI", "miles", "k m"] {
        let (clinic, problems) = parse(&format!(r#"{{"name":"A","units":"{units}"}}"#));
        assert_eq!(clinic.units, Unit::Km, "{units}");
        assert_eq!(
            problems,
            vec![ConfigProblem::BadValue {
                key: Key::Units,
                value: units.into(),
                expected: Expected::Units,
            }]
        );
    }
}

#[test]
fn a_value_too_long_is_named_for_its_length() {
    let phone = "1".repeat(301);
    let (clinic, problems) = parse(&format!(r#"{{"name":"A","phone":"{phone}"}}"#));
    assert_eq!(clinic.phone, None);
    assert!(matches!(
        problems.as_slice(),
        [ConfigProblem::BadValue {
            key: Key::Phone,
            expected: Expected::Text,
            ..
        }]
    ));
}

#[test]
fn unreadable_files_give_neutral_defaults() {
    for json in ["", "{", "[1,2]", "null", "\"clinic\"", "{\"name\":\"A\",}"] {
        let (clinic, problems) = parse(json);
        assert_eq!(clinic, Clinic::default(), "{json:?}");
        assert_eq!(problems.len(), 1, "{json:?}");
        assert!(problems[0].is_whole_file(), "{json:?}");
    }
}

#[test]
fn a_file_that_cannot_be_read_gives_the_copy_kept_last_time() {
    let last = r#"{"name":"Last","emergency_number":"999","units":"mi"}"#;
    let (kept, _) = parse(last);
    for current in [Err(0), Err(404), Err(500), Ok("{"), Ok("[1]"), Ok("null")] {
        let (clinic, problems) = opened(current, Some(last));
        assert_eq!(clinic, kept, "{current:?}");
        assert_eq!(problems.len(), 1, "{current:?}");
        assert!(problems[0].is_whole_file(), "{current:?}");
        let (clinic, _) = opened(current, None);
        assert_eq!(clinic, Clinic::default(), "no copy kept: {current:?}");
        let (clinic, _) = opened(current, Some("{broken"));
        assert_eq!(
            clinic,
            Clinic::default(),
            "a broken copy is no copy: {current:?}"
        );
    }
}

#[test]
fn a_readable_file_is_used_key_by_key_whatever_was_kept() {
    let last = r#"{"name":"Last","emergency_number":"999","units":"mi"}"#;
    let (clinic, problems) = opened(Ok(r#"{"name":"Now","units":"leagues"}"#), Some(last));
    assert_eq!(clinic.name(Lang::En), Some("Now"));
    assert_eq!(
        clinic.units,
        Clinic::default().units,
        "a bad key falls back to its default"
    );
    assert_eq!(clinic.emergency_number, Clinic::default().emergency_number);
    assert!(problems.iter().all(|p| !p.is_whole_file()));
    assert_eq!(problems.len(), 1);
}

#[test]
fn techniques_skip_unknown_names_and_never_end_empty() {
    let (clinic, problems) =
        parse(r#"{"name":"A","techniques":["graston","massage-gun","graston"]}"#);
    assert_eq!(clinic.techniques, vec![Technique::Graston]);
    assert_eq!(problems.len(), 1);
    let (clinic, problems) = parse(r#"{"name":"A","techniques":[]}"#);
    assert_eq!(clinic.techniques, Technique::ALL.to_vec());
    assert_eq!(problems.len(), 1);
}

#[test]
fn every_accent_colour_gets_readable_pairings() {
    for hex in [
        "#ffeb3b", "#000000", "#ffffff", "#ff00ff", "#7f7f7f", "#0b5d56", "#abc",
    ] {
        let accent = Rgb::parse(hex).expect(hex);
        check_pairings(accent);
    }
}

fn check_pairings(accent: Rgb) {
    let props = accent_properties(accent);
    let get = |name: &str| {
        let hex = &props.iter().find(|(n, _)| *n == name).expect(name).1;
        Rgb::parse(hex).expect("hex")
    };
    let pairs = [
        (
            "on-accent on accent (light)",
            get("--on-accent-l"),
            get("--accent-l"),
        ),
        ("ink on white", get("--ink-l"), LIGHT_BG),
        (
            "on-accent on accent (dark)",
            get("--on-accent-d"),
            get("--accent-d"),
        ),
        ("ink on dark", get("--ink-d"), DARK_BG),
    ];
    for (name, fg, bg) in pairs {
        assert!(
            contrast(fg, bg) >= MIN_CONTRAST,
            "{name} for {accent:?}: {:.2}",
            contrast(fg, bg)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_accent_keeps_aa_contrast(r in any::<u8>(), g in any::<u8>(), b in any::<u8>()) {
        check_pairings(Rgb(r, g, b));
    }
}

/// JSON-ish text: keys, values and punctuation of clinic.json, shuffled.
fn jsonish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"name\"",
        "\"techniques\"",
        "\"accent_color\"",
        "\"units\"",
        "\"#fff\"",
        "\"mi\"",
        "\"graston\"",
        "null",
        "true",
        "1e999",
        "-0",
        "\\u0000",
        "\"\\ud800\"",
        "é",
        " ",
        "\"logo\"",
        "\"../x\"",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// Any JSON value, a little nested.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i32>().prop_map(Value::from),
        "\\PC{0,8}".prop_map(Value::from),
        prop::sample::select(vec![
            "mi",
            "km",
            "#abc",
            "graston",
            "112",
            "https://x.example"
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(2, 8, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,3}", inner, 0..3)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

const KEYS: [Key; 16] = [
    Key::Name,
    Key::BookingUrl,
    Key::Phone,
    Key::Email,
    Key::Address,
    Key::AccentColor,
    Key::Logo,
    Key::Techniques,
    Key::EmergencyNumber,
    Key::Units,
    Key::Intro,
    Key::Languages,
    Key::Format,
    Key::BookingUrls,
    Key::BookingUtm,
    Key::SiteOrigins,
];

/// The clinic with the field `key` sets put back to its default.
fn without(clinic: &Clinic, key: Key) -> Clinic {
    let default = Clinic::default();
    let mut clinic = clinic.clone();
    match key {
        Key::Name => clinic.name = default.name,
        Key::BookingUrl => clinic.booking_url = default.booking_url,
        Key::Phone => clinic.phone = default.phone,
        Key::Email => clinic.email = default.email,
        Key::Address => clinic.address = default.address,
        Key::AccentColor => clinic.accent_color = default.accent_color,
        Key::Logo => clinic.logo = default.logo,
        Key::Techniques => clinic.techniques = default.techniques,
        Key::EmergencyNumber => clinic.emergency_number = default.emergency_number,
        Key::Units => clinic.units = default.units,
        Key::Intro => clinic.intro = default.intro,
        Key::Languages => clinic.languages = default.languages,
        Key::Format => {}
        Key::BookingUrls => clinic.booking_urls = default.booking_urls,
        Key::BookingUtm => clinic.booking_utm = default.booking_utm,
        Key::SiteOrigins => clinic.site_origins = default.site_origins,
    }
    clinic
}

/// Whether a problem is about `key`.
fn names(problem: &ConfigProblem, key: Key) -> bool {
    match problem {
        ConfigProblem::WrongType { key: k, .. } | ConfigProblem::BadValue { key: k, .. } => {
            *k == key
        }
        ConfigProblem::NothingKnown(k) => *k == key,
        ConfigProblem::NewerFormat(_) => key == Key::Format,
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn text_that_is_not_a_json_object_gives_the_defaults_and_one_problem(text in any::<String>()) {
        let (clinic, problems) = parse(&text);
        if !matches!(serde_json::from_str::<Value>(&text), Ok(Value::Object(_))) {
            prop_assert_eq!(clinic, Clinic::default());
            prop_assert_eq!(problems.len(), 1);
            prop_assert!(problems[0].is_whole_file());
        }
    }

    #[test]
    fn json_like_text_never_panics_and_every_problem_names_its_key(text in jsonish()) {
        let (_, problems) = parse(&text);
        for problem in &problems {
            let key = match problem {
                ConfigProblem::WrongType { key, .. } | ConfigProblem::BadValue { key, .. } => key.to_string(),
                ConfigProblem::UnknownKey(key) => key.clone(),
                _ => continue,
            };
            let message = problem.to_string();
            prop_assert!(message.contains(&format!("\"{key}\"")), "{} does not name {}", message, key);
        }
    }

    #[test]
    fn one_bad_key_falls_back_alone(at in 0..KEYS.len(), value in any_json()) {
        let key = KEYS[at];
        let shipped = include_str!("../static/clinic.json");
        let (expected, _) = parse(shipped);
        let mut object: serde_json::Map<String, Value> = serde_json::from_str(shipped).unwrap();
        object.insert(key.to_string(), value);
        let (clinic, problems) = parse(&Value::Object(object).to_string());
        prop_assert_eq!(without(&clinic, key), without(&expected, key), "the other keys are kept");
        for problem in &problems {
            prop_assert!(names(problem, key), "{:?} is about {}", problem, key);
        }
        // A list keeps the entries it can read, and a text per language the languages it knows;
        // any other refused value falls back whole.
        let partly = [
            Key::Techniques,
            Key::Languages,
            Key::Name,
            Key::Intro,
            Key::BookingUrls,
            Key::SiteOrigins,
        ];
        if !problems.is_empty() && !partly.contains(&key) {
            prop_assert_eq!(clinic, without(&expected, key), "a refused value falls back to the default");
        } else {
            prop_assert!(!clinic.techniques.is_empty());
        }
    }
}

#[test]
fn the_format_version_is_read_and_a_newer_one_noted() {
    let (_, problems) = parse(r#"{"name":"A","format":2}"#);
    assert_eq!(problems, []);
    let (clinic, problems) = parse(r#"{"name":"A","format":3,"phone":"123","new_key":1}"#);
    assert_eq!(
        clinic.phone.as_deref(),
        Some("123"),
        "what it knows is read"
    );
    assert!(problems.contains(&ConfigProblem::NewerFormat(3)));
    assert!(problems.contains(&ConfigProblem::UnknownKey("new_key".into())));
    let (_, problems) = parse(r#"{"name":"A","format":"two"}"#);
    assert!(matches!(
        problems[..],
        [ConfigProblem::WrongType {
            key: Key::Format,
            ..
        }]
    ));
}

#[test]
fn booking_pages_by_technique_utm_and_site_origins() {
    let (clinic, problems) = parse(
        r#"{"name":"A",
            "booking_urls":{"cupping":"https://book.example/s/2?x=1","graston":"ftp://x","massage":"https://y"},
            "booking_utm":false,
            "site_origins":["https://Clinic.Example/","http://localhost:8080","https://clinic.example","https://a.example/path","x"]}"#,
    );
    assert_eq!(
        clinic
            .booking_urls
            .get(&Technique::Cupping)
            .map(String::as_str),
        Some("https://book.example/s/2?x=1")
    );
    assert_eq!(
        clinic.booking_urls.len(),
        1,
        "a bad address and an unknown technique are left out"
    );
    assert!(!clinic.booking_utm);
    assert_eq!(
        clinic.site_origins,
        ["https://clinic.example", "http://localhost:8080"],
        "lower case, without the final slash, once each; a path or no scheme is refused"
    );
    let bad: Vec<Key> = problems
        .iter()
        .filter_map(|p| match p {
            ConfigProblem::BadValue { key, .. } => Some(*key),
            _ => None,
        })
        .collect();
    assert_eq!(
        bad,
        [
            Key::BookingUrls,
            Key::BookingUrls,
            Key::SiteOrigins,
            Key::SiteOrigins
        ]
    );
    let (clinic, _) = parse(r#"{"name":"A"}"#);
    assert!(clinic.booking_utm, "on unless turned off");
}
