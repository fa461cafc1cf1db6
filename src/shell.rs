//! The page around the app: how the start screen is on the page, in the visitor's language,
//! before the WebAssembly arrives, and how the app takes over from it. One mechanism in three
//! parts, which share the names defined here (`tests/shell_names.rs` checks `static/boot.js`):
//!
//! 1. **The build** (`src/bin/prerender.rs`, in `make dist`) renders the start screen with Yew's
//!    server-side rendering once for every language the quiz ships, into `index.html`:
//!    `<div class="copy" lang="de" data-title="…" data-description="…">`, with those languages
//!    on `<html data-languages="en de …">` and a rule that shows only the copy in the page's
//!    language. The copies are neutral: the clinic's name, intro and colour are not in them, as
//!    they live in `clinic.json` alone. The build also makes one app per language
//!    (`QUIZ_LANGUAGES`, `scripts/bundles.mjs`) and lists them in the bundles block
//!    ([`BUNDLES_ID`]).
//! 2. **`static/boot.js`**, in the page's head, runs before the first paint. It chooses the
//!    language: `?lang=` if offered; else the visitor's earlier choice ([`LANGUAGE_KEY`]); else
//!    the first of the browser's languages that is offered; else the clinic's default. It fetches
//!    `clinic.json` at once (keeping a readable copy on the device, [`CLINIC_KEY`], for the day
//!    the host cannot be reached), and once the clinic has said which languages it offers,
//!    settles the language on `<html lang>` and keeps the copy in it alone in the page (the
//!    others wait aside, to take its place if the language changes). Until the app has taken
//!    over, it keeps a tap on a button of the copy on the copy ([`PENDING`]: the button's
//!    `data-testid`) and lets it go no further; a language picked on the copy's switch is the
//!    one whose app starts. Once the copy has painted, it loads the app in the page's language
//!    and calls [`start`] with the clinic's file, in a task of its own. It shows the crash panel
//!    if anything fails.
//! 3. **The app** ([`start`]) takes over in short tasks, each doing its part and handing the
//!    rest to the next, because the browser compiles each part of the app's code when it first
//!    runs: it reads the clinic's file and puts the page in its language; reads saved progress,
//!    a share link in the address, `?embed`, `?debug` and `?preview`, and decides the screen it
//!    opens on; then renders it into a hidden root of its own, one [`Phase`] a task (Yew itself,
//!    the app's state and effects, its elements). The effect of the last ([`take_over`]) removes
//!    the copy and shows the root in its place, in one frame, and answers the tap kept on the
//!    copy: Start if the app opened on the same start screen, "Delete my saved answers" in any
//!    case. The app keeps its language for its lifetime: the visitor's choice of another one
//!    reloads the page in it ([`switch_language`]), which opens on the screen the visitor was on.
//!
//! `trunk serve` builds one app with every language and has no copies: the app renders into its
//! root at once.

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use gloo_timers::callback::Timeout;
use web_sys::{Document, Element};
use yew::prelude::*;

use crate::clinic::{self, Clinic, ConfigProblem};
use crate::hooks::{location, saved};
use crate::i18n::Texts;
use crate::lang::Lang;
use crate::state::{QuizAction, QuizState};
use crate::{App, AppProps, Page};

/// The class of each pre-rendered copy of the start screen.
pub const COPY_CLASS: &str = "copy";
/// The id of the element the app runs in.
pub const ROOT_ID: &str = "app";
/// The attribute of `<html>` that lists the languages the quiz ships, the default first.
pub const LANGUAGES_ATTR: &str = "data-languages";
/// The id of the block that lists each language's app (its JS, wasm and the wasm's integrity).
pub const BUNDLES_ID: &str = "bundles";
/// The id of the language switch.
pub const LANGUAGE_SWITCH_ID: &str = "language";
/// The local-storage key of the visitor's own choice of language.
pub const LANGUAGE_KEY: &str = "recovery-quiz.language";
/// The local-storage key of the last `clinic.json` this device could read.
pub const CLINIC_KEY: &str = "recovery-quiz.clinic";
/// The session-storage key that tells the page reloaded in another language to carry on where
/// the visitor was.
pub const HANDOVER_KEY: &str = "recovery-quiz.handover";
/// The `type` of the message a set-up page sends to its preview of the quiz.
pub const PREVIEW_MESSAGE: &str = "recovery-quiz.preview";
/// Where `static/boot.js` keeps a tap on the copy for the app: the button's `data-testid`.
pub const PENDING: &str = "data-pending";

/// The attribute that keeps the app's root out of sight until it has taken over.
const HIDDEN: &str = "hidden";

/// A tap on the copy that the app answers when it takes over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tap {
    /// The start screen's Start button (`data-testid="start"`).
    Start,
    /// "Delete my saved answers" (`data-testid="forget"`).
    Forget,
}

impl Tap {
    /// The button's `data-testid`.
    pub fn test_id(self) -> &'static str {
        match self {
            Tap::Start => "start",
            Tap::Forget => "forget",
        }
    }

    fn of(test_id: &str) -> Option<Tap> {
        [Tap::Start, Tap::Forget]
            .into_iter()
            .find(|tap| tap.test_id() == test_id)
    }
}

/// Starts the app, from `static/boot.js`: in `lang` (a language this build has), with the
/// clinic's file as the host has it now (`current`, or the HTTP status it could not be loaded
/// with) and the copy this device kept last time (`last`). The rest follows in later tasks.
pub fn start(lang: &str, current: Option<String>, status: u16, last: Option<String>) {
    let lang = Texts::new(lang.parse().unwrap_or_default()).lang();
    let current = match (current, status) {
        (Some(text), 200) => Ok(text),
        (_, status) => Err(status),
    };
    let (clinic, problems) = clinic::opened(current.as_deref().map_err(|&s| s), last.as_deref());
    for problem in &problems {
        web_sys::console::warn_1(&problem.to_string().into());
    }
    show_language(lang);
    // Saved progress and the address in the next task, the render in the ones after: each task
    // stays short.
    Timeout::new(0, move || open(lang, clinic, problems)).forget();
}

/// The second part of the start: reads saved progress, a share link and the page's flags, and
/// decides the screen the app opens on.
fn open(lang: Lang, clinic: Clinic, problems: Vec<ConfigProblem>) {
    let mut opened = QuizState::new(saved::load(), &location::fragment());
    if take_handover() {
        opened = opened.reduce_now(QuizAction::Resume);
    }
    let props = AppProps {
        lang,
        clinic: Some(clinic),
        problems,
        opened,
        page: Page::from_address(),
        drawn: true,
    };
    Timeout::new(0, move || render(props)).forget();
}

/// Renders the app into a hidden root of its own beside the copies (`take_over` shows it), one
/// step a task ([`Takeover`]), or, without copies, into a new element, at once.
fn render(app: AppProps) {
    let document = gloo_utils::document();
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_id(ROOT_ID);
    let first_copy = document.get_elements_by_class_name(COPY_CLASS).item(0);
    match (first_copy, document.body()) {
        (Some(copy), _) => {
            let _ = root.set_attribute(HIDDEN, "");
            let _ = copy.before_with_node_1(&root);
            yew::Renderer::<Takeover>::with_root_and_props(root, app).render();
        }
        (None, Some(body)) => {
            let _ = body.append_child(&root);
            yew::Renderer::<App>::with_root_and_props(root, app).render();
        }
        (None, None) => {}
    }
}

/// How far the app's first render has got when it takes over from a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    /// Yew itself, with nothing to render yet.
    Mounted,
    /// The app's state and effects, without its elements.
    State,
    /// The app's elements too: its effect takes the copy's place.
    Drawn,
}

impl Phase {
    fn next(self) -> Option<Phase> {
        match self {
            Phase::Mounted => Some(Phase::State),
            Phase::State => Some(Phase::Drawn),
            Phase::Drawn => None,
        }
    }
}

/// The app's first render, one [`Phase`] a task, so that no task is long: in each, the browser
/// compiles the app's code that runs in it for the first time.
#[function_component(Takeover)]
fn takeover(app: &AppProps) -> Html {
    let phase = use_state_eq(|| Phase::Mounted);
    {
        let phase = phase.clone();
        use_effect_with(*phase, move |&now| {
            let step = now
                .next()
                .map(|next| Timeout::new(0, move || phase.set(next)));
            move || drop(step)
        });
    }
    match *phase {
        Phase::Mounted => Html::default(),
        now => html! { <App drawn={now == Phase::Drawn} ..app.clone() /> },
    }
}

/// Once the app's elements are rendered, in `lang`: removes the pre-rendered copy and shows the
/// app in its place. Returns the tap kept on the copy, if any, for the app to answer. If the
/// visitor picked another language on the copy after the app had started, the page starts again
/// in it instead.
pub fn take_over(lang: Lang) -> Option<Tap> {
    if let Some(picked) = picked_meanwhile(lang) {
        switch_language(picked, false);
        return None;
    }
    let document = gloo_utils::document();
    let copies = document.get_elements_by_class_name(COPY_CLASS);
    let mut tap = None;
    while let Some(copy) = copies.item(0) {
        tap = tap.or_else(|| copy.get_attribute(PENDING).as_deref().and_then(Tap::of));
        copy.remove();
    }
    if let Some(root) = document.get_element_by_id(ROOT_ID) {
        let _ = root.remove_attribute(HIDDEN);
    }
    tap
}

/// The language on `<html lang>` if it is not `lang`: `static/boot.js` puts there the one the
/// visitor picks on the copy's switch.
fn picked_meanwhile(lang: Lang) -> Option<Lang> {
    let shown = gloo_utils::document()
        .document_element()?
        .get_attribute("lang")?;
    let picked = shown.parse::<Lang>().ok()?;
    (picked != lang).then_some(picked)
}

/// The element the app runs in.
pub fn root() -> Option<Element> {
    gloo_utils::document().get_element_by_id(ROOT_ID)
}

/// Whether the app has taken over in `document`: its root is in the page and no longer hidden.
pub fn app_shown(document: &Document) -> bool {
    document
        .get_element_by_id(ROOT_ID)
        .is_some_and(|root| !root.has_attribute(HIDDEN))
}

/// Puts the page in `lang`: `<html lang>`, the title and the description.
fn show_language(lang: Lang) {
    let document = gloo_utils::document();
    let texts = Texts::new(lang);
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", &lang.to_string());
    }
    document.set_title(&texts.title());
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", &texts.description());
    }
}

/// The visitor chose `lang`: keeps the choice for the next visit and reloads the page in it,
/// to carry on where they were (`resume`: in the middle of the quiz, whose progress is saved).
pub fn switch_language(lang: Lang, resume: bool) {
    if storage_usable() {
        let _ = LocalStorage::set(LANGUAGE_KEY, lang);
        if resume {
            let _ = SessionStorage::set(HANDOVER_KEY, true);
        }
    }
    location::replace_query("lang", &lang.to_string());
    let _ = gloo_utils::window().location().reload();
}

/// Whether the page was reloaded in another language in the middle of the quiz; reading it
/// removes it.
fn take_handover() -> bool {
    if !storage_usable() {
        return false;
    }
    let handover = SessionStorage::get::<bool>(HANDOVER_KEY).unwrap_or(false);
    SessionStorage::delete(HANDOVER_KEY);
    handover
}

/// Forgets what the page keeps on the device besides saved progress: the visitor's choice of
/// language and the clinic's file as last read.
pub fn forget() {
    if storage_usable() {
        LocalStorage::delete(LANGUAGE_KEY);
        LocalStorage::delete(CLINIC_KEY);
    }
}

/// Whether the browser lets the page have storage. gloo-storage panics where it does not
/// (reaching for the storage throws in a cross-site iframe or under a strict privacy setting),
/// so every use is behind this check.
pub fn storage_usable() -> bool {
    let window = gloo_utils::window();
    window.local_storage().ok().flatten().is_some()
        && window.session_storage().ok().flatten().is_some()
}
