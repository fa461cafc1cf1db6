//! The reducer: which fragments open, keep or leave a result.

use std::rc::Rc;

use recovery_quiz::state::{QuizAction, QuizState, View};
use yew::Reducible;

const LINK: &str = "#/result?v=1&km=40&runs=4&pain=&flags=&health=";

fn reduce(state: QuizState, action: QuizAction) -> QuizState {
    (*Rc::new(state).reduce(action)).clone()
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
        assert_eq!(after.step, 0);
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
