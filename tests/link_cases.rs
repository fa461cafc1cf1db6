//! Named cases for the v1 share-link parser (`docs/share-link.md`): links it must
//! refuse, with the reason, and links it must read, with the answers.

use recovery_quiz::engine::answers::Conflict;
use recovery_quiz::engine::link::{self, LinkError};
use recovery_quiz::engine::{Answers, Distance, Health, Pain, Quality, RedFlag, Spot};

/// A valid link.
const BASE: &str = "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&flags=&health=";

fn not_a_number(key: &'static str, value: &str) -> LinkError {
    LinkError::NotANumber {
        key,
        value: value.to_owned(),
    }
}

fn out_of_range(key: &'static str, value: &str, max: &str) -> LinkError {
    LinkError::OutOfRange {
        key,
        value: value.to_owned(),
        max: max.to_owned(),
    }
}

fn bad_cases() -> Vec<(&'static str, String, LinkError)> {
    vec![
        (
            "no version",
            "#/result?km=40&runs=4".into(),
            LinkError::Missing("v"),
        ),
        (
            "a newer version",
            "#/result?v=2&km=40&runs=4".into(),
            LinkError::TooNew("2".into()),
        ),
        (
            "a much newer version",
            "#/result?v=17&whatever=x".into(),
            LinkError::TooNew("17".into()),
        ),
        (
            "a version that is not a number",
            "#/result?v=abc&km=40&runs=4".into(),
            LinkError::BadVersion("abc".into()),
        ),
        (
            "version 0 never existed",
            "#/result?v=0&km=40&runs=4".into(),
            LinkError::BadVersion("0".into()),
        ),
        (
            "an empty version",
            "#/result?v=&km=40&runs=4".into(),
            LinkError::BadVersion("".into()),
        ),
        (
            "no km",
            "#/result?v=1&runs=4".into(),
            LinkError::Missing("km"),
        ),
        (
            "no runs",
            "#/result?v=1&km=40".into(),
            LinkError::Missing("runs"),
        ),
        (
            "negative km",
            "#/result?v=1&km=-1&runs=4".into(),
            not_a_number("km", "-1"),
        ),
        (
            "km above 400",
            "#/result?v=1&km=401&runs=4".into(),
            out_of_range("km", "401", "400"),
        ),
        (
            "km just above 400",
            "#/result?v=1&km=400.01&runs=4".into(),
            out_of_range("km", "400.01", "400"),
        ),
        (
            "km in exponent notation",
            "#/result?v=1&km=1e2&runs=4".into(),
            not_a_number("km", "1e2"),
        ),
        (
            "km NaN",
            "#/result?v=1&km=NaN&runs=4".into(),
            not_a_number("km", "NaN"),
        ),
        (
            "km infinite",
            "#/result?v=1&km=inf&runs=4".into(),
            not_a_number("km", "inf"),
        ),
        (
            "km empty",
            "#/result?v=1&km=&runs=4".into(),
            not_a_number("km", ""),
        ),
        (
            "km with a trailing dot",
            "#/result?v=1&km=40.&runs=4".into(),
            not_a_number("km", "40."),
        ),
        (
            "km with a decimal comma",
            "#/result?v=1&km=40%2C5&runs=4".into(),
            not_a_number("km", "40,5"),
        ),
        (
            "km with a plus sign",
            "#/result?v=1&km=+40&runs=4".into(),
            not_a_number("km", "+40"),
        ),
        (
            "km in full-width digits",
            "#/result?v=1&km=４０&runs=4".into(),
            not_a_number("km", "４０"),
        ),
        (
            "22 runs in a week",
            "#/result?v=1&km=40&runs=22".into(),
            out_of_range("runs", "22", "21"),
        ),
        (
            "a run count too big for any integer",
            "#/result?v=1&km=40&runs=99999999999999999999".into(),
            out_of_range("runs", "99999999999999999999", "21"),
        ),
        (
            "a fractional run count",
            "#/result?v=1&km=40&runs=4.5".into(),
            not_a_number("runs", "4.5"),
        ),
        (
            "more hard sessions than runs",
            "#/result?v=1&km=40&runs=2&hard=3".into(),
            LinkError::Conflict(Conflict::HardAboveRuns),
        ),
        (
            "15 hard sessions",
            "#/result?v=1&km=40&runs=21&hard=15".into(),
            out_of_range("hard", "15", "14"),
        ),
        (
            "a long run longer than the week",
            "#/result?v=1&km=40&runs=4&long=40.5".into(),
            LinkError::Conflict(Conflict::LongAboveWeek),
        ),
        (
            "a long run longer than the week as written, though both round to 40",
            "#/result?v=1&km=40&runs=4&long=40.004".into(),
            LinkError::Conflict(Conflict::LongAboveWeek),
        ),
        (
            "a long run longer than the week by a decimal beyond the hundredths",
            "#/result?v=1&km=40.001&runs=4&long=40.0012".into(),
            LinkError::Conflict(Conflict::LongAboveWeek),
        ),
        (
            "hist with three weeks",
            "#/result?v=1&km=40&hist=30,30,30&runs=4".into(),
            LinkError::HistoryCount(3),
        ),
        (
            "hist with five weeks",
            "#/result?v=1&km=40&hist=30,30,30,30,30&runs=4".into(),
            LinkError::HistoryCount(5),
        ),
        (
            "hist with an empty week",
            "#/result?v=1&km=40&hist=30,,30,30&runs=4".into(),
            not_a_number("hist", ""),
        ),
        (
            "hist above 400",
            "#/result?v=1&km=40&hist=30,30,30,500&runs=4".into(),
            out_of_range("hist", "500", "400"),
        ),
        (
            "hours since the last hard session above 720",
            "#/result?v=1&km=40&runs=4&last=721".into(),
            out_of_range("last", "721", "720"),
        ),
        (
            "a race more than a year away",
            "#/result?v=1&km=40&runs=4&race=366".into(),
            out_of_range("race", "366", "365"),
        ),
        (
            "a race more than a year ago",
            "#/result?v=1&km=40&runs=4&raced=400".into(),
            out_of_range("raced", "400", "365"),
        ),
        (
            "a negative race countdown",
            "#/result?v=1&km=40&runs=4&race=-1".into(),
            not_a_number("race", "-1"),
        ),
        (
            "bad percent encoding",
            "#/result?v=1&km=%zz&runs=4".into(),
            LinkError::BadEncoding,
        ),
        (
            "a percent sign at the very end",
            "#/result?v=1&km=40&runs=4%".into(),
            LinkError::BadEncoding,
        ),
        (
            "a percent sign with one hex digit",
            "#/result?v=1&km=40&runs=%4".into(),
            LinkError::BadEncoding,
        ),
        (
            "a percent sign followed by a sign and a digit",
            "#/result?v=1&km=40&runs=%+4".into(),
            LinkError::BadEncoding,
        ),
        (
            "percent-encoded bytes that are not UTF-8",
            "#/result?v=1&km=40&runs=4&flags=%E9".into(),
            LinkError::BadEncoding,
        ),
        (
            "a key given twice",
            "#/result?v=1&km=40&km=41&runs=4".into(),
            LinkError::Duplicate("km".into()),
        ),
        (
            "a key given twice, once percent-encoded",
            "#/result?v=1&km=40&k%6D=40&runs=4".into(),
            LinkError::Duplicate("km".into()),
        ),
        (
            "a part without =",
            "#/result?v=1&km=40&runs=4&oops".into(),
            LinkError::NotAPair("oops".into()),
        ),
        (
            "not a result link",
            "https://clinic.example/#/quiz".into(),
            LinkError::NotALink,
        ),
        ("an empty string", String::new(), LinkError::NotALink),
        (
            "a pain entry with three parts",
            "#/result?v=1&km=40&runs=4&pain=calf:4:tight".into(),
            LinkError::BadPain("calf:4:tight".into()),
        ),
        (
            "a pain entry with five parts",
            "#/result?v=1&km=40&runs=4&pain=calf:4:tight:10:x".into(),
            LinkError::BadPain("calf:4:tight:10:x".into()),
        ),
        (
            "a trailing comma after the last pain",
            "#/result?v=1&km=40&runs=4&pain=calf:4:tight:10,".into(),
            LinkError::BadPain("".into()),
        ),
        (
            "an unknown spot",
            "#/result?v=1&km=40&runs=4&pain=elbow:4:tight:10".into(),
            LinkError::UnknownSpot("elbow".into()),
        ),
        (
            "a spot in capitals",
            "#/result?v=1&km=40&runs=4&pain=Calf:4:tight:10".into(),
            LinkError::UnknownSpot("Calf".into()),
        ),
        (
            "a spot with an accent",
            "#/result?v=1&km=40&runs=4&pain=c%C3%A4lf:4:tight:10".into(),
            LinkError::UnknownSpot("cälf".into()),
        ),
        (
            "an unknown quality",
            "#/result?v=1&km=40&runs=4&pain=calf:4:burning:10".into(),
            LinkError::UnknownQuality("burning".into()),
        ),
        (
            "a spot given twice",
            "#/result?v=1&km=40&runs=4&pain=calf:4:tight:10,calf:2:sore:1".into(),
            LinkError::RepeatedSpot("calf".into()),
        ),
        (
            "severity 11",
            "#/result?v=1&km=40&runs=4&pain=calf:11:tight:10".into(),
            out_of_range("pain", "11", "10"),
        ),
        (
            "pain for 3651 days",
            "#/result?v=1&km=40&runs=4&pain=calf:4:tight:3651".into(),
            out_of_range("pain", "3651", "3650"),
        ),
        (
            "a decimal severity",
            "#/result?v=1&km=40&runs=4&pain=calf:4.5:tight:10".into(),
            not_a_number("pain", "4.5"),
        ),
        (
            "an unknown flag",
            "#/result?v=1&km=40&runs=4&flags=headache".into(),
            LinkError::UnknownFlag("headache".into()),
        ),
        (
            "a flag given twice",
            "#/result?v=1&km=40&runs=4&flags=fever,chest,fever".into(),
            LinkError::RepeatedItem {
                key: "flags",
                value: "fever".into(),
            },
        ),
        (
            "an unknown health condition",
            "#/result?v=1&km=40&runs=4&health=asthma".into(),
            LinkError::UnknownHealth("asthma".into()),
        ),
        (
            "a health condition given twice",
            "#/result?v=1&km=40&runs=4&health=skin,skin".into(),
            LinkError::RepeatedItem {
                key: "health",
                value: "skin".into(),
            },
        ),
        (
            "a 100 KB link",
            format!("{BASE}&junk={}", "a".repeat(100 * 1024)),
            LinkError::TooLong(BASE.len() + 6 + 100 * 1024),
        ),
        (
            "a script in a flag",
            "#/result?v=1&km=40&runs=4&flags=<script>alert(1)</script>".into(),
            LinkError::UnknownFlag("<script>alert(1)</script…".into()),
        ),
        (
            "a percent-encoded script in km",
            "#/result?v=1&km=%3Cscript%3Ealert(1)%3C%2Fscript%3E&runs=4".into(),
            not_a_number("km", "<script>alert(1)</script…"),
        ),
        (
            "an emoji as a quality",
            "#/result?v=1&km=40&runs=4&pain=calf:4:😖:10".into(),
            LinkError::UnknownQuality("😖".into()),
        ),
    ]
}

#[test]
fn bad_links_are_refused_with_the_reason() {
    let cases = bad_cases();
    assert!(cases.len() >= 25);
    let mut report = Vec::new();
    for (name, input, expected) in &cases {
        let got = link::parse(input);
        if got.as_ref() != Err(expected) {
            let shown: String = input.chars().take(200).collect();
            report.push(format!(
                "{name}\n  link: {shown}\n  expected: Err({expected:?})\n  got: {got:?}"
            ));
        }
    }
    assert!(
        report.is_empty(),
        "{} of {} bad links:\n\n{}",
        report.len(),
        cases.len(),
        report.join("\n\n")
    );
}

fn pain(spot: Spot, severity: u8, quality: Quality, days: u16) -> Pain {
    Pain {
        spot,
        severity,
        quality,
        days,
    }
}

/// The answers of `BASE`.
fn base() -> Answers {
    Answers {
        km: Distance::km(40),
        runs: 4,
        hard: 1,
        pain: vec![pain(Spot::Calf, 4, Quality::Tight, 10)],
        ..Answers::default()
    }
}

fn good_cases() -> Vec<(&'static str, String, Answers)> {
    vec![
        ("the plain base link", BASE.into(), base()),
        (
            "the example from the contract",
            "https://clinic.example/quiz/#/result?v=1&km=40&hist=35,38,36,30&runs=4&hard=1&long=16&last=24&pain=calf:4:tight:10&flags=&health=".into(),
            Answers {
                history: Some([Distance::km(35), Distance::km(38), Distance::km(36), Distance::km(30)]),
                longest_km: Some(Distance::km(16)),
                hours_since_hard: Some(24),
                ..base()
            },
        ),
        (
            "unknown keys are ignored",
            format!("{BASE}&lang=fr&utm_source=newsletter&z="),
            base(),
        ),
        (
            "keys in any order",
            "#/result?health=&pain=calf:4:tight:10&hard=1&flags=&runs=4&km=40&v=1".into(),
            base(),
        ),
        (
            "percent-encoded values and keys",
            "#/result?v=%31&km=4%30&runs=4&hard=1&pain=calf%3A4%3Atight%3A10&fl%61gs=&health=".into(),
            base(),
        ),
        (
            "the bare fragment without #",
            "/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10".into(),
            base(),
        ),
        (
            "the minimum: v, km and runs",
            "#/result?v=1&km=0&runs=0".into(),
            Answers::default(),
        ),
        (
            "empty optional values mean not answered",
            "#/result?v=1&km=12.5&runs=2&hard=&long=&last=&race=&raced=&hist=&pain=&flags=&health=".into(),
            Answers {
                km: Distance::from_hundredths(1250),
                runs: 2,
                ..Answers::default()
            },
        ),
        (
            "empty parts between ampersands are skipped",
            "#/result?&v=1&&km=40&runs=4&hard=1&pain=calf:4:tight:10&".into(),
            base(),
        ),
        (
            "the upper limits",
            "#/result?v=1&km=400&hist=400,400,400,400&runs=21&hard=14&long=400&last=720&race=365&raced=365&pain=calf:10:swollen:3650".into(),
            Answers {
                km: Distance::km(400),
                history: Some([Distance::km(400); 4]),
                runs: 21,
                hard: 14,
                longest_km: Some(Distance::km(400)),
                hours_since_hard: Some(720),
                race_in_days: Some(365),
                raced_days_ago: Some(365),
                pain: vec![pain(Spot::Calf, 10, Quality::Swollen, 3650)],
                ..Answers::default()
            },
        ),
        (
            "decimals and leading zeros",
            "#/result?v=1&km=042.50&hist=0.5,10.25,007,3.0&runs=04&long=42.5".into(),
            Answers {
                km: Distance::from_hundredths(4250),
                history: Some([Distance::from_hundredths(50), Distance::from_hundredths(1025), Distance::km(7), Distance::km(3)]),
                runs: 4,
                longest_km: Some(Distance::from_hundredths(4250)),
                ..Answers::default()
            },
        ),
        (
            "every spot, flag and condition, in the order given",
            "#/result?v=1&km=40&runs=4&pain=lower-back:1:tight:0,glute:2:sore:1,hamstring:3:sharp:2,quad:4:swollen:3,groin:5:tight:4,hip:6:sore:5,knee-outer:7:sharp:6,knee:8:swollen:7,calf:9:tight:8,shin:10:sore:9,achilles:0:sharp:10,foot:1:swollen:11&flags=fever,numbness,pop,no-weight,night-pain,bone-spot,calf-swelling,saddle,chest&health=cold-sensitive,neuropathy,varicose,skin,pregnant,blood-thinners".into(),
            Answers {
                km: Distance::km(40),
                runs: 4,
                pain: vec![
                    pain(Spot::LowerBack, 1, Quality::Tight, 0),
                    pain(Spot::Glute, 2, Quality::Sore, 1),
                    pain(Spot::Hamstring, 3, Quality::Sharp, 2),
                    pain(Spot::Quad, 4, Quality::Swollen, 3),
                    pain(Spot::Groin, 5, Quality::Tight, 4),
                    pain(Spot::Hip, 6, Quality::Sore, 5),
                    pain(Spot::KneeOuter, 7, Quality::Sharp, 6),
                    pain(Spot::Knee, 8, Quality::Swollen, 7),
                    pain(Spot::Calf, 9, Quality::Tight, 8),
                    pain(Spot::Shin, 10, Quality::Sore, 9),
                    pain(Spot::Achilles, 0, Quality::Sharp, 10),
                    pain(Spot::Foot, 1, Quality::Swollen, 11),
                ],
                flags: vec![
                    RedFlag::Fever,
                    RedFlag::Numbness,
                    RedFlag::Pop,
                    RedFlag::NoWeight,
                    RedFlag::NightPain,
                    RedFlag::BoneSpot,
                    RedFlag::CalfSwelling,
                    RedFlag::Saddle,
                    RedFlag::Chest,
                ],
                health: vec![
                    Health::ColdSensitive,
                    Health::Neuropathy,
                    Health::Varicose,
                    Health::Skin,
                    Health::Pregnant,
                    Health::BloodThinners,
                ],
                ..Answers::default()
            },
        ),
        (
            "a second # later in the link belongs to the values",
            "#/result?v=1&km=40&runs=4&hard=1&pain=calf:4:tight:10&note=#x".into(),
            base(),
        ),
    ]
}

#[test]
fn good_links_are_read_exactly() {
    let mut report = Vec::new();
    let cases = good_cases();
    for (name, input, expected) in &cases {
        let got = link::parse(input);
        if got.as_ref() != Ok(expected) {
            report.push(format!(
                "{name}\n  link: {input}\n  expected: {expected:?}\n  got: {got:?}"
            ));
            continue;
        }
        let again = link::parse(&link::write(expected));
        if again.as_ref() != Ok(expected) {
            report.push(format!(
                "{name}: written again as {}\n  reads as {again:?}",
                link::write(expected)
            ));
        }
    }
    assert!(
        report.is_empty(),
        "{} of {} good links:\n\n{}",
        report.len(),
        cases.len(),
        report.join("\n\n")
    );
}

#[test]
fn written_links_use_the_documented_form() {
    let answers = Answers {
        history: Some([
            Distance::km(35),
            Distance::km(38),
            Distance::km(36),
            Distance::from_hundredths(3050),
        ]),
        longest_km: Some(Distance::km(16)),
        hours_since_hard: Some(24),
        race_in_days: Some(40),
        flags: vec![RedFlag::Fever],
        health: vec![Health::Skin, Health::Pregnant],
        ..base()
    };
    assert_eq!(
        link::write(&answers),
        "#/result?v=1&km=40&hist=35,38,36,30.5&runs=4&hard=1&long=16&last=24&race=40&pain=calf:4:tight:10&flags=fever&health=skin,pregnant"
    );
}

#[test]
fn the_longest_valid_answers_still_fit_a_link() {
    // Every field at its longest, distances with two decimals (the app keeps 0.01 km).
    let answers = Answers {
        km: Distance::from_hundredths(39999),
        history: Some([
            Distance::from_hundredths(38888),
            Distance::from_hundredths(37777),
            Distance::from_hundredths(36666),
            Distance::from_hundredths(35555),
        ]),
        runs: 21,
        hard: 14,
        longest_km: Some(Distance::from_hundredths(34444)),
        hours_since_hard: Some(720),
        race_in_days: Some(365),
        raced_days_ago: Some(365),
        pain: Spot::ALL
            .into_iter()
            .map(|spot| pain(spot, 10, Quality::Swollen, 3650))
            .collect(),
        flags: RedFlag::ALL.to_vec(),
        health: Health::ALL.to_vec(),
    };
    let written = link::write(&answers);
    assert!(
        written.len() < 1024,
        "longer than documented: {}",
        written.len()
    );
    assert_eq!(
        link::parse(&written),
        Ok(answers.clone()),
        "written as {written}"
    );

    // Earlier builds wrote distances in full: the longest such link still opens, to 0.01 km.
    let full = written
        .replace("km=399.99", "km=399.99999999999994")
        .replace(
            "hist=388.88,377.77,366.66,355.55",
            &format!(
                "hist=0.{}12345678901234567,0.{}22250738585072014,0.{}5,0.{}1",
                "0".repeat(299),
                "0".repeat(307),
                "0".repeat(323),
                "0".repeat(322)
            ),
        )
        .replace(
            "long=344.44",
            &format!("long=0.{}22250738585072014", "0".repeat(307)),
        );
    assert!(full.len() > 2048, "not the longest: {}", full.len());
    let opened = link::parse(&full).expect("an old full-precision link opens");
    assert_eq!(opened.km, Distance::km(400));
    assert_eq!(opened.history, Some([Distance::default(); 4]));
    assert_eq!(opened.longest_km, Some(Distance::km(0)));
}
