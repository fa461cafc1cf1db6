//! Progress saved in local storage as the visitor answers, through gloo-storage; what cannot be
//! read (corrupt, hand-edited, from an unknown format) is dropped quietly. Storage can be missing
//! (a cross-site iframe, a strict privacy setting): then nothing is saved and the quiz still works;
//! every use is behind `shell::storage_usable`, since gloo-storage panics there.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::progress::Progress;
use crate::shell::storage_usable;

/// The key of the saved progress (the other key the app writes is `shell::LANGUAGE_KEY`).
pub const KEY: &str = "recovery-quiz.progress";

/// The saved progress, if any can be read; anything unreadable is removed.
pub fn load() -> Option<Progress> {
    if !storage_usable() {
        return None;
    }
    match LocalStorage::get(KEY) {
        Ok(progress) => Some(progress),
        Err(StorageError::KeyNotFound(_)) => None,
        Err(_) => {
            LocalStorage::delete(KEY);
            None
        }
    }
}

/// Saves the progress; a blank draft removes what was saved. A full or blocked storage is not an
/// error worth showing: the quiz works without it.
pub fn save(progress: &Progress) {
    if progress.draft.is_blank() {
        forget();
    } else if storage_usable() {
        let _ = LocalStorage::set(KEY, progress);
    }
}

/// Removes the saved progress. (The visitor's language, the other key, is forgotten by
/// `shell::forget_language`.)
fn forget() {
    if storage_usable() {
        LocalStorage::delete(KEY);
    }
}
