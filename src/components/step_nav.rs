//! Back and Next under each screen.

use yew::prelude::*;

use crate::text;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// The last screen's Next says "See my result".
    pub last: bool,
    pub onback: Callback<()>,
}

/// Next is the form's submit button, so Enter in any field moves on too.
#[function_component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let onback = props.onback.reform(|_: MouseEvent| ());
    html! {
        <div class="nav">
            <button type="button" class="secondary" onclick={onback}>{ text::BACK }</button>
            <button type="submit" class="primary">
                { if props.last { text::SEE_RESULT } else { text::NEXT } }
            </button>
        </div>
    }
}
