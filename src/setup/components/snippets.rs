//! The install snippets to copy, for the quiz's address on the clinic's website.

use yew::prelude::*;

use super::text_input::TextInput;
use crate::i18n::use_texts;
use crate::setup::snippets::Snippet;

#[derive(Properties, PartialEq)]
pub struct SnippetsProps {
    /// The quiz's address, as typed.
    pub address: AttrValue,
    #[prop_or_default]
    pub address_error: Option<AttrValue>,
    /// Each snippet and its text; none while the address is not one.
    pub snippets: Vec<(Snippet, AttrValue)>,
    /// The snippet copied last, and whether copying worked.
    pub copied: Option<(Snippet, bool)>,
    pub onaddress: Callback<String>,
    pub oncopy: Callback<Snippet>,
}

#[function_component(Snippets)]
pub fn snippets(props: &SnippetsProps) -> Html {
    let t = use_texts();
    html! {
        <section class="snippets" aria-labelledby="snippets-heading">
            <h2 id="snippets-heading">{ t.setup_snippets_heading() }</h2>
            <TextInput id="quiz-address" label={t.setup_quiz_address_label()}
                hint={AttrValue::from(t.setup_quiz_address_hint())} value={props.address.clone()}
                error={props.address_error.clone()} kind={super::text_input::InputKind::Url}
                oninput={props.onaddress.clone()} />
            { for props.snippets.iter().map(|(snippet, text)| {
                let snippet = *snippet;
                let id = snippet.id();
                let status = match props.copied {
                    Some((copied, true)) if copied == snippet => Some(t.setup_copied()),
                    Some((copied, false)) if copied == snippet => Some(t.setup_copy_failed()),
                    _ => None,
                };
                html! {
                    <div class="snippet" key={id.clone()}>
                        <h3 id={format!("{id}-heading")}>{ t.setup_snippet(snippet) }</h3>
                        <p class="hint" id={format!("{id}-hint")}>{ t.setup_snippet_hint(snippet) }</p>
                        <textarea id={id.clone()} readonly=true spellcheck="false" wrap="off"
                            rows={(text.lines().count().max(1)).to_string()}
                            aria-labelledby={format!("{id}-heading")}
                            aria-describedby={format!("{id}-hint")} value={text.clone()} />
                        <div class="copy">
                            <button type="button" class="secondary" data-testid={format!("copy-{id}")}
                                onclick={props.oncopy.reform(move |_| snippet)}>{ t.setup_copy(snippet) }</button>
                            <span role="status">{ status.unwrap_or_default() }</span>
                        </div>
                    </div>
                }
            }) }
        </section>
    }
}
