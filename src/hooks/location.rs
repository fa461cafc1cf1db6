//! The URL fragment: where share links live. Nothing here reaches a server.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::HashChangeEvent;
use yew::prelude::*;

/// The current fragment, `#…` or empty.
pub fn fragment() -> String {
    gloo_utils::window().location().hash().unwrap_or_default()
}

/// The share link of a result: this page's address with `fragment` (`#/result?…`) in place of
/// its own, whether or not the address bar shows it yet.
pub fn share_link(fragment: &str) -> String {
    let href = gloo_utils::window().location().href().unwrap_or_default();
    let page = href.split_once('#').map_or(href.as_str(), |(page, _)| page);
    format!("{page}{fragment}")
}

/// Puts a result link in the address bar without adding a history entry per answer.
pub fn show(fragment: &str) {
    if self::fragment() != fragment {
        let _ = gloo_utils::window().location().set_hash(fragment);
    }
}

/// Clears the fragment (start over) without reloading.
pub fn clear() {
    let window = gloo_utils::window();
    if self::fragment().is_empty() {
        return;
    }
    let location = window.location();
    let url = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Calls `on_change` with the new fragment whenever it changes (back button, pasted link). The
/// fragment is the one the event carries: by the time the event arrives, the app may already
/// have replaced the address (a link opened while the app was starting).
#[hook]
pub fn use_fragment_change(on_change: Callback<String>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo_utils::window(), "hashchange", move |event| {
            let link = event
                .dyn_ref::<HashChangeEvent>()
                .and_then(|e| web_sys::Url::new(&e.new_url()).ok())
                .map_or_else(fragment, |url| url.hash());
            on_change.emit(link);
        });
        move || drop(listener)
    });
}

/// Replaces the value of `name` in the address's query, if it has one, without a new history
/// entry; the fragment stays.
pub fn replace_query(name: &str, value: &str) {
    let window = gloo_utils::window();
    let location = window.location();
    let search = location.search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    if !params.has(name) {
        return;
    }
    params.set(name, value);
    let url = format!(
        "{}?{}{}",
        location.pathname().unwrap_or_default(),
        String::from(params.to_string()),
        fragment()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
