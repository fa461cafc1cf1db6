//! The clinic's colour, with the contrast the quiz will give it, and its logo, with a preview of
//! the image picked and where to upload it.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::contrast::Contrast;
use super::text_input::{field, InputKind};
use super::Errors;
use crate::i18n::use_texts;
use crate::setup::draft::{Draft, Edit, TextField};
use crate::theme::Rgb;

/// What the colour picker shows while the colour field holds no colour: the quiz's own.
const QUIZ_ACCENT: &str = "#0b5d56";

#[derive(Properties, PartialEq)]
pub struct LookProps {
    pub draft: Draft,
    pub errors: Errors,
    /// The colour the quiz reads from the draft, if it reads one.
    pub accent: Option<Rgb>,
    /// The logo's path the quiz reads from the draft, if it reads one.
    pub logo: Option<AttrValue>,
    /// Where this page can show the logo image picked.
    pub logo_preview: Option<AttrValue>,
    pub onedit: Callback<Edit>,
    pub onlogo: Callback<web_sys::File>,
}

#[function_component(Look)]
pub fn look(props: &LookProps) -> Html {
    let t = use_texts();
    let text = |f: TextField| {
        field(
            t,
            &props.draft,
            &props.errors,
            f,
            InputKind::Text,
            &props.onedit,
        )
    };
    let picked = props.onedit.reform(|e: InputEvent| {
        Edit::Text(
            TextField::AccentColor,
            e.target_unchecked_into::<HtmlInputElement>().value(),
        )
    });
    let onlogo = {
        let onlogo = props.onlogo.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                onlogo.emit(file);
            }
        })
    };
    let shown = props.logo_preview.clone().or_else(|| {
        props
            .logo
            .as_ref()
            .map(|logo| AttrValue::from(format!("../{logo}")))
    });
    html! {
        <>
            { text(TextField::AccentColor) }
            <div class="field picker">
                <label for="accent-picker">{ t.setup_accent_picker() }</label>
                <input type="color" id="accent-picker"
                    value={props.accent.map_or_else(|| QUIZ_ACCENT.to_owned(), Rgb::hex)} oninput={picked} />
            </div>
            if let Some(accent) = props.accent {
                <Contrast {accent} />
            }
            { text(TextField::Logo) }
            <div class="field">
                <label for="logo-file">{ t.setup_logo_pick() }</label>
                <input type="file" id="logo-file" accept="image/svg+xml,image/png,image/webp,image/jpeg"
                    onchange={onlogo} />
            </div>
            if let Some(src) = shown {
                <img class="logo-preview" {src} alt={t.setup_logo_preview()} height="40" />
            }
            if let Some(logo) = &props.logo {
                <p class="note" data-testid="logo-upload">{ t.setup_logo_upload(logo) }</p>
            }
        </>
    }
}
