//! Renders the app into its own element, hidden beside the pre-rendered start screen until the
//! app takes over (src/hooks/prerender.rs), so the browser only ever paints one of the two.

fn main() {
    let document = gloo_utils::document();
    let root = document.get_element_by_id("app").or_else(|| {
        let root = document.create_element("div").ok()?;
        root.set_id("app");
        if document.get_element_by_id("prerender").is_some() {
            root.set_attribute("hidden", "").ok()?;
        }
        document.body()?.append_child(&root).ok()?;
        Some(root)
    });
    match root {
        Some(root) => yew::Renderer::<recovery_quiz::App>::with_root(root).render(),
        None => yew::Renderer::<recovery_quiz::App>::new().render(),
    };
}
