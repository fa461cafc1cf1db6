//! The result's actions: the clinic's contact links (`ContactLinks`), copy the share link,
//! print, change answers, start over.

use yew::prelude::*;

use super::contact_links::ContactLinks;
use crate::clinic::Clinic;
use crate::engine::Technique;
use crate::i18n::use_texts;

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub clinic: Clinic,
    /// The clinic's name in the page's language.
    pub name: AttrValue,
    /// The technique to book; `None` when a clinician or emergency message is shown, where the
    /// clinic's contact links are not offered.
    pub technique: Option<Technique>,
    /// Days between sessions, for the email to the clinic.
    pub every_days: u8,
    /// This result's share link, for the email to the clinic.
    pub share_link: AttrValue,
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
    let contact = |technique: Technique| {
        html! {
            <ContactLinks clinic={clinic.clone()} {technique} every_days={props.every_days}
                share_link={props.share_link.clone()} />
        }
    };
    html! {
        <div class="actions">
            if let Some(technique) = props.technique {
                { contact(technique) }
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
