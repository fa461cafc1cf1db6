//! The safety texts in every language (docs/translations.md, "Safety texts"). The build already
//! refuses a language with a missing message or selector variant; these tests read the texts as
//! a runner gets them:
//! - every red-flag, health, emergency and doctor text exists in every language, is not empty and
//!   is not left in English, and the emergency texts carry the clinic's number;
//! - no safety question is asked in the negative (each file lists its negation words in the term
//!   `-negation-words`), so "yes" always means the warning sign;
//! - `locales/safety-reviewed.txt` records, for each language, the English text each safety
//!   translation was last checked against: when an English safety text changes, this fails until
//!   every translation of it has been read again and its line updated.

use std::collections::BTreeMap;
use std::fs;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use recovery_quiz::engine::{Health, RedFlag, Spot, Technique};
use recovery_quiz::i18n::{ExclusionHealthArgs, Texts};
use recovery_quiz::lang::Lang;
use sha2::{Digest, Sha256};

const RECORD: &str = "locales/safety-reviewed.txt";
const NUMBER: &str = "0190";

/// Every safety text, by a name for the record, with whether it is a question.
fn safety_texts(t: Texts) -> Vec<(String, String, bool)> {
    let mut texts = Vec::new();
    let mut add = |name: String, text: std::borrow::Cow<str>, question: bool| {
        texts.push((name, text.into_owned(), question));
    };
    for flag in RedFlag::ALL {
        add(
            format!("flag-question[{flag}]"),
            t.flag_question(flag),
            true,
        );
        add(format!("triage-flag[{flag}]"), t.triage_flag(flag), false);
    }
    for condition in Health::ALL {
        add(
            format!("condition-question[{condition}]"),
            t.condition_question(condition),
            true,
        );
        for technique in Technique::ALL {
            if technique.description().ruled_out_by.contains(&condition) {
                let args = ExclusionHealthArgs {
                    condition,
                    technique,
                };
                let name = format!("exclusion-health[{technique}][{condition}]");
                add(name, t.exclusion_health(args), false);
            }
        }
    }
    add("safety-intro".into(), t.safety_intro(), false);
    add("health-intro".into(), t.health_intro(), false);
    add("emergency-heading".into(), t.emergency_heading(), false);
    add("emergency-text".into(), t.emergency_text(NUMBER), false);
    add("clinician-heading".into(), t.clinician_heading(), false);
    add("clinician-text".into(), t.clinician_text(), false);
    add("clinician-worse".into(), t.clinician_worse(NUMBER), false);
    add(
        "triage-spot[groin]".into(),
        t.triage_spot(Spot::Groin),
        false,
    );
    add("triage-nothing-safe".into(), t.triage_nothing_safe(), false);
    texts
}

/// The first 12 hex digits of the SHA-256 of a text.
fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(6).map(|b| format!("{b:02x}")).collect()
}

#[test]
fn every_safety_text_is_there_in_every_language_and_not_left_in_english() {
    let english = safety_texts(Texts::new(Lang::En));
    for lang in Lang::ALL {
        let texts = safety_texts(Texts::new(lang));
        assert_eq!(texts.len(), english.len());
        for ((name, text, _), (_, source, _)) in texts.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{lang}: {name} is empty");
            if lang != Lang::En {
                assert_ne!(text, source, "{lang}: {name} is still in English");
            }
        }
    }
}

#[test]
fn the_emergency_texts_carry_the_clinics_number() {
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        for (name, text) in [
            ("emergency-text", t.emergency_text(NUMBER)),
            ("clinician-worse", t.clinician_worse(NUMBER)),
            ("call", t.call(NUMBER)),
        ] {
            assert!(
                text.contains(NUMBER),
                "{lang}: {name} lacks the number: {text}"
            );
        }
    }
}

/// A language's negation words, from its file's `-negation-words` term.
fn negation_words(lang: Lang) -> Vec<String> {
    let path = format!("locales/{lang}.ftl");
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(r, _)| r);
    let words = resource.body.iter().find_map(|entry| match entry {
        Entry::Term(term) if term.id.name == "negation-words" => {
            let text: String = term
                .value
                .elements
                .iter()
                .map(|element| match element {
                    PatternElement::TextElement { value } => value.to_string(),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                    } => value.to_string(),
                    PatternElement::Placeable { .. } => String::new(),
                })
                .collect();
            Some(text)
        }
        _ => None,
    });
    let words = words.unwrap_or_else(|| panic!("{path} has no term -negation-words"));
    words.split_whitespace().map(str::to_lowercase).collect()
}

/// The words of a text, lower case, split at anything but letters and apostrophes; a word with
/// an apostrophe also counts as the part before it with its apostrophe (French n', Italian
/// un'), so that `n'` finds "n'êtes".
fn words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    for word in text
        .to_lowercase()
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
    {
        if let Some(at) = word.find(['\'', '’']) {
            let apostrophe = word[at..].chars().next().map_or(1, char::len_utf8);
            words.push(word[..at + apostrophe].to_owned());
        }
        words.push(word.to_owned());
    }
    words
}

#[test]
fn no_safety_question_is_asked_in_the_negative() {
    for lang in Lang::ALL {
        let negations = negation_words(lang);
        assert!(!negations.is_empty(), "{lang}: -negation-words is empty");
        for (name, text, question) in safety_texts(Texts::new(lang)) {
            if !question {
                continue;
            }
            let found: Vec<String> = words(&text)
                .into_iter()
                .filter(|w| negations.contains(w))
                .collect();
            assert!(
                found.is_empty(),
                "{lang}: {name} is asked with a negation ({}), so \"no\" could mean the warning sign: {text}",
                found.join(", ")
            );
        }
    }
}

#[test]
fn every_translation_was_checked_against_the_english_safety_text_it_has_now() {
    let record = fs::read_to_string(RECORD).unwrap_or_default();
    let checked: BTreeMap<(String, String), String> = record
        .lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|line| !line.is_empty())
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let (lang, name, print) = (parts.next()?, parts.next()?, parts.next()?);
            Some(((lang.to_owned(), name.to_owned()), print.to_owned()))
        })
        .collect();
    let english = safety_texts(Texts::new(Lang::En));
    let mut stale = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
        for (name, source, _) in &english {
            let print = fingerprint(source);
            let key = (lang.to_string(), name.clone());
            if checked.get(&key) != Some(&print) {
                stale.push(format!("{lang} {name} {print}    # {source}"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "These translations have not been checked against the English safety text they translate. \
         Read each against the English (after the #), fix it if needed, then put its line into {RECORD}:\n{}",
        stale.join("\n")
    );
}
