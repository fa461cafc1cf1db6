//! Screen: this week's distance, runs, hard sessions, longest run, last hard session.

use yew::prelude::*;

use super::message;
use super::number_field::NumberField;
use crate::form::{Draft, Edit, Field, FieldError, TextField, Unit};
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct TrainingStepProps {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onedit: Callback<Edit>,
}

#[function_component(TrainingStep)]
pub fn training_step(props: &TrainingStepProps) -> Html {
    let t = use_texts();
    let draft = &props.draft;
    let unit = draft.unit;
    let error = |field| message(t, &props.errors, Field::Text(field), unit);
    let edit = |field| props.onedit.reform(move |text| Edit::Text(field, text));
    let unit_choice = |choice: Unit| {
        let id = format!("unit-{choice}");
        let onchange = props.onedit.reform(move |_: Event| Edit::Unit(choice));
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" {id} name="unit" checked={unit == choice} {onchange} />
                <span>{ t.unit_name(choice) }</span>
            </label>
        }
    };
    let suffix = AttrValue::from(t.unit_short(unit));
    html! {
        <>
            <h1 tabindex="-1">{ t.training_heading() }</h1>
            <fieldset class="unit">
                <legend>{ t.unit_legend() }</legend>
                <div class="choices">
                    { unit_choice(Unit::Km) }
                    { unit_choice(Unit::Mi) }
                </div>
            </fieldset>
            <NumberField id="km" label={t.km_label()} suffix={suffix.clone()}
                value={draft.km.clone()} error={error(TextField::Km)} oninput={edit(TextField::Km)} />
            <NumberField id="runs" label={t.runs_label()} whole=true
                value={draft.runs.clone()} error={error(TextField::Runs)} oninput={edit(TextField::Runs)} />
            <NumberField id="hard" label={t.hard_label()} hint={t.hard_hint()} whole=true
                value={draft.hard.clone()} error={error(TextField::Hard)} oninput={edit(TextField::Hard)} />
            <NumberField id="long" label={t.long_label()} hint={t.long_hint()} suffix={suffix}
                value={draft.long.clone()} error={error(TextField::Long)} oninput={edit(TextField::Long)} />
            <NumberField id="last" label={t.last_label()} hint={t.last_hint()} whole=true
                suffix={t.hours_short()} value={draft.last.clone()} error={error(TextField::Last)}
                oninput={edit(TextField::Last)} />
        </>
    }
}
