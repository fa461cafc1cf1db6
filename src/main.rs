//! The app's WebAssembly module. `static/boot.js` loads it and calls [`start`] (the whole
//! mechanism: `recovery_quiz::shell`).

use wasm_bindgen::prelude::wasm_bindgen;

/// Starts the app in `lang` with the clinic's file (`recovery_quiz::shell::start`).
#[wasm_bindgen]
pub fn start(lang: String, current: Option<String>, status: u16, last: Option<String>) {
    recovery_quiz::shell::start(&lang, current, status, last);
}

/// Nothing runs when the module is instantiated: `start` does, once `boot.js` has what it needs.
fn main() {}
