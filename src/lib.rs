//! The runner's recovery quiz: a Yew app over a pure recommendation engine.

pub mod booking;
pub mod clinic;
pub mod components;
pub mod engine;
pub mod events;
pub mod form;
pub mod hooks;
pub mod i18n;
pub mod lang;
pub mod progress;
pub mod qr;
pub mod setup;
pub mod shell;
pub mod state;
pub mod theme;

use std::mem::discriminant;

use yew::prelude::*;

use clinic::{Clinic, ConfigProblem};
use components::link_error_view::LinkErrorView;
use components::quiz_form::QuizForm;
use components::result_view::ResultView;
use components::site_header::SiteHeader;
use components::start_screen::StartScreen;
use engine::link;
use form::Step;
use hooks::{embed, focus, location, saved};
use i18n::Texts;
use lang::Lang;
use progress::Progress;
use shell::Tap;
use state::{QuizAction, QuizState, View};

/// What the address asks of the page: `?embed` (inside another site's page: no header),
/// `?debug` (show the problems found in `clinic.json`), `?preview` (a set-up page's preview).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub embedded: bool,
    pub debug: bool,
    pub preview: bool,
}

impl Page {
    /// The flags in the page's address.
    pub fn from_address() -> Page {
        Page {
            embedded: embed::query_flag("embed"),
            debug: embed::query_flag("debug"),
            preview: embed::query_flag("preview"),
        }
    }
}

/// What the page gives the app (`shell`).
#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
    /// The clinic, from its `clinic.json`; `None` before it is known (the pre-rendered start
    /// screen, which shows no clinic's name, intro or colour).
    pub clinic: Option<Clinic>,
    /// What is wrong in `clinic.json`.
    pub problems: Vec<ConfigProblem>,
    /// The state the page opens in.
    pub opened: QuizState,
    pub page: Page,
    /// Whether the app's elements are rendered. When the app takes over from a copy, `shell`
    /// first renders its state and effects alone, and its elements in the next task, whose
    /// effect takes the copy's place.
    pub drawn: bool,
}

/// The whole app. Only this component holds the quiz's state; screens get values and callbacks.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let state = use_reducer(|| props.opened.clone());
    let lang = props.lang;
    let t = Texts::new(lang);
    let Page {
        embedded,
        debug,
        preview,
    } = props.page;
    let (clinic, problems) =
        hooks::clinic::use_clinic(props.clinic.clone(), props.problems.clone(), preview);
    {
        let dispatcher = state.dispatcher();
        let opened_plain = props.opened == QuizState::new(None, "");
        use_effect_with(props.drawn, move |&drawn| {
            if !drawn {
                return;
            }
            match shell::take_over(lang) {
                // Start answers only if the app opened on the same start screen the copy showed.
                Some(Tap::Start) if opened_plain => dispatcher.dispatch(QuizAction::Next),
                Some(Tap::Forget) => {
                    dispatcher.dispatch(QuizAction::Forget);
                    focus::focus_test_id(Tap::Forget.test_id());
                }
                Some(Tap::Start) | None => {}
            }
        });
    }
    embed::use_embed_height(embedded);
    embed::use_host_events(
        clinic.site_origins.clone(),
        clinic.techniques.clone(),
        lang,
        &state.view,
        state.step,
    );
    hooks::offline::use_offline(lang, props.drawn);
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
    use_effect_with(state.forgotten, |&forgotten| {
        if forgotten {
            shell::forget();
        }
    });
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
                onchange={send(&state, move |_| QuizAction::ChangeAnswers {
                    decimal_comma: t.decimal_separator() == ",",
                })}
                onstartover={dispatch(|_| QuizAction::StartOver)} />
        },
        View::LinkError(error) => html! {
            <LinkErrorView error={error.clone()} onstart={dispatch(|_| QuizAction::StartOver)} />
        },
        View::Quiz if state.step == Step::Start => html! {
            <StartScreen intro={clinic.intro(lang).map(|i| AttrValue::from(i.to_owned()))}
                can_resume={state.saved.is_some()}
                onstart={dispatch(|_| QuizAction::Next)}
                onresume={dispatch(|_| QuizAction::Resume)} />
        },
        View::Quiz => html! {
            <QuizForm draft={state.draft.clone()} step={state.step} errors={state.errors()}
                position={state.position()} onedit={send(&state, QuizAction::Edit)}
                onnext={dispatch(|_| QuizAction::Next)} onback={dispatch(|_| QuizAction::Back)} />
        },
    };
    let onforget = dispatch(|_| QuizAction::Forget).reform(|_: MouseEvent| ());
    // Moves focus without touching the URL, whose fragment holds the share link.
    let skip_to_main = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        focus::focus_main();
    });
    // Before the clinic is known, no name at all: never one that is not the clinic's.
    let name = props.clinic.as_ref().map(|_| {
        AttrValue::from(
            clinic
                .name(lang)
                .map_or_else(|| t.default_clinic().into_owned(), str::to_owned),
        )
    });
    let onlanguage = {
        let resume = state.view == View::Quiz && state.step != Step::Start;
        Callback::from(move |chosen: Lang| shell::switch_language(chosen, resume))
    };
    if !props.drawn {
        return Html::default();
    }
    html! {
        <ContextProvider<Lang> context={lang}>
            <a class="skip" href="#main" onclick={skip_to_main}>{ t.skip_to_content() }</a>
            if !embedded {
                <SiteHeader {name} logo={clinic.logo.clone()} {lang}
                    languages={clinic.languages.clone()} {onlanguage} />
            }
            if debug && !problems.is_empty() {
                <section class="config-problems" aria-labelledby="config-problems-heading">
                    <h2 id="config-problems-heading">{ "Problems in clinic.json" }</h2>
                    <ul>
                        { for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }
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
