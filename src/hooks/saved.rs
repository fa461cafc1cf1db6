//! Progress saved in local storage as the visitor answers; corrupt or outdated data is dropped.
//! Storage can be missing (a cross-site iframe, a strict privacy setting): then nothing is saved
//! and the quiz still works.

use std::collections::BTreeMap;

use web_sys::Storage;

use crate::form::{Draft, SpotDraft, Unit};
use crate::json::{self, Value};

/// The one key the app writes.
pub const KEY: &str = "recovery-quiz.progress";
/// Bump when `Draft` changes incompatibly: older saves are then dropped quietly.
const FORMAT: u32 = 1;

/// Local storage, when the browser lets the page have it.
fn storage() -> Option<Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}

/// The saved draft and step, if any can be read; anything unreadable is removed.
pub fn load() -> Option<(Draft, usize)> {
    let text = storage()?.get_item(KEY).ok().flatten()?;
    let saved = decode(&text);
    if saved.is_none() {
        forget();
    }
    saved
}

/// Saves the draft and step; a blank draft removes what was saved. A full or blocked storage
/// is not an error worth showing: the quiz works without it.
pub fn save(draft: &Draft, step: usize) {
    if draft.is_blank() {
        forget();
        return;
    }
    if let Some(storage) = storage() {
        let _ = storage.set_item(KEY, &encode(draft, step));
    }
}

/// Removes everything the app wrote.
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}

/// The saved text: `{"format":1,"step":…,"draft":{…}}`, the draft's fields by name.
pub fn encode(draft: &Draft, step: usize) -> String {
    let text = |s: &str| Value::String(s.to_owned());
    let answers = |map: &BTreeMap<String, bool>| {
        Value::Object(
            map.iter()
                .map(|(k, &v)| (k.clone(), Value::Bool(v)))
                .collect(),
        )
    };
    let spots = draft.spots.as_ref().map_or(Value::Null, |spots| {
        Value::Array(
            spots
                .iter()
                .map(|s| {
                    Value::Object(vec![
                        ("spot".into(), text(&s.spot)),
                        ("severity".into(), Value::Number(s.severity.to_string())),
                        (
                            "quality".into(),
                            s.quality.as_deref().map_or(Value::Null, text),
                        ),
                        ("days".into(), text(&s.days)),
                    ])
                })
                .collect(),
        )
    });
    let unit = match draft.unit {
        Unit::Km => "Km",
        Unit::Mi => "Mi",
    };
    let fields = vec![
        ("unit".into(), text(unit)),
        ("km".into(), text(&draft.km)),
        ("runs".into(), text(&draft.runs)),
        ("hard".into(), text(&draft.hard)),
        ("long".into(), text(&draft.long)),
        ("last".into(), text(&draft.last)),
        (
            "history".into(),
            Value::Array(draft.history.iter().map(|w| text(w)).collect()),
        ),
        ("race_planned".into(), Value::Bool(draft.race_planned)),
        ("race_in".into(), text(&draft.race_in)),
        ("raced_recently".into(), Value::Bool(draft.raced_recently)),
        ("raced_ago".into(), text(&draft.raced_ago)),
        ("spots".into(), spots),
        ("safety".into(), answers(&draft.safety)),
        ("conditions".into(), answers(&draft.conditions)),
    ];
    Value::Object(vec![
        ("format".into(), Value::Number(FORMAT.to_string())),
        ("step".into(), Value::Number(step.to_string())),
        ("draft".into(), Value::Object(fields)),
    ])
    .to_string()
}

/// The draft and step in a saved text, if it is this format and not blank. A missing field is
/// left as in a fresh draft; a field of the wrong kind makes the whole text unreadable.
pub fn decode(text: &str) -> Option<(Draft, usize)> {
    let saved = json::parse(text).ok()?;
    if saved.get("format")?.as_whole::<u32>()? != FORMAT {
        return None;
    }
    let step = saved.get("step")?.as_whole()?;
    let fields = saved.get("draft")?;
    fields.as_object()?;
    let mut draft = Draft::default();
    let text = |key: &str, to: &mut String| -> Option<()> {
        if let Some(value) = fields.get(key) {
            value.as_str()?.clone_into(to);
        }
        Some(())
    };
    text("km", &mut draft.km)?;
    text("runs", &mut draft.runs)?;
    text("hard", &mut draft.hard)?;
    text("long", &mut draft.long)?;
    text("last", &mut draft.last)?;
    text("race_in", &mut draft.race_in)?;
    text("raced_ago", &mut draft.raced_ago)?;
    let flag = |key: &str, to: &mut bool| -> Option<()> {
        if let Some(value) = fields.get(key) {
            *to = value.as_bool()?;
        }
        Some(())
    };
    flag("race_planned", &mut draft.race_planned)?;
    flag("raced_recently", &mut draft.raced_recently)?;
    if let Some(unit) = fields.get("unit") {
        draft.unit = match unit.as_str()? {
            "Km" => Unit::Km,
            "Mi" => Unit::Mi,
            _ => return None,
        };
    }
    if let Some(history) = fields.get("history") {
        let weeks: Vec<String> = history
            .as_array()?
            .iter()
            .map(|w| w.as_str().map(str::to_owned))
            .collect::<Option<_>>()?;
        draft.history = weeks.try_into().ok()?;
    }
    if let Some(spots) = fields.get("spots").filter(|s| **s != Value::Null) {
        draft.spots = Some(spots.as_array()?.iter().map(spot).collect::<Option<_>>()?);
    }
    for (key, to) in [
        ("safety", &mut draft.safety),
        ("conditions", &mut draft.conditions),
    ] {
        if let Some(answers) = fields.get(key) {
            for (slug, answer) in answers.as_object()? {
                to.insert(slug.clone(), answer.as_bool()?);
            }
        }
    }
    (!draft.is_blank()).then_some((draft, step))
}

fn spot(value: &Value) -> Option<SpotDraft> {
    let quality = match value.get("quality") {
        None | Some(Value::Null) => None,
        Some(quality) => Some(quality.as_str()?.to_owned()),
    };
    Some(SpotDraft {
        spot: value.get("spot")?.as_str()?.to_owned(),
        severity: value.get("severity")?.as_whole()?,
        quality,
        days: value.get("days")?.as_str()?.to_owned(),
    })
}
