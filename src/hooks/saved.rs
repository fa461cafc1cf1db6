//! Progress saved in local storage as the visitor answers, through gloo-storage; what cannot be
//! read (corrupt, hand-edited, from an unknown format) is dropped quietly. Storage can be missing
//! (a cross-site iframe, a strict privacy setting): then nothing is saved and the quiz still works.

use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

use crate::progress::Progress;

/// The one key the app writes.
pub const KEY: &str = "recovery-quiz.progress";

/// Whether the browser lets the page have local storage. gloo-storage panics where it does not,
/// so every use is behind this check.
fn usable() -> bool {
    gloo_utils::window()
        .local_storage()
        .ok()
        .flatten()
        .is_some()
}

/// The saved progress, if any can be read; anything unreadable is removed.
pub fn load() -> Option<Progress> {
    if !usable() {
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
    } else if usable() {
        let _ = LocalStorage::set(KEY, progress);
    }
}

/// Removes everything the app wrote.
pub fn forget() {
    if usable() {
        LocalStorage::delete(KEY);
    }
}
