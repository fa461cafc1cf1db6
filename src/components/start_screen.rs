//! Screen: what the quiz does, and the way in (or back in, with saved progress).

use yew::prelude::*;

use crate::text;

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    /// The clinic's own line, shown above the standard intro.
    #[prop_or_default]
    pub intro: Option<AttrValue>,
    /// Saved progress exists: offer to resume.
    pub can_resume: bool,
    pub onstart: Callback<()>,
    pub onresume: Callback<()>,
}

#[function_component(StartScreen)]
pub fn start_screen(props: &StartScreenProps) -> Html {
    let onstart = props.onstart.reform(|_: MouseEvent| ());
    let onresume = props.onresume.reform(|_: MouseEvent| ());
    html! {
        <div class="start">
            <h1 tabindex="-1">{ text::START_HEADING }</h1>
            if let Some(intro) = &props.intro {
                <p class="lead">{ intro }</p>
            }
            <p class="lead">{ text::START_INTRO }</p>
            <ul class="facts">
                { for text::START_FACTS.iter().map(|fact| html! { <li>{ fact }</li> }) }
            </ul>
            if props.can_resume {
                <section class="resume" aria-labelledby="resume-heading">
                    <h2 id="resume-heading">{ text::RESUME_HEADING }</h2>
                    <p>{ text::RESUME_TEXT }</p>
                    <div class="nav">
                        <button type="button" class="secondary" onclick={onstart}>
                            { text::START_FRESH_BUTTON }
                        </button>
                        <button type="button" class="primary" onclick={onresume}>
                            { text::RESUME_BUTTON }
                        </button>
                    </div>
                </section>
            } else {
                <button type="button" class="primary start-button" onclick={onstart}>
                    { text::START_BUTTON }
                </button>
            }
        </div>
    }
}
