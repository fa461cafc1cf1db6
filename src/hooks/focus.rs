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

/// Moves focus to the screen's `h1` whenever `key` (the screen) changes; not on first render,
/// where the page's own start is the right place.
#[hook]
pub fn use_focus_heading<K: PartialEq + 'static>(key: K) {
    let first = use_mut_ref(|| true);
    use_effect_with(key, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            focus("main h1");
        }
    });
}

/// Focuses the `<main>` element (the skip link's target).
pub fn focus_main() {
    focus("main");
}
