//! Every word the visitor sees, from the Fluent files in `locales/` (one per language). The build
//! script (`build/`) reads them with Fluent's own parser, refuses a language with a missing
//! message, a variable the code does not pass or a selector without a variant for every value,
//! and writes each language as Rust: [`Texts`] has a method per message and attribute, typed by
//! the variables it takes. A release bundle carries one language (`QUIZ_LANGUAGES`).
//!
//! Rule values (the 30 % jump, the three days before a race) are passed from `engine::rules`;
//! no file restates them. [`wording`] turns the engine's typed results into texts. How a page
//! gets its language is in `crate::shell`; how to change a text or add a language, in
//! `docs/translations.md`.

pub mod wording;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;
use yew::prelude::*;

use crate::engine::number::Decimal;
use crate::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// How a language writes numbers, from its file's `-number-…` terms.
struct Numbers {
    decimal: &'static str,
    group: &'static str,
    /// Numbers with at least this many digits are grouped by thousands.
    group_from: u32,
}

/// Digits, grouped by thousands when there are enough of them.
fn push_digits(out: &mut String, numbers: &Numbers, digits: &str) {
    let len = digits.len();
    if (len as u32) < numbers.group_from {
        out.push_str(digits);
        return;
    }
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (len - i).is_multiple_of(3) {
            out.push_str(numbers.group);
        }
        out.push(digit);
    }
}

fn push_count(out: &mut String, numbers: &Numbers, n: u32) {
    push_digits(out, numbers, &n.to_string());
}

/// A decimal as `Decimal` writes it (`12.5`, `12`, `0.25`), with the language's separators.
fn push_decimal(out: &mut String, numbers: &Numbers, n: Decimal) {
    let text = n.to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    push_digits(out, numbers, whole);
    if !fraction.is_empty() {
        out.push_str(numbers.decimal);
        out.push_str(fraction);
    }
}

/// The CLDR plural category of `n` in the language `code`.
fn plural(code: &str, n: u32) -> PluralCategory {
    code.parse()
        .ok()
        .and_then(|lang: unic_langid::LanguageIdentifier| {
            PluralRules::create(lang, PluralRuleType::CARDINAL).ok()
        })
        .and_then(|rules| rules.select(n).ok())
        .unwrap_or(PluralCategory::OTHER)
}

/// How long a pain has lasted, as it is told: since today, yesterday, for days, weeks, months
/// or years (with the number of those).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Since {
    Today,
    Yesterday,
    Days,
    Weeks,
    Months,
    Years,
}

impl Since {
    /// For a pain that began `days` ago, and the count to tell with it: days up to 20, weeks up
    /// to three months, months up to two years, then years (each rounded).
    pub fn of(days: u16) -> (Since, u32) {
        let days = u32::from(days);
        let rounded = |per: u32| (days + per / 2) / per;
        match days {
            0 => (Since::Today, 0),
            1 => (Since::Yesterday, 1),
            2..=20 => (Since::Days, days),
            21..=89 => (Since::Weeks, rounded(7)),
            90..=729 => (Since::Months, (days * 10 + 152) / 304),
            _ => (Since::Years, rounded(365)),
        }
    }
}

/// How this week compares with the average of the four before.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Same,
    More,
    Less,
    /// The four weeks were all zero.
    NoAverage,
}

/// What a number field counts, for its messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Quantity {
    Distance,
    Runs,
    HardSessions,
    Hours,
    Days,
}

/// The page's language, from the context the app provides.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The texts in the page's language.
#[hook]
pub fn use_texts() -> Texts {
    Texts::new(use_lang())
}
