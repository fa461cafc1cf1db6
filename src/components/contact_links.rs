//! The clinic's contact links for the recommended technique: book (its own page, or the general
//! one with the service to ask for), call, email, and send the result to the clinic. Each tells
//! the host page it was tapped; inside a frame, each leaves it (see [`targets`]).

use yew::prelude::*;

use crate::booking;
use crate::clinic::Clinic;
use crate::engine::Technique;
use crate::events::{Contact, Event};
use crate::hooks::embed;
use crate::i18n::{use_texts, SendResultSummaryArgs};

/// Where contact links open: the booking page's web address, and the `tel:` and `mailto:` links.
///
/// - A booking page inside a frame opens in a new tab: a sandboxed frame (site builders put
///   embeds in one) is far more often allowed popups than navigating the page around it, the
///   runner keeps the result, with the service to ask for, beside the booking page, and booking
///   systems often refuse to be shown in a frame at all. Outside a frame, it opens in place.
/// - `tel:` and `mailto:` open the phone or mail app and replace no page, so they go to the top
///   window: a new tab would only be left empty behind the app.
fn targets(framed: bool) -> (&'static str, &'static str) {
    let web = if framed { "_blank" } else { "_top" };
    (web, "_top")
}

#[derive(Properties, PartialEq)]
pub struct ContactLinksProps {
    pub clinic: Clinic,
    /// The technique the result recommends.
    pub technique: Technique,
    /// Days between sessions, for the email to the clinic.
    pub every_days: u8,
    /// This result's share link, for the email to the clinic.
    pub share_link: AttrValue,
}

/// The clinic's contact links for booking `technique`, each telling the host page it was tapped.
#[function_component(ContactLinks)]
pub fn contact_links(props: &ContactLinksProps) -> Html {
    let t = use_texts();
    let clinic = &props.clinic;
    let technique = props.technique;
    let (web_target, app_target) = targets(embed::framed());
    let tapped = |contact: Contact| {
        let origins = clinic.site_origins.clone();
        Callback::from(move |_: MouseEvent| {
            embed::post_event(&origins, Event::ContactClicked { contact, technique })
        })
    };
    let booking = booking::page(clinic, technique);
    let any = booking.is_some() || clinic.phone.is_some() || clinic.email.is_some();
    let send_result = clinic.email.as_ref().map(|email| {
        let summary = t.send_result_summary(SendResultSummaryArgs {
            technique,
            days: u32::from(props.every_days),
        });
        let body = format!("{summary}\n{}", props.share_link);
        booking::mailto(email, &t.send_result_subject(), &body)
    });
    html! {
        <>
            if any && booking::ask_for(clinic, technique) {
                <p class="ask-for" data-testid="ask-for">{ t.ask_for(technique) }</p>
            }
            <div class="book">
                if let Some(url) = booking {
                    <a class="button primary" data-testid="book" href={url} target={web_target}
                        rel="noopener" onclick={tapped(Contact::Book)}>
                        { t.book() }
                    </a>
                }
                if let Some(phone) = &clinic.phone {
                    <a class="button secondary" data-testid="call" href={format!("tel:{}", phone.replace(' ', ""))}
                        target={app_target} onclick={tapped(Contact::Call)}>
                        { t.call(phone) }
                    </a>
                }
                if let Some(email) = &clinic.email {
                    <a class="button secondary" data-testid="email" href={format!("mailto:{email}")}
                        target={app_target} onclick={tapped(Contact::Email)}>
                        { t.email(email) }
                    </a>
                }
                if let Some(href) = send_result {
                    <a class="button secondary no-print" data-testid="send-result" {href}
                        target={app_target} onclick={tapped(Contact::SendResult)}>
                        { t.send_result() }
                    </a>
                }
            </div>
        </>
    }
}
