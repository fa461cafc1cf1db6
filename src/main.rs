//! Renders the app into its own element, beside the pre-rendered start screen it replaces.

fn main() {
    let document = gloo_utils::document();
    let root = document.get_element_by_id("app").or_else(|| {
        let root = document.create_element("div").ok()?;
        root.set_id("app");
        document.body()?.append_child(&root).ok()?;
        Some(root)
    });
    match root {
        Some(root) => yew::Renderer::<recovery_quiz::App>::with_root(root).render(),
        None => yew::Renderer::<recovery_quiz::App>::new().render(),
    };
}
