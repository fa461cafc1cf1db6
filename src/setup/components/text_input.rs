//! A labelled text field of the set-up page, with a hint and the problem found in what it holds.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::Errors;
use crate::components::described_by;
use crate::i18n::Texts;
use crate::setup::draft::{Draft, Edit, Place, TextField};
use crate::setup::wording::{hint, label};

/// What a field holds, for the browser's keyboard and autofill.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum InputKind {
    #[default]
    Text,
    Url,
    Tel,
    Email,
    /// Digits only.
    Digits,
    /// Several lines.
    Lines,
}

#[derive(Properties, PartialEq)]
pub struct TextInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub kind: InputKind,
    /// The `lang` of what is typed, when it is not the page's.
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    pub oninput: Callback<String>,
}

#[function_component(TextInput)]
pub fn text_input(props: &TextInputProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described = described_by(&props.id, props.hint.is_some(), props.error.is_some());
    let invalid = props.error.as_ref().map(|_| "true");
    let oninput = props.oninput.reform(|e: InputEvent| {
        let target = e.target();
        target
            .clone()
            .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|area| area.value())
            .or_else(|| {
                target
                    .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                    .map(|i| i.value())
            })
            .unwrap_or_default()
    });
    let (kind, autocomplete) = match props.kind {
        InputKind::Text | InputKind::Lines | InputKind::Digits => ("text", "off"),
        InputKind::Url => ("url", "url"),
        InputKind::Tel => ("tel", "tel"),
        InputKind::Email => ("email", "email"),
    };
    let inputmode = (props.kind == InputKind::Digits).then_some("numeric");
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            if props.kind == InputKind::Lines {
                <textarea id={props.id.clone()} rows="3" lang={props.lang.clone()}
                    value={props.value.clone()} aria-invalid={invalid}
                    aria-describedby={described} {oninput} />
            } else {
                <input id={props.id.clone()} type={kind} {autocomplete} {inputmode}
                    spellcheck={(props.kind != InputKind::Text).then_some("false")}
                    lang={props.lang.clone()} value={props.value.clone()} aria-invalid={invalid}
                    aria-describedby={described} {oninput} />
            }
            if let Some(error) = &props.error {
                <p class="error" id={error_id}>{ error }</p>
            }
        </div>
    }
}

/// The text field `field` of the draft, labelled and with its hint and problem.
pub fn field(
    t: Texts,
    draft: &Draft,
    errors: &Errors,
    field: TextField,
    kind: InputKind,
    onedit: &Callback<Edit>,
) -> Html {
    let lang = match field {
        TextField::Name(lang) | TextField::Intro(lang) => Some(AttrValue::from(lang.to_string())),
        _ => None,
    };
    html! {
        <TextInput id={field.id()} label={label(t, field)} hint={AttrValue::from(hint(t, field))}
            value={AttrValue::from(draft.text(field).to_owned())}
            error={errors.get(&Place::Field(field)).cloned()} {kind} {lang}
            oninput={onedit.reform(move |value| Edit::Text(field, value))} />
    }
}
