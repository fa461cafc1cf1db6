//! clinic.json: every problem named, every other key still applied; accents stay readable.

use proptest::prelude::*;
use recovery_quiz::clinic::{parse, Clinic, ConfigProblem};
use recovery_quiz::engine::Technique;
use recovery_quiz::form::Unit;
use recovery_quiz::theme::{accent_properties, contrast, Rgb, DARK_BG, LIGHT_BG, MIN_CONTRAST};

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
                key: "accent_color".into(),
                value: "teal".into(),
                expected: "a colour like #0b5d56",
            },
        ),
        (
            "techniques not a list",
            r#"{"name":"A","techniques":"graston","units":"mi"}"#,
            ConfigProblem::WrongType {
                key: "techniques".into(),
                expected: "a list of \"deep-tissue\", \"cupping\", \"graston\", \"cryotherapy\"",
            },
        ),
        (
            "booking link with a script scheme",
            r#"{"name":"A","booking_url":"javascript:alert(1)","units":"mi"}"#,
            ConfigProblem::BadValue {
                key: "booking_url".into(),
                value: "javascript:alert(1)".into(),
                expected: "a web address starting with https:// or http://",
            },
        ),
        (
            "logo from another site",
            r#"{"name":"A","logo":"https://evil.example/x.png","units":"mi"}"#,
            ConfigProblem::BadValue {
                key: "logo".into(),
                value: "https://evil.example/x.png".into(),
                expected: "the path of an image in the bundle, like logo.svg",
            },
        ),
        (
            "emergency number with letters",
            r#"{"name":"A","emergency_number":"call me","units":"mi"}"#,
            ConfigProblem::BadValue {
                key: "emergency_number".into(),
                value: "call me".into(),
                expected: "a short number of digits, like 112",
            },
        ),
        (
            "name missing",
            r#"{"units":"mi"}"#,
            ConfigProblem::Missing("name"),
        ),
        (
            "name a number",
            r#"{"name":7,"units":"mi"}"#,
            ConfigProblem::WrongType {
                key: "name".into(),
                expected: "a text in quotes",
            },
        ),
        (
            "unknown key",
            r#"{"name":"A","colour":"red","units":"mi"}"#,
            ConfigProblem::UnknownKey("colour".into()),
        ),
        (
            "unknown key given twice: reported once",
            r#"{"name":"A","colour":"red","units":"mi","colour":"blue"}"#,
            ConfigProblem::UnknownKey("colour".into()),
        ),
        (
            "a key given twice: the last counts",
            r#"{"name":"A","units":"km","units":"mi","name":7}"#,
            ConfigProblem::WrongType {
                key: "name".into(),
                expected: "a text in quotes",
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
fn unreadable_files_give_neutral_defaults() {
    for json in ["", "{", "[1,2]", "null", "\"clinic\"", "{\"name\":\"A\",}"] {
        let (clinic, problems) = parse(json);
        assert_eq!(clinic, Clinic::default(), "{json:?}");
        assert_eq!(problems.len(), 1, "{json:?}");
        assert!(!problems[0].is_warning());
    }
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 20_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_loader_never_panics_on_any_text(text in any::<String>()) {
        let (clinic, _) = parse(&text);
        prop_assert!(!clinic.techniques.is_empty());
    }

    #[test]
    fn the_loader_never_panics_on_json_like_text(text in jsonish()) {
        let (clinic, _) = parse(&text);
        prop_assert!(!clinic.techniques.is_empty());
        prop_assert!(!clinic.emergency_number.is_empty());
    }
}
