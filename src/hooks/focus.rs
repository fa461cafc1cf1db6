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

/// Moves focus to the screen's `h1` whenever `screen` changes from one screen to another, and
/// on the first screen only if `first` (it answers a tap made before the app ran): otherwise the
/// page's own start is the right place then.
#[hook]
pub fn use_focus_heading<K: PartialEq + Clone + 'static>(screen: K, first: bool) {
    let shown = use_mut_ref(|| None::<K>);
    use_effect_with(screen, move |screen| {
        let before = shown.replace(Some(screen.clone()));
        if before.is_some() || first {
            focus("main h1");
        }
    });
}

/// Focuses the `<main>` element (the skip link's target).
pub fn focus_main() {
    focus("main");
}
