//! Back and Next under each screen.

use yew::prelude::*;

use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct StepNavProps {
    /// The last screen's Next says "See my result".
    pub last: bool,
    pub onback: Callback<()>,
}

/// Next is the form's submit button, so Enter in any field moves on too.
#[function_component(StepNav)]
pub fn step_nav(props: &StepNavProps) -> Html {
    let t = use_texts();
    let onback = props.onback.reform(|_: MouseEvent| ());
    html! {
        <div class="nav">
            <button type="button" class="secondary" data-testid="back" onclick={onback}>{ t.back() }</button>
            <button type="submit" class="primary" data-testid="next">
                { if props.last { t.see_result() } else { t.next() } }
            </button>
        </div>
    }
}
