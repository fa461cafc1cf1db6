//! Renders the app: off the page while the pre-rendered start screen is on it, until the app takes
//! its place (src/hooks/prerender.rs). The first render waits for a task of its own, so that it
//! and the WebAssembly's start-up are two short tasks rather than one long one.

use gloo_timers::callback::Timeout;

fn main() {
    Timeout::new(0, || {
        match recovery_quiz::hooks::prerender::root() {
            Some(root) => yew::Renderer::<recovery_quiz::App>::with_root(root).render(),
            None => yew::Renderer::<recovery_quiz::App>::new().render(),
        };
    })
    .forget();
}
