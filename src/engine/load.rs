//! The training-load reading: this week against the four weeks before, and the load band.

use std::cmp::Ordering;

use super::answers::Answers;
use super::distance::Distance;
use super::number::{divide_half_up, Decimal};
use super::rules::{
    HEAVY_HARD_SESSIONS, HEAVY_WEEKLY_KM, LOW_PERCENT, MARATHON_BUILD_LONG_RUN_KM,
    MODERATE_WEEKLY_KM, SPIKE_PERCENT,
};

/// How this week compares with the four weeks before.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadTrend {
    /// Well below the usual (ratio under 0.8).
    Lower,
    /// Within the usual range.
    Steady,
    /// A jump: more than 30 % above the four-week average.
    Spike,
}

/// This week's distance against the average of the four weeks before, worked out exactly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LoadReading {
    pub this_week_km: Distance,
    pub average_km: Distance,
    /// This week over the average, to 0.01 (half up); `None` when the four weeks were all zero.
    pub ratio: Option<Decimal>,
    /// Percent change against the average, to the nearest whole (half away from zero); `None`
    /// when the average is zero.
    pub percent_change: Option<i32>,
    pub trend: LoadTrend,
}

/// The reading, when the four weeks before are known.
pub fn reading(answers: &Answers) -> Option<LoadReading> {
    let history = answers.history?;
    let this_week_km = answers.km;
    let average_km = Distance::average(&history);
    let (this, average) = (this_week_km.decimetres(), average_km.decimetres());
    // This week against `percent` % of the average.
    let against = |percent: u32| (100 * this).cmp(&(u64::from(percent) * average));
    let trend = if average == 0 {
        // From nothing to something is a jump; nothing to nothing is steady.
        match this {
            0 => LoadTrend::Steady,
            _ => LoadTrend::Spike,
        }
    } else if against(100 + SPIKE_PERCENT) == Ordering::Greater {
        LoadTrend::Spike
    } else if against(LOW_PERCENT) == Ordering::Less {
        LoadTrend::Lower
    } else {
        LoadTrend::Steady
    };
    Some(LoadReading {
        this_week_km,
        average_km,
        ratio: (average > 0).then(|| Decimal::new(divide_half_up(100 * this, average), 2)),
        percent_change: (average > 0).then(|| percent_change(this, average)),
        trend,
    })
}

/// `this` against `average` in percent, to the nearest whole, half away from zero.
fn percent_change(this: u64, average: u64) -> i32 {
    let percent = |difference: u64| divide_half_up(100 * difference, average) as i32;
    match this.checked_sub(average) {
        Some(more) => percent(more),
        None => -percent(average - this),
    }
}

/// How heavy the training is (docs/recommendation-rules.md §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadBand {
    Light,
    Moderate,
    Heavy,
}

/// Why the week counts as heavy, for the reasons shown to the runner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeavyBecause {
    Distance,
    HardSessions,
    MarathonBuild,
}

/// The band of this week, with what made it heavy when it is.
pub fn band(answers: &Answers) -> (LoadBand, Option<HeavyBecause>) {
    let heavy = if answers.km >= HEAVY_WEEKLY_KM {
        Some(HeavyBecause::Distance)
    } else if answers.hard >= HEAVY_HARD_SESSIONS {
        Some(HeavyBecause::HardSessions)
    } else if answers
        .longest_km
        .is_some_and(|long| long >= MARATHON_BUILD_LONG_RUN_KM)
    {
        Some(HeavyBecause::MarathonBuild)
    } else {
        None
    };
    match heavy {
        Some(_) => (LoadBand::Heavy, heavy),
        None if answers.km >= MODERATE_WEEKLY_KM => (LoadBand::Moderate, None),
        None => (LoadBand::Light, None),
    }
}
