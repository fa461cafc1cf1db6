//! The events the quiz tells the page it is embedded in, so that a clinic can count starts,
//! results and contact clicks with its own analytics. Every event has one shape,
//! `{ "event": "recoveryquiz.<name>", "embedId": …, "payload": { … } }` (`docs/embed.md`), and
//! is built from typed values that are never an answer: no distance, spot, red flag or health
//! answer can reach a payload. Pure; `crate::hooks::embed` posts them to the clinic's own sites
//! only, and `static/embed.js` hands them to the host page's callbacks.

use serde::Serialize;
use serde_json::{json, Value};

use crate::engine::{Technique, Triage};
use crate::form::Step;
use crate::lang::Lang;

/// The start of every event's name; `static/embed.js` declares the same.
pub const EVENT_PREFIX: &str = "recoveryquiz.";
/// The query parameter that names an embedded quiz in its events (`?embed=1&embed-id=footer`).
pub const EMBED_ID_PARAM: &str = "embed-id";
/// The longest name an embedded quiz may have.
pub const EMBED_ID_MAX: usize = 64;

/// A screen of questions, as events name it. The details of every painful spot are one screen,
/// `pain-details`, told once however many spots there are, so the spots never leave the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Screen {
    Training,
    Weeks,
    PainMap,
    PainDetails,
    Safety,
    Health,
}

impl Screen {
    /// The screen a step of the quiz is on; `None` for the start screen.
    pub fn of(step: Step) -> Option<Screen> {
        match step {
            Step::Start => None,
            Step::Training => Some(Screen::Training),
            Step::Weeks => Some(Screen::Weeks),
            Step::PainMap => Some(Screen::PainMap),
            Step::Spot(_) => Some(Screen::PainDetails),
            Step::Safety => Some(Screen::Safety),
            Step::HealthQuestions => Some(Screen::Health),
        }
    }
}

/// A way the runner contacts the clinic from the result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Contact {
    /// The booking page.
    Book,
    /// The clinic's phone number.
    Call,
    /// An email to the clinic.
    Email,
    /// "Send my result to the clinic": an email with the share link.
    SendResult,
}

/// Something that happened in the quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// The quiz is running, in this language.
    Ready { language: Lang },
    /// The runner left the start screen for the questions.
    Started,
    /// A screen of questions came into view.
    StepViewed { step: Screen },
    /// A result is on screen: what the `#result` element says, and the page's language.
    ResultShown {
        triage: Triage,
        technique: Option<Technique>,
        every_days: u8,
        language: Lang,
    },
    /// The runner tapped a contact link on a result that recommends `technique`.
    ContactClicked {
        contact: Contact,
        technique: Technique,
    },
}

impl Event {
    /// The event's name after the prefix: `result_shown`.
    pub fn name(self) -> &'static str {
        match self {
            Event::Ready { .. } => "ready",
            Event::Started => "started",
            Event::StepViewed { .. } => "step_viewed",
            Event::ResultShown { .. } => "result_shown",
            Event::ContactClicked { .. } => "contact_clicked",
        }
    }

    /// What the event tells besides its name.
    pub fn payload(self) -> Value {
        match self {
            Event::Ready { language } => json!({ "language": language }),
            Event::Started => json!({}),
            Event::StepViewed { step } => json!({ "step": step }),
            Event::ResultShown {
                triage,
                technique,
                every_days,
                language,
            } => json!({
                "triage": triage,
                "technique": technique.map_or_else(|| "none".to_owned(), |t| t.to_string()),
                "everyDays": every_days,
                "language": language,
            }),
            Event::ContactClicked { contact, technique } => {
                json!({ "contact": contact, "technique": technique })
            }
        }
    }

    /// The message posted to the host page, naming the embedded quiz if the page gave it a name.
    pub fn message(self, embed_id: Option<&str>) -> Value {
        json!({
            "event": format!("{EVENT_PREFIX}{}", self.name()),
            "embedId": embed_id,
            "payload": self.payload(),
        })
    }
}

/// The name a host page gave its embedded quiz, if it is one: 1 to `EMBED_ID_MAX` letters,
/// digits, `-`, `_` or `.`.
pub fn embed_id(value: &str) -> Option<&str> {
    let fits = (1..=EMBED_ID_MAX).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b));
    fits.then_some(value)
}
