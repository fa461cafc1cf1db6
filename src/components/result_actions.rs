//! The result's actions: book, copy the share link, print, change answers, start over.

use yew::prelude::*;

use crate::clinic::Clinic;
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub clinic: Clinic,
    /// The clinic's name in the page's language.
    pub name: AttrValue,
    /// Offer booking (not when a clinician or emergency message is shown).
    pub book: bool,
    pub onchange: Callback<()>,
    pub onstartover: Callback<()>,
}

#[derive(Clone, Copy, PartialEq)]
enum Copy {
    Idle,
    Done,
    Failed,
}

#[function_component(ResultActions)]
pub fn result_actions(props: &ResultActionsProps) -> Html {
    let t = use_texts();
    let copy = use_state(|| Copy::Idle);
    let oncopy = {
        let copy = copy.clone();
        Callback::from(move |_: MouseEvent| {
            let copy = copy.clone();
            let window = gloo_utils::window();
            let href = window.location().href().unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&href);
            wasm_bindgen_futures::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copy.set(if done { Copy::Done } else { Copy::Failed });
            });
        })
    };
    let onprint = Callback::from(|_: MouseEvent| {
        let _ = gloo_utils::window().print();
    });
    let clinic = &props.clinic;
    html! {
        <div class="actions">
            if props.book {
                <div class="book">
                    if let Some(url) = &clinic.booking_url {
                        <a class="button primary" data-testid="book" href={url.clone()} target="_top" rel="noopener">
                            { t.book() }
                        </a>
                    }
                    if let Some(phone) = &clinic.phone {
                        <a class="button secondary" data-testid="call" href={format!("tel:{}", phone.replace(' ', ""))}>
                            { t.call(phone) }
                        </a>
                    }
                    if let Some(email) = &clinic.email {
                        <a class="button secondary" data-testid="email" href={format!("mailto:{email}")}>
                            { t.email(email) }
                        </a>
                    }
                </div>
                if let Some(address) = &clinic.address {
                    <p class="address">{ format!("{}, {address}", props.name) }</p>
                }
            }
            <div class="tools no-print">
                <button type="button" class="secondary" data-testid="copy-link" onclick={oncopy}>{ t.copy_link() }</button>
                <button type="button" class="secondary" data-testid="print" onclick={onprint}>{ t.print() }</button>
                <button type="button" class="secondary" data-testid="change-answers" onclick={props.onchange.reform(|_: MouseEvent| ())}>
                    { t.change_answers() }
                </button>
                <button type="button" class="secondary" data-testid="start-over" onclick={props.onstartover.reform(|_: MouseEvent| ())}>
                    { t.start_over() }
                </button>
            </div>
            <p class="status no-print" role="status" data-testid="copy-status">
                { match *copy { Copy::Idle => "".into(), Copy::Done => t.copied(), Copy::Failed => t.copy_failed() } }
            </p>
        </div>
    }
}
