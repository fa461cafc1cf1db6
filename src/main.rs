//! Renders the app into the page.

fn main() {
    yew::Renderer::<recovery_quiz::App>::new().render();
}
