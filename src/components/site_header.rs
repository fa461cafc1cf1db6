//! The page's header: the clinic's logo and name, and the language switch.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::use_texts;
use crate::lang::Lang;
use crate::shell::LANGUAGE_SWITCH_ID;

#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    /// The clinic's name; `None` before the clinic is known.
    pub name: Option<AttrValue>,
    #[prop_or_default]
    pub logo: Option<AttrValue>,
    pub lang: Lang,
    /// The languages offered; no switch when there is only one.
    pub languages: Vec<Lang>,
    pub onlanguage: Callback<Lang>,
}

#[function_component(SiteHeader)]
pub fn site_header(props: &SiteHeaderProps) -> Html {
    let t = use_texts();
    let onchange = props.onlanguage.reform(|e: Event| {
        let code = e.target_unchecked_into::<HtmlSelectElement>().value();
        code.parse().unwrap_or_default()
    });
    html! {
        <header class="site">
            if let Some(logo) = &props.logo {
                <img class="logo" src={logo.clone()} alt="" height="40" />
            }
            <p class="clinic-name">{ props.name.clone().unwrap_or_default() }</p>
            if props.languages.len() > 1 {
                <div class="language no-print">
                    <label for={LANGUAGE_SWITCH_ID} class="visually-hidden">{ t.language() }</label>
                    <select id={LANGUAGE_SWITCH_ID} {onchange}>
                        { for props.languages.iter().map(|&lang| html! {
                            <option value={lang.to_string()} lang={lang.to_string()}
                                selected={lang == props.lang}>
                                { lang.own_name() }
                            </option>
                        }) }
                    </select>
                </div>
            }
        </header>
    }
}
