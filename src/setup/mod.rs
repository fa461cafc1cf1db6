//! The set-up page, `setup/` beside the quiz: where a clinic makes its `clinic.json` without
//! writing JSON, sees the real quiz with it as it types, downloads the file and copies the
//! snippets that put the quiz on its website. One mechanism in four parts:
//!
//! 1. **The build** (`make dist`): a second Trunk run of `setup/index.html` builds the bin
//!    `src/bin/setup.rs`, with every language compiled in (the page switches language in place),
//!    into `dist/setup/`, apart from the quiz: the quiz's pages never name it, so a runner's
//!    device never downloads it. `scripts/csp.mjs` gives the page its own strict policy, which
//!    adds `frame-src 'self'` (the preview) and `img-src blob:` (the logo picked).
//!    `scripts/precache.mjs` lists its files apart from the quiz's (`BUILD.setup` in `sw.js`).
//! 2. **The page** ([`SetupApp`]) opens the folder's `clinic.json` (`../clinic.json`), a file
//!    the clinic picks, or the example, into a [`draft::Draft`] of typed fields; writes the file
//!    from it ([`file::ClinicFile`]) and has the quiz's own reader (`crate::clinic::parse`)
//!    judge it, each problem worded beside its field ([`wording`]); and refuses the download
//!    while any is left. It sends nothing anywhere: it reads files from its own host and the
//!    device, and writes only the download and the clipboard ([`io`]).
//! 3. **The preview** is the quiz itself in a frame, `../?preview&lang=…`, to which the page
//!    sends the draft's file on every change (`crate::shell::PREVIEW_MESSAGE`, [`hooks`]);
//!    the buttons under it open each screen a runner can end on as a share link that the engine
//!    leads there ([`outcomes`]).
//! 4. **Offline**: the page registers the quiz's service worker (`../sw.js`), which keeps the
//!    page's files, once the page has been opened, beside the quiz's (`static/sw.js`).

pub mod components;
pub mod draft;
pub mod file;
pub mod hooks;
pub mod io;
pub mod outcomes;
pub mod snippets;
pub mod state;
pub mod wording;

use std::collections::BTreeMap;
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::clinic::{self, FILE};
use crate::i18n::Texts;
use crate::lang::Lang;
use components::booking::Booking;
use components::download::{Blocker, DownloadFile};
use components::languages::Languages;
use components::look::Look;
use components::open_file::OpenFile;
use components::preview::{Preview, PREVIEW_ID};
use components::safety::Safety;
use components::snippets::Snippets;
use components::techniques::Techniques;
use components::text_input::{field, InputKind};
use components::texts::ClinicTexts;
use components::Errors;
use draft::{Draft, Place, TextField, EXAMPLE};
use snippets::{quiz_address, Install, Snippet};
use state::{Download, SetupAction, SetupState, Source};

/// The service worker, from the set-up page's folder: the quiz's own.
const WORKER: &str = "../sw.js";

/// What the page starts with.
#[derive(Properties, PartialEq)]
pub struct SetupProps {
    pub lang: Lang,
    /// The quiz's folder on the web: the folder above this page's.
    pub quiz_address: String,
}

/// The set-up page. Only this component holds state; the sections get values and callbacks.
#[function_component(SetupApp)]
pub fn setup_app(props: &SetupProps) -> Html {
    let state = use_reducer(|| SetupState::new(props.lang, props.quiz_address.clone()));
    let t = Texts::new(state.lang);
    let json = use_memo(state.draft.clone(), |draft| draft.file().to_json());
    let parsed = use_memo(json.clone(), |json| clinic::parse(json));
    let (clinic, problems) = &*parsed;
    let outcomes = use_memo(clinic.techniques.clone(), |offered| {
        outcomes::links(offered)
    });

    use_effect_with(state.lang, move |&lang| {
        let document = gloo_utils::document();
        if let Some(html) = document.document_element() {
            let _ = html.set_attribute("lang", &lang.to_string());
        }
        document.set_title(&Texts::new(lang).setup_title());
    });
    let open_folder = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| {
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let text = io::folder_file().await;
                dispatcher.dispatch(SetupAction::Opened {
                    source: Source::Folder,
                    text,
                });
            });
        })
    };
    use_effect_with((), {
        let open_folder = open_folder.clone();
        move |_| {
            open_folder.emit(());
            if !cfg!(debug_assertions) {
                wasm_bindgen_futures::spawn_local(crate::hooks::offline::register(WORKER));
            }
        }
    });

    let errors: Errors = Rc::new(
        problems
            .iter()
            .fold(BTreeMap::new(), |mut errors, problem| {
                errors
                    .entry(state.draft.place(problem))
                    .or_insert_with(|| AttrValue::from(wording::beside_field(t, problem)));
                errors
            }),
    );
    let blockers: Vec<Blocker> = errors
        .iter()
        .map(|(&place, message)| Blocker {
            id: place
                .id()
                .unwrap_or_else(|| "download-heading".to_owned())
                .into(),
            label: wording::place_label(t, place)
                .unwrap_or_else(|| FILE.to_owned())
                .into(),
            message: message.clone(),
        })
        .collect();

    let dispatch = |action: fn(()) -> SetupAction| {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(action(())))
    };
    let onedit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |edit| dispatcher.dispatch(SetupAction::Edit(edit)))
    };
    let onexample = dispatch(|_| SetupAction::Opened {
        source: Source::Example,
        text: Ok(EXAMPLE.to_owned()),
    });
    let onfile = {
        let dispatcher = state.dispatcher();
        Callback::from(move |file: web_sys::File| {
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(text) = io::file_text(&file).await {
                    dispatcher.dispatch(SetupAction::Opened {
                        source: Source::File(file.name()),
                        text: Ok(text),
                    });
                }
            });
        })
    };
    let onlogo = {
        let dispatcher = state.dispatcher();
        Callback::from(move |file: web_sys::File| {
            if let Some(preview) = io::local_address(&file) {
                dispatcher.dispatch(SetupAction::LogoPicked {
                    name: file.name(),
                    preview,
                });
            }
        })
    };
    let ondownload = {
        let (dispatcher, json, ready) = (state.dispatcher(), json.clone(), errors.is_empty());
        Callback::from(move |()| {
            if ready {
                io::download(&json);
                dispatcher.dispatch(SetupAction::Download(Download::Done));
            } else {
                dispatcher.dispatch(SetupAction::Download(Download::Blocked));
            }
        })
    };

    let site = Texts::new(clinic.default_language());
    let (title, link) = (site.title(), site.setup_full_page_link());
    let quiz = quiz_address(&state.quiz_address);
    let snippets: Vec<(Snippet, AttrValue)> = quiz
        .as_deref()
        .map(|quiz| {
            let install = Install {
                quiz,
                title: &title,
                link: &link,
                origins: &clinic.site_origins,
            };
            Snippet::ALL
                .into_iter()
                .map(|snippet| (snippet, AttrValue::from(snippet.text(&install))))
                .collect()
        })
        .unwrap_or_default();
    let oncopy = {
        let (dispatcher, snippets) = (state.dispatcher(), snippets.clone());
        Callback::from(move |snippet: Snippet| {
            let Some((_, text)) = snippets.iter().find(|(s, _)| *s == snippet) else {
                return;
            };
            let (dispatcher, text) = (dispatcher.clone(), text.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = io::copy(&text).await;
                dispatcher.dispatch(SetupAction::Copied(snippet, copied));
            });
        })
    };
    let onaddress = {
        let dispatcher = state.dispatcher();
        Callback::from(move |address| dispatcher.dispatch(SetupAction::QuizAddress(address)))
    };
    let onwidth = {
        let dispatcher = state.dispatcher();
        Callback::from(move |width| dispatcher.dispatch(SetupAction::Width(width)))
    };
    let onlanguage = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatcher.dispatch(SetupAction::Language(code.parse().unwrap_or_default()));
        })
    };
    let preview_lang = if clinic.languages.contains(&state.lang) {
        state.lang
    } else {
        clinic.default_language()
    };
    let draft: &Draft = &state.draft;

    html! {
        <ContextProvider<Lang> context={state.lang}>
            <a class="skip" href={format!("#{PREVIEW_ID}")}>{ t.setup_skip_to_preview() }</a>
            <main id="main" class="setup">
                <div class="setup-form">
                    <div class="setup-bar">
                        <label for="setup-language">{ t.language() }</label>
                        <select id="setup-language" onchange={onlanguage}>
                            { for Lang::ALL.iter().map(|&lang| html! {
                                <option value={lang.to_string()} lang={lang.to_string()} selected={lang == state.lang}>
                                    { lang.own_name() }
                                </option>
                            }) }
                        </select>
                    </div>
                    <h1>{ t.setup_title() }</h1>
                    <p class="lead">{ t.setup_intro() }</p>
                    <OpenFile source={state.source.clone()} notes={state.notes.clone()}
                        onfolder={open_folder} {onexample} {onfile} />
                    <section class="details" aria-labelledby="details-heading">
                        <h2 id="details-heading">{ t.setup_form_heading() }</h2>
                        <Languages languages={draft.languages.clone()}
                            error={errors.get(&Place::Languages).cloned()} onedit={onedit.clone()} />
                        <ClinicTexts draft={draft.clone()} errors={errors.clone()} onedit={onedit.clone()} />
                        <h3>{ t.setup_look_heading() }</h3>
                        <Look draft={draft.clone()} errors={errors.clone()} accent={clinic.accent_color}
                            logo={clinic.logo.clone().map(AttrValue::from)}
                            logo_preview={state.logo_preview.clone().map(AttrValue::from)}
                            onedit={onedit.clone()} {onlogo} />
                        <Techniques techniques={draft.techniques.clone()}
                            error={errors.get(&Place::Techniques).cloned()} onedit={onedit.clone()} />
                        <h3>{ t.setup_booking_heading() }</h3>
                        <Booking draft={draft.clone()} errors={errors.clone()} onedit={onedit.clone()} />
                        <h3>{ t.setup_safety_heading() }</h3>
                        <Safety draft={draft.clone()} errors={errors.clone()} onedit={onedit.clone()} />
                        <h3>{ t.setup_site_heading() }</h3>
                        { field(t, draft, &errors, TextField::SiteOrigins, InputKind::Lines, &onedit) }
                    </section>
                    <DownloadFile json={AttrValue::from((*json).clone())} {blockers}
                        download={state.download} {ondownload} />
                    <Snippets address={AttrValue::from(state.quiz_address.clone())}
                        address_error={quiz.is_none().then(|| AttrValue::from(t.setup_quiz_address_problem()))}
                        {snippets} copied={state.copied} {onaddress} {oncopy} />
                </div>
                <Preview json={AttrValue::from((*json).clone())} lang={preview_lang} width={state.width}
                    outcomes={outcomes} {onwidth} />
            </main>
            <footer class="site">
                <p>{ t.setup_footer() }</p>
            </footer>
        </ContextProvider<Lang>>
    }
}

/// Starts the set-up page, from `src/bin/setup.rs`: in the language the address asks for
/// (`?lang=de`), else the first of the browser's languages the quiz speaks, else English; for
/// the quiz in the folder above.
pub fn start() {
    let window = gloo_utils::window();
    let location = window.location();
    let asked = location
        .search()
        .ok()
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .and_then(|params| params.get("lang"));
    let browser: Vec<String> = window
        .navigator()
        .languages()
        .iter()
        .filter_map(|code| code.as_string())
        .collect();
    let lang = asked
        .into_iter()
        .chain(browser)
        .find_map(|code| {
            let code = code.to_ascii_lowercase();
            code.split('-').next().and_then(|code| code.parse().ok())
        })
        .unwrap_or_default();
    let quiz_address = location
        .href()
        .ok()
        .and_then(|page| web_sys::Url::new_with_base("../", &page).ok())
        .map(|folder| folder.href())
        .unwrap_or_default();
    yew::Renderer::<SetupApp>::with_props(SetupProps { lang, quiz_address }).render();
}
