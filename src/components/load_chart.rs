//! A small bar chart of the five weeks' distance, with a text equivalent.

use yew::prelude::*;

use crate::engine::number;
use crate::form::Unit;
use crate::i18n::{use_texts, wording, ChartBarArgs};

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
    // Weeks before the last 7 days (4 to 1), then the last 7 days (0), with their distances.
    let weeks: Vec<(u32, f64)> = (1..=4)
        .rev()
        .zip(props.history)
        .chain([(0, props.this_week_km)])
        .collect();
    let max = weeks.iter().map(|(_, km)| *km).fold(1.0, f64::max);
    let step = WIDTH / weeks.len() as f64;
    let bars = weeks.iter().enumerate().map(|(i, (weeks_ago, km))| {
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
                    { t.chart_value(wording::shown(*km, props.unit)) }
                </text>
                <text class="week" x={coord(x + BAR / 2.0)} y={coord(HEIGHT - 4.0)}>
                    { t.chart_week(*weeks_ago) }
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
                    { for weeks.iter().map(|&(weeks, km)| {
                        let distance = wording::shown(km, props.unit);
                        html! { <li>{ t.chart_bar(ChartBarArgs { distance, unit: props.unit, weeks }) }</li> }
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}

/// An SVG coordinate, to 0.1.
fn coord(value: f64) -> String {
    number::format(value, 1)
}
