//! Property tests over the whole answer space: the brief's safety rules hold for every answer,
//! the share link round-trips exactly, and no input makes the parser panic.
//! The exclusion table and the load bands are written out again here from the brief
//! (`docs/recommendation-rules.md`, "The four techniques", §2, §4, §6), on purpose:
//! the engine is checked against the brief, not against itself.

use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use recovery_quiz::engine::link::{self, LinkError};
use recovery_quiz::engine::load::LoadTrend;
use recovery_quiz::engine::recommend::TriageReason;
use recovery_quiz::engine::{
    recommend, Answers, Distance, Health, Pain, Quality, Recommendation, RedFlag, Spot, Technique,
    Triage,
};

// ── The brief, written out independently ───────────────────────────────────────────────────

/// docs/recommendation-rules.md, "The four techniques": not used when, precautions included.
fn health_forbids(technique: Technique, condition: Health) -> bool {
    use Health::*;
    use Technique::*;
    match technique {
        // blood thinners or bleeding disorder; broken or infected skin at the site
        DeepTissue => matches!(condition, BloodThinners | Skin),
        // blood thinners; skin disease or fragile skin; varicose veins; (pregnancy)
        Cupping => matches!(condition, BloodThinners | Skin | Varicose | Pregnant),
        // blood thinners; open wound; varicose veins at the site
        Graston => matches!(condition, BloodThinners | Skin | Varicose),
        // Raynaud's or cold urticaria; numb areas or reduced sensation
        Cryotherapy => matches!(condition, ColdSensitive | Neuropathy),
    }
}

fn is_deep_work(technique: Technique) -> bool {
    matches!(technique, Technique::DeepTissue | Technique::Graston)
}

/// Fresh injury: sharp or swollen, under 72 hours.
fn fresh_injury(a: &Answers) -> bool {
    a.pain
        .iter()
        .any(|p| matches!(p.quality, Quality::Sharp | Quality::Swollen) && p.days < 3)
}

fn swelling(a: &Answers) -> bool {
    a.pain.iter().any(|p| p.quality == Quality::Swollen)
}

fn race_too_close(a: &Answers) -> bool {
    a.race_in_days.is_some_and(|d| d <= 3) || a.raced_days_ago.is_some_and(|d| d < 3)
}

/// Every safety rule of the brief that can rule a technique out for these answers.
fn forbidden(a: &Answers, technique: Technique) -> Option<&'static str> {
    if a.health.iter().any(|&h| health_forbids(technique, h)) {
        Some("a health condition rules it out")
    } else if technique != Technique::Cryotherapy && fresh_injury(a) {
        Some("only cold on a fresh sharp or swollen spot")
    } else if technique != Technique::Cryotherapy && swelling(a) {
        Some("only cold on a swollen spot, however old")
    } else if is_deep_work(technique) && race_too_close(a) {
        Some("no deep work within 3 days before or after a race")
    } else {
        None
    }
}

fn hurts(a: &Answers, spot: Spot) -> bool {
    a.pain.iter().any(|p| p.spot == spot && p.severity > 0)
}

/// docs/recommendation-rules.md §4: heavy (≥ 50 km, ≥ 2 hard sessions, a long run of 25 km or more) or an
/// active problem → 7; moderate (20–50 km) → 14; light → 28.
fn expected_every_days(a: &Answers) -> u8 {
    let heavy = a.km >= Distance::km(50)
        || a.hard >= 2
        || a.longest_km.is_some_and(|l| l >= Distance::km(25));
    let problem = a.pain.iter().any(|p| p.severity > 0);
    if heavy || problem {
        7
    } else if a.km >= Distance::km(20) {
        14
    } else {
        28
    }
}

/// docs/recommendation-rules.md §6: a spike when this week is more than 1.3 times the four weeks'
/// average (or anything after four empty weeks).
fn expected_trend(a: &Answers) -> Option<LoadTrend> {
    let hist = a.history?;
    // In whole tenths of a metre: this week over the average is 4 × km ÷ the four weeks' sum.
    let sum: u64 = hist.iter().map(|w| w.decimetres()).sum();
    let km = a.km.decimetres();
    Some(if sum == 0 {
        if km > 0 {
            LoadTrend::Spike
        } else {
            LoadTrend::Steady
        }
    } else if 40 * km > 13 * sum {
        LoadTrend::Spike
    } else if 40 * km < 8 * sum {
        LoadTrend::Lower
    } else {
        LoadTrend::Steady
    })
}

// ── Strategies: the whole space of valid answers ───────────────────────────────────────────

/// Distances as the app keeps them, from the form and from links alike: 0–400 km, to 0.01 km.
fn distance() -> impl Strategy<Value = Distance> {
    prop_oneof![
        (0u32..=400).prop_map(Distance::km),
        (0u32..=40_000).prop_map(Distance::from_hundredths),
        select(vec![0u32, 1, 30, 39_999, 40_000]).prop_map(Distance::from_hundredths),
    ]
}

fn days_between_races() -> impl Strategy<Value = Option<u16>> {
    proptest::option::of(prop_oneof![0u16..=10, 0u16..=365])
}

fn pains() -> impl Strategy<Value = Vec<Pain>> {
    let spots = prop_oneof![
        3 => subsequence(Spot::ALL.to_vec(), 0..=3),
        1 => subsequence(Spot::ALL.to_vec(), 0..=12),
    ]
    .prop_shuffle();
    let details = proptest::collection::vec(
        (
            0u8..=10,
            select(Quality::ALL.to_vec()),
            prop_oneof![0u16..=60, 0u16..=3650],
        ),
        12,
    );
    (spots, details).prop_map(|(spots, details)| {
        spots
            .into_iter()
            .zip(details)
            .map(|(spot, (severity, quality, days))| Pain {
                spot,
                severity,
                quality,
                days,
            })
            .collect()
    })
}

fn some_of<T: Clone + std::fmt::Debug + 'static>(all: &[T]) -> impl Strategy<Value = Vec<T>> {
    prop_oneof![
        2 => Just(Vec::new()),
        1 => subsequence(all.to_vec(), 0..=all.len()).prop_shuffle(),
    ]
}

fn answers() -> impl Strategy<Value = Answers> {
    let week = (
        distance(),
        proptest::option::of(proptest::array::uniform4(distance())),
        0u16..=21,
    )
        .prop_flat_map(|(km, history, runs)| {
            let hundredths = (km.decimetres() / 100) as u32;
            let longest = proptest::option::of(prop_oneof![
                (0..=hundredths).prop_map(Distance::from_hundredths),
                Just(km),
                Just(Distance::default()),
            ]);
            (
                Just(km),
                Just(history),
                Just(runs),
                0..=runs.min(14),
                longest,
            )
        });
    let timing = (
        proptest::option::of(prop_oneof![0u16..=60, 0u16..=720]),
        days_between_races(),
        days_between_races(),
    );
    (
        week,
        timing,
        pains(),
        some_of(&RedFlag::ALL),
        some_of(&Health::ALL),
    )
        .prop_map(
            |((km, history, runs, hard, longest_km), (last, race, raced), pain, flags, health)| {
                Answers {
                    km,
                    history,
                    runs,
                    hard,
                    longest_km,
                    hours_since_hard: last,
                    race_in_days: race,
                    raced_days_ago: raced,
                    pain,
                    flags,
                    health,
                }
            },
        )
}

fn offered() -> impl Strategy<Value = Vec<Technique>> {
    prop_oneof![
        1 => Just(Technique::ALL.to_vec()),
        2 => subsequence(Technique::ALL.to_vec(), 0..=4).prop_shuffle(),
    ]
}

/// `cases` cases; failures are printed, not saved to files beside the tests.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ── Recommendation properties ──────────────────────────────────────────────────────────────

fn chosen(rec: &Recommendation) -> impl Iterator<Item = Technique> + '_ {
    rec.primary
        .iter()
        .chain(rec.secondary.iter())
        .map(|c| c.technique)
}

proptest! {
    #![proptest_config(config(5_000))]

    #[test]
    fn red_flags_always_mean_no_massage(a in answers(), offered in offered()) {
        let rec = recommend(&a, &offered);
        if !a.flags.is_empty() {
            prop_assert_ne!(rec.triage, Triage::Massage);
            prop_assert!(rec.primary.is_none() && rec.secondary.is_none());
            prop_assert_eq!(rec.every_days, 0);
            prop_assert_eq!(rec.technique_name(), "none");
            for &flag in &a.flags {
                prop_assert!(rec.triage_reasons.contains(&TriageReason::Flag(flag)));
            }
        }
        let emergency = a.flags.iter().any(|f| matches!(f, RedFlag::Chest | RedFlag::Saddle));
        prop_assert_eq!(rec.triage == Triage::Emergency, emergency);
        if hurts(&a, Spot::Groin) {
            prop_assert_ne!(rec.triage, Triage::Massage);
            prop_assert!(rec.triage_reasons.contains(&TriageReason::Spot(Spot::Groin)));
        }
    }

    #[test]
    fn triage_technique_and_interval_agree(a in answers(), offered in offered()) {
        let rec = recommend(&a, &offered);
        prop_assert_eq!(rec.triage == Triage::Massage, rec.primary.is_some());
        prop_assert_eq!(rec.triage == Triage::Massage, rec.triage_reasons.is_empty());
        prop_assert!(rec.secondary.is_none() || rec.primary.is_some());
        if let (Some(first), Some(second)) = (&rec.primary, &rec.secondary) {
            prop_assert_ne!(first.technique, second.technique);
        }
        if rec.triage == Triage::Massage {
            prop_assert!([7, 14, 28].contains(&rec.every_days));
            prop_assert_eq!(rec.every_days, expected_every_days(&a));
            prop_assert_ne!(rec.technique_name(), "none");
        } else {
            prop_assert_eq!(rec.every_days, 0);
            prop_assert_eq!(rec.technique_name(), "none");
        }
        prop_assert_eq!(rec.load.map(|l| l.trend), expected_trend(&a));
    }

    #[test]
    fn a_chosen_technique_is_offered_and_safe(a in answers(), offered in offered()) {
        let rec = recommend(&a, &offered);
        for technique in chosen(&rec) {
            prop_assert!(offered.contains(&technique), "{:?} is not offered", technique);
            if let Some(rule) = forbidden(&a, technique) {
                prop_assert!(false, "{:?} chosen although {}", technique, rule);
            }
        }
        // Every technique the health answers rule out is listed as left out.
        for &condition in &a.health {
            for technique in Technique::ALL {
                if health_forbids(technique, condition) {
                    prop_assert!(
                        rec.exclusions.iter().any(|e| e.technique == technique),
                        "{:?} not listed as excluded for {:?}", technique, condition
                    );
                }
            }
        }
    }

    #[test]
    fn massage_whenever_something_offered_is_safe(mut a in answers(), offered in offered()) {
        // Not over-cautious: without red flags, massage is turned down exactly when every
        // technique the clinic offers is ruled out by a rule of the brief.
        a.flags.clear();
        a.pain.retain(|p| p.spot != Spot::Groin);
        let rec = recommend(&a, &offered);
        let something_safe = offered.iter().any(|&t| forbidden(&a, t).is_none());
        prop_assert_eq!(rec.triage == Triage::Massage, something_safe);
        if !something_safe {
            prop_assert_eq!(rec.triage, Triage::Clinician);
            prop_assert_eq!(&rec.triage_reasons, &vec![TriageReason::NothingSafe]);
        }
    }

    #[test]
    fn the_link_round_trips_exactly(a in answers()) {
        let written = link::write(&a);
        prop_assert_eq!(link::parse(&written), Ok(a), "written as {}", written);
    }

    /// Any plain decimal in a link (a clinic's own, or one written by an earlier build in full
    /// precision) is read to the nearest 0.01 km, and refused only when above 400 as written.
    #[test]
    fn link_distances_are_read_to_the_nearest_hundredth(
        whole in prop_oneof![0u32..=401, Just(400)],
        fraction in proptest::option::of(prop_oneof!["[0-9]{1,20}", "0{14,18}[0-9]"]),
    ) {
        let km = match &fraction {
            Some(f) => format!("{whole}.{f}"),
            None => whole.to_string(),
        };
        // The decimal as written, in whole hundredths and what is left beyond them.
        let digits = fraction.unwrap_or_default();
        let hundredths: u32 = format!("{:0<2}", &digits[..digits.len().min(2)]).parse().unwrap();
        let beyond = digits.get(2..).unwrap_or("");
        let over_400 = whole > 400 || whole == 400 && (hundredths > 0 || beyond.bytes().any(|b| b != b'0'));
        match link::parse(&format!("#/result?v=1&km={km}&runs=3")) {
            Ok(a) => {
                prop_assert!(!over_400, "{} accepted", km);
                let low = whole * 100 + hundredths;
                prop_assert_eq!(a.km.decimetres() % 100, 0, "{} kept to 0.01 km", km);
                let read = (a.km.decimetres() / 100) as u32;
                prop_assert!(read == low || read == low + 1, "{} read as {}", km, a.km);
            }
            Err(e) => prop_assert!(over_400, "{} refused: {:?}", km, e),
        }
    }
}

// ── The parser never panics ────────────────────────────────────────────────────────────────

/// Pieces that links are made of, and pieces that break them.
const FRAGMENTS: &[&str] = &[
    "#/result?",
    "/result?",
    "result",
    "#",
    "?",
    "v",
    "km",
    "hist",
    "runs",
    "hard",
    "long",
    "last",
    "race",
    "raced",
    "pain",
    "flags",
    "health",
    "=",
    "&",
    ",",
    ":",
    "%",
    "%2",
    "%25",
    "%3A",
    "%2C",
    "%26",
    "%3D",
    "%zz",
    "%E9",
    "%C3%A9",
    "%F0%9F%98%80",
    "%00",
    "0",
    "1",
    "2",
    "3",
    "4",
    "9",
    "14",
    "21",
    "22",
    "42",
    "400",
    "401",
    "720",
    "3650",
    "3651",
    ".",
    "-",
    "+",
    "e",
    "NaN",
    "inf",
    "calf",
    "foot",
    "groin",
    "lower-back",
    "knee-outer",
    "tight",
    "sore",
    "sharp",
    "swollen",
    "chest",
    "saddle",
    "fever",
    "skin",
    "pregnant",
    "cold-sensitive",
    "é",
    "😀",
    "\u{0}",
    "\u{FEFF}",
    " ",
    "<script>",
    "99999999999999999999",
];

fn link_ish() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => select(FRAGMENTS).prop_map(str::to_owned),
            1 => "[0-9]{1,6}(\\.[0-9]{1,4})?",
            1 => any::<char>().prop_map(String::from),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

/// A valid link with a few characters changed, dropped or added.
fn mutated_link() -> impl Strategy<Value = String> {
    let edit = (any::<prop::sample::Index>(), 0u8..3, any::<char>());
    (answers(), proptest::collection::vec(edit, 1..4)).prop_map(|(a, edits)| {
        let mut chars: Vec<char> = link::write(&a).chars().collect();
        for (at, kind, c) in edits {
            let i = at.index(chars.len() + 1);
            match kind {
                0 if i < chars.len() => {
                    chars.remove(i);
                }
                1 if i < chars.len() => chars[i] = c,
                _ => chars.insert(i, c),
            }
        }
        chars.into_iter().collect()
    })
}

/// Whatever the parser accepts is a valid answer that writes back to itself.
fn check_parse(input: &str) -> Result<(), TestCaseError> {
    let Ok(a) = link::parse(input) else {
        return Ok(());
    };
    prop_assert!(a.km <= Distance::MAX);
    prop_assert!(a.runs <= 21 && a.hard <= 14 && a.hard <= a.runs);
    prop_assert!(a.longest_km.is_none_or(|l| l <= a.km));
    prop_assert!(a
        .history
        .is_none_or(|h| h.iter().all(|&w| w <= Distance::MAX)));
    prop_assert!(a.hours_since_hard.is_none_or(|h| h <= 720));
    prop_assert!(a.race_in_days.is_none_or(|d| d <= 365));
    prop_assert!(a.raced_days_ago.is_none_or(|d| d <= 365));
    for (i, p) in a.pain.iter().enumerate() {
        prop_assert!(p.severity <= 10 && p.days <= 3650);
        prop_assert!(a.pain[..i].iter().all(|q| q.spot != p.spot));
    }
    for (i, f) in a.flags.iter().enumerate() {
        prop_assert!(!a.flags[..i].contains(f));
    }
    for (i, h) in a.health.iter().enumerate() {
        prop_assert!(!a.health[..i].contains(h));
    }
    prop_assert_eq!(link::parse(&link::write(&a)), Ok(a));
    Ok(())
}

proptest! {
    #![proptest_config(config(20_000))]

    #[test]
    fn any_string_parses_or_is_refused(input in any::<String>()) {
        check_parse(&input)?;
        check_parse(&format!("#/result?{input}"))?;
    }

    #[test]
    fn link_ish_strings_parse_or_are_refused(input in link_ish()) {
        check_parse(&input)?;
        check_parse(&format!("#/result?v=1&km=40&runs=4&{input}"))?;
    }
}

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn damaged_links_parse_or_are_refused(input in mutated_link()) {
        check_parse(&input)?;
    }
}

#[test]
fn overlong_input_is_refused_unread() {
    let huge = format!("#/result?v=1&km=40&runs=4&x={}", "%".repeat(1 << 20));
    assert!(matches!(link::parse(&huge), Err(LinkError::TooLong(_))));
}
