//! Plain decimals (src/engine/number.rs): what is written reads back as the same 0.01 km, and
//! a range is checked on the number as written.

use recovery_quiz::engine::number::{above, format, hundredths, parse_plain};

#[test]
fn every_hundredth_up_to_400_reads_back_exactly() {
    for n in 0..=40_000u32 {
        let value = f64::from(n) / 100.0;
        let written = format(value, 2);
        let read = parse_plain(&written).map(hundredths);
        assert_eq!(read, Some(value), "{n} hundredths written as {written}");
    }
}

#[test]
fn only_plain_decimals_are_numbers() {
    for (text, expected) in [
        ("12", Some(12.0)),
        ("12.5", Some(12.5)),
        (".5", Some(0.5)),
        ("5.", Some(5.0)),
        ("042.50", Some(42.5)),
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
        assert_eq!(parse_plain(text), expected, "{text:?}");
    }
}

#[test]
fn a_range_is_checked_on_the_number_as_written() {
    for (text, max, expected) in [
        ("400", 400.0, false),
        ("0400.000", 400.0, false),
        ("400.001", 400.0, true),
        ("400.0000000000000001", 400.0, true),
        ("401", 400.0, true),
        ("248.5", 248.5, false),
        ("248.50000", 248.5, false),
        ("248.500000000000001", 248.5, true),
        ("248.6", 248.5, true),
        ("21", 21.0, false),
        ("22", 21.0, true),
    ] {
        let value = parse_plain(text).expect(text);
        assert_eq!(above(text, value, max), expected, "{text} against {max}");
    }
}

#[test]
fn numbers_are_written_without_trailing_zeros() {
    for (value, places, expected) in [
        (12.0, 2, "12"),
        (12.5, 2, "12.5"),
        (0.25, 2, "0.25"),
        (12.345_6, 2, "12.35"),
        (-3.16, 1, "-3.2"),
        (-0.01, 1, "0"),
        (248.548, 1, "248.5"),
        (0.0, 3, "0"),
    ] {
        assert_eq!(format(value, places), expected, "{value} to {places}");
    }
}
