//! What the runner hands their therapist: the QR code of the share link, on screen and on paper
//! (scanning it opens the same result), and, on the printed sheet only, the answers behind the
//! result: the training load, each painful spot, and the health answers that were yes.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Answers;
use crate::form::Unit;
use crate::i18n::{use_texts, wording, Texts};
use crate::qr;

#[derive(Properties, PartialEq)]
pub struct ForTherapistProps {
    pub answers: Rc<Answers>,
    /// This result's share link.
    pub share_link: AttrValue,
    pub unit: Unit,
}

#[function_component(ForTherapist)]
pub fn for_therapist(props: &ForTherapistProps) -> Html {
    let t = use_texts();
    let code = use_memo(props.share_link.clone(), |link| qr::path(link));
    let answers = &props.answers;
    html! {
        <div class="handover">
            <section class="for-therapist print-only" aria-labelledby="for-therapist-heading">
                <h2 id="for-therapist-heading">{ t.therapist_heading() }</h2>
                { load(t, answers, props.unit) }
                { pain(t, answers) }
                { health(t, answers) }
            </section>
            if let Some(code) = &*code {
                <figure class="qr" data-testid="share-qr">
                    <svg viewBox={format!("0 0 {0} {0}", code.side)} role="img" aria-label={t.qr_label()}
                        shape-rendering="crispEdges">
                        <rect width="100%" height="100%" fill="#fff" />
                        <path d={code.d.clone()} fill="#000" />
                    </svg>
                    <figcaption>{ t.qr_caption() }</figcaption>
                </figure>
            }
        </div>
    }
}

/// A row of a two-column table: a label and its value.
fn row(label: impl Into<Html>, value: impl Into<Html>) -> Html {
    html! { <tr><th scope="row">{ label.into() }</th><td>{ value.into() }</td></tr> }
}

/// The training answers, as given.
fn load(t: Texts, answers: &Answers, unit: Unit) -> Html {
    let distance = |km| wording::distance(t, km, unit);
    // The four weeks' numbers, the unit once after the last: 45 · 48 · 50 · 52 km.
    let weeks = answers.history.map(|[first, second, third, last]| {
        let mut shown: Vec<String> = [first, second, third]
            .iter()
            .map(|&km| t.chart_value(unit.tenths(km)).into_owned())
            .collect();
        shown.push(distance(last).into_owned());
        shown.join(" · ")
    });
    html! {
        <table class="answers load">
            <caption>{ t.therapist_load() }</caption>
            { row(t.therapist_distance(), distance(answers.km)) }
            { row(t.therapist_runs(), answers.runs.to_string()) }
            { row(t.therapist_hard(), answers.hard.to_string()) }
            if let Some(km) = answers.longest_km {
                { row(t.therapist_longest(), distance(km)) }
            }
            if let Some(hours) = answers.hours_since_hard {
                { row(t.therapist_last_hard(), t.therapist_hours_ago(u32::from(hours))) }
            }
            if let Some(weeks) = weeks {
                { row(t.therapist_weeks_before(), weeks) }
            }
            if let Some(days) = answers.race_in_days {
                { row(t.therapist_race(), t.in_days(u32::from(days))) }
            }
            if let Some(days) = answers.raced_days_ago {
                { row(t.therapist_raced(), t.days_ago(u32::from(days))) }
            }
        </table>
    }
}

/// Each painful spot: where, how much, what it feels like, since when.
fn pain(t: Texts, answers: &Answers) -> Html {
    if answers.pain.is_empty() {
        return html! {
            <p class="answers"><strong>{ t.therapist_pain() }{ ": " }</strong>{ t.nothing_hurts() }</p>
        };
    }
    html! {
        <table class="answers">
            <caption>{ t.therapist_pain() }</caption>
            <thead>
                <tr>
                    <th scope="col">{ t.therapist_spot() }</th>
                    <th scope="col">{ t.therapist_severity() }</th>
                    <th scope="col">{ t.therapist_quality() }</th>
                    <th scope="col">{ t.therapist_since() }</th>
                </tr>
            </thead>
            <tbody>
                { for answers.pain.iter().map(|pain| html! {
                    <tr>
                        <th scope="row">{ t.spot_name(pain.spot) }</th>
                        <td>{ pain.severity }</td>
                        <td>{ t.quality_name(pain.quality) }</td>
                        <td>{ wording::pain_since(t, pain.days) }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// The health answers that were yes.
fn health(t: Texts, answers: &Answers) -> Html {
    html! {
        <div class="answers">
            <h3>{ t.therapist_health() }</h3>
            if answers.health.is_empty() {
                <p>{ t.therapist_health_none() }</p>
            } else {
                <ul>
                    { for answers.health.iter().map(|&condition| html! { <li>{ t.condition_name(condition) }</li> }) }
                </ul>
            }
        </div>
    }
}
