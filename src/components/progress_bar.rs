//! "Step x of y" with a bar.

use yew::prelude::*;

use crate::i18n::{use_texts, ProgressArgs};

#[derive(Properties, PartialEq)]
pub struct ProgressBarProps {
    pub step: usize,
    pub of: usize,
}

#[function_component(ProgressBar)]
pub fn progress_bar(props: &ProgressBarProps) -> Html {
    let t = use_texts();
    let label = t.progress(ProgressArgs {
        step: props.step as u32,
        steps: props.of as u32,
    });
    html! {
        <div class="progress">
            <p id="progress-label">{ label }</p>
            <progress
                aria-labelledby="progress-label"
                max={props.of.to_string()}
                value={props.step.to_string()}
            />
        </div>
    }
}
