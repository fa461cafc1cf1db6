//! The start screen pre-rendered into index.html at build time (`scripts/prerender.mjs`) paints
//! before the WebAssembly arrives; the app's first render replaces it in the same task, so the
//! browser never paints both.

use yew::prelude::*;

/// The id of the pre-rendered copy.
const ID: &str = "prerender";

/// Removes the pre-rendered start screen once the app has rendered its own.
#[hook]
pub fn use_take_over() {
    use_effect_with((), |_| {
        if let Some(copy) = gloo_utils::document().get_element_by_id(ID) {
            copy.remove();
        }
    });
}
