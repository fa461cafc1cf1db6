//! The clinic's colour as the quiz will use it: on a button, and as links on a light and a dark
//! screen, each with its contrast ratio (the pairings are `crate::theme::accent_properties`).

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::engine::number::Decimal;
use crate::i18n::use_texts;
use crate::theme::{accent_properties, contrast, Rgb, DARK_BG, LIGHT_BG};

#[derive(Properties, PartialEq)]
pub struct ContrastProps {
    pub accent: Rgb,
}

#[function_component(Contrast)]
pub fn contrast_samples(props: &ContrastProps) -> Html {
    let t = use_texts();
    let node = use_node_ref();
    let properties = accent_properties(props.accent);
    // The samples take the same custom properties the quiz sets on its page (through the CSS
    // object model, which the strict policy allows).
    use_effect_with((props.accent, node.clone()), |(accent, node)| {
        if let Some(samples) = node.cast::<HtmlElement>() {
            for (property, value) in accent_properties(*accent) {
                let _ = samples.style().set_property(property, &value);
            }
        }
    });
    let colour = |name: &str| {
        properties
            .iter()
            .find(|(property, _)| *property == name)
            .and_then(|(_, value)| Rgb::parse(value))
            .unwrap_or(props.accent)
    };
    // Rounded down, so that a ratio just under 4.5 never reads as 4.5.
    let ratio = |a: Rgb, b: Rgb| Decimal::new((contrast(a, b) * 10.0).floor() as u64, 1);
    let button = ratio(colour("--accent-l"), colour("--on-accent-l"));
    let light = ratio(colour("--ink-l"), LIGHT_BG);
    let dark = ratio(colour("--ink-d"), DARK_BG);
    html! {
        <div class="contrast" ref={node} data-testid="contrast">
            <p><span class="sample-button">{ t.book() }</span> { t.setup_contrast_button(button) }</p>
            <p><span class="sample-light">{ t.setup_sample_link() }</span> { t.setup_contrast_light(light) }</p>
            <p><span class="sample-dark">{ t.setup_sample_link() }</span> { t.setup_contrast_dark(dark) }</p>
            <p class="hint">{ t.setup_contrast_note() }</p>
        </div>
    }
}
