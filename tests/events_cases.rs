//! The events told to the host page: one shape, names shared with `static/embed.js`, and never
//! an answer in any payload, whatever the answers.

use std::collections::BTreeSet;

use recovery_quiz::engine::link::parse;
use recovery_quiz::engine::{recommend, Health, Quality, RedFlag, Spot, Technique};
use recovery_quiz::events::{embed_id, Contact, Event, Screen, EVENT_PREFIX};
use recovery_quiz::form::Draft;
use recovery_quiz::lang::Lang;
use serde_json::Value;

/// Every event the quiz could send for the answers of this share link.
fn events_for(link: &str) -> Vec<Event> {
    let answers = parse(link).unwrap_or_else(|e| panic!("{link}: {e:?}"));
    let rec = recommend(&answers, &Technique::ALL);
    let technique = rec.primary.as_ref().map(|choice| choice.technique);
    let mut events = vec![Event::Ready { language: Lang::De }, Event::Started];
    let draft = Draft::from_answers(&answers, Default::default(), false);
    events.extend(
        draft
            .steps()
            .into_iter()
            .filter_map(Screen::of)
            .map(|step| Event::StepViewed { step }),
    );
    events.push(Event::ResultShown {
        triage: rec.triage,
        technique,
        every_days: rec.every_days,
        language: Lang::Fr,
    });
    for contact in [
        Contact::Book,
        Contact::Call,
        Contact::Email,
        Contact::SendResult,
    ] {
        if let Some(technique) = technique {
            events.push(Event::ContactClicked { contact, technique });
        }
    }
    events
}

/// Every answer's name: spots, kinds of pain, red flags and health answers.
fn answer_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    names.extend(Spot::ALL.iter().map(ToString::to_string));
    names.extend(Quality::ALL.iter().map(ToString::to_string));
    names.extend(RedFlag::ALL.iter().map(ToString::to_string));
    names.extend(Health::ALL.iter().map(ToString::to_string));
    names
}

const LINKS: &[&str] = &[
    "#/result?v=1&km=55&hist=45,48,50,52&runs=5&hard=2&long=28&last=30&race=12&pain=calf:5:tight:10,foot:4:sore:70&flags=&health=",
    "#/result?v=1&km=33.3&runs=3&raced=1&pain=achilles:7:sharp:2,knee-outer:3:swollen:400,lower-back:2:tight:3000&flags=&health=blood-thinners,pregnant,skin,varicose,neuropathy,cold-sensitive",
    "#/result?v=1&km=12&runs=2&pain=groin:4:sore:5&flags=chest,saddle,calf-swelling,bone-spot,night-pain,no-weight,pop,numbness,fever&health=",
    "#/result?v=1&km=0&runs=0&pain=&flags=fever&health=skin",
];

#[test]
fn every_event_has_the_one_documented_shape() {
    for link in LINKS {
        for event in events_for(link) {
            let message = event.message(Some("footer"));
            let Value::Object(fields) = &message else {
                panic!("{event:?} is not an object");
            };
            let keys: Vec<&str> = fields.keys().map(String::as_str).collect();
            assert_eq!(keys, ["embedId", "event", "payload"], "{event:?}");
            assert_eq!(
                message["event"],
                format!("{EVENT_PREFIX}{}", event.name()),
                "{event:?}"
            );
            assert_eq!(message["embedId"], "footer");
            assert!(message["payload"].is_object(), "{event:?}");
            assert_eq!(event.message(None)["embedId"], Value::Null);
        }
    }
}

#[test]
fn no_payload_carries_an_answer() {
    let allowed: BTreeSet<&str> = [
        "language",
        "step",
        "triage",
        "technique",
        "everyDays",
        "contact",
    ]
    .into();
    let names = answer_names();
    for link in LINKS {
        for event in events_for(link) {
            let Value::Object(payload) = event.payload() else {
                panic!("{event:?}: the payload is an object");
            };
            for (key, value) in &payload {
                assert!(
                    allowed.contains(key.as_str()),
                    "{link}: {event:?} tells {key}"
                );
                match value {
                    Value::String(text) => {
                        assert!(!names.contains(text), "{link}: {event:?} tells {text}")
                    }
                    Value::Number(n) => assert!(
                        key == "everyDays" && [0, 7, 14, 28].contains(&n.as_u64().unwrap_or(1)),
                        "{link}: {event:?} tells the number {n}"
                    ),
                    other => panic!("{link}: {event:?} tells {other}"),
                }
            }
        }
    }
}

#[test]
fn an_embed_id_is_a_short_plain_name() {
    let cases: &[(&str, &str, bool)] = &[
        ("a word", "footer", true),
        ("digits, dash, dot and underscore", "home-2_b.c", true),
        ("empty", "", false),
        ("a space", "two words", false),
        ("markup", "<b>", false),
        ("65 characters", &"x".repeat(65), false),
        ("64 characters", &"x".repeat(64), true),
    ];
    for (name, value, valid) in cases {
        assert_eq!(embed_id(value).is_some(), *valid, "{name}: {value}");
    }
}

#[test]
fn embed_js_listens_for_the_same_prefix() {
    let embed = include_str!("../static/embed.js");
    let declaration = format!("var EVENT_PREFIX = '{EVENT_PREFIX}';");
    assert!(embed.contains(&declaration), "embed.js lacks {declaration}");
}
