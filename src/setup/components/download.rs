//! Download clinic.json: the file, and, when a field still needs a look, the list of them
//! (each a link to its field) in place of the download.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::i18n::use_texts;
use crate::setup::state::Download;

/// A field that needs a look: its id, its label and what it must hold.
#[derive(Clone, Debug, PartialEq)]
pub struct Blocker {
    pub id: AttrValue,
    pub label: AttrValue,
    pub message: AttrValue,
}

#[derive(Properties, PartialEq)]
pub struct DownloadFileProps {
    /// The file's text.
    pub json: AttrValue,
    pub blockers: Vec<Blocker>,
    pub download: Option<Download>,
    pub ondownload: Callback<()>,
}

#[function_component(DownloadFile)]
pub fn download_file(props: &DownloadFileProps) -> Html {
    let t = use_texts();
    let list = use_node_ref();
    let blocked = props.download == Some(Download::Blocked) && !props.blockers.is_empty();
    use_effect_with((props.download, list.clone()), |(download, list)| {
        if *download == Some(Download::Blocked) {
            if let Some(list) = list.cast::<HtmlElement>() {
                let _ = list.focus();
            }
        }
    });
    html! {
        <section class="download" aria-labelledby="download-heading">
            <h2 id="download-heading">{ t.setup_download_heading() }</h2>
            <p class="hint">{ t.setup_download_hint() }</p>
            <button type="button" class="primary" data-testid="download"
                onclick={props.ondownload.reform(|_| ())}>{ t.setup_download() }</button>
            <div role="status">
                if props.download == Some(Download::Done) {
                    <p data-testid="downloaded">{ t.setup_downloaded() }</p>
                }
            </div>
            if blocked {
                <div class="blockers" tabindex="-1" ref={list} data-testid="download-blocked">
                    <p class="error">{ t.setup_download_blocked(props.blockers.len() as u32) }</p>
                    <ul>
                        { for props.blockers.iter().map(|b| {
                            let id = b.id.clone();
                            let onclick = Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                focus_field(&id);
                            });
                            html! {
                                <li><a href={format!("#{}", b.id)} {onclick}>{ &b.label }</a>{ ": " }{ &b.message }</li>
                            }
                        }) }
                    </ul>
                </div>
            }
            <details>
                <summary>{ t.setup_show_file() }</summary>
                <pre data-testid="file">{ &props.json }</pre>
            </details>
        </section>
    }
}

/// Moves the focus to the field `id`, or to the first box of the group `id`.
fn focus_field(id: &str) {
    let document = gloo_utils::document();
    let target = document
        .query_selector(&format!("#{id} input, #{id} select"))
        .ok()
        .flatten()
        .or_else(|| document.get_element_by_id(id));
    if let Some(element) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
