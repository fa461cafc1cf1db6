//! Typed input → validation messages and answers: nonsense never passes, good input is kept.

use std::collections::BTreeMap;

use recovery_quiz::engine::answers::Conflict;
use recovery_quiz::engine::link;
use recovery_quiz::engine::number::Decimal;
use recovery_quiz::engine::{Distance, Health, Quality, RedFlag, Spot};
use recovery_quiz::form::{
    Draft, Edit, Field, Problem, Question, SpotDraft, Step, TextField, Unit,
};

fn training(km: &str, runs: &str, hard: &str, long: &str, last: &str) -> Draft {
    Draft {
        km: km.into(),
        runs: runs.into(),
        hard: hard.into(),
        long: long.into(),
        last: last.into(),
        ..Draft::default()
    }
}

fn problem(draft: &Draft, field: TextField) -> Option<Problem> {
    draft
        .errors(Step::Training)
        .into_iter()
        .chain(draft.errors(Step::Weeks))
        .find(|e| e.field == Field::Text(field))
        .map(|e| e.problem)
}

/// Every yes/no question answered no.
fn all_no(draft: &mut Draft) {
    for flag in RedFlag::ALL {
        draft.apply(Edit::Answer(Question::Flag(flag), false));
    }
    for condition in Health::ALL {
        draft.apply(Edit::Answer(Question::Condition(condition), false));
    }
}

#[test]
fn nonsense_in_the_distance_field_is_refused_with_the_range() {
    let cases: &[(&str, Option<Problem>)] = &[
        ("", Some(Problem::Required)),
        ("   ", Some(Problem::Required)),
        ("abc", Some(Problem::NotANumber { whole: false })),
        ("NaN", Some(Problem::NotANumber { whole: false })),
        ("inf", Some(Problem::NotANumber { whole: false })),
        ("1e308", Some(Problem::NotANumber { whole: false })),
        ("1.2.3", Some(Problem::NotANumber { whole: false })),
        ("<script>", Some(Problem::NotANumber { whole: false })),
        (
            "-5",
            Some(Problem::OutOfRange {
                max: Decimal::new(400, 0),
            }),
        ),
        (
            "401",
            Some(Problem::OutOfRange {
                max: Decimal::new(400, 0),
            }),
        ),
        ("40", None),
        ("12.5", None),
        ("12,5", None),
        (" 30 ", None),
    ];
    for (typed, expected) in cases {
        let draft = training(typed, "3", "", "", "");
        assert_eq!(
            problem(&draft, TextField::Km),
            *expected,
            "km typed as {typed:?}"
        );
    }
}

#[test]
fn whole_number_fields_refuse_fractions_and_keep_their_ranges() {
    let cases: &[(&str, Option<Problem>)] = &[
        ("2.5", Some(Problem::NotANumber { whole: true })),
        (
            "22",
            Some(Problem::OutOfRange {
                max: Decimal::new(21, 0),
            }),
        ),
        ("0", None),
        ("21", None),
    ];
    for (typed, expected) in cases {
        let draft = training("30", typed, "", "", "");
        assert_eq!(
            problem(&draft, TextField::Runs),
            *expected,
            "runs typed as {typed:?}"
        );
    }
    let draft = training("30", "3", "", "", "721");
    assert_eq!(
        problem(&draft, TextField::Last),
        Some(Problem::OutOfRange {
            max: Decimal::new(720, 0)
        })
    );
}

#[test]
fn sessions_and_longest_run_must_fit_inside_the_week() {
    let draft = training("30", "3", "4", "", "");
    assert_eq!(
        problem(&draft, TextField::Hard),
        Some(Problem::Conflict(Conflict::HardAboveRuns))
    );
    let draft = training("30", "3", "1", "31", "");
    assert_eq!(
        problem(&draft, TextField::Long),
        Some(Problem::Conflict(Conflict::LongAboveWeek))
    );
    let draft = training("30", "3", "1", "30", "");
    assert_eq!(draft.errors(Step::Training), vec![]);
}

#[test]
fn the_four_weeks_are_all_or_nothing() {
    let mut draft = training("30", "3", "", "", "");
    draft.history = ["20".into(), "".into(), "25".into(), "".into()];
    assert_eq!(
        problem(&draft, TextField::Week(1)),
        Some(Problem::Conflict(Conflict::WeeksIncomplete))
    );
    draft.history = Default::default();
    assert_eq!(draft.errors(Step::Weeks), vec![]);
}

#[test]
fn miles_are_stored_as_km_and_capped_by_the_km_range() {
    let mut draft = training("10", "3", "", "", "");
    draft.unit = Unit::Mi;
    draft.spots = Some(BTreeMap::new());
    all_no(&mut draft);
    let answers = draft.to_answers().expect("valid");
    assert_eq!(answers.km, Distance::from_hundredths(1609));
    draft.km = "248.548".into();
    assert_eq!(
        problem(&draft, TextField::Km),
        None,
        "248.548 mi is within 400 km"
    );
    draft.km = "248.5481".into();
    assert_eq!(
        problem(&draft, TextField::Km),
        Some(Problem::OutOfRange {
            max: Decimal::new(2485, 1)
        }),
        "above 248.548 mi as typed; the message shows the maximum to 0.1"
    );
}

#[test]
fn every_spot_needs_a_feel_and_an_age() {
    let mut draft = training("30", "3", "", "", "");
    let calf = SpotDraft {
        severity: 4,
        quality: None,
        days: "ten".into(),
    };
    draft.spots = Some(BTreeMap::from([(Spot::Calf, calf)]));
    all_no(&mut draft);
    let errors = draft.errors(Step::Spot(Spot::Calf));
    let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        vec![
            Field::Quality(Spot::Calf),
            Field::Text(TextField::Days(Spot::Calf))
        ]
    );
    assert_eq!(
        draft.to_answers(),
        Err(Step::Spot(Spot::Calf)),
        "an incomplete spot blocks the result, and is the screen to go back to"
    );
}

#[test]
fn safety_questions_must_each_be_answered() {
    let draft = Draft::default();
    assert_eq!(draft.errors(Step::Safety).len(), 9);
    assert_eq!(draft.errors(Step::HealthQuestions).len(), 6);
}

#[test]
fn a_finished_form_becomes_the_same_answers_as_its_share_link() {
    let mut draft = training("40", "4", "1", "16", "24");
    draft.history = ["35".into(), "38".into(), "36".into(), "30".into()];
    let calf = SpotDraft {
        severity: 4,
        quality: Some(Quality::Tight),
        days: "10".into(),
    };
    draft.spots = Some(BTreeMap::from([(Spot::Calf, calf)]));
    all_no(&mut draft);
    let answers = draft.to_answers().expect("valid");
    assert_eq!(answers.pain[0].quality, Quality::Tight);
    assert_eq!(
        link::write(&answers),
        "#/result?v=1&km=40&hist=35,38,36,30&runs=4&hard=1&long=16&last=24&pain=calf:4:tight:10&flags=&health="
    );
    let back = Draft::from_answers(&answers, Unit::Km, false);
    assert_eq!(back.to_answers(), Ok(answers));
}

#[test]
fn digits_too_large_for_a_number_are_out_of_range_not_garbage() {
    let draft = training(&"9".repeat(400), "3", "", "", "");
    assert_eq!(
        problem(&draft, TextField::Km),
        Some(Problem::OutOfRange {
            max: Decimal::new(400, 0)
        })
    );
    let draft = training("30", &"9".repeat(400), "", "", "");
    assert_eq!(
        problem(&draft, TextField::Runs),
        Some(Problem::OutOfRange {
            max: Decimal::new(21, 0)
        })
    );
}

#[test]
fn edits_change_only_their_own_field() {
    let mut draft = Draft::default();
    draft.apply(Edit::Text(TextField::Week(2), "31".into()));
    assert_eq!(draft.history, ["", "", "31", ""].map(String::from));
    draft.apply(Edit::Text(TextField::Days(Spot::Calf), "5".into()));
    assert_eq!(draft.spots, None, "days for a spot not chosen are not kept");
    draft.apply(Edit::ToggleSpot(Spot::Calf));
    draft.apply(Edit::Severity(Spot::Calf, 200));
    draft.apply(Edit::Text(TextField::Days(Spot::Calf), "5".into()));
    let calf = draft.spot(Spot::Calf).expect("chosen");
    assert_eq!((calf.severity, calf.days.as_str()), (10, "5"));
    draft.apply(Edit::ToggleSpot(Spot::Calf));
    assert_eq!(draft.spots, Some(BTreeMap::new()), "toggled off again");
}

#[test]
fn each_chosen_spot_gets_its_own_screen_in_body_map_order() {
    let mut draft = Draft::default();
    draft.apply(Edit::ToggleSpot(Spot::LowerBack));
    draft.apply(Edit::ToggleSpot(Spot::Foot));
    assert_eq!(
        draft.steps(),
        vec![
            Step::Start,
            Step::Training,
            Step::Weeks,
            Step::PainMap,
            Step::Spot(Spot::Foot),
            Step::Spot(Spot::LowerBack),
            Step::Safety,
            Step::HealthQuestions,
        ]
    );
}

#[test]
fn the_first_screen_with_a_problem_is_where_the_answers_stop() {
    let mut draft = training("30", "3", "", "", "");
    assert_eq!(draft.to_answers(), Err(Step::PainMap));
    draft.apply(Edit::NothingHurts);
    assert_eq!(draft.to_answers(), Err(Step::Safety));
    all_no(&mut draft);
    draft.apply(Edit::Text(TextField::Runs, "many".into()));
    assert_eq!(draft.to_answers(), Err(Step::Training));
}

#[test]
fn answers_filled_back_into_the_form_read_as_the_same_answers() {
    for (km, unit) in [
        ("12.35", Unit::Km),
        ("12.35", Unit::Mi),
        ("400", Unit::Mi),
        ("0.01", Unit::Mi),
    ] {
        let link = format!(
            "#/result?v=1&km={km}&hist=1.11,2.22,3.33,4.44&runs=3&long={km}&pain=&flags=&health="
        );
        let answers = link::parse(&link).expect("a valid link");
        for decimal_comma in [false, true] {
            let draft = Draft::from_answers(&answers, unit, decimal_comma);
            assert_eq!(
                draft.to_answers(),
                Ok(answers.clone()),
                "{km} km in {unit:?}"
            );
        }
    }
}
