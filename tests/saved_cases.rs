//! Saved progress (src/progress.rs), read and written with serde_json as gloo-storage does in the
//! browser: what is written reads back the same, saves written by earlier builds still read, and
//! anything damaged is refused (the app then drops it).

use std::collections::BTreeMap;

use proptest::prelude::*;
use recovery_quiz::engine::{Health, Quality, RedFlag, Spot};
use recovery_quiz::form::{Draft, SpotDraft, Step, Unit};
use recovery_quiz::progress::Progress;

fn read(text: &str) -> Option<Progress> {
    serde_json::from_str(text).ok()
}

fn write(progress: &Progress) -> String {
    serde_json::to_string(progress).expect("progress always serialises")
}

/// A save the build of 2026-11-22 (format 1) wrote in Chromium: miles, four weeks, a race, two
/// spots (the knee chosen first), on the knee's screen, no safety answers yet.
const FORMAT_1_FROM_THE_BROWSER: &str = r#"{"format":1,"step":5,"draft":{"unit":"Mi","km":"25","runs":"4","hard":"1","long":"","last":"","history":["20","21,5","19","22"],"race_planned":true,"race_in":"12","raced_recently":false,"raced_ago":"","spots":[{"spot":"knee","severity":3,"quality":"tight","days":""},{"spot":"calf","severity":6,"quality":"sharp","days":"2"}],"safety":{},"conditions":{}}}"#;

/// A format-1 save as the build before that (serde_json over a derived `Draft`) wrote it, with a
/// spot whose feel was not chosen yet and two safety answers.
const FORMAT_1_EARLIER: &str = r#"{"format":1,"step":3,"draft":{"unit":"Mi","km":"25","runs":"4","hard":"1","long":"","last":"","history":["20","21.5","","22"],"race_planned":true,"race_in":"12","raced_recently":false,"raced_ago":"","spots":[{"spot":"calf","severity":4,"quality":"tight","days":"10"},{"spot":"knee","severity":3,"quality":null,"days":""}],"safety":{"chest":false,"fever":true},"conditions":{}}}"#;

fn spot(severity: u8, quality: Option<Quality>, days: &str) -> SpotDraft {
    SpotDraft {
        severity,
        quality,
        days: days.into(),
    }
}

#[test]
fn a_save_from_the_format_1_build_resumes_on_the_same_screen() {
    let expected = Progress {
        draft: Draft {
            unit: Unit::Mi,
            km: "25".into(),
            runs: "4".into(),
            hard: "1".into(),
            history: ["20", "21,5", "19", "22"].map(String::from),
            race_planned: true,
            race_in: "12".into(),
            spots: Some(BTreeMap::from([
                (Spot::Calf, spot(6, Some(Quality::Sharp), "2")),
                (Spot::Knee, spot(3, Some(Quality::Tight), "")),
            ])),
            ..Draft::default()
        },
        step: Step::Spot(Spot::Knee),
    };
    assert_eq!(read(FORMAT_1_FROM_THE_BROWSER), Some(expected));
}

#[test]
fn an_earlier_format_1_save_reads_with_its_answers() {
    let progress = read(FORMAT_1_EARLIER).expect("readable");
    assert_eq!(progress.step, Step::PainMap, "position 3 is the pain map");
    assert_eq!(progress.draft.unit, Unit::Mi);
    assert_eq!(
        progress.draft.spot(Spot::Knee),
        Some(&spot(3, None, "")),
        "a spot without a feel yet"
    );
    assert_eq!(
        progress.draft.safety,
        BTreeMap::from([(RedFlag::Chest, false), (RedFlag::Fever, true)])
    );
}

#[test]
fn format_2_names_the_step_and_keys_the_answers() {
    let progress = Progress {
        draft: Draft {
            km: "30".into(),
            spots: Some(BTreeMap::from([(
                Spot::KneeOuter,
                spot(4, Some(Quality::Sore), "12"),
            )])),
            conditions: BTreeMap::from([(Health::ColdSensitive, true)]),
            ..Draft::default()
        },
        step: Step::Spot(Spot::KneeOuter),
    };
    let text = write(&progress);
    assert_eq!(
        text,
        r#"{"format":2,"step":{"spot":"knee-outer"},"draft":{"unit":"km","km":"30","runs":"","hard":"","long":"","last":"","history":["","","",""],"race_planned":false,"race_in":"","raced_recently":false,"raced_ago":"","spots":{"knee-outer":{"severity":4,"quality":"sore","days":"12"}},"safety":{},"conditions":{"cold-sensitive":true}}}"#
    );
    assert_eq!(read(&text), Some(progress));
}

#[test]
fn missing_fields_are_left_blank() {
    let progress = read(r#"{"format":2,"step":"weeks","draft":{"km":"30"}}"#).expect("readable");
    assert_eq!(progress.step, Step::Weeks);
    assert_eq!(
        progress.draft,
        Draft {
            km: "30".into(),
            ..Draft::default()
        }
    );
    let spot_without_quality =
        r#"{"format":2,"step":"pain-map","draft":{"spots":{"calf":{"severity":3}}}}"#;
    let progress = read(spot_without_quality).expect("readable");
    assert_eq!(progress.draft.spot(Spot::Calf), Some(&spot(3, None, "")));
}

#[test]
fn damaged_foreign_or_blank_saves_are_refused() {
    for text in [
        "",
        "not json",
        "null",
        "[]",
        r#"{"format":2}"#,
        r#"{"format":3,"step":"weeks","draft":{"km":"30"}}"#,
        r#"{"format":"2","step":"weeks","draft":{"km":"30"}}"#,
        r#"{"format":2,"step":"elsewhere","draft":{"km":"30"}}"#,
        r#"{"format":2,"step":3,"draft":{"km":"30"}}"#,
        r#"{"format":2,"step":{"spot":"elbow"},"draft":{"km":"30"}}"#,
        r#"{"format":2,"step":"weeks","draft":[]}"#,
        r#"{"format":2,"step":"weeks","draft":{}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":30}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","unit":"furlong"}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","history":["1","2","3"]}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","race_planned":"yes"}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","spots":{"calf":{"severity":300}}}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","spots":{"calf":{"severity":11}}}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","spots":{"elbow":{"severity":3}}}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","spots":{"calf":{"severity":3,"quality":"itchy"}}}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","safety":{"chest":"no"}}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30","safety":{"headache":true}}}"#,
        r#"{"format":2,"step":"weeks","draft":{"km":"30"}"#,
        r#"{"format":1,"step":-1,"draft":{"km":"30"}}"#,
        r#"{"format":1,"step":1.5,"draft":{"km":"30"}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","unit":"Furlong"}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","spots":[{"spot":"calf"}]}}"#,
        r#"{"format":1,"step":1,"draft":{"km":"30","spots":[{"spot":"elbow","severity":3,"days":""}]}}"#,
        r#"{"format":1,"step":1,"draft":{}}"#,
    ] {
        assert_eq!(read(text), None, "{text}");
    }
}

fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9.,]{0,6}",
        "\\PC{0,12}",
        Just("\"\\\n\u{1}</script>".to_owned())
    ]
}

/// Some of `all` with a yes or no.
fn answers<T: Ord + Clone + std::fmt::Debug + 'static>(
    all: &[T],
) -> impl Strategy<Value = BTreeMap<T, bool>> {
    proptest::collection::btree_map(proptest::sample::select(all.to_vec()), any::<bool>(), 0..4)
}

fn draft() -> impl Strategy<Value = Draft> {
    let details = (
        0u8..=10,
        proptest::option::of(proptest::sample::select(Quality::ALL.to_vec())),
        typed(),
    )
        .prop_map(|(severity, quality, days)| SpotDraft {
            severity,
            quality,
            days,
        });
    let spots = proptest::collection::btree_map(
        proptest::sample::select(Spot::ALL.to_vec()),
        details,
        0..4,
    );
    (
        (any::<bool>(), typed(), typed(), typed(), typed(), typed()),
        proptest::array::uniform4(typed()),
        (any::<bool>(), typed(), any::<bool>(), typed()),
        proptest::option::of(spots),
        answers(&RedFlag::ALL),
        answers(&Health::ALL),
    )
        .prop_map(
            |(
                (mi, km, runs, hard, long, last),
                history,
                (race_planned, race_in, raced_recently, raced_ago),
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
                race_planned,
                race_in,
                raced_recently,
                raced_ago,
                spots,
                safety,
                conditions,
            },
        )
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        proptest::sample::select(vec![
            Step::Start,
            Step::Training,
            Step::Weeks,
            Step::PainMap,
            Step::Safety,
            Step::HealthQuestions,
        ]),
        proptest::sample::select(Spot::ALL.to_vec()).prop_map(Step::Spot),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn what_is_saved_reads_back_the_same(draft in draft(), step in step()) {
        let progress = Progress { draft, step };
        let expected = (!progress.draft.is_blank()).then(|| progress.clone());
        prop_assert_eq!(read(&write(&progress)), expected);
    }
}
