//! The clinic: first from the copy of `clinic.json` that the build embedded in index.html (so the
//! first render matches the pre-rendered page), then from the file itself, fetched after the
//! first paint, which reports every problem in the console. Without either, neutral defaults.

use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clinic::{self, Clinic, ConfigProblem};
use crate::text;
use crate::theme::{accent_properties, Rgb};

/// The id of the data block `scripts/prerender.mjs` writes.
const EMBEDDED_ID: &str = "clinic-data";

/// The clinic, and the problems found in its file.
#[hook]
pub fn use_clinic() -> (Clinic, Vec<ConfigProblem>) {
    let loaded = use_state(|| {
        let embedded = gloo_utils::document()
            .get_element_by_id(EMBEDDED_ID)
            .and_then(|e| e.text_content());
        let clinic = embedded.map_or_else(Clinic::default, |json| clinic::parse(&json).0);
        apply_accent(clinic.accent_color);
        (clinic, Vec::new())
    });
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let (clinic, problems) = match fetch_text(clinic::FILE).await {
                    Ok(json) => clinic::parse(&json),
                    Err(status) => (Clinic::default(), vec![ConfigProblem::NotLoaded(status)]),
                };
                for problem in &problems {
                    web_sys::console::warn_1(&text::config_problem(problem).into());
                }
                apply_accent(clinic.accent_color);
                loaded.set((clinic, problems));
            });
        });
    }
    (*loaded).clone()
}

/// The body of a same-origin file, or the HTTP status (0 for a network failure).
async fn fetch_text(path: &str) -> Result<String, u16> {
    let response = Request::get(path).send().await.map_err(|_| 0u16)?;
    if !response.ok() {
        return Err(response.status());
    }
    response.text().await.map_err(|_| 0)
}

/// Sets the theme's colour properties on the root element (CSSOM, so a strict CSP allows it).
fn apply_accent(accent: Option<Rgb>) {
    let Some(rgb) = accent else {
        return;
    };
    let Some(root) = gloo_utils::document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    for (property, value) in accent_properties(rgb) {
        let _ = root.style().set_property(property, &value);
    }
}
