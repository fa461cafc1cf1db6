//! The start screen pre-rendered into index.html at build time (`scripts/prerender.mjs`) paints
//! before the WebAssembly arrives. The app renders hidden beside it; on its first effect the copy
//! goes and the app shows, in one step, so the browser never paints both or neither.

use yew::prelude::*;

/// The id of the pre-rendered copy, and of the app's root.
const COPY_ID: &str = "prerender";
const ROOT_ID: &str = "app";

/// Replaces the pre-rendered start screen with the app once the app has rendered its own.
#[hook]
pub fn use_take_over() {
    use_effect_with((), |_| {
        let document = gloo_utils::document();
        if let Some(copy) = document.get_element_by_id(COPY_ID) {
            copy.remove();
        }
        if let Some(root) = document.get_element_by_id(ROOT_ID) {
            let _ = root.remove_attribute("hidden");
        }
    });
}
