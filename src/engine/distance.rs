//! Distances run: a fixed-point domain type, read, compared, converted and written with integer
//! arithmetic. Answers keep distances to 0.01 km (10 m); a [`Distance`] holds whole tenths of a
//! metre, so that the average of four such weeks is exact too.

use std::fmt;

use super::number::{divide_half_up, Decimal, Plain};

/// Tenths of a metre in a kilometre.
const PER_KM: u32 = 10_000;
/// Tenths of a metre in 0.01 km.
const PER_HUNDREDTH: u32 = 100;

/// A distance in km, kept exactly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Distance(u32);

impl Distance {
    /// The longest distance an answer may give: 400 km (`docs/share-link.md`).
    pub const MAX: Distance = Distance::km(400);

    /// A whole number of km.
    pub const fn km(km: u32) -> Distance {
        Distance(km * PER_KM)
    }

    /// `hundredths` hundredths of a km (10 m each): how answers keep distances.
    pub const fn from_hundredths(hundredths: u32) -> Distance {
        Distance(hundredths * PER_HUNDREDTH)
    }

    /// The distance in tenths of a metre: its exact value, for arithmetic.
    pub const fn decimetres(self) -> u64 {
        self.0 as u64
    }

    /// The distance written as a plain decimal in a unit `millimetres` long (1,000,000 for a
    /// km), to the nearest 0.01 km, half up: `12.345` km is 12.35 km. `None` above `MAX`.
    pub fn read(value: Plain, millimetres: u64) -> Option<Distance> {
        // km × 100 = value × millimetres ÷ 10,000.
        let hundredths = value.rounded(millimetres, -4)?;
        u32::try_from(hundredths)
            .ok()
            .map(Distance::from_hundredths)
            .filter(|&d| d <= Distance::MAX)
    }

    /// The average of four distances, exact.
    pub fn average(weeks: &[Distance; 4]) -> Distance {
        Distance(weeks.iter().map(|w| w.0).sum::<u32>() / 4)
    }

    /// The distance in a unit `millimetres` long, to `places` decimals, rounded half up.
    pub fn in_unit(self, millimetres: u64, places: u32) -> Decimal {
        Decimal::new(divide_half_up(self.scaled(places), millimetres), places)
    }

    /// The same, rounded down.
    pub fn in_unit_down(self, millimetres: u64, places: u32) -> Decimal {
        Decimal::new(self.scaled(places) / millimetres, places)
    }

    /// The distance in millimetres times 10 to the power `places`.
    fn scaled(self, places: u32) -> u64 {
        self.decimetres() * 100 * 10u64.pow(places)
    }
}

impl fmt::Display for Distance {
    /// In km, exactly, without trailing zeros: `40`, `12.5`, `0.25`, as share links write it.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        Decimal::new(self.decimetres(), 4).fmt(f)
    }
}
