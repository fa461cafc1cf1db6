//! Plain decimal numbers, as typed in the form and written in share links: digits with at most
//! one point (`12`, `12.5`, `.5`), never signs, exponents, `inf` or `NaN`.
//!
//! Reading and writing them here, rather than with the standard library's general float parsing
//! and printing, keeps about 14 KB of compressed code out of the WebAssembly. Distances are kept
//! to 0.01 km (10 m), so two decimals always say a value exactly: `format(v, 2)` read back with
//! `Decimal::parse` gives `v` again.

/// A plain decimal read from text, kept to hundredths.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    /// The value in hundredths, rounded half up; saturates for absurdly long numbers.
    hundredths: u64,
    /// The digits dropped in rounding made the value smaller than the text says.
    rounded_down: bool,
    /// No digit after the point is other than zero.
    whole: bool,
}

impl Decimal {
    /// Reads `text` if it is a plain decimal with at least one digit.
    pub fn parse(text: &str) -> Option<Decimal> {
        let (whole_part, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole_part.is_empty() && fraction.is_empty() || !digits(whole_part) || !digits(fraction)
        {
            return None;
        }
        let whole_value = whole_part.bytes().fold(0u64, |n, b| {
            n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
        });
        let mut fraction_digits = fraction.bytes().map(|b| u64::from(b - b'0'));
        let tenths = fraction_digits.next().unwrap_or(0);
        let hundredths = fraction_digits.next().unwrap_or(0);
        let third = fraction_digits.next().unwrap_or(0);
        let rest_nonzero = fraction_digits.any(|d| d != 0);
        let round_up = third >= 5;
        Some(Decimal {
            hundredths: whole_value
                .saturating_mul(100)
                .saturating_add(tenths * 10 + hundredths + u64::from(round_up)),
            rounded_down: !round_up && (third != 0 || rest_nonzero),
            whole: fraction.bytes().all(|b| b == b'0'),
        })
    }

    /// The value, to the nearest hundredth.
    pub fn value(self) -> f64 {
        self.hundredths as f64 / 100.0
    }

    /// Whether the text had no fraction other than zeros (`3`, `3.0`).
    pub fn is_whole(self) -> bool {
        self.whole
    }

    /// Whether the number as written is above `max` (which has at most two decimals), so that
    /// 400.001 is above 400 even though it is kept as 400.
    pub fn exceeds(self, max: f64) -> bool {
        let max = (max * 100.0).round() as u64;
        self.hundredths > max || self.hundredths == max && self.rounded_down
    }
}

/// `value` rounded half away from zero to `places` decimals (at most 9), without trailing zeros:
/// `12`, `12.5`, `0.25`, `-3.1`.
pub fn format(value: f64, places: u32) -> String {
    let scale = 10u64.pow(places.min(9));
    let scaled = (value.abs() * scale as f64).round() as u64;
    let sign = if value < 0.0 && scaled != 0 { "-" } else { "" };
    let (whole, fraction) = (scaled / scale, scaled % scale);
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let width = places.min(9) as usize;
    let digits = format!("{fraction:0width$}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}
