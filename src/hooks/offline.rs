//! Offline use and installing: once the app runs, links the web app manifest in the page's
//! language and registers the service worker `sw.js`. The build writes both beside index.html:
//! the manifests with `src/bin/prerender.rs`, sw.js with `scripts/precache.mjs` (the whole
//! mechanism is in docs/offline.md). Where service workers are missing or refused, nothing more
//! happens and the quiz works as it always did.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Reflect;
use web_sys::ServiceWorkerContainer;
use yew::prelude::*;

use crate::lang::Lang;

/// The service worker, relative to the page: its folder is the worker's scope.
const SCRIPT: &str = "sw.js";

/// The file name of the web app manifest in `lang`.
pub fn manifest_file(lang: Lang) -> String {
    format!("manifest.{lang}.json")
}

/// After the app's first render, when the page already answers taps: with the link in
/// index.html, Chrome would fetch the manifest (and check an icon) during the first paint. The
/// link follows the page's language. Release builds only: the development server has neither
/// the manifests nor sw.js (a worker that a release build left on the same address keeps
/// answering until it is removed: docs/offline.md).
#[hook]
pub fn use_offline(lang: Lang) {
    use_effect_with(lang, |&lang| {
        if !cfg!(debug_assertions) {
            link_manifest(lang);
        }
    });
    use_effect_with((), |_| {
        if !cfg!(debug_assertions) {
            wasm_bindgen_futures::spawn_local(register(SCRIPT));
        }
    });
}

fn link_manifest(lang: Lang) {
    let document = gloo_utils::document();
    let href = manifest_file(lang);
    if let Ok(Some(link)) = document.query_selector("link[rel=manifest]") {
        let _ = link.set_attribute("href", &href);
        return;
    }
    let (Ok(link), Ok(Some(head))) = (
        document.create_element("link"),
        document.query_selector("head"),
    ) else {
        return;
    };
    let _ = link.set_attribute("rel", "manifest");
    let _ = link.set_attribute("href", &href);
    let _ = head.append_child(&link);
}

/// Registers the service worker at `script` (relative to the page), where the browser allows it.
pub async fn register(script: &str) {
    // Read as a plain property: the getter throws where a document may not use service workers.
    let navigator = gloo_utils::window().navigator();
    let Some(container) = Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .and_then(|c| c.dyn_into::<ServiceWorkerContainer>().ok())
    else {
        return;
    };
    // A refusal (storage blocked, a private window) rejects the promise: nothing to do.
    let _ = JsFuture::from(container.register(script)).await;
}
