//! Numbers as the quiz reads and shows them, in integer arithmetic. A [`Plain`] decimal is a
//! number as written (`12`, `12.5`, `.5`), kept exactly however many digits it has, so that a
//! range is checked on the number as written and rounding is exact. A [`Decimal`] is a number
//! to show, with a fixed count of decimals, written without trailing zeros.

use std::cmp::Ordering;
use std::fmt;

/// A plain decimal as written: digits with at most one point and at least one digit (`12`,
/// `12.5`, `.5`, `5.`), never a sign, an exponent, `inf` or `NaN`.
#[derive(Clone, Copy, Debug)]
pub struct Plain<'a> {
    /// The digits before the point, without leading zeros.
    whole: &'a str,
    /// The digits after the point, without trailing zeros.
    fraction: &'a str,
}

impl<'a> Plain<'a> {
    /// `text` as a plain decimal, if it is one.
    pub fn parse(text: &'a str) -> Option<Plain<'a>> {
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
            return None;
        }
        Some(Plain {
            whole: whole.trim_start_matches('0'),
            fraction: fraction.trim_end_matches('0'),
        })
    }

    /// Whether it has no fraction (`2`, `2.0`).
    pub fn is_whole(self) -> bool {
        self.fraction.is_empty()
    }

    /// Whether it is above `max`, exactly: `400.0000000000000001` is above 400.
    pub fn above(self, max: Decimal) -> bool {
        match self.scaled(1, max.places as i32) {
            Some((whole, rest)) => whole > max.units || whole == max.units && rest != Rest::Zero,
            None => true,
        }
    }

    /// It times `factor` times 10 to the power `places`, rounded half up; `None` when that is
    /// beyond `u64`.
    pub fn rounded(self, factor: u64, places: i32) -> Option<u64> {
        let (whole, rest) = self.scaled(factor, places)?;
        whole.checked_add(u64::from(rest == Rest::HalfOrMore))
    }

    /// It times `factor` times 10 to the power `places`: the whole part and what is left over.
    fn scaled(self, factor: u64, places: i32) -> Option<(u64, Rest)> {
        let digits: Vec<u8> = self
            .whole
            .bytes()
            .chain(self.fraction.bytes())
            .map(|b| b - b'0')
            .collect();
        let mut product = times(&digits, factor);
        // Decimals to cut off, counting from the right of `product`.
        let cut = self.fraction.len() as i64 - i64::from(places);
        if cut <= 0 {
            product.extend(std::iter::repeat_n(0, cut.unsigned_abs() as usize));
            return Some((whole_number(&product)?, Rest::Zero));
        }
        let cut = cut as usize;
        let split = product.len().saturating_sub(cut);
        let (whole, rest) = product.split_at(split);
        // A cut longer than the product starts with zeros: less than half.
        let rest = match rest.first() {
            _ if rest.iter().all(|&d| d == 0) => Rest::Zero,
            Some(&first) if cut == rest.len() && first >= 5 => Rest::HalfOrMore,
            _ => Rest::BelowHalf,
        };
        Some((whole_number(whole)?, rest))
    }
}

impl PartialEq for Plain<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Plain<'_> {}

impl PartialOrd for Plain<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Plain<'_> {
    /// By value, exactly: a longer whole part is larger; then digit by digit.
    fn cmp(&self, other: &Self) -> Ordering {
        self.whole
            .len()
            .cmp(&other.whole.len())
            .then_with(|| self.whole.cmp(other.whole))
            .then_with(|| self.fraction.cmp(other.fraction))
    }
}

/// What is left after the whole part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Rest {
    Zero,
    BelowHalf,
    HalfOrMore,
}

/// The decimal digits of `digits` (most significant first) times `factor`.
fn times(digits: &[u8], factor: u64) -> Vec<u8> {
    let mut product = Vec::with_capacity(digits.len() + 20);
    let mut carry = 0u128;
    for &digit in digits.iter().rev() {
        let value = u128::from(digit) * u128::from(factor) + carry;
        product.push((value % 10) as u8);
        carry = value / 10;
    }
    while carry > 0 {
        product.push((carry % 10) as u8);
        carry /= 10;
    }
    product.reverse();
    product
}

/// The number the decimal digits `digits` spell, if it fits a `u64`.
fn whole_number(digits: &[u8]) -> Option<u64> {
    digits
        .iter()
        .try_fold(0u64, |n, &d| n.checked_mul(10)?.checked_add(u64::from(d)))
}

/// `n / d`, rounded half up.
pub fn divide_half_up(n: u64, d: u64) -> u64 {
    (2 * n + d) / (2 * d)
}

/// A number to show: `units` times 10 to the power `-places` (`Decimal::new(125, 1)` is 12.5).
/// Compared by value: 12.50 equals 12.5.
#[derive(Clone, Copy, Debug)]
pub struct Decimal {
    units: u64,
    places: u32,
}

impl Decimal {
    pub const fn new(units: u64, places: u32) -> Decimal {
        Decimal { units, places }
    }

    /// Both as whole numbers of the smaller unit of the two.
    fn aligned(self, other: Decimal) -> (u128, u128) {
        let places = self.places.max(other.places);
        let scaled = |d: Decimal| u128::from(d.units) * 10u128.pow(places - d.places);
        (scaled(self), scaled(other))
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> Ordering {
        let (a, b) = self.aligned(*other);
        a.cmp(&b)
    }
}

impl fmt::Display for Decimal {
    /// With a decimal point and no trailing zeros: `12`, `12.5`, `0.25`.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let scale = 10u64.pow(self.places);
        let (whole, fraction) = (self.units / scale, self.units % scale);
        if fraction == 0 {
            return write!(f, "{whole}");
        }
        let places = self.places as usize;
        let fraction = format!("{fraction:0places$}");
        write!(f, "{whole}.{}", fraction.trim_end_matches('0'))
    }
}
