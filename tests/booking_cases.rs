//! The booking page for each technique, its `utm_…` fields, and the email that hands a result to
//! the clinic: named cases, each printing its input when it fails.

use recovery_quiz::booking::{ask_for, mailto, page, with_utm};
use recovery_quiz::clinic::parse;
use recovery_quiz::engine::Technique;

#[test]
fn utm_fields_join_any_query_and_keep_the_fragment() {
    let cases: &[(&str, &str, Technique, &str)] = &[
        (
            "no query",
            "https://clinic.example/book",
            Technique::Cupping,
            "https://clinic.example/book?utm_source=recovery-quiz&utm_medium=referral&utm_campaign=cupping",
        ),
        (
            "a query of its own",
            "https://clinic.example/book?service=12&staff=3",
            Technique::DeepTissue,
            "https://clinic.example/book?service=12&staff=3&utm_source=recovery-quiz&utm_medium=referral&utm_campaign=deep-tissue",
        ),
        (
            "an empty query",
            "https://clinic.example/book?",
            Technique::Graston,
            "https://clinic.example/book?utm_source=recovery-quiz&utm_medium=referral&utm_campaign=graston",
        ),
        (
            "a query ending in &",
            "https://clinic.example/book?service=12&",
            Technique::Graston,
            "https://clinic.example/book?service=12&utm_source=recovery-quiz&utm_medium=referral&utm_campaign=graston",
        ),
        (
            "a fragment route (Jane)",
            "https://riverside.janeapp.com/#/discipline/1/treatment/7",
            Technique::Cryotherapy,
            "https://riverside.janeapp.com/?utm_source=recovery-quiz&utm_medium=referral&utm_campaign=cryotherapy#/discipline/1/treatment/7",
        ),
        (
            "a query and a fragment with a ? of its own",
            "https://clinic.example/book?lang=de#/step?x=1",
            Technique::Cupping,
            "https://clinic.example/book?lang=de&utm_source=recovery-quiz&utm_medium=referral&utm_campaign=cupping#/step?x=1",
        ),
        (
            "the clinic's own campaign is kept",
            "https://clinic.example/book?utm_campaign=spring",
            Technique::Cupping,
            "https://clinic.example/book?utm_campaign=spring&utm_source=recovery-quiz&utm_medium=referral",
        ),
        (
            "all three given by the clinic",
            "https://clinic.example/book?utm_source=site&utm_medium=web&utm_campaign=quiz",
            Technique::Cupping,
            "https://clinic.example/book?utm_source=site&utm_medium=web&utm_campaign=quiz",
        ),
    ];
    for (name, address, technique, expected) in cases {
        assert_eq!(
            with_utm(address, *technique),
            *expected,
            "{name}: {address} for {technique}"
        );
    }
}

#[test]
fn a_technique_s_own_page_wins_and_the_general_page_asks_for_the_service() {
    let json = r#"{
        "name": "A",
        "booking_url": "https://clinic.example/book",
        "booking_urls": { "cupping": "https://clinic.example/book?service=cupping" }
    }"#;
    let (clinic, problems) = parse(json);
    assert_eq!(problems, vec![]);
    let cases: &[(&str, Technique, &str, bool)] = &[
        (
            "own page",
            Technique::Cupping,
            "https://clinic.example/book?service=cupping&utm_source=recovery-quiz&utm_medium=referral&utm_campaign=cupping",
            false,
        ),
        (
            "general page",
            Technique::Graston,
            "https://clinic.example/book?utm_source=recovery-quiz&utm_medium=referral&utm_campaign=graston",
            true,
        ),
    ];
    for (name, technique, url, general) in cases {
        assert_eq!(page(&clinic, *technique).as_deref(), Some(*url), "{name}");
        assert_eq!(ask_for(&clinic, *technique), *general, "{name}");
    }
}

#[test]
fn utm_fields_can_be_turned_off_and_an_old_file_works_unchanged() {
    let (off, _) = parse(
        r#"{"name":"A","booking_url":"https://clinic.example/book?x=1","booking_utm":false}"#,
    );
    assert_eq!(
        page(&off, Technique::Cupping).as_deref(),
        Some("https://clinic.example/book?x=1")
    );
    let (old, problems) = parse(include_str!("../static/clinic.json"));
    assert_eq!(problems, vec![]);
    for technique in Technique::ALL {
        let url = page(&old, technique).expect("the general page");
        assert!(ask_for(&old, technique), "{technique}");
        assert!(
            url.starts_with(old.booking_url.as_deref().unwrap_or_default()),
            "{technique}"
        );
    }
    let (none, _) = parse(r#"{"name":"A","phone":"123"}"#);
    assert_eq!(page(&none, Technique::Cupping), None);
    assert!(
        ask_for(&none, Technique::Cupping),
        "by phone too, the runner names the service"
    );
}

#[test]
fn the_email_to_the_clinic_is_encoded_whole() {
    let cases: &[(&str, (&str, &str, &str), &str)] = &[
        (
            "spaces, a line break and the link's own & ? # = ,",
            (
                "hello@clinic.example",
                "My result",
                "Sports cupping, every two weeks.\nhttps://q.example/?embed=1#/result?v=1&km=40&pain=calf:4:tight:10,foot:2:sore:3",
            ),
            "mailto:hello@clinic.example?subject=My%20result&body=Sports%20cupping%2C%20every%20two%20weeks.%0D%0Ahttps%3A%2F%2Fq.example%2F%3Fembed%3D1%23%2Fresult%3Fv%3D1%26km%3D40%26pain%3Dcalf%3A4%3Atight%3A10%2Cfoot%3A2%3Asore%3A3",
        ),
        (
            "letters beyond ASCII as UTF-8, and + in the address",
            ("info+quiz@praxis.example", "Mein Ergebnis – Größe", "Kryotherapie"),
            "mailto:info%2Bquiz@praxis.example?subject=Mein%20Ergebnis%20%E2%80%93%20Gr%C3%B6%C3%9Fe&body=Kryotherapie",
        ),
    ];
    for (name, (to, subject, body), expected) in cases {
        assert_eq!(mailto(to, subject, body), *expected, "{name}");
    }
}
