//! Quiz state: one `QuizState`, one `QuizAction`, one reducer, owned by the app root.
//! Side effects (storage, URL, focus) live in hooks, never here.

use std::rc::Rc;

use yew::Reducible;

use crate::engine::link::{self, LinkError};
use crate::engine::{Answers, Health, Quality, RedFlag, Spot};
use crate::form::{Draft, Section, SpotDraft, Unit, DEFAULT_SEVERITY};

/// One screen of the quiz: the start, or one section of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Ask(Section),
}

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
    /// Index into `steps()`.
    pub step: usize,
    pub view: View,
    /// Validation messages are shown once Next was pressed on this screen.
    pub show_errors: bool,
    /// Saved progress found at start-up, offered for resuming.
    pub saved: Option<(Draft, usize)>,
    /// The visitor just asked to forget their answers.
    pub forgotten: bool,
}

impl Default for QuizState {
    fn default() -> Self {
        QuizState {
            draft: Draft::default(),
            step: 0,
            view: View::Quiz,
            show_errors: false,
            saved: None,
            forgotten: false,
        }
    }
}

/// A change typed or clicked in the form.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Unit(Unit),
    Km(String),
    Runs(String),
    Hard(String),
    Long(String),
    Last(String),
    History(usize, String),
    RacePlanned(bool),
    RaceIn(String),
    RacedRecently(bool),
    RacedAgo(String),
    ToggleSpot(Spot),
    NothingHurts,
    Severity(Spot, u8),
    Quality(Spot, Quality),
    Days(Spot, String),
    Flag(RedFlag, bool),
    Condition(Health, bool),
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
    /// From a result, back to the quiz with its answers filled in.
    ChangeAnswers,
}

impl QuizState {
    /// A fresh state, with saved progress to offer and the URL fragment to open, if any.
    pub fn new(saved: Option<(Draft, usize)>, fragment: &str) -> QuizState {
        let state = QuizState {
            saved,
            ..QuizState::default()
        };
        match state.open(fragment) {
            Some(view) => QuizState { view, ..state },
            None => state,
        }
    }

    /// The screens of the quiz for the answers so far: one per painful spot.
    pub fn steps(&self) -> Vec<Step> {
        let spots = self.draft.chosen_spots().into_iter().map(Section::Spot);
        let sections = [Section::Training, Section::Weeks, Section::PainMap]
            .into_iter()
            .chain(spots)
            .chain([Section::Safety, Section::HealthQuestions]);
        [Step::Start]
            .into_iter()
            .chain(sections.map(Step::Ask))
            .collect()
    }

    /// The current screen.
    pub fn current(&self) -> Step {
        let steps = self.steps();
        steps[self.step.min(steps.len() - 1)]
    }

    /// The validation messages of the current screen.
    pub fn errors(&self) -> Vec<crate::form::FieldError> {
        match self.current() {
            Step::Start => Vec::new(),
            Step::Ask(section) => self.draft.errors(section),
        }
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

    fn edit(mut self, edit: Edit) -> QuizState {
        let draft = &mut self.draft;
        match edit {
            Edit::Unit(unit) => draft.unit = unit,
            Edit::Km(v) => draft.km = v,
            Edit::Runs(v) => draft.runs = v,
            Edit::Hard(v) => draft.hard = v,
            Edit::Long(v) => draft.long = v,
            Edit::Last(v) => draft.last = v,
            Edit::History(i, v) => {
                if let Some(week) = draft.history.get_mut(i) {
                    *week = v;
                }
            }
            Edit::RacePlanned(on) => draft.race_planned = on,
            Edit::RaceIn(v) => draft.race_in = v,
            Edit::RacedRecently(on) => draft.raced_recently = on,
            Edit::RacedAgo(v) => draft.raced_ago = v,
            Edit::ToggleSpot(spot) => {
                let spots = draft.spots.get_or_insert_with(Vec::new);
                if let Some(at) = spots.iter().position(|s| s.spot == spot.slug()) {
                    spots.remove(at);
                } else {
                    spots.push(SpotDraft {
                        spot: spot.slug().to_owned(),
                        severity: DEFAULT_SEVERITY,
                        quality: None,
                        days: String::new(),
                    });
                }
            }
            Edit::NothingHurts => draft.spots = Some(Vec::new()),
            Edit::Severity(spot, v) => {
                if let Some(s) = spot_mut(draft, spot) {
                    s.severity = v.min(10);
                }
            }
            Edit::Quality(spot, q) => {
                if let Some(s) = spot_mut(draft, spot) {
                    s.quality = Some(q.slug().to_owned());
                }
            }
            Edit::Days(spot, v) => {
                if let Some(s) = spot_mut(draft, spot) {
                    s.days = v;
                }
            }
            Edit::Flag(flag, yes) => {
                draft.safety.insert(flag.slug().to_owned(), yes);
            }
            Edit::Condition(condition, yes) => {
                draft.conditions.insert(condition.slug().to_owned(), yes);
            }
        }
        self
    }

    fn next(mut self) -> QuizState {
        if !self.errors().is_empty() {
            self.show_errors = true;
            return self;
        }
        self.show_errors = false;
        if self.step + 1 < self.steps().len() {
            self.step += 1;
        } else if let Some(answers) = self.draft.to_answers() {
            self.view = View::Result(Rc::new(answers));
        }
        self
    }
}

fn spot_mut(draft: &mut Draft, spot: Spot) -> Option<&mut SpotDraft> {
    draft
        .spots
        .iter_mut()
        .flatten()
        .find(|s| s.spot == spot.slug())
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let state = (*self).clone();
        let next = match action {
            QuizAction::Edit(edit) => state.edit(edit),
            QuizAction::Next => state.next(),
            QuizAction::Back => QuizState {
                step: state.step.saturating_sub(1),
                show_errors: false,
                ..state
            },
            QuizAction::Resume => match state.saved.clone() {
                Some((draft, step)) => QuizState {
                    draft,
                    step,
                    saved: None,
                    view: View::Quiz,
                    ..state
                },
                None => state,
            },
            QuizAction::StartOver => QuizState::default(),
            QuizAction::DefaultUnit(unit) if state.draft.is_blank() => state.edit(Edit::Unit(unit)),
            QuizAction::DefaultUnit(_) => state,
            QuizAction::Forget => QuizState {
                forgotten: true,
                ..QuizState::default()
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
                    step: 0,
                    ..state
                },
            },
            QuizAction::ChangeAnswers => match &state.view {
                View::Result(answers) => QuizState {
                    draft: Draft::from_answers(answers, state.draft.unit),
                    step: 1,
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
