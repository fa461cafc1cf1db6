//! Starts the app on the page (`recovery_quiz::shell`). The first render waits for a task of its
//! own, so that it and the WebAssembly's start-up are two short tasks rather than one long one.

use gloo_timers::callback::Timeout;

fn main() {
    Timeout::new(0, recovery_quiz::shell::start).forget();
}
