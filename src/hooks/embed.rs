//! Embedding: with `?embed=1` the app drops its page chrome and tells the host page its height
//! after every render, so `embed.js` can size the iframe (no double scrollbar). Inside any frame,
//! it also tells the clinic's own sites (`site_origins` in `clinic.json`) what happens in the quiz
//! ([`crate::events`]), and its contact links leave the frame ([`framed`]).

use std::rc::Rc;

use gloo_events::EventListener;
use web_sys::js_sys::{Reflect, JSON};
use yew::prelude::*;

use crate::engine::{recommend, Answers, Technique};
use crate::events::{self, Event, Screen, EMBED_ID_PARAM};
use crate::form::Step;
use crate::lang::Lang;
use crate::state::View;

/// The message prefix `static/embed.js` listens for: `recovery-quiz:height:<px>`.
pub const HEIGHT_MESSAGE: &str = "recovery-quiz:height:";

/// The value of `name` in the page's query, if it is there.
fn query_value(name: &str) -> Option<String> {
    let search = gloo_utils::window().location().search().unwrap_or_default();
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()
        .and_then(|params| params.get(name))
}

/// Whether the page's query has this flag (`?embed=1`, `?debug`).
pub fn query_flag(name: &str) -> bool {
    query_value(name).is_some_and(|value| value != "0" && value != "false")
}

/// Whether the page is inside another page's frame.
pub fn framed() -> bool {
    let window = gloo_utils::window();
    window
        .parent()
        .ok()
        .flatten()
        .is_some_and(|parent| parent != window)
}

fn post_height() {
    let window = gloo_utils::window();
    let height = gloo_utils::document()
        .document_element()
        .map_or(0, |root| root.scroll_height());
    if let Ok(Some(parent)) = window.parent() {
        // The height is not private, so any embedding origin may read it.
        let _ = parent.post_message(&format!("{HEIGHT_MESSAGE}{height}").into(), "*");
    }
}

/// When embedded, posts the page height after every render and on every resize.
#[hook]
pub fn use_embed_height(embedded: bool) {
    use_effect(move || {
        if embedded {
            post_height();
        }
    });
    use_effect_with(embedded, |&embedded| {
        let listener = embedded
            .then(|| EventListener::new(&gloo_utils::window(), "resize", |_| post_height()));
        move || drop(listener)
    });
}

/// The origin of the page this frame is in, where the browser tells it
/// (`location.ancestorOrigins`, not in every browser).
fn parent_origin() -> Option<String> {
    let location = gloo_utils::window().location();
    let ancestors = Reflect::get(&location, &"ancestorOrigins".into()).ok()?;
    Reflect::get(&ancestors, &0.into()).ok()?.as_string()
}

/// Whether a page may hear the quiz's events: it is framed, and the clinic lists its sites.
fn heard(origins: &[String]) -> bool {
    !origins.is_empty() && framed()
}

/// Tells the page this quiz is framed in that `event` happened, if that page is one of the
/// clinic's `origins`. Each is posted with its own origin as `postMessage`'s target, so the
/// browser delivers it to that site alone; where the browser names the parent's origin, only a
/// listed one that matches is tried (the others would only log errors). No origins, no frame:
/// nothing is sent.
pub fn post_event(origins: &[String], event: Event) {
    if !heard(origins) {
        return;
    }
    let Ok(Some(parent)) = gloo_utils::window().parent() else {
        return;
    };
    let name = query_value(EMBED_ID_PARAM);
    let message = event.message(name.as_deref().and_then(events::embed_id));
    let Ok(message) = JSON::parse(&message.to_string()) else {
        return;
    };
    let known = parent_origin();
    for origin in origins {
        if known.as_ref().is_none_or(|known| known == origin) {
            let _ = parent.post_message(&message, origin);
        }
    }
}

/// What is on screen, as far as events tell it.
#[derive(Clone, Debug, PartialEq)]
enum Shown {
    Start,
    Questions(Screen),
    Result(Rc<Answers>),
    LinkError,
}

impl Shown {
    fn of(view: &View, step: Step) -> Shown {
        match view {
            View::Quiz => Screen::of(step).map_or(Shown::Start, Shown::Questions),
            View::Result(answers) => Shown::Result(answers.clone()),
            View::LinkError(_) => Shown::LinkError,
        }
    }
}

/// Tells the host page (see [`post_event`]) that the quiz is ready, then each start (from the
/// start screen to a question: a page that opens on a question, reloaded in another language,
/// goes on rather than starts), each new screen of questions and each result shown.
#[hook]
pub fn use_host_events(
    origins: Vec<String>,
    offered: Vec<Technique>,
    lang: Lang,
    view: &View,
    step: Step,
) {
    let before = use_mut_ref(|| None::<Shown>);
    use_effect_with(Shown::of(view, step), move |shown| {
        let previous = before.replace(Some(shown.clone()));
        // Nobody to tell: no recommendation worked out again for nothing.
        if !heard(&origins) {
            return;
        }
        if previous.is_none() {
            post_event(&origins, Event::Ready { language: lang });
        }
        match shown {
            Shown::Questions(screen) => {
                if previous == Some(Shown::Start) {
                    post_event(&origins, Event::Started);
                }
                post_event(&origins, Event::StepViewed { step: *screen });
            }
            Shown::Result(answers) => {
                let rec = recommend(answers, &offered);
                post_event(
                    &origins,
                    Event::ResultShown {
                        triage: rec.triage,
                        technique: rec.primary.map(|choice| choice.technique),
                        every_days: rec.every_days,
                        language: lang,
                    },
                );
            }
            Shown::Start | Shown::LinkError => {}
        }
    });
}
