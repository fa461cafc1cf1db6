//! Every word the visitor sees, in English. A second language is a second file like this one.

use crate::clinic::{ConfigProblem, Expected, MAX_TEXT};
use crate::engine::link::LinkError;
use crate::engine::load::{HeavyBecause, LoadReading, LoadTrend};
use crate::engine::number;
use crate::engine::recommend::{IntervalBasis, PainKind, Reason, Timing, TriageReason};
use crate::engine::rules::ExclusionCause;
use crate::engine::{Health, Pain, Quality, RedFlag, Spot, Technique};
use crate::form::{Field, Problem, Question, TextField, Unit};

pub const DEFAULT_CLINIC: &str = "Sports massage clinic";
pub const SKIP_TO_CONTENT: &str = "Skip to the quiz";

// Start screen.
pub const START_HEADING: &str = "Which massage suits your running right now?";
pub const START_INTRO: &str = "Answer a few questions about your training and anything that hurts. You get a massage technique that fits, how often and when to book, and the reasons behind it.";
pub const START_FACTS: [&str; 3] = [
    "Takes about two minutes.",
    "Your answers stay on this device: nothing is sent anywhere.",
    "This is guidance, not a diagnosis. If something worries you, see a doctor or physiotherapist.",
];
pub const START_BUTTON: &str = "Start the quiz";
pub const RESUME_HEADING: &str = "Welcome back";
pub const RESUME_TEXT: &str = "You have unfinished answers saved on this device.";
pub const RESUME_BUTTON: &str = "Continue where I left off";
pub const START_FRESH_BUTTON: &str = "Start fresh";

// Navigation.
pub const NEXT: &str = "Next";
pub const BACK: &str = "Back";
pub const SEE_RESULT: &str = "See my result";
pub const FORGET: &str = "Forget my answers";
pub const FORGOTTEN: &str = "Your saved answers were removed from this device.";

/// "Step 2 of 7".
pub fn progress(step: usize, of: usize) -> String {
    format!("Step {step} of {of}")
}

/// A short summary of the errors on a screen, announced to screen readers.
pub fn error_summary(count: usize) -> String {
    match count {
        1 => "One answer needs a look before you go on.".to_owned(),
        n => format!("{n} answers need a look before you go on."),
    }
}

// Training screen.
pub const TRAINING_HEADING: &str = "Your last seven days of running";
pub const UNIT_LEGEND: &str = "Distances in";
pub fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Km => "kilometres",
        Unit::Mi => "miles",
    }
}
pub fn unit_short(unit: Unit) -> &'static str {
    match unit {
        Unit::Km => "km",
        Unit::Mi => "mi",
    }
}
pub const KM_LABEL: &str = "Distance run in the last 7 days";
pub const RUNS_LABEL: &str = "Number of runs in the last 7 days";
pub const HARD_LABEL: &str = "Hard sessions among them";
pub const HARD_HINT: &str =
    "Intervals, tempo runs, hills, races and long runs. Leave empty for none.";
pub const LONG_LABEL: &str = "Your longest single run";
pub const LONG_HINT: &str = "Optional.";
pub const LAST_LABEL: &str = "Hours since your last hard session or race";
pub const LAST_HINT: &str = "Optional. A day is 24 hours, two days 48.";

// Weeks and races screen.
pub const WEEKS_HEADING: &str = "The weeks before, and races";
pub const WEEKS_LEGEND: &str = "Distance of each of the four weeks before this one (optional)";
pub const WEEKS_HINT: &str = "Fill in all four to see how this week compares. Oldest first.";
/// "4 weeks ago".
pub fn week_label(weeks_ago: usize) -> String {
    match weeks_ago {
        1 => "Last week".to_owned(),
        n => format!("{n} weeks ago"),
    }
}
pub const RACE_PLANNED: &str = "I have a race coming up";
pub const RACE_IN_LABEL: &str = "Days until the race";
pub const RACED_RECENTLY: &str = "I raced in the last year";
pub const RACED_AGO_LABEL: &str = "Days since that race";

// Pain map.
pub const PAIN_HEADING: &str = "Where does it hurt?";
pub const PAIN_HINT: &str =
    "Tap every spot that hurts or feels tight, on the figures or in the list.";
pub const BODY_FRONT: &str = "Front";
pub const BODY_BACK: &str = "Back";
pub const SPOT_LIST_LEGEND: &str = "Spots that hurt";
pub const NOTHING_HURTS: &str = "Nothing hurts";
pub const NOTHING_HURTS_CHOSEN: &str = "You said nothing hurts. Tap a spot if something does.";

/// The name of a spot, as a runner says it.
pub fn spot_name(spot: Spot) -> &'static str {
    match spot {
        Spot::Foot => "Heel, arch or sole",
        Spot::Achilles => "Achilles (back of the ankle)",
        Spot::Shin => "Shin",
        Spot::Calf => "Calf",
        Spot::Knee => "Front of the knee",
        Spot::KneeOuter => "Outside of the knee",
        Spot::Hip => "Outer hip or thigh",
        Spot::Groin => "Groin",
        Spot::Quad => "Front of the thigh",
        Spot::Hamstring => "Back of the thigh",
        Spot::Glute => "Buttock",
        Spot::LowerBack => "Lower back",
    }
}

/// The spot in a sentence: "your calf".
fn spot_in_sentence(spot: Spot) -> &'static str {
    match spot {
        Spot::Foot => "your heel or arch",
        Spot::Achilles => "your Achilles",
        Spot::Shin => "your shin",
        Spot::Calf => "your calf",
        Spot::Knee => "the front of your knee",
        Spot::KneeOuter => "the outside of your knee",
        Spot::Hip => "your outer hip",
        Spot::Groin => "your groin",
        Spot::Quad => "the front of your thigh",
        Spot::Hamstring => "the back of your thigh",
        Spot::Glute => "your buttock",
        Spot::LowerBack => "your lower back",
    }
}

// One spot's details.
/// "About your calf".
pub fn spot_heading(spot: Spot) -> String {
    format!("About {}", spot_in_sentence(spot))
}
pub const SEVERITY_LABEL: &str = "How bad is it, from 0 (barely) to 10 (worst imaginable)?";
pub const QUALITY_LEGEND: &str = "What does it feel like?";
pub fn quality_name(quality: Quality) -> &'static str {
    match quality {
        Quality::Tight => "Tight or knotted",
        Quality::Sore => "Sore or aching",
        Quality::Sharp => "Sharp",
        Quality::Swollen => "Swollen",
    }
}
pub const DAYS_LABEL: &str = "How many days since it began?";
pub const DAYS_HINT: &str = "0 if it started today. Six weeks is 42 days.";

// Safety and health.
pub const SAFETY_HEADING: &str = "A few safety questions";
pub const SAFETY_INTRO: &str = "Some signs need a doctor, not a massage. Answer each one.";
/// The wording of a yes/no question.
pub fn question(question: Question) -> &'static str {
    match question {
        Question::Flag(flag) => flag_question(flag),
        Question::Condition(condition) => health_question(condition),
    }
}
fn flag_question(flag: RedFlag) -> &'static str {
    match flag {
        RedFlag::Chest => "Do you have chest pain, or trouble breathing?",
        RedFlag::Saddle => "Numbness between your legs, a change in bladder or bowel control, or weakness in both legs?",
        RedFlag::CalfSwelling => "Is one calf or thigh swollen, warm, red or darker than the other?",
        RedFlag::BoneSpot => "Is there one small spot on a bone that hurts when you press it?",
        RedFlag::NightPain => "Does it hurt when you rest, or wake you at night?",
        RedFlag::NoWeight => "Are you unable to take four steps or put your weight on the leg?",
        RedFlag::Pop => "Did you feel a sudden kick or pop at the back of the ankle?",
        RedFlag::Numbness => "Do you have numbness, tingling or weakness?",
        RedFlag::Fever => "Do you have a fever, or feel unwell?",
    }
}
pub const HEALTH_HEADING: &str = "Your health";
pub const HEALTH_INTRO: &str =
    "Some techniques are unsafe with certain conditions. We ask so we never suggest one of those.";
fn health_question(condition: Health) -> &'static str {
    match condition {
        Health::BloodThinners => "Do you take blood thinners, or have a bleeding disorder?",
        Health::Pregnant => "Are you pregnant?",
        Health::Skin => "Is the skin where it hurts broken, infected or fragile?",
        Health::Varicose => "Are there varicose veins where it hurts?",
        Health::Neuropathy => "Do you have reduced feeling in the area, for example from diabetes?",
        Health::ColdSensitive => "Do you react badly to cold (Raynaud's or cold hives)?",
    }
}
pub const YES: &str = "Yes";
pub const NO: &str = "No";

/// A validation message for a field.
pub fn problem(field: Field, problem: Problem, unit: Unit) -> String {
    let what = match field {
        Field::Text(TextField::Km | TextField::Long | TextField::Week(_)) => unit_short(unit),
        Field::Text(TextField::Runs) => "runs",
        Field::Text(TextField::Hard) => "sessions",
        Field::Text(TextField::Last) => "hours",
        Field::Text(TextField::RaceIn | TextField::RacedAgo | TextField::Days(_)) => "days",
        _ => "",
    };
    match problem {
        Problem::Required => "Please fill this in.".to_owned(),
        Problem::NotANumber { whole: true } => {
            format!("Please enter a whole number of {what}, like 3.")
        }
        Problem::NotANumber { whole: false } => {
            format!("Please enter a number of {what}, like 12 or 12.5.")
        }
        Problem::OutOfRange { max } => {
            format!(
                "Please enter a number from 0 to {} {what}.",
                number::format(max, 1)
            )
        }
        Problem::HardAboveRuns => "Hard sessions can't be more than your runs.".to_owned(),
        Problem::LongAboveWeek => {
            "Your longest run can't be longer than the week's distance.".to_owned()
        }
        Problem::HistoryIncomplete => "Fill in all four weeks, or leave all four empty.".to_owned(),
        Problem::ChooseOne => match field {
            Field::Spots => "Tap a spot, or choose \u{201c}Nothing hurts\u{201d}.".to_owned(),
            Field::Quality(_) => "Please choose what it feels like.".to_owned(),
            _ => "Please answer yes or no.".to_owned(),
        },
    }
}

// Result: triage.
pub const RESULT_HEADING: &str = "Your recovery plan";
pub const EMERGENCY_HEADING: &str = "Call for help now";
/// The emergency message with the clinic's number.
pub fn emergency_text(number: &str) -> String {
    format!("Call {number} (or your local emergency number) now. What you describe needs urgent medical care, not a massage.")
}
pub const CLINICIAN_HEADING: &str = "See a doctor or physiotherapist first";
pub const CLINICIAN_TEXT: &str = "Please have this checked by a doctor or physiotherapist before any massage. Once they clear you, come back and take the quiz again.";
pub const TRIAGE_BECAUSE: &str = "Because you told us:";
pub fn triage_reason(reason: TriageReason) -> String {
    match reason {
        TriageReason::Flag(flag) => match flag {
            RedFlag::Chest => "you have chest pain or trouble breathing",
            RedFlag::Saddle => "you have numbness between the legs, bladder or bowel changes, or weakness in both legs",
            RedFlag::CalfSwelling => "one calf or thigh is swollen, warm or red, which can be a blood clot; massage could move it",
            RedFlag::BoneSpot => "a small spot on a bone hurts, which can be a stress fracture",
            RedFlag::NightPain => "it hurts at rest or at night",
            RedFlag::NoWeight => "you cannot take four steps or bear weight",
            RedFlag::Pop => "you felt a pop at the back of the ankle, which can be a torn Achilles",
            RedFlag::Numbness => "you have numbness, tingling or weakness",
            RedFlag::Fever => "you have a fever or feel unwell",
        }
        .to_owned(),
        TriageReason::Spot(spot) => format!(
            "{} hurts when you run, which can be a stress fracture of the hip",
            capitalise(spot_in_sentence(spot))
        ),
        TriageReason::NothingSafe => {
            "your health answers rule out every technique this clinic offers".to_owned()
        }
    }
}

/// The catalog's phrases start with ASCII letters; ASCII casing keeps Unicode's case tables
/// (2.7 KB of wasm) out of the bundle.
fn capitalise(text: &str) -> String {
    let mut out = text.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

// Result: technique.
pub const TECHNIQUE_LABEL: &str = "Our suggestion";
pub const SECOND_LABEL: &str = "Also a good fit";
pub const WHY_HEADING: &str = "Why it fits you";
pub fn technique_name(technique: Technique) -> &'static str {
    match technique {
        Technique::DeepTissue => "Deep tissue massage",
        Technique::Cupping => "Sports cupping",
        Technique::Graston => "Graston Technique",
        Technique::Cryotherapy => "Cryotherapy (cold therapy)",
    }
}
pub fn technique_about(technique: Technique) -> &'static str {
    match technique {
        Technique::DeepTissue => "The therapist works slowly and firmly into the muscles that carry your running, easing knots and stuck layers so the muscle moves freely again.",
        Technique::Cupping => "Cups placed on the skin gently lift it with suction. This draws blood into a wide, tired area and helps it recover.",
        Technique::Graston => "The therapist glides smooth steel tools along the tissue to loosen old scar tissue and stiff fascia that hands alone struggle to reach.",
        Technique::Cryotherapy => "Cold applied to the painful area, 15 to 20 minutes at a time, calms fresh swelling and inflammation and takes the edge off the pain.",
    }
}
pub const EVIDENCE_HEADING: &str = "What the evidence says";
pub fn evidence(technique: Technique) -> &'static str {
    match technique {
        Technique::DeepTissue => "Across many studies, massage eases muscle soreness and the feeling of fatigue better than other recovery methods (Dupuy et al., 2018), with less soreness one to three days after exercise (Guo et al., 2017). It brings small gains in flexibility but does not make you faster or stronger (Davis et al., 2020).",
        Technique::Cupping => "Studies of cupping for athletes are few and of low quality (Bridgett et al., 2018). Some runners feel less stiff afterwards; a clear effect on recovery has not been shown.",
        Technique::Graston => "Evidence for instrument-assisted work such as Graston is of low quality: at best a modest gain in range of movement. It works best as part of a plan that includes strengthening.",
        Technique::Cryotherapy => "Cold reliably eases pain and swelling in the short term. Local cold packs are not the same as whole-body cold chambers, which are not cleared by the US FDA for treatment.",
    }
}

/// One reason, in plain words.
pub fn reason(technique: Technique, reason: &Reason) -> String {
    match reason {
        Reason::Pain { pain, kind } => pain_reason(technique, pain, *kind),
        Reason::JustRaced(0) => "You raced today: cold first calms the damage a race leaves.".to_owned(),
        Reason::JustRaced(days) => format!(
            "You raced {} ago: cold and light work come first, deep work from day three.",
            count(u32::from(*days), "day", "days")
        ),
        Reason::JustTrainedHard(hours) => format!(
            "Your last hard session was {} ago: the first hours after hard efforts are when cold helps most.",
            count(u32::from(*hours), "hour", "hours")
        ),
        Reason::HeavyLoad(because) => match (technique, because) {
            (Technique::Cupping, _) => "You are running a lot: cupping helps large muscle areas recover from high volume.".to_owned(),
            (_, HeavyBecause::Distance) => "You ran 50 km or more this week: regular deep work keeps heavy training muscles supple.".to_owned(),
            (_, HeavyBecause::HardSessions) => "You did two or more hard sessions this week: regular deep work keeps hard-working muscles supple.".to_owned(),
            (_, HeavyBecause::MarathonBuild) => "Your long run says marathon build: regular deep work keeps you supple through it.".to_owned(),
        },
        Reason::Maintenance => "Between training blocks, a regular session keeps small tightness from turning into a problem.".to_owned(),
        Reason::OnlyOneLeft => "Your other answers rule out the rest of what the clinic offers; this one is safe for you.".to_owned(),
    }
}

fn pain_reason(technique: Technique, pain: &Pain, kind: PainKind) -> String {
    let place = spot_in_sentence(pain.spot);
    let since = duration(pain.days);
    let feeling = match pain.quality {
        Quality::Tight => "tight",
        Quality::Sore => "sore",
        Quality::Sharp => "a sharp pain",
        Quality::Swollen => "swollen",
    };
    let what = match pain.quality {
        Quality::Sharp => format!(
            "You have {feeling} in {place} ({}/10), {since}",
            pain.severity
        ),
        _ => format!(
            "{} is {feeling} ({}/10), {since}",
            capitalise(place),
            pain.severity
        ),
    };
    let why = match (kind, technique) {
        (PainKind::FreshInjury, _) => "a fresh injury wants cold, not pressure, in the first three days",
        (PainKind::Swelling, _) => "swelling calms with cold before any firm work",
        (PainKind::LongStanding, Technique::Graston) => "after six weeks or more, scar tissue and stiff fascia are likely, which is what Graston targets",
        (PainKind::LongStanding, _) => "a long-standing problem needs work on the tissue around it",
        (PainKind::FlaredTendon, Technique::Cryotherapy) => "a recently flared tendon or fascia settles with cold",
        (PainKind::FlaredTendon, _) => "loosening the muscles that pull on it takes load off the sore tendon or fascia",
        (PainKind::Tightness, Technique::Cupping) | (PainKind::Soreness, Technique::Cupping) => "cupping suits a broad, tight or sore muscle area",
        (PainKind::Tightness, _) => "slow, firm work is the classic answer to knots and tightness",
        (PainKind::Soreness, Technique::Cryotherapy) => "cold eases the ache",
        (PainKind::Soreness, _) => "massage is the best-supported way to ease muscle soreness",
        (PainKind::JointAche, Technique::Cryotherapy) => "cold settles a flare-up",
        (PainKind::JointAche, _) => "easing the muscles above it takes strain off the joint",
    };
    format!("{what}: {why}.")
}

fn count(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "since today", "for 3 days", "for about 10 weeks".
fn duration(days: u16) -> String {
    match days {
        0 => "since today".to_owned(),
        1..=20 => format!("for {}", count(u32::from(days), "day", "days")),
        _ => format!("for about {} weeks", (days + 3) / 7),
    }
}

// Result: how often and when.
pub const SCHEDULE_HEADING: &str = "How often and when to book";
pub fn every(days: u8) -> String {
    match days {
        7 => "Once a week.".to_owned(),
        14 => "Every two weeks.".to_owned(),
        28 => "Every four weeks.".to_owned(),
        n => format!("Every {n} days."),
    }
}
pub fn interval_basis(basis: IntervalBasis) -> &'static str {
    match basis {
        IntervalBasis::Heavy(_) => {
            "Your training is heavy right now, so weekly sessions help you keep up."
        }
        IntervalBasis::ActiveProblem => {
            "While something hurts, a weekly session lets the therapist follow it closely."
        }
        IntervalBasis::Moderate => "At a moderate load, every other week keeps you in good shape.",
        IntervalBasis::Light => {
            "At a light load with nothing hurting, a monthly session is enough for maintenance."
        }
    }
}
pub fn timing(timing: Timing) -> String {
    match timing {
        Timing::ColdNow => "Cold works best now: 15 to 20 minutes at a time, a few times a day over the first days. Book hands-on work once the swelling or soreness has settled.".to_owned(),
        Timing::RaceSoon(0) => "You race today: no massage before it beyond a light warm-up rub. Rest and cold afterwards; deep work from three days after.".to_owned(),
        Timing::RaceSoon(days) => format!(
            "Your race is in {}: no deep work now. Light work only, and keep the last two days free. Book your next deep session for three days after the race.",
            count(u32::from(days), "day", "days")
        ),
        Timing::TuneUp(days) => format!(
            "Your race is in {}: book a tune-up now, no later than three days before the race.",
            count(u32::from(days), "day", "days")
        ),
        Timing::JustRaced(days) => format!(
            "You raced {}: rest and cold first, light flushing work one to two days after, deep work from day three{}.",
            match days {
                0 => "today".to_owned(),
                1 => "yesterday".to_owned(),
                n => format!("{n} days ago"),
            },
            match 3u16.saturating_sub(days) {
                0 => String::new(),
                n => format!(" (in {})", count(u32::from(n), "day", "days")),
            }
        ),
        Timing::BookIn { from, to } => format!(
            "Best booked 24 to 48 hours after a hard session: for your last one, that is between {from} and {to} hours from now."
        ),
        Timing::BookNow => "Your last hard session was 24 to 48 hours ago: now is the ideal time to book.".to_owned(),
        Timing::AfterNextHardSession => "Book for 24 to 48 hours after your next long run or hard session.".to_owned(),
        Timing::AfterHardSession => "Book for 24 to 48 hours after your long run or hardest session of the week.".to_owned(),
    }
}
pub const OPINION_NOTE: &str =
    "Advice on timing and frequency comes from practitioners' experience, not from trials.";

// Result: training load.
pub const LOAD_HEADING: &str = "Your training load";
pub const LOAD_UNKNOWN: &str =
    "Add the distances of the four weeks before to see how this week compares.";
pub const CHART_LABEL: &str = "Distance per week";
pub const THIS_WEEK: &str = "This week";
/// The short label under a bar: "now", "−1" … "−4" (weeks ago).
pub fn chart_week(weeks_ago: usize) -> String {
    match weeks_ago {
        0 => "now".to_owned(),
        n => format!("\u{2212}{n}"),
    }
}
/// A sentence on this week against the four before.
pub fn load_reading(reading: &LoadReading, unit: Unit) -> String {
    let avg = unit.show(reading.average_km);
    let short = unit_short(unit);
    let change = reading
        .percent_change
        .map(|p| format!(" ({p:+}%)"))
        .unwrap_or_default();
    let ratio = reading
        .ratio
        .map(|r| {
            let r = number::format(r, 2);
            format!(" The ratio of this week to that average is {r}.")
        })
        .unwrap_or_default();
    let verdict = match reading.trend {
        LoadTrend::Spike => "That is a jump. Runners who raise their distance by more than about 30% at once tend to get more overuse injuries, so ease into the next weeks. This is a caution, not a prediction: the science on load ratios is debated.",
        LoadTrend::Steady => "That is in line with your recent weeks.",
        LoadTrend::Lower => "That is lighter than usual: a good moment for recovery work.",
    };
    format!(
        "This week: {} {short}, against an average of {avg} {short} over the four weeks before{change}.{ratio} {verdict}",
        unit.show(reading.this_week_km)
    )
}
/// The text equivalent of one bar.
pub fn bar_label(name: &str, km: f64, unit: Unit) -> String {
    format!("{name}: {} {}", unit.show(km), unit_short(unit))
}

// Result: cautions.
pub const CAUTIONS_HEADING: &str = "Left out, and why";
pub fn exclusion(technique: Technique, cause: ExclusionCause) -> String {
    let name = technique_name(technique);
    let why = match cause {
        ExclusionCause::Health(Health::BloodThinners) => "it is not safe with blood thinners or a bleeding disorder".to_owned(),
        ExclusionCause::Health(Health::Pregnant) => "it is best avoided during pregnancy".to_owned(),
        ExclusionCause::Health(Health::Skin) => "the skin where it hurts is broken or fragile".to_owned(),
        ExclusionCause::Health(Health::Varicose) => "there are varicose veins where it hurts".to_owned(),
        ExclusionCause::Health(Health::Neuropathy) => "with reduced feeling you could not tell if the cold were too much".to_owned(),
        ExclusionCause::Health(Health::ColdSensitive) => "you react badly to cold".to_owned(),
        ExclusionCause::AcuteInjury(spot) => format!("{} looks freshly injured; firm work waits at least three days", spot_in_sentence(spot)),
        ExclusionCause::Swelling(spot) => format!("{} is swollen", spot_in_sentence(spot)),
        ExclusionCause::RaceSoon(days) => format!("your race is in {}: no deep work in the last three days", count(u32::from(days), "day", "days")),
        ExclusionCause::JustRaced(days) => format!("you raced {} ago: deep work waits until day three", count(u32::from(days), "day", "days")),
        ExclusionCause::NotOffered => "it would fit you best, but this clinic does not offer it; the next best fit is suggested instead".to_owned(),
    };
    format!("{name}: {why}.")
}

// Result: actions.
pub const BOOK: &str = "Book an appointment";
pub const CALL: &str = "Call";
pub const EMAIL: &str = "Email";
pub const COPY_LINK: &str = "Copy link";
pub const COPIED: &str = "Link copied. Anyone with it sees these answers, so share it with care.";
pub const COPY_FAILED: &str =
    "Copying failed. Copy the address from your browser's address bar instead.";
pub const PRINT: &str = "Print or save as PDF";
pub const CHANGE_ANSWERS: &str = "Change my answers";
pub const START_OVER: &str = "Start over";
pub const DISCLAIMER: &str = "This quiz gives general guidance, not a diagnosis. A therapist will check what suits you at your appointment.";

// Link errors.
pub const LINK_ERROR_HEADING: &str = "This link could not be read";
pub const LINK_ERROR_START: &str = "Start the quiz instead";
/// Why a link could not be read, briefly.
pub fn link_error(error: &LinkError) -> String {
    match error {
        LinkError::NotALink => "It does not hold quiz answers.".to_owned(),
        LinkError::TooLong(_) => "It is far longer than any quiz link.".to_owned(),
        LinkError::BadEncoding => {
            "Part of it is garbled, perhaps cut off when it was copied.".to_owned()
        }
        LinkError::NotAPair(part) => {
            format!("The part \u{201c}{part}\u{201d} is not of the form name=value.")
        }
        LinkError::Duplicate(key) => format!("It gives \u{201c}{key}\u{201d} twice."),
        LinkError::Missing(key) => {
            format!("It lacks \u{201c}{key}\u{201d}, which every quiz link has.")
        }
        LinkError::TooNew(v) => format!(
            "It was made by a newer version of the quiz (version {v}). Reload the page to get it."
        ),
        LinkError::BadVersion(v) => {
            format!("Its version \u{201c}{v}\u{201d} is not one this quiz knows.")
        }
        LinkError::NotANumber { key, value } => {
            format!("\u{201c}{key}\u{201d} should be a number, but it is \u{201c}{value}\u{201d}.")
        }
        LinkError::OutOfRange { key, value, max } => {
            format!("\u{201c}{key}\u{201d} is {value}, but it must be between 0 and {max}.")
        }
        LinkError::HistoryCount(n) => {
            format!("The earlier weeks should be four numbers, but there are {n}.")
        }
        LinkError::HardAboveRuns => "It has more hard sessions than runs.".to_owned(),
        LinkError::LongAboveWeek => "Its longest run is longer than the whole week.".to_owned(),
        LinkError::BadPain(entry) => format!(
            "The pain entry \u{201c}{entry}\u{201d} is not of the form spot:severity:feel:days."
        ),
        LinkError::UnknownSpot(s) => format!("\u{201c}{s}\u{201d} is not a spot on the body map."),
        LinkError::UnknownQuality(q) => {
            format!("\u{201c}{q}\u{201d} is not a kind of pain the quiz knows.")
        }
        LinkError::RepeatedSpot(s) => format!("It lists the spot \u{201c}{s}\u{201d} twice."),
        LinkError::UnknownFlag(f) => {
            format!("\u{201c}{f}\u{201d} is not one of the safety questions.")
        }
        LinkError::UnknownHealth(h) => {
            format!("\u{201c}{h}\u{201d} is not one of the health questions.")
        }
        LinkError::RepeatedItem { key, value } => {
            format!("It lists \u{201c}{value}\u{201d} twice in \u{201c}{key}\u{201d}.")
        }
    }
}

// Clinic configuration problems (console, and on screen with `?debug`).
pub const CONFIG_PROBLEMS_HEADING: &str = "Problems in clinic.json";
/// What a key of `clinic.json` should hold.
fn expected(expected: Expected) -> String {
    let text = match expected {
        Expected::Text => return format!("a text of 1 to {MAX_TEXT} characters in quotes"),
        Expected::WebAddress => "a web address starting with https:// or http://",
        Expected::Phone => "a phone number of digits, spaces and + ( ) -",
        Expected::Email => "an e-mail address like info@clinic.example",
        Expected::Colour => "a colour like #0b5d56",
        Expected::ImagePath => "the path of an image in the bundle, like logo.svg",
        Expected::Techniques => {
            "a list of \"deep-tissue\", \"cupping\", \"graston\", \"cryotherapy\""
        }
        Expected::EmergencyNumber => "a short number of digits, like 112",
        Expected::Units => "\"km\" or \"mi\"",
    };
    text.to_owned()
}

/// One problem in `clinic.json`, naming the file, the key and what to do.
pub fn config_problem(problem: &ConfigProblem) -> String {
    let file = crate::clinic::FILE;
    match problem {
        ConfigProblem::NotLoaded(0) => format!("{file} could not be loaded (network error); the quiz runs with neutral defaults."),
        ConfigProblem::NotLoaded(status) => format!("{file} could not be loaded (HTTP {status}); the quiz runs with neutral defaults."),
        ConfigProblem::NotJson { line, column } => format!("{file} is not valid JSON (the error is at line {line}, column {column}); the quiz runs with neutral defaults."),
        ConfigProblem::NotAnObject => format!("{file} must hold one JSON object {{ … }}; the quiz runs with neutral defaults."),
        ConfigProblem::MissingName => format!("{file}: \"name\" is missing; a neutral name is shown."),
        ConfigProblem::WrongType { key, expected: e } => format!("{file}: \"{key}\" should be {}; the default is used instead.", expected(*e)),
        ConfigProblem::BadValue { key, value, expected: e } => format!("{file}: \"{key}\" is {value}, but it should be {}; the default is used instead.", expected(*e)),
        ConfigProblem::NoTechniques => format!("{file}: \"techniques\" names no technique the quiz knows; all four are offered instead."),
        ConfigProblem::UnknownKey(key) => format!("{file}: the key \"{key}\" is not one the quiz knows; it is ignored."),
    }
}

// Failures.
pub const CRASH_HEADING: &str = "Something went wrong";
pub const CRASH_TEXT: &str =
    "The quiz stopped unexpectedly. Your answers are saved on this device: reload to carry on.";
pub const RELOAD: &str = "Reload";
