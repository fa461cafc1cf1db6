//! The clinic's name and welcome line, in each language the quiz will speak, the default first.

use yew::prelude::*;

use super::text_input::{field, InputKind};
use super::Errors;
use crate::i18n::use_texts;
use crate::setup::draft::{Draft, Edit, TextField};

#[derive(Properties, PartialEq)]
pub struct TextsProps {
    pub draft: Draft,
    pub errors: Errors,
    pub onedit: Callback<Edit>,
}

#[function_component(ClinicTexts)]
pub fn clinic_texts(props: &TextsProps) -> Html {
    let t = use_texts();
    html! {
        for lang in props.draft.spoken() {
            <div class="language-texts" key={lang.to_string()}>
                { field(t, &props.draft, &props.errors, TextField::Name(lang), InputKind::Text, &props.onedit) }
                { field(t, &props.draft, &props.errors, TextField::Intro(lang), InputKind::Lines, &props.onedit) }
            </div>
        }
    }
}
