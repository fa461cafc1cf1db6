//! The runner's recovery quiz: a Yew app over a pure recommendation engine.

pub mod clinic;
pub mod components;
pub mod engine;
pub mod form;
pub mod hooks;
pub mod i18n;
pub mod progress;
pub mod shell;
pub mod state;
pub mod theme;

use std::mem::discriminant;

use yew::prelude::*;

use clinic::Clinic;
use components::link_error_view::LinkErrorView;
use components::pain_map::PainMap;
use components::progress_bar::ProgressBar;
use components::questions_step::QuestionsStep;
use components::result_view::ResultView;
use components::site_header::SiteHeader;
use components::spot_step::SpotStep;
use components::start_screen::StartScreen;
use components::step_nav::StepNav;
use components::training_step::TrainingStep;
use components::weeks_step::WeeksStep;
use engine::{link, Health, RedFlag};
use form::{Question, Step};
use hooks::{embed, focus, location, saved};
use i18n::{Lang, Texts};
use progress::Progress;
use state::{QuizAction, QuizState, View};

/// What the page gives the app: its language and the clinic, as the build saw them.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
    pub clinic: Clinic,
}

/// The whole app. Only this component holds state; screens get values and callbacks. Its first
/// render depends on the props alone, so that it hydrates the pre-rendered page (`shell`).
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(QuizState::default);
    let (clinic, problems) = hooks::clinic::use_clinic(props.clinic.clone(), props.lang);
    let (lang, onlanguage) = hooks::language::use_language(props.lang, clinic.languages.clone());
    let t = lang.texts();
    let flags = use_state_eq(|| (false, false));
    let (embedded, debug) = *flags;
    {
        let dispatcher = state.dispatcher();
        let flags = flags.clone();
        let onlanguage = onlanguage.clone();
        let shown = props.lang;
        use_effect_with((), move |_| {
            let opened = QuizState::new(saved::load(), &location::fragment());
            let same_screen = opened == QuizState::new(None, "");
            dispatcher.dispatch(QuizAction::Restore(Box::new(opened)));
            flags.set((embed::query_flag("embed"), embed::query_flag("debug")));
            if let Some(root) = shell::root() {
                if let Some(picked) = shell::take_over(&root, shown, same_screen) {
                    onlanguage.emit(picked);
                }
            }
        });
    }
    embed::use_embed_height(embedded);
    hooks::offline::use_offline(lang);
    use_effect_with((clinic.units, state.draft.is_blank()), {
        let dispatcher = state.dispatcher();
        move |&(unit, _)| dispatcher.dispatch(QuizAction::DefaultUnit(unit))
    });
    use_effect_with(
        (
            state.draft.clone(),
            state.step,
            state.saved.is_some(),
            state.restored,
        ),
        |(draft, step, offering, restored)| {
            if *restored && !offering {
                saved::save(&Progress {
                    draft: draft.clone(),
                    step: *step,
                });
            }
        },
    );
    use_effect_with(state.forgotten, |&forgotten| {
        if forgotten {
            shell::forget_language();
        }
    });
    use_effect_with(
        (state.view.clone(), state.restored),
        |(view, restored)| match view {
            _ if !restored => {}
            View::Result(answers) => location::show(&link::write(answers)),
            View::Quiz => location::clear(),
            View::LinkError(_) => {}
        },
    );
    let dispatch = |f: fn(()) -> QuizAction| send(&state, f);
    location::use_fragment_change(send(&state, QuizAction::OpenLink));
    focus::use_focus_heading(
        state
            .restored
            .then(|| (state.step, discriminant(&state.view))),
    );

    let main = match &state.view {
        View::Result(answers) => html! {
            <ResultView answers={answers.clone()} clinic={clinic.clone()} unit={state.draft.unit}
                onchange={send(&state, move |_| QuizAction::ChangeAnswers {
                    decimal_comma: t.decimal_comma(),
                })}
                onstartover={dispatch(|_| QuizAction::StartOver)} />
        },
        View::LinkError(error) => html! {
            <LinkErrorView error={error.clone()} onstart={dispatch(|_| QuizAction::StartOver)} />
        },
        View::Quiz => quiz(&state, &clinic, lang, t),
    };
    let onforget = dispatch(|_| QuizAction::Forget).reform(|_: MouseEvent| ());
    // Moves focus without touching the URL, whose fragment holds the share link.
    let skip_to_main = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus::focus_main();
    });
    let name = clinic.name(lang).unwrap_or(t.default_clinic()).to_owned();
    html! {
        <ContextProvider<Lang> context={lang}>
            <a class="skip" href="#main" onclick={skip_to_main}>{ t.skip_to_content() }</a>
            if !embedded {
                <SiteHeader {name} logo={clinic.logo.clone()} {lang}
                    languages={clinic.languages.clone()} {onlanguage} />
            }
            if debug && !problems.is_empty() {
                <section class="config-problems" aria-labelledby="config-problems-heading">
                    <h2 id="config-problems-heading">{ t.config_problems_heading() }</h2>
                    <ul>
                        { for problems.iter().map(|p| html! { <li>{ t.config_problem(p) }</li> }) }
                    </ul>
                </section>
            }
            <main id="main" tabindex="-1" class={embedded.then_some("embedded")}>{ main }</main>
            <div id="crash" class="crash" role="alert" aria-labelledby="crash-heading" hidden=true>
                <h2 id="crash-heading">{ t.crash_heading() }</h2>
                <p>{ t.crash_text() }</p>
                <button type="button" class="primary">{ t.reload() }</button>
            </div>
            <footer class="site no-print">
                if state.forgotten {
                    <p role="status" data-testid="forgotten">{ t.forgotten() }</p>
                }
                <button type="button" class="link" data-testid="forget" onclick={onforget}>{ t.forget() }</button>
            </footer>
        </ContextProvider<Lang>>
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
fn quiz(state: &UseReducerHandle<QuizState>, clinic: &Clinic, lang: Lang, t: &dyn Texts) -> Html {
    let onedit = send(state, QuizAction::Edit);
    let errors = state.errors();
    let draft = state.draft.clone();
    let screen = match state.step {
        Step::Start => {
            return html! {
                <StartScreen intro={clinic.intro(lang).map(|i| AttrValue::from(i.to_owned()))}
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
                if !errors.is_empty() { { t.error_summary(errors.len()) } }
            </p>
            <StepNav last={at + 1 == steps} onback={send(state, |_| QuizAction::Back)} />
        </form>
    }
}
