//! Spanish (neutral international Spanish, addressing the visitor as «tú»).

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

pub struct Spanish;

/// "1 día", "3 días".
fn count(n: impl Into<u32>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

fn days(n: impl Into<u32>) -> String {
    count(n, "día", "días")
}

fn hours(n: impl Into<u32>) -> String {
    count(n, "hora", "horas")
}

fn weeks(n: impl Into<u32>) -> String {
    count(n, "semana", "semanas")
}

/// How long ago a pain began, after the description: "desde hoy", "desde hace 3 días",
/// "desde hace unas 10 semanas".
fn since(days: u16) -> String {
    match days {
        0 => "desde hoy".to_owned(),
        1..=20 => format!("desde hace {}", self::days(days)),
        _ => format!("desde hace unas {}", weeks((days + 3) / 7)),
    }
}

/// A day still to come: "hoy", "mañana", "dentro de 3 días".
fn in_days(n: u16) -> String {
    match n {
        0 => "hoy".to_owned(),
        1 => "mañana".to_owned(),
        n => format!("dentro de {}", days(n)),
    }
}

/// A day gone by: "hoy", "ayer", "hace 2 días".
fn days_ago(n: u16) -> String {
    match n {
        0 => "hoy".to_owned(),
        1 => "ayer".to_owned(),
        n => format!("hace {}", days(n)),
    }
}

/// A spot as a noun phrase with its article ("la pantorrilla"), and whether it is feminine.
fn spot_noun(spot: Spot) -> (&'static str, bool) {
    match spot {
        Spot::Foot => ("el talón o el arco del pie", false),
        Spot::Achilles => ("el tendón de Aquiles", false),
        Spot::Shin => ("la espinilla", true),
        Spot::Calf => ("la pantorrilla", true),
        Spot::Knee => ("la parte delantera de la rodilla", true),
        Spot::KneeOuter => ("la parte externa de la rodilla", true),
        Spot::Hip => ("la parte externa de la cadera", true),
        Spot::Groin => ("la ingle", true),
        Spot::Quad => ("la parte delantera del muslo", true),
        Spot::Hamstring => ("la parte posterior del muslo", true),
        Spot::Glute => ("el glúteo", false),
        Spot::LowerBack => ("la zona lumbar", true),
    }
}

/// The spot as a noun phrase: "la pantorrilla".
fn spot(spot: Spot) -> &'static str {
    spot_noun(spot).0
}

/// The spot with an adjective that agrees with it: "la pantorrilla tensa", "el glúteo tenso".
/// `adjective` is given as (masculine, feminine).
fn spot_with(spot: Spot, adjective: (&str, &str)) -> String {
    let (noun, feminine) = spot_noun(spot);
    let adjective = if feminine { adjective.1 } else { adjective.0 };
    format!("{noun} {adjective}")
}

const TIGHT: (&str, &str) = ("tenso", "tensa");
const SORE: (&str, &str) = ("dolorido", "dolorida");
const SWOLLEN: (&str, &str) = ("hinchado", "hinchada");

impl Texts for Spanish {
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
        "Cuestionario de recuperación para corredores"
    }
    fn description(&self) -> &'static str {
        "Descubre en dos minutos qué masaje deportivo te conviene según tu entrenamiento y tus molestias al correr, y cuándo pedir cita. Nada sale de tu dispositivo."
    }
    fn short_name(&self) -> &'static str {
        "Recuperación"
    }
    fn default_clinic(&self) -> &'static str {
        "Clínica de masaje deportivo"
    }
    fn skip_to_content(&self) -> &'static str {
        "Ir al cuestionario"
    }
    fn language(&self) -> &'static str {
        "Idioma"
    }

    fn start_heading(&self) -> &'static str {
        "¿Qué masaje le conviene ahora a tu entrenamiento?"
    }
    fn start_intro(&self) -> &'static str {
        "Responde unas preguntas sobre tu entrenamiento y sobre lo que te duela. Te diremos qué técnica de masaje te conviene, con qué frecuencia y cuándo pedir cita, y por qué."
    }
    fn start_facts(&self) -> [&'static str; 3] {
        [
            "Se tarda unos dos minutos.",
            "Tus respuestas se quedan en este dispositivo: no se envían a ninguna parte.",
            "Es una orientación, no un diagnóstico. Si algo te preocupa, consulta a un médico o fisioterapeuta.",
        ]
    }
    fn start_button(&self) -> &'static str {
        "Empezar el cuestionario"
    }
    fn resume_heading(&self) -> &'static str {
        "Hola de nuevo"
    }
    fn resume_text(&self) -> &'static str {
        "Tienes respuestas sin terminar guardadas en este dispositivo."
    }
    fn resume_button(&self) -> &'static str {
        "Seguir donde lo dejé"
    }
    fn start_fresh_button(&self) -> &'static str {
        "Empezar de cero"
    }

    fn next(&self) -> &'static str {
        "Siguiente"
    }
    fn back(&self) -> &'static str {
        "Atrás"
    }
    fn see_result(&self) -> &'static str {
        "Ver mi resultado"
    }
    fn forget(&self) -> &'static str {
        "Borrar mis respuestas"
    }
    fn forgotten(&self) -> &'static str {
        "Tus respuestas guardadas se han borrado de este dispositivo."
    }
    fn progress(&self, step: usize, of: usize) -> String {
        format!("Paso {step} de {of}")
    }
    fn error_summary(&self, count: usize) -> String {
        match count {
            1 => "Hay una respuesta que revisar antes de continuar.".to_owned(),
            n => format!("Hay {n} respuestas que revisar antes de continuar."),
        }
    }

    fn training_heading(&self) -> &'static str {
        "Tu entrenamiento de los últimos siete días"
    }
    fn unit_legend(&self) -> &'static str {
        "Distancias en"
    }
    fn unit_name(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Km => "kilómetros",
            Unit::Mi => "millas",
        }
    }
    fn km_label(&self) -> &'static str {
        "Distancia recorrida en los últimos 7 días"
    }
    fn runs_label(&self) -> &'static str {
        "Salidas a correr en los últimos 7 días"
    }
    fn hard_label(&self) -> &'static str {
        "De ellas, sesiones intensas"
    }
    fn hard_hint(&self) -> &'static str {
        "Series, tempos, cuestas, carreras y salidas largas. Déjalo en blanco si no hubo ninguna."
    }
    fn long_label(&self) -> &'static str {
        "Tu salida más larga"
    }
    fn long_hint(&self) -> &'static str {
        "Opcional."
    }
    fn last_label(&self) -> &'static str {
        "Horas desde tu última sesión intensa o carrera"
    }
    fn last_hint(&self) -> &'static str {
        "Opcional. Un día son 24 horas; dos días, 48."
    }
    fn hours_short(&self) -> &'static str {
        "h"
    }

    fn weeks_heading(&self) -> &'static str {
        "Las semanas anteriores y las carreras"
    }
    fn weeks_legend(&self) -> &'static str {
        "Distancia de cada una de las cuatro semanas anteriores a esta (opcional)"
    }
    fn weeks_hint(&self) -> &'static str {
        "Completa las cuatro para comparar con ellas esta semana. La más antigua va primero."
    }
    fn week_label(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            1 => "La semana pasada".to_owned(),
            n => format!("Hace {n} semanas"),
        }
    }
    fn race_planned(&self) -> &'static str {
        "Tengo una carrera pronto"
    }
    fn race_in_label(&self) -> &'static str {
        "Días que faltan para la carrera"
    }
    fn raced_recently(&self) -> &'static str {
        "He corrido una carrera en el último año"
    }
    fn raced_ago_label(&self) -> &'static str {
        "Días desde esa carrera"
    }

    fn pain_heading(&self) -> &'static str {
        "¿Dónde te duele?"
    }
    fn pain_hint(&self) -> &'static str {
        "Toca cada zona que te duela o que notes tensa, en las figuras o en la lista."
    }
    fn body_front(&self) -> &'static str {
        "De frente"
    }
    fn body_back(&self) -> &'static str {
        "De espaldas"
    }
    fn spot_list_legend(&self) -> &'static str {
        "Zonas con dolor"
    }
    fn nothing_hurts(&self) -> &'static str {
        "No me duele nada"
    }
    fn nothing_hurts_chosen(&self) -> &'static str {
        "Has indicado que no te duele nada. Si algo te duele, toca la zona."
    }
    fn spot_name(&self, spot: Spot) -> &'static str {
        match spot {
            Spot::Foot => "Talón, arco o planta del pie",
            Spot::Achilles => "Tendón de Aquiles (detrás del tobillo)",
            Spot::Shin => "Espinilla",
            Spot::Calf => "Pantorrilla",
            Spot::Knee => "Parte delantera de la rodilla",
            Spot::KneeOuter => "Parte externa de la rodilla",
            Spot::Hip => "Parte externa de la cadera o del muslo",
            Spot::Groin => "Ingle",
            Spot::Quad => "Parte delantera del muslo",
            Spot::Hamstring => "Parte posterior del muslo",
            Spot::Glute => "Glúteo",
            Spot::LowerBack => "Zona lumbar",
        }
    }

    fn spot_heading(&self, spot: Spot) -> &'static str {
        match spot {
            Spot::Foot => "Dolor en el talón o el arco del pie",
            Spot::Achilles => "Dolor en el tendón de Aquiles",
            Spot::Shin => "Dolor en la espinilla",
            Spot::Calf => "Dolor en la pantorrilla",
            Spot::Knee => "Dolor en la parte delantera de la rodilla",
            Spot::KneeOuter => "Dolor en la parte externa de la rodilla",
            Spot::Hip => "Dolor en la parte externa de la cadera",
            Spot::Groin => "Dolor en la ingle",
            Spot::Quad => "Dolor en la parte delantera del muslo",
            Spot::Hamstring => "Dolor en la parte posterior del muslo",
            Spot::Glute => "Dolor en el glúteo",
            Spot::LowerBack => "Dolor en la zona lumbar",
        }
    }
    fn severity_label(&self) -> &'static str {
        "¿Cuánto te duele, de 0 (apenas nada) a 10 (el peor dolor imaginable)?"
    }
    fn quality_legend(&self) -> &'static str {
        "¿Cómo lo notas?"
    }
    fn quality_name(&self, quality: Quality) -> &'static str {
        match quality {
            Quality::Tight => "Tensión o nudos",
            Quality::Sore => "Molestia o dolor sordo",
            Quality::Sharp => "Dolor punzante",
            Quality::Swollen => "Hinchazón",
        }
    }
    fn days_label(&self) -> &'static str {
        "¿Cuántos días hace que empezó?"
    }
    fn days_hint(&self) -> &'static str {
        "0 si empezó hoy. Seis semanas son 42 días."
    }

    fn safety_heading(&self) -> &'static str {
        "Unas preguntas de seguridad"
    }
    fn safety_intro(&self) -> &'static str {
        "Algunas señales indican que necesitas un médico, no un masaje. Responde a todas las preguntas."
    }
    fn health_heading(&self) -> &'static str {
        "Tu salud"
    }
    fn health_intro(&self) -> &'static str {
        "Algunas técnicas no son seguras si tienes ciertos problemas de salud. Te lo preguntamos para no sugerirte nunca ninguna de ellas."
    }
    fn question(&self, question: Question) -> &'static str {
        match question {
            Question::Flag(RedFlag::Chest) => "¿Tienes dolor en el pecho o dificultad para respirar?",
            Question::Flag(RedFlag::Saddle) => "¿Notas entumecimiento entre las piernas, cambios en el control de la vejiga o del intestino, o debilidad en ambas piernas?",
            Question::Flag(RedFlag::CalfSwelling) => "¿Tienes una pantorrilla o un muslo hinchado, caliente, enrojecido o más oscuro que en la otra pierna?",
            Question::Flag(RedFlag::BoneSpot) => "¿Te duele un punto pequeño y concreto de un hueso al presionarlo?",
            Question::Flag(RedFlag::NightPain) => "¿Te duele en reposo o te despierta por la noche?",
            Question::Flag(RedFlag::NoWeight) => "¿Te resulta imposible dar cuatro pasos o apoyar el peso en la pierna?",
            Question::Flag(RedFlag::Pop) => "¿Notaste de repente como una patada o un chasquido en la parte posterior del tobillo, o ya no puedes ponerte de puntillas?",
            Question::Flag(RedFlag::Numbness) => "¿Tienes entumecimiento, hormigueo o debilidad?",
            Question::Flag(RedFlag::Fever) => "¿Tienes fiebre o te sientes mal?",
            Question::Condition(Health::BloodThinners) => "¿Tomas anticoagulantes o tienes un trastorno de la coagulación?",
            Question::Condition(Health::Pregnant) => "¿Estás embarazada?",
            Question::Condition(Health::Skin) => "¿La piel de la zona que te duele tiene heridas, está infectada o es frágil?",
            Question::Condition(Health::Varicose) => "¿Tienes varices en la zona que te duele?",
            Question::Condition(Health::Neuropathy) => "¿Tienes menos sensibilidad en la zona que duele, por ejemplo, por diabetes?",
            Question::Condition(Health::ColdSensitive) => "¿Reaccionas mal al frío (síndrome de Raynaud o urticaria por frío)?",
        }
    }
    fn yes(&self) -> &'static str {
        "Sí"
    }
    fn no(&self) -> &'static str {
        "No"
    }

    fn problem(&self, field: Field, problem: Problem, unit: Unit) -> String {
        let what = match field {
            Field::Text(TextField::Km | TextField::Long | TextField::Week(_)) => {
                self.unit_short(unit)
            }
            Field::Text(TextField::Runs) => "salidas",
            Field::Text(TextField::Hard) => "sesiones",
            Field::Text(TextField::Last) => "horas",
            Field::Text(TextField::RaceIn | TextField::RacedAgo | TextField::Days(_)) => "días",
            Field::Spots | Field::Quality(_) | Field::Question(_) => "",
        };
        match problem {
            Problem::Required => "Completa este campo.".to_owned(),
            Problem::NotANumber { whole: true } => {
                format!("Escribe un número entero de {what}, por ejemplo 3.")
            }
            Problem::NotANumber { whole: false } => {
                format!(
                    "Escribe una cantidad en {what}, por ejemplo {} o {}.",
                    self.number(Decimal::new(12, 0)),
                    self.number(Decimal::new(125, 1))
                )
            }
            Problem::OutOfRange { max } => {
                let max = self.number(max);
                match what {
                    "" => format!("Escribe un número entre 0 y {max}."),
                    _ => format!("Escribe un número entre 0 y {max}\u{a0}{what}."),
                }
            }
            Problem::Conflict(conflict) => self.conflict(conflict).to_owned(),
            Problem::ChooseOne => match field {
                Field::Spots => "Toca una zona o elige «No me duele nada».".to_owned(),
                Field::Quality(_) => "Elige cómo lo notas.".to_owned(),
                _ => "Responde sí o no.".to_owned(),
            },
        }
    }

    fn conflict(&self, conflict: Conflict) -> &'static str {
        match conflict {
            Conflict::HardAboveRuns => "No puede haber más sesiones intensas que salidas.",
            Conflict::LongAboveWeek => {
                "Tu salida más larga no puede superar la distancia de toda la semana."
            }
            Conflict::WeeksIncomplete => "Completa las cuatro semanas o deja las cuatro vacías.",
        }
    }

    fn result_heading(&self) -> &'static str {
        "Tu plan de recuperación"
    }
    fn emergency_heading(&self) -> &'static str {
        "Pide ayuda ahora mismo"
    }
    fn emergency_text(&self, number: &str) -> String {
        format!("Llama ahora al {number} (o al número de emergencias de tu zona). Lo que describes necesita atención médica urgente, no un masaje.")
    }
    fn clinician_heading(&self) -> &'static str {
        "Consulta antes a un médico o fisioterapeuta"
    }
    fn clinician_text(&self) -> &'static str {
        "Antes de cualquier masaje, pide que te lo revise un médico o fisioterapeuta. Cuando te den el visto bueno, vuelve y repite el cuestionario."
    }
    fn clinician_worse(&self, number: &str) -> String {
        format!("Si empeora mucho, o si aparecen dolor en el pecho o dificultad para respirar, llama de inmediato al {number}.")
    }
    fn triage_because(&self) -> &'static str {
        "Según tus respuestas:"
    }
    fn triage_reason(&self, reason: TriageReason) -> String {
        match reason {
            TriageReason::Flag(flag) => match flag {
                RedFlag::Chest => "tienes dolor en el pecho o dificultad para respirar",
                RedFlag::Saddle => "tienes entumecimiento entre las piernas, cambios en el control de la vejiga o del intestino, o debilidad en ambas piernas",
                RedFlag::CalfSwelling => "tienes una pantorrilla o un muslo hinchado, caliente, enrojecido o más oscuro, lo que puede ser un coágulo de sangre (trombosis); el masaje podría desplazarlo",
                RedFlag::BoneSpot => "te duele un punto pequeño de un hueso, lo que puede ser una fractura por estrés",
                RedFlag::NightPain => "te duele en reposo o por la noche",
                RedFlag::NoWeight => "no puedes dar cuatro pasos o apoyar el peso en la pierna",
                RedFlag::Pop => "notaste de repente como una patada o un chasquido en la parte posterior del tobillo, o no puedes ponerte de puntillas, lo que puede ser una rotura del tendón de Aquiles",
                RedFlag::Numbness => "tienes entumecimiento, hormigueo o debilidad",
                RedFlag::Fever => "tienes fiebre o te sientes mal",
            }
            .to_owned(),
            TriageReason::Spot(s) => format!(
                "te duele {} al correr, lo que puede ser una fractura por estrés de la cadera",
                spot(s)
            ),
            TriageReason::NothingSafe => {
                "lo que indicas sobre tu salud descarta todas las técnicas que ofrece esta clínica"
                    .to_owned()
            }
        }
    }

    fn technique_label(&self) -> &'static str {
        "Nuestra sugerencia"
    }
    fn second_label(&self) -> &'static str {
        "También te puede ir bien"
    }
    fn why_heading(&self) -> &'static str {
        "Por qué es adecuada para ti"
    }
    fn technique_name(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Masaje de tejido profundo",
            Technique::Cupping => "Ventosaterapia deportiva",
            Technique::Graston => "Técnica Graston",
            Technique::Cryotherapy => "Crioterapia (terapia de frío)",
        }
    }
    fn technique_about(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "Se trabaja de forma lenta y firme sobre los músculos que más usas al correr, deshaciendo nudos y capas adheridas para que el músculo vuelva a moverse con libertad.",
            Technique::Cupping => "Se colocan sobre la piel unas ventosas que, por succión, la elevan suavemente. Así llega más sangre a una zona amplia y cansada, lo que la ayuda a recuperarse.",
            Technique::Graston => "Se deslizan herramientas lisas de acero sobre la zona para soltar el tejido cicatricial antiguo y la fascia rígida, a los que cuesta llegar solo con las manos.",
            Technique::Cryotherapy => "Se aplica frío en la zona dolorida, en periodos cortos, para calmar la hinchazón y la inflamación recientes y aliviar el dolor.",
        }
    }
    fn evidence_heading(&self) -> &'static str {
        "Qué dicen los estudios"
    }
    fn evidence(&self, technique: Technique) -> &'static str {
        match technique {
            Technique::DeepTissue => "En el conjunto de muchos estudios, el masaje alivia el dolor muscular y la sensación de fatiga mejor que otros métodos de recuperación (Dupuy et al., 2018), con menos dolor de uno a tres días después del ejercicio (Guo et al., 2017). Aporta pequeñas mejoras de flexibilidad, pero no mejora la velocidad ni la fuerza (Davis et al., 2020).",
            Technique::Cupping => "Los estudios sobre ventosas en deportistas son pocos y de baja calidad (Bridgett et al., 2018). Algunos corredores notan menos rigidez después, pero no se ha demostrado un efecto claro sobre la recuperación.",
            Technique::Graston => "La evidencia sobre las técnicas con instrumentos, como Graston, es de baja calidad: como mucho, una mejora modesta de la amplitud de movimiento. Funciona mejor dentro de un plan que incluya ejercicios de fuerza.",
            Technique::Cryotherapy => "El frío alivia de forma fiable el dolor y la hinchazón a corto plazo. Las bolsas de frío aplicadas en la zona no son lo mismo que las cámaras de frío de cuerpo entero, que la FDA de EE.\u{a0}UU. no ha autorizado como tratamiento.",
        }
    }
    fn reason(&self, reason: &Reason, unit: Unit) -> String {
        match reason {
            Reason::Pain { pain, why } => pain_reason(pain, *why),
            Reason::JustRaced(0) => {
                "Tu carrera fue hoy: empezar por el frío calma el daño que deja una carrera."
                    .to_owned()
            }
            Reason::JustRaced(ago) => format!(
                "Tu carrera fue {}: primero, frío y trabajo suave; el trabajo profundo, a partir del día {}.",
                days_ago(*ago),
                rules::DEEP_WORK_AFTER_RACE_DAYS
            ),
            Reason::JustTrainedHard(0) => "Acabas de terminar una sesión intensa: en las primeras horas tras un esfuerzo intenso es cuando más ayuda el frío.".to_owned(),
            Reason::JustTrainedHard(h) => format!(
                "Tu última sesión intensa fue hace {}: en las primeras horas tras un esfuerzo intenso es cuando más ayuda el frío.",
                hours(*h)
            ),
            Reason::HighVolume => "Corres mucho: las ventosas ayudan a que las zonas musculares grandes se recuperen de un volumen alto.".to_owned(),
            Reason::HeavyLoad(because) => match because {
                HeavyBecause::Distance => format!(
                    "Esta semana sumas {} o más: un trabajo profundo regular mantiene los músculos flexibles cuando el entrenamiento es exigente.",
                    self.distance(rules::HEAVY_WEEKLY_KM, unit)
                ),
                HeavyBecause::HardSessions => format!(
                    "Esta semana sumas {} sesiones intensas o más: un trabajo profundo regular mantiene flexibles los músculos que más trabajan.",
                    rules::HEAVY_HARD_SESSIONS
                ),
                HeavyBecause::MarathonBuild => format!(
                    "Una salida larga de {} o más indica que preparas un maratón: un trabajo profundo regular te mantiene flexible durante toda la preparación.",
                    self.distance(rules::MARATHON_BUILD_LONG_RUN_KM, unit)
                ),
            },
            Reason::Maintenance => "Entre bloques de entrenamiento, una sesión regular evita que una pequeña tensión se convierta en un problema.".to_owned(),
            Reason::OnlyOneLeft => "Tus otras respuestas descartan el resto de lo que ofrece la clínica; esta técnica es segura para ti.".to_owned(),
        }
    }

    fn schedule_heading(&self) -> &'static str {
        "Con qué frecuencia y cuándo pedir cita"
    }
    fn every(&self, days: u8) -> String {
        match days {
            7 => "Una vez por semana.".to_owned(),
            14 => "Cada dos semanas.".to_owned(),
            28 => "Cada cuatro semanas.".to_owned(),
            n => format!("Cada {n} días."),
        }
    }
    fn interval_basis(&self, basis: IntervalBasis) -> &'static str {
        match basis {
            IntervalBasis::Heavy(_) => {
                "Ahora mismo entrenas mucho, así que una sesión semanal te ayuda a sostener el ritmo."
            }
            IntervalBasis::ActiveProblem => {
                "Mientras algo te duela, una sesión semanal permite que el terapeuta lo siga de cerca."
            }
            IntervalBasis::Moderate => {
                "Con una carga moderada, una sesión cada dos semanas te mantiene en buena forma."
            }
            IntervalBasis::Light => {
                "Con una carga ligera y sin dolores, una sesión al mes basta como mantenimiento."
            }
        }
    }
    fn timing(&self, timing: Timing) -> String {
        let (cold_min, cold_max) = rules::COLD_MINUTES;
        let (open, close) = rules::BOOKING_WINDOW_HOURS;
        let (flush_from, flush_to) = rules::FLUSH_AFTER_RACE_HOURS;
        let deep_after = rules::DEEP_WORK_AFTER_RACE_DAYS;
        match timing {
            Timing::ColdNow => format!("Ahora lo que mejor funciona es el frío: de {cold_min} a {cold_max} minutos cada vez como máximo, varias veces al día durante los primeros días. Pide cita para el trabajo manual cuando la hinchazón o el dolor se hayan calmado."),
            Timing::RaceSoon(0) => format!("Hoy tienes carrera: antes de correr, como mucho un masaje ligero de activación. Después, descanso y frío; el trabajo profundo, a partir del día {deep_after} después de la carrera."),
            Timing::RaceSoon(days_left) => format!(
                "Tu carrera es {}: nada de trabajo profundo antes de ella, solo trabajo suave. Pide cita para tu próxima sesión de trabajo profundo {} después de la carrera.",
                in_days(days_left),
                days(deep_after)
            ),
            Timing::TuneUp(days_left) => format!(
                "Tu carrera es {}: pide ya cita para una sesión de puesta a punto que sea, como muy tarde, {} antes de la carrera.",
                in_days(days_left),
                days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            Timing::JustRaced(ago) => {
                let wait = match deep_after.saturating_sub(ago) {
                    0 => String::new(),
                    n => format!(" ({})", in_days(n)),
                };
                format!(
                    "Tu carrera fue {}: primero, descanso y frío; un masaje ligero de descarga entre {flush_from} y {flush_to} horas después de la carrera, y trabajo profundo a partir del día {deep_after}{wait}.",
                    days_ago(ago)
                )
            }
            Timing::BookIn { from, to } => format!(
                "Lo ideal es que la cita sea entre {open} y {close} horas después de una sesión intensa: contando desde la última, eso es entre {from} y {to} horas a partir de ahora."
            ),
            Timing::BookNow => format!("Tu última sesión intensa fue hace entre {open} y {close} horas: ahora es el momento ideal para pedir cita."),
            Timing::AfterNextHardSession => format!("Pide la cita para que caiga entre {open} y {close} horas después de tu próxima salida larga o sesión intensa."),
            Timing::AfterHardSession => format!("Pide la cita para que caiga entre {open} y {close} horas después de tu salida larga o de la sesión más dura de la semana."),
        }
    }
    fn opinion_note(&self) -> &'static str {
        "Los consejos sobre cuándo y con qué frecuencia venir se basan en la experiencia de los profesionales, no en ensayos clínicos."
    }

    fn load_heading(&self) -> &'static str {
        "Tu carga de entrenamiento"
    }
    fn load_unknown(&self) -> &'static str {
        "Añade las distancias de las cuatro semanas anteriores para comparar con ellas esta semana."
    }
    fn chart_label(&self) -> &'static str {
        "Distancia por semana"
    }
    fn this_week(&self) -> &'static str {
        "Esta semana"
    }
    fn chart_week(&self, weeks_ago: usize) -> String {
        match weeks_ago {
            0 => "ahora".to_owned(),
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
            Some(0) => format!("más o menos lo mismo que tu media de {average}"),
            Some(p) if p > 0 => format!(
                "un {} más que tu media de {average}",
                self.percent(p.unsigned_abs())
            ),
            Some(p) => format!(
                "un {} menos que tu media de {average}",
                self.percent(p.unsigned_abs())
            ),
            None => format!("frente a una media de {average}"),
        };
        let ratio = reading
            .ratio
            .map(|r| {
                format!(
                    " La relación entre esta semana y esa media es de {}.",
                    self.number(r)
                )
            })
            .unwrap_or_default();
        let verdict = match reading.trend {
            LoadTrend::Spike => format!(
                "Es un salto brusco. Quienes aumentan de golpe su distancia en más de un {} aproximadamente tienden a sufrir más lesiones por sobrecarga, así que tómate con calma las próximas semanas. Es una advertencia, no una predicción: la ciencia sobre la relación entre cargas está en debate.",
                self.percent(rules::SPIKE_PERCENT)
            ),
            LoadTrend::Steady => "Es similar a tus últimas semanas.".to_owned(),
            LoadTrend::Lower => {
                "Es menos de lo habitual: un buen momento para trabajar la recuperación.".to_owned()
            }
        };
        format!("Esta semana: {this_week}, {compared} en las cuatro semanas anteriores.{ratio} {verdict}")
    }

    fn cautions_heading(&self) -> &'static str {
        "Qué descartamos y por qué"
    }
    fn exclusion(&self, technique: Technique, cause: ExclusionCause) -> String {
        let why = match cause {
            ExclusionCause::Health(Health::BloodThinners) => {
                "no es seguro si tomas anticoagulantes o tienes un trastorno de la coagulación"
                    .to_owned()
            }
            ExclusionCause::Health(Health::Pregnant) => {
                "se desaconseja durante el embarazo".to_owned()
            }
            ExclusionCause::Health(Health::Skin) => {
                "la piel de la zona que te duele tiene heridas o es frágil".to_owned()
            }
            ExclusionCause::Health(Health::Varicose) => {
                "tienes varices en la zona que te duele".to_owned()
            }
            ExclusionCause::Health(Health::Neuropathy) => {
                "con la sensibilidad reducida, no notarías si el frío fuera excesivo".to_owned()
            }
            ExclusionCause::Health(Health::ColdSensitive) => "reaccionas mal al frío".to_owned(),
            ExclusionCause::AcuteInjury(s) => format!(
                "parece que tienes una lesión reciente en {}; el trabajo firme debe esperar al menos {}",
                spot(s),
                days(rules::ACUTE_DAYS)
            ),
            ExclusionCause::Swelling(s) => format!("tienes {}", spot_with(s, SWOLLEN)),
            ExclusionCause::RaceSoon(days_left) => format!(
                "tu carrera es {}, y en los últimos {} antes de una carrera no se hace trabajo profundo",
                in_days(days_left),
                days(rules::NO_DEEP_WORK_BEFORE_RACE_DAYS)
            ),
            ExclusionCause::JustRaced(ago) => format!(
                "tu carrera fue {}, y el trabajo profundo debe esperar hasta el día {} después de la carrera",
                days_ago(ago),
                rules::DEEP_WORK_AFTER_RACE_DAYS
            ),
            ExclusionCause::NotOffered => "sería la mejor opción para ti, pero esta clínica no ofrece esta técnica; por eso te sugerimos la siguiente más adecuada".to_owned(),
        };
        format!("{}: {why}.", self.technique_name(technique))
    }

    fn book(&self) -> &'static str {
        "Pedir cita"
    }
    fn call(&self, number: &str) -> String {
        format!("Llamar al {number}")
    }
    fn email(&self, address: &str) -> String {
        format!("Escribir a {address}")
    }
    fn copy_link(&self) -> &'static str {
        "Copiar enlace"
    }
    fn copied(&self) -> &'static str {
        "Enlace copiado. Quien lo tenga podrá ver estas respuestas, así que compártelo con cuidado."
    }
    fn copy_failed(&self) -> &'static str {
        "No se pudo copiar. Copia la dirección desde la barra de direcciones del navegador."
    }
    fn print(&self) -> &'static str {
        "Imprimir o guardar en PDF"
    }
    fn change_answers(&self) -> &'static str {
        "Cambiar mis respuestas"
    }
    fn start_over(&self) -> &'static str {
        "Empezar de nuevo"
    }
    fn disclaimer(&self) -> &'static str {
        "Este cuestionario ofrece una orientación general, no un diagnóstico. En tu cita, un terapeuta comprobará qué es lo más adecuado para ti."
    }

    fn link_error_heading(&self) -> &'static str {
        "No se pudo leer este enlace"
    }
    fn link_error_start(&self) -> &'static str {
        "Empezar un cuestionario nuevo"
    }
    fn link_error(&self, error: &LinkError) -> String {
        match error {
            LinkError::NotALink => "No contiene respuestas del cuestionario.".to_owned(),
            LinkError::TooLong(_) => {
                "Es mucho más largo que cualquier enlace del cuestionario.".to_owned()
            }
            LinkError::BadEncoding => {
                "Una parte está dañada; quizá se cortó al copiarlo.".to_owned()
            }
            LinkError::NotAPair(part) => {
                format!("La parte «{part}» no tiene la forma nombre=valor.")
            }
            LinkError::Duplicate(key) => format!("Incluye «{key}» dos veces."),
            LinkError::Missing(key) => {
                format!("Le falta «{key}», que todo enlace del cuestionario incluye.")
            }
            LinkError::TooNew(v) => format!(
                "Se creó con una versión más reciente del cuestionario (versión {v}). Recarga la página para obtenerla."
            ),
            LinkError::BadVersion(v) => {
                format!("Su versión, «{v}», no es una que este cuestionario conozca.")
            }
            LinkError::NotANumber { key, value } => {
                format!("«{key}» debería ser un número, pero es «{value}».")
            }
            LinkError::OutOfRange { key, value, max } => {
                format!("«{key}» vale {value}, pero debe estar entre 0 y {max}.")
            }
            LinkError::HistoryCount(n) => format!(
                "Las semanas anteriores deberían ser cuatro números, pero hay {n}."
            ),
            LinkError::Conflict(conflict) => self.conflict(*conflict).to_owned(),
            LinkError::BadPain(entry) => format!(
                "La entrada de dolor «{entry}» no tiene la forma zona:intensidad:sensación:días."
            ),
            LinkError::UnknownSpot(s) => format!("«{s}» no es una zona del mapa del cuerpo."),
            LinkError::UnknownQuality(q) => {
                format!("«{q}» no es un tipo de dolor que el cuestionario conozca.")
            }
            LinkError::RepeatedSpot(s) => format!("Incluye la zona «{s}» dos veces."),
            LinkError::UnknownFlag(f) => {
                format!("«{f}» no es una de las preguntas de seguridad.")
            }
            LinkError::UnknownHealth(h) => {
                format!("«{h}» no es una de las preguntas de salud.")
            }
            LinkError::RepeatedItem { key, value } => {
                format!("Incluye «{value}» dos veces en «{key}».")
            }
        }
    }

    fn config_problems_heading(&self) -> &'static str {
        "Problemas en clinic.json"
    }
    fn config_problem(&self, problem: &ConfigProblem) -> String {
        match problem {
            ConfigProblem::NotLoaded(0) => format!("No se pudo cargar {FILE} (error de red); el cuestionario conserva los datos con los que se creó."),
            ConfigProblem::NotLoaded(status) => format!("No se pudo cargar {FILE} (HTTP {status}); el cuestionario conserva los datos con los que se creó."),
            ConfigProblem::NotJson { line, column } => format!("{FILE} no es un JSON válido (el error está en la línea {line}, columna {column}); el cuestionario conserva los datos con los que se creó."),
            ConfigProblem::NotAnObject => format!("{FILE} debe contener un único objeto JSON {{ … }}; el cuestionario conserva los datos con los que se creó."),
            ConfigProblem::MissingName => format!("{FILE}: falta \"name\"; se muestra un nombre neutro."),
            ConfigProblem::WrongType { key, expected: e } => format!("{FILE}: \"{key}\" debería ser {}; se usa el valor por defecto.", expected(*e)),
            ConfigProblem::BadValue { key, value, expected: e } => format!("{FILE}: \"{key}\" vale {value}, pero debería ser {}; se usa el valor por defecto.", expected(*e)),
            ConfigProblem::NothingKnown(Key::Languages) => format!("{FILE}: \"languages\" no nombra ningún idioma que el cuestionario conozca; se ofrecen todos."),
            ConfigProblem::NothingKnown(key) => format!("{FILE}: \"{key}\" no nombra ninguna técnica que el cuestionario conozca; se ofrecen las cuatro."),
            ConfigProblem::UnknownKey(key) => format!("{FILE}: el cuestionario no conoce la clave \"{key}\"; se ignora."),
        }
    }

    fn crash_heading(&self) -> &'static str {
        "Algo salió mal"
    }
    fn crash_text(&self) -> &'static str {
        "El cuestionario se detuvo de forma inesperada. Tus respuestas están guardadas en este dispositivo: recarga la página para continuar."
    }
    fn reload(&self) -> &'static str {
        "Recargar"
    }
}

/// What a key of `clinic.json` should hold.
fn expected(expected: Expected) -> String {
    let text = match expected {
        Expected::Text => return format!("un texto entre comillas de 1 a {MAX_TEXT} caracteres"),
        Expected::WebAddress => "una dirección web que empiece por https:// o http://",
        Expected::Phone => "un número de teléfono con cifras, espacios y + ( ) -",
        Expected::Email => "una dirección de correo electrónico como info@clinic.example",
        Expected::Colour => "un color como #0b5d56",
        Expected::ImagePath => "la ruta de una imagen del paquete, como logo.svg",
        Expected::Techniques => return format!("una lista con {}", quoted(Technique::ALL)),
        Expected::EmergencyNumber => "un número corto de cifras, como 112",
        Expected::Units => "\"km\" o \"mi\"",
        Expected::Languages => return format!("una lista con {}", quoted(Lang::ALL)),
        Expected::TextPerLanguage => {
            "un texto entre comillas, o textos por idioma como { \"en\": \"…\", \"de\": \"…\" }"
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
            "Tienes un dolor punzante en {} ({severity}/10) {since}",
            spot(pain.spot)
        ),
        quality => {
            let feeling = match quality {
                Quality::Tight => TIGHT,
                Quality::Sore => SORE,
                _ => SWOLLEN,
            };
            format!(
                "Tienes {} ({severity}/10) {since}",
                spot_with(pain.spot, feeling)
            )
        }
    };
    let why = match why {
        Why::ColdForFreshInjury => format!(
            "una lesión reciente pide frío, no presión, durante los primeros {}",
            days(rules::ACUTE_DAYS)
        ),
        Why::ColdBeforeFirmWork => {
            "la hinchazón se calma con frío antes de cualquier trabajo firme".to_owned()
        }
        Why::ScarTissue => format!(
            "al cabo de {} o más, es probable que haya tejido cicatricial y fascia rígida, que es justo lo que trata la técnica Graston",
            weeks(rules::LONG_STANDING_DAYS / 7)
        ),
        Why::WorkAroundIt => {
            "un problema de larga duración necesita trabajar el tejido que lo rodea".to_owned()
        }
        Why::ColdSettlesTendon => {
            "un tendón o una fascia que se ha irritado hace poco se calma con frío".to_owned()
        }
        Why::UnloadTendon => {
            "relajar los músculos que tiran de la zona le quita carga al tendón o a la fascia que te duele"
                .to_owned()
        }
        Why::BroadMuscleArea => {
            "las ventosas van bien en una zona muscular amplia que está tensa o dolorida".to_owned()
        }
        Why::KnotsAndTightness => {
            "el trabajo lento y firme es la respuesta clásica a los nudos y la tensión muscular"
                .to_owned()
        }
        Why::ColdEasesAche => "el frío alivia la molestia".to_owned(),
        Why::MassageEasesSoreness => {
            "el masaje es la forma con más respaldo científico de aliviar el dolor muscular"
                .to_owned()
        }
        Why::ColdSettlesFlare => {
            "el frío calma un brote de dolor".to_owned()
        }
        Why::EaseMusclesAbove => {
            "relajar los músculos que hay por encima le quita tensión a la articulación".to_owned()
        }
    };
    format!("{what}: {why}.")
}
