### Español (internacional, tuteo). Tiene los mismos mensajes que el inglés (en.ftl), que es el original.
### Cómo cambiar un texto, añadir un idioma y comprobar un archivo: docs/translations.md.
### Las variables ($days, $spot, …) las rellena el cuestionario: mantenlas y traduce el texto que
### las rodea. Un selector ({ $spot -> … }) necesita una variante para cada valor de su comentario.

language-name = Español

## Cómo se escriben los números: 12,5 km, 3650 días, 10.000 días (CLDR: se agrupa desde 5 cifras).

-number-decimal-separator = ,
-number-group-separator = .
-number-group-from-digits = 5

## Las palabras que hacen negativa una frase, para comprobar que ninguna pregunta de seguridad
## se hace en negativo (docs/translations.md, «Safety texts»).

-negation-words = no ni nunca jamás tampoco nadie nada ninguno ninguna ningún sin

## Palabras que se usan en muchos textos.

-check = cuestionario
# Espacio de no separación: entre un número y su unidad («12,5 km», «30 %»).
-nbsp = { "\u00A0" }

## La página

title = Cuestionario de recuperación para corredores
description = Un { -check } de dos minutos para corredores. A partir de tu entrenamiento y de lo que te duele, te sugiere el masaje deportivo que te conviene y para cuándo pedir cita, o te indica que consultes antes a un médico. Es privado: tus respuestas se quedan en tu dispositivo.
# El nombre bajo el icono en la pantalla de inicio del móvil: una docena de letras como mucho.
short-name = Recuperación
# El nombre de la clínica cuando la clínica no da ninguno.
default-clinic = Clínica de masaje deportivo
skip-to-content = Ir al contenido principal
# La etiqueta del selector de idioma.
language = Idioma
# Un porcentaje: 30 %.
percent = { $percent }{ -nbsp }%
# El nombre corto de una unidad después de un número.
unit-short = { $unit ->
   *[km] km
    [mi] mi
}
# Una distancia con su unidad: 12,5 km.
distance = { $distance }{ -nbsp }{ unit-short }

## La pantalla de inicio

start-heading = ¿Qué masaje te conviene en este momento de tu entrenamiento?
start-intro = Responde unas preguntas sobre tu entrenamiento, sobre lo que te duela y sobre tu salud. Te diremos qué técnica de masaje te conviene, con qué frecuencia y para cuándo pedir cita, y por qué. Si antes necesitas ver a un médico, el { -check } te lo dirá.
start-fact-time = Se tarda unos dos minutos.
start-fact-private = Tus respuestas se quedan en este dispositivo: no se envían a ninguna parte.
start-fact-guidance = Es una orientación, no un diagnóstico. Si algo te preocupa, consulta a un médico o fisioterapeuta. En caso de emergencia, llama al número de emergencias del lugar donde estés.
start-button = Empezar el { -check }
resume-heading = Hola de nuevo
resume-text = Tienes un { -check } a medias guardado en este dispositivo.
resume-button = Seguir donde lo dejé
start-again-button = Empezar de nuevo

## Avanzar por el cuestionario

next = Siguiente
back = Atrás
see-result = Ver mi resultado
forget = Borrar mis respuestas guardadas
forgotten = Tus respuestas guardadas se han borrado de este dispositivo.
# «Paso 2 de 7».
progress = Paso { $step } de { $steps }
# Cuántas respuestas de la pantalla hay que revisar ($count es al menos 1).
error-summary = { $count ->
    [one] Antes de continuar, completa o corrige 1 respuesta.
   *[other] Antes de continuar, completa o corrige { $count } respuestas.
}

## El entrenamiento de esta semana

training-heading = Lo que has corrido en los últimos 7 días
unit-legend = Distancias en
unit-name = { $unit ->
   *[km] kilómetros
    [mi] millas
}
km-label = Distancia que has corrido en los últimos 7 días
runs-label = Número de salidas a correr en los últimos 7 días
hard-label = ¿Cuántas de esas salidas fueron sesiones intensas?
hard-hint = Son sesiones intensas las series, los entrenamientos a ritmo (tempo), las repeticiones en cuesta, las carreras (competiciones) y las salidas largas. Déjalo en blanco si no hubo ninguna.
long-label = Tu salida más larga de los últimos 7 días
long-hint = Opcional.
last-label = ¿Cuántas horas hace que terminó tu última sesión intensa o carrera (competición)?
last-hint = Opcional. 1 día = 24 horas; 2 días = 48 horas.
# La unidad corta detrás del campo de horas.
hours-short = h

## Las semanas anteriores y las carreras

weeks-heading = Semanas anteriores y carreras
weeks-legend = Distancia de cada una de las cuatro semanas anteriores a los últimos 7 días (opcional)
weeks-hint = Completa las cuatro semanas o deja las cuatro vacías. La semana más antigua va primero. Si completas las cuatro, verás cómo se comparan con ellas los últimos 7 días.
# Una de las cuatro semanas anteriores, contando hacia atrás desde los últimos 7 días (1 a 4).
week-label = { $weeks ->
    [one] 1 semana antes
   *[other] { $weeks } semanas antes
}
race-planned = Tengo una carrera próximamente
race-in-label = ¿Dentro de cuántos días es tu carrera? (0 = hoy)
raced-recently = He corrido una carrera hace poco
raced-ago-label = ¿Cuántos días hace que fue la carrera? (0 = hoy)

## El mapa del cuerpo

pain-heading = ¿Dónde te duele?
pain-hint = Elige cada zona que te duela o que notes tensa, en las figuras o en la lista.
body-front = Vista de frente
body-back = Vista de espaldas
spot-list-legend = Zonas que te duelen o que notas tensas
nothing-hurts = No me duele nada
nothing-hurts-chosen = Has indicado que no te duele nada. Si algo te duele, elige la zona.
# Una zona como opción del mapa.
spot-name = { $spot ->
    [foot] Talón, arco o planta del pie
    [achilles] Tendón de Aquiles (parte de atrás del tobillo, justo encima del talón)
    [shin] Espinilla (tibia)
   *[calf] Pantorrilla
    [knee] Parte delantera de la rodilla
    [knee-outer] Parte externa de la rodilla
    [hip] Parte externa de la cadera o del muslo
    [groin] Ingle
    [quad] Parte delantera del muslo
    [hamstring] Parte posterior del muslo
    [glute] Glúteo
    [lower-back] Zona lumbar (parte baja de la espalda)
}
# Una zona como sujeto de una oración, con su artículo y mayúscula inicial.
spot-subject = { $spot ->
    [foot] El talón, el arco o la planta del pie
    [achilles] El tendón de Aquiles
    [shin] La espinilla
   *[calf] La pantorrilla
    [knee] La parte delantera de la rodilla
    [knee-outer] La parte externa de la rodilla
    [hip] La parte externa de la cadera o del muslo
    [groin] La ingle
    [quad] La parte delantera del muslo
    [hamstring] La parte posterior del muslo
    [glute] El glúteo
    [lower-back] La zona lumbar
}
# Una zona dentro de la frase, con su artículo: «dolor en la pantorrilla». Úsala tras «en»;
# tras «de» o «a» daría «de el glúteo».
spot-object = { $spot ->
    [foot] el talón, el arco o la planta del pie
    [achilles] el tendón de Aquiles
    [shin] la espinilla
   *[calf] la pantorrilla
    [knee] la parte delantera de la rodilla
    [knee-outer] la parte externa de la rodilla
    [hip] la parte externa de la cadera o del muslo
    [groin] la ingle
    [quad] la parte delantera del muslo
    [hamstring] la parte posterior del muslo
    [glute] el glúteo
    [lower-back] la zona lumbar
}

## Una zona que duele

spot-heading = Lo que notas en { spot-object }
severity-label = ¿Cuánto te duele, de 0 (nada) a 10 (el peor dolor que puedas imaginar)?
quality-legend = ¿Cómo lo notas?
quality-name = { $quality ->
   *[tight] Tensión o nudos
    [sore] Molestia o dolor sordo
    [sharp] Dolor agudo o punzante
    [swollen] Hinchazón
}
days-label = ¿Cuántos días hace que empezó?
days-hint = 0 si empezó hoy. Por ejemplo: 2 semanas = 14 días, 6 semanas = 42 días, 1 año = 365 días.

## Textos de seguridad: las señales de alarma, las preguntas de salud, los mensajes de emergencia y
## de consulta médica, y las técnicas descartadas por salud. Cada pregunta se hace de modo que «Sí»
## signifique la señal de alarma, nunca en negativo, con palabras que un corredor conoce. Un cambio
## aquí debe hacerse en todos los idiomas (docs/translations.md, «Safety texts»).

safety-heading = Unas preguntas de seguridad
safety-intro = Algunas señales indican que necesitas un médico, no un masaje. Responde a todas las preguntas. Si tienes dudas, responde «Sí».
health-heading = Tu salud
health-intro = Algunas técnicas no son seguras si tienes ciertos problemas de salud. Te lo preguntamos para no sugerirte nunca una técnica que no sea segura para ti.
# Una pregunta de alarma: «Sí» debe significar la señal de alarma.
flag-question = { $flag ->
   *[chest] ¿Tienes dolor en el pecho, o dificultad para respirar que sea nueva o poco habitual para ti?
    [saddle] ¿Notas adormecimiento o falta de sensibilidad en la zona de los genitales, del ano o de la cara interna de los muslos; tienes desde hace poco problemas para orinar o hacer de vientre, o para aguantar la orina o las heces; o has perdido fuerza en las dos piernas?
    [calf-swelling] ¿Notas en una sola pierna, comparada con la otra, hinchazón, más calor, enrojecimiento o un color más oscuro en la pantorrilla o el muslo?
    [bone-spot] ¿Hay un punto pequeño y concreto de un hueso, por ejemplo en la espinilla o en el pie, que te duele al presionarlo?
    [night-pain] ¿Tienes un dolor que sigue cuando estás en reposo, o que te despierta por la noche?
    [no-weight] ¿Te resulta imposible apoyar el peso del cuerpo en la pierna afectada, o dar cuatro pasos, aunque sea cojeando?
    [pop] ¿Has notado de repente en la parte de atrás del tobillo, justo encima del talón, como si te dieran una patada o un golpe, o has oído ahí un chasquido, o te resulta imposible ponerte de puntillas apoyándote solo en la pierna afectada, con el otro pie en el aire?
    [numbness] ¿Notas desde hace poco adormecimiento, hormigueo o pérdida de fuerza en alguna pierna o en algún pie (por ejemplo, el pie se te engancha o lo arrastras al caminar)?
    [fever] ¿Tienes fiebre o malestar general (por ejemplo, escalofríos o la sensación de estar con gripe)?
}
# Una pregunta de salud: «Sí» debe significar que el problema está presente.
condition-question = { $condition ->
   *[blood-thinners] ¿Tomas algún medicamento para diluir la sangre (que hace que la sangre coagule con menos facilidad; por ejemplo, warfarina, acenocumarol [Sintrom], apixabán, rivaroxabán, o aspirina o clopidogrel a diario), o tienes un problema de coagulación, como la hemofilia?
    [pregnant] ¿Estás embarazada o podrías estarlo?
    [skin] ¿Tienes la piel con heridas, infectada o frágil en la zona que te duele o donde te gustaría recibir el masaje (por ejemplo, un corte, una ampolla, un sarpullido, o piel que se rompe o a la que le salen hematomas con facilidad)?
    [varicose] ¿Tienes varices (venas hinchadas y retorcidas bajo la piel) en la zona que te duele o donde te gustaría recibir el masaje?
    [neuropathy] ¿Tienes menos sensibilidad en la piel de la zona que te duele, por ejemplo los pies adormecidos por la diabetes?
    [cold-sensitive] ¿Reaccionas mal al frío, por ejemplo con dedos de las manos o de los pies que se ponen blancos o morados con el frío (síndrome de Raynaud) o con ronchas que pican por el frío (urticaria por frío), o tienes mala circulación en las piernas?
}
yes = Sí
no = No
result-heading = Tu resultado
emergency-heading = Llama ahora mismo al número de emergencias
# $number - el número de emergencias que da la clínica (112, 911, …).
emergency-text = Llama ahora mismo al { $number } (o, si estás en otro lugar, al número de emergencias de allí). Lo que describes necesita atención médica urgente, no un masaje. No esperes a ver si mejora.
clinician-heading = Consulta antes a un médico o fisioterapeuta
clinician-text = Antes de cualquier masaje, consulta a un médico o fisioterapeuta. Cuando te confirme que el masaje es seguro para ti, vuelve y haz de nuevo el { -check }.
clinician-worse = Llama de inmediato al { $number } si te encuentras mucho peor, o si empiezas a tener dolor en el pecho, dificultad para respirar, adormecimiento en la zona de los genitales o del ano, o problemas para orinar o hacer de vientre, o para aguantar la orina o las heces.
# La entrada antes de los motivos por los que se envía al corredor al médico o a emergencias.
triage-because = Porque nos has indicado que:
# Una señal de alarma a la que el corredor ha respondido «Sí», como elemento de esa lista.
triage-flag = { $flag ->
   *[chest] tienes dolor en el pecho, o dificultad para respirar que es nueva o poco habitual para ti
    [saddle] notas adormecimiento o falta de sensibilidad en la zona de los genitales, del ano o de la cara interna de los muslos, tienes desde hace poco problemas para orinar o hacer de vientre o para aguantar la orina o las heces, o has perdido fuerza en las dos piernas, lo que puede indicar que algo presiona los nervios de la parte baja de la columna
    [calf-swelling] notas en una sola pierna, comparada con la otra, hinchazón, más calor, enrojecimiento o un color más oscuro en la pantorrilla o el muslo, lo que puede ser un coágulo de sangre (trombosis); el masaje podría desplazarlo, así que consulta a un médico hoy mismo
    [bone-spot] te duele un punto pequeño y concreto de un hueso al presionarlo, lo que puede ser una fractura por estrés
    [night-pain] tienes un dolor que sigue cuando estás en reposo o que te despierta por la noche, lo que puede deberse a una fractura por estrés o a un problema que está fuera de los músculos
    [no-weight] te resulta imposible apoyar el peso del cuerpo en la pierna afectada o dar cuatro pasos, lo que puede ser una fractura o un esguince grave
    [pop] has notado de repente en la parte de atrás del tobillo como si te dieran una patada o un golpe, has oído ahí un chasquido o te resulta imposible ponerte de puntillas apoyándote solo en la pierna afectada, lo que puede ser una rotura del tendón de Aquiles
    [numbness] notas desde hace poco adormecimiento, hormigueo o pérdida de fuerza en alguna pierna o en algún pie, lo que puede deberse a un nervio comprimido o irritado
    [fever] tienes fiebre o malestar general; el masaje tendrá que esperar a que te recuperes
}
# Una zona cuyo dolor debe ver un médico (la ingle), como elemento de la misma lista.
triage-spot = tienes dolor en { spot-object }, lo que en los corredores puede deberse a una fractura por estrés de la cadera
triage-nothing-safe = tus respuestas (sobre tu salud, una lesión o una hinchazón recientes, o las fechas de tus carreras) descartan todas las técnicas que ofrece esta clínica
# Por qué se descarta una técnica por una respuesta de salud: «<técnica>: <esto>.»
exclusion-health = { technique-name }: { $condition ->
   *[blood-thinners] puede causar hematomas o sangrado si tomas algún medicamento para diluir la sangre o tienes un problema de coagulación
    [pregnant] no se aplica durante el embarazo
    [skin] no se aplica sobre piel con heridas, infectada o frágil
    [varicose] no se aplica sobre varices
    [neuropathy] con menos sensibilidad en la piel, podrías no darte cuenta de que el frío te la está dañando
    [cold-sensitive] no se aplica si reaccionas mal al frío o tienes mala circulación
}.

## Mensajes de validación

problem-required = Completa este campo.
# $quantity - lo que cuenta el campo; $unit - la unidad de distancia que se muestra.
problem-not-a-number = { $quantity ->
   *[distance] Escribe una cantidad en { unit-short }, por ejemplo 12 o 12,5.
    [runs] Escribe un número entero de salidas, por ejemplo 3.
    [hard-sessions] Escribe un número entero de sesiones intensas, por ejemplo 3.
    [hours] Escribe un número entero de horas, por ejemplo 3.
    [days] Escribe un número entero de días, por ejemplo 3.
}
# $max - el mayor número permitido, en la unidad que se muestra.
problem-out-of-range = { $quantity ->
   *[distance] Escribe un número entre 0 y { $max }{ -nbsp }{ unit-short }.
    [runs] Escribe un número entre 0 y { $max } salidas.
    [hard-sessions] Escribe un número entre 0 y { $max } sesiones intensas.
    [hours] Escribe un número entre 0 y { $max } horas.
    [days] Escribe un número entre 0 y { $max } días.
}
problem-hard-above-runs = El número de sesiones intensas no puede ser mayor que el número de salidas.
problem-long-above-week = Tu salida más larga no puede superar la distancia de los últimos 7 días.
problem-history-incomplete = Completa las cuatro semanas o deja las cuatro vacías.
problem-choose-spot = Elige una zona o elige «{ nothing-hurts }».
problem-choose-quality = Elige cómo lo notas.
problem-choose-answer = Responde «{ yes }» o «{ no }».

## El resultado: la técnica

technique-label = Nuestra sugerencia
second-label = También te puede ir bien
why-heading = Por qué te conviene
technique-name = { $technique ->
   *[deep-tissue] Masaje de tejido profundo
    [cupping] Ventosaterapia deportiva
    [graston] Técnica Graston (masaje con instrumentos)
    [cryotherapy] Crioterapia (terapia de frío)
}
technique-about = { $technique ->
   *[deep-tissue] Se trabaja de forma lenta y firme sobre los músculos que usas al correr, deshaciendo nudos y capas de tejido que se han quedado pegadas entre sí, para que el músculo vuelva a moverse con libertad.
    [cupping] Se colocan sobre la piel unas ventosas que, por succión, la elevan suavemente. Así llega más sangre a una zona muscular amplia y cansada, con la idea de ayudarla a recuperarse. Las ventosas pueden dejar marcas redondas en la piel durante unos días.
    [graston] Se deslizan sobre la piel unas herramientas lisas de acero para soltar el tejido cicatricial antiguo y el tejido conjuntivo rígido (la fascia), a los que cuesta llegar solo con las manos. Después, la zona puede quedar enrojecida o con algún pequeño hematoma durante uno o dos días.
    [cryotherapy] Se aplica frío en la zona que te duele durante periodos cortos, nunca directamente sobre la piel desnuda. Alivia el dolor y se usa para calmar la hinchazón y la inflamación recientes.
}
evidence-heading = Qué dicen los estudios
evidence = { $technique ->
   *[deep-tissue] En el conjunto de muchos estudios, el masaje alivia el dolor muscular y la sensación de fatiga mejor que otros métodos de recuperación (Dupuy et al., 2018), con menos dolor de uno a tres días después del ejercicio (Guo et al., 2017). Aporta pequeñas mejoras de flexibilidad, pero no te hace más rápido ni más fuerte (Davis et al., 2020).
    [cupping] Los estudios sobre ventosas en deportistas son pocos y de baja calidad (Bridgett et al., 2018). Algunos corredores notan menos rigidez después; no se ha demostrado un efecto claro sobre la recuperación.
    [graston] La evidencia sobre las técnicas con instrumentos, como la técnica Graston, es de baja calidad: como mucho, una mejora modesta de la amplitud de movimiento. Funciona mejor dentro de un plan que incluya ejercicios de fuerza.
    [cryotherapy] El frío alivia el dolor a corto plazo; está menos claro que reduzca la hinchazón o acelere la curación. Las bolsas de frío aplicadas en la zona no son lo mismo que las cámaras de frío de cuerpo entero, que la Administración de Alimentos y Medicamentos de EE.{ -nbsp }UU. (FDA) no ha autorizado para ningún tratamiento médico.
}

## Por qué una técnica conviene al corredor: un motivo por elemento.

# Cuánto dura un dolor: $since es today, yesterday, days, weeks, months o years, y $count el
# número de esas unidades.
pain-since = { $since ->
   *[today] desde hoy
    [yesterday] desde ayer
    [days] desde hace { $count } días
    [weeks] desde hace { $count ->
        [one] una semana
       *[other] unas { $count } semanas
    }
    [months] desde hace { $count ->
        [one] un mes
       *[other] unos { $count } meses
    }
    [years] desde hace { $count ->
        [one] alrededor de un año
       *[other] unos { $count } años
    }
}
# Una zona que duele como motivo: cómo es el dolor y por qué le conviene la técnica ($why).
# El adjetivo va delante de la zona y concuerda con el sustantivo más cercano: «tensa la
# pantorrilla», «tenso el talón, el arco o la planta del pie».
#   $severity - de 1 a 10
reason-pain = { $quality ->
    [sharp] Tienes un dolor punzante en { spot-object } ({ $severity } de 10) { pain-since }
   *[tight] Tienes { $spot ->
        [foot] tenso
        [achilles] tenso
        [shin] tensa
       *[calf] tensa
        [knee] tensa
        [knee-outer] tensa
        [hip] tensa
        [groin] tensa
        [quad] tensa
        [hamstring] tensa
        [glute] tenso
        [lower-back] tensa
    } { spot-object } ({ $severity } de 10) { pain-since }
    [sore] Tienes { $spot ->
        [foot] dolorido
        [achilles] dolorido
        [shin] dolorida
       *[calf] dolorida
        [knee] dolorida
        [knee-outer] dolorida
        [hip] dolorida
        [groin] dolorida
        [quad] dolorida
        [hamstring] dolorida
        [glute] dolorido
        [lower-back] dolorida
    } { spot-object } ({ $severity } de 10) { pain-since }
    [swollen] Tienes { $spot ->
        [foot] hinchado
        [achilles] hinchado
        [shin] hinchada
       *[calf] hinchada
        [knee] hinchada
        [knee-outer] hinchada
        [hip] hinchada
        [groin] hinchada
        [quad] hinchada
        [hamstring] hinchada
        [glute] hinchado
        [lower-back] hinchada
    } { spot-object } ({ $severity } de 10) { pain-since }
}: { $why ->
   *[cold-for-fresh-injury] una lesión reciente necesita frío, no presión, { $days ->
        [one] durante el primer día
       *[other] durante los primeros { $days } días
    }
    [cold-before-firm-work] una zona hinchada necesita primero frío; el tratamiento manual no se hace hasta que baje la hinchazón
    [scar-tissue] un problema de { $weeks ->
        [one] 1 semana
       *[other] { $weeks } semanas
    } o más suele dejar tejido cicatricial antiguo y tejido conjuntivo rígido (fascia), que es justo sobre lo que actúa la técnica Graston
    [work-around-it] en un problema de larga duración conviene trabajar con regularidad los músculos y el tejido que lo rodean
    [loosen-broad-area] las ventosas pueden soltar una zona muscular amplia que lleva mucho tiempo tensa o dolorida
    [cold-settles-tendon] el frío calma un tendón o una banda de tejido que se ha irritado hace poco
    [unload-tendon] relajar los músculos que tiran de la zona le quita carga al tendón o a la banda de tejido que te duele
    [broad-muscle-area] las ventosas van bien en una zona muscular amplia que está tensa o dolorida
    [knots-and-tightness] el masaje lento y firme es la respuesta habitual a los nudos y la tensión muscular
    [cold-eases-ache] el frío alivia la molestia
    [massage-eases-soreness] el masaje es la forma con más respaldo científico de aliviar el dolor muscular
    [cold-settles-flare] el frío calma un brote de dolor
    [ease-calf-muscles] relajar los músculos de la pantorrilla le quita carga a la espinilla
    [ease-thigh-muscles] relajar los músculos del muslo le quita carga a la rótula
}.
# Una carrera hace $days días (0 = hoy) como motivo para el frío; $after - los días hasta el
# trabajo profundo.
reason-just-raced = { $days ->
    [0] Tu carrera fue hoy: lo primero es el frío, que alivia las molestias musculares que deja una carrera.
   *[other] Tu carrera fue { days-ago }: primero, frío y tratamiento ligero; el trabajo profundo (masaje de tejido profundo o técnica Graston), como pronto { $after ->
        [one] 1 día
       *[other] { $after } días
    } después de la carrera.
}
reason-just-trained-hard = { $hours ->
    [0] Acabas de terminar una sesión intensa: el frío ayuda sobre todo en las primeras horas después del esfuerzo.
   *[other] Tu última sesión intensa fue hace { $hours ->
        [one] 1 hora
       *[other] { $hours } horas
    }: el frío ayuda sobre todo en las primeras horas después de una sesión intensa.
}
reason-heavy-cupping = Corres mucho: las ventosas se usan para ayudar a que las zonas musculares amplias se recuperen de un entrenamiento exigente.
reason-heavy-distance = Has corrido { distance } o más en los últimos 7 días: un masaje periódico ayuda a mantener los músculos flexibles cuando el entrenamiento es exigente.
reason-heavy-hard-sessions = Has hecho { $count ->
    [one] 1 sesión intensa
   *[other] { $count } sesiones intensas
} o más en los últimos 7 días: un masaje periódico ayuda a mantener flexibles los músculos que más trabajan.
reason-heavy-marathon = Una salida larga de { distance } o más hace pensar que preparas un maratón: un masaje periódico ayuda a mantener los músculos flexibles durante toda la preparación.
reason-maintenance = Como mantenimiento, un masaje periódico puede evitar que pequeñas tensiones se conviertan en un problema.
reason-only-one-left = Tus respuestas descartan las demás técnicas que ofrece esta clínica; esta es la que tus respuestas permiten.

## El resultado: con qué frecuencia y cuándo

schedule-heading = Con qué frecuencia y para cuándo pedir cita
# El intervalo entre citas, en días (7, 14 o 28).
every = { $days ->
    [7] Una vez a la semana.
    [14] Cada dos semanas.
    [28] Cada cuatro semanas.
    [one] Todos los días.
   *[other] Cada { $days } días.
}
interval-heavy = Ahora mismo entrenas mucho, así que un masaje a la semana ayuda a tus músculos a asimilar la carga.
interval-active-problem = Mientras algo te duela, un masaje a la semana permite que tu terapeuta siga de cerca su evolución.
interval-moderate = Si corres una distancia moderada, un masaje cada dos semanas basta para mantener los músculos a punto.
interval-light = Si corres poco y no te duele nada, un masaje cada cuatro semanas basta como mantenimiento.
# Un día por venir: hoy, mañana, dentro de 3 días.
in-days = { $days ->
    [0] hoy
    [1] mañana
   *[other] dentro de { $days } días
}
# Un día pasado: hoy, ayer, hace 3 días.
days-ago = { $days ->
    [0] hoy
    [1] ayer
   *[other] hace { $days } días
}
#   $from, $to - minutos de frío cada vez
timing-cold-now = Empieza ahora con frío, en la clínica o en casa con una bolsa de frío envuelta en un paño: de { $from } a { $to } minutos cada vez, nunca más tiempo, varias veces al día durante los primeros días. Pide cita para el tratamiento manual cuando la hinchazón o las molestias se hayan calmado.
# Una carrera dentro de $days días (de 0 a 3): solo tratamiento ligero; trabajo profundo como
# pronto $after días después.
timing-race-soon = { $days ->
    [0] Hoy tienes carrera: antes de correr, ningún masaje salvo un masaje ligero de activación. Después de la carrera, primero descanso y frío; el trabajo profundo (masaje de tejido profundo o técnica Graston), como pronto { $after ->
        [one] 1 día
       *[other] { $after } días
    } después de la carrera.
   *[other] Tu carrera es { in-days }: hasta entonces, solo tratamiento ligero (un masaje suave, ventosas o frío) y nada de trabajo profundo (masaje de tejido profundo o técnica Graston). Tu próxima cita para trabajo profundo puede ser, como pronto, { $after ->
        [one] 1 día
       *[other] { $after } días
    } después de la carrera.
}
# Una carrera dentro de $days días; $last - el último día para un masaje antes de la carrera,
# en días antes de ella.
timing-tune-up = Tu carrera es { in-days }. Si quieres un masaje de «puesta a punto» antes de la carrera, asegúrate de que el masaje tenga lugar, como muy tarde, { $last ->
    [one] 1 día
   *[other] { $last } días
} antes de la carrera; después, solo tratamiento ligero.
# Lo mismo, el último día posible para un masaje antes de la carrera.
timing-tune-up-last-day = Tu carrera es { in-days }. Si quieres un masaje de «puesta a punto» antes de la carrera, hoy es el último día para recibirlo; a partir de mañana, solo tratamiento ligero.
# Una carrera hace $days días (de 0 a 2). $from, $to - horas después de la carrera para un masaje
# suave; $after - días después de la carrera para el trabajo profundo.
timing-just-raced = { $days ->
    [0] Tu carrera fue hoy: primero, descanso y frío. Un masaje ligero de descarga está bien entre { $from } y { $to } horas después de la carrera; el trabajo profundo (masaje de tejido profundo o técnica Graston), como pronto { $after ->
        [one] 1 día
       *[other] { $after } días
    } después de la carrera.
    [1] Tu carrera fue ayer: primero, descanso y frío. Un masaje ligero de descarga está bien entre { $from } y { $to } horas después de la carrera; el trabajo profundo (masaje de tejido profundo o técnica Graston), como pronto { $after ->
        [one] 1 día
       *[other] { $after } días
    } después de la carrera.
   *[other] Tu carrera fue { days-ago }: primero, descanso y frío, y solo un masaje ligero de descarga; el trabajo profundo (masaje de tejido profundo o técnica Graston), como pronto { $after ->
        [one] 1 día
       *[other] { $after } días
    } después de la carrera.
}
#   $open, $close - las horas después de una sesión intensa mejores para un masaje;
#   $from, $to - esa franja contada desde ahora
timing-book-in = El mejor momento para un masaje es entre { $open } y { $close } horas después de una sesión intensa. Contando desde la última, eso es entre { $from } y { $to } horas a partir de ahora.
timing-book-now = Tu última sesión intensa fue hace entre { $open } y { $close } horas: ahora es el momento ideal para un masaje.
timing-after-next-hard-session = Tu última sesión intensa fue hace más de { $close } horas. Planifica el masaje para que sea entre { $open } y { $close } horas después de tu próxima sesión intensa o salida larga.
timing-after-hard-session = Planifica el masaje para que sea entre { $open } y { $close } horas después de tu salida larga o de la sesión más dura de la semana.
opinion-note = Los consejos sobre cuándo y con qué frecuencia darte un masaje se basan en la experiencia de los profesionales, no en ensayos clínicos.

## El resultado: la carga de entrenamiento

load-heading = Tu carga de entrenamiento
load-unknown = Añade las distancias de las cuatro semanas anteriores (con «{ change-answers }») para ver cómo se comparan los últimos 7 días con lo que sueles correr.
chart-label = Distancia por semana
this-week = Últimos 7 días
# La etiqueta corta bajo una barra del gráfico: ahora, −1 … −4.
chart-week = { $weeks ->
    [0] ahora
    [one] −1
   *[other] −{ $weeks }
}
# El número sobre una barra del gráfico, sin unidad.
chart-value = { $distance }
# El texto de una barra del gráfico ($weeks antes de los últimos 7 días; 0 = los últimos 7 días).
chart-bar = { $weeks ->
    [0] { this-week }
   *[other] { week-label }
}: { distance }
# Los últimos 7 días frente a la media de las cuatro semanas anteriores.
#   $change - same, more, less o no-average (las cuatro semanas fueron 0)
#   $average - esa media
load-summary = { this-week }: { distance }, { $change ->
    [same] más o menos lo mismo que tu media de { $average }{ -nbsp }{ unit-short }
   *[more] un { percent } más que tu media de { $average }{ -nbsp }{ unit-short }
    [less] un { percent } menos que tu media de { $average }{ -nbsp }{ unit-short }
    [no-average] frente a una media de { $average }{ -nbsp }{ unit-short }
} en las cuatro semanas anteriores.
# Los últimos 7 días divididos por esa media.
load-ratio = Equivale a { $ratio } veces tu media.
# $trend - spike (un salto de más del $percent %), steady o lower (menos de lo habitual).
load-verdict = { $trend ->
   *[spike] Es un aumento grande. En un estudio con corredores principiantes, quienes aumentaron su distancia semanal en más de un { percent }, aproximadamente, sufrieron más lesiones, así que aumenta la distancia poco a poco en las próximas semanas. Es una advertencia, no una predicción: la investigación sobre los aumentos bruscos de entrenamiento aún no es concluyente.
    [steady] Es similar a tus últimas semanas.
    [lower] Es menos de lo habitual: un buen momento para recuperarte.
}

## El resultado: técnicas descartadas

cautions-heading = Técnicas que no te sugerimos, y por qué
exclusion-acute-injury = { technique-name }: puede que tengas una lesión reciente en { spot-object }; el tratamiento manual no se hace hasta que hayan pasado al menos { $days ->
    [one] 1 día
   *[other] { $days } días
} desde que empezó, y más si hay hinchazón.
exclusion-swelling = { technique-name }: tienes { $spot ->
    [foot] hinchado
    [achilles] hinchado
    [shin] hinchada
   *[calf] hinchada
    [knee] hinchada
    [knee-outer] hinchada
    [hip] hinchada
    [groin] hinchada
    [quad] hinchada
    [hamstring] hinchada
    [glute] hinchado
    [lower-back] hinchada
} { spot-object }; el tratamiento manual no se hace hasta que baje la hinchazón.
exclusion-race-soon = { technique-name }: tu carrera es { in-days }, y esta técnica, como todo trabajo profundo, se deja de hacer { $before ->
    [one] 1 día
   *[other] { $before } días
} antes de una carrera.
exclusion-just-raced = { technique-name }: tu carrera fue { days-ago }, y esta técnica, como todo trabajo profundo, se retoma como pronto { $after ->
    [one] 1 día
   *[other] { $after } días
} después de una carrera.
exclusion-not-offered = { technique-name }: sería la mejor opción para ti, pero esta clínica no ofrece esta técnica, así que te sugerimos la siguiente opción más adecuada.

## El resultado: acciones

book = Pedir cita
# $number - el teléfono de la clínica.
call = Llamar al { $number }
# $address - el correo electrónico de la clínica.
email = Escribir a { $address }
copy-link = Copiar enlace
copied = Enlace copiado. Cualquiera que tenga el enlace puede ver tus respuestas, incluidas las de salud, así que compártelo con cuidado.
copy-failed = No se pudo copiar. Copia la dirección desde la barra de direcciones del navegador.
print = Imprimir o guardar en PDF
change-answers = Cambiar mis respuestas
start-over = Empezar de nuevo
# Bajo los botones de contacto, cuando la clínica no tiene una página de reservas solo para esta técnica.
ask-for = Al pedir cita, indica: { technique-name }
# Abre un correo a la clínica, solo al tocarlo, con un resumen de una línea y el enlace a este resultado.
send-result = Enviar mi resultado a la clínica
send-result-subject = Mi resultado en vuestro { -check } de recuperación
# La primera línea del correo, antes del enlace al resultado ($days: 7, 14 o 28).
send-result-summary = Sugerencia del { -check }: { technique-name }, { $days ->
    [7] una vez a la semana
    [14] cada dos semanas
    [28] cada cuatro semanas
    [one] cada día
   *[other] cada { $days } días
}. Mis respuestas están en este enlace:
# El código QR del enlace a este resultado, tal como lo nombran los lectores de pantalla.
qr-label = Código QR del enlace a este resultado
qr-caption = Enseña este código en tu cita: al escanearlo se abre este resultado, con tus respuestas.
disclaimer = Este { -check } ofrece una orientación general, no un diagnóstico. En tu cita, tu terapeuta confirmará qué es lo más adecuado para ti.

## La hoja impresa: las respuestas, para tu terapeuta (solo en papel)

therapist-heading = Para tu terapeuta
therapist-load = Entrenamiento de los últimos 7 días
therapist-distance = Distancia
therapist-runs = Salidas
therapist-weeks-before = Semanas anteriores, la más antigua primero
therapist-hard = Sesiones intensas
therapist-longest = Salida más larga
therapist-last-hard = Última sesión intensa
# $hours - hace cuántas horas terminó.
therapist-hours-ago = hace { $hours }{ -nbsp }{ hours-short }
therapist-race = Próxima carrera
therapist-raced = Última carrera
therapist-pain = Dónde duele
therapist-spot = Zona
therapist-severity = Dolor (0–10)
therapist-quality = Sensación
therapist-since = Desde cuándo
therapist-health = Preguntas de salud respondidas con «{ yes }»
therapist-health-none = Ninguna
# Una pregunta de salud respondida con Sí, en pocas palabras.
condition-name = { $condition ->
   *[blood-thinners] Anticoagulantes o trastorno de la coagulación
    [pregnant] Embarazo, confirmado o posible
    [skin] Piel con heridas, infectada o frágil en la zona que duele o que se va a masajear
    [varicose] Varices en la zona que duele o que se va a masajear
    [neuropathy] Menos sensibilidad en la piel de la zona que duele
    [cold-sensitive] Mala reacción al frío (p.{ -nbsp }ej., síndrome de Raynaud o urticaria por frío) o mala circulación en las piernas
}

## Un enlace para compartir que no se pudo leer

link-error-heading = No se pudo leer este enlace
link-error-start = Empezar el { -check }
link-error-not-a-link = No contiene respuestas de este { -check }.
link-error-too-long = Es mucho más largo que cualquier enlace de este { -check }.
link-error-bad-encoding = Una parte está dañada; quizá se cortó al copiarlo.
# $value - la parte del enlace que está mal, tal como aparece en él.
link-error-not-a-pair = La parte «{ $value }» no tiene la forma nombre=valor.
# $key - el nombre de una parte del enlace.
link-error-duplicate = Incluye «{ $key }» dos veces.
link-error-missing = Falta «{ $key }», y todos los enlaces de este { -check } lo incluyen.
link-error-too-new = Se creó con una versión más reciente de este { -check } (versión { $value }). Recarga la página para obtener la versión más reciente.
link-error-bad-version = Su versión, «{ $value }», no es una que este { -check } conozca.
link-error-not-a-number = «{ $key }» debería ser un número, pero es «{ $value }».
# $limit - el mayor valor permitido.
link-error-out-of-range = «{ $key }» vale { $value }, pero debe estar entre 0 y { $limit }.
# $count - cuántos números hay en lugar de cuatro.
link-error-history-count = Las semanas anteriores deberían ser cuatro números, pero { $count ->
    [one] hay 1
   *[other] hay { $count }
}.
link-error-bad-pain = La entrada de dolor «{ $value }» no tiene la forma zona:intensidad:sensación:días.
link-error-unknown-spot = «{ $value }» no es una zona del mapa del cuerpo.
link-error-unknown-quality = «{ $value }» no es un tipo de dolor que este { -check } conozca.
link-error-repeated-spot = Incluye la zona «{ $value }» dos veces.
link-error-unknown-flag = «{ $value }» no es una de las preguntas de seguridad.
link-error-unknown-condition = «{ $value }» no es una de las preguntas de salud.
link-error-repeated-item = Incluye «{ $value }» dos veces en «{ $key }».

## Cuando la aplicación falla

crash-heading = Algo salió mal
crash-text = El { -check } se detuvo de forma inesperada. Tus respuestas están guardadas en este dispositivo: recarga la página para continuar.
reload = Recargar

## La página de configuración: donde una clínica prepara su clinic.json y ve el cuestionario
## con él. La lee la persona que lleva la clínica o su recepción, no un corredor; no son textos
## de seguridad.

setup-title = Configura tu { -check } de recuperación
setup-intro = Rellena los datos de tu clínica y mira cómo cambia el { -check } mientras escribes. Todo se queda en este navegador: no se envía nada a ninguna parte. Cuando termines, descarga tu archivo y súbelo a la carpeta del { -check } en tu web.
setup-skip-to-preview = Ir a la vista previa
setup-open-heading = Punto de partida
setup-opening = Abriendo el clinic.json de la carpeta del { -check }…
setup-editing-folder = Estás editando el clinic.json que hay ahora en la carpeta del { -check }.
setup-editing-example = Estás editando el ejemplo, una clínica inventada: cambia sus datos por los tuyos.
# $value: el nombre del archivo que ha elegido la clínica.
setup-editing-file = Estás editando { $value }, de este dispositivo.
setup-open-folder = Abrir el clinic.json del { -check }
setup-open-file = Abrir un archivo de este dispositivo
setup-open-example = Empezar desde el ejemplo
# No se pudo cargar el clinic.json de la carpeta: sin red, no está o hubo un error.
setup-not-reached = No se pudo llegar a la carpeta del { -check }, así que no se pudo abrir su clinic.json.
setup-not-there = Todavía no hay ningún clinic.json en la carpeta del { -check }.
# $status: el estado HTTP con el que respondió el servidor.
setup-not-loaded = La carpeta del { -check } respondió con un error (HTTP { $status }), así que no se pudo abrir su clinic.json.
# $value: el nombre del archivo; $line, $column: dónde deja de ser JSON válido.
setup-not-json = No se pudo abrir { $value }: no es JSON válido (el error está en la línea { $line }, columna { $column }).
setup-not-an-object = No se pudo abrir { $value }: no es un clinic.json.
# La entrada a lo que el formulario no pudo tomar del archivo abierto.
setup-file-notes = En el archivo que has abierto:
# $key: una clave de clinic.json, tal como está en el archivo.
setup-wrong-type = «{ $key }» tiene un valor del tipo equivocado, así que el formulario muestra en su lugar el valor predeterminado del { -check }. { setup-expected }
# $value: un valor de esa clave, tal como está en el archivo.
setup-left-out = «{ $key }» tiene { $value }, que el { -check } no conoce: se deja fuera.
setup-nothing-known = «{ $key }» no nombra nada que el { -check } conozca, así que se ofrecen todos.
setup-unknown-key = «{ $key }» no es algo que el { -check } conozca: se deja fuera de tu archivo.
# $count: la versión de formato del archivo.
setup-newer-format = El archivo se hizo para una versión más nueva del { -check } (formato { $count }). Lo que esta versión no conoce se deja fuera.
# Lo que debe llevar un campo, junto a él cuando no lo lleva. $count: la longitud máxima de un texto.
setup-expected = { $expected ->
   *[text] Que no pase de { $count } caracteres.
    [web-address] Escribe una dirección web completa que empiece por https://, como https://clinica.example/cita.
    [phone] Escribe el número solo con cifras, espacios y + ( ) - . /.
    [email] Escribe una dirección de correo como info@clinica.example, sin espacios.
    [colour] Escribe # y seis cifras o letras de la a a la f, como #0b5d56, o elige un color.
    [image-path] Escribe el nombre del archivo de imagen que está en la carpeta del { -check }, como logo.svg o imagenes/logo.png: no una dirección web.
    [techniques] Debería ser una lista de técnicas que el { -check } conoce.
    [emergency-number] Escribe solo de 2 a 6 cifras, como 112.
    [units] Debería ser km o mi.
    [languages] Debería ser una lista de idiomas que el { -check } habla.
    [text-per-language] Debería ser un texto, o un texto por idioma.
    [format] Debería ser un número entero, como 2.
    [web-address-per-technique] Debería dar una dirección web por técnica.
    [yes-or-no] Debería ser true o false.
    [origins] Escribe una dirección de sitio por línea, como https://www.clinica.example, sin nada después del nombre.
}
setup-name-missing = Escribe el nombre de tu clínica.
setup-no-language = Elige al menos un idioma.
setup-no-technique = Elige al menos una técnica.
setup-form-heading = Los datos de tu clínica
setup-languages-legend = Idiomas
setup-languages-hint = El { -check } se abre en el idioma de cada visitante si lo ofreces y, si no, en tu idioma predeterminado.
setup-default-language = Idioma predeterminado
# $language: el nombre de un idioma en ese idioma: Deutsch, Français…
setup-name-label = Nombre de la clínica ({ $language })
setup-name-hint = Aparece arriba en todas las pantallas.
setup-intro-label = Frase de bienvenida ({ $language })
setup-intro-hint = Opcional: una o dos frases bajo el título de la primera pantalla.
setup-look-heading = Color y logotipo
setup-accent-label = Tu color
setup-accent-hint = Para botones, enlaces y detalles destacados: # y seis cifras o letras de la a a la f, como #0b5d56.
setup-accent-picker = Elige tu color
# $ratio: una relación de contraste, como 7,2 (a 1).
setup-contrast-button = Texto sobre tu color: contraste de { $ratio } a 1
setup-contrast-light = Enlaces en pantalla clara: contraste de { $ratio } a 1
setup-contrast-dark = Enlaces en pantalla oscura: contraste de { $ratio } a 1
setup-contrast-note = Todo texto mantiene un contraste de al menos 4,5 a 1 (WCAG AA): si tu color es demasiado claro u oscuro para un texto, el { -check } usa un tono más oscuro o más claro de él, como ves aquí.
setup-sample-link = Un enlace en tu color
setup-logo-label = Archivo del logotipo
setup-logo-hint = Opcional: el nombre de la imagen de tu logotipo en la carpeta del { -check }, como logo.svg. SVG, PNG, WebP o JPEG; se muestra con 40 píxeles de alto.
setup-logo-pick = Elige tu logotipo
# $value: el nombre del archivo del logotipo.
setup-logo-upload = Sube esta imagen a la carpeta del { -check }, junto a clinic.json, con este nombre exacto: { $value }.
setup-logo-preview = Tu logotipo
setup-techniques-legend = Técnicas que ofreces
setup-techniques-hint = El { -check } solo propone estas. Si otra técnica le fuera mejor a un corredor, propone la mejor de las tuyas y lo explica.
setup-booking-heading = Citas y contacto
setup-booking-url-label = Página de reserva en línea
setup-booking-url-hint = Opcional: la abre el botón «{ book }» del resultado.
setup-booking-for-label = Página de reserva para { technique-name }
setup-booking-for-hint = Opcional: solo si esta técnica tiene su propia página de reserva. Si no, se usa la página de arriba.
setup-booking-utm-label = Marcar las reservas que llegan desde el { -check }
setup-booking-utm-hint = Añade campos utm_ (como utm_source) a tus enlaces de reserva, para que los informes de tu sistema de reservas muestren qué reservas llegaron desde el { -check }.
setup-phone-label = Teléfono
setup-phone-hint = Opcional: aparece en el resultado como botón para llamar.
setup-email-label = Correo electrónico
setup-email-hint = Opcional: aparece en el resultado como botón de correo.
setup-address-label = Dirección
setup-address-hint = Opcional: la dirección de tu clínica en una línea, que aparece en el resultado.
setup-safety-heading = Emergencias y distancias
setup-emergency-label = Número de emergencias
setup-emergency-hint = El número al que el { -check } dice que llamen en una emergencia: 112 en toda Europa, 999 en el Reino Unido, 911 en Norteamérica. Si lo dejas vacío, es el 112.
setup-units-legend = Las distancias empiezan en
setup-site-heading = Tu web
setup-origins-label = Direcciones de tu web
setup-origins-hint = Opcional: una por línea, como https://www.clinica.example. Son los sitios que muestran el { -check } en sus páginas; van en la línea frame-ancestors de abajo.
setup-download-heading = Tu clinic.json
setup-download-hint = Súbelo a la carpeta del { -check } en tu web, en lugar del clinic.json que hay allí, con tu logotipo al lado. El { -check } lo usa desde la próxima visita: no hace falta cambiar nada más.
setup-download = Descargar clinic.json
# $count: cuántos campos hay que revisar (al menos 1).
setup-download-blocked = { $count ->
    [one] Hay que revisar un campo antes de poder descargar tu archivo:
   *[other] Hay que revisar { $count } campos antes de poder descargar tu archivo:
}
setup-downloaded = clinic.json está en tus descargas.
setup-show-file = Ver el archivo
setup-snippets-heading = Pon el { -check } en tu web
setup-quiz-address-label = Dirección del { -check }
setup-quiz-address-hint = Dónde está la carpeta del { -check } en la web; los fragmentos de código de abajo la usan.
setup-quiz-address-problem = Escribe la dirección completa de la carpeta, como https://clinica.example/recuperacion/.
# El título de cada fragmento de código.
setup-snippet = { $snippet ->
   *[own-site] Tu propia web
    [site-builder] Wix o Squarespace
    [wordpress] WordPress
    [frame-ancestors] Tu alojamiento web: qué sitios pueden mostrar el { -check }
}
setup-snippet-hint = { $snippet ->
   *[own-site] Pégalo donde quieras que aparezca el { -check }: el marco crece con el { -check }.
    [site-builder] Wix: «Insertar código», luego «Insertar HTML» y luego «Código». Squarespace: un bloque de código. Sus marcos no pueden crecer, así que este tiene una altura fija y un enlace que abre el { -check } en una página propia.
    [wordpress] Pégalo en el editor de bloques: se convierte en un bloque «HTML personalizado». Si WordPress quita la línea del script al guardar, usa el fragmento para Wix o Squarespace.
    [frame-ancestors] Una cabecera que tu alojamiento web envía con cada archivo de la carpeta del { -check } (sus páginas de ayuda explican dónde se configura). Así, solo tus propios sitios, y el propio { -check }, pueden mostrarlo en un marco. Con Wix, añade también la dirección de Wix que contiene tu código.
}
setup-copy = { $snippet ->
   *[own-site] Copiar el fragmento para tu propia web
    [site-builder] Copiar el fragmento para Wix o Squarespace
    [wordpress] Copiar el fragmento para WordPress
    [frame-ancestors] Copiar la línea para tu alojamiento web
}
setup-copied = Copiado.
setup-copy-failed = No se pudo copiar: selecciona el texto y cópialo tú.
# El enlace bajo un marco de altura fija, en la web de la clínica, en su idioma predeterminado.
setup-full-page-link = Abrir el { -check } en una página propia
setup-preview-heading = Vista previa
setup-preview-hint = Tu { -check } tal como lo verán los corredores, con los datos de arriba. Pruébalo: cambia mientras escribes.
setup-preview-frame = Vista previa de tu { -check }
setup-preview-size = Pantalla
setup-preview-phone = Móvil
setup-preview-computer = Ordenador
setup-outcomes-legend = Ir a una pantalla
setup-outcome-start = Primera pantalla
setup-outcome-technique = Resultado: { technique-name }
setup-outcome-clinician = Resultado: primero al médico
setup-outcome-emergency = Resultado: emergencia
setup-footer = Esta página funciona solo en tu dispositivo: nada de lo que escribes se envía a ninguna parte y, después de tu primera visita, también funciona sin conexión.
