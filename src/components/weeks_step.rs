//! Screen: the four weeks before (optional) and race plans.

use std::borrow::Cow;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::message;
use super::number_field::NumberField;
use crate::form::{Draft, Edit, Field, FieldError, TextField};
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct WeeksStepProps {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onedit: Callback<Edit>,
}

#[function_component(WeeksStep)]
pub fn weeks_step(props: &WeeksStepProps) -> Html {
    let t = use_texts();
    let draft = &props.draft;
    let unit = draft.unit;
    let error = |field| message(t, &props.errors, Field::Text(field), unit);
    let edit = |field| props.onedit.reform(move |text| Edit::Text(field, text));
    let suffix = AttrValue::from(t.unit_short(unit));
    let weeks = (0..4).map(|i| {
        let field = TextField::Week(i);
        html! {
            <NumberField id={format!("week-{i}")} label={t.week_label(4 - i as u32)}
                suffix={suffix.clone()} value={draft.text(field).to_owned()}
                error={error(field)} oninput={edit(field)} />
        }
    });
    let toggle = |id: &'static str, label: Cow<'static, str>, on: bool, f: fn(bool) -> Edit| {
        let onchange = props
            .onedit
            .reform(move |e: Event| f(e.target_unchecked_into::<HtmlInputElement>().checked()));
        html! {
            <label class="choice" for={id}>
                <input type="checkbox" {id} checked={on} {onchange} />
                <span>{ label }</span>
            </label>
        }
    };
    html! {
        <>
            <h1 tabindex="-1">{ t.weeks_heading() }</h1>
            <fieldset class="weeks">
                <legend>{ t.weeks_legend() }</legend>
                <p class="hint">{ t.weeks_hint() }</p>
                <div class="week-grid">{ for weeks }</div>
            </fieldset>
            { toggle("race-planned", t.race_planned(), draft.race_planned, Edit::RacePlanned) }
            if draft.race_planned {
                <NumberField id="race-in" label={t.race_in_label()} whole=true
                    value={draft.race_in.clone()} error={error(TextField::RaceIn)}
                    oninput={edit(TextField::RaceIn)} />
            }
            { toggle("raced-recently", t.raced_recently(), draft.raced_recently, Edit::RacedRecently) }
            if draft.raced_recently {
                <NumberField id="raced-ago" label={t.raced_ago_label()} whole=true
                    value={draft.raced_ago.clone()} error={error(TextField::RacedAgo)}
                    oninput={edit(TextField::RacedAgo)} />
            }
        </>
    }
}
