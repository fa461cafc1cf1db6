//! The result: triage first; otherwise technique, reasons, schedule, load, cautions, evidence.
//! The `#result` element carries the data attributes of the share-link contract.

use std::rc::Rc;

use yew::prelude::*;

use super::load_chart::LoadChart;
use super::result_actions::ResultActions;
use crate::clinic::Clinic;
use crate::engine::load::LoadTrend;
use crate::engine::recommend::{Choice, Recommendation};
use crate::engine::{recommend, Answers, Triage};
use crate::form::Unit;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ResultViewProps {
    pub answers: Rc<Answers>,
    pub clinic: Clinic,
    pub unit: Unit,
    pub onchange: Callback<()>,
    pub onstartover: Callback<()>,
}

#[function_component(ResultView)]
pub fn result_view(props: &ResultViewProps) -> Html {
    let rec = use_memo(
        (props.answers.clone(), props.clinic.techniques.clone()),
        |(answers, offered)| recommend(answers, offered),
    );
    let spike = rec.load.is_some_and(|l| l.trend == LoadTrend::Spike);
    let body = match rec.triage {
        Triage::Massage => massage(&rec, &props.answers, props.unit),
        Triage::Emergency | Triage::Clinician => triage(&rec, &props.clinic),
    };
    html! {
        <section id="result" class={classes!("result", rec.triage.to_string())}
            data-triage={rec.triage.to_string()}
            data-technique={rec.technique_name()}
            data-every-days={rec.every_days.to_string()}
            data-load={if spike { "spike" } else { "ok" }}>
            <h1 tabindex="-1">{ text::RESULT_HEADING }</h1>
            { body }
            <ResultActions clinic={props.clinic.clone()} book={rec.triage == Triage::Massage}
                onchange={props.onchange.clone()} onstartover={props.onstartover.clone()} />
            <p class="disclaimer">{ text::DISCLAIMER }</p>
        </section>
    }
}

fn triage(rec: &Recommendation, clinic: &Clinic) -> Html {
    let (heading, message) = match rec.triage {
        Triage::Emergency => (
            text::EMERGENCY_HEADING,
            text::emergency_text(&clinic.emergency_number),
        ),
        _ => (text::CLINICIAN_HEADING, text::CLINICIAN_TEXT.to_owned()),
    };
    html! {
        <div class="triage" role="alert">
            <h2>{ heading }</h2>
            <p class="triage-message">{ message }</p>
            if rec.triage == Triage::Emergency {
                <a class="button danger" href={format!("tel:{}", clinic.emergency_number)}>
                    { format!("{} {}", text::CALL, clinic.emergency_number) }
                </a>
            }
            <p>{ text::TRIAGE_BECAUSE }</p>
            <ul>
                { for rec.triage_reasons.iter().map(|r| html! { <li>{ text::triage_reason(*r) }</li> }) }
            </ul>
        </div>
    }
}

fn technique(choice: &Choice, label: &'static str) -> Html {
    let t = choice.technique;
    html! {
        <div class="technique" data-slug={t.to_string()}>
            <p class="label">{ label }</p>
            <h2>{ text::technique_name(t) }</h2>
            <p>{ text::technique_about(t) }</p>
            <h3>{ text::WHY_HEADING }</h3>
            <ul class="reasons">
                { for choice.reasons.iter().map(|r| html! { <li>{ text::reason(t, r) }</li> }) }
            </ul>
        </div>
    }
}

fn massage(rec: &Recommendation, answers: &Answers, unit: Unit) -> Html {
    let Some(primary) = &rec.primary else {
        return Html::default();
    };
    let load = match (rec.load, answers.history) {
        (Some(reading), Some(history)) => html! {
            <>
                <p>{ text::load_reading(&reading, unit) }</p>
                <LoadChart {history} this_week_km={answers.km}
                    spike={reading.trend == LoadTrend::Spike} {unit} />
            </>
        },
        _ => html! { <p>{ text::LOAD_UNKNOWN }</p> },
    };
    html! {
        <>
            { technique(primary, text::TECHNIQUE_LABEL) }
            if let Some(second) = &rec.secondary {
                { technique(second, text::SECOND_LABEL) }
            }
            <section aria-labelledby="schedule-heading">
                <h2 id="schedule-heading">{ text::SCHEDULE_HEADING }</h2>
                <p class="every"><strong>{ text::every(rec.every_days) }</strong>{ " " }
                    { text::interval_basis(rec.interval_basis) }</p>
                <ul>
                    { for rec.timing.iter().map(|t| html! { <li>{ text::timing(*t) }</li> }) }
                </ul>
                <p class="note">{ text::OPINION_NOTE }</p>
            </section>
            <section aria-labelledby="load-heading">
                <h2 id="load-heading">{ text::LOAD_HEADING }</h2>
                { load }
            </section>
            if !rec.exclusions.is_empty() {
                <section aria-labelledby="cautions-heading">
                    <h2 id="cautions-heading">{ text::CAUTIONS_HEADING }</h2>
                    <ul>
                        { for rec.exclusions.iter().map(|e| html! { <li>{ text::exclusion(e.technique, e.cause) }</li> }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="evidence-heading">
                <h2 id="evidence-heading">{ text::EVIDENCE_HEADING }</h2>
                <p>{ text::evidence(primary.technique) }</p>
            </section>
        </>
    }
}
