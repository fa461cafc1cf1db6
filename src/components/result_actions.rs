//! The result's actions: book, copy the share link, print, change answers, start over.

use yew::prelude::*;

use crate::clinic::Clinic;
use crate::text;

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub clinic: Clinic,
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
                        <a class="button primary" href={url.clone()} target="_top" rel="noopener">
                            { text::BOOK }
                        </a>
                    }
                    if let Some(phone) = &clinic.phone {
                        <a class="button secondary" href={format!("tel:{}", phone.replace(' ', ""))}>
                            { format!("{} {phone}", text::CALL) }
                        </a>
                    }
                    if let Some(email) = &clinic.email {
                        <a class="button secondary" href={format!("mailto:{email}")}>
                            { format!("{} {email}", text::EMAIL) }
                        </a>
                    }
                </div>
                if let Some(address) = &clinic.address {
                    <p class="address">{ format!("{}, {address}", clinic.name.as_deref().unwrap_or(text::DEFAULT_CLINIC)) }</p>
                }
            }
            <div class="tools no-print">
                <button type="button" class="secondary" onclick={oncopy}>{ text::COPY_LINK }</button>
                <button type="button" class="secondary" onclick={onprint}>{ text::PRINT }</button>
                <button type="button" class="secondary" onclick={props.onchange.reform(|_: MouseEvent| ())}>
                    { text::CHANGE_ANSWERS }
                </button>
                <button type="button" class="secondary" onclick={props.onstartover.reform(|_: MouseEvent| ())}>
                    { text::START_OVER }
                </button>
            </div>
            <p class="status no-print" role="status">
                { match *copy { Copy::Idle => "", Copy::Done => text::COPIED, Copy::Failed => text::COPY_FAILED } }
            </p>
        </div>
    }
}
