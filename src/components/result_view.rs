//! The result: triage first; otherwise technique, reasons, schedule, load, cautions, evidence;
//! then the clinic's contact links and what the runner hands their therapist. The `#result`
//! element carries the data attributes of the share-link contract.

use std::rc::Rc;

use yew::prelude::*;

use super::for_therapist::ForTherapist;
use super::load_chart::LoadChart;
use super::result_actions::ResultActions;
use crate::clinic::Clinic;
use crate::engine::link;
use crate::engine::load::LoadTrend;
use crate::engine::recommend::{Choice, Recommendation};
use crate::engine::rules::ExclusionCause;
use crate::engine::{recommend, Answers, Triage};
use crate::form::Unit;
use crate::hooks::location;
use crate::i18n::{use_lang, use_texts, wording, Texts};

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
    let t = use_texts();
    let name = AttrValue::from(
        props
            .clinic
            .name(use_lang())
            .map_or_else(|| t.default_clinic().into_owned(), str::to_owned),
    );
    let rec = use_memo(
        (props.answers.clone(), props.clinic.techniques.clone()),
        |(answers, offered)| recommend(answers, offered),
    );
    let share_link = AttrValue::from(location::share_link(&link::write(&props.answers)));
    let spike = rec.load.is_some_and(|l| l.trend == LoadTrend::Spike);
    let body = match rec.triage {
        Triage::Massage => massage(t, &rec, &props.answers, props.unit),
        Triage::Emergency | Triage::Clinician => triage(t, &rec, &props.clinic),
    };
    html! {
        <section id="result" class={classes!("result", rec.triage.to_string())}
            data-triage={rec.triage.to_string()}
            data-technique={rec.technique_name()}
            data-every-days={rec.every_days.to_string()}
            data-load={if spike { "spike" } else { "ok" }}>
            <h1 tabindex="-1">{ t.result_heading() }</h1>
            { body }
            <ResultActions clinic={props.clinic.clone()} {name}
                technique={rec.primary.as_ref().map(|choice| choice.technique)}
                every_days={rec.every_days} share_link={share_link.clone()}
                onchange={props.onchange.clone()} onstartover={props.onstartover.clone()} />
            <ForTherapist answers={props.answers.clone()} {share_link} unit={props.unit} />
            <p class="disclaimer">{ t.disclaimer() }</p>
        </section>
    }
}

fn triage(t: Texts, rec: &Recommendation, clinic: &Clinic) -> Html {
    let (heading, message) = match rec.triage {
        Triage::Emergency => (
            t.emergency_heading(),
            t.emergency_text(&clinic.emergency_number),
        ),
        _ => (t.clinician_heading(), t.clinician_text()),
    };
    let number = &clinic.emergency_number;
    let call = |class: &'static str| {
        html! {
            <a class={classes!("button", class)} data-testid="call-emergency" href={format!("tel:{number}")}>
                { t.call(number) }
            </a>
        }
    };
    html! {
        <div class="triage" role="alert">
            <h2>{ heading }</h2>
            <p class="triage-message">{ message }</p>
            if rec.triage == Triage::Emergency {
                { call("danger") }
            }
            <p>{ t.triage_because() }</p>
            <ul>
                { for rec.triage_reasons.iter().map(|r| html! { <li>{ wording::triage_reason(t, *r) }</li> }) }
            </ul>
            if rec.triage != Triage::Emergency {
                <p>{ t.clinician_worse(number) }</p>
                { call("secondary") }
            }
        </div>
    }
}

fn technique(t: Texts, choice: &Choice, label: AttrValue, unit: Unit) -> Html {
    let technique = choice.technique;
    html! {
        <div class="technique">
            <p class="label">{ label }</p>
            <h2>{ t.technique_name(technique) }</h2>
            <p>{ t.technique_about(technique) }</p>
            <h3>{ t.why_heading() }</h3>
            <ul class="reasons">
                { for choice.reasons.iter().map(|r| html! { <li>{ wording::reason(t, r, unit) }</li> }) }
            </ul>
        </div>
    }
}

fn massage(t: Texts, rec: &Recommendation, answers: &Answers, unit: Unit) -> Html {
    let Some(primary) = &rec.primary else {
        return Html::default();
    };
    let load = match (rec.load, answers.history) {
        (Some(reading), Some(history)) => html! {
            <>
                <p>{ wording::load(t, &reading, unit) }</p>
                <LoadChart {history} this_week_km={answers.km}
                    spike={reading.trend == LoadTrend::Spike} {unit} />
            </>
        },
        _ => html! { <p>{ t.load_unknown() }</p> },
    };
    html! {
        <>
            { technique(t, primary, t.technique_label().into(), unit) }
            if let Some(second) = &rec.secondary {
                { technique(t, second, t.second_label().into(), unit) }
            }
            <section aria-labelledby="schedule-heading">
                <h2 id="schedule-heading">{ t.schedule_heading() }</h2>
                <p class="every"><strong>{ t.every(u32::from(rec.every_days)) }</strong>{ " " }
                    { wording::interval_basis(t, rec.interval_basis) }</p>
                <ul>
                    { for rec.timing.iter().map(|&timing| html! { <li>{ wording::timing(t, timing) }</li> }) }
                </ul>
                <p class="note">{ t.opinion_note() }</p>
            </section>
            <section aria-labelledby="load-heading">
                <h2 id="load-heading">{ t.load_heading() }</h2>
                { load }
            </section>
            if !rec.exclusions.is_empty() {
                <section aria-labelledby="cautions-heading">
                    <h2 id="cautions-heading">{ t.cautions_heading() }</h2>
                    <ul>
                        { for rec.exclusions.iter().map(|e| html! {
                            <li data-testid={format!("left-out-{}", e.technique)} data-cause={cause(e.cause)}>
                                { wording::exclusion(t, e.technique, e.cause) }
                            </li>
                        }) }
                    </ul>
                </section>
            }
            <section aria-labelledby="evidence-heading">
                <h2 id="evidence-heading">{ t.evidence_heading() }</h2>
                <p>{ t.evidence(primary.technique) }</p>
            </section>
        </>
    }
}

/// The kind of reason a technique is left out, for the page's tests and clinics' checks.
fn cause(cause: ExclusionCause) -> &'static str {
    match cause {
        ExclusionCause::Health(_) => "health",
        ExclusionCause::AcuteInjury(_) => "acute-injury",
        ExclusionCause::Swelling(_) => "swelling",
        ExclusionCause::RaceSoon(_) => "race-soon",
        ExclusionCause::JustRaced(_) => "just-raced",
        ExclusionCause::NotOffered => "not-offered",
    }
}
