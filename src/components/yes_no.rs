//! One yes/no question as a radio pair.

use yew::prelude::*;

use std::borrow::Cow;

use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct YesNoProps {
    pub name: AttrValue,
    pub question: AttrValue,
    /// `None` until answered.
    pub answer: Option<bool>,
    #[prop_or_default]
    pub error: Option<String>,
    pub onanswer: Callback<bool>,
}

#[function_component(YesNo)]
pub fn yes_no(props: &YesNoProps) -> Html {
    let t = use_texts();
    let error_id = format!("{}-error", props.name);
    let option = |value: bool, label: Cow<'static, str>| {
        let id = format!("{}-{}", props.name, if value { "yes" } else { "no" });
        let onchange = props.onanswer.reform(move |_: Event| value);
        html! {
            <label class="choice" for={id.clone()}>
                <input
                    type="radio"
                    {id}
                    name={props.name.clone()}
                    value={if value { "yes" } else { "no" }}
                    checked={props.answer == Some(value)}
                    {onchange}
                />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <fieldset
            class={classes!("yes-no", props.error.as_ref().map(|_| "has-error"))}
            aria-describedby={props.error.as_ref().map(|_| error_id.clone())}
        >
            <legend>{ &props.question }</legend>
            <div class="choices">
                { option(true, t.yes()) }
                { option(false, t.no()) }
            </div>
            if let Some(error) = &props.error {
                <p class="error" id={error_id}>{ error }</p>
            }
        </fieldset>
    }
}
