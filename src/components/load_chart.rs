//! A small bar chart of the five weeks' distance, with a text equivalent.

use yew::prelude::*;

use crate::engine::number;
use crate::form::Unit;
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct LoadChartProps {
    /// The four weeks before, oldest first, in km.
    pub history: [f64; 4],
    pub this_week_km: f64,
    /// Highlight this week as a jump.
    pub spike: bool,
    pub unit: Unit,
}

const WIDTH: f64 = 300.0;
const HEIGHT: f64 = 120.0;
const BAR: f64 = 40.0;
const LABEL_ROOM: f64 = 18.0;

#[function_component(LoadChart)]
pub fn load_chart(props: &LoadChartProps) -> Html {
    let t = use_texts();
    let weeks: Vec<(String, f64)> = props
        .history
        .iter()
        .enumerate()
        .map(|(i, &km)| (t.week_label(4 - i), km))
        .chain([(t.this_week().to_owned(), props.this_week_km)])
        .collect();
    let max = weeks.iter().map(|(_, km)| *km).fold(1.0, f64::max);
    let step = WIDTH / weeks.len() as f64;
    let bars = weeks.iter().enumerate().map(|(i, (_, km))| {
        let height = (km / max) * (HEIGHT - LABEL_ROOM - 16.0);
        let x = i as f64 * step + (step - BAR) / 2.0;
        let y = HEIGHT - LABEL_ROOM - height;
        let this_week = i == weeks.len() - 1;
        let class = classes!(
            "bar",
            this_week.then_some("this-week"),
            (this_week && props.spike).then_some("spike")
        );
        html! {
            <g>
                <rect {class} x={coord(x)} y={coord(y)} width={coord(BAR)} height={coord(height)}
                    rx="3" />
                <text class="value" x={coord(x + BAR / 2.0)} y={coord(y - 4.0)}>
                    { t.number(props.unit.from_km(*km), 1) }
                </text>
                <text class="week" x={coord(x + BAR / 2.0)} y={coord(HEIGHT - 4.0)}>
                    { t.chart_week(4 - i) }
                </text>
            </g>
        }
    });
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", coord(WIDTH), coord(HEIGHT))} aria-hidden="true" focusable="false">
                { for bars }
            </svg>
            <figcaption>
                <span class="visually-hidden">{ t.chart_label() }</span>
                <ul class="visually-hidden">
                    { for weeks.iter().map(|(name, km)| html! { <li>{ t.chart_bar(name, *km, props.unit) }</li> }) }
                </ul>
            </figcaption>
        </figure>
    }
}

/// An SVG coordinate, to 0.1.
fn coord(value: f64) -> String {
    number::format(value, 1)
}
