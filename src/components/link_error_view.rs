//! A share link that could not be read: what is wrong, and a way into the quiz.

use yew::prelude::*;

use crate::engine::link::LinkError;
use crate::i18n::{use_texts, wording};

#[derive(Properties, PartialEq)]
pub struct LinkErrorViewProps {
    pub error: LinkError,
    pub onstart: Callback<()>,
}

#[function_component(LinkErrorView)]
pub fn link_error_view(props: &LinkErrorViewProps) -> Html {
    let t = use_texts();
    let onclick = props.onstart.reform(|_: MouseEvent| ());
    html! {
        <section id="link-error" class="link-error">
            <h1 tabindex="-1">{ t.link_error_heading() }</h1>
            <p role="alert">{ wording::link_error(t, &props.error) }</p>
            <button type="button" class="primary" data-testid="link-error-start" {onclick}>{ t.link_error_start() }</button>
        </section>
    }
}
