//! Offline use and installing: once the app runs, registers the service worker `sw.js` and
//! links the web app manifest in the page's language. The build writes both beside index.html:
//! the manifests with `src/bin/prerender.rs`, sw.js with `scripts/precache.mjs` (the whole
//! mechanism is in docs/offline.md). Where service workers are missing or refused, nothing more
//! happens and the quiz works as it always did.

use gloo_events::EventListener;
use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Promise, Reflect};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};
use yew::prelude::*;

use crate::lang::Lang;

/// The service worker, relative to the page: its folder is the worker's scope.
const SCRIPT: &str = "sw.js";

/// The file name of the web app manifest in `lang`.
pub fn manifest_file(lang: Lang) -> String {
    format!("manifest.{lang}.json")
}

/// In a task after the app's elements are drawn (`drawn`), when the page already answers taps
/// (with the link in index.html, Chrome would fetch the manifest during the first paint):
/// registers the service worker and, once a worker is in charge of the page, links the manifest
/// in the page's language, so that the browser fetches it through the worker, which gives it the
/// clinic's current name and colour (static/sw.js). Where there is no worker, the build's own
/// manifest is linked at once. Release builds only: the development server has neither the
/// manifests nor sw.js (a worker that a release build left on the same address keeps answering
/// until it is removed: docs/offline.md).
#[hook]
pub fn use_offline(lang: Lang, drawn: bool) {
    use_effect_with((lang, drawn), |&(lang, drawn)| {
        if drawn && !cfg!(debug_assertions) {
            wasm_bindgen_futures::spawn_local(async move {
                TimeoutFuture::new(0).await;
                register(SCRIPT).await;
                link_manifest(lang);
            });
        }
    });
}

fn link_manifest(lang: Lang) {
    let document = gloo_utils::document();
    let (Ok(link), Ok(Some(head))) = (
        document.create_element("link"),
        document.query_selector("head"),
    ) else {
        return;
    };
    let _ = link.set_attribute("rel", "manifest");
    let _ = link.set_attribute("href", &manifest_file(lang));
    let _ = head.append_child(&link);
}

/// Registers the service worker at `script` (relative to the page) and waits until a worker
/// controls the page; at once where none will: no service workers, a refusal, a stand-in that
/// answers with no registration, or a worker that is already active without controlling the
/// page (a reload that bypassed it).
pub async fn register(script: &str) {
    // Read as a plain property: the getter throws where a document may not use service workers.
    let navigator = gloo_utils::window().navigator();
    let Some(container) = Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .and_then(|c| c.dyn_into::<ServiceWorkerContainer>().ok())
    else {
        return;
    };
    // A refusal (storage blocked, a private window) rejects the promise: nothing to wait for.
    let Ok(registration) = JsFuture::from(container.register(script)).await else {
        return;
    };
    let (Ok(registration), None) = (
        registration.dyn_into::<ServiceWorkerRegistration>(),
        container.controller(),
    ) else {
        return;
    };
    let Some(worker) = registration.installing() else {
        return;
    };
    // The first visit: the worker takes charge once it has kept every file of the build, or
    // becomes redundant when a file of the build cannot be had.
    let mut settle = None;
    let settled = Promise::new(&mut |resolve, _| settle = Some(resolve));
    let Some(resolve) = settle else {
        return;
    };
    let in_charge = {
        let resolve = resolve.clone();
        EventListener::once(&container, "controllerchange", move |_| {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        })
    };
    let failed = EventListener::new(&worker.clone(), "statechange", move |_| {
        if worker.state() == ServiceWorkerState::Redundant {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(settled).await;
    drop((in_charge, failed));
}
