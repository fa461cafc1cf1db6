//! A small bar chart of the five weeks' distance, with a text equivalent.

use yew::prelude::*;

use crate::engine::number::{divide_half_up, Decimal};
use crate::engine::Distance;
use crate::form::Unit;
use crate::i18n::{use_texts, ChartBarArgs};

#[derive(Properties, PartialEq)]
pub struct LoadChartProps {
    /// The four weeks before, oldest first.
    pub history: [Distance; 4],
    pub this_week_km: Distance,
    /// Highlight this week as a jump.
    pub spike: bool,
    pub unit: Unit,
}

// The chart's geometry, in tenths of an SVG unit.
const WIDTH: u64 = 3000;
const HEIGHT: u64 = 1200;
const BAR: u64 = 400;
const LABEL_ROOM: u64 = 180;
/// Room above the tallest bar for its value.
const VALUE_ROOM: u64 = 160;

#[function_component(LoadChart)]
pub fn load_chart(props: &LoadChartProps) -> Html {
    let t = use_texts();
    // Weeks before the last 7 days (4 to 1), then the last 7 days (0), with their distances.
    let weeks: Vec<(u32, Distance)> = (1..=4)
        .rev()
        .zip(props.history)
        .chain([(0, props.this_week_km)])
        .collect();
    let max = weeks
        .iter()
        .map(|&(_, km)| km)
        .fold(Distance::km(1), Distance::max)
        .decimetres();
    let step = WIDTH / weeks.len() as u64;
    let bars = weeks.iter().enumerate().map(|(i, &(weeks_ago, km))| {
        let height = divide_half_up(km.decimetres() * (HEIGHT - LABEL_ROOM - VALUE_ROOM), max);
        let x = i as u64 * step + (step - BAR) / 2;
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
                <text class="value" x={coord(x + BAR / 2)} y={coord(y - 40)}>
                    { t.chart_value(props.unit.tenths(km)) }
                </text>
                <text class="week" x={coord(x + BAR / 2)} y={coord(HEIGHT - 40)}>
                    { t.chart_week(weeks_ago) }
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
                        let bar = ChartBarArgs { distance: props.unit.tenths(km), unit: props.unit, weeks };
                        html! { <li>{ t.chart_bar(bar) }</li> }
                    }) }
                </ul>
            </figcaption>
        </figure>
    }
}

/// An SVG coordinate from tenths.
fn coord(tenths: u64) -> String {
    Decimal::new(tenths, 1).to_string()
}
