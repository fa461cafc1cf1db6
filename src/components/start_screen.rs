//! Screen: what the quiz does, and the way in (or back in, with saved progress).

use yew::prelude::*;

use crate::i18n::use_texts;

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
    let t = use_texts();
    let onstart = props.onstart.reform(|_: MouseEvent| ());
    let onresume = props.onresume.reform(|_: MouseEvent| ());
    html! {
        <div class="start">
            <h1 tabindex="-1">{ t.start_heading() }</h1>
            if let Some(intro) = &props.intro {
                <p class="lead">{ intro }</p>
            }
            <p class="lead">{ t.start_intro() }</p>
            <ul class="facts">
                <li>{ t.start_fact_time() }</li>
                <li>{ t.start_fact_private() }</li>
                <li>{ t.start_fact_guidance() }</li>
            </ul>
            if props.can_resume {
                <section class="resume" aria-labelledby="resume-heading">
                    <h2 id="resume-heading">{ t.resume_heading() }</h2>
                    <p>{ t.resume_text() }</p>
                    <div class="nav">
                        <button type="button" class="secondary" data-testid="start-fresh" onclick={onstart}>
                            { t.start_again_button() }
                        </button>
                        <button type="button" class="primary" data-testid="resume" onclick={onresume}>
                            { t.resume_button() }
                        </button>
                    </div>
                </section>
            } else {
                <button type="button" class="primary start-button" data-testid="start" onclick={onstart}>
                    { t.start_button() }
                </button>
            }
        </div>
    }
}
