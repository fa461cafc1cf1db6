//! French.
//!
//! Typography: a narrow no-break space (U+202F) before `: ; ! ?` and inside `« »`, a no-break
//! space (U+00A0) between a number and the word it counts. Body spots go through `at_spot`, which
//! carries the contraction (au mollet, à la fesse, à l’aine), so sentences never glue articles.

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

pub struct French;

/// "0 jour", "1 jour", "3 jours": in French, 0 and 1 take the singular.
fn count(n: impl Into<u32>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n}\u{a0}{}", if n < 2 { one } else { many })
}

fn days(n: impl Into<u32>) -> String {
    count(n, "jour", "jours")
}

/// "le premier jour", "les 3 premiers jours".
fn first_days(n: u16) -> String {
    match n {
        0 | 1 => "le premier jour".to_owned(),
        n => format!("les {n}\u{a0}premiers jours"),
    }
}

/// "le dernier jour", "les 3 derniers jours".
fn last_days(n: u16) -> String {
    match n {
        0 | 1 => "le dernier jour".to_owned(),
        n => format!("les {n}\u{a0}derniers jours"),
    }
}

/// A day counted from a race, after "à partir du": "1er jour", "3e jour".
fn day_number(n: u16) -> String {
    match n {
        1 => "1er\u{a0}jour".to_owned(),
        n => format!("{n}e\u{a0}jour"),
    }
}

/// When a past race was: "aujourd’hui", "hier", "il y a 2 jours".
fn raced_when(ago: u16) -> String {
    match ago {
        0 => "aujourd’hui".to_owned(),
        1 => "hier".to_owned(),
        n => format!("il y a {}", days(n)),
    }
}

/// A day to come: "aujourd’hui", "demain", "dans 5 jours".
fn in_days(days_left: u16) -> String {
    match days_left {
        0 => "aujourd’hui".to_owned(),
        1 => "demain".to_owned(),
        n => format!("dans {}", days(n)),
    }
}

/// How long a pain has lasted: "depuis aujourd’hui", "depuis 3 jours", "depuis environ 10 semaines".
fn since(days: u16) -> String {
    match days {
        0 => "depuis aujourd’hui".to_owned(),
        1..=20 => format!("depuis {}", self::days(days)),
        _ => format!("depuis environ {}\u{a0}semaines", (days + 3) / 7),
    }
}

/// The spot after "mal" or a noun of pain, with its contraction: "au mollet", "à l’aine".
fn at_spot(spot: Spot) -> &'static str {
    match spot {
        Spot::Foot => "au talon ou à la voûte plantaire",
        Spot::Achilles => "au tendon d’Achille",
        Spot::Shin => "au tibia",
        Spot::Calf => "au mollet",
        Spot::Knee => "à l’avant du genou",
        Spot::KneeOuter => "à l’extérieur du genou",
        Spot::Hip => "à l’extérieur de la hanche",
        Spot::Groin => "à l’aine",
        Spot::Quad => "à l’avant de la cuisse",
        Spot::Hamstring => "à l’arrière de la cuisse",
        Spot::Glute => "à la fesse",
        Spot::LowerBack => "au bas du dos",
    }
}

impl Texts for French {
    fn decimal_comma(&self) -> bool {
        true
    }
    fn percent(&self, percent: u32) -> String {
        format!("{percent}\u{202f}%")
    }
    fn unit_short(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Km => "km",
            Unit::Mi => "mi",
        }
    }

    fn title(&self) -> &'static str {
        "Quiz récupération pour coureurs"
    }
    fn description(&self) -> &'static str {
        "Un quiz de deux minutes pour coureurs\u{202f}: votre entraînement et vos douleurs, le massage sportif adapté et quand réserver. Rien ne quitte votre appareil."
    }
    fn short_name(&self) -> &'static str {
        "Récupération"
    }
    fn default_clinic(&self) -> &'static str {
        "Cabinet de massage sportif"
    }
    fn skip_to_content(&self) -> &'static str {
        "Aller au quiz"
    }
    fn language(&self) -> &'static str {
        "Langue"
    }

    fn start_heading(&self) -> &'static str {
        "Quel massage convient à votre entraînement en ce moment\u{202f}?"
    }
    fn start_intro(&self) -> &'static str {
        "Répondez à quelques questions sur votre entraînement et sur ce qui vous fait mal. Vous saurez quelle technique de massage vous convient, à quel rythme et quand réserver, et pourquoi."
    }
    fn start_facts(&self) -> [&'static str; 3] {
        [
            "Cela prend environ deux minutes.",
            "Vos réponses restent sur cet appareil\u{202f}: rien n’est envoyé nulle part.",
            "Ce sont des conseils, pas un diagnostic. Si quelque chose vous inquiète, consultez un médecin ou un kinésithérapeute.",
        ]
    }
    fn start_button(&self) -> &'static str {
        "Commencer le quiz"
    }
    fn resume_heading(&self) -> &'static str {
        "Bon retour parmi nous"
    }
    fn resume_text(&self) -> &'static str {
        "Vous avez un quiz en cours, enregistré sur cet appareil."
    }
    fn resume_button(&self) -> &'static str {
        "Reprendre là où j’en étais"
    }
    fn start_fresh_button(&self) -> &'static str {
        "Repartir de zéro"
    }

    fn next(&self) -> &'static str {
        "Suivant"
    }
    fn back(&self) -> &'static str {
        "Retour"
    }
    fn see_result(&self) -> &'static str {
        "Voir mon résultat"
    }
    fn forget(&self) -> &'static str {
        "Effacer mes réponses"
    }
    fn forgotten(&self) -> &'static str {
        "Vos réponses enregistrées ont été supprimées de cet appareil."
    }
    fn progress(&self, step: usize, of: usize) -> String {
        format!("Étape {step} sur {of}")
    }
    fn error_summary(&self, count: usize) -> String {
        match count {
            0 | 1 => "Une réponse est à revoir avant de continuer.".to_owned(),
            n => format!("{n}\u{a0}réponses sont à revoir avant de continuer."),
        }
    }

    fn training_heading(&self) -> &'static str {
        "Vos sept derniers jours de course à pied"
    }
    fn unit_legend(&self) -> &'static str {
        "Distances en"
    }
    fn unit_name(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Km => "kilomètres",
            Unit::Mi => "miles",
        }
    }
    fn km_label(&self) -> &'static str {
        "Distance courue ces 7\u{a0}derniers jours"
    }
    fn runs_label(&self) -> &'static str {
        "Nombre de sorties ces 7\u{a0}derniers jours"
    }
    fn hard_label(&self) -> &'static str {
        "Dont séances intenses"
    }
    fn hard_hint(&self) -> &'static str {
        "Fractionné, tempo, côtes, courses et sorties longues. Laissez vide s’il n’y en a aucune."
    }
    fn long_label(&self) -> &'static str {
        "Votre plus longue sortie"
    }
    fn long_hint(&self) -> &'static str {
        "Facultatif."
    }
    fn last_label(&self) -> &'static str {
        "Heures depuis votre dernière séance intense ou course"
    }
    fn last_hint(&self) -> &'static str {
        "Facultatif. Un jour fait 24\u{a0}heures, deux jours 48."
    }
    fn hours_short(&self) -> &'static str {
        "h"
    }

    fn weeks_heading(&self) -> &'static str {
        "Les semaines précédentes et vos courses"
    }
    fn weeks_legend(&self) -> &'static str {
        "Distance de chacune des quatre semaines précédentes (facultatif)"
    }
    fn weeks_hint(&self) -> &'static str {
        "Remplissez les quatre pour situer cette semaine. Commencez par la plus ancienne."
    }
    fn week_label(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            1 => "La semaine dernière".to_owned(),
            n => format!("Il y a {n}\u{a0}semaines"),
        }
    }
    fn race_planned(&self) -> &'static str {
        "J’ai une course prévue"
    }
    fn race_in_label(&self) -> &'static str {
        "Jours avant la course"
    }
    fn raced_recently(&self) -> &'static str {
        "J’ai fait une course ces douze derniers mois"
    }
    fn raced_ago_label(&self) -> &'static str {
        "Jours depuis cette course"
    }

    fn pain_heading(&self) -> &'static str {
        "Où avez-vous mal\u{202f}?"
    }
    fn pain_hint(&self) -> &'static str {
        "Sélectionnez chaque zone douloureuse ou tendue, sur les silhouettes ou dans la liste."
    }
    fn body_front(&self) -> &'static str {
        "De face"
    }
    fn body_back(&self) -> &'static str {
        "De dos"
    }
    fn spot_list_legend(&self) -> &'static str {
        "Zones douloureuses"
    }
    fn nothing_hurts(&self) -> &'static str {
        "Je n’ai mal nulle part"
    }
    fn nothing_hurts_chosen(&self) -> &'static str {
        "Vous avez indiqué n’avoir mal nulle part. Sélectionnez une zone si ce n’est pas le cas."
    }
    fn spot_name(&self, spot: Spot) -> &'static str {
        match spot {
            Spot::Foot => "Talon, voûte ou plante du pied",
            Spot::Achilles => "Tendon d’Achille (arrière de la cheville)",
            Spot::Shin => "Tibia",
            Spot::Calf => "Mollet",
            Spot::Knee => "Avant du genou",
            Spot::KneeOuter => "Extérieur du genou",
            Spot::Hip => "Extérieur de la hanche ou de la cuisse",
            Spot::Groin => "Aine",
            Spot::Quad => "Avant de la cuisse",
            Spot::Hamstring => "Arrière de la cuisse",
            Spot::Glute => "Fesse",
            Spot::LowerBack => "Bas du dos",
        }
    }

    fn spot_heading(&self, spot: Spot) -> &'static str {
        match spot {
            Spot::Foot => "Votre talon ou votre voûte plantaire",
            Spot::Achilles => "Votre tendon d’Achille",
            Spot::Shin => "Votre tibia",
            Spot::Calf => "Votre mollet",
            Spot::Knee => "L’avant de votre genou",
            Spot::KneeOuter => "L’extérieur de votre genou",
            Spot::Hip => "L’extérieur de votre hanche",
            Spot::Groin => "Votre aine",
            Spot::Quad => "L’avant de votre cuisse",
            Spot::Hamstring => "L’arrière de votre cuisse",
            Spot::Glute => "Votre fesse",
            Spot::LowerBack => "Le bas de votre dos",
        }
    }
    fn severity_label(&self) -> &'static str {
        "Quelle intensité, de 0 (à peine) à 10 (le pire imaginable)\u{202f}?"
    }
    fn quality_legend(&self) -> &'static str {
        "Que ressentez-vous\u{202f}?"
    }
    fn quality_name(&self, quality: Quality) -> &'static str {
        match quality {
            Quality::Tight => "Tension ou nœuds",
            Quality::Sore => "Courbatures ou douleur sourde",
            Quality::Sharp => "Douleur vive",
            Quality::Swollen => "Gonflement",
        }
    }
    fn days_label(&self) -> &'static str {
        "Depuis combien de jours\u{202f}?"
    }
    fn days_hint(&self) -> &'static str {
        "0 si c’est apparu aujourd’hui. Six semaines font 42\u{a0}jours."
    }

    fn safety_heading(&self) -> &'static str {
        "Quelques questions de sécurité"
    }
    fn safety_intro(&self) -> &'static str {
        "Certains signes relèvent d’un médecin, pas d’un massage. Répondez à chaque question."
    }
    fn health_heading(&self) -> &'static str {
        "Votre santé"
    }
    fn health_intro(&self) -> &'static str {
        "Certaines techniques présentent un risque en cas de problème de santé particulier. Nous posons ces questions pour ne jamais vous proposer l’une d’elles."
    }
    fn question(&self, question: Question) -> &'static str {
        match question {
            Question::Flag(RedFlag::Chest) => "Avez-vous une douleur dans la poitrine, ou du mal à respirer\u{202f}?",
            Question::Flag(RedFlag::Saddle) => "Avez-vous un engourdissement entre les jambes, un changement dans le contrôle de la vessie ou des intestins, ou une faiblesse dans les deux jambes\u{202f}?",
            Question::Flag(RedFlag::CalfSwelling) => "Avez-vous, sur un seul mollet ou une seule cuisse, un gonflement, de la chaleur, une rougeur ou une peau plus foncée que de l’autre côté\u{202f}?",
            Question::Flag(RedFlag::BoneSpot) => "Y a-t-il un petit point précis sur un os qui fait mal quand vous appuyez dessus\u{202f}?",
            Question::Flag(RedFlag::NightPain) => "Avez-vous mal au repos, ou la douleur vous réveille-t-elle la nuit\u{202f}?",
            Question::Flag(RedFlag::NoWeight) => "Êtes-vous incapable de faire quatre pas ou de prendre appui sur la jambe\u{202f}?",
            Question::Flag(RedFlag::Pop) => "Avez-vous senti soudain comme un coup de pied ou un claquement à l’arrière de la cheville, ou ne pouvez-vous plus vous mettre sur la pointe des pieds\u{202f}?",
            Question::Flag(RedFlag::Numbness) => "Avez-vous un engourdissement, des fourmillements ou une faiblesse\u{202f}?",
            Question::Flag(RedFlag::Fever) => "Avez-vous de la fièvre, ou vous sentez-vous malade\u{202f}?",
            Question::Condition(Health::BloodThinners) => "Prenez-vous un traitement qui fluidifie le sang (anticoagulant), ou avez-vous un trouble de la coagulation\u{202f}?",
            Question::Condition(Health::Pregnant) => "Êtes-vous enceinte\u{202f}?",
            Question::Condition(Health::Skin) => "La peau est-elle abîmée, infectée ou fragile là où vous avez mal\u{202f}?",
            Question::Condition(Health::Varicose) => "Avez-vous des varices là où vous avez mal\u{202f}?",
            Question::Condition(Health::Neuropathy) => "Votre sensibilité est-elle diminuée là où vous avez mal, par exemple à cause d’un diabète\u{202f}?",
            Question::Condition(Health::ColdSensitive) => "Réagissez-vous mal au froid (syndrome de Raynaud ou urticaire au froid)\u{202f}?",
        }
    }
    fn yes(&self) -> &'static str {
        "Oui"
    }
    fn no(&self) -> &'static str {
        "Non"
    }

    fn problem(&self, field: Field, problem: Problem, unit: Unit) -> String {
        // What the field counts: singular, plural, and after "de" with its elision.
        let what: Option<(&str, &str, String)> = match field {
            Field::Text(TextField::Km | TextField::Long | TextField::Week(_)) => {
                let short = self.unit_short(unit);
                Some((short, short, format!("de {short}")))
            }
            Field::Text(TextField::Runs) => Some(("sortie", "sorties", "de sorties".to_owned())),
            Field::Text(TextField::Hard) => Some(("séance", "séances", "de séances".to_owned())),
            Field::Text(TextField::Last) => Some(("heure", "heures", "d’heures".to_owned())),
            Field::Text(TextField::RaceIn | TextField::RacedAgo | TextField::Days(_)) => {
                Some(("jour", "jours", "de jours".to_owned()))
            }
            Field::Spots | Field::Quality(_) | Field::Question(_) => None,
        };
        match problem {
            Problem::Required => "Veuillez remplir ce champ.".to_owned(),
            Problem::NotANumber { whole: true } => match &what {
                Some((_, _, of)) => format!("Indiquez un nombre entier {of}, par exemple 3."),
                None => "Indiquez un nombre entier, par exemple 3.".to_owned(),
            },
            Problem::NotANumber { whole: false } => match &what {
                Some((_, _, of)) => format!("Indiquez un nombre {of}, par exemple 12 ou 12,5."),
                None => "Indiquez un nombre, par exemple 12 ou 12,5.".to_owned(),
            },
            Problem::OutOfRange { max } => {
                let limit = self.number(max);
                match &what {
                    Some((one, many, _)) => {
                        let noun = if max < Decimal::new(2, 0) { one } else { many };
                        format!("Indiquez une valeur de 0 à {limit}\u{a0}{noun}.")
                    }
                    None => format!("Indiquez une valeur de 0 à {limit}."),
                }
            }
            Problem::Conflict(conflict) => self.conflict(conflict).to_owned(),
            Problem::ChooseOne => match field {
                Field::Spots => {
                    "Sélectionnez une zone, ou choisissez «\u{202f}Je n’ai mal nulle part\u{202f}»."
                        .to_owned()
                }
                Field::Quality(_) => "Veuillez choisir ce que vous ressentez.".to_owned(),
                _ => "Veuillez répondre oui ou non.".to_owned(),
            },
        }
    }

    fn conflict(&self, conflict: Conflict) -> &'static str {
        match conflict {
            Conflict::HardAboveRuns => {
                "Les séances intenses ne peuvent pas dépasser le nombre de sorties."
            }
            Conflict::LongAboveWeek => {
                "Votre plus longue sortie ne peut pas dépasser la distance de la semaine."
            }
            Conflict::WeeksIncomplete => {
                "Remplissez les quatre semaines, ou laissez-les toutes vides."
            }
        }
    }

    fn result_heading(&self) -> &'static str {
        "Votre plan de récupération"
    }
    fn emergency_heading(&self) -> &'static str {
        "Appelez les secours maintenant"
    }
    fn emergency_text(&self, number: &str) -> String {
        format!("Appelez le {number} (ou le numéro d’urgence local) maintenant. Ce que vous décrivez nécessite des soins médicaux urgents, pas un massage.")
    }
    fn clinician_heading(&self) -> &'static str {
        "Consultez d’abord un médecin ou un kinésithérapeute"
    }
    fn clinician_text(&self) -> &'static str {
        "Faites examiner ce problème par un médecin ou un kinésithérapeute avant tout massage. Une fois son feu vert obtenu, revenez refaire le quiz."
    }
    fn clinician_worse(&self, number: &str) -> String {
        format!("Si cela s’aggrave nettement, ou si vous avez une douleur dans la poitrine ou du mal à respirer, appelez immédiatement le {number}.")
    }
    fn triage_because(&self) -> &'static str {
        "Parce que vous nous avez indiqué que\u{202f}:"
    }
    fn triage_reason(&self, reason: TriageReason) -> String {
        match reason {
            TriageReason::Flag(flag) => match flag {
                RedFlag::Chest => "vous avez une douleur dans la poitrine ou du mal à respirer",
                RedFlag::Saddle => "vous avez un engourdissement entre les jambes, des changements dans le contrôle de la vessie ou des intestins, ou une faiblesse dans les deux jambes",
                RedFlag::CalfSwelling => "vous avez un gonflement, de la chaleur, une rougeur ou une coloration plus foncée sur un seul mollet ou une seule cuisse, ce qui peut être le signe d’un caillot sanguin (phlébite)\u{202f}; un massage pourrait le déplacer",
                RedFlag::BoneSpot => "un petit point précis sur un os vous fait mal, ce qui peut être le signe d’une fracture de fatigue",
                RedFlag::NightPain => "vous avez mal au repos ou la nuit",
                RedFlag::NoWeight => "vous ne pouvez pas faire quatre pas ou prendre appui sur la jambe",
                RedFlag::Pop => "vous avez senti soudain comme un coup de pied ou un claquement à l’arrière de la cheville, ou vous ne pouvez plus vous mettre sur la pointe des pieds, ce qui peut être le signe d’une rupture du tendon d’Achille",
                RedFlag::Numbness => "vous avez un engourdissement, des fourmillements ou une faiblesse",
                RedFlag::Fever => "vous avez de la fièvre ou vous vous sentez malade",
            }
            .to_owned(),
            TriageReason::Spot(spot) => format!(
                "vous avez mal {} quand vous courez, ce qui peut être le signe d’une fracture de fatigue de la hanche",
                at_spot(spot)
            ),
            TriageReason::NothingSafe => {
                "vos réponses sur votre santé excluent toutes les techniques que propose ce cabinet"
                    .to_owned()
            }
        }
    }

    fn technique_label(&self) -> &'static str {
        "Notre suggestion"
    }
    fn second_label(&self) -> &'static str {
        "Convient aussi"
    }
    fn why_heading(&self) -> &'static str {
        "Pourquoi ce choix"
    }
    fn technique_name(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Massage des tissus profonds",
            Technique::Cupping => "Ventouses (cupping sportif)",
            Technique::Graston => "Technique Graston",
            Technique::Cryotherapy => "Cryothérapie (thérapie par le froid)",
        }
    }
    fn technique_about(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Le thérapeute travaille les muscles sollicités par la course, lentement et avec une pression ferme. Il dénoue les nœuds et libère les couches de tissu collées entre elles, pour que le muscle bouge de nouveau librement.",
            Technique::Cupping => "Des ventouses posées sur la peau la soulèvent doucement par aspiration. Le sang afflue ainsi dans une zone large et fatiguée, ce qui l’aide à récupérer.",
            Technique::Graston => "Le thérapeute fait glisser des outils lisses en acier le long des tissus pour assouplir le tissu cicatriciel ancien et les fascias raides, que les mains seules atteignent difficilement.",
            Technique::Cryotherapy => "Le froid, appliqué sur la zone douloureuse par courtes périodes, calme un gonflement ou une inflammation qui vient d’apparaître et atténue la douleur.",
        }
    }
    fn evidence_heading(&self) -> &'static str {
        "Ce que disent les études"
    }
    fn evidence(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "D’après de nombreuses études, le massage soulage les courbatures et la sensation de fatigue mieux que les autres méthodes de récupération (Dupuy et al., 2018), avec moins de courbatures un à trois jours après l’effort (Guo et al., 2017). Il apporte un petit gain de souplesse, mais n’améliore ni la vitesse ni la force (Davis et al., 2020).",
            Technique::Cupping => "Les études sur les ventouses chez les sportifs sont rares et de faible qualité (Bridgett et al., 2018). Certains coureurs se sentent moins raides après une séance\u{202f}; un effet net sur la récupération n’a pas été démontré.",
            Technique::Graston => "Les preuves en faveur des techniques instrumentales comme Graston sont de faible qualité\u{202f}: au mieux, un gain modeste d’amplitude de mouvement. Elles donnent leurs meilleurs résultats au sein d’un programme qui comprend du renforcement musculaire.",
            Technique::Cryotherapy => "Le froid soulage de façon fiable la douleur et le gonflement à court terme. Les poches de froid locales n’ont rien à voir avec les cabines de cryothérapie corps entier, qui ne sont pas autorisées par la FDA américaine comme traitement.",
        }
    }
    fn reason(&self, reason: &Reason, unit: Unit) -> String {
        match reason {
            Reason::Pain { pain, why } => pain_reason(pain, *why),
            Reason::JustRaced(0) => {
                "Votre course a eu lieu aujourd’hui\u{202f}: commencer par le froid apaise les dégâts qu’elle laisse dans les muscles.".to_owned()
            }
            Reason::JustRaced(ago) => format!(
                "Votre course a eu lieu {}\u{202f}: d’abord le froid et un travail léger, puis le travail en profondeur à partir du {}.",
                raced_when(*ago),
                day_number(rules::DEEP_WORK_AFTER_RACE_DAYS)
            ),
            Reason::JustTrainedHard(0) => "Votre séance intense vient de se terminer\u{202f}: c’est dans les premières heures après un gros effort que le froid aide le plus.".to_owned(),
            Reason::JustTrainedHard(hours) => format!(
                "Votre dernière séance intense remonte à {}\u{202f}: c’est dans les premières heures après un gros effort que le froid aide le plus.",
                count(*hours, "heure", "heures")
            ),
            Reason::HighVolume => "Vous courez beaucoup\u{202f}: les ventouses aident les grandes zones musculaires à récupérer d’un gros volume d’entraînement.".to_owned(),
            Reason::HeavyLoad(because) => match because {
                HeavyBecause::Distance => format!(
                    "Vous avez couru {} ou plus cette semaine\u{202f}: un travail en profondeur régulier garde les muscles souples quand l’entraînement est chargé.",
                    self.distance(rules::HEAVY_WEEKLY_KM, unit)
                ),
                HeavyBecause::HardSessions => format!(
                    "Vous avez fait {} ou plus cette semaine\u{202f}: un travail en profondeur régulier garde souples les muscles très sollicités.",
                    count(rules::HEAVY_HARD_SESSIONS, "séance intense", "séances intenses")
                ),
                HeavyBecause::MarathonBuild => format!(
                    "Une sortie longue de {} ou plus, c’est le signe d’une préparation marathon\u{202f}: un travail en profondeur régulier vous garde souple tout au long de cette préparation.",
                    self.distance(rules::MARATHON_BUILD_LONG_RUN_KM, unit)
                ),
            },
            Reason::Maintenance => "Entre deux blocs d’entraînement, une séance régulière évite que de petites tensions ne deviennent un problème.".to_owned(),
            Reason::OnlyOneLeft => "Vos autres réponses excluent le reste de ce que propose le cabinet\u{202f}; cette technique-ci est sans danger pour vous.".to_owned(),
        }
    }

    fn schedule_heading(&self) -> &'static str {
        "À quel rythme et quand réserver"
    }
    fn every(&self, days: u8) -> String {
        match days {
            7 => "Une fois par semaine.".to_owned(),
            14 => "Toutes les deux semaines.".to_owned(),
            28 => "Toutes les quatre semaines.".to_owned(),
            n => format!("Tous les {}.", self::days(n)),
        }
    }
    fn interval_basis(&self, basis: IntervalBasis) -> &'static str {
        match basis {
            IntervalBasis::Heavy(_) => {
                "Votre entraînement est chargé en ce moment\u{202f}: une séance par semaine vous aide à tenir le rythme."
            }
            IntervalBasis::ActiveProblem => {
                "Tant que quelque chose vous fait mal, une séance par semaine permet au thérapeute de suivre l’évolution de près."
            }
            IntervalBasis::Moderate => {
                "Avec une charge modérée, une séance toutes les deux semaines vous maintient en forme."
            }
            IntervalBasis::Light => {
                "Avec une charge légère et sans douleur, une séance par mois suffit pour l’entretien."
            }
        }
    }
    fn timing(&self, timing: Timing) -> String {
        let (cold_min, cold_max) = rules::COLD_MINUTES;
        let (open, close) = rules::BOOKING_WINDOW_HOURS;
        let (flush_from, flush_to) = rules::FLUSH_AFTER_RACE_HOURS;
        let deep_after = rules::DEEP_WORK_AFTER_RACE_DAYS;
        match timing {
            Timing::ColdNow => format!("C’est maintenant que le froid agit le mieux\u{202f}: {cold_min} à {cold_max}\u{a0}minutes par application au maximum, quelques fois par jour pendant les premiers jours. Prenez rendez-vous pour un travail manuel quand le gonflement ou la douleur aura diminué."),
            Timing::RaceSoon(0) => format!("Votre course a lieu aujourd’hui\u{202f}: pas de massage avant, à part un léger massage d’échauffement. Ensuite, repos et froid\u{202f}; le travail en profondeur reprend à partir du {} après la course.", day_number(deep_after)),
            Timing::RaceSoon(days_left) => format!(
                "Votre course a lieu {}\u{202f}: pas de travail en profondeur d’ici là, seulement un travail léger. Prévoyez votre prochaine séance en profondeur {} après la course.",
                in_days(days_left),
                days(deep_after)
            ),
            Timing::TuneUp(days_left) => format!(
                "Votre course a lieu {}\u{202f}: réservez dès maintenant une séance de préparation, à placer au plus tard {} avant la course.",
                in_days(days_left),
                days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            Timing::JustRaced(ago) => {
                let wait = match deep_after.saturating_sub(ago) {
                    0 => String::new(),
                    n => format!(" ({})", in_days(n)),
                };
                format!(
                    "Votre course a eu lieu {}\u{202f}: d’abord repos et froid, puis un travail léger de drainage {flush_from} à {flush_to}\u{a0}heures après la course, et le travail en profondeur à partir du {}{wait}.",
                    raced_when(ago),
                    day_number(deep_after)
                )
            }
            Timing::BookIn { from, to } => format!(
                "L’idéal est un rendez-vous {open} à {close}\u{a0}heures après une séance intense\u{202f}: pour votre dernière séance, cela tombe dans {from} à {to}\u{a0}heures."
            ),
            Timing::BookNow => format!("Votre dernière séance intense a eu lieu il y a {open} à {close}\u{a0}heures\u{202f}: c’est le moment idéal pour réserver."),
            Timing::AfterNextHardSession => format!("Prévoyez votre rendez-vous {open} à {close}\u{a0}heures après votre prochaine sortie longue ou séance intense."),
            Timing::AfterHardSession => format!("Prévoyez votre rendez-vous {open} à {close}\u{a0}heures après votre sortie longue ou la séance la plus intense de la semaine."),
        }
    }
    fn opinion_note(&self) -> &'static str {
        "Les conseils sur le moment et la fréquence des séances reposent sur l’expérience des praticiens, pas sur des essais cliniques."
    }

    fn load_heading(&self) -> &'static str {
        "Votre charge d’entraînement"
    }
    fn load_unknown(&self) -> &'static str {
        "Ajoutez les distances des quatre semaines précédentes pour comparer avec cette semaine."
    }
    fn chart_label(&self) -> &'static str {
        "Distance par semaine"
    }
    fn this_week(&self) -> &'static str {
        "Cette semaine"
    }
    fn chart_week(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            0 => "en cours".to_owned(),
            n => format!("\u{2212}{n}"),
        }
    }
    fn chart_bar(&self, week: &str, km: Distance, unit: Unit) -> String {
        format!("{week}\u{202f}: {}", self.distance(km, unit))
    }
    fn load_reading(&self, reading: &LoadReading, unit: Unit) -> String {
        let this_week = self.distance(reading.this_week_km, unit);
        let average = self.distance(reading.average_km, unit);
        let compared = match reading.percent_change {
            Some(0) => format!("soit à peu près autant que votre moyenne de {average}"),
            Some(p) if p > 0 => format!(
                "soit {} de plus que votre moyenne de {average}",
                self.percent(p.unsigned_abs())
            ),
            Some(p) => format!(
                "soit {} de moins que votre moyenne de {average}",
                self.percent(p.unsigned_abs())
            ),
            None => format!("pour une moyenne de {average}"),
        };
        let ratio = reading
            .ratio
            .map(|r| {
                format!(
                    " Le rapport entre cette semaine et cette moyenne est de {}.",
                    self.number(r)
                )
            })
            .unwrap_or_default();
        let verdict = match reading.trend {
            LoadTrend::Spike => format!(
                "C’est une forte hausse. Les coureurs qui augmentent d’un coup leur distance de plus de {} environ ont tendance à subir davantage de blessures de surmenage\u{202f}: allez-y progressivement ces prochaines semaines. C’est une mise en garde, pas une prédiction, car l’intérêt des ratios de charge reste débattu.",
                self.percent(rules::SPIKE_PERCENT)
            ),
            LoadTrend::Steady => "C’est dans la lignée de vos dernières semaines.".to_owned(),
            LoadTrend::Lower => {
                "C’est plus léger que d’habitude\u{202f}: un bon moment pour un travail de récupération."
                    .to_owned()
            }
        };
        format!("Cette semaine\u{202f}: {this_week}, {compared} sur les quatre semaines précédentes.{ratio} {verdict}")
    }

    fn cautions_heading(&self) -> &'static str {
        "Techniques écartées, et pourquoi"
    }
    fn exclusion(&self, technique: Technique, cause: ExclusionCause) -> String {
        let why = match cause {
            ExclusionCause::Health(Health::BloodThinners) => {
                "cette technique présente un risque en cas de traitement anticoagulant ou de trouble de la coagulation".to_owned()
            }
            ExclusionCause::Health(Health::Pregnant) => {
                "mieux vaut l’éviter pendant la grossesse".to_owned()
            }
            ExclusionCause::Health(Health::Skin) => {
                "la peau est abîmée ou fragile là où vous avez mal".to_owned()
            }
            ExclusionCause::Health(Health::Varicose) => {
                "il y a des varices là où vous avez mal".to_owned()
            }
            ExclusionCause::Health(Health::Neuropathy) => {
                "avec une sensibilité diminuée, vous ne pourriez pas sentir si le froid devient excessif".to_owned()
            }
            ExclusionCause::Health(Health::ColdSensitive) => "vous réagissez mal au froid".to_owned(),
            ExclusionCause::AcuteInjury(spot) => format!(
                "la douleur {} évoque une blessure récente\u{202f}; tout travail appuyé doit attendre au moins {}",
                at_spot(spot),
                days(rules::ACUTE_DAYS)
            ),
            ExclusionCause::Swelling(spot) => format!("il y a un gonflement {}", at_spot(spot)),
            ExclusionCause::RaceSoon(days_left) => format!(
                "votre course a lieu {}\u{202f}; pas de travail en profondeur dans {} avant une course",
                in_days(days_left),
                last_days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            ExclusionCause::JustRaced(ago) => format!(
                "votre course a eu lieu {}\u{202f}; pas de travail en profondeur avant le {}",
                raced_when(ago),
                day_number(rules::DEEP_WORK_AFTER_RACE_DAYS)
            ),
            ExclusionCause::NotOffered => "c’est la technique qui vous conviendrait le mieux, mais ce cabinet ne la propose pas\u{202f}; la meilleure option suivante vous est suggérée à la place".to_owned(),
        };
        format!("{}\u{202f}: {why}.", self.technique_name(technique))
    }

    fn book(&self) -> &'static str {
        "Prendre rendez-vous"
    }
    fn call(&self, number: &str) -> String {
        format!("Appeler le {number}")
    }
    fn email(&self, address: &str) -> String {
        format!("Écrire à {address}")
    }
    fn copy_link(&self) -> &'static str {
        "Copier le lien"
    }
    fn copied(&self) -> &'static str {
        "Lien copié. Toute personne qui a ce lien peut voir ces réponses\u{202f}: partagez-le avec prudence."
    }
    fn copy_failed(&self) -> &'static str {
        "La copie a échoué. Copiez plutôt l’adresse depuis la barre d’adresse de votre navigateur."
    }
    fn print(&self) -> &'static str {
        "Imprimer ou enregistrer en PDF"
    }
    fn change_answers(&self) -> &'static str {
        "Modifier mes réponses"
    }
    fn start_over(&self) -> &'static str {
        "Recommencer"
    }
    fn disclaimer(&self) -> &'static str {
        "Ce quiz donne des conseils généraux, pas un diagnostic. Lors de votre rendez-vous, un thérapeute vérifiera ce qui vous convient."
    }

    fn link_error_heading(&self) -> &'static str {
        "Impossible de lire ce lien"
    }
    fn link_error_start(&self) -> &'static str {
        "Commencer le quiz à la place"
    }
    fn link_error(&self, error: &LinkError) -> String {
        match error {
            LinkError::NotALink => "Il ne contient pas de réponses au quiz.".to_owned(),
            LinkError::TooLong(_) => "Il est bien plus long que n’importe quel lien du quiz.".to_owned(),
            LinkError::BadEncoding => {
                "Une partie est illisible, peut-être coupée lors de la copie.".to_owned()
            }
            LinkError::NotAPair(part) => {
                format!("La partie «\u{202f}{part}\u{202f}» n’est pas de la forme nom=valeur.")
            }
            LinkError::Duplicate(key) => format!("Il contient «\u{202f}{key}\u{202f}» deux fois."),
            LinkError::Missing(key) => {
                format!("Il y manque «\u{202f}{key}\u{202f}», présent dans tout lien du quiz.")
            }
            LinkError::TooNew(v) => format!(
                "Il a été créé par une version plus récente du quiz (version {v}). Rechargez la page pour l’obtenir."
            ),
            LinkError::BadVersion(v) => {
                format!("Sa version «\u{202f}{v}\u{202f}» n’est pas connue de ce quiz.")
            }
            LinkError::NotANumber { key, value } => format!(
                "«\u{202f}{key}\u{202f}» devrait être un nombre, mais vaut «\u{202f}{value}\u{202f}»."
            ),
            LinkError::OutOfRange { key, value, max } => format!(
                "«\u{202f}{key}\u{202f}» vaut {value}, mais doit être compris entre 0 et {max}."
            ),
            LinkError::HistoryCount(n) => {
                format!("Les semaines précédentes devraient être quatre nombres, mais il y en a {n}.")
            }
            LinkError::Conflict(conflict) => self.conflict(*conflict).to_owned(),
            LinkError::BadPain(entry) => format!(
                "L’entrée de douleur «\u{202f}{entry}\u{202f}» n’est pas de la forme zone:intensité:sensation:jours."
            ),
            LinkError::UnknownSpot(s) => {
                format!("«\u{202f}{s}\u{202f}» n’est pas une zone du schéma du corps.")
            }
            LinkError::UnknownQuality(q) => {
                format!("«\u{202f}{q}\u{202f}» n’est pas un type de douleur connu du quiz.")
            }
            LinkError::RepeatedSpot(s) => format!("Il cite la zone «\u{202f}{s}\u{202f}» deux fois."),
            LinkError::UnknownFlag(f) => {
                format!("«\u{202f}{f}\u{202f}» ne fait pas partie des questions de sécurité.")
            }
            LinkError::UnknownHealth(h) => {
                format!("«\u{202f}{h}\u{202f}» ne fait pas partie des questions de santé.")
            }
            LinkError::RepeatedItem { key, value } => {
                format!("Il cite «\u{202f}{value}\u{202f}» deux fois dans «\u{202f}{key}\u{202f}».")
            }
        }
    }

    fn config_problems_heading(&self) -> &'static str {
        "Problèmes dans clinic.json"
    }
    fn config_problem(&self, problem: &ConfigProblem) -> String {
        match problem {
            ConfigProblem::NotLoaded(0) => format!("{FILE} n’a pas pu être chargé (erreur réseau)\u{202f}; le quiz conserve les informations avec lesquelles il a été créé."),
            ConfigProblem::NotLoaded(status) => format!("{FILE} n’a pas pu être chargé (HTTP {status})\u{202f}; le quiz conserve les informations avec lesquelles il a été créé."),
            ConfigProblem::NotJson { line, column } => format!("{FILE} n’est pas un JSON valide (erreur à la ligne {line}, colonne {column})\u{202f}; le quiz conserve les informations avec lesquelles il a été créé."),
            ConfigProblem::NotAnObject => format!("{FILE} doit contenir un seul objet JSON {{ … }}\u{202f}; le quiz conserve les informations avec lesquelles il a été créé."),
            ConfigProblem::MissingName => format!("{FILE}\u{202f}: \"name\" est absent\u{202f}; un nom neutre est affiché."),
            ConfigProblem::WrongType { key, expected: e } => format!("{FILE}\u{202f}: \"{key}\" devrait être {}\u{202f}; la valeur par défaut est utilisée à la place.", expected(*e)),
            ConfigProblem::BadValue { key, value, expected: e } => format!("{FILE}\u{202f}: \"{key}\" vaut {value}, mais devrait être {}\u{202f}; la valeur par défaut est utilisée à la place.", expected(*e)),
            ConfigProblem::NothingKnown(Key::Languages) => format!("{FILE}\u{202f}: \"languages\" ne nomme aucune langue connue du quiz\u{202f}; toutes sont proposées à la place."),
            ConfigProblem::NothingKnown(key) => format!("{FILE}\u{202f}: \"{key}\" ne nomme aucune technique connue du quiz\u{202f}; les quatre sont proposées à la place."),
            ConfigProblem::UnknownKey(key) => format!("{FILE}\u{202f}: la clé \"{key}\" n’est pas connue du quiz\u{202f}; elle est ignorée."),
        }
    }

    fn crash_heading(&self) -> &'static str {
        "Un problème est survenu"
    }
    fn crash_text(&self) -> &'static str {
        "Le quiz s’est arrêté de façon inattendue. Vos réponses sont enregistrées sur cet appareil\u{202f}: rechargez la page pour continuer."
    }
    fn reload(&self) -> &'static str {
        "Recharger"
    }
}

/// What a key of `clinic.json` should hold.
fn expected(expected: Expected) -> String {
    let text = match expected {
        Expected::Text => {
            return format!("un texte de 1 à {MAX_TEXT}\u{a0}caractères entre guillemets")
        }
        Expected::WebAddress => "une adresse web commençant par https:// ou http://",
        Expected::Phone => "un numéro de téléphone fait de chiffres, d’espaces et de + ( ) -",
        Expected::Email => "une adresse e-mail comme info@clinic.example",
        Expected::Colour => "une couleur comme #0b5d56",
        Expected::ImagePath => "le chemin d’une image du bundle, comme logo.svg",
        Expected::Techniques => return format!("une liste parmi {}", quoted(Technique::ALL)),
        Expected::EmergencyNumber => "un numéro court, fait de chiffres, comme 112",
        Expected::Units => "\"km\" ou \"mi\"",
        Expected::Languages => return format!("une liste parmi {}", quoted(Lang::ALL)),
        Expected::TextPerLanguage => {
            "un texte entre guillemets, ou des textes par langue comme { \"en\": \"…\", \"de\": \"…\" }"
        }
    };
    text.to_owned()
}

/// One painful spot as a reason: what it is like, then why the technique suits it. The pain is
/// named as a noun ("une tension au mollet"), so no adjective has to agree with the spot. The noun
/// is one feeling, not the choice's "A or B" label, which would read oddly as a statement.
fn pain_reason(pain: &Pain, why: Why) -> String {
    let feeling = match pain.quality {
        Quality::Tight => "une tension",
        Quality::Sore => "une douleur sourde",
        Quality::Sharp => "une douleur vive",
        Quality::Swollen => "un gonflement",
    };
    let what = format!(
        "Vous avez {feeling} {} ({}/10) {}",
        at_spot(pain.spot),
        pain.severity,
        since(pain.days)
    );
    let why = match why {
        Why::ColdForFreshInjury => format!(
            "une blessure récente demande du froid, pas de pression, pendant {}",
            first_days(rules::ACUTE_DAYS)
        ),
        Why::ColdBeforeFirmWork => {
            "un gonflement se calme avec le froid avant tout travail appuyé".to_owned()
        }
        Why::ScarTissue => format!(
            "après {}\u{a0}semaines ou plus, du tissu cicatriciel et des fascias raides sont probables, et c’est précisément ce que cible la technique Graston",
            rules::LONG_STANDING_DAYS / 7
        ),
        Why::WorkAroundIt => {
            "un problème ancien demande un travail sur les tissus qui l’entourent".to_owned()
        }
        Why::ColdSettlesTendon => {
            "un tendon ou un fascia qui s’est enflammé récemment se calme avec le froid".to_owned()
        }
        Why::UnloadTendon => {
            "détendre les muscles qui tirent dessus soulage le tendon ou le fascia douloureux"
                .to_owned()
        }
        Why::BroadMuscleArea => {
            "les ventouses conviennent à une large zone musculaire tendue ou douloureuse".to_owned()
        }
        Why::KnotsAndTightness => {
            "un travail lent et appuyé est la réponse classique aux nœuds et aux tensions".to_owned()
        }
        Why::ColdEasesAche => "le froid apaise la douleur".to_owned(),
        Why::MassageEasesSoreness => {
            "le massage est le moyen le mieux étayé par les études pour soulager les courbatures"
                .to_owned()
        }
        Why::ColdSettlesFlare => {
            "le froid calme une poussée douloureuse".to_owned()
        }
        Why::EaseMusclesAbove => {
            "détendre les muscles situés au-dessus soulage l’articulation".to_owned()
        }
    };
    format!("{what}\u{202f}: {why}.")
}
