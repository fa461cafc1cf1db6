//! The clinic, as the page opened with it (`crate::shell` reads `clinic.json`), and its accent
//! colour on the page. In a set-up page's preview (`?preview`), the clinic follows every message
//! the set-up page sends, so the preview shows each change as it is typed.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::MessageEvent;
use yew::prelude::*;

use crate::clinic::{self, Clinic, ConfigProblem};
use crate::shell::PREVIEW_MESSAGE;
use crate::theme::{accent_properties, Rgb};

/// The clinic and the problems found in its file: `opened` (`None` before it is known), or in
/// a preview the last one the set-up page sent.
#[hook]
pub fn use_clinic(
    opened: Option<Clinic>,
    problems: Vec<ConfigProblem>,
    preview: bool,
) -> (Clinic, Vec<ConfigProblem>) {
    let current = use_state_eq(|| (opened.unwrap_or_default(), problems));
    use_effect_with(current.0.accent_color, |&accent| apply_accent(accent));
    {
        let current = current.clone();
        use_effect_with(preview, move |&preview| {
            let listener = preview.then(|| {
                EventListener::new(&gloo_utils::window(), "message", move |event| {
                    if let Some(json) = event.dyn_ref::<MessageEvent>().and_then(preview_message) {
                        current.set(clinic::parse(&json));
                    }
                })
            });
            move || drop(listener)
        });
    }
    (*current).clone()
}

/// The clinic file in a message from this page's own origin that a set-up page sends.
fn preview_message(event: &MessageEvent) -> Option<String> {
    let origin = gloo_utils::window().location().origin().ok()?;
    if event.origin() != origin {
        return None;
    }
    let data = event.data();
    let kind = web_sys::js_sys::Reflect::get(&data, &"type".into())
        .ok()?
        .as_string()?;
    if kind != PREVIEW_MESSAGE {
        return None;
    }
    web_sys::js_sys::Reflect::get(&data, &"clinic".into())
        .ok()?
        .as_string()
}

/// Sets the theme's colour properties on the root element (CSSOM, so a strict CSP allows it),
/// and the browser's toolbar colour.
fn apply_accent(accent: Option<Rgb>) {
    let Some(rgb) = accent else {
        return;
    };
    let document = gloo_utils::document();
    let Some(root) = document
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    for (property, value) in accent_properties(rgb) {
        let _ = root.style().set_property(property, &value);
    }
    if let Ok(Some(meta)) = document.query_selector("meta[name=theme-color]") {
        let _ = meta.set_attribute("content", &rgb.hex());
    }
}
