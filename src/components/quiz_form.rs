//! A screen of the quiz after the start: its questions in a form, with progress and navigation.

use yew::prelude::*;

use super::pain_map::PainMap;
use super::progress_bar::ProgressBar;
use super::questions_step::QuestionsStep;
use super::spot_step::SpotStep;
use super::step_nav::StepNav;
use super::training_step::TrainingStep;
use super::weeks_step::WeeksStep;
use crate::engine::{Health, RedFlag};
use crate::form::{Draft, Edit, FieldError, Question, Step};
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct QuizFormProps {
    pub draft: Draft,
    /// The screen: any but the start.
    pub step: Step,
    /// The validation messages to show.
    pub errors: Vec<FieldError>,
    /// Where the screen is among the quiz's screens (the start is 0), and their count.
    pub position: (usize, usize),
    pub onedit: Callback<Edit>,
    pub onnext: Callback<()>,
    pub onback: Callback<()>,
}

#[function_component(QuizForm)]
pub fn quiz_form(props: &QuizFormProps) -> Html {
    let t = use_texts();
    let draft = props.draft.clone();
    let errors = props.errors.clone();
    let onedit = props.onedit.clone();
    let screen = match props.step {
        // The start screen is the app's own (`StartScreen`).
        Step::Start => Html::default(),
        Step::Training => html! { <TrainingStep {draft} errors={errors.clone()} {onedit} /> },
        Step::Weeks => html! { <WeeksStep {draft} errors={errors.clone()} {onedit} /> },
        Step::PainMap => html! { <PainMap {draft} errors={errors.clone()} {onedit} /> },
        Step::Spot(spot) => {
            html! { <SpotStep {spot} {draft} errors={errors.clone()} {onedit} /> }
        }
        Step::Safety => html! {
            <QuestionsStep heading={t.safety_heading()} intro={t.safety_intro()}
                questions={RedFlag::ALL.map(Question::Flag).to_vec()} {draft}
                errors={errors.clone()} {onedit} />
        },
        Step::HealthQuestions => html! {
            <QuestionsStep heading={t.health_heading()} intro={t.health_intro()}
                questions={Health::ALL.map(Question::Condition).to_vec()} {draft}
                errors={errors.clone()} {onedit} />
        },
    };
    let (at, steps) = props.position;
    let onsubmit = props.onnext.reform(|e: SubmitEvent| e.prevent_default());
    html! {
        <form class="quiz" novalidate=true {onsubmit}>
            <ProgressBar step={at} of={steps - 1} />
            { screen }
            <p class="error-summary" role="alert">
                if !errors.is_empty() { { t.error_summary(errors.len() as u32) } }
            </p>
            <StepNav last={at + 1 == steps} onback={props.onback.clone()} />
        </form>
    }
}
