### Italiano: i testi del questionario di recupero per chi corre.
### La fonte di ogni testo è locales/en.ftl: stessi messaggi, stessi attributi, stesse variabili.
### Forma di cortesia: «tu» in tutto il file. Virgolette: «…». Apostrofo tipografico: ’.
### Come modificare un testo e controllare il file: docs/translations.md.

language-name = Italiano

## Come si scrivono i numeri: 12,5 km, 3.650 giorni.

-number-decimal-separator = ,
-number-group-separator = .
-number-group-from-digits = 4

## Le parole che rendono negativa una frase, per il controllo che nessuna domanda di sicurezza
## sia posta in forma negativa (docs/translations.md, "Safety texts").

-negation-words = non no né mai nessun nessun’ nessuno nessuna niente nulla neanche nemmeno neppure mica

## Parole usate in molti testi (una sola parola per ogni concetto: il glossario in docs/translations.md).

-check = questionario
# Deep tissue e Graston: mai negli ultimi giorni prima di una gara né subito dopo.
-deep-work = trattamento profondo
-deep-work-what = massaggio profondo o tecnica Graston
# Tutto tranne il freddo: va rimandato con un infortunio recente o un gonfiore.
-hands-on = trattamento manuale
# Consentito intorno alle gare.
-light = trattamento leggero

## Le zone della mappa del corpo. Ogni termine ha tre forme:
##   nome      — come voce della mappa: «Polpaccio»
##   soggetto  — con l’articolo, a inizio frase: «Il polpaccio»
##   a         — con la preposizione, dopo «dolore», «gonfiore»…: «al polpaccio», «nella parte
##               anteriore della coscia» (la preposizione naturale per quella parte del corpo)

-spot-foot = { $forma ->
   *[nome] Tallone, arco plantare o pianta del piede
    [soggetto] Il tallone, l’arco plantare o la pianta del piede
    [a] al tallone, all’arco plantare o alla pianta del piede
}
-spot-achilles = { $forma ->
   *[nome] Tendine d’Achille (dietro la caviglia, sopra il tallone)
    [soggetto] Il tendine d’Achille
    [a] al tendine d’Achille
}
-spot-shin = { $forma ->
   *[nome] Tibia (stinco)
    [soggetto] La tibia
    [a] alla tibia
}
-spot-calf = { $forma ->
   *[nome] Polpaccio
    [soggetto] Il polpaccio
    [a] al polpaccio
}
-spot-knee = { $forma ->
   *[nome] Parte anteriore del ginocchio
    [soggetto] La parte anteriore del ginocchio
    [a] nella parte anteriore del ginocchio
}
-spot-knee-outer = { $forma ->
   *[nome] Parte esterna del ginocchio
    [soggetto] La parte esterna del ginocchio
    [a] nella parte esterna del ginocchio
}
-spot-hip = { $forma ->
   *[nome] Lato esterno dell’anca o della coscia
    [soggetto] Il lato esterno dell’anca o della coscia
    [a] sul lato esterno dell’anca o della coscia
}
-spot-groin = { $forma ->
   *[nome] Inguine
    [soggetto] L’inguine
    [a] all’inguine
}
-spot-quad = { $forma ->
   *[nome] Parte anteriore della coscia
    [soggetto] La parte anteriore della coscia
    [a] nella parte anteriore della coscia
}
-spot-hamstring = { $forma ->
   *[nome] Parte posteriore della coscia
    [soggetto] La parte posteriore della coscia
    [a] nella parte posteriore della coscia
}
-spot-glute = { $forma ->
   *[nome] Gluteo (natica)
    [soggetto] Il gluteo
    [a] al gluteo
}
-spot-lower-back = { $forma ->
   *[nome] Parte bassa della schiena (zona lombare)
    [soggetto] La parte bassa della schiena
    [a] nella parte bassa della schiena
}

## La pagina

title = Questionario di recupero per chi corre
description = Un { -check } di due minuti per chi corre. In base ai tuoi allenamenti e agli eventuali dolori, ti suggerisce un massaggio sportivo adatto a te e quando prenotarlo, oppure ti dice di rivolgerti prima a un medico. In tutta riservatezza: le tue risposte restano sul tuo dispositivo.
# Il nome sotto l’icona sullo schermo del telefono: al massimo una dozzina di lettere.
short-name = Recupero
# Il nome del centro, quando il centro non ne indica uno.
default-clinic = Centro di massaggio sportivo
skip-to-content = Vai al contenuto principale
# L’etichetta del selettore della lingua.
language = Lingua
# Una percentuale: 30%.
percent = { $percent }%
# Il nome breve di un’unità dopo un numero.
unit-short = { $unit ->
   *[km] km
    [mi] mi
}
# Una distanza con la sua unità: 12,5 km.
distance = { $distance } { unit-short }

## La schermata iniziale

start-heading = Quale massaggio fa per te, in questa fase dei tuoi allenamenti?
start-intro = Rispondi ad alcune domande sui tuoi allenamenti, sugli eventuali dolori e sulla tua salute. Scoprirai quale tecnica di massaggio fa per te, ogni quanto e quando prenotarla, e perché. Se prima serve un medico, il { -check } te lo dice.
start-fact-time = Ci vogliono circa due minuti.
start-fact-private = Le tue risposte restano su questo dispositivo: non viene inviato nulla.
start-fact-guidance = Sono indicazioni, non una diagnosi. Se qualcosa ti preoccupa, rivolgiti a un medico o a un fisioterapista. In caso di emergenza, chiama il numero di emergenza del luogo in cui ti trovi.
start-button = Inizia il { -check }
resume-heading = Rieccoti
resume-text = Su questo dispositivo ci sono risposte salvate di un { -check } che non hai finito.
resume-button = Riprendi il { -check }
start-again-button = Ricomincia da capo

## Muoversi nel questionario

next = Avanti
back = Indietro
see-result = Vedi il risultato
forget = Cancella le risposte salvate
forgotten = Le risposte salvate sono state cancellate da questo dispositivo.
# «Passo 2 di 7».
progress = Passo { $step } di { $steps }
# Quante risposte sullo schermo vanno sistemate ($count è almeno 1).
error-summary = { $count ->
    [one] C’è 1 risposta mancante o da correggere: sistemala per poter andare avanti.
   *[other] Ci sono { $count } risposte mancanti o da correggere: sistemale per poter andare avanti.
}

## L’allenamento degli ultimi 7 giorni

training-heading = Quanto hai corso negli ultimi 7 giorni
unit-legend = Distanze in
unit-name = { $unit ->
   *[km] chilometri
    [mi] miglia
}
km-label = Distanza totale corsa negli ultimi 7 giorni
runs-label = Numero di uscite di corsa negli ultimi 7 giorni
hard-label = Quante di queste uscite erano allenamenti intensi?
hard-hint = Sono allenamenti intensi le ripetute, le corse a ritmo sostenuto (medio, tempo run), le ripetute in salita, le gare e le uscite lunghe. Se non ce ne sono stati, lascia vuoto.
long-label = La tua uscita più lunga negli ultimi 7 giorni
long-hint = Facoltativo.
last-label = Quante ore fa hai finito l’ultimo allenamento intenso o l’ultima gara?
last-hint = Facoltativo. 1 giorno = 24 ore, 2 giorni = 48 ore.
# L’unità breve dopo il campo delle ore.
hours-short = h

## Le settimane precedenti e le gare

weeks-heading = Settimane precedenti e gare
weeks-legend = Distanza in ciascuna delle quattro settimane prima degli ultimi 7 giorni (facoltativa)
weeks-hint = Compila tutte e quattro le settimane, oppure lasciale tutte vuote. Si comincia dalla settimana più lontana. Con tutte e quattro potrai confrontare gli ultimi 7 giorni con le settimane precedenti.
# Una delle quattro settimane precedenti, contata a ritroso dagli ultimi 7 giorni (da 1 a 4).
week-label = { $weeks ->
    [one] 1 settimana prima
   *[other] { $weeks } settimane prima
}
race-planned = Ho una gara in programma
race-in-label = Tra quanti giorni c’è la tua gara? (0 = oggi)
raced-recently = Ho fatto una gara di recente
raced-ago-label = Quanti giorni fa c’è stata la gara? (0 = oggi)

## La mappa del corpo

pain-heading = Dove ti fa male?
pain-hint = Scegli tutte le zone che ti fanno male o che senti contratte, sulle figure o nell’elenco.
body-front = Vista anteriore
body-back = Vista posteriore
spot-list-legend = Zone che fanno male o che senti contratte
nothing-hurts = Non mi fa male niente
nothing-hurts-chosen = Hai indicato che non ti fa male niente. Se qualcosa ti fa male, scegli una zona.
# Una zona come voce della mappa.
spot-name = { $spot ->
    [foot] { -spot-foot(forma: "nome") }
    [achilles] { -spot-achilles(forma: "nome") }
    [shin] { -spot-shin(forma: "nome") }
   *[calf] { -spot-calf(forma: "nome") }
    [knee] { -spot-knee(forma: "nome") }
    [knee-outer] { -spot-knee-outer(forma: "nome") }
    [hip] { -spot-hip(forma: "nome") }
    [groin] { -spot-groin(forma: "nome") }
    [quad] { -spot-quad(forma: "nome") }
    [hamstring] { -spot-hamstring(forma: "nome") }
    [glute] { -spot-glute(forma: "nome") }
    [lower-back] { -spot-lower-back(forma: "nome") }
}
# Una zona come soggetto, con l’articolo: «Il polpaccio». (In italiano le frasi sulla zona
# usano la forma con la preposizione, spot-object; questa resta per chi ne avesse bisogno.)
spot-subject = { $spot ->
    [foot] { -spot-foot(forma: "soggetto") }
    [achilles] { -spot-achilles(forma: "soggetto") }
    [shin] { -spot-shin(forma: "soggetto") }
   *[calf] { -spot-calf(forma: "soggetto") }
    [knee] { -spot-knee(forma: "soggetto") }
    [knee-outer] { -spot-knee-outer(forma: "soggetto") }
    [hip] { -spot-hip(forma: "soggetto") }
    [groin] { -spot-groin(forma: "soggetto") }
    [quad] { -spot-quad(forma: "soggetto") }
    [hamstring] { -spot-hamstring(forma: "soggetto") }
    [glute] { -spot-glute(forma: "soggetto") }
    [lower-back] { -spot-lower-back(forma: "soggetto") }
}
# Una zona con la sua preposizione, dopo «dolore», «gonfiore», «infortunio»: «al polpaccio»,
# «nella parte anteriore della coscia».
spot-object = { $spot ->
    [foot] { -spot-foot(forma: "a") }
    [achilles] { -spot-achilles(forma: "a") }
    [shin] { -spot-shin(forma: "a") }
   *[calf] { -spot-calf(forma: "a") }
    [knee] { -spot-knee(forma: "a") }
    [knee-outer] { -spot-knee-outer(forma: "a") }
    [hip] { -spot-hip(forma: "a") }
    [groin] { -spot-groin(forma: "a") }
    [quad] { -spot-quad(forma: "a") }
    [hamstring] { -spot-hamstring(forma: "a") }
    [glute] { -spot-glute(forma: "a") }
    [lower-back] { -spot-lower-back(forma: "a") }
}

## Una zona che fa male

spot-heading = Dolore o tensione { spot-object }
severity-label = Quanto fa male, da 0 (per niente) a 10 (il dolore peggiore che riesci a immaginare)?
quality-legend = Che cosa senti?
quality-name = { $quality ->
   *[tight] Tensione o contrattura
    [sore] Indolenzimento o dolore sordo
    [sharp] Dolore acuto o a fitte
    [swollen] Gonfiore
}
days-label = Quanti giorni fa è cominciato?
days-hint = 0 se è cominciato oggi. Per esempio: 2 settimane = 14 giorni, 6 settimane = 42 giorni, 1 anno = 365 giorni.

## Safety texts (testi di sicurezza): i segnali d’allarme, le domande sulla salute, i messaggi di
## emergenza e di invio dal medico e le tecniche escluse per motivi di salute. Ogni domanda è posta
## in modo che «Sì» significhi il segnale d’allarme, mai in forma negativa, con parole che chi
## corre conosce. Una modifica qui va fatta in ogni lingua (docs/translations.md, "Safety texts").

safety-heading = Alcune domande per la tua sicurezza
safety-intro = Alcuni segnali richiedono un medico, non un massaggio. Rispondi a tutte le domande. Nel dubbio, rispondi «{ yes }».
health-heading = La tua salute
health-intro = Alcune tecniche non sono sicure in certe condizioni di salute. Le tue risposte servono a non proporti mai una tecnica che per te non è sicura.
# Un segnale d’allarme: «Sì» deve significare il segnale d’allarme.
flag-question = { $flag ->
   *[chest] Hai dolore al petto, o una difficoltà a respirare nuova o insolita per te?
    [saddle] Hai almeno uno di questi segni: intorpidimento o perdita di sensibilità nella zona dei genitali, dell’ano o dell’interno coscia; difficoltà nuove a urinare o ad andare di corpo, o a trattenere urina o feci; perdita di forza in entrambe le gambe?
    [calf-swelling] Su una sola gamba, rispetto all’altra, noti al polpaccio o alla coscia gonfiore, più calore, più rossore o un colore più scuro?
    [bone-spot] C’è un piccolo punto preciso su un osso, per esempio sulla tibia o sul piede, che fa male quando ci premi sopra?
    [night-pain] Hai un dolore che continua anche a riposo, o che ti sveglia di notte?
    [no-weight] Ti è impossibile appoggiare il peso sulla gamba infortunata, o fare quattro passi di seguito, anche zoppicando?
    [pop] Hai avvertito all’improvviso dietro il tallone come un calcio o una botta, come se qualcosa ti avesse colpito, o hai sentito uno schiocco in quel punto, oppure ti è impossibile sollevarti sulla punta del piede stando in appoggio solo sulla gamba infortunata (con l’altro piede staccato da terra)?
    [numbness] Hai un intorpidimento, un formicolio o una perdita di forza comparsi da poco in una gamba o in un piede (per esempio, quando cammini la punta del piede si impunta o striscia a terra)?
    [fever] Hai la febbre, o ti senti fisicamente male, per esempio con brividi o come se avessi l’influenza?
}
# Una domanda sulla salute: «Sì» deve significare che la condizione c’è.
condition-question = { $condition ->
   *[blood-thinners] Prendi un farmaco che rende il sangue più fluido (anticoagulante o antiaggregante), cioè che lo fa coagulare meno facilmente – per esempio warfarin (Coumadin), apixaban, rivaroxaban, oppure aspirina (come la cardioaspirina) o clopidogrel presi ogni giorno – o hai una malattia che ti fa sanguinare facilmente (un disturbo della coagulazione)?
    [pregnant] Sei incinta, o potresti esserlo?
    [skin] Dove ti fa male, o dove vorresti il massaggio, la pelle è lesionata, infetta o fragile (per esempio un taglio, una vescica, un’eruzione cutanea, oppure pelle che si lacera o si copre di lividi con facilità)?
    [varicose] Hai vene varicose (vene gonfie e tortuose sotto la pelle) dove ti fa male o dove vorresti il massaggio?
    [neuropathy] Dove ti fa male, senti sulla pelle il tocco, il caldo o il freddo meno del normale, per esempio perché hai i piedi intorpiditi a causa del diabete?
    [cold-sensitive] Reagisci male al freddo, per esempio con dita delle mani o dei piedi che al freddo diventano bianche o bluastre (fenomeno di Raynaud) o con un’eruzione che prude dopo il freddo (orticaria da freddo), oppure hai una cattiva circolazione alle gambe?
}
yes = Sì
no = No
result-heading = Il tuo risultato
emergency-heading = Chiama subito il numero di emergenza
# $number - il numero di emergenza indicato dal centro (112, 999, …).
emergency-text = Chiama subito il numero { $number } (oppure, se ti trovi altrove, il numero di emergenza del luogo in cui sei). Quello che descrivi richiede cure mediche urgenti, non un massaggio. Non aspettare di vedere se migliora.
clinician-heading = Prima rivolgiti a un medico o a un fisioterapista
clinician-text = Prima di qualsiasi massaggio, fatti visitare da un medico o da un fisioterapista. Quando ti avrà detto che il massaggio è sicuro per te, torna qui e rifai il { -check }.
clinician-worse = Chiama subito il numero di emergenza { $number } se la situazione peggiora molto, o se compaiono dolore al petto, difficoltà a respirare, intorpidimento nella zona dei genitali o dell’ano, o difficoltà a urinare o ad andare di corpo, o a trattenere urina o feci.
# L’introduzione ai motivi per cui chi corre viene indirizzato al medico o al numero di emergenza.
triage-because = In base a quello che ci hai detto:
# Un segnale d’allarme a cui è stato risposto «Sì», come voce di quell’elenco.
triage-flag = { $flag ->
   *[chest] hai dolore al petto, o una difficoltà a respirare nuova o insolita per te
    [saddle] hai intorpidimento o perdita di sensibilità nella zona dei genitali, dell’ano o dell’interno coscia, difficoltà nuove a urinare o ad andare di corpo o a trattenere urina o feci, oppure perdita di forza in entrambe le gambe, il che può indicare una compressione dei nervi alla base della colonna vertebrale
    [calf-swelling] su una sola gamba, rispetto all’altra, hai al polpaccio o alla coscia gonfiore, più calore, più rossore o un colore più scuro, il che può indicare un coagulo di sangue (trombosi); il massaggio potrebbe spostarlo, quindi fatti visitare da un medico oggi stesso
    [bone-spot] un piccolo punto di un osso fa male quando ci premi sopra, il che può indicare una frattura da stress
    [night-pain] hai un dolore che continua anche a riposo o che ti sveglia di notte, il che può indicare una frattura da stress o un problema che non riguarda i muscoli
    [no-weight] ti è impossibile appoggiare il peso sulla gamba infortunata o fare quattro passi di seguito, il che può indicare una frattura o una distorsione grave
    [pop] hai avvertito all’improvviso come un calcio o una botta dietro il tallone, hai sentito uno schiocco in quel punto, oppure ti è impossibile sollevarti sulla punta del piede stando in appoggio solo sulla gamba infortunata, il che può indicare una rottura del tendine d’Achille
    [numbness] hai un intorpidimento, un formicolio o una perdita di forza comparsi da poco in una gamba o in un piede, il che può dipendere da un nervo compresso o irritato
    [fever] hai la febbre o ti senti fisicamente male; il massaggio è rimandato a quando starai di nuovo bene
}
# Una zona il cui dolore va fatto vedere a un medico (l’inguine), come voce dello stesso elenco.
triage-spot = hai dolore { spot-object }, il che, in chi corre, può indicare una frattura da stress dell’anca
triage-nothing-safe = le tue risposte (sulla salute, su un infortunio recente o un gonfiore, o sulle date delle gare) escludono tutte le tecniche offerte da questo centro
# Perché una tecnica è esclusa per una risposta sulla salute: «<tecnica>: <questo>.»
exclusion-health = { technique-name }: { $condition ->
   *[blood-thinners] può causare lividi o sanguinamenti in chi prende un farmaco che rende il sangue più fluido o ha un disturbo della coagulazione
    [pregnant] non si usa in gravidanza
    [skin] non si usa sulla pelle lesionata, infetta o fragile
    [varicose] non si usa sulle vene varicose
    [neuropathy] se senti meno del normale il tocco, il caldo o il freddo sulla pelle, potresti non accorgerti che il freddo la sta danneggiando
    [cold-sensitive] non si usa se reagisci male al freddo o hai una cattiva circolazione
}.

## Messaggi di convalida

problem-required = Compila questo campo.
# $quantity - che cosa conta il campo; $unit - l’unità di distanza mostrata.
problem-not-a-number = { $quantity ->
   *[distance] Inserisci un numero di { unit-name }, per esempio 12 o 12,5.
    [runs] Inserisci un numero intero di uscite, per esempio 3.
    [hard-sessions] Inserisci un numero intero di allenamenti intensi, per esempio 3.
    [hours] Inserisci un numero intero di ore, per esempio 3.
    [days] Inserisci un numero intero di giorni, per esempio 3.
}
# $max - il numero più alto consentito, nell’unità mostrata.
problem-out-of-range = { $quantity ->
   *[distance] Inserisci un numero da 0 a { $max } { unit-short }.
    [runs] Inserisci un numero da 0 a { $max } uscite.
    [hard-sessions] Inserisci un numero da 0 a { $max } allenamenti intensi.
    [hours] Inserisci un numero da 0 a { $max } ore.
    [days] Inserisci un numero da 0 a { $max } giorni.
}
problem-hard-above-runs = Il numero di allenamenti intensi non può essere maggiore del numero di uscite.
problem-long-above-week = L’uscita più lunga non può superare la distanza totale degli ultimi 7 giorni.
problem-history-incomplete = Compila tutte e quattro le settimane, oppure lasciale tutte vuote.
problem-choose-spot = Scegli una zona, oppure scegli «{ nothing-hurts }».
problem-choose-quality = Scegli che cosa senti.
problem-choose-answer = Rispondi { yes } o { no }.

## Il risultato: la tecnica

technique-label = Il nostro suggerimento
second-label = Un’altra buona scelta
why-heading = Perché fa per te
technique-name = { $technique ->
   *[deep-tissue] Massaggio profondo (deep tissue)
    [cupping] Coppettazione sportiva (cupping)
    [graston] Tecnica Graston (massaggio con strumenti)
    [cryotherapy] Crioterapia (terapia con il freddo)
}
technique-about = { $technique ->
   *[deep-tissue] Il terapista lavora lentamente e in modo deciso sui muscoli che usi per correre, sciogliendo i nodi e gli strati di tessuto che aderiscono tra loro, così che il muscolo torni a muoversi liberamente.
    [cupping] Le coppette, appoggiate sulla pelle, la sollevano delicatamente per aspirazione. In questo modo richiamano sangue in un’ampia zona muscolare affaticata, con lo scopo di aiutarla a recuperare. Le coppette possono lasciare sulla pelle segni rotondi per qualche giorno.
    [graston] Il terapista fa scorrere sulla pelle strumenti lisci di acciaio per sciogliere vecchio tessuto cicatriziale e tessuto connettivo rigido (fascia), difficili da raggiungere con le sole mani. Per un giorno o due dopo il trattamento la zona può restare arrossata o con qualche piccolo livido.
    [cryotherapy] Il freddo viene applicato sulla zona dolorante per brevi periodi alla volta, mai direttamente sulla pelle nuda. Allevia il dolore e si usa per calmare gonfiore e infiammazione recenti.
}
evidence-heading = Che cosa dicono gli studi
evidence = { $technique ->
   *[deep-tissue] Nell’insieme di molti studi, il massaggio riduce l’indolenzimento muscolare e la sensazione di fatica meglio di altri metodi di recupero (Dupuy et al., 2018), con meno indolenzimento da uno a tre giorni dopo l’esercizio (Guo et al., 2017). Dà piccoli miglioramenti della flessibilità, ma non ti rende più veloce né più forte (Davis et al., 2020).
    [cupping] Gli studi sulla coppettazione negli sportivi sono pochi e di bassa qualità (Bridgett et al., 2018). Alcuni runner si sentono meno rigidi dopo il trattamento; un effetto chiaro sul recupero non è stato dimostrato.
    [graston] Gli studi sulle tecniche con strumenti, come la tecnica Graston, sono di bassa qualità: nel migliore dei casi mostrano un modesto aumento dell’ampiezza di movimento. Danno i risultati migliori all’interno di un programma che comprende esercizi di rinforzo muscolare.
    [cryotherapy] Il freddo allevia il dolore nel breve periodo; è meno certo che riduca il gonfiore o acceleri la guarigione. Gli impacchi freddi locali non sono la stessa cosa delle camere di crioterapia total body (per tutto il corpo), che l’ente statunitense per i farmaci, la Food and Drug Administration (FDA), non ha autorizzato per alcun trattamento medico.
}

## Perché una tecnica fa per chi corre: un motivo per voce.

# Da quanto dura un dolore: $since è today, yesterday, days, weeks, months o years, e
# $count il numero di quelle unità.
pain-since = { $since ->
   *[today] da oggi
    [yesterday] da ieri
    [days] da { $count ->
        [one] 1 giorno
       *[other] { $count } giorni
    }
    [weeks] da circa { $count ->
        [one] una settimana
       *[other] { $count } settimane
    }
    [months] da circa { $count ->
        [one] un mese
       *[other] { $count } mesi
    }
    [years] da circa { $count ->
        [one] un anno
       *[other] { $count } anni
    }
}
# Una zona dolorante come motivo: com’è, poi perché la tecnica è adatta ($why).
#   $severity - da 1 a 10
reason-pain = { $quality ->
    [sharp] Hai un dolore acuto { spot-object } ({ $severity } su 10) { pain-since }
   *[tight] Senti tensione { spot-object } ({ $severity } su 10) { pain-since }
    [sore] Hai un indolenzimento { spot-object } ({ $severity } su 10) { pain-since }
    [swollen] Hai un gonfiore { spot-object } ({ $severity } su 10) { pain-since }
}: { $why ->
   *[cold-for-fresh-injury] un infortunio recente ha bisogno di freddo, non di pressione, { $days ->
        [one] nel primo giorno
       *[other] nei primi { $days } giorni
    }
    [cold-before-firm-work] una zona gonfia ha bisogno prima di tutto di freddo; il { -hands-on } è rimandato finché il gonfiore non si è ridotto
    [scar-tissue] un problema che dura da { $weeks } settimane o più spesso lascia vecchio tessuto cicatriziale e tessuto connettivo rigido (fascia), ed è proprio su questo che lavora la tecnica Graston
    [work-around-it] un problema di vecchia data richiede un lavoro regolare sui muscoli e sui tessuti intorno
    [loosen-broad-area] la coppettazione può sciogliere un’ampia zona muscolare tesa o indolenzita da molto tempo
    [cold-settles-tendon] il freddo calma l’irritazione recente di un tendine o di una fascia di tessuto
    [unload-tendon] sciogliere i muscoli che tirano sul tendine o sulla fascia di tessuto dolente ne riduce la tensione
    [broad-muscle-area] la coppettazione è adatta a un’ampia zona muscolare tesa o indolenzita
    [knots-and-tightness] il massaggio lento e deciso è il rimedio abituale per nodi e contratture
    [cold-eases-ache] il freddo allevia l’indolenzimento
    [massage-eases-soreness] il massaggio è il metodo meglio sostenuto dagli studi per alleviare l’indolenzimento muscolare
    [cold-settles-flare] il freddo calma il dolore quando si riacutizza
    [ease-calf-muscles] sciogliere i muscoli del polpaccio riduce la tensione sulla tibia
    [ease-thigh-muscles] sciogliere i muscoli della coscia riduce la tensione sulla rotula
}.
# Una gara di $days giorni fa (0 = oggi) come motivo per il freddo; $after - i giorni prima del
# trattamento profondo.
reason-just-raced = { $days ->
    [0] La tua gara è stata oggi: prima di tutto il freddo, per alleviare l’indolenzimento che una gara lascia nei muscoli.
   *[other] La tua gara è stata { days-ago }: prima il freddo e un { -light }; il { -deep-work } ({ -deep-work-what }) è possibile al più presto { $after } giorni dopo la gara.
}
reason-just-trained-hard = { $hours ->
    [0] Hai appena finito un allenamento intenso: il freddo aiuta soprattutto nelle prime ore successive.
   *[other] Hai finito l’ultimo allenamento intenso { $hours ->
        [one] un’ora
       *[other] { $hours } ore
    } fa: il freddo aiuta soprattutto nelle prime ore dopo un allenamento intenso.
}
reason-heavy-cupping = Corri molto: la coppettazione si usa per aiutare le ampie zone muscolari a recuperare da un carico di allenamento elevato.
reason-heavy-distance = Negli ultimi 7 giorni hai corso { distance } o più: un massaggio regolare aiuta a mantenere i muscoli elastici quando il carico di allenamento è elevato.
reason-heavy-hard-sessions = Negli ultimi 7 giorni hai fatto { $count } o più allenamenti intensi: un massaggio regolare aiuta a mantenere elastici i muscoli molto sollecitati.
reason-heavy-marathon = Un’uscita lunga di { distance } o più fa pensare che ti stia preparando per una maratona: un massaggio regolare aiuta a mantenere i muscoli elastici durante la preparazione.
reason-maintenance = Come mantenimento, un massaggio regolare può evitare che piccole tensioni diventino un problema.
reason-only-one-left = Le tue risposte escludono le altre tecniche offerte da questo centro; questa è l’unica compatibile con le tue risposte.

## Il risultato: ogni quanto e quando

schedule-heading = Ogni quanto e quando fare il massaggio
# L’intervallo tra un appuntamento e l’altro, in giorni (7, 14 o 28).
every = { $days ->
    [7] Una volta a settimana.
    [14] Ogni due settimane.
    [28] Ogni quattro settimane.
    [one] Ogni giorno.
   *[other] Ogni { $days } giorni.
}
interval-heavy = In questo periodo ti alleni molto, quindi un massaggio a settimana aiuta i tuoi muscoli a reggere il carico.
interval-active-problem = Finché qualcosa ti fa male, un massaggio a settimana permette al terapista di seguirne l’evoluzione.
interval-moderate = Con una quantità moderata di corsa, un massaggio ogni due settimane ti mantiene in buona forma.
interval-light = Con poca corsa e nessun dolore, un massaggio ogni quattro settimane basta come mantenimento.
# Un giorno a venire: oggi, domani, tra 3 giorni.
in-days = { $days ->
    [0] oggi
    [1] domani
   *[other] tra { $days } giorni
}
# Un giorno passato: oggi, ieri, 3 giorni fa.
days-ago = { $days ->
    [0] oggi
    [1] ieri
   *[other] { $days } giorni fa
}
#   $from, $to - minuti di freddo per volta
timing-cold-now = Comincia subito con il freddo, al centro o a casa con un impacco freddo avvolto in un panno: da { $from } a { $to } minuti alla volta, mai di più, qualche volta al giorno nei primi giorni. Prenota un { -hands-on } quando il gonfiore o l’indolenzimento si saranno calmati.
# Una gara tra $days giorni (da 0 a 3): solo trattamento leggero; trattamento profondo al più presto
# $after giorni dopo.
timing-race-soon = { $days ->
    [0] La tua gara è oggi: nessun massaggio prima, tranne un leggero massaggio di riscaldamento. Dopo la gara, prima riposo e freddo; il { -deep-work } ({ -deep-work-what }) è possibile al più presto { $after } giorni dopo la gara.
   *[other] La tua gara è { in-days }: fino ad allora solo { -light } (un massaggio delicato, coppettazione o freddo) e nessun { -deep-work } ({ -deep-work-what }). Il prossimo appuntamento per un { -deep-work } potrà essere al più presto { $after } giorni dopo la gara.
}
# Una gara tra $days giorni; $last - l’ultimo giorno per un massaggio di preparazione, in giorni
# prima della gara.
timing-tune-up = La tua gara è tra { $days } giorni. Se vuoi un massaggio di preparazione alla gara (una «messa a punto»), fai in modo che il massaggio si svolga al più tardi { $last } giorni prima della gara; dopo quella data, solo { -light }.
# Lo stesso, nell’ultimo giorno utile per il massaggio di preparazione.
timing-tune-up-last-day = La tua gara è tra { $days } giorni. Se vuoi un massaggio di preparazione alla gara (una «messa a punto»), oggi è l’ultimo giorno per farlo; da domani, solo { -light }.
# Una gara di $days giorni fa (da 0 a 2). $from, $to - ore dopo la gara per un massaggio
# delicato; $after - giorni dopo la gara per il trattamento profondo.
timing-just-raced = { $days ->
    [0] La tua gara è stata oggi: prima riposo e freddo. Un massaggio leggero e delicato va bene tra { $from } e { $to } ore dopo la gara; il { -deep-work } ({ -deep-work-what }) è possibile al più presto { $after } giorni dopo la gara.
    [1] La tua gara è stata ieri: prima riposo e freddo. Un massaggio leggero e delicato va bene tra { $from } e { $to } ore dopo la gara; il { -deep-work } ({ -deep-work-what }) è possibile al più presto { $after } giorni dopo la gara.
   *[other] La tua gara è stata { days-ago }: prima riposo e freddo, con solo massaggi leggeri e delicati; il { -deep-work } ({ -deep-work-what }) è possibile al più presto { $after } giorni dopo la gara.
}
#   $open, $close - le ore dopo un allenamento intenso più adatte a un massaggio;
#   $from, $to - quella finestra contata da adesso
timing-book-in = Il momento migliore per un massaggio è tra { $open } e { $close } ore dopo un allenamento intenso. Per il tuo ultimo allenamento intenso, questo vuol dire tra { $from } e { $to } ore da adesso.
timing-book-now = Sono passate tra { $open } e { $close } ore dal tuo ultimo allenamento intenso: adesso è il momento ideale per un massaggio.
timing-after-next-hard-session = Sono passate più di { $close } ore dal tuo ultimo allenamento intenso. Programma il massaggio tra { $open } e { $close } ore dopo il prossimo allenamento intenso o la prossima uscita lunga.
timing-after-hard-session = Programma il massaggio tra { $open } e { $close } ore dopo l’uscita lunga o l’allenamento più intenso della settimana.
opinion-note = I consigli su tempi e frequenza si basano sull’esperienza dei professionisti, non su studi clinici.

## Il risultato: il carico di allenamento

load-heading = Il tuo carico di allenamento
load-unknown = Aggiungi le distanze delle quattro settimane precedenti (con «{ change-answers }») per confrontare gli ultimi 7 giorni con la tua corsa abituale.
chart-label = Distanza per settimana
this-week = Ultimi 7 giorni
# L’etichetta breve sotto una barra del grafico: ora, −1 … −4.
chart-week = { $weeks ->
    [0] ora
    [one] −1
   *[other] −{ $weeks }
}
# Il numero sopra una barra del grafico, senza unità.
chart-value = { $distance }
# Il testo di una barra del grafico ($weeks prima degli ultimi 7 giorni; 0 = gli ultimi 7 giorni).
chart-bar = { $weeks ->
    [0] { this-week }
   *[other] { week-label }
}: { distance }
# Gli ultimi 7 giorni rispetto alla media delle quattro settimane precedenti.
#   $change - same, more, less o no-average (le quattro settimane erano tutte a 0)
#   $average - quella media
load-summary = { this-week }: { distance }, { $change ->
    [same] più o meno come la tua media di { $average } { unit-short }
   *[more] il { $percent }% in più rispetto alla tua media di { $average } { unit-short }
    [less] il { $percent }% in meno rispetto alla tua media di { $average } { unit-short }
    [no-average] a fronte di una media di { $average } { unit-short }
} nelle quattro settimane precedenti.
# Gli ultimi 7 giorni divisi per quella media.
load-ratio = Cioè { $ratio } volte la tua media.
# $trend - spike (un aumento di più del $percent%), steady, o lower (meno del solito).
load-verdict = { $trend ->
   *[spike] È un aumento notevole. In uno studio su principianti della corsa, chi aveva aumentato la distanza settimanale di più del { $percent }% circa ha avuto più infortuni legati alla corsa, quindi aumenta con gradualità nelle prossime settimane. È un avvertimento, non una previsione: la ricerca sugli aumenti improvvisi dell’allenamento non è conclusiva.
    [steady] È in linea con le tue ultime settimane.
    [lower] È meno del solito: un buon momento per recuperare.
}

## Il risultato: le tecniche escluse

cautions-heading = Tecniche che non ti abbiamo suggerito, e perché
exclusion-acute-injury = { technique-name }: potrebbe esserci un infortunio recente { spot-object }; il { -hands-on } è rimandato finché non sono passati almeno { $days } giorni dall’inizio, e più a lungo se c’è gonfiore.
exclusion-swelling = { technique-name }: c’è un gonfiore { spot-object }; il { -hands-on } è rimandato finché il gonfiore non si è ridotto.
exclusion-race-soon = { technique-name }: la tua gara è { in-days }, e un { -deep-work } come questo si sospende a partire da { $before } giorni prima di una gara.
exclusion-just-raced = { technique-name }: la tua gara è stata { days-ago }, e un { -deep-work } come questo riprende al più presto { $after } giorni dopo una gara.
exclusion-not-offered = { technique-name }: sarebbe la tecnica più adatta a te, ma questo centro non la offre, quindi ti suggeriamo la migliore alternativa.

## Il risultato: le azioni

book = Prenota un appuntamento
# $number - il numero di telefono del centro.
call = Chiama { $number }
# $address - l’indirizzo e-mail del centro.
email = Scrivi a { $address }
copy-link = Copia il link
copied = Link copiato. Chiunque abbia il link può vedere le tue risposte, comprese quelle sulla salute: condividilo con attenzione.
copy-failed = Copia non riuscita. Copia invece l’indirizzo dalla barra degli indirizzi del browser.
print = Stampa o salva in PDF
change-answers = Modifica le risposte
start-over = Ricomincia da capo
# Sotto i pulsanti di contatto, quando il centro non ha una pagina di prenotazione solo per questa tecnica.
ask-for = Quando prenoti, chiedi: { technique-name }
# Apre un’e-mail al centro, solo quando la tocchi, con un riassunto di una riga e il link a questo risultato.
send-result = Invia il mio risultato al centro
send-result-subject = Il mio risultato del vostro { -check } di recupero
# La prima riga dell’e-mail, prima del link al risultato ($days: 7, 14 o 28).
send-result-summary = Suggerimento del { -check }: { technique-name }, { $days ->
    [7] una volta alla settimana
    [14] ogni due settimane
    [28] ogni quattro settimane
    [one] ogni giorno
   *[other] ogni { $days } giorni
}. Le mie risposte sono in questo link:
# Il codice QR del link a questo risultato, come lo nominano i lettori di schermo.
qr-label = Codice QR del link a questo risultato
qr-caption = Mostra questo codice all’appuntamento: scansionandolo si apre questo risultato, con le tue risposte.
disclaimer = Questo { -check } dà indicazioni generali, non una diagnosi. Durante l’appuntamento il tuo terapista confermerà che cosa è adatto a te.

## Il foglio stampato: le risposte, per il tuo terapista (solo su carta)

therapist-heading = Per il tuo terapista
therapist-load = Allenamento negli ultimi 7 giorni
therapist-distance = Distanza
therapist-runs = Uscite
therapist-weeks-before = Settimane precedenti, dalla più lontana
therapist-hard = Allenamenti intensi
therapist-longest = Uscita più lunga
therapist-last-hard = Ultimo allenamento intenso
# $hours - quante ore fa è finito.
therapist-hours-ago = { $hours }{ "\u00A0" }{ hours-short } fa
therapist-race = Prossima gara
therapist-raced = Ultima gara
therapist-pain = Dove fa male
therapist-spot = Zona
therapist-severity = Dolore (0–10)
therapist-quality = Sensazione
therapist-since = Da quanto tempo
therapist-health = Domande sulla salute con risposta «{ yes }»
therapist-health-none = Nessuna
# Una domanda sulla salute con risposta Sì, in poche parole.
condition-name = { $condition ->
   *[blood-thinners] Farmaci che rendono il sangue più fluido o disturbo della coagulazione
    [pregnant] Gravidanza, certa o possibile
    [skin] Pelle lesa, infetta o fragile nella zona che fa male o da massaggiare
    [varicose] Vene varicose nella zona che fa male o da massaggiare
    [neuropathy] Sensibilità ridotta della pelle nella zona che fa male
    [cold-sensitive] Cattiva reazione al freddo (per esempio fenomeno di Raynaud od orticaria da freddo) o cattiva circolazione alle gambe
}

## Un link di condivisione che non si è potuto leggere

link-error-heading = Impossibile leggere questo link
link-error-start = Inizia il { -check }
link-error-not-a-link = Non contiene risposte a questo { -check }.
link-error-too-long = È molto più lungo di qualsiasi link creato da questo { -check }.
link-error-bad-encoding = Una parte è illeggibile, forse perché è stata tagliata durante la copia.
# $value - la parte del link che è sbagliata, come vi è scritta.
link-error-not-a-pair = La parte «{ $value }» non è nella forma nome=valore.
# $key - il nome di una parte del link.
link-error-duplicate = Contiene «{ $key }» due volte.
link-error-missing = Manca «{ $key }», che è presente in ogni link di questo { -check }.
link-error-too-new = È stato creato da una versione più recente di questo { -check } (versione { $value }). Ricarica la pagina per avere la versione più recente.
link-error-bad-version = La sua versione «{ $value }» non è tra quelle che questo { -check } conosce.
link-error-not-a-number = «{ $key }» dovrebbe essere un numero, ma è «{ $value }».
# $limit - il valore più alto consentito.
link-error-out-of-range = «{ $key }» vale { $value }, ma deve essere compreso tra 0 e { $limit }.
# $count - quanti numeri ci sono invece di quattro.
link-error-history-count = Per le settimane precedenti dovrebbero esserci quattro numeri, ma { $count ->
    [one] ce n’è 1
   *[other] ce ne sono { $count }
}.
link-error-bad-pain = La voce sul dolore «{ $value }» non è nella forma zona:intensità:tipo:giorni.
link-error-unknown-spot = «{ $value }» non è una zona della mappa del corpo.
link-error-unknown-quality = «{ $value }» non è un tipo di dolore che questo { -check } conosce.
link-error-repeated-spot = Riporta due volte la zona «{ $value }».
link-error-unknown-flag = «{ $value }» non è una delle domande di sicurezza.
link-error-unknown-condition = «{ $value }» non è una delle domande sulla salute.
link-error-repeated-item = Riporta due volte «{ $value }» in «{ $key }».

## Quando l’app si blocca

crash-heading = Qualcosa è andato storto
crash-text = Il { -check } si è interrotto in modo imprevisto. Le tue risposte sono salvate su questo dispositivo: ricarica la pagina per continuare.
reload = Ricarica la pagina

## La pagina di configurazione: dove un centro prepara il suo clinic.json e vede il questionario
## con quei dati. La legge chi gestisce il centro o l’accoglienza, non chi corre; non sono testi
## di sicurezza.

setup-title = Configura il tuo { -check } di recupero
setup-intro = Inserisci i dati del tuo centro e guarda il { -check } cambiare mentre scrivi. Tutto resta in questo browser: non viene inviato nulla. Quando hai finito, scarica il file e caricalo nella cartella del { -check } sul tuo sito.
setup-skip-to-preview = Vai all’anteprima
setup-open-heading = Punto di partenza
setup-opening = Apertura del clinic.json nella cartella del { -check }…
setup-editing-folder = Stai modificando il clinic.json che si trova ora nella cartella del { -check }.
setup-editing-example = Stai modificando l’esempio, un centro inventato: sostituisci i suoi dati con i tuoi.
# $value - il nome del file scelto dal centro.
setup-editing-file = Stai modificando { $value }, da questo dispositivo.
setup-open-folder = Apri il clinic.json del { -check }
setup-open-file = Apri un file da questo dispositivo
setup-open-example = Parti dall’esempio
# Il clinic.json della cartella non si è potuto caricare: senza rete, assente, o un errore.
setup-not-reached = Non è stato possibile raggiungere la cartella del { -check }, quindi non si è potuto aprire il suo clinic.json.
setup-not-there = Nella cartella del { -check } non c’è ancora nessun clinic.json.
# $status - lo stato HTTP con cui ha risposto il server.
setup-not-loaded = La cartella del { -check } ha risposto con un errore (HTTP { $status }), quindi non si è potuto aprire il suo clinic.json.
# $value - il nome del file; $line, $column - dove smette di essere JSON valido.
setup-not-json = Non è stato possibile aprire { $value }: non è JSON valido (l’errore è alla riga { $line }, colonna { $column }).
setup-not-an-object = Non è stato possibile aprire { $value }: non è un clinic.json.
# L’introduzione a ciò che il modulo non ha potuto prendere dal file aperto.
setup-file-notes = Nel file che hai aperto:
# $key - una chiave di clinic.json, come è scritta nel file.
setup-wrong-type = «{ $key }» contiene un valore del tipo sbagliato, quindi il modulo mostra al suo posto il valore predefinito del { -check }. { setup-expected }
# $value - un valore di quella chiave, come è scritto nel file.
setup-left-out = «{ $key }» contiene { $value }, che il { -check } non conosce: viene lasciato fuori.
setup-nothing-known = «{ $key }» non nomina nulla che il { -check } conosca, quindi vengono offerti tutti.
setup-unknown-key = «{ $key }» non è qualcosa che il { -check } conosce: viene lasciato fuori dal tuo file.
# $count - la versione di formato del file.
setup-newer-format = Il file è stato creato per una versione più recente del { -check } (formato { $count }). Quello che questa versione non conosce viene lasciato fuori.
# Cosa deve contenere un campo, accanto al campo quando non lo contiene. $count - la lunghezza massima di un testo.
setup-expected = { $expected ->
   *[text] Al massimo { $count } caratteri.
    [web-address] Scrivi un indirizzo web completo che inizi con https://, come https://centro.example/prenota.
    [phone] Scrivi il numero solo con cifre, spazi e + ( ) - . /.
    [email] Scrivi un indirizzo email come info@centro.example, senza spazi.
    [colour] Scrivi # e sei cifre o lettere dalla a alla f, come #0b5d56, oppure scegli un colore.
    [image-path] Scrivi il nome del file immagine nella cartella del { -check }, come logo.svg o immagini/logo.png: non un indirizzo web.
    [techniques] Dovrebbe essere un elenco di tecniche che il { -check } conosce.
    [emergency-number] Scrivi solo da 2 a 6 cifre, come 112.
    [units] Dovrebbe essere km o mi.
    [languages] Dovrebbe essere un elenco di lingue che il { -check } parla.
    [text-per-language] Dovrebbe essere un testo, o un testo per lingua.
    [format] Dovrebbe essere un numero intero, come 2.
    [web-address-per-technique] Dovrebbe dare un indirizzo web per tecnica.
    [yes-or-no] Dovrebbe essere true o false.
    [origins] Scrivi un indirizzo di sito per riga, come https://www.centro.example, senza nulla dopo il nome.
}
setup-name-missing = Scrivi il nome del tuo centro.
setup-no-language = Scegli almeno una lingua.
setup-no-technique = Scegli almeno una tecnica.
setup-form-heading = I dati del tuo centro
setup-languages-legend = Lingue
setup-languages-hint = Il { -check } si apre nella lingua di chi lo visita, se la offri; altrimenti nella tua lingua predefinita.
setup-default-language = Lingua predefinita
# $language - il nome di una lingua in quella lingua: Deutsch, Français…
setup-name-label = Nome del centro ({ $language })
setup-name-hint = Compare in alto in ogni schermata.
setup-intro-label = Frase di benvenuto ({ $language })
setup-intro-hint = Facoltativa: una o due frasi sotto il titolo della prima schermata.
setup-look-heading = Colore e logo
setup-accent-label = Il tuo colore
setup-accent-hint = Per pulsanti, link ed elementi in evidenza: # e sei cifre o lettere dalla a alla f, come #0b5d56.
setup-accent-picker = Scegli il tuo colore
# $ratio - un rapporto di contrasto, come 7,2 (a 1).
setup-contrast-button = Testo sul tuo colore: contrasto { $ratio } a 1
setup-contrast-light = Link su schermo chiaro: contrasto { $ratio } a 1
setup-contrast-dark = Link su schermo scuro: contrasto { $ratio } a 1
setup-contrast-note = Ogni testo mantiene un contrasto di almeno 4,5 a 1 (WCAG AA): dove il tuo colore è troppo chiaro o troppo scuro per un testo, il { -check } ne usa una tonalità più scura o più chiara, come vedi qui.
setup-sample-link = Un link nel tuo colore
setup-logo-label = File del logo
setup-logo-hint = Facoltativo: il nome dell’immagine del tuo logo nella cartella del { -check }, come logo.svg. SVG, PNG, WebP o JPEG; viene mostrato alto 40 pixel.
setup-logo-pick = Scegli il tuo logo
# $value - il nome del file del logo.
setup-logo-upload = Carica questa immagine nella cartella del { -check }, accanto a clinic.json, con esattamente questo nome: { $value }.
setup-logo-preview = Il tuo logo
setup-techniques-legend = Le tecniche che offri
setup-techniques-hint = Il { -check } suggerisce solo queste. Se a chi corre andasse meglio un’altra tecnica, suggerisce la migliore tra le tue e lo spiega.
setup-booking-heading = Prenotazioni e contatti
setup-booking-url-label = Pagina di prenotazione online
setup-booking-url-hint = Facoltativa: la apre il pulsante «{ book }» del risultato.
setup-booking-for-label = Pagina di prenotazione per { technique-name }
setup-booking-for-hint = Facoltativa: solo se questa tecnica ha una sua pagina di prenotazione. Altrimenti si usa la pagina qui sopra.
setup-booking-utm-label = Segna le prenotazioni che arrivano dal { -check }
setup-booking-utm-hint = Aggiunge campi utm_ (come utm_source) ai tuoi link di prenotazione, così i report del tuo sistema di prenotazione mostrano quali prenotazioni sono arrivate dal { -check }.
setup-phone-label = Numero di telefono
setup-phone-hint = Facoltativo: compare nel risultato come pulsante per chiamare.
setup-email-label = Indirizzo email
setup-email-hint = Facoltativo: compare nel risultato come pulsante email.
setup-address-label = Indirizzo
setup-address-hint = Facoltativo: l’indirizzo del tuo centro su una riga, mostrato nel risultato.
setup-safety-heading = Emergenze e distanze
setup-emergency-label = Numero di emergenza
setup-emergency-hint = Il numero che il { -check } indica di chiamare in caso di emergenza: 112 in tutta Europa, 999 nel Regno Unito, 911 in Nord America. Se lo lasci vuoto, è il 112.
setup-units-legend = Le distanze partono in
setup-site-heading = Il tuo sito
setup-origins-label = Indirizzi del tuo sito
setup-origins-hint = Facoltativi: uno per riga, come https://www.centro.example. Sono i siti che mostrano il { -check } nelle loro pagine; vanno nella riga frame-ancestors qui sotto.
setup-download-heading = Il tuo clinic.json
setup-download-hint = Caricalo nella cartella del { -check } sul tuo sito, al posto del clinic.json che c’è lì, con il tuo logo accanto. Il { -check } lo usa dalla visita successiva: non serve cambiare altro.
setup-download = Scarica clinic.json
# $count - quanti campi vanno ricontrollati (almeno 1).
setup-download-blocked = { $count ->
    [one] Un campo va ricontrollato prima di poter scaricare il file:
   *[other] { $count } campi vanno ricontrollati prima di poter scaricare il file:
}
setup-downloaded = clinic.json è nei tuoi download.
setup-show-file = Vedi il file
setup-snippets-heading = Metti il { -check } sul tuo sito
setup-quiz-address-label = Indirizzo del { -check }
setup-quiz-address-hint = Dove si trova la cartella del { -check } sul web; i frammenti di codice qui sotto lo usano.
setup-quiz-address-problem = Scrivi l’indirizzo completo della cartella, come https://centro.example/recupero/.
# Il titolo di ogni frammento di codice.
setup-snippet = { $snippet ->
   *[own-site] Il tuo sito
    [site-builder] Wix o Squarespace
    [wordpress] WordPress
    [frame-ancestors] Il tuo hosting: quali siti possono mostrare il { -check }
}
setup-snippet-hint = { $snippet ->
   *[own-site] Incollalo dove vuoi che compaia il { -check }: la cornice cresce con il { -check }.
    [site-builder] Wix: «Incorpora codice», poi «Incorpora HTML», poi «Codice». Squarespace: un blocco Codice. Le loro cornici non possono crescere, quindi questa ha un’altezza fissa, con un link che apre il { -check } in una pagina a sé.
    [wordpress] Incollalo nell’editor a blocchi: diventa un blocco «HTML personalizzato». Se WordPress toglie la riga dello script quando salvi, usa invece il frammento per Wix o Squarespace.
    [frame-ancestors] Un’intestazione che il tuo hosting invia con ogni file della cartella del { -check } (le sue pagine di aiuto spiegano dove impostarla). Così solo i tuoi siti, e il { -check } stesso, possono mostrarlo in una cornice. Con Wix, aggiungi anche l’indirizzo Wix che contiene il tuo codice.
}
setup-copy = { $snippet ->
   *[own-site] Copia il frammento per il tuo sito
    [site-builder] Copia il frammento per Wix o Squarespace
    [wordpress] Copia il frammento per WordPress
    [frame-ancestors] Copia la riga per il tuo hosting
}
setup-copied = Copiato.
setup-copy-failed = Copia non riuscita: seleziona il testo e copialo tu.
# Il link sotto una cornice ad altezza fissa, sul sito del centro, nella sua lingua predefinita.
setup-full-page-link = Apri il { -check } in una pagina a sé
setup-preview-heading = Anteprima
setup-preview-hint = Il tuo { -check } come lo vedrà chi corre, con i dati qui sopra. Provalo: cambia mentre scrivi.
setup-preview-frame = Anteprima del tuo { -check }
setup-preview-size = Schermo
setup-preview-phone = Telefono
setup-preview-computer = Computer
setup-outcomes-legend = Vai a una schermata
setup-outcome-start = Prima schermata
setup-outcome-technique = Risultato: { technique-name }
setup-outcome-clinician = Risultato: prima dal medico
setup-outcome-emergency = Risultato: emergenza
setup-footer = Questa pagina funziona solo sul tuo dispositivo: nulla di ciò che scrivi viene inviato, e dopo la prima visita funziona anche offline.
