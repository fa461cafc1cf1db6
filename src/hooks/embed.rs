//! Embedding: with `?embed=1` the app drops its page chrome and tells the host page its height
//! after every render, so `embed.js` can size the iframe (no double scrollbar).

use gloo_events::EventListener;
use yew::prelude::*;

/// The message prefix `static/embed.js` listens for: `recovery-quiz:height:<px>`.
pub const HEIGHT_MESSAGE: &str = "recovery-quiz:height:";

/// Whether the page's query has this flag (`?embed=1`, `?debug`).
pub fn query_flag(name: &str) -> bool {
    let search = gloo_utils::window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get(name))
        .is_some_and(|value| value != "0" && value != "false")
}

fn post_height() {
    let window = gloo_utils::window();
    let height = gloo_utils::document()
        .document_element()
        .map_or(0, |root| root.scroll_height());
    if let Ok(Some(parent)) = window.parent() {
        // The height is not private, so any embedding origin may read it.
        let _ = parent.post_message(&format!("{HEIGHT_MESSAGE}{height}").into(), "*");
    }
}

/// When embedded, posts the page height after every render and on every resize.
#[hook]
pub fn use_embed_height(embedded: bool) {
    use_effect(move || {
        if embedded {
            post_height();
        }
    });
    use_effect_with(embedded, |&embedded| {
        let listener = embedded
            .then(|| EventListener::new(&gloo_utils::window(), "resize", |_| post_height()));
        move || drop(listener)
    });
}
