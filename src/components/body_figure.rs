//! One body figure (front or back) with tappable spots. A pointer shortcut only: the checkbox
//! list beside it is the accessible way to choose, so the figure is hidden from assistive tech.

use yew::prelude::*;

use crate::engine::Spot;
use crate::i18n::use_texts;

/// Which side of the body the figure shows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Front,
    Back,
}

/// Where each spot sits on the 120 × 260 figure.
fn spots(side: Side) -> &'static [(Spot, u16, u16)] {
    match side {
        Side::Front => &[
            (Spot::Groin, 60, 118),
            (Spot::Hip, 83, 112),
            (Spot::Quad, 49, 142),
            (Spot::KneeOuter, 81, 174),
            (Spot::Knee, 49, 174),
            (Spot::Shin, 49, 206),
        ],
        Side::Back => &[
            (Spot::LowerBack, 60, 92),
            (Spot::Glute, 49, 118),
            (Spot::Hamstring, 49, 146),
            (Spot::Calf, 49, 190),
            (Spot::Achilles, 49, 224),
            (Spot::Foot, 72, 244),
        ],
    }
}

#[derive(Properties, PartialEq)]
pub struct BodyFigureProps {
    pub side: Side,
    pub chosen: Vec<Spot>,
    pub ontoggle: Callback<Spot>,
}

#[function_component(BodyFigure)]
pub fn body_figure(props: &BodyFigureProps) -> Html {
    let t = use_texts();
    let markers = spots(props.side).iter().map(|&(spot, x, y)| {
        let chosen = props.chosen.contains(&spot);
        let onclick = props.ontoggle.reform(move |_: MouseEvent| spot);
        html! {
            <circle class={classes!("spot", chosen.then_some("chosen"))} data-spot={spot.to_string()}
                cx={x.to_string()} cy={y.to_string()} r="10" {onclick}>
                <title>{ t.spot_name(spot) }</title>
            </circle>
        }
    });
    let caption = match props.side {
        Side::Front => t.body_front(),
        Side::Back => t.body_back(),
    };
    html! {
        <figure class="figure">
            <svg viewBox="0 0 120 260" aria-hidden="true" focusable="false">
                <g class="body">
                    <circle cx="60" cy="20" r="13" />
                    <rect x="38" y="36" width="44" height="80" rx="14" />
                    <rect x="22" y="40" width="13" height="72" rx="6" />
                    <rect x="85" y="40" width="13" height="72" rx="6" />
                    <rect x="40" y="104" width="18" height="132" rx="8" />
                    <rect x="62" y="104" width="18" height="132" rx="8" />
                    <ellipse cx="49" cy="244" rx="11" ry="7" />
                    <ellipse cx="71" cy="244" rx="11" ry="7" />
                </g>
                { for markers }
            </svg>
            <figcaption aria-hidden="true">{ caption }</figcaption>
        </figure>
    }
}
