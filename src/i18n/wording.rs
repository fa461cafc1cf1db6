//! The engine's typed results, worded: each result picks its message and passes the values it
//! needs, rule values from `engine::rules` included. Every match is exhaustive, so a new kind of
//! result is a compile error here until it has its text.

use std::borrow::Cow;

use super::*;
use crate::engine::answers::Conflict;
use crate::engine::link::LinkError;
use crate::engine::load::{HeavyBecause, LoadReading};
use crate::engine::recommend::{IntervalBasis, Reason, Timing, TriageReason};
use crate::engine::rules::{self, ExclusionCause};
use crate::engine::technique::Why;
use crate::engine::{Distance, Pain, Technique};
use crate::form::{Field, Problem, TextField, Unit};

/// A distance with its unit, to 0.1: `12.5 km`.
pub fn distance(t: Texts, distance: Distance, unit: Unit) -> Cow<'static, str> {
    t.distance(DistanceArgs {
        distance: unit.tenths(distance),
        unit,
    })
}

/// What a number field counts.
fn quantity(field: TextField) -> Quantity {
    match field {
        TextField::Km | TextField::Long | TextField::Week(_) => Quantity::Distance,
        TextField::Runs => Quantity::Runs,
        TextField::Hard => Quantity::HardSessions,
        TextField::Last => Quantity::Hours,
        TextField::RaceIn | TextField::RacedAgo | TextField::Days(_) => Quantity::Days,
    }
}

/// What is wrong with a field.
pub fn problem(t: Texts, field: Field, problem: Problem, unit: Unit) -> Cow<'static, str> {
    let counted = match field {
        Field::Text(text) => quantity(text),
        Field::Spots | Field::Quality(_) | Field::Question(_) => Quantity::Distance,
    };
    match problem {
        Problem::Required => t.problem_required(),
        Problem::NotANumber { .. } => t.problem_not_a_number(ProblemNotANumberArgs {
            quantity: counted,
            unit,
        }),
        Problem::OutOfRange { max } => t.problem_out_of_range(ProblemOutOfRangeArgs {
            max,
            quantity: counted,
            unit,
        }),
        Problem::Conflict(conflict) => self::conflict(t, conflict),
        Problem::ChooseOne => match field {
            Field::Spots => t.problem_choose_spot(),
            Field::Quality(_) => t.problem_choose_quality(),
            Field::Question(_) | Field::Text(_) => t.problem_choose_answer(),
        },
    }
}

/// Why the runner is sent to a doctor or the emergency number.
pub fn triage_reason(t: Texts, reason: TriageReason) -> Cow<'static, str> {
    match reason {
        TriageReason::Flag(flag) => t.triage_flag(flag),
        TriageReason::Spot(spot) => t.triage_spot(spot),
        TriageReason::NothingSafe => t.triage_nothing_safe(),
    }
}

/// A rule between answers that is broken.
fn conflict(t: Texts, conflict: Conflict) -> Cow<'static, str> {
    match conflict {
        Conflict::HardAboveRuns => t.problem_hard_above_runs(),
        Conflict::LongAboveWeek => t.problem_long_above_week(),
        Conflict::WeeksIncomplete => t.problem_history_incomplete(),
    }
}

/// How long a pain has lasted, from the days since it began: "for about 10 weeks".
pub fn pain_since(t: Texts, days: u16) -> Cow<'static, str> {
    let (since, count) = Since::of(days);
    t.pain_since(PainSinceArgs { count, since })
}

fn pain_reason(t: Texts, pain: &Pain, why: Why) -> Cow<'static, str> {
    let (since, count) = Since::of(pain.days);
    t.reason_pain(ReasonPainArgs {
        count,
        days: u32::from(rules::ACUTE_DAYS),
        quality: pain.quality,
        severity: u32::from(pain.severity),
        since,
        spot: pain.spot,
        weeks: u32::from(rules::LONG_STANDING_DAYS / 7),
        why,
    })
}

/// Why a technique suits the runner: one reason.
pub fn reason(t: Texts, reason: &Reason, unit: Unit) -> Cow<'static, str> {
    match *reason {
        Reason::Pain { pain, why } => pain_reason(t, &pain, why),
        Reason::JustRaced(days) => t.reason_just_raced(ReasonJustRacedArgs {
            after: u32::from(rules::DEEP_WORK_AFTER_RACE_DAYS),
            days: u32::from(days),
        }),
        Reason::JustTrainedHard(hours) => t.reason_just_trained_hard(u32::from(hours)),
        Reason::HeavyLoad(because) => match because {
            HeavyBecause::Distance => t.reason_heavy_distance(ReasonHeavyDistanceArgs {
                distance: unit.tenths(rules::HEAVY_WEEKLY_KM),
                unit,
            }),
            HeavyBecause::HardSessions => {
                t.reason_heavy_hard_sessions(u32::from(rules::HEAVY_HARD_SESSIONS))
            }
            HeavyBecause::MarathonBuild => t.reason_heavy_marathon(ReasonHeavyMarathonArgs {
                distance: unit.tenths(rules::MARATHON_BUILD_LONG_RUN_KM),
                unit,
            }),
        },
        Reason::HighVolume => t.reason_heavy_cupping(),
        Reason::Maintenance => t.reason_maintenance(),
        Reason::OnlyOneLeft => t.reason_only_one_left(),
    }
}

/// Why the interval is what it is.
pub fn interval_basis(t: Texts, basis: IntervalBasis) -> Cow<'static, str> {
    match basis {
        IntervalBasis::Heavy(_) => t.interval_heavy(),
        IntervalBasis::ActiveProblem => t.interval_active_problem(),
        IntervalBasis::Moderate => t.interval_moderate(),
        IntervalBasis::Light => t.interval_light(),
    }
}

/// When to book.
pub fn timing(t: Texts, timing: Timing) -> Cow<'static, str> {
    let after = u32::from(rules::DEEP_WORK_AFTER_RACE_DAYS);
    let (open, close) = rules::BOOKING_WINDOW_HOURS;
    let (open, close) = (u32::from(open), u32::from(close));
    match timing {
        Timing::ColdNow => t.timing_cold_now(TimingColdNowArgs {
            from: u32::from(rules::COLD_MINUTES.0),
            to: u32::from(rules::COLD_MINUTES.1),
        }),
        Timing::RaceSoon(days) => t.timing_race_soon(TimingRaceSoonArgs {
            after,
            days: u32::from(days),
        }),
        Timing::TuneUp(days) => {
            // Deep work stops `NO_DEEP_WORK_BEFORE_RACE_DAYS` before the race: the day before
            // that is the last one for a pre-race massage.
            let last = rules::NO_DEEP_WORK_BEFORE_RACE_DAYS + 1;
            if days == last {
                t.timing_tune_up_last_day(u32::from(days))
            } else {
                t.timing_tune_up(TimingTuneUpArgs {
                    days: u32::from(days),
                    last: u32::from(last),
                })
            }
        }
        Timing::JustRaced(days) => t.timing_just_raced(TimingJustRacedArgs {
            after,
            days: u32::from(days),
            from: u32::from(rules::FLUSH_AFTER_RACE_HOURS.0),
            to: u32::from(rules::FLUSH_AFTER_RACE_HOURS.1),
        }),
        Timing::BookIn { from, to } => t.timing_book_in(TimingBookInArgs {
            close,
            from: u32::from(from),
            open,
            to: u32::from(to),
        }),
        Timing::BookNow => t.timing_book_now(TimingBookNowArgs { close, open }),
        Timing::AfterNextHardSession => {
            t.timing_after_next_hard_session(TimingAfterNextHardSessionArgs { close, open })
        }
        Timing::AfterHardSession => {
            t.timing_after_hard_session(TimingAfterHardSessionArgs { close, open })
        }
    }
}

/// This week against the four before: the figures, the ratio, and what it means.
pub fn load(t: Texts, reading: &LoadReading, unit: Unit) -> String {
    let percent = reading.percent_change.unwrap_or(0);
    let change = match reading.percent_change {
        None => Change::NoAverage,
        Some(0) => Change::Same,
        Some(p) if p > 0 => Change::More,
        Some(_) => Change::Less,
    };
    let summary = t.load_summary(LoadSummaryArgs {
        average: unit.tenths(reading.average_km),
        change,
        distance: unit.tenths(reading.this_week_km),
        percent: percent.unsigned_abs(),
        unit,
    });
    let ratio = reading.ratio.map(|ratio| t.load_ratio(ratio));
    let verdict = t.load_verdict(LoadVerdictArgs {
        percent: rules::SPIKE_PERCENT,
        trend: reading.trend,
    });
    [Some(summary), ratio, Some(verdict)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A technique left out, and why.
pub fn exclusion(t: Texts, technique: Technique, cause: ExclusionCause) -> Cow<'static, str> {
    match cause {
        ExclusionCause::Health(condition) => t.exclusion_health(ExclusionHealthArgs {
            condition,
            technique,
        }),
        ExclusionCause::AcuteInjury(spot) => t.exclusion_acute_injury(ExclusionAcuteInjuryArgs {
            days: u32::from(rules::ACUTE_DAYS),
            spot,
            technique,
        }),
        ExclusionCause::Swelling(spot) => {
            t.exclusion_swelling(ExclusionSwellingArgs { spot, technique })
        }
        ExclusionCause::RaceSoon(days) => t.exclusion_race_soon(ExclusionRaceSoonArgs {
            before: u32::from(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS),
            days: u32::from(days),
            technique,
        }),
        ExclusionCause::JustRaced(days) => t.exclusion_just_raced(ExclusionJustRacedArgs {
            after: u32::from(rules::DEEP_WORK_AFTER_RACE_DAYS),
            days: u32::from(days),
            technique,
        }),
        ExclusionCause::NotOffered => t.exclusion_not_offered(technique),
    }
}

/// Why a share link could not be read.
pub fn link_error(t: Texts, error: &LinkError) -> Cow<'static, str> {
    match error {
        LinkError::NotALink => t.link_error_not_a_link(),
        LinkError::TooLong(_) => t.link_error_too_long(),
        LinkError::BadEncoding => t.link_error_bad_encoding(),
        LinkError::NotAPair(part) => t.link_error_not_a_pair(part),
        LinkError::Duplicate(key) => t.link_error_duplicate(key),
        LinkError::Missing(key) => t.link_error_missing(key),
        LinkError::TooNew(version) => t.link_error_too_new(version),
        LinkError::BadVersion(version) => t.link_error_bad_version(version),
        LinkError::NotANumber { key, value } => {
            t.link_error_not_a_number(LinkErrorNotANumberArgs { key, value })
        }
        LinkError::OutOfRange { key, value, max } => {
            t.link_error_out_of_range(LinkErrorOutOfRangeArgs {
                key,
                limit: max,
                value,
            })
        }
        LinkError::HistoryCount(count) => t.link_error_history_count(*count as u32),
        LinkError::Conflict(conflict) => self::conflict(t, *conflict),
        LinkError::BadPain(entry) => t.link_error_bad_pain(entry),
        LinkError::UnknownSpot(spot) => t.link_error_unknown_spot(spot),
        LinkError::UnknownQuality(quality) => t.link_error_unknown_quality(quality),
        LinkError::RepeatedSpot(spot) => t.link_error_repeated_spot(spot),
        LinkError::UnknownFlag(flag) => t.link_error_unknown_flag(flag),
        LinkError::UnknownHealth(condition) => t.link_error_unknown_condition(condition),
        LinkError::RepeatedItem { key, value } => {
            t.link_error_repeated_item(LinkErrorRepeatedItemArgs { key, value })
        }
    }
}
