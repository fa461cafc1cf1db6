//! The visitor's language. Every word the visitor sees comes from a [`Texts`] catalog, one file
//! per language. Each catalog is complete: a text missing from one is a compile error, never a
//! quiet fallback to English. Each language writes whole sentences, with its own plurals, word
//! order and grammar, and gets numbers as arguments; the rule values it states (the 30 % jump,
//! the 50 km week, the three days before a race) come from `engine::rules`, never restated.
//! Components reach the catalog through a Yew context ([`use_texts`]).
//!
//! How a page gets its language, and keeps it, is in `crate::shell`. To add a language, see
//! `docs/translations.md`.

mod de;
mod en;
mod es;
mod fr;

use serde::{Deserialize, Serialize};
use serde_plain::{derive_display_from_serialize, derive_fromstr_from_deserialize};
use yew::prelude::*;

use crate::clinic::ConfigProblem;
use crate::engine::answers::Conflict;
use crate::engine::link::LinkError;
use crate::engine::load::LoadReading;
use crate::engine::number::Decimal;
use crate::engine::recommend::{IntervalBasis, Reason, Timing, TriageReason};
use crate::engine::rules::ExclusionCause;
use crate::engine::{Distance, Quality, Spot, Technique};
use crate::form::{Field, Problem, Question, Unit};

/// A language the quiz is written in, named by its BCP 47 code (`en`, `de`, …).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
    Fr,
}

derive_display_from_serialize!(Lang);
derive_fromstr_from_deserialize!(Lang);

impl Lang {
    /// Every language, in the order a clinic offers them when it names none.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Es, Lang::Fr];

    /// The catalog.
    pub fn texts(self) -> &'static dyn Texts {
        match self {
            Lang::En => &en::English,
            Lang::De => &de::German,
            Lang::Es => &es::Spanish,
            Lang::Fr => &fr::French,
        }
    }

    /// The language's name in the language itself, as the language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
            Lang::Fr => "Français",
        }
    }
}

/// The catalog of one language, screen by screen. Texts are whole sentences unless the doc says
/// otherwise; a sentence ends with its full stop where the English one does.
pub trait Texts {
    // How numbers are written.
    /// Whether decimals take a comma (`12,5`) rather than a point (`12.5`).
    fn decimal_comma(&self) -> bool;
    /// A percentage, with the language's spacing: `30%`, `30 %`.
    fn percent(&self, percent: u32) -> String;
    /// The unit's short name after a number: `km`, `mi`.
    fn unit_short(&self, unit: Unit) -> &'static str;

    // The page.
    /// The page's `<title>`.
    fn title(&self) -> &'static str;
    /// The page's meta description.
    fn description(&self) -> &'static str;
    /// The name under the icon on a home screen: a dozen letters or so.
    fn short_name(&self) -> &'static str;
    /// The clinic's name when `clinic.json` gives none.
    fn default_clinic(&self) -> &'static str;
    fn skip_to_content(&self) -> &'static str;
    /// The label of the language switch.
    fn language(&self) -> &'static str;

    // Start.
    fn start_heading(&self) -> &'static str;
    fn start_intro(&self) -> &'static str;
    /// Three short facts: how long it takes, that answers stay on the device, that it is no
    /// diagnosis.
    fn start_facts(&self) -> [&'static str; 3];
    fn start_button(&self) -> &'static str;
    fn resume_heading(&self) -> &'static str;
    fn resume_text(&self) -> &'static str;
    fn resume_button(&self) -> &'static str;
    fn start_fresh_button(&self) -> &'static str;

    // Moving through the quiz.
    fn next(&self) -> &'static str;
    fn back(&self) -> &'static str;
    fn see_result(&self) -> &'static str;
    fn forget(&self) -> &'static str;
    fn forgotten(&self) -> &'static str;
    /// "Step 2 of 7".
    fn progress(&self, step: usize, of: usize) -> String;
    /// How many answers on the screen need a look (at least one).
    fn error_summary(&self, count: usize) -> String;

    // Training.
    fn training_heading(&self) -> &'static str;
    fn unit_legend(&self) -> &'static str;
    /// The unit's full name, as a choice: "kilometres".
    fn unit_name(&self, unit: Unit) -> &'static str;
    fn km_label(&self) -> &'static str;
    fn runs_label(&self) -> &'static str;
    fn hard_label(&self) -> &'static str;
    fn hard_hint(&self) -> &'static str;
    fn long_label(&self) -> &'static str;
    fn long_hint(&self) -> &'static str;
    fn last_label(&self) -> &'static str;
    fn last_hint(&self) -> &'static str;
    /// The short unit after the hours field: "h".
    fn hours_short(&self) -> &'static str;

    // The weeks before, and races.
    fn weeks_heading(&self) -> &'static str;
    fn weeks_legend(&self) -> &'static str;
    fn weeks_hint(&self) -> &'static str;
    /// The label of one earlier week: "Last week", "4 weeks ago".
    fn week_label(&self, weeks_ago: usize) -> String;
    fn race_planned(&self) -> &'static str;
    fn race_in_label(&self) -> &'static str;
    fn raced_recently(&self) -> &'static str;
    fn raced_ago_label(&self) -> &'static str;

    // The body map.
    fn pain_heading(&self) -> &'static str;
    fn pain_hint(&self) -> &'static str;
    /// The captions under the two figures.
    fn body_front(&self) -> &'static str;
    fn body_back(&self) -> &'static str;
    fn spot_list_legend(&self) -> &'static str;
    fn nothing_hurts(&self) -> &'static str;
    fn nothing_hurts_chosen(&self) -> &'static str;
    /// A spot's name as a choice on the map: "Heel, arch or sole".
    fn spot_name(&self, spot: Spot) -> &'static str;

    // One painful spot.
    /// The heading of the spot's screen: "About your calf".
    fn spot_heading(&self, spot: Spot) -> &'static str;
    fn severity_label(&self) -> &'static str;
    fn quality_legend(&self) -> &'static str;
    /// A kind of pain, as a choice: "Tight or knotted".
    fn quality_name(&self, quality: Quality) -> &'static str;
    fn days_label(&self) -> &'static str;
    fn days_hint(&self) -> &'static str;

    // Safety and health.
    fn safety_heading(&self) -> &'static str;
    fn safety_intro(&self) -> &'static str;
    fn health_heading(&self) -> &'static str;
    fn health_intro(&self) -> &'static str;
    /// A yes/no question, asked of the visitor.
    fn question(&self, question: Question) -> &'static str;
    fn yes(&self) -> &'static str;
    fn no(&self) -> &'static str;

    /// What is wrong with a field; `OutOfRange`'s maximum is in `unit` for distances.
    fn problem(&self, field: Field, problem: Problem, unit: Unit) -> String;
    /// A rule between answers broken, in the form or in a share link.
    fn conflict(&self, conflict: Conflict) -> &'static str;

    // The result: triage.
    fn result_heading(&self) -> &'static str;
    fn emergency_heading(&self) -> &'static str;
    /// The emergency message, with the clinic's emergency number.
    fn emergency_text(&self, number: &str) -> String;
    fn clinician_heading(&self) -> &'static str;
    fn clinician_text(&self) -> &'static str;
    /// Under the clinician message: when to call the emergency number after all.
    fn clinician_worse(&self, number: &str) -> String;
    /// The lead-in before the reasons: "Because you told us:".
    fn triage_because(&self) -> &'static str;
    /// One reason, as an item of that list.
    fn triage_reason(&self, reason: TriageReason) -> String;

    // The result: the technique.
    fn technique_label(&self) -> &'static str;
    fn second_label(&self) -> &'static str;
    fn why_heading(&self) -> &'static str;
    fn technique_name(&self, technique: Technique) -> &'static str;
    fn technique_about(&self, technique: Technique) -> &'static str;
    fn evidence_heading(&self) -> &'static str;
    fn evidence(&self, technique: Technique) -> &'static str;
    /// Why the technique fits, one reason.
    fn reason(&self, reason: &Reason, unit: Unit) -> String;

    // The result: how often and when.
    fn schedule_heading(&self) -> &'static str;
    /// How often: "Once a week." (7, 14 or 28 days).
    fn every(&self, days: u8) -> String;
    fn interval_basis(&self, basis: IntervalBasis) -> &'static str;
    fn timing(&self, timing: Timing) -> String;
    fn opinion_note(&self) -> &'static str;

    // The result: training load.
    fn load_heading(&self) -> &'static str;
    fn load_unknown(&self) -> &'static str;
    /// The chart's accessible name.
    fn chart_label(&self) -> &'static str;
    fn this_week(&self) -> &'static str;
    /// The short label under a bar: "now", "−1" … "−4".
    fn chart_week(&self, weeks_ago: usize) -> String;
    /// The text equivalent of one bar: "Last week: 12.5 km".
    fn chart_bar(&self, week: &str, km: Distance, unit: Unit) -> String;
    /// This week against the four before.
    fn load_reading(&self, reading: &LoadReading, unit: Unit) -> String;

    // The result: cautions.
    fn cautions_heading(&self) -> &'static str;
    /// A technique left out, and why.
    fn exclusion(&self, technique: Technique, cause: ExclusionCause) -> String;

    // The result: actions.
    fn book(&self) -> &'static str;
    /// The call button: "Call 999".
    fn call(&self, number: &str) -> String;
    /// The e-mail button: "Email info@clinic.example".
    fn email(&self, address: &str) -> String;
    fn copy_link(&self) -> &'static str;
    fn copied(&self) -> &'static str;
    fn copy_failed(&self) -> &'static str;
    fn print(&self) -> &'static str;
    fn change_answers(&self) -> &'static str;
    fn start_over(&self) -> &'static str;
    fn disclaimer(&self) -> &'static str;

    // A share link that could not be read.
    fn link_error_heading(&self) -> &'static str;
    fn link_error_start(&self) -> &'static str;
    /// Why the link could not be read, briefly.
    fn link_error(&self, error: &LinkError) -> String;

    // Problems in `clinic.json` (the console, and on screen with `?debug`).
    fn config_problems_heading(&self) -> &'static str;
    /// One problem, naming the file and the key.
    fn config_problem(&self, problem: &ConfigProblem) -> String;

    // Failures.
    fn crash_heading(&self) -> &'static str;
    fn crash_text(&self) -> &'static str;
    fn reload(&self) -> &'static str;

    // Formatting built on the above; not texts.
    /// A number with the language's decimal mark: `12,5`.
    fn number(&self, value: Decimal) -> String {
        let text = value.to_string();
        match self.decimal_comma() {
            true => text.replace('.', ","),
            false => text,
        }
    }

    /// A distance in `unit`, to 0.1, with its unit: `12,5 km`.
    fn distance(&self, km: Distance, unit: Unit) -> String {
        let value = self.number(unit.tenths(km));
        format!("{value}\u{a0}{}", self.unit_short(unit))
    }
}

/// Names as `clinic.json` writes them, in quotes, for messages: `"en", "de", "es", "fr"`.
pub fn quoted<T: ToString>(names: impl IntoIterator<Item = T>) -> String {
    let quoted: Vec<String> = names
        .into_iter()
        .map(|name| format!("\"{}\"", name.to_string()))
        .collect();
    quoted.join(", ")
}

/// The page's language, from the context the app provides.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The catalog of the page's language.
#[hook]
pub fn use_texts() -> &'static dyn Texts {
    use_lang().texts()
}
