//! The clinic: first as the build saw `clinic.json` (so that the first render matches the
//! pre-rendered page), then from the file as it is now, fetched once the app runs, with every
//! problem reported in the console. A file that cannot be read leaves the clinic as built.

use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::clinic::{self, Clinic, ConfigProblem};
use crate::i18n::Lang;
use crate::theme::{accent_properties, Rgb};

/// The clinic, starting from `built`, and the problems found in its file. Problems go to the
/// console in `lang`, the language the page opened in.
#[hook]
pub fn use_clinic(built: Clinic, lang: Lang) -> (Clinic, Vec<ConfigProblem>) {
    let loaded = use_state_eq(|| (built.clone(), Vec::new()));
    use_effect_with(loaded.0.accent_color, |&accent| apply_accent(accent));
    {
        let loaded = loaded.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                let fetched = fetch_text(clinic::FILE).await;
                let (clinic, problems) =
                    clinic::update(&built, fetched.as_deref().map_err(|&status| status));
                for problem in &problems {
                    web_sys::console::warn_1(&lang.texts().config_problem(problem).into());
                }
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
