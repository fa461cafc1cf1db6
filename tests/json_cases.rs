//! The app's JSON reader (src/json.rs) against the JSON spec and, on generated texts, against
//! serde_json: the same texts accepted, the same values read, and never a panic.

use proptest::prelude::*;
use recovery_quiz::json::{parse, Value};

/// The app's value in serde_json's terms (numbers compared as serde_json reads them).
fn reference(value: &Value) -> serde_json::Value {
    match value {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) => serde_json::from_str(n).expect("a number as written"),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(reference).collect()),
        Value::Object(members) => serde_json::Value::Object(
            members
                .iter()
                .map(|(k, v)| (k.clone(), reference(v)))
                .collect(),
        ),
    }
}

#[test]
fn reads_every_kind_of_value() {
    let value = parse(
        r#" { "a": [1, -2.5e+3, 0, true, false, null], "b": "x\"\\\/\b\f\n\r\t\u00e9\ud83c\udfc3",
        "c": {}, "d": [] } "#,
    )
    .unwrap();
    assert_eq!(value.get("a").unwrap().as_array().unwrap().len(), 6);
    assert_eq!(
        value.get("b").unwrap().as_str(),
        Some("x\"\\/\u{8}\u{c}\n\r\té🏃")
    );
    assert_eq!(value.get("c"), Some(&Value::Object(vec![])));
    assert_eq!(
        value.get("a").unwrap().as_array().unwrap()[1],
        Value::Number("-2.5e+3".into())
    );
}

#[test]
fn a_repeated_key_counts_with_its_last_value() {
    let value = parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
    assert_eq!(value.get("a"), Some(&Value::Number("3".into())));
    assert_eq!(reference(&value), serde_json::json!({"a": 3, "b": 2}));
}

#[test]
fn many_keys_are_read_in_linear_time() {
    let members: Vec<String> = (0..200_000).map(|i| format!("\"k{i}\":{i}")).collect();
    let value = parse(&format!("{{{}}}", members.join(","))).unwrap();
    assert_eq!(value.as_object().map(<[_]>::len), Some(200_000));
}

#[test]
fn refuses_what_is_not_json_and_says_where() {
    let cases = [
        ("", 1, 1),
        ("{", 1, 2),
        ("{\"a\" 1}", 1, 6),
        ("{\"a\": 1,}", 1, 9),
        ("[1, 2,]", 1, 7),
        ("{'a': 1}", 1, 2),
        ("{\n  \"name\": \"x\",\n  \"units\": km\n}", 3, 12),
        ("[01]", 1, 4),
        ("[1.]", 1, 4),
        ("[-]", 1, 3),
        ("[1e]", 1, 4),
        ("[.5]", 1, 2),
        ("\"a\tb\"", 1, 3),
        ("\"\\x\"", 1, 4),
        ("\"\\u12\"", 1, 4),
        ("\"\\udc00\"", 1, 8),
        ("\"é\\é\"", 1, 4),
        ("{} x", 1, 4),
        ("tru", 1, 1),
        ("NaN", 1, 1),
        ("\"open", 1, 6),
    ];
    let mut wrong = Vec::new();
    for (text, line, column) in cases {
        let error = parse(text).expect_err(text);
        if (error.line, error.column) != (line, column) {
            wrong.push(format!("{text:?}: {error}"));
        }
        assert!(
            serde_json::from_str::<serde_json::Value>(text).is_err(),
            "{text:?}"
        );
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    assert!(parse(&format!("{}{}", "[".repeat(128), "]".repeat(128))).is_ok());
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(parse(&deep).unwrap_err().what, "nesting too deep");
}

#[test]
fn writes_strings_as_serde_json_does() {
    let every_escape: String = (0u8..0x20)
        .map(char::from)
        .chain("\"\\/é🏃".chars())
        .collect();
    assert_eq!(
        Value::String(every_escape.clone()).to_string(),
        serde_json::to_string(&every_escape).unwrap()
    );
}

#[test]
fn writes_json_that_reads_back() {
    let value = Value::Object(vec![
        (
            "k\"ey".into(),
            Value::String("line\nquote\" back\\ bell\u{7} é".into()),
        ),
        (
            "n".into(),
            Value::Array(vec![
                Value::Null,
                Value::Bool(true),
                Value::Number("-1.5e3".into()),
            ]),
        ),
    ]);
    let text = value.to_string();
    assert_eq!(parse(&text), Ok(value.clone()));
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&text).unwrap(),
        reference(&value)
    );
}

/// JSON-like texts: valid values, and valid values with damage. Exponents stay below 100:
/// serde_json refuses numbers beyond f64 (1e310), which the app's reader keeps as written.
fn json_like() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        Just("true".to_owned()),
        "-?(0|[1-9][0-9]{0,20})(\\.[0-9]{1,5})?([eE][+-]?[0-9]{1,2})?",
        "\"([a-zé🏃 ]|\\\\[\"\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*\"",
    ];
    let value = leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6)
                .prop_map(|v| format!("[{}]", v.join(","))),
            proptest::collection::vec(("[a-c]{1,2}", inner), 0..6).prop_map(|members| {
                let members: Vec<String> = members
                    .iter()
                    .map(|(k, v)| format!("\"{k}\" : {v}"))
                    .collect();
                format!("{{ {} }}", members.join(", "))
            }),
        ]
    });
    (
        value,
        any::<u16>(),
        prop_oneof![
            Just(""),
            Just(","),
            Just("]"),
            Just("}"),
            Just("\""),
            Just("\\"),
            Just("\u{1}"),
            Just(" ")
        ],
        any::<bool>(),
    )
        .prop_map(|(text, at, damage, damaged)| {
            if !damaged || text.is_empty() {
                return text;
            }
            let mut at = usize::from(at) % text.len();
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            format!("{}{damage}{}", &text[..at], &text[at..])
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn agrees_with_serde_json(text in json_like()) {
        let ours = parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match (&ours, &theirs) {
            (Ok(value), Ok(expected)) => prop_assert_eq!(&reference(value), expected),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
        }
    }

    #[test]
    fn any_text_is_read_or_refused(text in "\\PC{0,200}") {
        let _ = parse(&text);
    }
}
