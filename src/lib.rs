//! The runner's recovery quiz: a Yew app over a pure recommendation engine.

pub mod clinic;
pub mod components;
pub mod engine;
pub mod form;
pub mod hooks;
pub mod progress;
pub mod state;
pub mod text;
pub mod theme;

use std::mem::discriminant;

use yew::prelude::*;

use clinic::Clinic;
use components::link_error_view::LinkErrorView;
use components::pain_map::PainMap;
use components::progress_bar::ProgressBar;
use components::questions_step::QuestionsStep;
use components::result_view::ResultView;
use components::spot_step::SpotStep;
use components::start_screen::StartScreen;
use components::step_nav::StepNav;
use components::training_step::TrainingStep;
use components::weeks_step::WeeksStep;
use engine::{link, Health, RedFlag};
use form::{Question, Step};
use hooks::{embed, focus, location, saved};
use progress::Progress;
use state::{QuizAction, QuizState, View};

/// The whole app. Only this component holds state; screens get values and callbacks.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| QuizState::new(saved::load(), &location::fragment()));
    hooks::prerender::use_take_over();
    let (clinic, problems) = hooks::clinic::use_clinic();
    let (embedded, debug) = *use_memo((), |_| {
        (embed::query_flag("embed"), embed::query_flag("debug"))
    });
    embed::use_embed_height(embedded);
    use_effect_with((clinic.units, state.draft.is_blank()), {
        let dispatcher = state.dispatcher();
        move |&(unit, _)| dispatcher.dispatch(QuizAction::DefaultUnit(unit))
    });

    use_effect_with(
        (state.draft.clone(), state.step, state.saved.is_some()),
        |(draft, step, offering)| {
            if !offering {
                saved::save(&Progress {
                    draft: draft.clone(),
                    step: *step,
                });
            }
        },
    );
    use_effect_with(state.view.clone(), |view| match view {
        View::Result(answers) => location::show(&link::write(answers)),
        View::Quiz => location::clear(),
        View::LinkError(_) => {}
    });
    let dispatch = |f: fn(()) -> QuizAction| send(&state, f);
    location::use_fragment_change(send(&state, QuizAction::OpenLink));
    focus::use_focus_heading((state.step, discriminant(&state.view)));

    let main = match &state.view {
        View::Result(answers) => html! {
            <ResultView answers={answers.clone()} clinic={clinic.clone()} unit={state.draft.unit}
                onchange={dispatch(|_| QuizAction::ChangeAnswers)}
                onstartover={dispatch(|_| QuizAction::StartOver)} />
        },
        View::LinkError(error) => html! {
            <LinkErrorView error={error.clone()} onstart={dispatch(|_| QuizAction::StartOver)} />
        },
        View::Quiz => quiz(&state, &clinic),
    };
    let onforget = dispatch(|_| QuizAction::Forget).reform(|_: MouseEvent| ());
    // Moves focus without touching the URL, whose fragment holds the share link.
    let skip_to_main = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus::focus_main();
    });
    html! {
        <>
            <a class="skip" href="#main" onclick={skip_to_main}>{ text::SKIP_TO_CONTENT }</a>
            if !embedded {
                <header class="site">
                    if let Some(logo) = &clinic.logo {
                        <img class="logo" src={logo.clone()} alt="" height="40" />
                    }
                    <p class="clinic-name">{ clinic.name.as_deref().unwrap_or(text::DEFAULT_CLINIC) }</p>
                </header>
            }
            if debug && !problems.is_empty() {
                <section class="config-problems" aria-labelledby="config-problems-heading">
                    <h2 id="config-problems-heading">{ text::CONFIG_PROBLEMS_HEADING }</h2>
                    <ul>
                        { for problems.iter().map(|p| html! { <li>{ text::config_problem(p) }</li> }) }
                    </ul>
                </section>
            }
            <main id="main" tabindex="-1">{ main }</main>
            <div id="crash" class="crash" role="alert" aria-labelledby="crash-heading" hidden=true>
                <h2 id="crash-heading">{ text::CRASH_HEADING }</h2>
                <p>{ text::CRASH_TEXT }</p>
                <button type="button" class="primary">{ text::RELOAD }</button>
            </div>
            <footer class="site no-print">
                if state.forgotten {
                    <p role="status">{ text::FORGOTTEN }</p>
                }
                <button type="button" class="link" onclick={onforget}>{ text::FORGET }</button>
            </footer>
        </>
    }
}

/// A callback that turns its event into an action and dispatches it.
fn send<E: 'static>(
    state: &UseReducerHandle<QuizState>,
    action: impl Fn(E) -> QuizAction + 'static,
) -> Callback<E> {
    let dispatcher = state.dispatcher();
    Callback::from(move |e: E| dispatcher.dispatch(action(e)))
}

/// The current quiz screen, wrapped in its form with progress and navigation.
fn quiz(state: &UseReducerHandle<QuizState>, clinic: &Clinic) -> Html {
    let onedit = send(state, QuizAction::Edit);
    let errors = state.errors();
    let draft = state.draft.clone();
    let screen = match state.step {
        Step::Start => {
            return html! {
                <StartScreen intro={clinic.intro.clone().map(AttrValue::from)}
                    can_resume={state.saved.is_some()}
                    onstart={send(state, |_| QuizAction::Next)}
                    onresume={send(state, |_| QuizAction::Resume)} />
            }
        }
        Step::Training => html! { <TrainingStep {draft} errors={errors.clone()} {onedit} /> },
        Step::Weeks => html! { <WeeksStep {draft} errors={errors.clone()} {onedit} /> },
        Step::PainMap => html! { <PainMap {draft} errors={errors.clone()} {onedit} /> },
        Step::Spot(spot) => {
            html! { <SpotStep {spot} {draft} errors={errors.clone()} {onedit} /> }
        }
        Step::Safety => html! {
            <QuestionsStep heading={text::SAFETY_HEADING} intro={text::SAFETY_INTRO}
                questions={RedFlag::ALL.map(Question::Flag).to_vec()} {draft}
                errors={errors.clone()} {onedit} />
        },
        Step::HealthQuestions => html! {
            <QuestionsStep heading={text::HEALTH_HEADING} intro={text::HEALTH_INTRO}
                questions={Health::ALL.map(Question::Condition).to_vec()} {draft}
                errors={errors.clone()} {onedit} />
        },
    };
    let (at, steps) = state.position();
    let onsubmit = send(state, |e: SubmitEvent| {
        e.prevent_default();
        QuizAction::Next
    });
    html! {
        <form class="quiz" novalidate=true {onsubmit}>
            <ProgressBar step={at} of={steps - 1} />
            { screen }
            <p class="error-summary" role="alert">
                if !errors.is_empty() { { text::error_summary(errors.len()) } }
            </p>
            <StepNav last={at + 1 == steps} onback={send(state, |_| QuizAction::Back)} />
        </form>
    }
}
