//! Screen: severity, feel and age of one painful spot.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::message;
use super::number_field::NumberField;
use crate::engine::{Quality, Spot};
use crate::form::{Draft, Field, FieldError};
use crate::state::Edit;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct SpotStepProps {
    pub spot: Spot,
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onedit: Callback<Edit>,
}

#[function_component(SpotStep)]
pub fn spot_step(props: &SpotStepProps) -> Html {
    let spot = props.spot;
    let Some(details) = props.draft.spot(spot) else {
        return Html::default();
    };
    let unit = props.draft.unit;
    let slug = spot.slug();
    let severity_id = format!("{slug}-severity");
    let onseverity = props.onedit.reform(move |e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        Edit::Severity(spot, value.parse().unwrap_or_default())
    });
    let chosen = details.quality.as_deref().and_then(Quality::from_slug);
    let quality_error = message(&props.errors, Field::Quality(spot), unit);
    let quality_error_id = format!("{slug}-quality-error");
    let qualities = Quality::ALL.into_iter().map(|quality| {
        let id = format!("{slug}-{}", quality.slug());
        let onchange = props
            .onedit
            .reform(move |_: Event| Edit::Quality(spot, quality));
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" {id} name={format!("{slug}-quality")}
                    checked={chosen == Some(quality)} {onchange} />
                <span>{ text::quality_name(quality) }</span>
            </label>
        }
    });
    html! {
        <>
            <h1 tabindex="-1">{ text::spot_heading(spot) }</h1>
            <div class="field">
                <label for={severity_id.clone()}>{ text::SEVERITY_LABEL }</label>
                <div class="severity">
                    <input type="range" id={severity_id} min="0" max="10" step="1"
                        value={details.severity.to_string()} oninput={onseverity} />
                    <output for={format!("{slug}-severity")} aria-hidden="true">
                        { details.severity }
                    </output>
                </div>
            </div>
            <fieldset class={classes!("qualities", quality_error.as_ref().map(|_| "has-error"))}
                aria-describedby={quality_error.as_ref().map(|_| quality_error_id.clone())}>
                <legend>{ text::QUALITY_LEGEND }</legend>
                <div class="choices">{ for qualities }</div>
                if let Some(error) = quality_error {
                    <p class="error" id={quality_error_id}>{ error }</p>
                }
            </fieldset>
            <NumberField id={format!("{slug}-days")} label={text::DAYS_LABEL} hint={text::DAYS_HINT}
                whole=true value={details.days.clone()}
                error={message(&props.errors, Field::Days(spot), unit)}
                oninput={props.onedit.reform(move |v| Edit::Days(spot, v))} />
        </>
    }
}
