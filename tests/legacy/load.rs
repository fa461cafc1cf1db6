//! The training-load reading: this week against the four weeks before, and the load band.

use super::answers::Answers;
use super::rules::{
    HEAVY_HARD_SESSIONS, HEAVY_WEEKLY_KM, LOW_RATIO, MARATHON_BUILD_LONG_RUN_KM,
    MODERATE_WEEKLY_KM, SPIKE_RATIO,
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

/// This week's distance against the average of the four weeks before.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LoadReading {
    pub this_week_km: f64,
    pub average_km: f64,
    /// This week over the average; `None` when the four weeks were all zero.
    pub ratio: Option<f64>,
    /// Percent change against the average, rounded; `None` when the average is zero.
    pub percent_change: Option<i32>,
    pub trend: LoadTrend,
}

/// The reading, when the four weeks before are known.
pub fn reading(answers: &Answers) -> Option<LoadReading> {
    let history = answers.history?;
    let average_km = history.iter().sum::<f64>() / 4.0;
    let this_week_km = answers.km;
    let ratio = (average_km > 0.0).then(|| this_week_km / average_km);
    let trend = match ratio {
        Some(r) if r > SPIKE_RATIO => LoadTrend::Spike,
        Some(r) if r < LOW_RATIO => LoadTrend::Lower,
        Some(_) => LoadTrend::Steady,
        // From nothing to something is a jump; nothing to nothing is steady.
        None if this_week_km > 0.0 => LoadTrend::Spike,
        None => LoadTrend::Steady,
    };
    Some(LoadReading {
        this_week_km,
        average_km,
        ratio,
        percent_change: ratio.map(|r| ((r - 1.0) * 100.0).round() as i32),
        trend,
    })
}

/// How heavy the training is (DOMAIN.md, frequency and timing).
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
