//! Where the result's contact links lead: the booking page for the recommended technique (its
//! own page from `booking_urls`, else the general `booking_url`, with which service to ask for),
//! the `utm_…` fields that let the booking system count the quiz's bookings, and the email that
//! hands the result to the clinic. Plain string code, no browser imports: tested natively
//! (`tests/booking_cases.rs`).

use crate::clinic::Clinic;
use crate::engine::Technique;

/// `utm_source` on every booking link: the quiz.
pub const UTM_SOURCE: &str = "recovery-quiz";
/// `utm_medium` on every booking link: a link from another site.
pub const UTM_MEDIUM: &str = "referral";

/// The address the Book button opens for `technique`: its own page, else the general one, with
/// the `utm_…` fields unless the clinic turned them off; `None` when the clinic gives neither.
pub fn page(clinic: &Clinic, technique: Technique) -> Option<String> {
    let page = clinic
        .booking_urls
        .get(&technique)
        .or(clinic.booking_url.as_ref())?;
    Some(if clinic.booking_utm {
        with_utm(page, technique)
    } else {
        page.clone()
    })
}

/// Whether the runner must name the service when they book `technique`: the clinic has no page
/// of its own for it (so the general page, the phone or the email is all there is).
pub fn ask_for(clinic: &Clinic, technique: Technique) -> bool {
    !clinic.booking_urls.contains_key(&technique)
}

/// `address` with `utm_source`, `utm_medium` and `utm_campaign` (the technique's name) added to
/// its query, after whatever the query already holds and before the fragment. A field the
/// address already gives is left as the clinic wrote it.
pub fn with_utm(address: &str, technique: Technique) -> String {
    let (before_fragment, fragment) = match address.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (address, None),
    };
    let (path, query) = match before_fragment.split_once('?') {
        Some((path, query)) => (path, query),
        None => (before_fragment, ""),
    };
    let given: Vec<&str> = query
        .split('&')
        .map(|pair| pair.split_once('=').map_or(pair, |(key, _)| key))
        .collect();
    let campaign = technique.to_string();
    let mut out = format!("{path}?{query}");
    for (key, value) in [
        ("utm_source", UTM_SOURCE),
        ("utm_medium", UTM_MEDIUM),
        ("utm_campaign", campaign.as_str()),
    ] {
        if given.contains(&key) {
            continue;
        }
        if !(out.ends_with('?') || out.ends_with('&')) {
            out.push('&');
        }
        out.push_str(&format!("{key}={value}"));
    }
    if let Some(fragment) = fragment {
        out.push('#');
        out.push_str(fragment);
    }
    out
}

/// A `mailto:` address that opens an email to `to` with this subject and body (RFC 6068), each
/// part percent-encoded as UTF-8.
pub fn mailto(to: &str, subject: &str, body: &str) -> String {
    format!(
        "mailto:{}?subject={}&body={}",
        encode(to, b"@"),
        encode(subject, b""),
        encode(&body.replace("\r\n", "\n").replace('\n', "\r\n"), b"")
    )
}

/// `text` percent-encoded: every byte but ASCII letters, digits, `-._~` and those in `keep`.
fn encode(text: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) || keep.contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
