### Deutsch. Übersetzt aus en.ftl (der Quelle aller Texte); gleiche Meldungen, gleiche Variablen.
### Anrede „Sie“, Dezimalkomma, deutsche Anführungszeichen „…“, Gedankenstrich mit Leerzeichen ( – ).
### Variablen ($days, $spot, …) setzt der Check ein; sie bleiben stehen, nur die Wörter darum
### herum werden übersetzt. Ein Selektor ({ $spot -> … }) braucht für jeden Wert eine Variante.
###
### Wörter, die überall gleich bleiben (das Glossar: docs/translations.md):
###   check = Check (der; den/dem Check, des Checks) · appointment = Termin, buchen
###   hands-on treatment = Massagebehandlung · deep work = Tiefenbehandlung
###   light treatment = leichte Behandlung · pre-race massage = Massage zur Wettkampfvorbereitung
###   hard session = intensive Einheit · race = Wettkampf · run = Lauf
###   the last 7 days = die letzten 7 Tage · emergency number = Notruf / Notrufnummer

language-name = Deutsch

## So werden Zahlen geschrieben: 12,5 km, 3.650 Tage.

-number-decimal-separator = ,
-number-group-separator = .
-number-group-from-digits = 4

## Die Wörter, die einen Satz verneinen: ein Test prüft, dass keine Sicherheitsfrage verneint
## gestellt ist (docs/translations.md, „Sicherheitstexte“).

-negation-words = nicht kein keine keinen keinem keiner keines nie niemals nirgends nichts weder

## Wörter, die in vielen Texten vorkommen.

# Maskulin: der Check, den Check, dem Check, des Checks.
-check = Check
# Geschütztes Leerzeichen zwischen Zahl und Einheit: 12,5 km, 30 %.
-nbsp = { "\u00A0" }

## Die Seite

title = Regenerations-{ -check } für Läuferinnen und Läufer
description = Der Zwei-Minuten-{ -check } für Läuferinnen und Läufer: Anhand Ihres Trainings und Ihrer Beschwerden schlägt er eine passende Sportmassage vor und sagt Ihnen, wann sie sinnvoll ist – oder er rät Ihnen, zuerst eine Ärztin oder einen Arzt aufzusuchen. Privat: Ihre Antworten bleiben auf Ihrem Gerät.
# Der Name unter dem Symbol auf dem Startbildschirm eines Handys: höchstens etwa zwölf Buchstaben.
short-name = Regeneration
# Der Name der Praxis, wenn die Praxis keinen angibt.
default-clinic = Praxis für Sportmassage
skip-to-content = Zum Hauptinhalt springen
# Die Beschriftung der Sprachauswahl.
language = Sprache
# Ein Prozentwert: 30 %.
percent = { $percent }{ -nbsp }%
# Die Kurzform einer Einheit nach einer Zahl.
unit-short = { $unit ->
   *[km] km
    [mi] mi
}
# Eine Strecke mit Einheit: 12,5 km.
distance = { $distance }{ -nbsp }{ unit-short }

## Der Startbildschirm

start-heading = Welche Massage passt gerade zu Ihrem Lauftraining?
start-intro = Beantworten Sie ein paar Fragen zu Ihrem Training, zu Ihren Beschwerden und zu Ihrer Gesundheit. Sie erfahren, welche Massagetechnik zu Ihnen passt, wie oft und wann eine Massage sinnvoll ist – und warum. Wenn zuerst eine ärztliche Abklärung nötig ist, sagt Ihnen der { -check } das.
start-fact-time = Dauert etwa zwei Minuten.
start-fact-private = Ihre Antworten bleiben auf diesem Gerät – es wird nichts übertragen.
start-fact-guidance = Das ist eine Orientierungshilfe, keine Diagnose. Wenn Sie etwas beunruhigt, lassen Sie es ärztlich oder physiotherapeutisch abklären. Im Notfall rufen Sie die örtliche Notrufnummer an.
start-button = { -check } starten
resume-heading = Willkommen zurück
resume-text = Auf diesem Gerät sind Ihre Antworten aus einem angefangenen { -check } gespeichert.
resume-button = { -check } fortsetzen
start-again-button = Neu beginnen

## Durch den Check

next = Weiter
back = Zurück
see-result = Zum Ergebnis
forget = Meine gespeicherten Antworten löschen
forgotten = Ihre gespeicherten Antworten wurden von diesem Gerät gelöscht.
# „Schritt 2 von 7“.
progress = Schritt { $step } von { $steps }
# Wie viele Angaben auf dem Bildschirm noch fehlen oder falsch sind ($count ist mindestens 1).
error-summary = { $count ->
    [one] Eine Angabe fehlt noch oder muss korrigiert werden, bevor Sie weitermachen können.
   *[other] { $count } Angaben fehlen noch oder müssen korrigiert werden, bevor Sie weitermachen können.
}

## Das Training der letzten 7 Tage

training-heading = Ihre Läufe in den letzten 7 Tagen
unit-legend = Einheit für die Strecken
unit-name = { $unit ->
   *[km] Kilometer
    [mi] Meilen
}
km-label = Gelaufene Strecke in den letzten 7 Tagen
runs-label = Anzahl Ihrer Läufe in den letzten 7 Tagen
hard-label = Wie viele dieser Läufe waren intensive Einheiten?
hard-hint = Intensive Einheiten sind Intervalle, Tempoläufe, Bergintervalle, Wettkämpfe und lange Läufe. Lassen Sie das Feld leer, wenn es keine gab.
long-label = Ihr längster einzelner Lauf in den letzten 7 Tagen
long-hint = Optional.
last-label = Vor wie vielen Stunden ist Ihre letzte intensive Einheit oder Ihr letzter Wettkampf zu Ende gegangen?
last-hint = Optional. 1 Tag = 24 Stunden, 2 Tage = 48 Stunden.
# Die kurze Einheit hinter dem Stundenfeld.
hours-short = h

## Die Wochen davor und Wettkämpfe

weeks-heading = Frühere Wochen und Wettkämpfe
weeks-legend = Ihre Strecke in jeder der vier Wochen vor den letzten 7 Tagen (optional)
weeks-hint = Füllen Sie alle vier Wochen aus, oder lassen Sie alle vier leer. Die älteste Woche steht zuerst. Mit allen vier Wochen sehen Sie, wie die letzten 7 Tage im Vergleich dastehen.
# Eine der vier früheren Wochen, von den letzten 7 Tagen aus zurückgezählt (1 bis 4).
week-label = { $weeks ->
    [one] { $weeks } Woche davor
   *[other] { $weeks } Wochen davor
}
race-planned = Bei mir steht ein Wettkampf an
race-in-label = In wie vielen Tagen ist Ihr Wettkampf? (0 = heute)
raced-recently = Ich bin vor Kurzem einen Wettkampf gelaufen
raced-ago-label = Vor wie vielen Tagen war der Wettkampf? (0 = heute)

## Die Körperkarte

pain-heading = Wo tut es weh?
pain-hint = Wählen Sie jede Stelle aus, die schmerzt oder sich verspannt anfühlt – auf den Figuren oder in der Liste.
body-front = Vorderansicht
body-back = Rückansicht
spot-list-legend = Stellen, die schmerzen oder sich verspannt anfühlen
nothing-hurts = Nichts tut weh
nothing-hurts-chosen = Sie haben angegeben, dass nichts wehtut. Wählen Sie eine Stelle aus, falls doch etwas schmerzt.
# Eine Stelle als Auswahl auf der Karte (Nominativ, ohne Artikel).
spot-name = { $spot ->
    [foot] Ferse, Fußgewölbe oder Fußsohle
    [achilles] Achillessehne (hinten über der Ferse)
    [shin] Schienbein
   *[calf] Wade
    [knee] Knie vorne
    [knee-outer] Knie außen
    [hip] Hüfte außen oder Oberschenkel außen
    [groin] Leiste
    [quad] Oberschenkel vorne
    [hamstring] Oberschenkel hinten
    [glute] Gesäß
    [lower-back] Unterer Rücken
}
# Eine Stelle als Subjekt am Satzanfang (Nominativ, Verb im Singular): „Ihre Wade ist verspannt“.
spot-subject = { $spot ->
    [foot] Ihre Ferse, Ihr Fußgewölbe oder Ihre Fußsohle
    [achilles] Ihre Achillessehne
    [shin] Ihr Schienbein
   *[calf] Ihre Wade
    [knee] Die Vorderseite Ihres Knies
    [knee-outer] Die Außenseite Ihres Knies
    [hip] Die Außenseite Ihrer Hüfte oder Ihres Oberschenkels
    [groin] Ihre Leiste
    [quad] Die Vorderseite Ihres Oberschenkels
    [hamstring] Die Rückseite Ihres Oberschenkels
    [glute] Ihr Gesäß
    [lower-back] Ihr unterer Rücken
}
# Der Ort einer Stelle mit seiner Präposition (Dativ): „Schmerzen in der Wade“, „am Schienbein“.
spot-object = { $spot ->
    [foot] an der Ferse, am Fußgewölbe oder an der Fußsohle
    [achilles] an der Achillessehne
    [shin] am Schienbein
   *[calf] in der Wade
    [knee] vorne am Knie
    [knee-outer] außen am Knie
    [hip] außen an der Hüfte oder am Oberschenkel
    [groin] in der Leiste
    [quad] vorne am Oberschenkel
    [hamstring] hinten am Oberschenkel
    [glute] im Gesäß
    [lower-back] im unteren Rücken
}

## Eine schmerzende Stelle

# Überschrift: „Zu …“ mit Dativ („Zur Vorderseite …“ zusammengezogen).
spot-heading = { $spot ->
    [foot] Zu Ihrer Ferse, Ihrem Fußgewölbe oder Ihrer Fußsohle
    [achilles] Zu Ihrer Achillessehne
    [shin] Zu Ihrem Schienbein
   *[calf] Zu Ihrer Wade
    [knee] Zur Vorderseite Ihres Knies
    [knee-outer] Zur Außenseite Ihres Knies
    [hip] Zur Außenseite Ihrer Hüfte oder Ihres Oberschenkels
    [groin] Zu Ihrer Leiste
    [quad] Zur Vorderseite Ihres Oberschenkels
    [hamstring] Zur Rückseite Ihres Oberschenkels
    [glute] Zu Ihrem Gesäß
    [lower-back] Zu Ihrem unteren Rücken
}
severity-label = Wie stark sind die Beschwerden, von 0 (keine Schmerzen) bis 10 (stärkste vorstellbare Schmerzen)?
quality-legend = Wie fühlt es sich an?
quality-name = { $quality ->
   *[tight] Verspannt oder verhärtet
    [sore] Dumpf schmerzend oder wie Muskelkater
    [sharp] Stechend oder scharf
    [swollen] Geschwollen
}
days-label = Vor wie vielen Tagen hat es angefangen?
days-hint = 0, wenn es heute angefangen hat. Zum Beispiel: 2 Wochen = 14 Tage, 6 Wochen = 42 Tage, 1 Jahr = 365 Tage.

## Sicherheitstexte: die Warnzeichen, die Gesundheitsfragen, die Texte zu Notruf und ärztlicher
## Abklärung und die aus gesundheitlichen Gründen ausgeschlossenen Techniken. Jede Frage ist so
## gestellt, dass „Ja“ das Warnzeichen bedeutet: nie verneint, nie ein bejahter und ein verneinter
## Teil gemischt, in Worten, die Läuferinnen und Läufer kennen. Eine Unfähigkeit wird als
## „Ist es Ihnen unmöglich, …?“ gefragt. Eine Änderung hier gilt für alle Sprachen
## (docs/translations.md, „Safety texts“).

safety-heading = Ein paar Fragen zu Ihrer Sicherheit
safety-intro = Bei manchen Anzeichen ist eine ärztliche Abklärung nötig, keine Massage. Bitte beantworten Sie jede Frage. Wenn Sie unsicher sind, antworten Sie mit { yes }.
health-heading = Ihre Gesundheit
health-intro = Bei manchen Erkrankungen, mit manchen Medikamenten und in der Schwangerschaft sind bestimmte Techniken nicht sicher. Ihre Antworten sorgen dafür, dass wir Ihnen keine davon vorschlagen.
# Eine Warnzeichen-Frage: „Ja“ muss das Warnzeichen bedeuten.
flag-question = { $flag ->
   *[chest] Haben Sie Brustschmerzen, oder haben Sie neue oder für Sie ungewöhnliche Atembeschwerden?
    [saddle] Haben Sie eines dieser Zeichen: ein Taubheitsgefühl an den Geschlechtsteilen, am After oder an der Innenseite der Oberschenkel; neue Schwierigkeiten beim Wasserlassen, beim Stuhlgang oder beim Halten von Urin oder Stuhl; einen Kraftverlust in beiden Beinen?
    [calf-swelling] Im Vergleich zum anderen Bein: Ist an einem Bein die Wade oder der Oberschenkel geschwollen, wärmer, stärker gerötet oder dunkler verfärbt?
    [bone-spot] Gibt es an einem Knochen, zum Beispiel am Schienbein oder am Fuß, eine einzelne kleine Stelle, die schmerzt, wenn Sie darauf drücken?
    [night-pain] Haben Sie Schmerzen, die auch in Ruhe anhalten oder Sie nachts aufwecken?
    [no-weight] Ist es Ihnen unmöglich, mit dem verletzten Bein aufzutreten oder selbst humpelnd vier Schritte zu gehen?
    [pop] Haben Sie hinten an der Ferse oder knapp darüber plötzlich einen Schlag oder Tritt gespürt, als hätte Sie etwas getroffen, oder dort einen Knall gehört – oder ist es Ihnen unmöglich, sich auf die Zehenspitzen zu stellen, wenn Sie nur auf dem verletzten Bein stehen?
    [numbness] Ist in einem Bein oder Fuß neu ein Taubheitsgefühl, ein Kribbeln oder ein Kraftverlust aufgetreten (zum Beispiel bleibt Ihr Fuß beim Gehen hängen oder schleift über den Boden)?
    [fever] Haben Sie Fieber, oder fühlen Sie sich körperlich krank (zum Beispiel mit Frösteln oder Schüttelfrost, oder wie bei einer Grippe)?
}
# Eine Gesundheitsfrage: „Ja“ muss bedeuten, dass es zutrifft.
condition-question = { $condition ->
   *[blood-thinners] Nehmen Sie ein blutverdünnendes Medikament (ein Mittel, das die Blutgerinnung hemmt, zum Beispiel Marcumar/Phenprocoumon, Warfarin, Eliquis/Apixaban, Xarelto/Rivaroxaban oder täglich ASS/Aspirin – auch niedrig dosiert wie ASS 100 – oder Clopidogrel), oder haben Sie eine Blutgerinnungsstörung?
    [pregnant] Sind Sie schwanger, oder könnten Sie schwanger sein?
    [skin] Ist die Haut dort, wo es schmerzt oder wo Sie massiert werden möchten, verletzt, entzündet oder dünn und empfindlich (zum Beispiel eine Schnittwunde, eine Blase, ein Ausschlag oder Haut, die leicht einreißt oder schnell blaue Flecken bekommt)?
    [varicose] Haben Sie dort, wo es schmerzt oder wo Sie massiert werden möchten, Krampfadern (geschwollene, geschlängelte Venen unter der Haut)?
    [neuropathy] Ist das Gefühl in der Haut dort, wo es schmerzt, vermindert – zum Beispiel bei tauben Füßen durch Diabetes?
    [cold-sensitive] Reagieren Sie stark auf Kälte – zum Beispiel mit Fingern oder Zehen, die in der Kälte weiß oder blau werden (Raynaud-Syndrom), oder mit einem juckenden Ausschlag durch Kälte (Kälteurtikaria) –, oder haben Sie Durchblutungsstörungen in den Beinen?
}
yes = Ja
no = Nein
result-heading = Ihr Ergebnis
emergency-heading = Rufen Sie jetzt den Notruf an
# $number – die Notrufnummer, die die Praxis angibt (112, 999, …).
emergency-text = Rufen Sie sofort den Notruf { $number } an (oder die örtliche Notrufnummer, wenn Sie sich woanders aufhalten). Was Sie beschreiben, muss dringend ärztlich versorgt werden – nicht mit einer Massage. Warten Sie nicht ab, ob es besser wird.
clinician-heading = Erst ärztlich oder physiotherapeutisch abklären lassen
clinician-text = Bitte lassen Sie das ärztlich oder physiotherapeutisch abklären, bevor Sie sich massieren lassen. Sobald man Ihnen dort sagt, dass eine Massage für Sie unbedenklich ist, kommen Sie gern zurück und machen den { -check } noch einmal.
clinician-worse = Rufen Sie sofort den Notruf { $number } an, wenn es deutlich schlimmer wird oder wenn Sie Brustschmerzen, Atembeschwerden, ein Taubheitsgefühl an den Geschlechtsteilen oder am After oder Schwierigkeiten beim Wasserlassen, beim Stuhlgang oder beim Halten von Urin oder Stuhl bekommen.
# Die Einleitung vor den Gründen, warum jemand zur Ärztin, zum Arzt oder zum Notruf geschickt wird.
triage-because = Grund dafür sind Ihre Angaben:
# Ein Warnzeichen, auf das mit „Ja“ geantwortet wurde, als Punkt dieser Liste.
triage-flag = { $flag ->
   *[chest] Sie haben Brustschmerzen oder neue oder für Sie ungewöhnliche Atembeschwerden
    [saddle] Sie haben eines dieser Zeichen: ein Taubheitsgefühl an den Geschlechtsteilen, am After oder an der Innenseite der Oberschenkel; neue Schwierigkeiten beim Wasserlassen, beim Stuhlgang oder beim Halten von Urin oder Stuhl; einen Kraftverlust in beiden Beinen – das kann auf Druck auf die Nerven am unteren Ende der Wirbelsäule hinweisen
    [calf-swelling] An einem Bein ist die Wade oder der Oberschenkel geschwollen, wärmer, stärker gerötet oder dunkler verfärbt als am anderen Bein – das kann ein Blutgerinnsel (Thrombose) sein, das sich durch eine Massage lösen könnte; lassen Sie das deshalb noch heute ärztlich abklären
    [bone-spot] Eine kleine Stelle an einem Knochen schmerzt, wenn Sie darauf drücken – das kann ein Ermüdungsbruch (Stressfraktur) sein
    [night-pain] Sie haben Schmerzen, die auch in Ruhe anhalten oder Sie nachts aufwecken – das kann ein Ermüdungsbruch sein oder ein Problem, das nicht von den Muskeln ausgeht
    [no-weight] Sie können mit dem verletzten Bein nicht auftreten oder selbst humpelnd keine vier Schritte gehen – das kann ein Knochenbruch oder eine schwere Verstauchung sein
    [pop] Sie haben hinten an der Ferse oder knapp darüber plötzlich einen Schlag oder Tritt gespürt oder dort einen Knall gehört, oder Sie können sich nicht auf die Zehenspitzen stellen, wenn Sie nur auf dem verletzten Bein stehen – das kann ein Riss der Achillessehne sein
    [numbness] In einem Bein oder Fuß ist neu ein Taubheitsgefühl, ein Kribbeln oder ein Kraftverlust aufgetreten – das kann von einem eingeengten oder gereizten Nerv kommen
    [fever] Sie haben Fieber oder fühlen sich körperlich krank – eine Massage muss warten, bis Sie wieder gesund sind
}
# Eine Stelle, deren Schmerz ärztlich abgeklärt werden muss (die Leiste), als Punkt derselben Liste.
triage-spot = Sie haben Schmerzen { spot-object } – bei Läuferinnen und Läufern kann das ein Ermüdungsbruch an der Hüfte sein
triage-nothing-safe = Ihre Angaben (zu Ihrer Gesundheit, zu einer frischen Verletzung oder Schwellung oder zu Ihren Wettkampfterminen) schließen jede Technik aus, die diese Praxis anbietet
# Warum eine Technik wegen einer Gesundheitsangabe wegfällt: „<Technik>: <dies>.“
exclusion-health = { technique-name }: { $condition ->
   *[blood-thinners] Bei Menschen, die ein blutverdünnendes Medikament nehmen oder eine Blutgerinnungsstörung haben, kann diese Technik blaue Flecken oder Blutungen verursachen
    [pregnant] In der Schwangerschaft wird diese Technik nicht angewendet
    [skin] Auf verletzter, entzündeter oder dünner, empfindlicher Haut wird diese Technik nicht angewendet
    [varicose] Über Krampfadern wird diese Technik nicht angewendet
    [neuropathy] Wo das Gefühl in der Haut vermindert ist, bemerken Sie womöglich nicht, wenn die Kälte die Haut schädigt
    [cold-sensitive] Wenn Sie stark auf Kälte reagieren oder Durchblutungsstörungen haben, wird diese Technik nicht angewendet
}.

## Meldungen zu den Eingaben

problem-required = Bitte füllen Sie dieses Feld aus.
# $quantity – was das Feld zählt; $unit – die angezeigte Streckeneinheit.
problem-not-a-number = { $quantity ->
   *[distance] Bitte geben Sie eine Zahl in { unit-short } ein, zum Beispiel 12 oder 12,5.
    [runs] Bitte geben Sie die Anzahl der Läufe als ganze Zahl ein, zum Beispiel 3.
    [hard-sessions] Bitte geben Sie die Anzahl der intensiven Einheiten als ganze Zahl ein, zum Beispiel 3.
    [hours] Bitte geben Sie die Stunden als ganze Zahl ein, zum Beispiel 3.
    [days] Bitte geben Sie die Tage als ganze Zahl ein, zum Beispiel 3.
}
# $max – die größte erlaubte Zahl in der angezeigten Einheit. „von … bis“ verlangt den Dativ.
problem-out-of-range = { $quantity ->
   *[distance] Bitte geben Sie eine Zahl von 0 bis { $max }{ -nbsp }{ unit-short } ein.
    [runs] Bitte geben Sie eine Zahl von 0 bis { $max } Läufen ein.
    [hard-sessions] Bitte geben Sie eine Zahl von 0 bis { $max } intensiven Einheiten ein.
    [hours] Bitte geben Sie eine Zahl von 0 bis { $max } Stunden ein.
    [days] Bitte geben Sie eine Zahl von 0 bis { $max } Tagen ein.
}
problem-hard-above-runs = Die Zahl der intensiven Einheiten kann nicht größer sein als die Zahl der Läufe.
problem-long-above-week = Der längste Lauf kann nicht länger sein als die Strecke der letzten 7 Tage.
problem-history-incomplete = Füllen Sie alle vier Wochen aus, oder lassen Sie alle vier leer.
problem-choose-spot = Wählen Sie eine Stelle aus, oder wählen Sie „{ nothing-hurts }“.
problem-choose-quality = Bitte wählen Sie aus, wie es sich anfühlt.
problem-choose-answer = Bitte antworten Sie mit { yes } oder { no }.

## Das Ergebnis: die Technik

technique-label = Unser Vorschlag
second-label = Ebenfalls gut geeignet
why-heading = Warum das zu Ihnen passt
technique-name = { $technique ->
   *[deep-tissue] Tiefengewebsmassage
    [cupping] Sport-Schröpfen (Cupping)
    [graston] Graston-Technik (instrumentengestützte Massage)
    [cryotherapy] Kryotherapie (Kältetherapie)
}
technique-about = { $technique ->
   *[deep-tissue] Ihre Therapeutin oder Ihr Therapeut arbeitet langsam und mit festem Druck an den Muskeln, mit denen Sie laufen. Verhärtungen und miteinander verklebte Gewebeschichten lösen sich, sodass sich der Muskel wieder frei bewegen kann.
    [cupping] Schröpfköpfe werden auf die Haut gesetzt und heben sie durch Unterdruck sanft an. Das zieht Blut in einen großen, ermüdeten Muskelbereich und soll ihm helfen, sich zu erholen. Die Schröpfköpfe können für einige Tage runde Abdrücke auf der Haut hinterlassen.
    [graston] Ihre Therapeutin oder Ihr Therapeut führt glatte Instrumente aus Edelstahl über die Haut, um altes Narbengewebe und verhärtetes Bindegewebe (Faszien) zu lockern, an das man mit den Händen allein nur schwer herankommt. Die Stelle kann danach ein bis zwei Tage gerötet sein oder leichte blaue Flecken zeigen.
    [cryotherapy] Die schmerzende Stelle wird jeweils für kurze Zeit gekühlt; die Kälte kommt dabei nie direkt auf die nackte Haut. Kälte lindert Schmerzen und wird eingesetzt, um frische Schwellungen und Entzündungen zu beruhigen.
}
evidence-heading = Was die Studienlage sagt
evidence = { $technique ->
   *[deep-tissue] Über viele Studien hinweg lindert Massage Muskelkater und das Gefühl von Erschöpfung besser als andere Regenerationsmethoden (Dupuy et al., 2018); ein bis drei Tage nach der Belastung ist der Muskelkater mit Massage geringer (Guo et al., 2017). Die Beweglichkeit verbessert sich etwas, schneller oder kräftiger werden Sie dadurch aber nicht (Davis et al., 2020).
    [cupping] Es gibt nur wenige Studien zum Schröpfen bei Sportlerinnen und Sportlern, und sie sind von geringer Qualität (Bridgett et al., 2018). Manche Läuferinnen und Läufer fühlen sich danach weniger steif; eine klare Wirkung auf die Erholung ist nicht belegt.
    [graston] Die Belege für instrumentengestützte Verfahren wie Graston sind von geringer Qualität: bestenfalls ein mäßiger Zugewinn an Bewegungsumfang. Am besten wirkt die Technik als Teil eines Plans, zu dem auch Kräftigungsübungen gehören.
    [cryotherapy] Kälte lindert Schmerzen kurzfristig; ob sie Schwellungen verringert oder die Heilung beschleunigt, ist weniger sicher. Lokale Kältepackungen sind nicht dasselbe wie Ganzkörper-Kältekammern; diese hat die US-Arzneimittelbehörde (Food and Drug Administration, FDA) für keine medizinische Behandlung zugelassen.
}

## Warum eine Technik passt: ein Grund pro Punkt.

# Wie lange ein Schmerz schon besteht: $since ist today, yesterday, days, weeks, months oder
# years, $count die Anzahl davon. Nach „seit“ steht der Dativ.
pain-since = { $since ->
   *[today] seit heute
    [yesterday] seit gestern
    [days] seit { $count ->
        [one] einem Tag
       *[other] { $count } Tagen
    }
    [weeks] seit etwa { $count ->
        [one] einer Woche
       *[other] { $count } Wochen
    }
    [months] seit etwa { $count ->
        [one] einem Monat
       *[other] { $count } Monaten
    }
    [years] seit etwa { $count ->
        [one] einem Jahr
       *[other] { $count } Jahren
    }
}
# Eine schmerzende Stelle als Grund: wie sie sich anfühlt, dann warum die Technik dazu passt ($why).
#   $severity – 1 bis 10
reason-pain = { $quality ->
    [sharp] Sie haben { pain-since } einen stechenden Schmerz { spot-object } ({ $severity } von 10)
   *[tight] { spot-subject } ist { pain-since } verspannt ({ $severity } von 10)
    [sore] { spot-subject } schmerzt { pain-since } ({ $severity } von 10)
    [swollen] { spot-subject } ist { pain-since } geschwollen ({ $severity } von 10)
}: { $why ->
   *[cold-for-fresh-injury] Eine frische Verletzung braucht { $days ->
        [one] am ersten Tag
       *[other] in den ersten { $days } Tagen
    } Kälte, keinen Druck
    [cold-before-firm-work] Eine geschwollene Stelle braucht zuerst Kälte; eine Massagebehandlung ist erst möglich, wenn die Schwellung zurückgegangen ist
    [scar-tissue] Beschwerden, die { $weeks ->
        [one] eine Woche
       *[other] { $weeks } Wochen
    } oder länger bestehen, hinterlassen oft altes Narbengewebe und verhärtetes Bindegewebe (Faszien) – genau dort setzt die Graston-Technik an
    [work-around-it] Länger bestehende Beschwerden brauchen eine regelmäßige Behandlung der umliegenden Muskeln und des umliegenden Gewebes
    [loosen-broad-area] Schröpfen kann einen großen Muskelbereich lockern, der schon lange verspannt ist oder schmerzt
    [cold-settles-tendon] Kälte beruhigt eine kürzlich gereizte Sehne oder Sehnenplatte
    [unload-tendon] Werden die Muskeln gelockert, die daran ziehen, wird die schmerzende Sehne oder Sehnenplatte entlastet
    [broad-muscle-area] Schröpfen eignet sich für einen großen Muskelbereich, der verspannt ist oder schmerzt
    [knots-and-tightness] Langsame, feste Massagegriffe sind das übliche Mittel gegen Verhärtungen und Verspannungen
    [cold-eases-ache] Kälte lindert den Schmerz
    [massage-eases-soreness] Gegen Muskelkater ist Massage die am besten belegte Methode
    [cold-settles-flare] Kälte beruhigt eine akute Reizung
    [ease-calf-muscles] Werden die Wadenmuskeln gelockert, wird das Schienbein entlastet
    [ease-thigh-muscles] Werden die Oberschenkelmuskeln gelockert, wird die Kniescheibe entlastet
}.
# Ein Wettkampf vor $days Tagen (0 = heute) als Grund für Kälte; $after – die Tage bis zur
# Tiefenbehandlung.
reason-just-raced = { $days ->
    [0] Ihr Wettkampf war heute: Jetzt kommt zuerst Kälte, um die Muskelschmerzen zu lindern, die ein Wettkampf hinterlässt.
   *[other] Ihr Wettkampf war { days-ago }: Zuerst kommen Kälte und leichte Behandlung; Tiefenbehandlung (Tiefengewebsmassage oder Graston-Technik) frühestens { $after ->
        [one] { $after } Tag
       *[other] { $after } Tage
    } nach dem Wettkampf.
}
reason-just-trained-hard = { $hours ->
    [0] Sie haben gerade eine intensive Einheit beendet: In den ersten Stunden danach hilft Kälte am meisten.
   *[other] Ihre letzte intensive Einheit liegt { $hours ->
        [one] { $hours } Stunde
       *[other] { $hours } Stunden
    } zurück: In den ersten Stunden nach einer intensiven Einheit hilft Kälte am meisten.
}
reason-heavy-cupping = Sie laufen zurzeit viel: Schröpfen wird eingesetzt, um großen Muskelbereichen zu helfen, sich von intensivem Training zu erholen.
reason-heavy-distance = Sie sind in den letzten 7 Tagen { distance } oder mehr gelaufen: Regelmäßige Massage hilft, Ihre Muskeln bei hohem Trainingsumfang geschmeidig zu halten.
reason-heavy-hard-sessions = Sie hatten in den letzten 7 Tagen { $count ->
    [one] { $count } intensive Einheit oder mehr
   *[other] { $count } oder mehr intensive Einheiten
}: Regelmäßige Massage hilft, stark beanspruchte Muskeln geschmeidig zu halten.
reason-heavy-marathon = Ein langer Lauf von { distance } oder mehr spricht dafür, dass Sie sich auf einen Marathon vorbereiten: Regelmäßige Massage hilft, Ihre Muskeln während des Trainingsaufbaus geschmeidig zu halten.
reason-maintenance = Als regelmäßige Pflege kann Massage dazu beitragen, dass aus kleinen Verspannungen kein Problem wird.
reason-only-one-left = Ihre Antworten schließen die anderen Techniken aus, die diese Praxis anbietet; diese ist die einzige, die Ihre Antworten zulassen.

## Das Ergebnis: wie oft und wann

schedule-heading = Wie oft und wann eine Massage sinnvoll ist
# Der Abstand zwischen den Terminen in Tagen (7, 14 oder 28).
every = { $days ->
    [7] Einmal pro Woche.
    [14] Alle zwei Wochen.
    [28] Alle vier Wochen.
    [one] Jeden Tag.
   *[other] Alle { $days } Tage.
}
interval-heavy = Ihr Training ist zurzeit umfangreich – eine Massage pro Woche hilft Ihren Muskeln, mit der Belastung Schritt zu halten.
interval-active-problem = Solange etwas schmerzt, kann Ihre Therapeutin oder Ihr Therapeut bei einer Massage pro Woche genau verfolgen, wie es sich entwickelt.
interval-moderate = Bei mittlerem Laufumfang hält Sie eine Massage alle zwei Wochen gut in Form.
interval-light = Bei geringem Laufumfang und ohne Beschwerden genügt eine Massage alle vier Wochen zur Pflege.
# Ein kommender Tag: heute, morgen, in 3 Tagen.
in-days = { $days ->
    [0] heute
    [1] morgen
   *[other] in { $days } Tagen
}
# Ein vergangener Tag: heute, gestern, vor 3 Tagen.
days-ago = { $days ->
    [0] heute
    [1] gestern
   *[other] vor { $days } Tagen
}
#   $from, $to – Minuten Kälte am Stück
timing-cold-now = Beginnen Sie jetzt mit Kälte – in der Praxis oder zu Hause mit einer Kältepackung, in ein Tuch gewickelt: jeweils { $from } bis { $to } Minuten am Stück, nie länger, in den ersten Tagen mehrmals täglich. Buchen Sie einen Termin für eine Massagebehandlung, sobald die Schwellung oder die Schmerzen abgeklungen sind.
# Ein Wettkampf in $days Tagen (0 bis 3): nur leichte Behandlung; Tiefenbehandlung frühestens $after
# Tage danach.
timing-race-soon = { $days ->
    [0] Ihr Wettkampf ist heute: vor dem Start keine Massage, außer einer leichten Aufwärmmassage. Nach dem Wettkampf zuerst Ruhe und Kälte; Tiefenbehandlung (Tiefengewebsmassage oder Graston-Technik) frühestens { $after ->
        [one] { $after } Tag
       *[other] { $after } Tage
    } nach dem Wettkampf.
   *[other] Ihr Wettkampf ist { in-days }: bis dahin nur leichte Behandlung (eine sanfte Massage, Schröpfen oder Kälte) und keine Tiefenbehandlung (Tiefengewebsmassage oder Graston-Technik). Ihr nächster Termin für eine Tiefenbehandlung kann frühestens { $after ->
        [one] { $after } Tag
       *[other] { $after } Tage
    } nach dem Wettkampf stattfinden.
}
# Ein Wettkampf in $days Tagen; $last – der letzte Tag für eine Massage zur Wettkampfvorbereitung,
# in Tagen vor dem Wettkampf.
timing-tune-up = Ihr Wettkampf ist in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}. Wenn Sie vorher noch eine Massage zur Wettkampfvorbereitung möchten, achten Sie darauf, dass der Termin selbst spätestens { $last ->
    [one] { $last } Tag
   *[other] { $last } Tage
} vor dem Wettkampf stattfindet; danach nur noch leichte Behandlung.
# Dasselbe am letzten Tag für eine Massage zur Wettkampfvorbereitung.
timing-tune-up-last-day = Ihr Wettkampf ist in { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
}. Wenn Sie vorher noch eine Massage zur Wettkampfvorbereitung möchten, ist heute der letzte Tag dafür; ab morgen nur noch leichte Behandlung.
# Ein Wettkampf vor $days Tagen (0 bis 2). $from, $to – Stunden nach dem Wettkampf für eine sanfte
# Massage; $after – Tage nach dem Wettkampf für die Tiefenbehandlung.
timing-just-raced = { $days ->
    [0] Ihr Wettkampf war heute: zuerst Ruhe und Kälte. Eine leichte, sanfte Massage ist { $from } bis { $to } Stunden nach dem Wettkampf möglich; Tiefenbehandlung (Tiefengewebsmassage oder Graston-Technik) frühestens { $after ->
        [one] { $after } Tag
       *[other] { $after } Tage
    } nach dem Wettkampf.
    [1] Ihr Wettkampf war gestern: zuerst Ruhe und Kälte. Eine leichte, sanfte Massage ist { $from } bis { $to } Stunden nach dem Wettkampf möglich; Tiefenbehandlung (Tiefengewebsmassage oder Graston-Technik) frühestens { $after ->
        [one] { $after } Tag
       *[other] { $after } Tage
    } nach dem Wettkampf.
   *[other] Ihr Wettkampf war { days-ago }: zuerst Ruhe und Kälte, dazu nur leichte, sanfte Massage; Tiefenbehandlung (Tiefengewebsmassage oder Graston-Technik) frühestens { $after ->
        [one] { $after } Tag
       *[other] { $after } Tage
    } nach dem Wettkampf.
}
#   $open, $close – die Stunden nach einer intensiven Einheit, die für eine Massage am besten sind;
#   $from, $to – dieses Zeitfenster von jetzt an gerechnet
timing-book-in = Die beste Zeit für eine Massage ist { $open } bis { $close } Stunden nach einer intensiven Einheit. Bezogen auf Ihre letzte ist das in { $from } bis { $to } Stunden.
timing-book-now = Ihre letzte intensive Einheit liegt { $open } bis { $close } Stunden zurück: Jetzt ist der ideale Zeitpunkt für eine Massage.
timing-after-next-hard-session = Ihre letzte intensive Einheit liegt mehr als { $close } Stunden zurück. Planen Sie Ihre Massage für { $open } bis { $close } Stunden nach Ihrer nächsten intensiven Einheit oder Ihrem nächsten langen Lauf ein.
timing-after-hard-session = Planen Sie Ihre Massage für { $open } bis { $close } Stunden nach Ihrem langen Lauf oder Ihrer intensivsten Einheit der Woche ein.
opinion-note = Die Empfehlungen zu Zeitpunkt und Häufigkeit beruhen auf Erfahrungen aus der Praxis, nicht auf Studien.

## Das Ergebnis: Trainingsbelastung

load-heading = Ihre Trainingsbelastung
load-unknown = Tragen Sie die Strecken der vier früheren Wochen ein (über „{ change-answers }“), um zu sehen, wie die letzten 7 Tage im Vergleich zu Ihrem üblichen Training dastehen.
chart-label = Strecke pro Woche
this-week = Letzte 7 Tage
# Die kurze Beschriftung unter einem Balken: jetzt, −1 … −4.
chart-week = { $weeks ->
    [0] jetzt
    [one] −1
   *[other] −{ $weeks }
}
# Die Zahl über einem Balken, ohne Einheit.
chart-value = { $distance }
# Der Text zu einem Balken ($weeks vor den letzten 7 Tagen; 0 = die letzten 7 Tage).
chart-bar = { $weeks ->
    [0] { this-week }
   *[other] { week-label }
}: { distance }
# Die letzten 7 Tage im Vergleich zum Durchschnitt der vier Wochen davor.
#   $change – same, more, less oder no-average (alle vier Wochen waren 0)
#   $average – dieser Durchschnitt
load-summary = { this-week }: { distance }, { $change ->
    [same] etwa so viel wie im Durchschnitt der vier Wochen davor ({ $average }{ -nbsp }{ unit-short })
   *[more] { $percent }{ -nbsp }% mehr als im Durchschnitt der vier Wochen davor ({ $average }{ -nbsp }{ unit-short })
    [less] { $percent }{ -nbsp }% weniger als im Durchschnitt der vier Wochen davor ({ $average }{ -nbsp }{ unit-short })
    [no-average] bei einem Durchschnitt von { $average }{ -nbsp }{ unit-short } in den vier Wochen davor
}.
# Die letzten 7 Tage geteilt durch diesen Durchschnitt.
load-ratio = Das ist das { $ratio }-Fache Ihres Durchschnitts.
# $trend – spike (ein Anstieg um mehr als $percent %), steady oder lower (weniger als sonst).
load-verdict = { $trend ->
   *[spike] Das ist ein deutlicher Anstieg. In einer Studie mit Laufanfängerinnen und Laufanfängern hatten diejenigen, die ihren Wochenumfang um mehr als etwa { $percent }{ -nbsp }% steigerten, mehr Laufverletzungen – steigern Sie sich in den nächsten Wochen also behutsam. Das ist ein Warnhinweis, keine Vorhersage: Die Forschung zu plötzlichen Trainingssteigerungen ist nicht eindeutig.
    [steady] Das entspricht Ihren letzten Wochen.
    [lower] Das ist weniger als sonst – ein guter Zeitpunkt für Erholung.
}

## Das Ergebnis: nicht vorgeschlagene Techniken

cautions-heading = Techniken, die wir nicht vorgeschlagen haben – und warum
exclusion-acute-injury = { technique-name }: { spot-subject } ist möglicherweise frisch verletzt; eine Massagebehandlung ist frühestens { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} nach Beginn der Beschwerden möglich, bei einer Schwellung erst später.
exclusion-swelling = { technique-name }: { spot-subject } ist geschwollen; eine Massagebehandlung ist erst möglich, wenn die Schwellung zurückgegangen ist.
exclusion-race-soon = { technique-name }: Ihr Wettkampf ist { in-days }, und ab { $before ->
    [one] { $before } Tag
   *[other] { $before } Tagen
} vor einem Wettkampf gibt es keine Tiefenbehandlung wie diese mehr.
exclusion-just-raced = { technique-name }: Ihr Wettkampf war { days-ago }, und eine Tiefenbehandlung wie diese ist frühestens { $after ->
    [one] { $after } Tag
   *[other] { $after } Tage
} nach einem Wettkampf wieder möglich.
exclusion-not-offered = { technique-name }: Diese Technik würde am besten zu Ihnen passen, wird in dieser Praxis aber nicht angeboten; deshalb schlagen wir stattdessen die nächstbeste vor.

## Das Ergebnis: Aktionen

book = Termin buchen
# $number – eine Telefonnummer: die der Praxis oder die Notrufnummer.
call = { $number } anrufen
# $address – die E-Mail-Adresse der Praxis.
email = E-Mail an { $address }
copy-link = Link kopieren
copied = Link kopiert. Wer den Link hat, kann Ihre Antworten sehen, auch Ihre Angaben zur Gesundheit – teilen Sie ihn also mit Bedacht.
copy-failed = Kopieren fehlgeschlagen. Kopieren Sie stattdessen die Adresse aus der Adresszeile Ihres Browsers.
print = Drucken oder als PDF speichern
change-answers = Antworten ändern
start-over = Neu beginnen
# Unter den Kontaktknöpfen, wenn die Praxis für diese Technik keine eigene Buchungsseite hat.
ask-for = Nennen Sie bei der Buchung: { technique-name }
# Öffnet erst nach einem Tippen eine E-Mail an die Praxis, mit einer Zeile Zusammenfassung und dem Link zu diesem Ergebnis.
send-result = Ergebnis an die Praxis senden
send-result-subject = Mein Ergebnis aus Ihrem Regenerations-{ -check }
# Die erste Zeile der E-Mail, vor dem Link zum Ergebnis ($days: 7, 14 oder 28).
send-result-summary = Vorschlag des { -check }s: { technique-name }, { $days ->
    [7] einmal pro Woche
    [14] alle zwei Wochen
    [28] alle vier Wochen
    [one] jeden Tag
   *[other] alle { $days } Tage
}. Meine Antworten stehen in diesem Link:
# Der QR-Code des Links zu diesem Ergebnis, wie Screenreader ihn nennen.
qr-label = QR-Code des Links zu diesem Ergebnis
qr-caption = Zeigen Sie diesen Code bei Ihrem Termin: Wer ihn scannt, öffnet dieses Ergebnis mit Ihren Antworten.
disclaimer = Dieser { -check } gibt eine allgemeine Orientierung, keine Diagnose. Bei Ihrem Termin prüft Ihre Therapeutin oder Ihr Therapeut, was zu Ihnen passt.

## Das gedruckte Blatt: die Antworten für die Therapeutin oder den Therapeuten (nur auf Papier)

therapist-heading = Für Ihre Therapeutin oder Ihren Therapeuten
therapist-load = Training in den letzten 7 Tagen
therapist-distance = Strecke
therapist-runs = Läufe
therapist-weeks-before = Wochen davor, älteste zuerst
therapist-hard = Intensive Einheiten
therapist-longest = Längster Lauf
therapist-last-hard = Letzte intensive Einheit
# $hours – vor wie vielen Stunden sie endete.
therapist-hours-ago = vor { $hours }{ -nbsp }{ hours-short }
therapist-race = Nächster Wettkampf
therapist-raced = Letzter Wettkampf
therapist-pain = Beschwerden
therapist-spot = Stelle
therapist-severity = Schmerz (0–10)
therapist-quality = Art
therapist-since = Seit wann
therapist-health = Gesundheitsfragen mit „{ yes }“
therapist-health-none = Keine
# Eine Gesundheitsfrage, die mit Ja beantwortet wurde, in wenigen Worten.
condition-name = { $condition ->
   *[blood-thinners] Blutverdünnende Medikamente oder Blutgerinnungsstörung
    [pregnant] Schwanger oder möglicherweise schwanger
    [skin] Offene, infizierte oder leicht verletzliche Haut an der schmerzenden oder zu massierenden Stelle
    [varicose] Krampfadern an der schmerzenden oder zu massierenden Stelle
    [neuropathy] Vermindertes Gefühl in der Haut an der schmerzenden Stelle
    [cold-sensitive] Kälteempfindlichkeit (z.{ -nbsp }B. Raynaud-Syndrom, Kälteurtikaria) oder schlechte Durchblutung der Beine
}

## Ein geteilter Link, der nicht gelesen werden konnte

link-error-heading = Dieser Link konnte nicht gelesen werden
link-error-start = Stattdessen den { -check } starten
link-error-not-a-link = Er enthält keine Antworten aus diesem { -check }.
link-error-too-long = Er ist viel länger als jeder Link aus diesem { -check }.
link-error-bad-encoding = Ein Teil davon ist unlesbar – vielleicht wurde er beim Kopieren abgeschnitten.
# $value – der fehlerhafte Teil des Links, so wie er darin steht.
link-error-not-a-pair = Der Teil „{ $value }“ hat nicht die Form Name=Wert.
# $key – der Name eines Teils des Links.
link-error-duplicate = Er enthält „{ $key }“ zweimal.
link-error-missing = Ihm fehlt „{ $key }“ – das enthält jeder Link aus diesem { -check }.
link-error-too-new = Er stammt aus einer neueren Version dieses { -check }s (Version { $value }). Laden Sie die Seite neu, um die neuere Version zu erhalten.
link-error-bad-version = Seine Version „{ $value }“ kennt dieser { -check } nicht.
link-error-not-a-number = „{ $key }“ sollte eine Zahl sein, ist aber „{ $value }“.
# $limit – der größte erlaubte Wert.
link-error-out-of-range = „{ $key }“ ist { $value }, muss aber zwischen 0 und { $limit } liegen.
# $count – wie viele Zahlen es statt vier sind.
link-error-history-count = Für die früheren Wochen sollte er vier Zahlen enthalten, es { $count ->
    [one] ist aber { $count }
   *[other] sind aber { $count }
}.
link-error-bad-pain = Der Schmerzeintrag „{ $value }“ hat nicht die Form Stelle:Stärke:Empfindung:Tage.
link-error-unknown-spot = „{ $value }“ ist keine Stelle auf der Körperkarte.
link-error-unknown-quality = „{ $value }“ ist keine Schmerzart, die dieser { -check } kennt.
link-error-repeated-spot = Er nennt die Stelle „{ $value }“ zweimal.
link-error-unknown-flag = „{ $value }“ gehört nicht zu den Sicherheitsfragen.
link-error-unknown-condition = „{ $value }“ gehört nicht zu den Gesundheitsfragen.
link-error-repeated-item = Er nennt „{ $value }“ zweimal in „{ $key }“.

## Wenn die App abstürzt

crash-heading = Etwas ist schiefgelaufen
crash-text = Der { -check } wurde unerwartet beendet. Ihre Antworten sind auf diesem Gerät gespeichert – laden Sie die Seite neu, um weiterzumachen.
reload = Neu laden

## Die Einrichtungsseite: Hier erstellt eine Praxis ihre clinic.json und sieht den Check damit.
## Sie liest die Inhaberin oder das Empfangsteam der Praxis, keine Läuferin und kein Läufer;
## es sind keine Sicherheitstexte.

setup-title = Regenerations-{ -check } einrichten
setup-intro = Tragen Sie die Angaben Ihrer Praxis ein und sehen Sie, wie sich der { -check } beim Tippen verändert. Alles bleibt in diesem Browser: Es wird nichts verschickt. Wenn Sie fertig sind, laden Sie Ihre Datei herunter und laden Sie sie in den Ordner des { -check }s auf Ihrer Website hoch.
setup-skip-to-preview = Zur Vorschau springen
setup-open-heading = Ausgangspunkt
setup-opening = Die clinic.json im Ordner des { -check }s wird geöffnet …
setup-editing-folder = Sie bearbeiten die clinic.json, die jetzt im Ordner des { -check }s liegt.
setup-editing-example = Sie bearbeiten das Beispiel, eine erfundene Praxis: Ersetzen Sie seine Angaben durch Ihre.
# $value – der Name der Datei, die die Praxis ausgewählt hat.
setup-editing-file = Sie bearbeiten { $value } von diesem Gerät.
setup-open-folder = clinic.json des { -check }s öffnen
setup-open-file = Datei von diesem Gerät öffnen
setup-open-example = Mit dem Beispiel beginnen
# Die clinic.json des Ordners war nicht zu laden: ohne Netz, nicht vorhanden oder ein Fehler.
setup-not-reached = Der Ordner des { -check }s war nicht erreichbar, daher konnte seine clinic.json nicht geöffnet werden.
setup-not-there = Im Ordner des { -check }s liegt noch keine clinic.json.
# $status – der HTTP-Status, mit dem der Server geantwortet hat.
setup-not-loaded = Der Ordner des { -check }s hat mit einem Fehler geantwortet (HTTP { $status }), daher konnte seine clinic.json nicht geöffnet werden.
# $value – der Name der Datei; $line, $column – wo die Datei aufhört, gültiges JSON zu sein.
setup-not-json = { $value } konnte nicht geöffnet werden: Die Datei ist kein gültiges JSON (der Fehler steht in Zeile { $line }, Spalte { $column }).
setup-not-an-object = { $value } konnte nicht geöffnet werden: Die Datei ist keine clinic.json.
# Die Einleitung zu dem, was das Formular aus der geöffneten Datei nicht übernehmen konnte.
setup-file-notes = In der geöffneten Datei:
# $key – ein Schlüssel der clinic.json, wie er in der Datei steht.
setup-wrong-type = „{ $key }“ enthält einen Wert der falschen Art, daher zeigt das Formular stattdessen die Voreinstellung des { -check }s. { setup-expected }
# $value – ein Wert dieses Schlüssels, wie er in der Datei steht.
setup-left-out = „{ $key }“ enthält { $value }, was der { -check } nicht kennt: Es wird weggelassen.
setup-nothing-known = „{ $key }“ nennt nichts, was der { -check } kennt, daher wird alles angeboten.
setup-unknown-key = „{ $key }“ kennt der { -check } nicht: Es wird in Ihrer Datei weggelassen.
# $count – die Formatversion der Datei.
setup-newer-format = Die Datei wurde für eine neuere Version des { -check }s erstellt (Format { $count }). Was diese Version nicht kennt, wird weggelassen.
# Was in ein Feld gehört, wenn es nicht passt. $count – die größte erlaubte Textlänge.
setup-expected = { $expected ->
   *[text] Bitte höchstens { $count } Zeichen.
    [web-address] Schreiben Sie eine vollständige Webadresse, die mit https:// beginnt, zum Beispiel https://praxis.example/termin.
    [phone] Schreiben Sie die Nummer nur mit Ziffern, Leerzeichen und + ( ) - . /.
    [email] Schreiben Sie eine E-Mail-Adresse wie info@praxis.example, ohne Leerzeichen.
    [colour] Schreiben Sie # und sechs Ziffern oder Buchstaben von a bis f, zum Beispiel #0b5d56, oder wählen Sie eine Farbe aus.
    [image-path] Schreiben Sie den Namen der Bilddatei im Ordner des { -check }s, zum Beispiel logo.svg oder bilder/logo.png – keine Webadresse.
    [techniques] Hier sollten Techniken stehen, die der { -check } kennt.
    [emergency-number] Schreiben Sie nur 2 bis 6 Ziffern, zum Beispiel 112.
    [units] Hier sollte km oder mi stehen.
    [languages] Hier sollten Sprachen stehen, die der { -check } spricht.
    [text-per-language] Hier sollte ein Text stehen oder ein Text je Sprache.
    [format] Hier sollte eine ganze Zahl stehen, zum Beispiel 2.
    [web-address-per-technique] Hier sollte je Technik eine Webadresse stehen.
    [yes-or-no] Hier sollte true oder false stehen.
    [origins] Schreiben Sie eine Website-Adresse pro Zeile, zum Beispiel https://www.praxis.example, ohne etwas nach dem Namen.
}
setup-name-missing = Bitte geben Sie den Namen Ihrer Praxis an.
setup-no-language = Wählen Sie mindestens eine Sprache aus.
setup-no-technique = Wählen Sie mindestens eine Technik aus.
setup-form-heading = Die Angaben Ihrer Praxis
setup-languages-legend = Sprachen
setup-languages-hint = Der { -check } öffnet sich in der Sprache der Besucherin oder des Besuchers, wenn Sie sie anbieten, sonst in Ihrer Standardsprache.
setup-default-language = Standardsprache
# $language – der Name einer Sprache in dieser Sprache: Deutsch, Français …
setup-name-label = Name der Praxis ({ $language })
setup-name-hint = Steht oben auf jeder Seite.
setup-intro-label = Begrüßungszeile ({ $language })
setup-intro-hint = Optional: ein, zwei Sätze unter der Überschrift der ersten Seite.
setup-look-heading = Farbe und Logo
setup-accent-label = Ihre Farbe
setup-accent-hint = Für Schaltflächen, Links und Hervorhebungen: # und sechs Ziffern oder Buchstaben von a bis f, zum Beispiel #0b5d56.
setup-accent-picker = Farbe auswählen
# $ratio – ein Kontrastverhältnis, etwa 7,2 (zu 1).
setup-contrast-button = Text auf Ihrer Farbe: Kontrast { $ratio } zu 1
setup-contrast-light = Links auf hellem Bildschirm: Kontrast { $ratio } zu 1
setup-contrast-dark = Links auf dunklem Bildschirm: Kontrast { $ratio } zu 1
setup-contrast-note = Jeder Text behält einen Kontrast von mindestens 4,5 zu 1 (WCAG AA): Wo Ihre Farbe für Text zu hell oder zu dunkel ist, nimmt der { -check } einen dunkleren oder helleren Ton davon, wie hier gezeigt.
setup-sample-link = Ein Link in Ihrer Farbe
setup-logo-label = Logodatei
setup-logo-hint = Optional: der Name Ihres Logobilds im Ordner des { -check }s, zum Beispiel logo.svg. SVG, PNG, WebP oder JPEG; es wird 40 Pixel hoch angezeigt.
setup-logo-pick = Logo auswählen
# $value – der Dateiname des Logos.
setup-logo-upload = Laden Sie dieses Bild in den Ordner des { -check }s hoch, neben die clinic.json, und zwar genau unter dem Namen { $value }.
setup-logo-preview = Ihr Logo
setup-techniques-legend = Techniken, die Sie anbieten
setup-techniques-hint = Der { -check } schlägt nur diese vor. Wenn eine andere Technik am besten passen würde, schlägt er die beste Ihrer Techniken vor und sagt das dazu.
setup-booking-heading = Termine und Kontakt
setup-booking-url-label = Seite für Online-Termine
setup-booking-url-hint = Optional: Die Schaltfläche „{ book }“ im Ergebnis öffnet sie.
setup-booking-for-label = Terminseite für { technique-name }
setup-booking-for-hint = Optional: nur wenn diese Technik eine eigene Terminseite hat. Sonst wird die Seite oben verwendet.
setup-booking-utm-label = Buchungen aus dem { -check } kennzeichnen
setup-booking-utm-hint = Fügt Ihren Terminlinks utm_-Felder hinzu (etwa utm_source), damit die Auswertungen Ihres Buchungssystems zeigen können, welche Buchungen aus dem { -check } kamen.
setup-phone-label = Telefonnummer
setup-phone-hint = Optional: erscheint im Ergebnis als Schaltfläche zum Anrufen.
setup-email-label = E-Mail-Adresse
setup-email-hint = Optional: erscheint im Ergebnis als E-Mail-Schaltfläche.
setup-address-label = Adresse
setup-address-hint = Optional: Ihre Anschrift in einer Zeile, im Ergebnis angezeigt.
setup-safety-heading = Notfälle und Strecken
setup-emergency-label = Notrufnummer
setup-emergency-hint = Die Nummer, die der { -check } Läuferinnen und Läufern für einen Notfall nennt: 112 in ganz Europa, 999 im Vereinigten Königreich, 911 in Nordamerika. Bleibt das Feld leer, ist es die 112.
setup-units-legend = Strecken zuerst in
setup-site-heading = Ihre Website
setup-origins-label = Adressen Ihrer Website
setup-origins-hint = Optional: eine pro Zeile, zum Beispiel https://www.praxis.example. Das sind die Websites, die den { -check } in ihren Seiten zeigen; sie kommen in die frame-ancestors-Zeile unten.
setup-download-heading = Ihre clinic.json
setup-download-hint = Laden Sie sie in den Ordner des { -check }s auf Ihrer Website hoch, anstelle der clinic.json dort, mit Ihrem Logo daneben. Der { -check } verwendet sie ab dem nächsten Besuch: Sonst muss nichts geändert werden.
setup-download = clinic.json herunterladen
# $count – wie viele Felder noch nicht passen (mindestens 1).
setup-download-blocked = { $count ->
    [one] Ein Feld braucht noch Ihre Aufmerksamkeit, bevor Sie Ihre Datei herunterladen können:
   *[other] { $count } Felder brauchen noch Ihre Aufmerksamkeit, bevor Sie Ihre Datei herunterladen können:
}
setup-downloaded = Die clinic.json liegt in Ihren Downloads.
setup-show-file = Datei ansehen
setup-snippets-heading = Den { -check } auf Ihre Website bringen
setup-quiz-address-label = Adresse des { -check }s
setup-quiz-address-hint = Wo der Ordner des { -check }s im Web liegt; die Code-Schnipsel unten verwenden sie.
setup-quiz-address-problem = Schreiben Sie die vollständige Adresse des Ordners, zum Beispiel https://praxis.example/regeneration/.
# Die Überschrift jedes Schnipsels.
setup-snippet = { $snippet ->
   *[own-site] Ihre eigene Website
    [site-builder] Wix oder Squarespace
    [wordpress] WordPress
    [frame-ancestors] Ihr Webhoster: welche Websites den { -check } zeigen dürfen
}
setup-snippet-hint = { $snippet ->
   *[own-site] Fügen Sie ihn dort ein, wo der { -check } erscheinen soll: Der Rahmen wächst mit dem { -check } mit.
    [site-builder] Wix: „Code einbetten“, dann „HTML einbetten“, dann „Code“. Squarespace: ein Code-Block. Deren Rahmen können nicht mitwachsen, daher hat dieser eine feste Höhe, dazu einen Link, der den { -check } auf einer eigenen Seite öffnet.
    [wordpress] Fügen Sie ihn in den Block-Editor ein: Er wird zu einem Block „Individuelles HTML“. Entfernt WordPress beim Speichern die script-Zeile, nehmen Sie stattdessen den Schnipsel für Wix oder Squarespace.
    [frame-ancestors] Ein Header, den Ihr Webhoster mit jeder Datei im Ordner des { -check }s sendet (seine Hilfeseiten sagen, wo man ihn einstellt). Dann können nur Ihre eigenen Websites und der { -check } selbst ihn in einem Rahmen zeigen. Bei Wix ergänzen Sie auch die Wix-Adresse, die Ihren Code enthält.
}
setup-copy = { $snippet ->
   *[own-site] Schnipsel für Ihre eigene Website kopieren
    [site-builder] Schnipsel für Wix oder Squarespace kopieren
    [wordpress] Schnipsel für WordPress kopieren
    [frame-ancestors] Zeile für Ihren Webhoster kopieren
}
setup-copied = Kopiert.
setup-copy-failed = Das Kopieren hat nicht geklappt: Markieren Sie den Text und kopieren Sie ihn selbst.
# Der Link unter einem Rahmen mit fester Höhe, auf der Website der Praxis, in ihrer Standardsprache.
setup-full-page-link = Den { -check } auf einer eigenen Seite öffnen
setup-preview-heading = Vorschau
setup-preview-hint = Ihr { -check }, wie Läuferinnen und Läufer ihn sehen werden, mit den Angaben oben. Probieren Sie ihn aus: Er ändert sich beim Tippen.
setup-preview-frame = Vorschau Ihres { -check }s
setup-preview-size = Bildschirm
setup-preview-phone = Handy
setup-preview-computer = Computer
setup-outcomes-legend = Zu einer Seite springen
setup-outcome-start = Erste Seite
setup-outcome-technique = Ergebnis: { technique-name }
setup-outcome-clinician = Ergebnis: erst zur Ärztin oder zum Arzt
setup-outcome-emergency = Ergebnis: Notfall
setup-footer = Diese Seite arbeitet allein auf Ihrem Gerät: Nichts, was Sie eingeben, wird verschickt, und nach Ihrem ersten Besuch funktioniert sie auch offline.
