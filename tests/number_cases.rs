//! Numbers and distances in integer arithmetic (src/engine/number.rs, src/engine/distance.rs):
//! what is written reads back as the same 0.01 km, a range is checked on the number as written,
//! rounding is exact and half up, and miles convert exactly.

use recovery_quiz::engine::number::{Decimal, Plain};
use recovery_quiz::engine::Distance;
use recovery_quiz::form::Unit;

/// A plain decimal in km, to the nearest 0.01 km.
fn km(text: &str) -> Option<Distance> {
    Plain::parse(text).and_then(|value| Unit::Km.distance(value))
}

#[test]
fn every_hundredth_up_to_400_reads_back_exactly() {
    for n in 0..=40_000u32 {
        let distance = Distance::from_hundredths(n);
        let written = distance.to_string();
        assert_eq!(
            km(&written),
            Some(distance),
            "{n} hundredths written as {written}"
        );
        for unit in [Unit::Km, Unit::Mi] {
            let typed = unit.typed(distance);
            let read = Plain::parse(&typed).and_then(|value| unit.distance(value));
            assert_eq!(
                read,
                Some(distance),
                "{n} hundredths typed as {typed} {unit:?}"
            );
        }
    }
}

#[test]
fn only_plain_decimals_are_numbers() {
    for (text, expected) in [
        ("12", Some(1200)),
        ("12.5", Some(1250)),
        (".5", Some(50)),
        ("5.", Some(500)),
        ("042.50", Some(4250)),
        ("0", Some(0)),
        ("", None),
        (".", None),
        ("-1", None),
        ("+1", None),
        ("1e2", None),
        ("inf", None),
        ("NaN", None),
        ("1.2.3", None),
        ("1,5", None),
        ("４０", None),
    ] {
        let hundredths = Plain::parse(text).and_then(|value| value.rounded(1, 2));
        assert_eq!(hundredths, expected, "{text:?}");
    }
}

#[test]
fn a_range_is_checked_on_the_number_as_written() {
    for (text, max, expected) in [
        ("400", Decimal::new(400, 0), false),
        ("0400.000", Decimal::new(400, 0), false),
        ("400.001", Decimal::new(400, 0), true),
        ("400.0000000000000001", Decimal::new(400, 0), true),
        ("399.99999999999999999", Decimal::new(400, 0), false),
        ("401", Decimal::new(400, 0), true),
        (&"9".repeat(400), Decimal::new(400, 0), true),
        ("248.548", Decimal::new(248_548, 3), false),
        ("248.54800000", Decimal::new(248_548, 3), false),
        ("248.548000000000001", Decimal::new(248_548, 3), true),
        ("248.5481", Decimal::new(248_548, 3), true),
        ("21", Decimal::new(21, 0), false),
        ("22", Decimal::new(21, 0), true),
    ] {
        let value = Plain::parse(text).expect(text);
        assert_eq!(value.above(max), expected, "{text} against {max}");
    }
}

#[test]
fn decimals_compare_by_value_as_written() {
    let parse = |text| Plain::parse(text).expect(text);
    assert!(parse("40.004") > parse("40"));
    assert!(parse("040.0000") == parse("40"));
    assert!(parse("40.123456789123") == parse("40.1234567891230"));
    assert!(parse("9.99") < parse("10"));
    assert!(parse(".45") < parse(".5"));
    assert!(Decimal::new(125, 1) == Decimal::new(1250, 2));
    assert!(Decimal::new(199, 2) < Decimal::new(2, 0));
}

#[test]
fn distances_are_kept_to_the_nearest_hundredth_half_up() {
    for (text, hundredths) in [
        ("49.995", 5000),
        ("49.9949999999999999999", 4999),
        ("12.345", 1235),
        ("12.3449", 1234),
        ("0.005", 1),
        ("0.0049", 0),
        ("399.995", 40_000),
        ("16.093440000000001", 1609),
        (&format!("0.{}5", "0".repeat(323)), 0),
    ] {
        assert_eq!(
            km(text),
            Some(Distance::from_hundredths(hundredths)),
            "{text}"
        );
    }
    assert_eq!(km("400.01"), None, "above 400 km");
}

#[test]
fn miles_convert_exactly() {
    let mi = |text: &str| Plain::parse(text).and_then(|value| Unit::Mi.distance(value));
    // One mile is 1.609344 km: 10 mi is 16.09344 km, kept as 16.09.
    assert_eq!(mi("1"), Some(Distance::from_hundredths(161)));
    assert_eq!(mi("10"), Some(Distance::from_hundredths(1609)));
    assert_eq!(mi("248.548"), Some(Distance::MAX), "399.9992 km");
    assert_eq!(Unit::Mi.max(), Decimal::new(248_548, 3));
    assert_eq!(Unit::Km.max(), Decimal::new(400, 0));
    assert_eq!(Unit::Mi.tenths(Distance::MAX), Decimal::new(2485, 1));
    // 251.46 km is exactly 156.25 mi: shown half up.
    assert_eq!(
        Unit::Mi.tenths(Distance::from_hundredths(25_146)),
        Decimal::new(1563, 1)
    );
    assert_eq!(Unit::Mi.typed(Distance::km(40)), "24.855");
    assert_eq!(Unit::Km.typed(Distance::from_hundredths(1250)), "12.5");
}

#[test]
fn numbers_are_shown_without_trailing_zeros() {
    for (value, expected) in [
        (Decimal::new(12, 0), "12"),
        (Decimal::new(125, 1), "12.5"),
        (Decimal::new(25, 2), "0.25"),
        (Decimal::new(4000, 1), "400"),
        (Decimal::new(1234_5000, 4), "1234.5"),
        (Decimal::new(0, 3), "0"),
    ] {
        assert_eq!(value.to_string(), expected, "{value:?}");
    }
    assert_eq!(Distance::from_hundredths(4_050).to_string(), "40.5");
    assert_eq!(Distance::km(400).to_string(), "400");
}
