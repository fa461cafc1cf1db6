//! The set-up page's file: what it writes is what the quiz reads (`clinic::parse`), in a stable
//! order with the format version; what it opens keeps every text as written; every problem has
//! its place beside a field, worded in every language; the install snippets.

use std::collections::BTreeMap;

use recovery_quiz::clinic::{parse, ClinicText, ConfigProblem, Expected, Key, FORMAT, MAX_TEXT};
use recovery_quiz::engine::Technique;
use recovery_quiz::form::Unit;
use recovery_quiz::i18n::Texts;
use recovery_quiz::lang::Lang;
use recovery_quiz::setup::draft::{Draft, Edit, Place, TextField, EXAMPLE};
use recovery_quiz::setup::snippets::{quiz_address, Install, Snippet};
use recovery_quiz::setup::wording::{about_file, beside_field};
use recovery_quiz::theme::Rgb;

/// A draft with every key given, in two languages with texts of their own.
fn full() -> Draft {
    let mut draft = Draft::default();
    for edit in [
        Edit::Offer(Lang::Es, false),
        Edit::Offer(Lang::Fr, false),
        Edit::Offer(Lang::It, false),
        Edit::DefaultLanguage(Lang::De),
        Edit::Text(TextField::Name(Lang::De), " Laufpraxis Nord ".into()),
        Edit::Text(TextField::Name(Lang::En), "North Running Clinic".into()),
        Edit::Text(TextField::Intro(Lang::De), "Für alle, die laufen.".into()),
        Edit::Text(TextField::AccentColor, "#7a1f5c".into()),
        Edit::Text(TextField::Logo, "images/logo.png".into()),
        Edit::Technique(Technique::Graston, false),
        Edit::Text(TextField::BookingUrl, "https://north.example/book".into()),
        Edit::Text(
            TextField::BookingUrlFor(Technique::Cupping),
            "https://north.example/cupping".into(),
        ),
        Edit::Text(
            TextField::BookingUrlFor(Technique::Graston),
            "https://north.example/graston".into(),
        ),
        Edit::BookingUtm(false),
        Edit::Text(TextField::Phone, "+49 40 1234567".into()),
        Edit::Text(TextField::Email, "hallo@north.example".into()),
        Edit::Text(TextField::Address, "Hafenstraße 1, Hamburg".into()),
        Edit::Text(TextField::EmergencyNumber, "112".into()),
        Edit::Units(Unit::Mi),
        Edit::Text(
            TextField::SiteOrigins,
            "https://www.north.example\n\n  https://north.example/ \n".into(),
        ),
    ] {
        draft.edit(edit);
    }
    draft
}

/// The keys of a written file, in the order written.
fn keys(json: &str) -> Vec<String> {
    json.lines()
        .filter_map(|line| line.strip_prefix("  \""))
        .filter_map(|rest| rest.split_once('"').map(|(key, _)| key.to_owned()))
        .collect()
}

#[test]
fn the_example_is_written_back_as_the_quiz_reads_it() {
    let json = Draft::example().file().to_json();
    let (clinic, problems) = parse(&json);
    assert_eq!(problems, vec![]);
    assert_eq!(clinic, parse(EXAMPLE).0);
    assert!(json.starts_with(&format!("{{\n  \"format\": {FORMAT},\n")));
    assert!(json.ends_with("}\n"), "a final newline");
}

#[test]
fn every_key_is_written_once_in_the_order_a_clinic_reads_them() {
    let json = full().file().to_json();
    assert_eq!(
        keys(&json),
        [
            "format",
            "name",
            "intro",
            "languages",
            "accent_color",
            "logo",
            "techniques",
            "booking_url",
            "booking_urls",
            "booking_utm",
            "phone",
            "email",
            "address",
            "emergency_number",
            "units",
            "site_origins"
        ]
    );
    for key in keys(&json) {
        assert!(key.parse::<Key>().is_ok(), "{key} is a key the quiz knows");
    }
}

#[test]
fn what_is_written_is_what_the_quiz_reads() {
    let json = full().file().to_json();
    let (clinic, problems) = parse(&json);
    assert_eq!(problems, vec![], "{json}");
    assert_eq!(clinic.languages, vec![Lang::De, Lang::En]);
    assert_eq!(clinic.name(Lang::De), Some("Laufpraxis Nord"), "trimmed");
    assert_eq!(clinic.name(Lang::En), Some("North Running Clinic"));
    assert_eq!(clinic.intro(Lang::De), Some("Für alle, die laufen."));
    assert_eq!(
        clinic.intro(Lang::En),
        None,
        "an intro left empty is not written"
    );
    assert_eq!(clinic.accent_color, Rgb::parse("#7a1f5c"));
    assert_eq!(clinic.logo.as_deref(), Some("images/logo.png"));
    assert_eq!(
        clinic.techniques,
        vec![
            Technique::DeepTissue,
            Technique::Cupping,
            Technique::Cryotherapy
        ]
    );
    assert_eq!(
        clinic.booking_urls,
        BTreeMap::from([(
            Technique::Cupping,
            "https://north.example/cupping".to_owned()
        )]),
        "only the pages of techniques offered"
    );
    assert!(!clinic.booking_utm);
    assert_eq!(clinic.units, Unit::Mi);
    assert_eq!(clinic.emergency_number, "112");
    assert_eq!(
        clinic.site_origins,
        vec!["https://www.north.example", "https://north.example"]
    );
}

#[test]
fn a_file_opened_and_written_again_is_the_same_file() {
    for json in [full().file().to_json(), Draft::example().file().to_json()] {
        let reopened = Draft::open(&json).expect("a file the page wrote opens");
        assert_eq!(reopened.file().to_json(), json);
    }
}

#[test]
fn a_text_alike_in_every_language_offered_is_written_once() {
    let mut draft = Draft::default();
    draft.edit(Edit::Offer(Lang::Fr, false));
    for lang in [Lang::En, Lang::De, Lang::Es, Lang::It] {
        draft.edit(Edit::Text(TextField::Name(lang), "Studio".into()));
    }
    draft.edit(Edit::Text(TextField::Name(Lang::Fr), "Cabinet".into()));
    let (clinic, _) = parse(&draft.file().to_json());
    assert_eq!(clinic.name, Some(ClinicText::Every("Studio".into())));
    draft.edit(Edit::Text(TextField::Name(Lang::It), "Centro".into()));
    let (clinic, _) = parse(&draft.file().to_json());
    let ClinicText::PerLanguage(names) = clinic.name.expect("a name") else {
        panic!("one name per language once they differ");
    };
    assert_eq!(names.get(&Lang::It).map(String::as_str), Some("Centro"));
    assert!(
        !names.contains_key(&Lang::Fr),
        "a language not offered is not written"
    );
}

#[test]
fn a_file_opened_keeps_every_text_as_written_and_leaves_out_the_rest() {
    let draft = Draft::open(
        r#"{"name":5,"intro":{"de":"Hallo","xx":"?"},"accent_color":"teal","emergency_number":999,
            "techniques":["graston","massage","graston"],"languages":["fr","tlh"],
            "booking_urls":{"cupping":"www.x.example","reiki":"https://y.example"},
            "booking_utm":"no","units":"miles","site_origins":["https://a.example",3],"extra":1}"#,
    )
    .expect("an object opens");
    assert!(draft.names.is_empty(), "a name of the wrong kind");
    assert_eq!(
        draft.intros,
        BTreeMap::from([(Lang::De, "Hallo".to_owned())])
    );
    assert_eq!(draft.accent_color, "teal", "kept for the form to show");
    assert_eq!(draft.emergency_number, "", "a number is not a text");
    assert_eq!(draft.techniques, vec![Technique::Graston]);
    assert_eq!(draft.languages, vec![Lang::Fr]);
    assert_eq!(
        draft.booking_urls,
        BTreeMap::from([(Technique::Cupping, "www.x.example".to_owned())])
    );
    assert!(draft.booking_utm);
    assert_eq!(draft.units, Unit::Km);
    assert_eq!(draft.site_origins, "https://a.example");
}

#[test]
fn a_file_that_is_not_one_object_is_not_opened() {
    assert_eq!(Draft::open("[1]"), Err(ConfigProblem::NotAnObject));
    assert!(matches!(
        Draft::open("{\n\"name\": "),
        Err(ConfigProblem::NotJson { line: 2, .. })
    ));
}

#[test]
fn every_problem_in_the_draft_has_its_place_beside_a_field() {
    let long = "x".repeat(MAX_TEXT + 1);
    let cases: Vec<(&str, Vec<Edit>, Place)> = vec![
        (
            "no name in any language",
            Lang::ALL
                .map(|l| Edit::Text(TextField::Name(l), " ".into()))
                .to_vec(),
            Place::Field(TextField::Name(Lang::En)),
        ),
        (
            "a name too long in one language",
            vec![Edit::Text(TextField::Name(Lang::Fr), long.clone())],
            Place::Field(TextField::Name(Lang::Fr)),
        ),
        (
            "an intro too long in one language",
            vec![Edit::Text(TextField::Intro(Lang::Es), long)],
            Place::Field(TextField::Intro(Lang::Es)),
        ),
        (
            "no language",
            Lang::ALL.map(|l| Edit::Offer(l, false)).to_vec(),
            Place::Languages,
        ),
        (
            "no technique",
            Technique::ALL.map(|t| Edit::Technique(t, false)).to_vec(),
            Place::Techniques,
        ),
        (
            "a colour by name",
            vec![Edit::Text(TextField::AccentColor, "teal".into())],
            Place::Field(TextField::AccentColor),
        ),
        (
            "a logo from another site",
            vec![Edit::Text(
                TextField::Logo,
                "https://x.example/l.png".into(),
            )],
            Place::Field(TextField::Logo),
        ),
        (
            "a booking page without https",
            vec![Edit::Text(TextField::BookingUrl, "clinic.example".into())],
            Place::Field(TextField::BookingUrl),
        ),
        (
            "one technique's booking page",
            vec![Edit::Text(
                TextField::BookingUrlFor(Technique::Graston),
                "ftp://x".into(),
            )],
            Place::Field(TextField::BookingUrlFor(Technique::Graston)),
        ),
        (
            "a phone number in words",
            vec![Edit::Text(TextField::Phone, "call us".into())],
            Place::Field(TextField::Phone),
        ),
        (
            "an e-mail without @",
            vec![Edit::Text(TextField::Email, "clinic.example".into())],
            Place::Field(TextField::Email),
        ),
        (
            "an address too long",
            vec![Edit::Text(TextField::Address, "y".repeat(MAX_TEXT + 1))],
            Place::Field(TextField::Address),
        ),
        (
            "an emergency number with letters",
            vec![Edit::Text(TextField::EmergencyNumber, "9l1".into())],
            Place::Field(TextField::EmergencyNumber),
        ),
        (
            "a site with a path",
            vec![Edit::Text(
                TextField::SiteOrigins,
                "https://ok.example\nhttps://a.example/page".into(),
            )],
            Place::Field(TextField::SiteOrigins),
        ),
    ];
    for (name, edits, place) in cases {
        let mut draft = Draft::example();
        for edit in edits {
            draft.edit(edit);
        }
        let (_, problems) = parse(&draft.file().to_json());
        assert_eq!(problems.len(), 1, "{name}: {problems:?}");
        assert_eq!(draft.place(&problems[0]), place, "{name}");
        assert!(place.id().is_some(), "{name}: an element to show it beside");
        for lang in Lang::ALL {
            let text = beside_field(Texts::new(lang), &problems[0]);
            assert!(
                !text.is_empty() && !text.contains("clinic.json:"),
                "{name} in {lang}: {text}"
            );
        }
    }
}

#[test]
fn every_field_has_an_id_of_its_own() {
    let mut ids: Vec<String> = Lang::ALL
        .iter()
        .flat_map(|&l| [TextField::Name(l), TextField::Intro(l)])
        .chain(Technique::ALL.map(TextField::BookingUrlFor))
        .chain([
            TextField::AccentColor,
            TextField::Logo,
            TextField::BookingUrl,
            TextField::Phone,
            TextField::Email,
            TextField::Address,
            TextField::EmergencyNumber,
            TextField::SiteOrigins,
        ])
        .map(TextField::id)
        .chain([Place::Languages, Place::Techniques].map(|p| p.id().unwrap_or_default()))
        .collect();
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count);
    assert!(ids.contains(&"name-de".to_owned()) && ids.contains(&"booking-url-cupping".to_owned()));
}

#[test]
fn what_a_field_must_hold_is_worded_in_every_language_for_every_kind() {
    let kinds = [
        Expected::Text,
        Expected::WebAddress,
        Expected::Phone,
        Expected::Email,
        Expected::Colour,
        Expected::ImagePath,
        Expected::Techniques,
        Expected::EmergencyNumber,
        Expected::Units,
        Expected::Languages,
        Expected::TextPerLanguage,
        Expected::Format,
        Expected::WebAddressPerTechnique,
        Expected::YesOrNo,
        Expected::Origins,
    ];
    for lang in Lang::ALL {
        let t = Texts::new(lang);
        let mut seen = Vec::new();
        for expected in kinds {
            let problem = ConfigProblem::WrongType {
                key: Key::Phone,
                expected,
            };
            let text = beside_field(t, &problem);
            assert!(
                !seen.contains(&text),
                "{lang}: {expected:?} worded like another"
            );
            seen.push(text);
            let note = about_file(t, &problem, "clinic.json");
            assert!(
                note.contains("phone"),
                "{lang}: the note names the key: {note}"
            );
        }
    }
}

#[test]
fn the_quiz_address_is_a_folder_on_the_web() {
    for (typed, expected) in [
        (
            "https://clinic.example/quiz/",
            Some("https://clinic.example/quiz/"),
        ),
        (
            " https://clinic.example/quiz ",
            Some("https://clinic.example/quiz/"),
        ),
        (
            "http://127.0.0.1:8080/quiz/index.html",
            Some("http://127.0.0.1:8080/quiz/"),
        ),
        ("HTTPS://Clinic.example", Some("HTTPS://Clinic.example/")),
        ("clinic.example/quiz/", None),
        ("https:///quiz/", None),
        ("https://clinic.example/quiz/?embed=1", None),
        ("https://clinic.example/\"><script>", None),
        ("javascript:alert(1)", None),
    ] {
        assert_eq!(quiz_address(typed).as_deref(), expected, "{typed:?}");
    }
}

#[test]
fn the_snippets_embed_the_quiz_as_docs_embed_md_describes() {
    let origins = vec!["https://www.north.example".to_owned()];
    let install = Install {
        quiz: "https://north.example/quiz/",
        title: "Runner's \"recovery\" check",
        link: "Open <the> check",
        origins: &origins,
    };
    let own = Snippet::OwnSite.text(&install);
    assert!(own.contains("<iframe data-recovery-quiz src=\"https://north.example/quiz/?embed=1\""));
    assert!(own.contains("<script src=\"https://north.example/quiz/embed.js\" async></script>"));
    assert!(own.contains("title=\"Runner's &quot;recovery&quot; check\""));
    let fixed = Snippet::SiteBuilder.text(&install);
    assert!(fixed.contains("height:1400px") && !fixed.contains("<script"));
    assert!(
        !fixed.contains("data-recovery-quiz"),
        "embed.js must not resize it"
    );
    assert!(fixed.contains(">Open &lt;the&gt; check</a>"));
    let wordpress = Snippet::Wordpress.text(&install);
    assert_eq!(
        wordpress,
        format!("<!-- wp:html -->\n{own}\n<!-- /wp:html -->")
    );
    assert_eq!(
        Snippet::FrameAncestors.text(&install),
        "Content-Security-Policy: frame-ancestors 'self' https://www.north.example"
    );
    let ids: Vec<String> = Snippet::ALL.map(Snippet::id).to_vec();
    assert_eq!(
        ids,
        [
            "snippet-own-site",
            "snippet-site-builder",
            "snippet-wordpress",
            "snippet-frame-ancestors"
        ]
    );
}
