//! What the set-up page reads and writes, all on this device or its own host: the quiz
//! folder's `clinic.json`, a file the clinic picks, the file it downloads, and the clipboard.

use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, RequestCache};

use crate::clinic::FILE;

/// The quiz folder's `clinic.json`, from the set-up page's folder inside it: its text, or the
/// HTTP status it could not be fetched with (0: no network). Always asked of the host afresh.
pub async fn folder_file() -> Result<String, u16> {
    let response = Request::get(&format!("../{FILE}"))
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|_| 0u16)?;
    if !response.ok() {
        return Err(response.status());
    }
    response.text().await.map_err(|_| 0)
}

/// The text of a file the clinic picked; `None` if the browser cannot read it.
pub async fn file_text(file: &web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}

/// An address this page can show a picked file at.
pub fn local_address(file: &web_sys::File) -> Option<String> {
    web_sys::Url::create_object_url_with_blob(file).ok()
}

/// Hands `json` to the browser as the download `clinic.json`.
pub fn download(json: &str) {
    let parts = web_sys::js_sys::Array::of1(&json.into());
    let options = BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(address) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let link = gloo_utils::document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&address);
        link.set_download(FILE);
        link.click();
    }
    // The browser has the file once the download starts; the address can go a while after.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&address);
    })
    .forget();
}

/// Puts `text` on the clipboard; whether that worked.
pub async fn copy(text: &str) -> bool {
    let clipboard = gloo_utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
