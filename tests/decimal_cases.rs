//! Plain decimals: read to the nearest hundredth, compared with maximums as written, written
//! without trailing zeros, and every distance the app keeps reads back exactly.

use recovery_quiz::engine::decimal::{format, Decimal};

#[test]
fn reads_plain_decimals_to_the_nearest_hundredth() {
    let value = |t: &str| Decimal::parse(t).map(Decimal::value);
    assert_eq!(value("12"), Some(12.0));
    assert_eq!(value("12.5"), Some(12.5));
    assert_eq!(value(".5"), Some(0.5));
    assert_eq!(value("5."), Some(5.0));
    assert_eq!(value("042.50"), Some(42.5));
    assert_eq!(value("0.125"), Some(0.13));
    assert_eq!(value("0.1249999"), Some(0.12));
    assert_eq!(value("399.999"), Some(400.0));
    for bad in [
        "", ".", "-1", "+1", "1e2", "1.2.3", "1,5", "NaN", "inf", " 1", "١",
    ] {
        assert_eq!(Decimal::parse(bad), None, "{bad:?}");
    }
}

#[test]
fn compares_with_a_maximum_as_written() {
    let exceeds = |t: &str, max: f64| Decimal::parse(t).unwrap().exceeds(max);
    assert!(!exceeds("400", 400.0));
    assert!(!exceeds("400.000", 400.0));
    assert!(exceeds("400.001", 400.0));
    assert!(!exceeds("399.995", 400.0));
    assert!(exceeds("400.01", 400.0));
    assert!(exceeds(&"9".repeat(400), 400.0));
    assert!(!exceeds(&"9".repeat(400), f64::MAX));
    assert!(exceeds("248.6", 248.5));
}

#[test]
fn knows_whole_numbers() {
    assert!(Decimal::parse("3").unwrap().is_whole());
    assert!(Decimal::parse("3.00").unwrap().is_whole());
    assert!(!Decimal::parse("3.001").unwrap().is_whole());
}

#[test]
fn writes_without_trailing_zeros() {
    assert_eq!(format(12.0, 2), "12");
    assert_eq!(format(12.5, 2), "12.5");
    assert_eq!(format(0.25, 2), "0.25");
    assert_eq!(format(1.304, 2), "1.3");
    assert_eq!(format(0.1 + 0.2, 2), "0.3");
    assert_eq!(format(-3.125, 1), "-3.1");
    assert_eq!(format(-0.01, 1), "0");
    assert_eq!(format(248.548, 1), "248.5");
}

#[test]
fn every_hundredth_up_to_400_reads_back_exactly() {
    for n in 0..=40_000u32 {
        let value = f64::from(n) / 100.0;
        let text = format(value, 2);
        assert_eq!(
            Decimal::parse(&text).map(Decimal::value),
            Some(value),
            "{text}"
        );
    }
}
