//! Progress saved in local storage as the visitor answers; corrupt or outdated data is dropped.
//! Storage can be missing (a cross-site iframe, a strict privacy setting): then nothing is saved
//! and the quiz still works.

use serde::{Deserialize, Serialize};
use web_sys::Storage;

use crate::form::Draft;

/// The one key the app writes.
pub const KEY: &str = "recovery-quiz.progress";
/// Bump when `Draft` changes incompatibly: older saves are then dropped quietly.
const FORMAT: u32 = 1;

#[derive(Serialize, Deserialize)]
struct Saved {
    format: u32,
    step: usize,
    draft: Draft,
}

/// Local storage, when the browser lets the page have it.
fn storage() -> Option<Storage> {
    gloo_utils::window().local_storage().ok().flatten()
}

/// The saved draft and step, if any can be read; anything unreadable is removed.
pub fn load() -> Option<(Draft, usize)> {
    let text = storage()?.get_item(KEY).ok().flatten()?;
    match serde_json::from_str::<Saved>(&text) {
        Ok(saved) if saved.format == FORMAT && !saved.draft.is_blank() => {
            Some((saved.draft, saved.step))
        }
        _ => {
            forget();
            None
        }
    }
}

/// Saves the draft and step; a blank draft removes what was saved. A full or blocked storage
/// is not an error worth showing: the quiz works without it.
pub fn save(draft: &Draft, step: usize) {
    if draft.is_blank() {
        forget();
        return;
    }
    let saved = Saved {
        format: FORMAT,
        step,
        draft: draft.clone(),
    };
    if let (Some(storage), Ok(text)) = (storage(), serde_json::to_string(&saved)) {
        let _ = storage.set_item(KEY, &text);
    }
}

/// Removes everything the app wrote.
pub fn forget() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(KEY);
    }
}
