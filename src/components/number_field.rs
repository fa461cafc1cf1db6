//! A labelled text field for a number, with a hint, a unit and an inline error.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    /// Shown after the field, e.g. "km".
    #[prop_or_default]
    pub suffix: Option<AttrValue>,
    pub value: AttrValue,
    #[prop_or_default]
    pub error: Option<String>,
    /// Whole numbers only (numeric keypad without a decimal point).
    #[prop_or_default]
    pub whole: bool,
    pub oninput: Callback<String>,
}

#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described = super::described_by(&props.id, props.hint.is_some(), props.error.is_some());
    let oninput = props
        .oninput
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>{ &props.label }</label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id}>{ hint }</p>
            }
            <div class="input-row">
                <input
                    id={props.id.clone()}
                    type="text"
                    inputmode={if props.whole { "numeric" } else { "decimal" }}
                    autocomplete="off"
                    value={props.value.clone()}
                    aria-invalid={props.error.as_ref().map(|_| "true")}
                    aria-describedby={described}
                    {oninput}
                />
                if let Some(suffix) = &props.suffix {
                    <span class="suffix" aria-hidden="true">{ suffix }</span>
                }
            </div>
            if let Some(error) = &props.error {
                <p class="error" id={error_id}>{ error }</p>
            }
        </div>
    }
}
