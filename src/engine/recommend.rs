//! Answers in, recommendation out: triage, technique, interval, timing, load and cautions.

use serde::Serialize;
use serde_plain::derive_display_from_serialize;

use super::answers::{Answers, Pain, Quality, RedFlag, Spot};
use super::load::{self, HeavyBecause, LoadBand, LoadReading};
use super::rules::{self, ExclusionCause};
use super::technique::{Fit, ForHeavy, Technique, Why, Work};

/// Where the runner should go, named as in `data-triage`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Triage {
    /// Call the emergency number now.
    Emergency,
    /// See a doctor or physiotherapist before any massage.
    Clinician,
    /// Massage is appropriate.
    Massage,
}

derive_display_from_serialize!(Triage);

/// The answer that sent the runner away from massage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TriageReason {
    Flag(RedFlag),
    /// Pain in a spot that needs a clinician's look (groin).
    Spot(Spot),
    /// Every technique the clinic offers is ruled out by the answers.
    NothingSafe,
}

/// Why a technique fits, drawn from the answers and the technique's description.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// A pain the technique fits, and why it fits it.
    Pain { pain: Pain, why: Why },
    /// A race this many days ago.
    JustRaced(u16),
    /// A hard session this many hours ago.
    JustTrainedHard(u16),
    /// A heavy week, for a technique that keeps muscles supple under it (`ForHeavy::Supple`).
    HeavyLoad(HeavyBecause),
    /// A heavy week, for a technique that helps large muscle areas recover from high volume
    /// (`ForHeavy::Recovery`).
    HighVolume,
    /// Maintenance between training blocks.
    Maintenance,
    /// Nothing in the answers points to it, but it is the one technique left.
    OnlyOneLeft,
}

/// A chosen technique and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub technique: Technique,
    pub reasons: Vec<Reason>,
}

/// When to book, drawn from race plans and the last hard session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// Cold is the choice: it works best now, in the first hours and days.
    ColdNow,
    /// A race in this many days (≤ 3): light work only, deep work after the race.
    RaceSoon(u16),
    /// A race in this many days (4–7): a tune-up now, at least 3 days before it.
    TuneUp(u16),
    /// A race this many days ago (< 3): rest and cold first, light flush work, deep work from day 3.
    JustRaced(u16),
    /// The booking window opens in `from` hours and closes in `to` hours.
    BookIn { from: u16, to: u16 },
    /// The last hard session was 24–48 h ago: book now.
    BookNow,
    /// The window after the last hard session has passed: book 24–48 h after the next one.
    AfterNextHardSession,
    /// The last hard session is unknown: book 24–48 h after the long run or hardest session.
    AfterHardSession,
}

/// Why the interval is what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntervalBasis {
    Heavy(HeavyBecause),
    ActiveProblem,
    Moderate,
    Light,
}

/// A technique left out, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exclusion {
    pub technique: Technique,
    pub cause: ExclusionCause,
}

/// The engine's whole answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    pub triage: Triage,
    /// Non-empty exactly when triage is not massage.
    pub triage_reasons: Vec<TriageReason>,
    /// The technique to book; `None` exactly when triage is not massage.
    pub primary: Option<Choice>,
    /// A second technique that also fits well, if any.
    pub secondary: Option<Choice>,
    /// Days between sessions: one of the `rules::EVERY_DAYS_…` intervals, or 0 when triage is
    /// not massage.
    pub every_days: u8,
    pub interval_basis: IntervalBasis,
    pub timing: Vec<Timing>,
    pub load: Option<LoadReading>,
    /// Techniques ruled out by health answers, injuries or timing; plus the best fit when the
    /// clinic does not offer it.
    pub exclusions: Vec<Exclusion>,
}

impl Recommendation {
    /// The `data-technique` value: the technique's name, or `none`.
    pub fn technique_name(&self) -> String {
        self.primary
            .as_ref()
            .map_or_else(|| "none".to_owned(), |c| c.technique.to_string())
    }
}

/// The recommendation for these answers at a clinic offering `offered`.
pub fn recommend(answers: &Answers, offered: &[Technique]) -> Recommendation {
    let (band, heavy) = load::band(answers);
    let load = load::reading(answers);
    let triage_reasons = red_flag_reasons(answers);
    let exclusions = exclusions(answers);
    let mut rec = Recommendation {
        triage: Triage::Massage,
        triage_reasons,
        primary: None,
        secondary: None,
        every_days: 0,
        interval_basis: interval_basis(answers, band, heavy),
        timing: timing(answers),
        load,
        exclusions,
    };
    if !rec.triage_reasons.is_empty() {
        rec.triage = triage_of(&rec.triage_reasons);
        return rec;
    }

    let score = |t: Technique| total_fit(answers, heavy.is_some(), t);
    let eligible = |t: &Technique| !rec.exclusions.iter().any(|e| e.technique == *t);
    let ranked = rank(Technique::ALL.into_iter().filter(eligible), score);
    let chosen: Vec<Technique> = ranked
        .iter()
        .copied()
        .filter(|t| offered.contains(t))
        .collect();
    let Some(&first) = chosen.first() else {
        rec.triage = Triage::Clinician;
        rec.triage_reasons = vec![TriageReason::NothingSafe];
        return rec;
    };
    if let Some(&best) = ranked.first() {
        if best != first && score(best) > score(first) {
            rec.exclusions.push(Exclusion {
                technique: best,
                cause: ExclusionCause::NotOffered,
            });
        }
    }
    if first.description().work == Work::Cold {
        rec.timing.insert(0, Timing::ColdNow);
    }
    rec.primary = Some(choice(answers, first, score(first), heavy));
    rec.secondary = chosen
        .get(1)
        .copied()
        .filter(|&t| {
            let (s, top) = (score(t), score(first));
            s > 0 && s * 100 >= top * rules::SECOND_CHOICE_MIN_PERCENT
        })
        .map(|t| choice(answers, t, score(t), heavy));
    rec.every_days = match rec.interval_basis {
        IntervalBasis::Heavy(_) | IntervalBasis::ActiveProblem => {
            rules::EVERY_DAYS_HEAVY_OR_PROBLEM
        }
        IntervalBasis::Moderate => rules::EVERY_DAYS_MODERATE,
        IntervalBasis::Light => rules::EVERY_DAYS_LIGHT,
    };
    rec
}

fn red_flag_reasons(answers: &Answers) -> Vec<TriageReason> {
    let flags = RedFlag::ALL
        .into_iter()
        .filter(|f| answers.has_flag(*f))
        .map(TriageReason::Flag);
    let spots = answers
        .hurting()
        .filter(|p| rules::CLINICIAN_SPOTS.contains(&p.spot))
        .map(|p| TriageReason::Spot(p.spot));
    flags.chain(spots).collect()
}

fn triage_of(reasons: &[TriageReason]) -> Triage {
    let emergency = reasons
        .iter()
        .any(|r| matches!(r, TriageReason::Flag(f) if rules::EMERGENCY_FLAGS.contains(f)));
    if emergency {
        Triage::Emergency
    } else {
        Triage::Clinician
    }
}

/// Every technique ruled out by health, a fresh injury, swelling or race timing: the first cause
/// found for each, in `Technique::ALL` order.
fn exclusions(answers: &Answers) -> Vec<Exclusion> {
    Technique::ALL
        .into_iter()
        .filter_map(|technique| {
            exclusion_cause(answers, technique).map(|cause| Exclusion { technique, cause })
        })
        .collect()
}

fn exclusion_cause(answers: &Answers, technique: Technique) -> Option<ExclusionCause> {
    let description = technique.description();
    if let Some(&condition) = answers
        .health
        .iter()
        .find(|c| description.ruled_out_by.contains(c))
    {
        return Some(ExclusionCause::Health(condition));
    }
    // Safety rules read every spot the runner marked, whatever its severity: a swelling is a
    // swelling even when it does not hurt.
    if description.work.is_firm() {
        if let Some(p) = answers
            .pain
            .iter()
            .find(|p| rules::is_acute_injury(p.quality, p.days))
        {
            return Some(ExclusionCause::AcuteInjury(p.spot));
        }
        if let Some(p) = answers.pain.iter().find(|p| p.quality == Quality::Swollen) {
            return Some(ExclusionCause::Swelling(p.spot));
        }
    }
    if description.work == Work::Deep {
        if let Some(days) = answers
            .race_in_days
            .filter(|&d| d <= rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
        {
            return Some(ExclusionCause::RaceSoon(days));
        }
        if let Some(days) = answers
            .raced_days_ago
            .filter(|&d| d < rules::DEEP_WORK_AFTER_RACE_DAYS)
        {
            return Some(ExclusionCause::JustRaced(days));
        }
    }
    None
}

/// Right after a race or a very hard session, cold comes first: the reason, and how much more
/// cold work fits.
fn just_after_hard_effort(answers: &Answers) -> Option<(Reason, u32)> {
    if let Some(days) = answers
        .raced_days_ago
        .filter(|&d| d < rules::DEEP_WORK_AFTER_RACE_DAYS)
    {
        return Some((Reason::JustRaced(days), rules::FIT_JUST_RACED));
    }
    answers
        .hours_since_hard
        .filter(|&h| h <= rules::JUST_TRAINED_HARD_HOURS)
        .map(|h| {
            (
                Reason::JustTrainedHard(h),
                rules::FIT_JUST_AFTER_HARD_EFFORT,
            )
        })
}

/// How well `technique` fits right after a hard effort.
fn effort_fit(answers: &Answers, technique: Technique) -> Option<(Reason, u32)> {
    match technique.description().work {
        Work::Cold => just_after_hard_effort(answers),
        Work::Firm | Work::Deep => None,
    }
}

/// How well `technique` fits the week's training, heavy or not, before any pain.
fn training_fit(heavy: bool, technique: Technique) -> u32 {
    technique
        .description()
        .training
        .map_or(0, |t| if heavy { t.heavy } else { t.maintenance })
}

/// How well `technique` fits one pain, if at all.
fn pain_fit(pain: &Pain, technique: Technique) -> Option<Fit> {
    let description = technique.description();
    rules::pain_kind(pain.spot, pain.quality, pain.days)
        .and_then(|kind| description.fits.of(kind))
        .filter(|_| description.areas.cover(pain.spot))
}

/// The fit to one pain, weighed by its severity.
fn pain_weight(pain: &Pain, technique: Technique) -> u32 {
    pain_fit(pain, technique).map_or(0, |fit| fit.score * u32::from(pain.severity))
}

/// A technique's fit: pains weighed by severity, plus the training and post-effort fits.
fn total_fit(answers: &Answers, heavy: bool, technique: Technique) -> u32 {
    let pains: u32 = answers.hurting().map(|p| pain_weight(p, technique)).sum();
    let effort = effort_fit(answers, technique).map_or(0, |(_, fit)| fit);
    pains + (training_fit(heavy, technique) + effort) * rules::LOAD_FIT_WEIGHT
}

/// Techniques best first; ties keep `Technique::ALL` order.
fn rank(
    techniques: impl Iterator<Item = Technique>,
    score: impl Fn(Technique) -> u32,
) -> Vec<Technique> {
    let mut ranked: Vec<Technique> = techniques.collect();
    ranked.sort_by_key(|&t| std::cmp::Reverse(score(t)));
    ranked
}

fn choice(
    answers: &Answers,
    technique: Technique,
    score: u32,
    heavy: Option<HeavyBecause>,
) -> Choice {
    let mut pains: Vec<(u32, Pain, Why)> = answers
        .hurting()
        .filter_map(|p| pain_fit(p, technique).map(|fit| (pain_weight(p, technique), *p, fit.why)))
        .collect();
    pains.sort_by_key(|(weight, _, _)| std::cmp::Reverse(*weight));
    let mut reasons: Vec<Reason> = pains
        .into_iter()
        .map(|(_, pain, why)| Reason::Pain { pain, why })
        .collect();
    if let Some((reason, _)) = effort_fit(answers, technique) {
        reasons.push(reason);
    }
    if let Some(training) = technique.description().training {
        if training_fit(heavy.is_some(), technique) > 0 {
            reasons.push(match (heavy, training.for_heavy) {
                (None, _) => Reason::Maintenance,
                (Some(because), ForHeavy::Supple) => Reason::HeavyLoad(because),
                (Some(_), ForHeavy::Recovery) => Reason::HighVolume,
            });
        }
    }
    if score == 0 || reasons.is_empty() {
        reasons.push(Reason::OnlyOneLeft);
    }
    Choice { technique, reasons }
}

fn interval_basis(answers: &Answers, band: LoadBand, heavy: Option<HeavyBecause>) -> IntervalBasis {
    match (heavy, band) {
        (Some(because), _) => IntervalBasis::Heavy(because),
        _ if answers.hurting().next().is_some() => IntervalBasis::ActiveProblem,
        (None, LoadBand::Moderate) => IntervalBasis::Moderate,
        _ => IntervalBasis::Light,
    }
}

fn timing(answers: &Answers) -> Vec<Timing> {
    let mut timing = Vec::new();
    match answers.race_in_days {
        Some(d) if d <= rules::NO_DEEP_WORK_BEFORE_RACE_DAYS => timing.push(Timing::RaceSoon(d)),
        Some(d) if d <= rules::TUNE_UP_BEFORE_RACE_DAYS => timing.push(Timing::TuneUp(d)),
        _ => {}
    }
    if let Some(d) = answers
        .raced_days_ago
        .filter(|&d| d < rules::DEEP_WORK_AFTER_RACE_DAYS)
    {
        timing.push(Timing::JustRaced(d));
    }
    if timing
        .iter()
        .any(|t| matches!(t, Timing::RaceSoon(_) | Timing::JustRaced(_)))
    {
        return timing;
    }
    let (open, close) = rules::BOOKING_WINDOW_HOURS;
    timing.push(match answers.hours_since_hard {
        Some(h) if h < open => Timing::BookIn {
            from: open - h,
            to: close - h,
        },
        Some(h) if h <= close => Timing::BookNow,
        Some(_) => Timing::AfterNextHardSession,
        None => Timing::AfterHardSession,
    });
    timing
}
