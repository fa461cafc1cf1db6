//! The set-up page's reducer: opening files, notes on what the form cannot hold, and the same
//! state back when nothing changes.

use std::rc::Rc;

use recovery_quiz::clinic::{ConfigProblem, Expected, Key};
use recovery_quiz::lang::Lang;
use recovery_quiz::setup::draft::{Draft, Edit, TextField};
use recovery_quiz::setup::state::{Download, SetupAction, SetupState, Source};
use yew::Reducible;

fn opened() -> Rc<SetupState> {
    Rc::new(SetupState::new(
        Lang::En,
        "https://clinic.example/quiz/".into(),
    ))
}

#[test]
fn a_folder_without_a_file_leaves_the_example_and_says_so() {
    let state = opened().reduce(SetupAction::Opened {
        source: Source::Folder,
        text: Err(404),
    });
    assert_eq!(state.source, Some(Source::Example));
    assert_eq!(state.draft, Draft::example());
    let notes = state.notes.as_ref().expect("notes");
    assert_eq!(notes.problems, vec![ConfigProblem::NotLoaded(404)]);
    assert_eq!(notes.file, "clinic.json");
}

#[test]
fn a_file_picked_is_opened_with_notes_on_what_the_form_cannot_hold() {
    let state = opened().reduce(SetupAction::Opened {
        source: Source::File("mine.json".into()),
        text: Ok(r#"{"name":"Mine","accent_color":"teal","units":3,"colour":"red"}"#.into()),
    });
    assert_eq!(state.source, Some(Source::File("mine.json".into())));
    assert_eq!(state.draft.text(TextField::Name(Lang::De)), "Mine");
    let notes = state.notes.as_ref().expect("notes");
    assert_eq!(
        notes.problems,
        vec![
            ConfigProblem::UnknownKey("colour".into()),
            ConfigProblem::WrongType {
                key: Key::Units,
                expected: Expected::Units
            },
        ],
        "the colour by name is shown beside its field, not here"
    );
    let broken = state.reduce(SetupAction::Opened {
        source: Source::File("broken.json".into()),
        text: Ok("{".into()),
    });
    assert_eq!(broken.draft.text(TextField::Name(Lang::De)), "Mine", "kept");
    assert_eq!(broken.source, Some(Source::File("mine.json".into())));
    assert!(matches!(
        broken
            .notes
            .as_ref()
            .map(|n| (n.file.as_str(), &n.problems[..])),
        Some(("broken.json", [ConfigProblem::NotJson { .. }]))
    ));
}

#[test]
fn nothing_changed_gives_the_same_state_and_an_edit_clears_a_done_download() {
    let state = opened();
    let same = state.clone().reduce(SetupAction::Edit(Edit::Text(
        TextField::Phone,
        Draft::example().phone,
    )));
    assert!(Rc::ptr_eq(&state, &same));
    let done = state.reduce(SetupAction::Download(Download::Done));
    let edited = done.reduce(SetupAction::Edit(Edit::Text(TextField::Phone, "+1".into())));
    assert_eq!(edited.download, None);
    let blocked = edited.reduce(SetupAction::Download(Download::Blocked));
    let still = blocked.reduce(SetupAction::Edit(Edit::Text(
        TextField::Phone,
        "+12".into(),
    )));
    assert_eq!(
        still.download,
        Some(Download::Blocked),
        "the list stays until fixed"
    );
}
