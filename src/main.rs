//! Renders the app: off the page while the pre-rendered start screen is on it, until the app takes
//! its place (src/hooks/prerender.rs).

fn main() {
    match recovery_quiz::hooks::prerender::root() {
        Some(root) => yew::Renderer::<recovery_quiz::App>::with_root(root).render(),
        None => yew::Renderer::<recovery_quiz::App>::new().render(),
    };
}
