//! Focus management: each new screen moves focus to its heading.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// Moves focus to the screen's `h1` whenever `key` (the screen) changes; not on first render,
/// where the page's own start is the right place.
#[hook]
pub fn use_focus_heading<K: PartialEq + 'static>(key: K) {
    let first = use_mut_ref(|| true);
    use_effect_with(key, move |_| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            let heading = gloo_utils::document()
                .query_selector("main h1")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(heading) = heading {
                let _ = heading.focus();
            }
        }
    });
}
