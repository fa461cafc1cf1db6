//! Screen: severity, feel and age of one painful spot.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::message;
use super::number_field::NumberField;
use crate::engine::{Quality, Spot};
use crate::form::{Draft, Edit, Field, FieldError, TextField};
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct SpotStepProps {
    pub spot: Spot,
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onedit: Callback<Edit>,
}

#[function_component(SpotStep)]
pub fn spot_step(props: &SpotStepProps) -> Html {
    let t = use_texts();
    let spot = props.spot;
    let Some(details) = props.draft.spot(spot) else {
        return Html::default();
    };
    let unit = props.draft.unit;
    let name = spot.to_string();
    let days = TextField::Days(spot);
    let severity_id = format!("{name}-severity");
    let onseverity = props.onedit.reform(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        Edit::Severity(spot, value.parse().unwrap_or_default())
    });
    let chosen = details.quality;
    let quality_error = message(t, &props.errors, Field::Quality(spot), unit);
    let quality_error_id = format!("{name}-quality-error");
    let qualities = Quality::ALL.into_iter().map(|quality| {
        let id = format!("{name}-{quality}");
        let onchange = props
            .onedit
            .reform(move |_: Event| Edit::Quality(spot, quality));
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" {id} name={format!("{name}-quality")}
                    checked={chosen == Some(quality)} {onchange} />
                <span>{ t.quality_name(quality) }</span>
            </label>
        }
    });
    html! {
        <>
            <h1 tabindex="-1">{ t.spot_heading(spot) }</h1>
            <div class="field">
                <label for={severity_id.clone()}>{ t.severity_label() }</label>
                <div class="severity">
                    <input type="range" id={severity_id} min="0" max="10" step="1"
                        value={details.severity.to_string()} oninput={onseverity} />
                    <output for={format!("{name}-severity")} aria-hidden="true">
                        { details.severity }
                    </output>
                </div>
            </div>
            <fieldset class={classes!("qualities", quality_error.as_ref().map(|_| "has-error"))}
                aria-describedby={quality_error.as_ref().map(|_| quality_error_id.clone())}>
                <legend>{ t.quality_legend() }</legend>
                <div class="choices">{ for qualities }</div>
                if let Some(error) = quality_error {
                    <p class="error" id={quality_error_id}>{ error }</p>
                }
            </fieldset>
            <NumberField id={format!("{name}-days")} label={t.days_label()} hint={t.days_hint()}
                whole=true value={details.days.clone()}
                error={message(t, &props.errors, Field::Text(days), unit)}
                oninput={props.onedit.reform(move |v| Edit::Text(days, v))} />
        </>
    }
}
