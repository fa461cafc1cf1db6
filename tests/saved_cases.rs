//! Saved progress (src/hooks/saved.rs): what is written reads back the same, saves written by
//! earlier builds still read, and anything damaged is refused (the app then drops it).

use std::collections::BTreeMap;

use proptest::prelude::*;
use recovery_quiz::form::{Draft, SpotDraft, Unit};
use recovery_quiz::hooks::saved::{decode, encode};

/// A save exactly as the previous build (serde_json over a derived `Draft`) wrote it.
const EARLIER_BUILD: &str = r#"{"format":1,"step":3,"draft":{"unit":"Mi","km":"25","runs":"4","hard":"1","long":"","last":"","history":["20","21.5","","22"],"race_planned":true,"race_in":"12","raced_recently":false,"raced_ago":"","spots":[{"spot":"calf","severity":4,"quality":"tight","days":"10"},{"spot":"knee","severity":3,"quality":null,"days":""}],"safety":{"chest":false,"fever":true},"conditions":{}}}"#;

fn earlier_draft() -> Draft {
    Draft {
        unit: Unit::Mi,
        km: "25".into(),
        runs: "4".into(),
        hard: "1".into(),
        history: ["20".into(), "21.5".into(), String::new(), "22".into()],
        race_planned: true,
        race_in: "12".into(),
        spots: Some(vec![
            SpotDraft {
                spot: "calf".into(),
                severity: 4,
                quality: Some("tight".into()),
                days: "10".into(),
            },
            SpotDraft {
                spot: "knee".into(),
                severity: 3,
                quality: None,
                days: String::new(),
            },
        ]),
        safety: BTreeMap::from([("chest".into(), false), ("fever".into(), true)]),
        ..Draft::default()
    }
}

#[test]
fn a_save_from_the_earlier_build_reads_and_is_written_the_same_way() {
    assert_eq!(decode(EARLIER_BUILD), Some((earlier_draft(), 3)));
    assert_eq!(encode(&earlier_draft(), 3), EARLIER_BUILD);
}

#[test]
fn missing_fields_are_left_blank() {
    let (draft, step) = decode(r#"{"format":1,"step":1,"draft":{"km":"30"}}"#).unwrap();
    assert_eq!(step, 1);
    assert_eq!(
        draft,
        Draft {
            km: "30".into(),
            ..Draft::default()
        }
    );
    let spot_without_quality =
        r#"{"format":1,"step":1,"draft":{"spots":[{"spot":"calf","severity":3,"days":""}]}}"#;
    let (draft, _) = decode(spot_without_quality).unwrap();
    assert_eq!(draft.spots.unwrap()[0].quality, None);
}

#[test]
fn damaged_or_foreign_saves_are_refused() {
    for text in [
        "",
        "not json",
        "null",
        "[]",
        r#"{"format":1}"#,
        r#"{"format":2,"step":1,"draft":{"km":"30"}}"#,
        r#"{"format":"1","step":1,"draft":{"km":"30"}}"#,
        r#"{"format":1,"step":-1,"draft":{"km":"30"}}"#,
        r#"{"format":1,"step":1.5,"draft":{"km":"30"}}"#,
        r#"{"format":1,"step":1,"draft":[]}"#,
        r#"{"format":1,"step":1,"draft":{}}"#,
        r#"{"format":1,"step":1,"draft":{"km":30}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","unit":"Furlong"}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","history":["1","2","3"]}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","race_planned":"yes"}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","spots":[{"spot":"calf","severity":300,"quality":null,"days":""}]}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","spots":[{"spot":"calf"}]}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","safety":{"chest":"no"}}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30"}"#,
    ] {
        assert_eq!(decode(text), None, "{text}");
    }
}

fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9.,]{0,6}",
        "\\PC{0,12}",
        Just("\"\\\n\u{1}</script>".to_owned())
    ]
}

fn draft() -> impl Strategy<Value = Draft> {
    let spot = (typed(), any::<u8>(), proptest::option::of(typed()), typed()).prop_map(
        |(spot, severity, quality, days)| SpotDraft {
            spot,
            severity,
            quality,
            days,
        },
    );
    (
        (any::<bool>(), typed(), typed(), typed(), typed(), typed()),
        proptest::array::uniform4(typed()),
        (any::<bool>(), typed(), any::<bool>(), typed()),
        proptest::option::of(proptest::collection::vec(spot, 0..4)),
        proptest::collection::btree_map(typed(), any::<bool>(), 0..4),
        proptest::collection::btree_map(typed(), any::<bool>(), 0..4),
    )
        .prop_map(
            |(
                (mi, km, runs, hard, long, last),
                history,
                (rp, race_in, rr, raced_ago),
                spots,
                safety,
                conditions,
            )| Draft {
                unit: if mi { Unit::Mi } else { Unit::Km },
                km,
                runs,
                hard,
                long,
                last,
                history,
                race_planned: rp,
                race_in,
                raced_recently: rr,
                raced_ago,
                spots,
                safety,
                conditions,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn what_is_saved_reads_back_the_same(draft in draft(), step in 0usize..20) {
        let expected = (!draft.is_blank()).then(|| (draft.clone(), step));
        prop_assert_eq!(decode(&encode(&draft, step)), expected);
    }
}
