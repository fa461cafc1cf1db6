//! The languages the clinic offers, and which is its default.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::components::described_by;
use crate::i18n::use_texts;
use crate::lang::Lang;
use crate::setup::draft::{Edit, LANGUAGES_ID};

#[derive(Properties, PartialEq)]
pub struct LanguagesProps {
    /// The languages offered, the default first.
    pub languages: Vec<Lang>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    pub onedit: Callback<Edit>,
}

#[function_component(Languages)]
pub fn languages(props: &LanguagesProps) -> Html {
    let t = use_texts();
    let error_id = format!("{LANGUAGES_ID}-error");
    let described = described_by(LANGUAGES_ID, true, props.error.is_some());
    let ondefault = props.onedit.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        Edit::DefaultLanguage(code.parse().unwrap_or_default())
    });
    html! {
        <>
            <fieldset id={LANGUAGES_ID} class={classes!("choice-group", props.error.as_ref().map(|_| "has-error"))}
                aria-describedby={described}>
                <legend>{ t.setup_languages_legend() }</legend>
                <p class="hint" id={format!("{LANGUAGES_ID}-hint")}>{ t.setup_languages_hint() }</p>
                <div class="choices">
                    { for Lang::ALL.into_iter().map(|lang| {
                        let id = format!("offer-{lang}");
                        let onchange = props.onedit.reform(move |e: Event| {
                            Edit::Offer(lang, e.target_unchecked_into::<HtmlInputElement>().checked())
                        });
                        html! {
                            <label class="choice" for={id.clone()}>
                                <input type="checkbox" {id} checked={props.languages.contains(&lang)} {onchange} />
                                <span lang={lang.to_string()}>{ lang.own_name() }</span>
                            </label>
                        }
                    }) }
                </div>
                if let Some(error) = &props.error {
                    <p class="error" id={error_id}>{ error }</p>
                }
            </fieldset>
            if props.languages.len() > 1 {
                <div class="field">
                    <label for="default-language">{ t.setup_default_language() }</label>
                    <select id="default-language" onchange={ondefault}>
                        { for props.languages.iter().map(|&lang| html! {
                            <option value={lang.to_string()} lang={lang.to_string()}
                                selected={Some(&lang) == props.languages.first()}>
                                { lang.own_name() }
                            </option>
                        }) }
                    </select>
                </div>
            }
        </>
    }
}
