//! The live preview: the real quiz in a frame, with the clinic's draft, at a phone's or a
//! computer's width, and buttons that open each screen a runner can end on.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::use_texts;
use crate::lang::Lang;
use crate::setup::hooks::{open_in, use_fit, use_preview};
use crate::setup::outcomes::Outcome;
use crate::setup::state::Width;

/// The id of the preview's section, which the page's skip link leads to.
pub const PREVIEW_ID: &str = "preview";

#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The draft's file, as the quiz reads it.
    pub json: AttrValue,
    /// The language the quiz opens in.
    pub lang: Lang,
    pub width: Width,
    /// Each outcome a runner can reach at this clinic, with its share link.
    pub outcomes: Rc<Vec<(Outcome, String)>>,
    pub onwidth: Callback<Width>,
}

#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let t = use_texts();
    let frame = use_node_ref();
    let fitted = use_node_ref();
    let onload = use_preview(frame.clone(), props.json.clone());
    use_fit(fitted.clone(), props.width.size());
    let jump = |fragment: String| {
        let frame = frame.clone();
        Callback::from(move |_: MouseEvent| open_in(&frame, &fragment))
    };
    let size = |width: Width, label: std::borrow::Cow<'static, str>| {
        let id = format!(
            "width-{}",
            if width == Width::Phone {
                "phone"
            } else {
                "computer"
            }
        );
        html! {
            <label class="choice" for={id.clone()}>
                <input type="radio" name="preview-width" {id} checked={props.width == width}
                    onchange={props.onwidth.reform(move |_: Event| width)} />
                <span>{ label }</span>
            </label>
        }
    };
    let outcome_label = |outcome: Outcome| match outcome {
        Outcome::Technique(technique) => t.setup_outcome_technique(technique),
        Outcome::Clinician => t.setup_outcome_clinician(),
        Outcome::Emergency => t.setup_outcome_emergency(),
    };
    html! {
        <section id={PREVIEW_ID} class="preview" aria-labelledby="preview-heading" tabindex="-1">
            <h2 id="preview-heading">{ t.setup_preview_heading() }</h2>
            <p class="hint">{ t.setup_preview_hint() }</p>
            <fieldset class="choice-group">
                <legend>{ t.setup_preview_size() }</legend>
                <div class="choices">
                    { size(Width::Phone, t.setup_preview_phone()) }
                    { size(Width::Computer, t.setup_preview_computer()) }
                </div>
            </fieldset>
            <fieldset class="outcomes">
                <legend>{ t.setup_outcomes_legend() }</legend>
                <div class="outcome-buttons">
                    <button type="button" class="secondary" data-testid="outcome-start"
                        onclick={jump("#".to_owned())}>{ t.setup_outcome_start() }</button>
                    { for props.outcomes.iter().map(|(outcome, link)| html! {
                        <button type="button" class="secondary" data-testid={format!("outcome-{}", outcome.name())}
                            onclick={jump(link.clone())}>{ outcome_label(*outcome) }</button>
                    }) }
                </div>
            </fieldset>
            <div ref={fitted} class={classes!("frame-box", if props.width == Width::Phone { "phone" } else { "computer" })}>
                <iframe ref={frame} class="preview-frame" src={format!("../?preview&lang={}", props.lang)}
                    title={t.setup_preview_frame()} {onload} />
            </div>
        </section>
    }
}
