//! Progress saved in local storage as the visitor answers; corrupt or outdated data is dropped.

use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

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

/// The saved draft and step, if any can be read; anything unreadable is removed.
pub fn load() -> Option<(Draft, usize)> {
    match LocalStorage::get::<Saved>(KEY) {
        Ok(saved) if saved.format == FORMAT && !saved.draft.is_blank() => {
            Some((saved.draft, saved.step))
        }
        Ok(_) | Err(gloo_storage::errors::StorageError::SerdeError(_)) => {
            forget();
            None
        }
        Err(_) => None,
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
    let _ = LocalStorage::set(KEY, saved);
}

/// Removes everything the app wrote.
pub fn forget() {
    LocalStorage::delete(KEY);
}
