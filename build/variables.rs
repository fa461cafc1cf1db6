// The variables a message may use, by name, and what the code passes for each: the build script
// (`build/fluent.rs`) types every message's arguments from this table. An enum's values are
// listed by their serde names; the generated code matches each as a variant of the Rust enum,
// with no wildcard, so a list that differs from the enum does not compile.
//
// A variable of an enum kind is selected on with every value listed: `{ $spot -> [foot] … }`.
// A count is a whole number, selected on by its plural category or its value. A decimal and a
// text are only shown. To pass a new variable, add its name here.

/// What a variable holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One of a Rust enum's values, given by their serde names.
    Enum {
        path: &'static str,
        values: &'static [&'static str],
    },
    /// A whole number (`u32`), shown with the language's digit grouping.
    Count,
    /// A decimal number (`crate::engine::number::Decimal`), shown with the language's decimal
    /// separator.
    Decimal,
    /// A text given by the clinic or the visitor (`&str`), shown as is.
    Text,
}

const SPOTS: &[&str] = &[
    "foot",
    "achilles",
    "shin",
    "calf",
    "knee",
    "knee-outer",
    "hip",
    "groin",
    "quad",
    "hamstring",
    "glute",
    "lower-back",
];
const QUALITIES: &[&str] = &["tight", "sore", "sharp", "swollen"];
const TECHNIQUES: &[&str] = &["deep-tissue", "cupping", "graston", "cryotherapy"];
const FLAGS: &[&str] = &[
    "chest",
    "saddle",
    "calf-swelling",
    "bone-spot",
    "night-pain",
    "no-weight",
    "pop",
    "numbness",
    "fever",
];
const CONDITIONS: &[&str] = &[
    "blood-thinners",
    "pregnant",
    "skin",
    "varicose",
    "neuropathy",
    "cold-sensitive",
];

const WHYS: &[&str] = &[
    "cold-for-fresh-injury",
    "cold-before-firm-work",
    "scar-tissue",
    "work-around-it",
    "loosen-broad-area",
    "cold-settles-tendon",
    "unload-tendon",
    "broad-muscle-area",
    "knots-and-tightness",
    "cold-eases-ache",
    "massage-eases-soreness",
    "cold-settles-flare",
    "ease-calf-muscles",
    "ease-thigh-muscles",
];

const EXPECTED: &[&str] = &[
    "text",
    "web-address",
    "phone",
    "email",
    "colour",
    "image-path",
    "techniques",
    "emergency-number",
    "units",
    "languages",
    "text-per-language",
    "format",
    "web-address-per-technique",
    "yes-or-no",
    "origins",
];

/// Every variable name a message may use.
pub const VARIABLES: &[(&str, Kind)] = &[
    ("spot", enumeration("crate::engine::Spot", SPOTS)),
    ("quality", enumeration("crate::engine::Quality", QUALITIES)),
    (
        "technique",
        enumeration("crate::engine::Technique", TECHNIQUES),
    ),
    ("flag", enumeration("crate::engine::RedFlag", FLAGS)),
    (
        "condition",
        enumeration("crate::engine::Health", CONDITIONS),
    ),
    ("unit", enumeration("crate::form::Unit", &["km", "mi"])),
    (
        "trend",
        enumeration(
            "crate::engine::load::LoadTrend",
            &["lower", "steady", "spike"],
        ),
    ),
    (
        "since",
        enumeration(
            "crate::i18n::Since",
            &["today", "yesterday", "days", "weeks", "months", "years"],
        ),
    ),
    (
        "change",
        enumeration(
            "crate::i18n::Change",
            &["same", "more", "less", "no-average"],
        ),
    ),
    (
        "quantity",
        enumeration(
            "crate::i18n::Quantity",
            &["distance", "runs", "hard-sessions", "hours", "days"],
        ),
    ),
    ("why", enumeration("crate::engine::technique::Why", WHYS)),
    // The set-up page's: what a key of clinic.json should hold, and the install snippets.
    ("expected", enumeration("crate::clinic::Expected", EXPECTED)),
    (
        "snippet",
        enumeration(
            "crate::setup::snippets::Snippet",
            &["own-site", "site-builder", "wordpress", "frame-ancestors"],
        ),
    ),
    // Whole numbers: counts, and rule values from src/engine/rules.rs.
    ("count", Kind::Count),
    ("days", Kind::Count),
    ("hours", Kind::Count),
    ("weeks", Kind::Count),
    ("step", Kind::Count),
    ("steps", Kind::Count),
    ("percent", Kind::Count),
    ("severity", Kind::Count),
    ("from", Kind::Count),
    ("to", Kind::Count),
    ("open", Kind::Count),
    ("close", Kind::Count),
    ("after", Kind::Count),
    ("before", Kind::Count),
    ("last", Kind::Count),
    // Where a file stops being JSON, and the HTTP status it was fetched with (the set-up page).
    ("line", Kind::Count),
    ("column", Kind::Count),
    ("status", Kind::Count),
    // Decimals.
    ("distance", Kind::Decimal),
    ("average", Kind::Decimal),
    ("ratio", Kind::Decimal),
    ("max", Kind::Decimal),
    // Texts from the clinic or the link.
    ("number", Kind::Text),
    ("address", Kind::Text),
    ("key", Kind::Text),
    ("value", Kind::Text),
    ("limit", Kind::Text),
    // A language's own name (the set-up page).
    ("language", Kind::Text),
];

const fn enumeration(path: &'static str, values: &'static [&'static str]) -> Kind {
    Kind::Enum { path, values }
}

/// The kind of the variable `name`, if the code passes one of that name.
pub fn kind(name: &str) -> Option<Kind> {
    VARIABLES
        .iter()
        .find(|(known, _)| *known == name)
        .map(|&(_, kind)| kind)
}
