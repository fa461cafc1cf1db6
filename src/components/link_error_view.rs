//! A share link that could not be read: what is wrong, and a way into the quiz.

use yew::prelude::*;

use crate::engine::link::LinkError;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct LinkErrorViewProps {
    pub error: LinkError,
    pub onstart: Callback<()>,
}

#[function_component(LinkErrorView)]
pub fn link_error_view(props: &LinkErrorViewProps) -> Html {
    let onclick = props.onstart.reform(|_: MouseEvent| ());
    html! {
        <section id="link-error" class="link-error">
            <h1 tabindex="-1">{ text::LINK_ERROR_HEADING }</h1>
            <p role="alert">{ text::link_error(&props.error) }</p>
            <button type="button" class="primary" {onclick}>{ text::LINK_ERROR_START }</button>
        </section>
    }
}
