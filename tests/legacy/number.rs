//! Plain decimal numbers, as typed in the form and written in share links: digits with at most
//! one point (`12`, `12.5`, `.5`), never signs, exponents, `inf` or `NaN`, which Rust's own float
//! syntax would accept. Distances are kept to 0.01 km (10 m), so two decimals say one exactly.

/// `text` as a number, if it is digits with at most one point and at least one digit.
pub fn parse_plain(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    text.parse().ok()
}

/// Whether the plain decimal `text`, read as `value`, is above `max` (which has a few decimals
/// at most) as written: `400.0000000000000001` reads as 400 but is above it.
pub fn above(text: &str, value: f64, max: f64) -> bool {
    if value != max {
        return value > max;
    }
    let kept = format(max, 9).split_once('.').map_or(0, |(_, f)| f.len());
    text.split_once('.')
        .is_some_and(|(_, fraction)| fraction.bytes().skip(kept).any(|b| b != b'0'))
}

/// `value` rounded to hundredths.
pub fn hundredths(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}

/// `value` to at most `places` decimals, without trailing zeros: `12`, `12.5`, `0.25`, `-3.1`.
pub fn format(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.')
    } else {
        &text
    };
    match text {
        "-0" => "0".to_owned(),
        _ => text.to_owned(),
    }
}
