//! Deutsch. Förmliche Anrede („Sie“), deutsche Anführungszeichen, Dezimalkomma.

use super::{quoted, Lang, Texts};
use crate::clinic::{ConfigProblem, Expected, Key, FILE, MAX_TEXT};
use crate::engine::answers::Conflict;
use crate::engine::link::LinkError;
use crate::engine::load::{HeavyBecause, LoadReading, LoadTrend};
use crate::engine::number::Decimal;
use crate::engine::recommend::{IntervalBasis, Reason, Timing, TriageReason};
use crate::engine::rules::{self, ExclusionCause};
use crate::engine::technique::Why;
use crate::engine::{Distance, Health, Pain, Quality, RedFlag, Spot, Technique};
use crate::form::{Field, Problem, Question, TextField, Unit};

pub struct German;

/// "1 Tag", "3 Tage": nominative and accusative ("mindestens 3 Tage warten").
fn days(n: impl Into<u32>) -> String {
    match n.into() {
        1 => "1 Tag".to_owned(),
        n => format!("{n} Tage"),
    }
}

/// "1 Tag", "3 Tagen": dative, after "seit", "vor", "in" ("seit 3 Tagen").
fn days_dative(n: impl Into<u32>) -> String {
    match n.into() {
        1 => "1 Tag".to_owned(),
        n => format!("{n} Tagen"),
    }
}

/// "1 Stunde", "5 Stunden" (the same in every case).
fn hours(n: impl Into<u32>) -> String {
    match n.into() {
        1 => "1 Stunde".to_owned(),
        n => format!("{n} Stunden"),
    }
}

/// "1 Woche", "6 Wochen" (the same in every case).
fn weeks(n: impl Into<u32>) -> String {
    match n.into() {
        1 => "1 Woche".to_owned(),
        n => format!("{n} Wochen"),
    }
}

/// How long a pain has lasted, inside a sentence: "seit heute", "seit 3 Tagen",
/// "seit etwa 10 Wochen".
fn since(days: u16) -> String {
    match days {
        0 => "seit heute".to_owned(),
        1..=20 => format!("seit {}", days_dative(days)),
        _ => format!("seit etwa {}", weeks((days + 3) / 7)),
    }
}

/// A day still to come: "heute", "morgen", "in 3 Tagen".
fn in_days(n: u16) -> String {
    match n {
        0 => "heute".to_owned(),
        1 => "morgen".to_owned(),
        n => format!("in {}", days_dative(n)),
    }
}

/// A day gone by: "heute", "gestern", "vor 3 Tagen".
fn days_ago(n: u16) -> String {
    match n {
        0 => "heute".to_owned(),
        1 => "gestern".to_owned(),
        n => format!("vor {}", days_dative(n)),
    }
}

/// "am ersten Tag", "in den ersten 3 Tagen".
fn first_days(n: u16) -> String {
    match n {
        1 => "am ersten Tag".to_owned(),
        n => format!("in den ersten {}", days_dative(n)),
    }
}

/// "am letzten Tag", "in den letzten 3 Tagen".
fn last_days(n: u16) -> String {
    match n {
        1 => "am letzten Tag".to_owned(),
        n => format!("in den letzten {}", days_dative(n)),
    }
}

/// The spot as the subject at the start of a sentence (nominative, singular verb):
/// "Ihre Wade ist verspannt".
fn spot_subject(spot: Spot) -> &'static str {
    match spot {
        Spot::Foot => "Ihre Ferse oder Ihr Fußgewölbe",
        Spot::Achilles => "Ihre Achillessehne",
        Spot::Shin => "Ihr Schienbein",
        Spot::Calf => "Ihre Wade",
        Spot::Knee => "Die Vorderseite Ihres Knies",
        Spot::KneeOuter => "Die Außenseite Ihres Knies",
        Spot::Hip => "Die Außenseite Ihrer Hüfte",
        Spot::Groin => "Ihre Leiste",
        Spot::Quad => "Die Vorderseite Ihres Oberschenkels",
        Spot::Hamstring => "Die Rückseite Ihres Oberschenkels",
        Spot::Glute => "Ihr Gesäß",
        Spot::LowerBack => "Ihr unterer Rücken",
    }
}

/// Where on the body, with its preposition (dative): "einen Schmerz in der Wade".
fn spot_place(spot: Spot) -> &'static str {
    match spot {
        Spot::Foot => "an der Ferse oder am Fußgewölbe",
        Spot::Achilles => "an der Achillessehne",
        Spot::Shin => "am Schienbein",
        Spot::Calf => "in der Wade",
        Spot::Knee => "vorne am Knie",
        Spot::KneeOuter => "außen am Knie",
        Spot::Hip => "außen an der Hüfte",
        Spot::Groin => "in der Leiste",
        Spot::Quad => "vorne am Oberschenkel",
        Spot::Hamstring => "hinten am Oberschenkel",
        Spot::Glute => "im Gesäß",
        Spot::LowerBack => "im unteren Rücken",
    }
}

impl Texts for German {
    fn decimal_comma(&self) -> bool {
        true
    }
    fn percent(&self, percent: u32) -> String {
        format!("{percent}\u{a0}%")
    }
    fn unit_short(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Km => "km",
            Unit::Mi => "mi",
        }
    }

    fn title(&self) -> &'static str {
        "Regenerationsquiz für Läuferinnen und Läufer"
    }
    fn description(&self) -> &'static str {
        "Zwei-Minuten-Quiz für Ihr Lauftraining: Umfang und Beschwerden angeben, passende Sportmassage und den besten Termin erfahren. Alles bleibt auf Ihrem Gerät."
    }
    fn short_name(&self) -> &'static str {
        "Regeneration"
    }
    fn default_clinic(&self) -> &'static str {
        "Praxis für Sportmassage"
    }
    fn skip_to_content(&self) -> &'static str {
        "Direkt zum Quiz"
    }
    fn language(&self) -> &'static str {
        "Sprache"
    }

    fn start_heading(&self) -> &'static str {
        "Welche Massage passt gerade zu Ihrem Lauftraining?"
    }
    fn start_intro(&self) -> &'static str {
        "Beantworten Sie ein paar Fragen zu Ihrem Training und zu Ihren Beschwerden. Sie erfahren, welche Massagetechnik zu Ihnen passt, wie oft und wann Sie am besten einen Termin buchen – und warum."
    }
    fn start_facts(&self) -> [&'static str; 3] {
        [
            "Dauert etwa zwei Minuten.",
            "Ihre Antworten bleiben auf diesem Gerät – es wird nichts übertragen.",
            "Das ist eine Orientierungshilfe, keine Diagnose. Wenn Sie etwas beunruhigt, lassen Sie es ärztlich oder physiotherapeutisch abklären.",
        ]
    }
    fn start_button(&self) -> &'static str {
        "Quiz starten"
    }
    fn resume_heading(&self) -> &'static str {
        "Willkommen zurück"
    }
    fn resume_text(&self) -> &'static str {
        "Auf diesem Gerät ist ein angefangenes Quiz von Ihnen gespeichert."
    }
    fn resume_button(&self) -> &'static str {
        "Quiz fortsetzen"
    }
    fn start_fresh_button(&self) -> &'static str {
        "Neu beginnen"
    }

    fn next(&self) -> &'static str {
        "Weiter"
    }
    fn back(&self) -> &'static str {
        "Zurück"
    }
    fn see_result(&self) -> &'static str {
        "Zum Ergebnis"
    }
    fn forget(&self) -> &'static str {
        "Meine Antworten löschen"
    }
    fn forgotten(&self) -> &'static str {
        "Ihre gespeicherten Antworten wurden von diesem Gerät gelöscht."
    }
    fn progress(&self, step: usize, of: usize) -> String {
        format!("Schritt {step} von {of}")
    }
    fn error_summary(&self, count: usize) -> String {
        match count {
            1 => "Bitte prüfen Sie noch eine Angabe, bevor es weitergeht.".to_owned(),
            n => format!("Bitte prüfen Sie noch {n} Angaben, bevor es weitergeht."),
        }
    }

    fn training_heading(&self) -> &'static str {
        "Ihre Läufe der letzten sieben Tage"
    }
    fn unit_legend(&self) -> &'static str {
        "Strecken in"
    }
    fn unit_name(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Km => "Kilometer",
            Unit::Mi => "Meilen",
        }
    }
    fn km_label(&self) -> &'static str {
        "Gelaufene Strecke in den letzten 7 Tagen"
    }
    fn runs_label(&self) -> &'static str {
        "Anzahl der Läufe in den letzten 7 Tagen"
    }
    fn hard_label(&self) -> &'static str {
        "Davon intensive Einheiten"
    }
    fn hard_hint(&self) -> &'static str {
        "Intervalle, Tempoläufe, Bergläufe, Wettkämpfe und lange Läufe. Leer lassen, wenn es keine gab."
    }
    fn long_label(&self) -> &'static str {
        "Ihr längster Lauf"
    }
    fn long_hint(&self) -> &'static str {
        "Optional."
    }
    fn last_label(&self) -> &'static str {
        "Stunden seit Ihrer letzten intensiven Einheit oder Ihrem letzten Wettkampf"
    }
    fn last_hint(&self) -> &'static str {
        "Optional. Ein Tag hat 24 Stunden, zwei Tage haben 48."
    }
    fn hours_short(&self) -> &'static str {
        "h"
    }

    fn weeks_heading(&self) -> &'static str {
        "Die Wochen davor und Wettkämpfe"
    }
    fn weeks_legend(&self) -> &'static str {
        "Ihre Strecke in jeder der vier Wochen davor (optional)"
    }
    fn weeks_hint(&self) -> &'static str {
        "Füllen Sie alle vier Felder aus, um diese Woche damit zu vergleichen. Die älteste Woche steht zuerst."
    }
    fn week_label(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            1 => "Letzte Woche".to_owned(),
            n => format!("Vor {n} Wochen"),
        }
    }
    fn race_planned(&self) -> &'static str {
        "Bei mir steht ein Wettkampf an"
    }
    fn race_in_label(&self) -> &'static str {
        "Tage bis zum Wettkampf"
    }
    fn raced_recently(&self) -> &'static str {
        "Ich bin in den letzten 12 Monaten einen Wettkampf gelaufen"
    }
    fn raced_ago_label(&self) -> &'static str {
        "Tage seit diesem Wettkampf"
    }

    fn pain_heading(&self) -> &'static str {
        "Wo tut es weh?"
    }
    fn pain_hint(&self) -> &'static str {
        "Tippen Sie jede Stelle an, die schmerzt oder sich verspannt anfühlt – auf den Figuren oder in der Liste."
    }
    fn body_front(&self) -> &'static str {
        "Vorderseite"
    }
    fn body_back(&self) -> &'static str {
        "Rückseite"
    }
    fn spot_list_legend(&self) -> &'static str {
        "Stellen, die wehtun"
    }
    fn nothing_hurts(&self) -> &'static str {
        "Nichts tut weh"
    }
    fn nothing_hurts_chosen(&self) -> &'static str {
        "Sie haben angegeben, dass nichts wehtut. Tippen Sie eine Stelle an, falls doch etwas schmerzt."
    }
    fn spot_name(&self, spot: Spot) -> &'static str {
        match spot {
            Spot::Foot => "Ferse, Fußgewölbe oder Fußsohle",
            Spot::Achilles => "Achillessehne (hinten am Sprunggelenk)",
            Spot::Shin => "Schienbein",
            Spot::Calf => "Wade",
            Spot::Knee => "Knie vorne",
            Spot::KneeOuter => "Knie außen",
            Spot::Hip => "Hüfte oder Oberschenkel außen",
            Spot::Groin => "Leiste",
            Spot::Quad => "Oberschenkel vorne",
            Spot::Hamstring => "Oberschenkel hinten",
            Spot::Glute => "Gesäß",
            Spot::LowerBack => "Unterer Rücken",
        }
    }

    fn spot_heading(&self, spot: Spot) -> &'static str {
        match spot {
            Spot::Foot => "Zu Ihrer Ferse oder Ihrem Fußgewölbe",
            Spot::Achilles => "Zu Ihrer Achillessehne",
            Spot::Shin => "Zu Ihrem Schienbein",
            Spot::Calf => "Zu Ihrer Wade",
            Spot::Knee => "Zur Vorderseite Ihres Knies",
            Spot::KneeOuter => "Zur Außenseite Ihres Knies",
            Spot::Hip => "Zur Außenseite Ihrer Hüfte",
            Spot::Groin => "Zu Ihrer Leiste",
            Spot::Quad => "Zur Vorderseite Ihres Oberschenkels",
            Spot::Hamstring => "Zur Rückseite Ihres Oberschenkels",
            Spot::Glute => "Zu Ihrem Gesäß",
            Spot::LowerBack => "Zu Ihrem unteren Rücken",
        }
    }
    fn severity_label(&self) -> &'static str {
        "Wie stark sind die Beschwerden, von 0 (kaum spürbar) bis 10 (so schlimm wie nur vorstellbar)?"
    }
    fn quality_legend(&self) -> &'static str {
        "Wie fühlt es sich an?"
    }
    fn quality_name(&self, quality: Quality) -> &'static str {
        match quality {
            Quality::Tight => "Verspannt oder verhärtet",
            Quality::Sore => "Dumpf schmerzend oder wie Muskelkater",
            Quality::Sharp => "Stechend",
            Quality::Swollen => "Geschwollen",
        }
    }
    fn days_label(&self) -> &'static str {
        "Vor wie vielen Tagen hat es angefangen?"
    }
    fn days_hint(&self) -> &'static str {
        "0, wenn es heute angefangen hat. Sechs Wochen sind 42 Tage."
    }

    fn safety_heading(&self) -> &'static str {
        "Ein paar Fragen zu Ihrer Sicherheit"
    }
    fn safety_intro(&self) -> &'static str {
        "Bei manchen Anzeichen ist ärztlicher Rat nötig, keine Massage. Bitte beantworten Sie jede Frage."
    }
    fn health_heading(&self) -> &'static str {
        "Ihre Gesundheit"
    }
    fn health_intro(&self) -> &'static str {
        "Bei manchen Erkrankungen sind bestimmte Techniken nicht sicher. Wir fragen danach, damit wir Ihnen keine davon vorschlagen."
    }
    fn question(&self, question: Question) -> &'static str {
        match question {
            Question::Flag(RedFlag::Chest) => "Haben Sie Brustschmerzen oder Atembeschwerden?",
            Question::Flag(RedFlag::Saddle) => "Haben Sie ein Taubheitsgefühl zwischen den Beinen (Reithosenbereich), eine veränderte Kontrolle über Blase oder Darm oder eine Schwäche in beiden Beinen?",
            Question::Flag(RedFlag::CalfSwelling) => "Ist eine Wade oder ein Oberschenkel im Vergleich zur anderen Seite geschwollen, warm, gerötet oder dunkler verfärbt?",
            Question::Flag(RedFlag::BoneSpot) => "Gibt es an einem Knochen eine kleine Stelle, die schmerzt, wenn Sie darauf drücken?",
            Question::Flag(RedFlag::NightPain) => "Haben Sie Schmerzen in Ruhe, oder wachen Sie nachts davon auf?",
            Question::Flag(RedFlag::NoWeight) => "Ist es Ihnen unmöglich, vier Schritte zu gehen oder das Bein zu belasten?",
            Question::Flag(RedFlag::Pop) => "Haben Sie hinten am Sprunggelenk plötzlich etwas wie einen Tritt oder einen Knall gespürt, oder können Sie sich nicht mehr auf die Zehenspitzen stellen?",
            Question::Flag(RedFlag::Numbness) => "Haben Sie ein Taubheitsgefühl, Kribbeln oder eine Schwäche?",
            Question::Flag(RedFlag::Fever) => "Haben Sie Fieber, oder fühlen Sie sich krank?",
            Question::Condition(Health::BloodThinners) => "Nehmen Sie blutverdünnende Medikamente, oder haben Sie eine Blutgerinnungsstörung?",
            Question::Condition(Health::Pregnant) => "Sind Sie schwanger?",
            Question::Condition(Health::Skin) => "Ist die Haut an der schmerzenden Stelle offen, infiziert oder leicht verletzlich?",
            Question::Condition(Health::Varicose) => "Haben Sie an der schmerzenden Stelle Krampfadern?",
            Question::Condition(Health::Neuropathy) => "Ist das Gefühl an der schmerzenden Stelle vermindert, zum Beispiel durch Diabetes?",
            Question::Condition(Health::ColdSensitive) => "Vertragen Sie Kälte schlecht (Raynaud-Syndrom oder Kälteurtikaria)?",
        }
    }
    fn yes(&self) -> &'static str {
        "Ja"
    }
    fn no(&self) -> &'static str {
        "Nein"
    }

    fn problem(&self, field: Field, problem: Problem, unit: Unit) -> String {
        // What the field counts, as a plural after a number: "3 Läufe", "12,5 km".
        let what = match field {
            Field::Text(TextField::Km | TextField::Long | TextField::Week(_)) => {
                self.unit_short(unit)
            }
            Field::Text(TextField::Runs) => "Läufe",
            Field::Text(TextField::Hard) => "Einheiten",
            Field::Text(TextField::Last) => "Stunden",
            Field::Text(TextField::RaceIn | TextField::RacedAgo | TextField::Days(_)) => "Tage",
            Field::Spots | Field::Quality(_) | Field::Question(_) => "",
        };
        let with_what = |number: &str| match what {
            "" => number.to_owned(),
            what => format!("{number}\u{a0}{what}"),
        };
        match problem {
            Problem::Required => "Bitte füllen Sie dieses Feld aus.".to_owned(),
            Problem::NotANumber { whole: true } => {
                format!(
                    "Bitte geben Sie eine ganze Zahl ein, zum Beispiel {}.",
                    with_what("3")
                )
            }
            Problem::NotANumber { whole: false } => {
                format!(
                    "Bitte geben Sie eine Zahl ein, zum Beispiel 12 oder {}.",
                    with_what(&self.number(Decimal::new(125, 1)))
                )
            }
            Problem::OutOfRange { max } => {
                format!(
                    "Bitte geben Sie eine Zahl von 0 bis {} ein.",
                    with_what(&self.number(max))
                )
            }
            Problem::Conflict(conflict) => self.conflict(conflict).to_owned(),
            Problem::ChooseOne => match field {
                Field::Spots => format!(
                    "Tippen Sie eine Stelle an, oder wählen Sie \u{201e}{}\u{201c}.",
                    self.nothing_hurts()
                ),
                Field::Quality(_) => "Bitte wählen Sie, wie es sich anfühlt.".to_owned(),
                _ => "Bitte antworten Sie mit Ja oder Nein.".to_owned(),
            },
        }
    }

    fn conflict(&self, conflict: Conflict) -> &'static str {
        match conflict {
            Conflict::HardAboveRuns => "Es kann nicht mehr intensive Einheiten als Läufe geben.",
            Conflict::LongAboveWeek => {
                "Ihr längster Lauf kann nicht länger sein als die Strecke der ganzen Woche."
            }
            Conflict::WeeksIncomplete => {
                "Füllen Sie alle vier Wochen aus, oder lassen Sie alle vier leer."
            }
        }
    }

    fn result_heading(&self) -> &'static str {
        "Ihr Regenerationsplan"
    }
    fn emergency_heading(&self) -> &'static str {
        "Wählen Sie jetzt den Notruf"
    }
    fn emergency_text(&self, number: &str) -> String {
        format!("Rufen Sie jetzt die {number} an (oder die örtliche Notrufnummer). Was Sie beschreiben, braucht dringend medizinische Hilfe, keine Massage.")
    }
    fn clinician_heading(&self) -> &'static str {
        "Erst ärztlich oder physiotherapeutisch abklären lassen"
    }
    fn clinician_text(&self) -> &'static str {
        "Bitte lassen Sie das ärztlich oder physiotherapeutisch abklären, bevor Sie sich massieren lassen. Sobald Sie grünes Licht bekommen haben, kommen Sie gern zurück und machen das Quiz noch einmal."
    }
    fn clinician_worse(&self, number: &str) -> String {
        format!("Wenn es deutlich schlimmer wird oder Sie Brustschmerzen oder Atembeschwerden bekommen, rufen Sie sofort die {number} an.")
    }
    fn triage_because(&self) -> &'static str {
        "Grund dafür ist, was Sie angegeben haben:"
    }
    fn triage_reason(&self, reason: TriageReason) -> String {
        match reason {
            TriageReason::Flag(flag) => match flag {
                RedFlag::Chest => "Sie haben Brustschmerzen oder Atembeschwerden",
                RedFlag::Saddle => "Sie haben ein Taubheitsgefühl zwischen den Beinen (Reithosenbereich), Veränderungen bei Blase oder Darm oder eine Schwäche in beiden Beinen",
                RedFlag::CalfSwelling => "Eine Wade oder ein Oberschenkel ist geschwollen, warm, gerötet oder dunkler verfärbt – das kann ein Blutgerinnsel (Thrombose) sein, und durch eine Massage könnte es sich ablösen",
                RedFlag::BoneSpot => "Eine kleine Stelle an einem Knochen schmerzt – das kann ein Ermüdungsbruch (Stressfraktur) sein",
                RedFlag::NightPain => "Es schmerzt in Ruhe oder nachts",
                RedFlag::NoWeight => "Sie können keine vier Schritte gehen oder das Bein nicht belasten",
                RedFlag::Pop => "Sie haben hinten am Sprunggelenk plötzlich etwas wie einen Tritt oder Knall gespürt oder können sich nicht mehr auf die Zehenspitzen stellen – das kann ein Riss der Achillessehne sein",
                RedFlag::Numbness => "Sie haben ein Taubheitsgefühl, Kribbeln oder eine Schwäche",
                RedFlag::Fever => "Sie haben Fieber oder fühlen sich krank",
            }
            .to_owned(),
            TriageReason::Spot(spot) => format!(
                "{} schmerzt beim Laufen – das kann ein Ermüdungsbruch an der Hüfte sein",
                spot_subject(spot)
            ),
            TriageReason::NothingSafe => {
                "Ihre Angaben zur Gesundheit schließen jede Technik aus, die diese Praxis anbietet"
                    .to_owned()
            }
        }
    }

    fn technique_label(&self) -> &'static str {
        "Unsere Empfehlung"
    }
    fn second_label(&self) -> &'static str {
        "Ebenfalls gut geeignet"
    }
    fn why_heading(&self) -> &'static str {
        "Warum das zu Ihnen passt"
    }
    fn technique_name(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Tiefengewebsmassage",
            Technique::Cupping => "Sport-Schröpfen (Cupping)",
            Technique::Graston => "Graston-Technik",
            Technique::Cryotherapy => "Kryotherapie (Kältetherapie)",
        }
    }
    fn technique_about(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Mit langsamen, festen Griffen werden die Muskeln behandelt, die beim Laufen die Arbeit leisten. Verhärtungen und verklebte Gewebeschichten lösen sich, sodass sich der Muskel wieder frei bewegen kann.",
            Technique::Cupping => "Schröpfköpfe werden auf die Haut gesetzt und heben sie durch Unterdruck sanft an. Das fördert die Durchblutung eines großen, ermüdeten Bereichs und hilft ihm, sich zu erholen.",
            Technique::Graston => "Glatte Instrumente aus Edelstahl werden über das Gewebe geführt. Sie lösen altes Narbengewebe und verhärtete Faszien, an die man mit den Händen allein nur schwer herankommt.",
            Technique::Cryotherapy => "Die schmerzende Stelle wird jeweils kurz gekühlt. Die Kälte beruhigt frische Schwellungen und Entzündungen und nimmt dem Schmerz die Spitze.",
        }
    }
    fn evidence_heading(&self) -> &'static str {
        "Was die Studienlage sagt"
    }
    fn evidence(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Eine Auswertung vieler Studien zeigt: Massage lindert Muskelkater und das Gefühl von Erschöpfung besser als andere Regenerationsmethoden (Dupuy et al., 2018); ein bis drei Tage nach der Belastung ist der Muskelkater geringer (Guo et al., 2017). Die Beweglichkeit verbessert sich etwas, schneller oder kräftiger werden Sie dadurch aber nicht (Davis et al., 2020).",
            Technique::Cupping => "Es gibt nur wenige Studien zum Schröpfen bei Sportlerinnen und Sportlern, und sie sind von geringer Qualität (Bridgett et al., 2018). Manche Läuferinnen und Läufer fühlen sich danach weniger steif; eine klare Wirkung auf die Erholung ist nicht belegt.",
            Technique::Graston => "Die Belege für instrumentengestützte Verfahren wie Graston sind von geringer Qualität: bestenfalls ein mäßiger Zugewinn an Bewegungsumfang. Am besten wirkt die Technik als Teil eines Plans, zu dem auch Kräftigungsübungen gehören.",
            Technique::Cryotherapy => "Kälte lindert Schmerzen und Schwellungen kurzfristig zuverlässig. Lokale Kältepackungen sind nicht dasselbe wie Ganzkörper-Kältekammern; diese sind von der US-Behörde FDA nicht für Behandlungen zugelassen.",
        }
    }
    fn reason(&self, reason: &Reason, unit: Unit) -> String {
        match reason {
            Reason::Pain { pain, why } => pain_reason(pain, *why),
            Reason::JustRaced(0) => {
                "Sie sind heute einen Wettkampf gelaufen. Kälte lindert als Erstes die kleinen Schäden, die ein Wettkampf in den Muskeln hinterlässt.".to_owned()
            }
            Reason::JustRaced(ago) => format!(
                "Sie sind {} einen Wettkampf gelaufen. Zuerst kommen Kälte und leichte Lockerung, Tiefenbehandlung erst ab Tag {}.",
                days_ago(*ago),
                rules::DEEP_WORK_AFTER_RACE_DAYS
            ),
            Reason::JustTrainedHard(0) => "Sie haben gerade eine intensive Einheit beendet. In den ersten Stunden nach einer harten Belastung hilft Kälte am meisten.".to_owned(),
            Reason::JustTrainedHard(n) => format!(
                "Ihre letzte intensive Einheit ist erst {} her. In den ersten Stunden nach einer harten Belastung hilft Kälte am meisten.",
                hours(*n)
            ),
            Reason::HighVolume => "Sie laufen gerade viel. Schröpfen hilft großen Muskelbereichen, sich von hohen Umfängen zu erholen.".to_owned(),
            Reason::HeavyLoad(because) => match because {
                HeavyBecause::Distance => format!(
                    "Sie sind diese Woche {} oder mehr gelaufen. Regelmäßige Tiefenbehandlung hält die Muskeln bei hohem Trainingsumfang geschmeidig.",
                    self.distance(rules::HEAVY_WEEKLY_KM, unit)
                ),
                HeavyBecause::HardSessions => format!(
                    "Sie hatten diese Woche {} oder mehr intensive Einheiten. Regelmäßige Tiefenbehandlung hält stark beanspruchte Muskeln geschmeidig.",
                    rules::HEAVY_HARD_SESSIONS
                ),
                HeavyBecause::MarathonBuild => format!(
                    "Ein langer Lauf von {} oder mehr spricht für eine Marathonvorbereitung. Regelmäßige Tiefenbehandlung hält Sie dabei geschmeidig.",
                    self.distance(rules::MARATHON_BUILD_LONG_RUN_KM, unit)
                ),
            },
            Reason::Maintenance => "Zwischen zwei Trainingsblöcken sorgt eine regelmäßige Behandlung dafür, dass aus kleinen Verspannungen kein Problem wird.".to_owned(),
            Reason::OnlyOneLeft => "Ihre übrigen Antworten schließen alle anderen Angebote der Praxis aus; diese Technik ist für Sie sicher.".to_owned(),
        }
    }

    fn schedule_heading(&self) -> &'static str {
        "Wie oft und wann Sie buchen sollten"
    }
    fn every(&self, days: u8) -> String {
        match days {
            7 => "Einmal pro Woche.".to_owned(),
            14 => "Alle zwei Wochen.".to_owned(),
            28 => "Alle vier Wochen.".to_owned(),
            n => format!("Alle {n} Tage."),
        }
    }
    fn interval_basis(&self, basis: IntervalBasis) -> &'static str {
        match basis {
            IntervalBasis::Heavy(_) => {
                "Ihr Training ist zurzeit umfangreich – wöchentliche Termine helfen Ihrem Körper, Schritt zu halten."
            }
            IntervalBasis::ActiveProblem => {
                "Solange etwas schmerzt, lässt sich der Verlauf bei wöchentlichen Terminen genau verfolgen."
            }
            IntervalBasis::Moderate => {
                "Bei mittlerer Belastung bleiben Sie mit einem Termin alle zwei Wochen gut in Form."
            }
            IntervalBasis::Light => {
                "Bei leichter Belastung ohne Beschwerden reicht ein Termin im Monat zur Vorbeugung."
            }
        }
    }
    fn timing(&self, timing: Timing) -> String {
        let (cold_min, cold_max) = rules::COLD_MINUTES;
        let (open, close) = rules::BOOKING_WINDOW_HOURS;
        let (flush_from, flush_to) = rules::FLUSH_AFTER_RACE_HOURS;
        let deep_after = rules::DEEP_WORK_AFTER_RACE_DAYS;
        match timing {
            Timing::ColdNow => format!("Kälte wirkt jetzt am besten: jeweils höchstens {cold_min} bis {cold_max} Minuten, in den ersten Tagen einige Male täglich. Buchen Sie eine manuelle Behandlung, sobald die Schwellung oder der Schmerz abgeklungen ist."),
            Timing::RaceSoon(0) => format!("Ihr Wettkampf ist heute. Vorher bitte keine Massage außer einer leichten Lockerung zum Aufwärmen. Danach Ruhe und Kälte, Tiefenbehandlung ab Tag {deep_after} nach dem Wettkampf."),
            Timing::RaceSoon(days_left) => format!(
                "Ihr Wettkampf ist {}. Bis dahin nur leichte Massage, keine Tiefenbehandlung. Planen Sie die nächste Tiefenbehandlung für {} nach dem Wettkampf ein.",
                in_days(days_left),
                days(deep_after)
            ),
            Timing::TuneUp(days_left) => format!(
                "Ihr Wettkampf ist {}. Buchen Sie jetzt eine Massage zur Vorbereitung, spätestens {} vor dem Wettkampf.",
                in_days(days_left),
                days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            Timing::JustRaced(ago) => {
                let wait = match deep_after.saturating_sub(ago) {
                    0 => String::new(),
                    n => format!(" ({})", in_days(n)),
                };
                format!(
                    "Sie sind {} einen Wettkampf gelaufen. Zuerst Ruhe und Kälte, {flush_from} bis {flush_to} Stunden nach dem Wettkampf eine leichte Lockerungsmassage, Tiefenbehandlung ab Tag {deep_after}{wait}.",
                    days_ago(ago)
                )
            }
            Timing::BookIn { from, to } => format!(
                "Ideal ist ein Termin {open} bis {close} Stunden nach einer intensiven Einheit – nach Ihrer letzten also in {from} bis {to} Stunden."
            ),
            Timing::BookNow => format!("Ihre letzte intensive Einheit liegt {open} bis {close} Stunden zurück: Jetzt ist der ideale Zeitpunkt für einen Termin."),
            Timing::AfterNextHardSession => format!("Planen Sie Ihren Termin {open} bis {close} Stunden nach Ihrem nächsten langen Lauf oder Ihrer nächsten intensiven Einheit ein."),
            Timing::AfterHardSession => format!("Planen Sie Ihren Termin {open} bis {close} Stunden nach Ihrem langen Lauf oder Ihrer härtesten Einheit der Woche ein."),
        }
    }
    fn opinion_note(&self) -> &'static str {
        "Die Empfehlungen zu Zeitpunkt und Häufigkeit beruhen auf Erfahrungen aus der Praxis, nicht auf Studien."
    }

    fn load_heading(&self) -> &'static str {
        "Ihre Trainingsbelastung"
    }
    fn load_unknown(&self) -> &'static str {
        "Tragen Sie die Strecken der vier Wochen davor ein, um zu sehen, wie diese Woche im Vergleich dasteht."
    }
    fn chart_label(&self) -> &'static str {
        "Strecke pro Woche"
    }
    fn this_week(&self) -> &'static str {
        "Diese Woche"
    }
    fn chart_week(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            0 => "jetzt".to_owned(),
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
            Some(p) if p > 0 => format!(
                "{} mehr als im Durchschnitt der vier Wochen davor ({average})",
                self.percent(p.unsigned_abs())
            ),
            Some(p) if p < 0 => format!(
                "{} weniger als im Durchschnitt der vier Wochen davor ({average})",
                self.percent(p.unsigned_abs())
            ),
            Some(_) => {
                format!("etwa so viel wie im Durchschnitt der vier Wochen davor ({average})")
            }
            None => format!("bei einem Durchschnitt von {average} in den vier Wochen davor"),
        };
        let ratio = reading
            .ratio
            .map(|r| {
                format!(
                    " Das Verhältnis dieser Woche zu diesem Durchschnitt beträgt {}.",
                    self.number(r)
                )
            })
            .unwrap_or_default();
        let verdict = match reading.trend {
            LoadTrend::Spike => format!(
                "Das ist ein Sprung. Wer seinen Umfang auf einmal um mehr als etwa {} steigert, bekommt tendenziell häufiger Überlastungsverletzungen – gehen Sie die nächsten Wochen also behutsam an. Das ist ein Warnhinweis, keine Vorhersage: Die Forschung zu solchen Belastungsverhältnissen ist umstritten.",
                self.percent(rules::SPIKE_PERCENT)
            ),
            LoadTrend::Steady => "Das entspricht Ihren letzten Wochen.".to_owned(),
            LoadTrend::Lower => {
                "Das ist weniger als sonst – ein guter Zeitpunkt für Regenerationsbehandlungen."
                    .to_owned()
            }
        };
        format!("Diese Woche sind Sie {this_week} gelaufen, {compared}.{ratio} {verdict}")
    }

    fn cautions_heading(&self) -> &'static str {
        "Nicht empfohlen – und warum"
    }
    fn exclusion(&self, technique: Technique, cause: ExclusionCause) -> String {
        let why = match cause {
            ExclusionCause::Health(Health::BloodThinners) => {
                "Mit Blutverdünnern oder einer Blutgerinnungsstörung ist das nicht sicher"
                    .to_owned()
            }
            ExclusionCause::Health(Health::Pregnant) => {
                "In der Schwangerschaft verzichtet man besser darauf".to_owned()
            }
            ExclusionCause::Health(Health::Skin) => {
                "Die Haut an der schmerzenden Stelle ist offen oder leicht verletzlich".to_owned()
            }
            ExclusionCause::Health(Health::Varicose) => {
                "An der schmerzenden Stelle gibt es Krampfadern".to_owned()
            }
            ExclusionCause::Health(Health::Neuropathy) => {
                "Bei vermindertem Gefühl könnten Sie nicht spüren, ob die Kälte zu viel wird"
                    .to_owned()
            }
            ExclusionCause::Health(Health::ColdSensitive) => {
                "Sie vertragen Kälte schlecht".to_owned()
            }
            ExclusionCause::AcuteInjury(spot) => format!(
                "{} wirkt frisch verletzt; mit kräftiger Behandlung sollten Sie mindestens {} warten",
                spot_subject(spot),
                days(rules::ACUTE_DAYS)
            ),
            ExclusionCause::Swelling(spot) => format!("{} ist geschwollen", spot_subject(spot)),
            ExclusionCause::RaceSoon(days_left) => format!(
                "Ihr Wettkampf ist {} – {} davor keine Tiefenbehandlung",
                in_days(days_left),
                last_days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            ExclusionCause::JustRaced(ago) => format!(
                "Sie sind {} einen Wettkampf gelaufen – Tiefenbehandlung erst ab Tag {}",
                days_ago(ago),
                rules::DEEP_WORK_AFTER_RACE_DAYS
            ),
            ExclusionCause::NotOffered => "Diese Technik würde am besten zu Ihnen passen, wird in dieser Praxis aber nicht angeboten; wir schlagen stattdessen die nächstbeste vor".to_owned(),
        };
        format!("{}: {why}.", self.technique_name(technique))
    }

    fn book(&self) -> &'static str {
        "Termin buchen"
    }
    fn call(&self, number: &str) -> String {
        format!("{number} anrufen")
    }
    fn email(&self, address: &str) -> String {
        format!("E-Mail an {address}")
    }
    fn copy_link(&self) -> &'static str {
        "Link kopieren"
    }
    fn copied(&self) -> &'static str {
        "Link kopiert. Wer ihn hat, sieht diese Antworten – teilen Sie ihn also mit Bedacht."
    }
    fn copy_failed(&self) -> &'static str {
        "Kopieren fehlgeschlagen. Kopieren Sie stattdessen die Adresse aus der Adresszeile Ihres Browsers."
    }
    fn print(&self) -> &'static str {
        "Drucken oder als PDF speichern"
    }
    fn change_answers(&self) -> &'static str {
        "Antworten ändern"
    }
    fn start_over(&self) -> &'static str {
        "Von vorn beginnen"
    }
    fn disclaimer(&self) -> &'static str {
        "Dieses Quiz bietet eine allgemeine Orientierung, keine Diagnose. Bei Ihrem Termin prüft Ihre Therapeutin oder Ihr Therapeut, was zu Ihnen passt."
    }

    fn link_error_heading(&self) -> &'static str {
        "Dieser Link konnte nicht gelesen werden"
    }
    fn link_error_start(&self) -> &'static str {
        "Stattdessen das Quiz starten"
    }
    fn link_error(&self, error: &LinkError) -> String {
        match error {
            LinkError::NotALink => "Er enthält keine Antworten aus dem Quiz.".to_owned(),
            LinkError::TooLong(_) => "Er ist viel länger als jeder Quiz-Link.".to_owned(),
            LinkError::BadEncoding => {
                "Ein Teil davon ist unlesbar – vielleicht wurde er beim Kopieren abgeschnitten."
                    .to_owned()
            }
            LinkError::NotAPair(part) => {
                format!("Der Teil \u{201e}{part}\u{201c} hat nicht die Form Name=Wert.")
            }
            LinkError::Duplicate(key) => format!("Er enthält \u{201e}{key}\u{201c} zweimal."),
            LinkError::Missing(key) => {
                format!("Ihm fehlt \u{201e}{key}\u{201c} – das enthält jeder Quiz-Link.")
            }
            LinkError::TooNew(v) => format!(
                "Er stammt aus einer neueren Version des Quiz (Version {v}). Laden Sie die Seite neu, um sie zu erhalten."
            ),
            LinkError::BadVersion(v) => {
                format!("Seine Version \u{201e}{v}\u{201c} kennt dieses Quiz nicht.")
            }
            LinkError::NotANumber { key, value } => format!(
                "\u{201e}{key}\u{201c} sollte eine Zahl sein, ist aber \u{201e}{value}\u{201c}."
            ),
            LinkError::OutOfRange { key, value, max } => format!(
                "\u{201e}{key}\u{201c} ist {value}, muss aber zwischen 0 und {max} liegen."
            ),
            LinkError::HistoryCount(n) => {
                format!("Für die Wochen davor sollte er vier Zahlen enthalten, es sind aber {n}.")
            }
            LinkError::Conflict(conflict) => self.conflict(*conflict).to_owned(),
            LinkError::BadPain(entry) => format!(
                "Der Schmerzeintrag \u{201e}{entry}\u{201c} hat nicht die Form Stelle:Stärke:Empfindung:Tage."
            ),
            LinkError::UnknownSpot(s) => {
                format!("\u{201e}{s}\u{201c} ist keine Stelle auf der Körperkarte.")
            }
            LinkError::UnknownQuality(q) => {
                format!("\u{201e}{q}\u{201c} ist keine Schmerzart, die das Quiz kennt.")
            }
            LinkError::RepeatedSpot(s) => {
                format!("Er nennt die Stelle \u{201e}{s}\u{201c} zweimal.")
            }
            LinkError::UnknownFlag(f) => {
                format!("\u{201e}{f}\u{201c} gehört nicht zu den Sicherheitsfragen.")
            }
            LinkError::UnknownHealth(h) => {
                format!("\u{201e}{h}\u{201c} gehört nicht zu den Gesundheitsfragen.")
            }
            LinkError::RepeatedItem { key, value } => {
                format!("Er nennt \u{201e}{value}\u{201c} zweimal in \u{201e}{key}\u{201c}.")
            }
        }
    }

    fn config_problems_heading(&self) -> &'static str {
        "Probleme in clinic.json"
    }
    fn config_problem(&self, problem: &ConfigProblem) -> String {
        match problem {
            ConfigProblem::NotLoaded(0) => format!("{FILE} konnte nicht geladen werden (Netzwerkfehler); das Quiz behält die Angaben, mit denen es erstellt wurde."),
            ConfigProblem::NotLoaded(status) => format!("{FILE} konnte nicht geladen werden (HTTP {status}); das Quiz behält die Angaben, mit denen es erstellt wurde."),
            ConfigProblem::NotJson { line, column } => format!("{FILE} ist kein gültiges JSON (der Fehler steht in Zeile {line}, Spalte {column}); das Quiz behält die Angaben, mit denen es erstellt wurde."),
            ConfigProblem::NotAnObject => format!("{FILE} muss genau ein JSON-Objekt {{ … }} enthalten; das Quiz behält die Angaben, mit denen es erstellt wurde."),
            ConfigProblem::MissingName => format!("{FILE}: \"name\" fehlt; ein neutraler Name wird angezeigt."),
            ConfigProblem::WrongType { key, expected: e } => format!("{FILE}: \"{key}\" hat den falschen Typ, erwartet wird {}; stattdessen wird der Standardwert verwendet.", expected(*e)),
            ConfigProblem::BadValue { key, value, expected: e } => format!("{FILE}: \"{key}\" ist {value}, erwartet wird aber {}; stattdessen wird der Standardwert verwendet.", expected(*e)),
            ConfigProblem::NothingKnown(Key::Languages) => format!("{FILE}: \"languages\" nennt keine Sprache, die das Quiz kennt; stattdessen werden alle angeboten."),
            ConfigProblem::NothingKnown(key) => format!("{FILE}: \"{key}\" nennt keine Technik, die das Quiz kennt; stattdessen werden alle vier angeboten."),
            ConfigProblem::UnknownKey(key) => format!("{FILE}: Den Schlüssel \"{key}\" kennt das Quiz nicht; er wird ignoriert."),
        }
    }

    fn crash_heading(&self) -> &'static str {
        "Etwas ist schiefgelaufen"
    }
    fn crash_text(&self) -> &'static str {
        "Das Quiz wurde unerwartet beendet. Ihre Antworten sind auf diesem Gerät gespeichert – laden Sie die Seite neu, um weiterzumachen."
    }
    fn reload(&self) -> &'static str {
        "Neu laden"
    }
}

/// What a key of `clinic.json` should hold, as the subject of "erwartet wird …" (nominative, at the end of a clause).
fn expected(expected: Expected) -> String {
    let text = match expected {
        Expected::Text => {
            return format!("ein Text mit 1 bis {MAX_TEXT} Zeichen in Anführungszeichen")
        }
        Expected::WebAddress => "eine Webadresse, die mit https:// oder http:// beginnt",
        Expected::Phone => "eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) -",
        Expected::Email => "eine E-Mail-Adresse wie info@clinic.example",
        Expected::Colour => "eine Farbe wie #0b5d56",
        Expected::ImagePath => "der Pfad eines Bildes im Bundle, etwa logo.svg",
        Expected::Techniques => return format!("eine Liste aus {}", quoted(Technique::ALL)),
        Expected::EmergencyNumber => "eine kurze Nummer aus Ziffern, etwa 112",
        Expected::Units => "\"km\" oder \"mi\"",
        Expected::Languages => return format!("eine Liste aus {}", quoted(Lang::ALL)),
        Expected::TextPerLanguage => {
            "ein Text in Anführungszeichen oder Texte nach Sprache wie { \"en\": \"…\", \"de\": \"…\" }"
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
            "Sie haben {since} einen stechenden Schmerz {} ({severity}/10)",
            spot_place(pain.spot)
        ),
        Quality::Tight => format!(
            "{} ist {since} verspannt ({severity}/10)",
            spot_subject(pain.spot)
        ),
        Quality::Sore => format!(
            "{} schmerzt {since} ({severity}/10)",
            spot_subject(pain.spot)
        ),
        Quality::Swollen => format!(
            "{} ist {since} geschwollen ({severity}/10)",
            spot_subject(pain.spot)
        ),
    };
    let why = match why {
        Why::ColdForFreshInjury => format!(
            "Eine frische Verletzung braucht {} Kälte, keinen Druck",
            first_days(rules::ACUTE_DAYS)
        ),
        Why::ColdBeforeFirmWork => {
            "Eine Schwellung sollte erst mit Kälte abklingen, bevor kräftig behandelt wird"
                .to_owned()
        }
        Why::ScarTissue => format!(
            "Nach {} oder mehr sind Narbengewebe und verhärtete Faszien wahrscheinlich – genau dort setzt die Graston-Technik an",
            weeks(rules::LONG_STANDING_DAYS / 7)
        ),
        Why::WorkAroundIt => {
            "Ein länger bestehendes Problem braucht eine Behandlung des Gewebes rundherum"
                .to_owned()
        }
        Why::ColdSettlesTendon => {
            "Eine kürzlich gereizte Sehne oder Faszie beruhigt sich mit Kälte".to_owned()
        }
        Why::UnloadTendon => {
            "Werden die Muskeln gelockert, die daran ziehen, wird die gereizte Sehne oder Faszie entlastet"
                .to_owned()
        }
        Why::BroadMuscleArea => {
            "Schröpfen eignet sich für einen großen, verspannten oder schmerzenden Muskelbereich"
                .to_owned()
        }
        Why::KnotsAndTightness => {
            "Langsame, feste Griffe sind die klassische Antwort auf Verhärtungen und Verspannungen"
                .to_owned()
        }
        Why::ColdEasesAche => "Kälte lindert den Schmerz".to_owned(),
        Why::MassageEasesSoreness => {
            "Gegen Muskelkater ist Massage die am besten belegte Methode".to_owned()
        }
        Why::ColdSettlesFlare => {
            "Kälte beruhigt die akute Reizung".to_owned()
        }
        Why::EaseMusclesAbove => {
            "Werden die Muskeln darüber gelockert, wird das Gelenk entlastet".to_owned()
        }
    };
    format!("{what}. {why}.")
}
