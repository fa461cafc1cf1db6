//! The QR code of a result's share link, drawn on the device as one SVG path (the `qrcodegen`
//! crate finds the modules; nothing is fetched). Pure, tested natively.

use qrcodegen::{QrCode, QrCodeEcc};

/// Light modules around the code on every side, as the standard asks.
pub const QUIET_ZONE: i32 = 4;

/// A QR code as an SVG path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPath {
    /// The side of the square in modules, quiet zone included: the SVG's `viewBox` is
    /// `0 0 side side`.
    pub side: i32,
    /// The path's `d`: a one-module-high rectangle for each run of dark modules in a row.
    pub d: String,
}

/// The QR code of `text`, at error correction level M (or higher where the size allows), so a
/// crease or a smudge on paper still scans; `None` when it is too long for any QR code.
pub fn path(text: &str) -> Option<QrPath> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut d = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            d += &format!("M{},{}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE);
        }
    }
    Some(QrPath {
        side: size + 2 * QUIET_ZONE,
        d,
    })
}
