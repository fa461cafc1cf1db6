//! The clinic's accent colour, made readable: text colours are derived so that every pairing
//! keeps WCAG AA contrast (4.5:1) in the light and the dark theme, whatever colour is given.

/// A colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The light theme's page background, and the dark theme's.
pub const LIGHT_BG: Rgb = Rgb(0xff, 0xff, 0xff);
pub const DARK_BG: Rgb = Rgb(0x11, 0x16, 0x15);
const BLACK: Rgb = Rgb(0, 0, 0);
const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// WCAG AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

impl Rgb {
    /// `#rgb` or `#rrggbb`.
    pub fn parse(hex: &str) -> Option<Rgb> {
        let digits = hex.strip_prefix('#')?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match digits.len() {
            3 => {
                let d: Vec<u8> = digits
                    .chars()
                    .filter_map(|c| channel(&c.to_string()))
                    .collect();
                Some(Rgb(d[0] * 17, d[1] * 17, d[2] * 17))
            }
            6 => Some(Rgb(
                channel(&digits[0..2])?,
                channel(&digits[2..4])?,
                channel(&digits[4..6])?,
            )),
            _ => None,
        }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.2 definition).
    pub fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// This colour moved `percent` of the way towards `other`.
    fn mix(self, other: Rgb, percent: u8) -> Rgb {
        let p = f64::from(percent) / 100.0;
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * p).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Black or white, whichever reads better on `background`.
pub fn text_on(background: Rgb) -> Rgb {
    if contrast(background, BLACK) >= contrast(background, WHITE) {
        BLACK
    } else {
        WHITE
    }
}

/// The accent nudged towards `towards` until it reads on `bg` (the accent itself if it does).
pub fn readable_on(accent: Rgb, bg: Rgb, towards: Rgb) -> Rgb {
    (0..=100)
        .map(|p| accent.mix(towards, p))
        .find(|c| contrast(*c, bg) >= MIN_CONTRAST)
        .unwrap_or(towards)
}

/// The CSS custom properties for an accent: fills and their text, link-coloured text, per theme.
pub fn accent_properties(accent: Rgb) -> [(&'static str, String); 6] {
    let light_ink = readable_on(accent, LIGHT_BG, BLACK);
    let dark_ink = readable_on(accent, DARK_BG, WHITE);
    [
        ("--accent-l", accent.hex()),
        ("--on-accent-l", text_on(accent).hex()),
        ("--ink-l", light_ink.hex()),
        ("--accent-d", dark_ink.hex()),
        ("--on-accent-d", text_on(dark_ink).hex()),
        ("--ink-d", dark_ink.hex()),
    ]
}
