//! The emergency number the quiz gives, and the unit distances start in.

use yew::prelude::*;

use super::text_input::{field, InputKind};
use super::Errors;
use crate::form::Unit;
use crate::i18n::use_texts;
use crate::setup::draft::{Draft, Edit, TextField};

#[derive(Properties, PartialEq)]
pub struct SafetyProps {
    pub draft: Draft,
    pub errors: Errors,
    pub onedit: Callback<Edit>,
}

#[function_component(Safety)]
pub fn safety(props: &SafetyProps) -> Html {
    let t = use_texts();
    html! {
        <>
            { field(t, &props.draft, &props.errors, TextField::EmergencyNumber, InputKind::Digits, &props.onedit) }
            <fieldset class="choice-group">
                <legend>{ t.setup_units_legend() }</legend>
                <div class="choices">
                    { for [Unit::Km, Unit::Mi].into_iter().map(|unit| {
                        let id = format!("units-{unit}");
                        html! {
                            <label class="choice" for={id.clone()}>
                                <input type="radio" name="units" {id} value={unit.to_string()}
                                    checked={props.draft.units == unit}
                                    onchange={props.onedit.reform(move |_: Event| Edit::Units(unit))} />
                                <span>{ t.unit_name(unit) }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
        </>
    }
}
