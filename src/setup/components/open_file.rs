//! Where the draft comes from: the `clinic.json` in the quiz's folder, a file on this device or
//! the example; and what opening it left to say.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::clinic::ConfigProblem;
use crate::i18n::use_texts;
use crate::setup::state::{Notes, Source};
use crate::setup::wording::about_file;

#[derive(Properties, PartialEq)]
pub struct OpenFileProps {
    /// `None` while the folder's file is being opened.
    pub source: Option<Source>,
    pub notes: Option<Notes>,
    pub onfolder: Callback<()>,
    pub onexample: Callback<()>,
    pub onfile: Callback<web_sys::File>,
}

#[function_component(OpenFile)]
pub fn open_file(props: &OpenFileProps) -> Html {
    let t = use_texts();
    let editing = match &props.source {
        None => t.setup_opening(),
        Some(Source::Folder) => t.setup_editing_folder(),
        Some(Source::Example) => t.setup_editing_example(),
        Some(Source::File(name)) => t.setup_editing_file(name),
    };
    let onfile = {
        let onfile = props.onfile.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                onfile.emit(file);
            }
            // The same file can be opened again after an edit on this device.
            input.set_value("");
        })
    };
    let notes = props.notes.as_ref().map(|notes| {
        let whole = notes.problems.iter().any(ConfigProblem::is_whole_file);
        let items = notes.problems.iter().map(|p| about_file(t, p, &notes.file));
        if whole {
            html! { for item in items { <p class="error">{ item }</p> } }
        } else {
            html! {
                <>
                    <p>{ t.setup_file_notes() }</p>
                    <ul>{ for items.map(|item| html! { <li>{ item }</li> }) }</ul>
                </>
            }
        }
    });
    html! {
        <section class="open" aria-labelledby="open-heading">
            <h2 id="open-heading">{ t.setup_open_heading() }</h2>
            <div role="status" data-testid="source">
                <p>{ editing }</p>
                if let Some(notes) = notes {
                    <div class="notes" data-testid="notes">{ notes }</div>
                }
            </div>
            <div class="open-actions">
                <button type="button" class="secondary" data-testid="open-folder"
                    onclick={props.onfolder.reform(|_| ())}>{ t.setup_open_folder() }</button>
                <button type="button" class="secondary" data-testid="open-example"
                    onclick={props.onexample.reform(|_| ())}>{ t.setup_open_example() }</button>
                <div class="field">
                    <label for="open-file">{ t.setup_open_file() }</label>
                    <input type="file" id="open-file" accept=".json,application/json" onchange={onfile} />
                </div>
            </div>
        </section>
    }
}
