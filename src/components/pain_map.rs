//! Screen: the body map (front and back) and the same choice as a checkbox list.

use yew::prelude::*;

use super::body_figure::{BodyFigure, Side};
use super::message;
use crate::engine::Spot;
use crate::form::{Draft, Edit, Field, FieldError};
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct PainMapProps {
    pub draft: Draft,
    pub errors: Vec<FieldError>,
    pub onedit: Callback<Edit>,
}

#[function_component(PainMap)]
pub fn pain_map(props: &PainMapProps) -> Html {
    let t = use_texts();
    let chosen: Vec<Spot> = props.draft.chosen_spots().collect();
    let nothing = props.draft.spots.as_ref().is_some_and(|s| s.is_empty());
    let ontoggle = props.onedit.reform(Edit::ToggleSpot);
    let error = message(t, &props.errors, Field::Spots, props.draft.unit);
    let items = Spot::ALL
        .into_iter()
        .map(|spot| {
            let id = format!("spot-{spot}");
            let onchange = ontoggle.reform(move |_: Event| spot);
            html! {
                <label class="choice" for={id.clone()}>
                    <input type="checkbox" {id} checked={chosen.contains(&spot)} {onchange} />
                    <span>{ t.spot_name(spot) }</span>
                </label>
            }
        })
        .collect::<Html>();
    let onnothing = props.onedit.reform(|_: MouseEvent| Edit::NothingHurts);
    html! {
        <>
            <h1 tabindex="-1">{ t.pain_heading() }</h1>
            <p class="lead" id="pain-hint">{ t.pain_hint() }</p>
            <div class="pain-map">
                <div class="figures">
                    <BodyFigure side={Side::Front} chosen={chosen.clone()} ontoggle={ontoggle.clone()} />
                    <BodyFigure side={Side::Back} chosen={chosen.clone()} {ontoggle} />
                </div>
                <fieldset class={classes!("spot-list", error.as_ref().map(|_| "has-error"))}
                    aria-describedby={error.as_ref().map(|_| "spots-error")}>
                    <legend>{ t.spot_list_legend() }</legend>
                    <div class="choices">{ items }</div>
                    <button type="button" data-testid="nothing-hurts" class={classes!("secondary", "nothing", nothing.then_some("selected"))}
                        aria-pressed={nothing.to_string()} onclick={onnothing}>
                        { t.nothing_hurts() }
                    </button>
                    if nothing {
                        <p class="hint" role="status">{ t.nothing_hurts_chosen() }</p>
                    }
                    if let Some(error) = error {
                        <p class="error" id="spots-error">{ error }</p>
                    }
                </fieldset>
            </div>
        </>
    }
}
