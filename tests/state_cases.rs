//! The reducer: moving through the screens, resuming, changing answers, and which fragments
//! open, keep or leave a result.

use std::rc::Rc;

use recovery_quiz::engine::{Health, RedFlag, Spot};
use recovery_quiz::form::{Draft, Edit, Field, Problem, Question, Step, TextField, Unit};
use recovery_quiz::progress::Progress;
use recovery_quiz::state::{QuizAction, QuizState, View};
use yew::Reducible;

const LINK: &str = "#/result?v=1&km=40&runs=4&pain=calf:4:tight:10&flags=&health=";

fn reduce(state: QuizState, action: QuizAction) -> QuizState {
    (*Rc::new(state).reduce(action)).clone()
}

fn run(actions: impl IntoIterator<Item = QuizAction>) -> QuizState {
    actions.into_iter().fold(QuizState::default(), reduce)
}

fn text(field: TextField, value: &str) -> QuizAction {
    QuizAction::Edit(Edit::Text(field, value.into()))
}

fn answer_all(yes: bool) -> Vec<QuizAction> {
    let flags = RedFlag::ALL.map(Question::Flag);
    let conditions = Health::ALL.map(Question::Condition);
    flags
        .into_iter()
        .chain(conditions)
        .map(|q| QuizAction::Edit(Edit::Answer(q, yes)))
        .collect()
}

#[test]
fn next_moves_on_only_when_the_screen_reads() {
    let on_training = run([QuizAction::Next]);
    assert_eq!(on_training.step, Step::Training);
    let refused = reduce(on_training.clone(), QuizAction::Next);
    assert_eq!(refused.step, Step::Training);
    assert!(refused.show_errors);
    assert!(refused.errors().contains(&recovery_quiz::form::FieldError {
        field: Field::Text(TextField::Km),
        problem: Problem::Required,
    }));
    let filled = [text(TextField::Km, "30"), text(TextField::Runs, "3")]
        .into_iter()
        .fold(refused, reduce);
    let moved = reduce(filled, QuizAction::Next);
    assert_eq!(moved.step, Step::Weeks);
    assert!(!moved.show_errors, "a new screen starts without messages");
}

#[test]
fn a_whole_quiz_ends_in_its_result_with_a_screen_per_spot() {
    let mut actions = vec![
        QuizAction::Next,
        text(TextField::Km, "40"),
        text(TextField::Runs, "4"),
        QuizAction::Next,
        QuizAction::Next,
        QuizAction::Edit(Edit::ToggleSpot(Spot::Calf)),
        QuizAction::Next,
    ];
    let on_calf = run(actions.clone());
    assert_eq!(on_calf.step, Step::Spot(Spot::Calf));
    assert_eq!(on_calf.position(), (4, 7));
    actions.extend([
        QuizAction::Edit(Edit::Quality(
            Spot::Calf,
            recovery_quiz::engine::Quality::Tight,
        )),
        text(TextField::Days(Spot::Calf), "10"),
        QuizAction::Next,
    ]);
    actions.extend(answer_all(false));
    actions.extend([QuizAction::Next, QuizAction::Next]);
    let done = run(actions);
    let View::Result(answers) = &done.view else {
        panic!("a result: {done:?}")
    };
    assert_eq!(recovery_quiz::engine::link::write(answers), {
        "#/result?v=1&km=40&runs=4&hard=0&pain=calf:3:tight:10&flags=&health="
    });
}

#[test]
fn unticking_a_spot_drops_its_screen() {
    let on_calf = run([
        QuizAction::Next,
        text(TextField::Km, "40"),
        text(TextField::Runs, "4"),
        QuizAction::Next,
        QuizAction::Next,
        QuizAction::Edit(Edit::ToggleSpot(Spot::Calf)),
        QuizAction::Next,
    ]);
    assert_eq!(on_calf.step, Step::Spot(Spot::Calf));
    let back = reduce(on_calf, QuizAction::Back);
    assert_eq!(back.step, Step::PainMap);
    let unticked = reduce(back, QuizAction::Edit(Edit::ToggleSpot(Spot::Calf)));
    assert_eq!(unticked.step, Step::PainMap);
    let next = reduce(unticked, QuizAction::Next);
    assert_eq!(
        next.step,
        Step::Safety,
        "no screen for a spot no longer chosen"
    );
}

#[test]
fn a_screen_can_never_be_one_the_answers_do_not_have() {
    let mut state = QuizState::new(None, "");
    state.draft.apply(Edit::ToggleSpot(Spot::Knee));
    state.step = Step::Spot(Spot::Knee);
    let after = reduce(state, QuizAction::Edit(Edit::NothingHurts));
    assert_eq!(after.step, Step::PainMap);
}

#[test]
fn the_last_next_goes_back_to_a_screen_that_no_longer_reads() {
    let mut state = run([QuizAction::Next]);
    state.draft.km = "40".into();
    state.draft.runs = "lots".into();
    state.draft.apply(Edit::NothingHurts);
    for action in answer_all(false) {
        state = reduce(state, action);
    }
    state.step = Step::HealthQuestions;
    let after = reduce(state, QuizAction::Next);
    assert_eq!(after.view, View::Quiz);
    assert_eq!(after.step, Step::Training);
    assert!(after.show_errors, "with its messages shown");
}

#[test]
fn starting_afresh_turns_down_the_saved_progress() {
    let saved = Progress {
        draft: Draft {
            km: "21".into(),
            ..Draft::default()
        },
        step: Step::Weeks,
    };
    let fresh = reduce(QuizState::new(Some(saved), ""), QuizAction::Next);
    assert_eq!(fresh.step, Step::Training);
    assert_eq!(
        fresh.saved, None,
        "what is typed now is saved, not the old answers"
    );
    assert_eq!(fresh.draft, Draft::default());
}

#[test]
fn start_over_and_forget_begin_again() {
    let typed = run([QuizAction::Next, text(TextField::Km, "40")]);
    let over = reduce(typed.clone(), QuizAction::StartOver);
    assert_eq!(over, QuizState::new(None, ""));
    let forgotten = reduce(typed, QuizAction::Forget);
    assert!(forgotten.forgotten);
    assert_eq!(forgotten.draft, Draft::default());
    assert_eq!(forgotten.step, Step::Start);
}

#[test]
fn back_keeps_the_answers_and_stops_at_the_start() {
    let state = run([
        QuizAction::Next,
        text(TextField::Km, "40"),
        text(TextField::Runs, "4"),
        QuizAction::Next,
        QuizAction::Back,
    ]);
    assert_eq!(state.step, Step::Training);
    assert_eq!(state.draft.km, "40");
    let start = reduce(reduce(state, QuizAction::Back), QuizAction::Back);
    assert_eq!(start.step, Step::Start);
}

#[test]
fn resume_takes_the_saved_draft_and_screen() {
    let draft = Draft {
        km: "21".into(),
        ..Draft::default()
    };
    let saved = Progress {
        draft: draft.clone(),
        step: Step::Weeks,
    };
    let offered = QuizState::new(Some(saved), "");
    assert_eq!(offered.step, Step::Start, "offered, not yet taken");
    let resumed = reduce(offered, QuizAction::Resume);
    assert_eq!((resumed.step, resumed.draft, resumed.saved), {
        (Step::Weeks, draft, None)
    });
}

#[test]
fn resuming_on_a_spot_that_is_not_chosen_opens_the_pain_map() {
    let saved = Progress {
        draft: Draft {
            km: "21".into(),
            ..Draft::default()
        },
        step: Step::Spot(Spot::Knee),
    };
    let resumed = reduce(QuizState::new(Some(saved), ""), QuizAction::Resume);
    assert_eq!(resumed.step, Step::PainMap);
}

#[test]
fn change_answers_fills_the_form_from_the_result() {
    let result = QuizState::new(None, LINK);
    let changing = reduce(
        result.clone(),
        QuizAction::ChangeAnswers {
            decimal_comma: false,
        },
    );
    assert_eq!(changing.view, View::Quiz);
    assert_eq!(changing.step, Step::Training);
    assert_eq!(
        (changing.draft.km.as_str(), changing.draft.runs.as_str()),
        ("40", "4")
    );
    assert_eq!(
        changing.draft.chosen_spots().collect::<Vec<_>>(),
        vec![Spot::Calf]
    );
    let again = run([QuizAction::ChangeAnswers {
        decimal_comma: false,
    }]);
    assert_eq!(again, QuizState::default(), "no result, nothing to change");
    let link = "#/result?v=1&km=12.5&runs=4&pain=&flags=&health=";
    let german = reduce(
        QuizState::new(None, link),
        QuizAction::ChangeAnswers {
            decimal_comma: true,
        },
    );
    assert_eq!(
        german.draft.km, "12,5",
        "written with the page's decimal mark"
    );
}

#[test]
fn the_clinic_s_unit_applies_only_before_anything_is_typed() {
    let blank = run([QuizAction::DefaultUnit(Unit::Mi)]);
    assert_eq!(blank.draft.unit, Unit::Mi);
    let typed = run([text(TextField::Km, "5"), QuizAction::DefaultUnit(Unit::Mi)]);
    assert_eq!(typed.draft.unit, Unit::Km);
}

#[test]
fn an_action_that_changes_nothing_returns_the_same_state() {
    for action in [
        QuizAction::Back,
        QuizAction::Resume,
        QuizAction::ChangeAnswers {
            decimal_comma: false,
        },
        QuizAction::DefaultUnit(Unit::Km),
        QuizAction::OpenLink("#main".into()),
    ] {
        let state = Rc::new(QuizState::default());
        let after = state.clone().reduce(action.clone());
        assert!(Rc::ptr_eq(&state, &after), "{action:?}");
    }
}

#[test]
fn a_fragment_that_is_not_the_quiz_s_leaves_a_result_alone() {
    let result = QuizState::new(None, LINK);
    assert!(matches!(result.view, View::Result(_)));
    let after = reduce(result.clone(), QuizAction::OpenLink("#main".into()));
    assert_eq!(
        after, result,
        "a skip-link target is not a way out of a result"
    );
}

#[test]
fn an_empty_fragment_goes_back_from_a_result_to_the_quiz() {
    let result = QuizState::new(None, LINK);
    for empty in ["", "#"] {
        let after = reduce(result.clone(), QuizAction::OpenLink(empty.into()));
        assert_eq!(after.view, View::Quiz, "{empty:?}");
        assert_eq!(after.step, Step::Start);
    }
}

#[test]
fn a_broken_result_link_shows_the_link_error() {
    let after = reduce(
        QuizState::default(),
        QuizAction::OpenLink("#/result?v=9".into()),
    );
    assert!(matches!(after.view, View::LinkError(_)));
}
