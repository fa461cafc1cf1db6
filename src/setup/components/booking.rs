//! Booking and contact: the booking page, one per technique if the clinic has them, whether
//! booking links are marked as coming from the quiz, the phone, the e-mail and the address.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::text_input::{field, InputKind};
use super::Errors;
use crate::i18n::use_texts;
use crate::setup::draft::{Draft, Edit, TextField};

#[derive(Properties, PartialEq)]
pub struct BookingProps {
    pub draft: Draft,
    pub errors: Errors,
    pub onedit: Callback<Edit>,
}

#[function_component(Booking)]
pub fn booking(props: &BookingProps) -> Html {
    let t = use_texts();
    let text = |f: TextField, kind: InputKind| {
        field(t, &props.draft, &props.errors, f, kind, &props.onedit)
    };
    let onutm = props.onedit.reform(|e: Event| {
        Edit::BookingUtm(e.target_unchecked_into::<HtmlInputElement>().checked())
    });
    html! {
        <>
            { text(TextField::BookingUrl, InputKind::Url) }
            { for props.draft.techniques.iter().map(|&technique| {
                text(TextField::BookingUrlFor(technique), InputKind::Url)
            }) }
            <div class="field">
                <label class="choice" for="booking-utm">
                    <input type="checkbox" id="booking-utm" checked={props.draft.booking_utm}
                        aria-describedby="booking-utm-hint" onchange={onutm} />
                    <span>{ t.setup_booking_utm_label() }</span>
                </label>
                <p class="hint" id="booking-utm-hint">{ t.setup_booking_utm_hint() }</p>
            </div>
            { text(TextField::Phone, InputKind::Tel) }
            { text(TextField::Email, InputKind::Email) }
            { text(TextField::Address, InputKind::Text) }
        </>
    }
}
