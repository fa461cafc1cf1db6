//! The page around the app: how the start screen is on the page, in the visitor's language,
//! before the WebAssembly arrives, and how the app takes it over. One mechanism in three parts,
//! which share the names defined here:
//!
//! 1. **The build** (`src/bin/prerender.rs`, after `trunk build`) renders the app with Yew's
//!    server-side rendering once for each language the clinic offers, and writes each copy into
//!    `index.html`: `<div class="copy" lang="de" data-title="…" data-description="…">`, with the
//!    offered languages on `<html data-languages="de en …">` (the default first), the default
//!    language's title and description, and the clinic's file as built in a JSON data block.
//! 2. **`static/boot.js`**, in the page's head, runs before the first paint. It chooses the
//!    language: `?lang=` if offered; else the visitor's earlier choice kept on the device
//!    ([`LANGUAGE_KEY`]); else the first of the browser's languages that is offered; else the
//!    clinic's default. It puts it on `<html lang>`, which the stylesheet uses to show that copy
//!    alone. Once the page is read it removes the other copies and sets the title and
//!    description from the one kept. Until the app has taken the copy over, it keeps a tap on a
//!    button of the copy ([`PENDING`]) and lets it go no further, with the copy's skip link
//!    working meanwhile; and it shows the crash panel (rendered hidden by the app) when the
//!    WebAssembly traps or any error escapes.
//! 3. **The app** ([`start`]) takes `<html lang>` and the clinic as built, and hydrates the copy:
//!    its first render is the copy's markup, so nothing is repainted. Yew's scheduler may give
//!    the browser a turn while it hydrates, so a tap can come in the middle: it is still the
//!    copy's until the first render is complete. Then the app reads what the copy could not know
//!    (saved progress, a share link, `?embed`, `?debug`, the clinic's file as it is now), takes
//!    the copy over ([`take_over`]), answering a kept tap if its screen is still the copy's and
//!    turning to a language picked on the copy's switch, and follows the visitor's language
//!    choices ([`show_language`], [`remember_language`]).
//!
//! Without copies (`trunk serve`), the app renders into a new element instead.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlSelectElement};

use crate::clinic::{self, Clinic};
use crate::components::site_header::LANGUAGE_SWITCH_ID;
use crate::i18n::Lang;
use crate::{App, AppProps};

/// The class of each pre-rendered copy of the app.
pub const COPY_CLASS: &str = "copy";
/// The id of the element the app runs in: the copy it hydrated, or one it made.
pub const ROOT_ID: &str = "app";
/// The attribute of `<html>` that lists the offered languages, the default first.
pub const LANGUAGES_ATTR: &str = "data-languages";
/// The id of the data block that holds `clinic.json` as built.
pub const CLINIC_DATA_ID: &str = "clinic-data";
/// Where `static/boot.js` keeps the position of a button tapped before the app arrived.
pub const PENDING: &str = "data-pending";
/// The local-storage key of the visitor's own choice of language.
pub const LANGUAGE_KEY: &str = "recovery-quiz.language";

/// Renders the app: hydrates the copy in the page's language, or renders into a new element.
pub fn start() {
    let document = gloo_utils::document();
    let embedded = document
        .get_element_by_id(CLINIC_DATA_ID)
        .and_then(|e| e.text_content());
    let clinic = embedded.map_or_else(Clinic::default, |json| clinic::parse(&json).0);
    let lang = document
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| code.parse().ok())
        .filter(|lang| clinic.languages.contains(lang))
        .unwrap_or_else(|| clinic.default_language());
    let props = AppProps { lang, clinic };
    match copy(lang) {
        Some(root) => {
            root.set_id(ROOT_ID);
            yew::Renderer::<App>::with_root_and_props(root, props).hydrate()
        }
        None => {
            let Ok(root) = document.create_element("div") else {
                return;
            };
            root.set_id(ROOT_ID);
            if let Some(body) = document.body() {
                let _ = body.append_child(&root);
            }
            yew::Renderer::<App>::with_root_and_props(root, props).render()
        }
    };
}

/// The element the app runs in.
pub fn root() -> Option<Element> {
    gloo_utils::document().get_element_by_id(ROOT_ID)
}

/// The copy in `lang`, the others removed. It stays a copy, its taps kept by `boot.js`, until
/// [`take_over`].
fn copy(lang: Lang) -> Option<Element> {
    let copies = gloo_utils::document().get_elements_by_class_name(COPY_CLASS);
    let copies: Vec<Element> = (0..copies.length())
        .filter_map(|i| copies.item(i))
        .collect();
    let code = lang.to_string();
    let keep = copies
        .iter()
        .find(|c| c.get_attribute("lang").as_deref() == Some(code.as_str()))?
        .clone();
    for other in copies.iter().filter(|c| **c != keep) {
        other.remove();
    }
    Some(keep)
}

/// Makes the hydrated copy `root` an ordinary element (the stylesheet's rule for copies no
/// longer applies, and `boot.js` lets taps through), then answers a tap kept before, by clicking
/// the same button, if `same_screen` (the app still shows the copy's screen); otherwise forgets
/// it. Returns the language picked on the copy's switch, if it differs from `lang`, the one
/// shown. Without a copy, does nothing.
pub fn take_over(root: &Element, lang: Lang, same_screen: bool) -> Option<Lang> {
    if !root.class_list().contains(COPY_CLASS) {
        return None;
    }
    for attribute in [
        "class",
        "lang",
        "data-title",
        "data-description",
        "aria-busy",
    ] {
        let _ = root.remove_attribute(attribute);
    }
    if let Some(at) = root.get_attribute(PENDING) {
        let _ = root.remove_attribute(PENDING);
        let button = at
            .parse()
            .ok()
            .filter(|_| same_screen)
            .and_then(|i| root.query_selector_all("button").ok()?.item(i))
            .and_then(|b| b.dyn_into::<HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
            button.click();
        }
    }
    gloo_utils::document()
        .get_element_by_id(LANGUAGE_SWITCH_ID)?
        .dyn_into::<HtmlSelectElement>()
        .ok()?
        .value()
        .parse()
        .ok()
        .filter(|&picked| picked != lang)
}

/// Puts the page in `lang`: `<html lang>`, the title and the description.
pub fn show_language(lang: Lang) {
    let document = gloo_utils::document();
    let texts = lang.texts();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", &lang.to_string());
    }
    document.set_title(texts.title());
    if let Ok(Some(meta)) = document.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", texts.description());
    }
}

/// Keeps the visitor's choice of language for the next visit.
pub fn remember_language(lang: Lang) {
    if storage_usable() {
        let _ = LocalStorage::set(LANGUAGE_KEY, lang);
    }
}

/// Forgets the visitor's choice of language.
pub fn forget_language() {
    if storage_usable() {
        LocalStorage::delete(LANGUAGE_KEY);
    }
}

/// Whether the browser lets the page have local storage. gloo-storage panics where it does not
/// (reaching for the storage throws in a cross-site iframe or under a strict privacy setting),
/// so every use is behind this check.
pub fn storage_usable() -> bool {
    gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .is_some()
}
