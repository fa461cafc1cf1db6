//! Screen: the body map (front and back) and the same choice as a checkbox list.

use yew::prelude::*;

use super::body_figure::{BodyFigure, Side};
use super::message;
use crate::engine::Spot;
use crate::form::{Draft, Edit, Field, FieldError};
use crate::text;

#[derive(Properties, PartialEq)]
pub struct PainMapProps {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onedit: Callback<Edit>,
}

#[function_component(PainMap)]
pub fn pain_map(props: &PainMapProps) -> Html {
    let chosen: Vec<Spot> = props.draft.chosen_spots().collect();
    let nothing = props.draft.spots.as_ref().is_some_and(|s| s.is_empty());
    let ontoggle = props.onedit.reform(Edit::ToggleSpot);
    let error = message(&props.errors, Field::Spots, props.draft.unit);
    let items = Spot::ALL
        .into_iter()
        .map(|spot| {
            let id = format!("spot-{spot}");
            let onchange = ontoggle.reform(move |_: Event| spot);
            html! {
                <label class="choice" for={id.clone()}>
                    <input type="checkbox" {id} checked={chosen.contains(&spot)} {onchange} />
                    <span>{ text::spot_name(spot) }</span>
                </label>
            }
        })
        .collect::<Html>();
    let onnothing = props.onedit.reform(|_: MouseEvent| Edit::NothingHurts);
    html! {
        <>
            <h1 tabindex="-1">{ text::PAIN_HEADING }</h1>
            <p class="lead" id="pain-hint">{ text::PAIN_HINT }</p>
            <div class="pain-map">
                <div class="figures">
                    <BodyFigure side={Side::Front} chosen={chosen.clone()} ontoggle={ontoggle.clone()} />
                    <BodyFigure side={Side::Back} chosen={chosen.clone()} {ontoggle} />
                </div>
                <fieldset class={classes!("spot-list", error.as_ref().map(|_| "has-error"))}
                    aria-describedby={error.as_ref().map(|_| "spots-error")}>
                    <legend>{ text::SPOT_LIST_LEGEND }</legend>
                    <div class="choices">{ items }</div>
                    <button type="button" class={classes!("secondary", "nothing", nothing.then_some("selected"))}
                        aria-pressed={nothing.to_string()} onclick={onnothing}>
                        { text::NOTHING_HURTS }
                    </button>
                    if nothing {
                        <p class="hint" role="status">{ text::NOTHING_HURTS_CHOSEN }</p>
                    }
                    if let Some(error) = error {
                        <p class="error" id="spots-error">{ error }</p>
                    }
                </fieldset>
            </div>
        </>
    }
}
