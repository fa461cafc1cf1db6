//! Focus management: each new screen moves focus to its heading; the skip link to `<main>`.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Focuses the first element matching `selector`, if there is one.
fn focus(selector: &str) {
    let element = gloo_utils::document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Moves focus to the screen's `h1` whenever `screen` changes from one screen to another; not
/// on the first screen, where the page's own start is the right place.
#[hook]
pub fn use_focus_heading<K: PartialEq + Clone + 'static>(screen: K) {
    let shown = use_mut_ref(|| None::<K>);
    use_effect_with(screen, move |screen| {
        if shown.replace(Some(screen.clone())).is_some() {
            focus("main h1");
        }
    });
}

/// Focuses the button with this `data-testid`.
pub fn focus_test_id(test_id: &str) {
    focus(&format!("[data-testid=\"{test_id}\"]"));
}

/// Focuses the `<main>` element (the skip link's target).
pub fn focus_main() {
    focus("main");
}
