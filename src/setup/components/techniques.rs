//! The techniques the clinic offers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::described_by;
use crate::engine::Technique;
use crate::i18n::use_texts;
use crate::setup::draft::{Edit, TECHNIQUES_ID};

#[derive(Properties, PartialEq)]
pub struct TechniquesProps {
    pub techniques: Vec<Technique>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub onedit: Callback<Edit>,
}

#[function_component(Techniques)]
pub fn techniques(props: &TechniquesProps) -> Html {
    let t = use_texts();
    let error_id = format!("{TECHNIQUES_ID}-error");
    let described = described_by(TECHNIQUES_ID, true, props.error.is_some());
    html! {
        <fieldset id={TECHNIQUES_ID} class={classes!("choice-group", props.error.as_ref().map(|_| "has-error"))}
            aria-describedby={described}>
            <legend>{ t.setup_techniques_legend() }</legend>
            <p class="hint" id={format!("{TECHNIQUES_ID}-hint")}>{ t.setup_techniques_hint() }</p>
            <div class="choices">
                { for Technique::ALL.into_iter().map(|technique| {
                    let id = format!("offer-{technique}");
                    let onchange = props.onedit.reform(move |e: Event| {
                        Edit::Technique(technique, e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    html! {
                        <label class="choice" for={id.clone()}>
                            <input type="checkbox" {id} checked={props.techniques.contains(&technique)} {onchange} />
                            <span>{ t.technique_name(technique) }</span>
                        </label>
                    }
                }) }
            </div>
            if let Some(error) = &props.error {
                <p class="error" id={error_id}>{ error }</p>
            }
        </fieldset>
    }
}
