//! Quiz state: one `QuizState`, one `QuizAction`, one reducer, owned by the app root.
//! Side effects (storage, URL, focus) live in hooks, never here.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::link::{self, LinkError};
use crate::engine::Answers;
use crate::form::{Draft, Edit, FieldError, Step, Unit};
use crate::progress::Progress;

/// What the page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum View {
    Quiz,
    Result(Rc<Answers>),
    LinkError(LinkError),
}

/// The whole state of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub draft: Draft,
    /// The screen on show; always one of `draft.steps()`.
    pub step: Step,
    pub view: View,
    /// Validation messages are shown once Next was pressed on this screen.
    pub show_errors: bool,
    /// Saved progress found at start-up, offered for resuming.
    pub saved: Option<Progress>,
    /// The visitor just asked to forget their answers.
    pub forgotten: bool,
}

impl Default for QuizState {
    /// The start screen, with nothing saved: the pre-rendered page.
    fn default() -> Self {
        QuizState {
            draft: Draft::default(),
            step: Step::Start,
            view: View::Quiz,
            show_errors: false,
            saved: None,
            forgotten: false,
        }
    }
}

/// Everything that changes the state.
#[derive(Clone, Debug, PartialEq)]
pub enum QuizAction {
    Edit(Edit),
    Next,
    Back,
    /// Continue with saved progress.
    Resume,
    /// Drop saved or current answers and begin again.
    StartOver,
    /// Start over and say that the saved answers are gone.
    Forget,
    /// The clinic's default unit; applies only while nothing has been typed.
    DefaultUnit(Unit),
    /// Open a share link (the URL fragment, as it changed).
    OpenLink(String),
    /// From a result, back to the quiz with its answers filled in, distances written with the
    /// page's decimal mark.
    ChangeAnswers {
        decimal_comma: bool,
    },
}

impl QuizState {
    /// The state a page opens in: saved progress to offer and the URL fragment to open, if any.
    pub fn new(saved: Option<Progress>, fragment: &str) -> QuizState {
        let state = QuizState {
            saved,
            ..QuizState::default()
        };
        match state.open(fragment) {
            Some(view) => QuizState { view, ..state },
            None => state,
        }
    }

    /// Where the current screen is among the quiz's screens (the start is 0), and their count.
    pub fn position(&self) -> (usize, usize) {
        let steps = self.draft.steps();
        let at = steps.iter().position(|&s| s == self.step).unwrap_or(0);
        (at, steps.len())
    }

    /// The validation messages to show on the current screen.
    pub fn errors(&self) -> Vec<FieldError> {
        if self.show_errors {
            self.draft.errors(self.step)
        } else {
            Vec::new()
        }
    }

    /// This state with `action` done, before there is an app to dispatch it to.
    pub fn reduce_now(self, action: QuizAction) -> QuizState {
        (*Rc::new(self).reduce(action)).clone()
    }

    /// The view a fragment asks for: a result, a link error, or `None` for no link at all.
    fn open(&self, fragment: &str) -> Option<View> {
        let route = fragment.trim_start_matches('#').trim_start_matches('/');
        if !route.starts_with("result") {
            return None;
        }
        Some(match link::parse(fragment) {
            Ok(answers) => View::Result(Rc::new(answers)),
            Err(error) => View::LinkError(error),
        })
    }

    /// The screen `offset` places from the current one, if there is one.
    fn step_by(&self, offset: isize) -> Option<Step> {
        let (at, _) = self.position();
        let steps = self.draft.steps();
        at.checked_add_signed(offset)
            .and_then(|i| steps.get(i))
            .copied()
    }

    fn next(mut self) -> QuizState {
        if !self.draft.errors(self.step).is_empty() {
            self.show_errors = true;
            return self;
        }
        self.show_errors = false;
        // Starting afresh turns down the saved progress on offer; this run is saved instead.
        self.saved = None;
        match self.step_by(1) {
            Some(step) => self.step = step,
            None => match self.draft.to_answers() {
                Ok(answers) => self.view = View::Result(Rc::new(answers)),
                Err(step) => {
                    self.step = step;
                    self.show_errors = true;
                }
            },
        }
        self
    }
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let mut state = (*self).clone();
        let next = match action {
            QuizAction::Edit(edit) => {
                state.draft.apply(edit);
                if !state.draft.steps().contains(&state.step) {
                    state.step = Step::PainMap;
                }
                state
            }
            QuizAction::Next => state.next(),
            QuizAction::Back => QuizState {
                step: state.step_by(-1).unwrap_or(Step::Start),
                show_errors: false,
                ..state
            },
            QuizAction::Resume => match state.saved.clone() {
                Some(Progress { draft, step }) => QuizState {
                    step: if draft.steps().contains(&step) {
                        step
                    } else {
                        Step::PainMap
                    },
                    draft,
                    saved: None,
                    view: View::Quiz,
                    ..state
                },
                None => state,
            },
            QuizAction::StartOver => QuizState::new(None, ""),
            QuizAction::DefaultUnit(unit) if state.draft.is_blank() => QuizState {
                draft: Draft {
                    unit,
                    ..state.draft
                },
                ..state
            },
            QuizAction::DefaultUnit(_) => state,
            QuizAction::Forget => QuizState {
                forgotten: true,
                ..QuizState::new(None, "")
            },
            QuizAction::OpenLink(fragment) => match state.open(&fragment) {
                Some(view) => QuizState { view, ..state },
                // Only an empty fragment (Back from a result) leaves a result; any other
                // fragment is not the quiz's and changes nothing.
                None if state.view == View::Quiz
                    || !fragment.trim_start_matches('#').is_empty() =>
                {
                    state
                }
                None => QuizState {
                    view: View::Quiz,
                    step: Step::Start,
                    ..state
                },
            },
            QuizAction::ChangeAnswers { decimal_comma } => match &state.view {
                View::Result(answers) => QuizState {
                    draft: Draft::from_answers(answers, state.draft.unit, decimal_comma),
                    step: Step::Training,
                    view: View::Quiz,
                    show_errors: false,
                    saved: None,
                    forgotten: false,
                },
                _ => state,
            },
        };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
