//! English.

use super::{quoted, Lang, Texts};
use crate::clinic::{ConfigProblem, Expected, Key, FILE, MAX_TEXT};
use crate::engine::answers::Conflict;
use crate::engine::link::LinkError;
use crate::engine::load::{HeavyBecause, LoadReading, LoadTrend};
use crate::engine::recommend::{IntervalBasis, Reason, Timing, TriageReason};
use crate::engine::rules::{self, ExclusionCause};
use crate::engine::technique::Why;
use crate::engine::{Distance, Health, Pain, Quality, RedFlag, Spot, Technique};
use crate::form::{Field, Problem, Question, TextField, Unit};

pub struct English;

/// "1 day", "3 days".
fn count(n: impl Into<u32>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

fn days(n: impl Into<u32>) -> String {
    count(n, "day", "days")
}

/// A day to come: "today", "tomorrow", "in 3 days".
fn in_days(n: u16) -> String {
    match n {
        0 => "today".to_owned(),
        1 => "tomorrow".to_owned(),
        n => format!("in {}", days(n)),
    }
}

/// A day gone: "today", "yesterday", "3 days ago".
fn days_ago(n: u16) -> String {
    match n {
        0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        n => format!("{} ago", days(n)),
    }
}

/// How long ago a pain began, after a comma: "since today", "for 3 days", "for about 10 weeks".
fn since(days: u16) -> String {
    match days {
        0 => "since today".to_owned(),
        1..=20 => format!("for {}", self::days(days)),
        _ => format!("for about {} weeks", (days + 3) / 7),
    }
}

/// The spot as the subject of a sentence: "Your calf".
fn spot_subject(spot: Spot) -> &'static str {
    match spot {
        Spot::Foot => "Your heel or arch",
        Spot::Achilles => "Your Achilles tendon",
        Spot::Shin => "Your shin",
        Spot::Calf => "Your calf",
        Spot::Knee => "The front of your knee",
        Spot::KneeOuter => "The outside of your knee",
        Spot::Hip => "Your outer hip",
        Spot::Groin => "Your groin",
        Spot::Quad => "The front of your thigh",
        Spot::Hamstring => "The back of your thigh",
        Spot::Glute => "Your buttock",
        Spot::LowerBack => "Your lower back",
    }
}

/// The spot after "in": "in your calf".
fn spot_object(spot: Spot) -> &'static str {
    match spot {
        Spot::Foot => "your heel or arch",
        Spot::Achilles => "your Achilles tendon",
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

impl Texts for English {
    fn decimal_comma(&self) -> bool {
        false
    }
    fn percent(&self, percent: u32) -> String {
        format!("{percent}%")
    }
    fn unit_short(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Km => "km",
            Unit::Mi => "mi",
        }
    }

    fn title(&self) -> &'static str {
        "Runner's recovery quiz"
    }
    fn description(&self) -> &'static str {
        "A two-minute quiz for runners: your training and what hurts lead to a fitting sports massage and when to book it. Private: nothing leaves your device."
    }
    fn short_name(&self) -> &'static str {
        "Recovery quiz"
    }
    fn default_clinic(&self) -> &'static str {
        "Sports massage clinic"
    }
    fn skip_to_content(&self) -> &'static str {
        "Skip to the quiz"
    }
    fn language(&self) -> &'static str {
        "Language"
    }

    fn start_heading(&self) -> &'static str {
        "Which massage suits your running right now?"
    }
    fn start_intro(&self) -> &'static str {
        "Answer a few questions about your training and anything that hurts. You get a massage technique that fits, how often and when to book, and the reasons behind it."
    }
    fn start_facts(&self) -> [&'static str; 3] {
        [
            "Takes about two minutes.",
            "Your answers stay on this device: nothing is sent anywhere.",
            "This is guidance, not a diagnosis. If something worries you, see a doctor or physiotherapist.",
        ]
    }
    fn start_button(&self) -> &'static str {
        "Start the quiz"
    }
    fn resume_heading(&self) -> &'static str {
        "Welcome back"
    }
    fn resume_text(&self) -> &'static str {
        "You have unfinished answers saved on this device."
    }
    fn resume_button(&self) -> &'static str {
        "Continue where I left off"
    }
    fn start_fresh_button(&self) -> &'static str {
        "Start fresh"
    }

    fn next(&self) -> &'static str {
        "Next"
    }
    fn back(&self) -> &'static str {
        "Back"
    }
    fn see_result(&self) -> &'static str {
        "See my result"
    }
    fn forget(&self) -> &'static str {
        "Forget my answers"
    }
    fn forgotten(&self) -> &'static str {
        "Your saved answers were removed from this device."
    }
    fn progress(&self, step: usize, of: usize) -> String {
        format!("Step {step} of {of}")
    }
    fn error_summary(&self, count: usize) -> String {
        match count {
            1 => "One answer needs a look before you go on.".to_owned(),
            n => format!("{n} answers need a look before you go on."),
        }
    }

    fn training_heading(&self) -> &'static str {
        "Your last seven days of running"
    }
    fn unit_legend(&self) -> &'static str {
        "Distances in"
    }
    fn unit_name(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Km => "kilometres",
            Unit::Mi => "miles",
        }
    }
    fn km_label(&self) -> &'static str {
        "Distance run in the last 7 days"
    }
    fn runs_label(&self) -> &'static str {
        "Number of runs in the last 7 days"
    }
    fn hard_label(&self) -> &'static str {
        "Hard sessions among them"
    }
    fn hard_hint(&self) -> &'static str {
        "Intervals, tempo runs, hills, races and long runs. Leave empty for none."
    }
    fn long_label(&self) -> &'static str {
        "Your longest single run"
    }
    fn long_hint(&self) -> &'static str {
        "Optional."
    }
    fn last_label(&self) -> &'static str {
        "Hours since your last hard session or race"
    }
    fn last_hint(&self) -> &'static str {
        "Optional. A day is 24 hours, two days 48."
    }
    fn hours_short(&self) -> &'static str {
        "h"
    }

    fn weeks_heading(&self) -> &'static str {
        "The weeks before, and races"
    }
    fn weeks_legend(&self) -> &'static str {
        "Distance of each of the four weeks before this one (optional)"
    }
    fn weeks_hint(&self) -> &'static str {
        "Fill in all four to see how this week compares. Oldest first."
    }
    fn week_label(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            1 => "Last week".to_owned(),
            n => format!("{n} weeks ago"),
        }
    }
    fn race_planned(&self) -> &'static str {
        "I have a race coming up"
    }
    fn race_in_label(&self) -> &'static str {
        "Days until the race"
    }
    fn raced_recently(&self) -> &'static str {
        "I raced in the last year"
    }
    fn raced_ago_label(&self) -> &'static str {
        "Days since that race"
    }

    fn pain_heading(&self) -> &'static str {
        "Where does it hurt?"
    }
    fn pain_hint(&self) -> &'static str {
        "Tap every spot that hurts or feels tight, on the figures or in the list."
    }
    fn body_front(&self) -> &'static str {
        "Front"
    }
    fn body_back(&self) -> &'static str {
        "Back"
    }
    fn spot_list_legend(&self) -> &'static str {
        "Spots that hurt"
    }
    fn nothing_hurts(&self) -> &'static str {
        "Nothing hurts"
    }
    fn nothing_hurts_chosen(&self) -> &'static str {
        "You said nothing hurts. Tap a spot if something does."
    }
    fn spot_name(&self, spot: Spot) -> &'static str {
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

    fn spot_heading(&self, spot: Spot) -> &'static str {
        match spot {
            Spot::Foot => "About your heel or arch",
            Spot::Achilles => "About your Achilles tendon",
            Spot::Shin => "About your shin",
            Spot::Calf => "About your calf",
            Spot::Knee => "About the front of your knee",
            Spot::KneeOuter => "About the outside of your knee",
            Spot::Hip => "About your outer hip",
            Spot::Groin => "About your groin",
            Spot::Quad => "About the front of your thigh",
            Spot::Hamstring => "About the back of your thigh",
            Spot::Glute => "About your buttock",
            Spot::LowerBack => "About your lower back",
        }
    }
    fn severity_label(&self) -> &'static str {
        "How bad is it, from 0 (barely) to 10 (worst imaginable)?"
    }
    fn quality_legend(&self) -> &'static str {
        "What does it feel like?"
    }
    fn quality_name(&self, quality: Quality) -> &'static str {
        match quality {
            Quality::Tight => "Tight or knotted",
            Quality::Sore => "Sore or aching",
            Quality::Sharp => "Sharp",
            Quality::Swollen => "Swollen",
        }
    }
    fn days_label(&self) -> &'static str {
        "How many days since it began?"
    }
    fn days_hint(&self) -> &'static str {
        "0 if it started today. Six weeks is 42 days."
    }

    fn safety_heading(&self) -> &'static str {
        "A few safety questions"
    }
    fn safety_intro(&self) -> &'static str {
        "Some signs need a doctor, not a massage. Answer each one."
    }
    fn health_heading(&self) -> &'static str {
        "Your health"
    }
    fn health_intro(&self) -> &'static str {
        "Some techniques are unsafe with certain conditions. We ask so we never suggest one of those."
    }
    fn question(&self, question: Question) -> &'static str {
        match question {
            Question::Flag(RedFlag::Chest) => "Do you have chest pain, or trouble breathing?",
            Question::Flag(RedFlag::Saddle) => "Numbness between your legs, a change in bladder or bowel control, or weakness in both legs?",
            Question::Flag(RedFlag::CalfSwelling) => "Is one calf or thigh swollen, warm, red or darker than the other?",
            Question::Flag(RedFlag::BoneSpot) => "Is there one small spot on a bone that hurts when you press it?",
            Question::Flag(RedFlag::NightPain) => "Does it hurt when you rest, or wake you at night?",
            Question::Flag(RedFlag::NoWeight) => "Are you unable to take four steps or put your weight on the leg?",
            Question::Flag(RedFlag::Pop) => "Did you feel a sudden kick or pop at the back of the ankle, or can you no longer rise on tiptoe?",
            Question::Flag(RedFlag::Numbness) => "Do you have numbness, tingling or weakness?",
            Question::Flag(RedFlag::Fever) => "Do you have a fever, or feel unwell?",
            Question::Condition(Health::BloodThinners) => "Do you take blood thinners, or have a bleeding disorder?",
            Question::Condition(Health::Pregnant) => "Are you pregnant?",
            Question::Condition(Health::Skin) => "Is the skin where it hurts broken, infected or fragile?",
            Question::Condition(Health::Varicose) => "Are there varicose veins where it hurts?",
            Question::Condition(Health::Neuropathy) => "Do you have reduced feeling where it hurts, for example from diabetes?",
            Question::Condition(Health::ColdSensitive) => "Do you react badly to cold (Raynaud's or cold hives)?",
        }
    }
    fn yes(&self) -> &'static str {
        "Yes"
    }
    fn no(&self) -> &'static str {
        "No"
    }

    fn problem(&self, field: Field, problem: Problem, unit: Unit) -> String {
        let what = match field {
            Field::Text(TextField::Km | TextField::Long | TextField::Week(_)) => {
                self.unit_short(unit)
            }
            Field::Text(TextField::Runs) => "runs",
            Field::Text(TextField::Hard) => "sessions",
            Field::Text(TextField::Last) => "hours",
            Field::Text(TextField::RaceIn | TextField::RacedAgo | TextField::Days(_)) => "days",
            Field::Spots | Field::Quality(_) | Field::Question(_) => "",
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
                    self.number(max)
                )
            }
            Problem::Conflict(conflict) => self.conflict(conflict).to_owned(),
            Problem::ChooseOne => match field {
                Field::Spots => "Tap a spot, or choose \u{201c}Nothing hurts\u{201d}.".to_owned(),
                Field::Quality(_) => "Please choose what it feels like.".to_owned(),
                _ => "Please answer yes or no.".to_owned(),
            },
        }
    }

    fn conflict(&self, conflict: Conflict) -> &'static str {
        match conflict {
            Conflict::HardAboveRuns => "Hard sessions can't be more than your runs.",
            Conflict::LongAboveWeek => "Your longest run can't be longer than the week's distance.",
            Conflict::WeeksIncomplete => "Fill in all four weeks, or leave all four empty.",
        }
    }

    fn result_heading(&self) -> &'static str {
        "Your recovery plan"
    }
    fn emergency_heading(&self) -> &'static str {
        "Call for help now"
    }
    fn emergency_text(&self, number: &str) -> String {
        format!("Call {number} (or your local emergency number) now. What you describe needs urgent medical care, not a massage.")
    }
    fn clinician_heading(&self) -> &'static str {
        "See a doctor or physiotherapist first"
    }
    fn clinician_text(&self) -> &'static str {
        "Please have this checked by a doctor or physiotherapist before any massage. Once they clear you, come back and take the quiz again."
    }
    fn clinician_worse(&self, number: &str) -> String {
        format!("If things get much worse, or you get chest pain or trouble breathing, call {number} at once.")
    }
    fn triage_because(&self) -> &'static str {
        "Because you told us:"
    }
    fn triage_reason(&self, reason: TriageReason) -> String {
        match reason {
            TriageReason::Flag(flag) => match flag {
                RedFlag::Chest => "you have chest pain or trouble breathing",
                RedFlag::Saddle => "you have numbness between the legs, bladder or bowel changes, or weakness in both legs",
                RedFlag::CalfSwelling => "one calf or thigh is swollen, warm, red or darker, which can be a blood clot; massage could move it",
                RedFlag::BoneSpot => "a small spot on a bone hurts, which can be a stress fracture",
                RedFlag::NightPain => "it hurts at rest or at night",
                RedFlag::NoWeight => "you cannot take four steps or bear weight",
                RedFlag::Pop => "you felt a sudden kick or pop at the back of the ankle, or cannot rise on tiptoe, which can be a torn Achilles tendon",
                RedFlag::Numbness => "you have numbness, tingling or weakness",
                RedFlag::Fever => "you have a fever or feel unwell",
            }
            .to_owned(),
            TriageReason::Spot(spot) => format!(
                "{} hurts when you run, which can be a stress fracture of the hip",
                spot_subject(spot)
            ),
            TriageReason::NothingSafe => {
                "your health answers rule out every technique this clinic offers".to_owned()
            }
        }
    }

    fn technique_label(&self) -> &'static str {
        "Our suggestion"
    }
    fn second_label(&self) -> &'static str {
        "Also a good fit"
    }
    fn why_heading(&self) -> &'static str {
        "Why it fits you"
    }
    fn technique_name(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Deep tissue massage",
            Technique::Cupping => "Sports cupping",
            Technique::Graston => "Graston Technique",
            Technique::Cryotherapy => "Cryotherapy (cold therapy)",
        }
    }
    fn technique_about(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "The therapist works slowly and firmly into the muscles that carry your running, easing knots and stuck layers so the muscle moves freely again.",
            Technique::Cupping => "Cups placed on the skin gently lift it with suction. This draws blood into a wide, tired area and helps it recover.",
            Technique::Graston => "The therapist glides smooth steel tools along the tissue to loosen old scar tissue and stiff fascia that hands alone struggle to reach.",
            Technique::Cryotherapy => "Cold applied to the painful area, for short spells at a time, calms fresh swelling and inflammation and takes the edge off the pain.",
        }
    }
    fn evidence_heading(&self) -> &'static str {
        "What the evidence says"
    }
    fn evidence(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Across many studies, massage eases muscle soreness and the feeling of fatigue better than other recovery methods (Dupuy et al., 2018), with less soreness one to three days after exercise (Guo et al., 2017). It brings small gains in flexibility but does not make you faster or stronger (Davis et al., 2020).",
            Technique::Cupping => "Studies of cupping for athletes are few and of low quality (Bridgett et al., 2018). Some runners feel less stiff afterwards; a clear effect on recovery has not been shown.",
            Technique::Graston => "Evidence for instrument-assisted work such as Graston is of low quality: at best a modest gain in range of movement. It works best as part of a plan that includes strengthening.",
            Technique::Cryotherapy => "Cold reliably eases pain and swelling in the short term. Local cold packs are not the same as whole-body cold chambers, which are not cleared by the US FDA for treatment.",
        }
    }
    fn reason(&self, reason: &Reason, unit: Unit) -> String {
        match reason {
            Reason::Pain { pain, why } => pain_reason(pain, *why),
            Reason::JustRaced(0) => {
                "You raced today: cold comes first, to calm the strain a race leaves in your muscles.".to_owned()
            }
            Reason::JustRaced(ago) => format!(
                "You raced {}: cold and light work come first, deep work from day {}.",
                days_ago(*ago),
                rules::DEEP_WORK_AFTER_RACE_DAYS
            ),
            Reason::JustTrainedHard(0) => "You have just finished a hard session: the first hours after a hard effort are when cold helps most.".to_owned(),
            Reason::JustTrainedHard(hours) => format!(
                "Your last hard session was {} ago: the first hours after a hard effort are when cold helps most.",
                count(*hours, "hour", "hours")
            ),
            Reason::HighVolume => "You are running a lot: cupping helps large muscle areas recover from high volume.".to_owned(),
            Reason::HeavyLoad(because) => match because {
                HeavyBecause::Distance => format!(
                    "You ran {} or more this week: regular deep work keeps muscles supple under heavy training.",
                    self.distance(rules::HEAVY_WEEKLY_KM, unit)
                ),
                HeavyBecause::HardSessions => format!(
                    "You did {} or more hard sessions this week: regular deep work keeps hard-working muscles supple.",
                    rules::HEAVY_HARD_SESSIONS
                ),
                HeavyBecause::MarathonBuild => format!(
                    "A long run of {} or more says marathon build: regular deep work keeps you supple through it.",
                    self.distance(rules::MARATHON_BUILD_LONG_RUN_KM, unit)
                ),
            },
            Reason::Maintenance => "Between training blocks, a regular session keeps small tightness from turning into a problem.".to_owned(),
            Reason::OnlyOneLeft => "Your other answers rule out the rest of what the clinic offers; this one is safe for you.".to_owned(),
        }
    }

    fn schedule_heading(&self) -> &'static str {
        "How often and when to book"
    }
    fn every(&self, days: u8) -> String {
        match days {
            7 => "Once a week.".to_owned(),
            14 => "Every two weeks.".to_owned(),
            28 => "Every four weeks.".to_owned(),
            n => format!("Every {n} days."),
        }
    }
    fn interval_basis(&self, basis: IntervalBasis) -> &'static str {
        match basis {
            IntervalBasis::Heavy(_) => {
                "Your training is heavy right now, so weekly sessions help you keep up."
            }
            IntervalBasis::ActiveProblem => {
                "While something hurts, a weekly session lets the therapist follow it closely."
            }
            IntervalBasis::Moderate => {
                "At a moderate load, every other week keeps you in good shape."
            }
            IntervalBasis::Light => {
                "At a light load with nothing hurting, a monthly session is enough for maintenance."
            }
        }
    }
    fn timing(&self, timing: Timing) -> String {
        let (cold_min, cold_max) = rules::COLD_MINUTES;
        let (open, close) = rules::BOOKING_WINDOW_HOURS;
        let (flush_from, flush_to) = rules::FLUSH_AFTER_RACE_HOURS;
        let deep_after = rules::DEEP_WORK_AFTER_RACE_DAYS;
        match timing {
            Timing::ColdNow => format!("Cold works best now: {cold_min} to {cold_max} minutes at a time at most, a few times a day over the first days. Book hands-on work once the swelling or soreness has settled."),
            Timing::RaceSoon(0) => format!("You race today: no massage before it beyond a light warm-up rub. Rest and cold afterwards; deep work from day {deep_after} after the race."),
            Timing::RaceSoon(days_left) => format!(
                "Your race is {}: no deep work before it, light work only. Book your next deep session for {} after the race.",
                in_days(days_left),
                days(deep_after)
            ),
            Timing::TuneUp(days_left) => format!(
                "Your race is in {}: book a tune-up session for no later than {} before the race.",
                days(days_left),
                days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            Timing::JustRaced(ago) => {
                let wait = match deep_after.saturating_sub(ago) {
                    0 => String::new(),
                    n => format!(" ({})", in_days(n)),
                };
                format!("You raced {}: rest and cold first, light flushing work {flush_from} to {flush_to} hours after the race, deep work from day {deep_after}{wait}.", days_ago(ago))
            }
            Timing::BookIn { from, to } => format!(
                "A massage is best {open} to {close} hours after a hard session: for your last one, that is between {from} and {to} hours from now."
            ),
            Timing::BookNow => format!("Your last hard session was {open} to {close} hours ago: now is the ideal time for a massage."),
            Timing::AfterNextHardSession => format!("Plan your massage for {open} to {close} hours after your next long run or hard session."),
            Timing::AfterHardSession => format!("Plan your massage for {open} to {close} hours after your long run or hardest session of the week."),
        }
    }
    fn opinion_note(&self) -> &'static str {
        "Advice on timing and frequency comes from practitioners' experience, not from trials."
    }

    fn load_heading(&self) -> &'static str {
        "Your training load"
    }
    fn load_unknown(&self) -> &'static str {
        "Add the distances of the four weeks before to see how this week compares."
    }
    fn chart_label(&self) -> &'static str {
        "Distance per week"
    }
    fn this_week(&self) -> &'static str {
        "This week"
    }
    fn chart_week(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            0 => "now".to_owned(),
            n => format!("\u{2212}{n}"),
        }
    }
    fn chart_bar(&self, week: &str, km: Distance, unit: Unit) -> String {
        format!("{week}: {}", self.distance(km, unit))
    }
    fn load_reading(&self, reading: &LoadReading, unit: Unit) -> String {
        let this_week = self.distance(reading.this_week_km, unit);
        let average = self.distance(reading.average_km, unit);
        let compared = match reading.percent_change {
            Some(0) => format!("about the same as your average of {average}"),
            Some(p) if p > 0 => format!(
                "{} more than your average of {average}",
                self.percent(p.unsigned_abs())
            ),
            Some(p) => format!(
                "{} less than your average of {average}",
                self.percent(p.unsigned_abs())
            ),
            None => format!("against an average of {average}"),
        };
        let ratio = reading
            .ratio
            .map(|r| {
                format!(
                    " The ratio of this week to that average is {}.",
                    self.number(r)
                )
            })
            .unwrap_or_default();
        let verdict = match reading.trend {
            LoadTrend::Spike => format!(
                "That is a jump. Runners who raise their distance by more than about {} at once tend to get more overuse injuries, so ease into the next weeks. This is a caution, not a prediction: the science on load ratios is debated.",
                self.percent(rules::SPIKE_PERCENT)
            ),
            LoadTrend::Steady => "That is in line with your recent weeks.".to_owned(),
            LoadTrend::Lower => {
                "That is lighter than usual: a good moment for recovery work.".to_owned()
            }
        };
        format!("This week: {this_week}, {compared} over the four weeks before.{ratio} {verdict}")
    }

    fn cautions_heading(&self) -> &'static str {
        "Left out, and why"
    }
    fn exclusion(&self, technique: Technique, cause: ExclusionCause) -> String {
        let why = match cause {
            ExclusionCause::Health(Health::BloodThinners) => {
                "it is not safe with blood thinners or a bleeding disorder".to_owned()
            }
            ExclusionCause::Health(Health::Pregnant) => {
                "it is best avoided during pregnancy".to_owned()
            }
            ExclusionCause::Health(Health::Skin) => {
                "the skin where it hurts is broken or fragile".to_owned()
            }
            ExclusionCause::Health(Health::Varicose) => {
                "there are varicose veins where it hurts".to_owned()
            }
            ExclusionCause::Health(Health::Neuropathy) => {
                "with reduced feeling you could not tell if the cold were too much".to_owned()
            }
            ExclusionCause::Health(Health::ColdSensitive) => "you react badly to cold".to_owned(),
            ExclusionCause::AcuteInjury(spot) => format!(
                "{} looks freshly injured; firm work waits at least {}",
                spot_object(spot),
                days(rules::ACUTE_DAYS)
            ),
            ExclusionCause::Swelling(spot) => format!("{} is swollen", spot_object(spot)),
            ExclusionCause::RaceSoon(days_left) => format!(
                "your race is {}: no deep work in the last {}",
                in_days(days_left),
                days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            ExclusionCause::JustRaced(ago) => format!(
                "you raced {}: deep work waits until day {}",
                days_ago(ago),
                rules::DEEP_WORK_AFTER_RACE_DAYS
            ),
            ExclusionCause::NotOffered => "it would fit you best, but this clinic does not offer it; the next best fit is suggested instead".to_owned(),
        };
        format!("{}: {why}.", self.technique_name(technique))
    }

    fn book(&self) -> &'static str {
        "Book an appointment"
    }
    fn call(&self, number: &str) -> String {
        format!("Call {number}")
    }
    fn email(&self, address: &str) -> String {
        format!("Email {address}")
    }
    fn copy_link(&self) -> &'static str {
        "Copy link"
    }
    fn copied(&self) -> &'static str {
        "Link copied. Anyone with it sees these answers, so share it with care."
    }
    fn copy_failed(&self) -> &'static str {
        "Copying failed. Copy the address from your browser's address bar instead."
    }
    fn print(&self) -> &'static str {
        "Print or save as PDF"
    }
    fn change_answers(&self) -> &'static str {
        "Change my answers"
    }
    fn start_over(&self) -> &'static str {
        "Start over"
    }
    fn disclaimer(&self) -> &'static str {
        "This quiz gives general guidance, not a diagnosis. A therapist will check what suits you at your appointment."
    }

    fn link_error_heading(&self) -> &'static str {
        "This link could not be read"
    }
    fn link_error_start(&self) -> &'static str {
        "Start the quiz instead"
    }
    fn link_error(&self, error: &LinkError) -> String {
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
            LinkError::NotANumber { key, value } => format!(
                "\u{201c}{key}\u{201d} should be a number, but it is \u{201c}{value}\u{201d}."
            ),
            LinkError::OutOfRange { key, value, max } => format!(
                "\u{201c}{key}\u{201d} is {value}, but it must be between 0 and {max}."
            ),
            LinkError::HistoryCount(n) => {
                format!("The earlier weeks should be four numbers, but there are {n}.")
            }
            LinkError::Conflict(conflict) => self.conflict(*conflict).to_owned(),
            LinkError::BadPain(entry) => format!(
                "The pain entry \u{201c}{entry}\u{201d} is not of the form spot:severity:quality:days."
            ),
            LinkError::UnknownSpot(s) => {
                format!("\u{201c}{s}\u{201d} is not a spot on the body map.")
            }
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

    fn config_problems_heading(&self) -> &'static str {
        "Problems in clinic.json"
    }
    fn config_problem(&self, problem: &ConfigProblem) -> String {
        match problem {
            ConfigProblem::NotLoaded(0) => format!("{FILE} could not be loaded (network error); the quiz keeps the details it was built with."),
            ConfigProblem::NotLoaded(status) => format!("{FILE} could not be loaded (HTTP {status}); the quiz keeps the details it was built with."),
            ConfigProblem::NotJson { line, column } => format!("{FILE} is not valid JSON (the error is at line {line}, column {column}); the quiz keeps the details it was built with."),
            ConfigProblem::NotAnObject => format!("{FILE} must hold one JSON object {{ … }}; the quiz keeps the details it was built with."),
            ConfigProblem::MissingName => format!("{FILE}: \"name\" is missing; a neutral name is shown."),
            ConfigProblem::WrongType { key, expected: e } => format!("{FILE}: \"{key}\" should be {}; the default is used instead.", expected(*e)),
            ConfigProblem::BadValue { key, value, expected: e } => format!("{FILE}: \"{key}\" is {value}, but it should be {}; the default is used instead.", expected(*e)),
            ConfigProblem::NothingKnown(Key::Languages) => format!("{FILE}: \"languages\" names no language the quiz knows; all of them are offered instead."),
            ConfigProblem::NothingKnown(key) => format!("{FILE}: \"{key}\" names no technique the quiz knows; all four are offered instead."),
            ConfigProblem::UnknownKey(key) => format!("{FILE}: the key \"{key}\" is not one the quiz knows; it is ignored."),
        }
    }

    fn crash_heading(&self) -> &'static str {
        "Something went wrong"
    }
    fn crash_text(&self) -> &'static str {
        "The quiz stopped unexpectedly. Your answers are saved on this device: reload to carry on."
    }
    fn reload(&self) -> &'static str {
        "Reload"
    }
}

/// What a key of `clinic.json` should hold.
fn expected(expected: Expected) -> String {
    let text = match expected {
        Expected::Text => return format!("a text of 1 to {MAX_TEXT} characters in quotes"),
        Expected::WebAddress => "a web address starting with https:// or http://",
        Expected::Phone => "a phone number of digits, spaces and + ( ) -",
        Expected::Email => "an e-mail address like info@clinic.example",
        Expected::Colour => "a colour like #0b5d56",
        Expected::ImagePath => "the path of an image in the bundle, like logo.svg",
        Expected::Techniques => return format!("a list of {}", quoted(Technique::ALL)),
        Expected::EmergencyNumber => "a short number of digits, like 112",
        Expected::Units => "\"km\" or \"mi\"",
        Expected::Languages => return format!("a list of {}", quoted(Lang::ALL)),
        Expected::TextPerLanguage => {
            "a text in quotes, or texts by language like { \"en\": \"…\", \"de\": \"…\" }"
        }
    };
    text.to_owned()
}

/// One painful spot as a reason: what it is like, then why the technique suits it.
fn pain_reason(pain: &Pain, why: Why) -> String {
    let since = since(pain.days);
    let severity = pain.severity;
    let what = match pain.quality {
        Quality::Sharp => format!(
            "You have a sharp pain in {} ({severity}/10), {since}",
            spot_object(pain.spot)
        ),
        quality => {
            let feeling = match quality {
                Quality::Tight => "tight",
                Quality::Sore => "sore",
                _ => "swollen",
            };
            format!(
                "{} is {feeling} ({severity}/10), {since}",
                spot_subject(pain.spot)
            )
        }
    };
    let why = match why {
        Why::ColdForFreshInjury => format!(
            "a fresh injury wants cold, not pressure, in the first {}",
            days(rules::ACUTE_DAYS)
        ),
        Why::ColdBeforeFirmWork => "swelling calms with cold before any firm work".to_owned(),
        Why::ScarTissue => format!(
            "after {} weeks or more, scar tissue and stiff fascia are likely, which is what Graston targets",
            rules::LONG_STANDING_DAYS / 7
        ),
        Why::WorkAroundIt => {
            "a long-standing problem needs work on the tissue around it".to_owned()
        }
        Why::ColdSettlesTendon => {
            "a recently flared tendon or fascia settles with cold".to_owned()
        }
        Why::UnloadTendon => {
            "loosening the muscles that pull on it takes load off the sore tendon or fascia"
                .to_owned()
        }
        Why::BroadMuscleArea => {
            "cupping suits a broad, tight or sore muscle area".to_owned()
        }
        Why::KnotsAndTightness => {
            "slow, firm work is the classic answer to knots and tightness".to_owned()
        }
        Why::ColdEasesAche => "cold eases the ache".to_owned(),
        Why::MassageEasesSoreness => {
            "massage is the best-supported way to ease muscle soreness".to_owned()
        }
        Why::ColdSettlesFlare => "cold settles a flare-up".to_owned(),
        Why::EaseMusclesAbove => {
            "easing the muscles above it takes strain off the joint".to_owned()
        }
    };
    format!("{what}: {why}.")
}
