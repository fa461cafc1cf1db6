### Français : le texte de chaque message, écrit pour des lecteurs de France (vouvoiement).
### La source est en.ftl : mêmes messages, mêmes attributs, mêmes variables ; ses commentaires
### disent ce qu’est chaque texte et quelles valeurs prend chaque sélecteur.
### Typographie : espace fine insécable (U+202F) avant ; : ! ? et à l’intérieur des « » ;
### espace insécable (U+00A0) entre un nombre et le mot qu’il compte ; apostrophe ’.
### Pluriel : 0 et 1 sont au singulier ([one]).

language-name = Français

## Écriture des nombres : 12,5 km, 3 650 jours.

-number-decimal-separator = ,
-number-group-separator = { "\u202F" }
-number-group-from-digits = 4

## Mots utilisés dans plusieurs textes. Un seul mot par notion (glossaire de docs/translations.md) :
## questionnaire, rendez-vous, compétition, sortie, séance intense, soin manuel, soins légers,
## travail en profondeur, praticien, zone, les 7 derniers jours.

-check = questionnaire
# Les mots qui rendent une question négative : aucune question de sécurité ne doit en contenir
# (tests/translations.rs). « pas » et « plus » n’y sont pas, car ils servent aussi au sens positif
# (« quatre pas », « plus chaud ») ; une négation écrite a toujours « ne » ou « n’ ».
-negation-words = ne n' n’ jamais aucun aucune rien ni non sans nullement

## La page

title = Questionnaire de récupération pour coureurs
description = Un questionnaire de deux minutes pour les coureurs. À partir de votre entraînement et de ce qui vous fait mal, il vous indique un massage sportif adapté et quand prendre rendez-vous, ou vous conseille de consulter d’abord un médecin. Confidentiel : vos réponses restent sur votre appareil.
# Le nom sous l’icône sur l’écran d’accueil d’un téléphone : une douzaine de lettres au plus.
short-name = Récupération
default-clinic = Cabinet de massage sportif
skip-to-content = Aller au contenu principal
language = Langue
percent = { $percent } %
# Doit rester « km » et « mi » (sert aussi d’identifiant dans la page).
unit-short = { $unit ->
   *[km] km
    [mi] mi
}
distance = { $distance } { unit-short }

## L’écran d’accueil

start-heading = Quel massage convient à votre entraînement en ce moment ?
start-intro = Répondez à quelques questions sur votre entraînement, sur ce qui vous fait mal et sur votre santé. Vous saurez quelle technique de massage vous convient, à quel rythme et quand prendre rendez-vous, et pourquoi. Si quelque chose demande d’abord l’avis d’un médecin, le { -check } vous le dira.
start-fact-time = Cela prend environ deux minutes.
start-fact-private = Vos réponses restent sur cet appareil : rien n’est envoyé nulle part.
start-fact-guidance = Ce sont des conseils, pas un diagnostic. Si quelque chose vous inquiète, consultez un médecin ou un kinésithérapeute. En cas d’urgence, appelez le numéro d’urgence du pays où vous vous trouvez.
start-button = Commencer le { -check }
resume-heading = Bon retour parmi nous
resume-text = Vous avez un { -check } en cours, enregistré sur cet appareil.
resume-button = Reprendre là où j’en étais
start-again-button = Recommencer

## D’une étape à l’autre

next = Suivant
back = Retour
see-result = Voir mon résultat
forget = Supprimer mes réponses enregistrées
forgotten = Vos réponses enregistrées ont été supprimées de cet appareil.
progress = Étape { $step } sur { $steps }
error-summary = { $count ->
    [one] Pour continuer, { $count } réponse est à compléter ou à corriger.
   *[other] Pour continuer, { $count } réponses sont à compléter ou à corriger.
}

## L’entraînement des 7 derniers jours

training-heading = Votre course à pied ces 7 derniers jours
unit-legend = Distances en
unit-name = { $unit ->
   *[km] kilomètres
    [mi] miles
}
km-label = Distance courue ces 7 derniers jours
runs-label = Nombre de sorties ces 7 derniers jours
hard-label = Combien de ces sorties étaient des séances intenses ?
hard-hint = Séances intenses : fractionné, allure seuil (tempo), répétitions en côte, compétitions et sorties longues. Laissez vide s’il n’y en a eu aucune.
long-label = Votre plus longue sortie de ces 7 derniers jours
long-hint = Facultatif.
last-label = Depuis combien d’heures votre dernière séance intense ou compétition est-elle terminée ?
last-hint = Facultatif. 1 jour = 24 heures, 2 jours = 48 heures.
hours-short = h

## Les semaines précédentes et les compétitions

weeks-heading = Semaines précédentes et compétitions
weeks-legend = Distance de chacune des quatre semaines qui précèdent les 7 derniers jours (facultatif)
weeks-hint = Remplissez les quatre semaines, ou laissez-les toutes vides. La plus ancienne vient en premier. Avec les quatre, vous pourrez comparer vos 7 derniers jours à ces semaines.
# Une des quatre semaines précédentes, comptée à partir des 7 derniers jours (1 à 4).
week-label = { $weeks ->
    [one] { $weeks } semaine avant
   *[other] { $weeks } semaines avant
}
race-planned = J’ai une compétition prévue
race-in-label = Dans combien de jours a lieu votre compétition ? (0 = aujourd’hui)
raced-recently = J’ai participé récemment à une compétition
raced-ago-label = Combien de jours se sont écoulés depuis la compétition ? (0 = aujourd’hui)

## Le schéma du corps

pain-heading = Où avez-vous mal ?
pain-hint = Choisissez chaque zone douloureuse ou tendue, sur les silhouettes ou dans la liste.
body-front = Vue de face
body-back = Vue de dos
spot-list-legend = Zones douloureuses ou tendues
nothing-hurts = Je n’ai mal nulle part
nothing-hurts-chosen = Vous avez indiqué n’avoir mal nulle part. Choisissez une zone si ce n’est pas le cas.
# Une zone, comme choix sur le schéma.
spot-name = { $spot ->
    [foot] Talon, voûte plantaire ou plante du pied
    [achilles] Tendon d’Achille (arrière de la cheville, au-dessus du talon)
    [shin] Tibia
   *[calf] Mollet
    [knee] Avant du genou
    [knee-outer] Extérieur du genou
    [hip] Extérieur de la hanche ou de la cuisse
    [groin] Aine
    [quad] Avant de la cuisse
    [hamstring] Arrière de la cuisse
    [glute] Fesse
    [lower-back] Bas du dos
}
# Une zone comme sujet d’une phrase (et titre de l’étape). Toutes sont au masculin singulier,
# sauf l’aine et la fesse (féminin singulier) : les adjectifs qui suivent s’accordent
# (voir reason-pain).
spot-subject = { $spot ->
    [foot] Votre pied (talon, voûte plantaire ou plante)
    [achilles] Votre tendon d’Achille
    [shin] Votre tibia
   *[calf] Votre mollet
    [knee] L’avant de votre genou
    [knee-outer] L’extérieur de votre genou
    [hip] L’extérieur de votre hanche ou de votre cuisse
    [groin] Votre aine
    [quad] L’avant de votre cuisse
    [hamstring] L’arrière de votre cuisse
    [glute] Votre fesse
    [lower-back] Le bas de votre dos
}
# Une zone après « mal » ou un nom de douleur, avec sa préposition contractée :
# « mal au mollet », « une blessure récente à l’aine ».
spot-object = { $spot ->
    [foot] au talon, à la voûte plantaire ou à la plante du pied
    [achilles] au tendon d’Achille
    [shin] au tibia
   *[calf] au mollet
    [knee] à l’avant du genou
    [knee-outer] à l’extérieur du genou
    [hip] à l’extérieur de la hanche ou de la cuisse
    [groin] à l’aine
    [quad] à l’avant de la cuisse
    [hamstring] à l’arrière de la cuisse
    [glute] à la fesse
    [lower-back] au bas du dos
}

## Une zone douloureuse

spot-heading = { spot-subject }
severity-label = Quelle est l’intensité de la douleur, de 0 (aucune douleur) à 10 (la pire douleur que vous puissiez imaginer) ?
quality-legend = Que ressentez-vous ?
quality-name = { $quality ->
   *[tight] Tension ou nœuds
    [sore] Courbatures ou douleur sourde
    [sharp] Douleur vive ou en coup de poignard
    [swollen] Gonflement
}
days-label = Depuis combien de jours cela dure-t-il ?
days-hint = 0 si c’est apparu aujourd’hui. Par exemple : 2 semaines = 14 jours, 6 semaines = 42 jours, 1 an = 365 jours.

## Textes de sécurité : les signaux d’alerte, les questions de santé, les messages d’urgence et
## de consultation, et les techniques écartées pour raison de santé. Chaque question est posée
## de sorte que « Oui » signifie le signe d’alerte : jamais à la forme négative (pas de « ne »,
## « n’ » : voir -negation-words), jamais une partie positive et une partie négative mêlées, avec
## les mots d’un coureur. Toute modification ici doit être faite dans toutes les langues
## (docs/translations.md, « Safety texts »).

safety-heading = Quelques questions de sécurité
safety-intro = Certains signes relèvent d’un médecin, pas d’un massage. Répondez à chaque question. En cas de doute, répondez Oui.
health-heading = Votre santé
health-intro = Certaines techniques présentent un risque en cas de problème de santé particulier. Vos réponses nous permettent de ne jamais vous proposer une technique risquée pour vous.
# Une question d’alerte : « Oui » doit signifier le signe d’alerte.
flag-question = { $flag ->
   *[chest] Avez-vous une douleur dans la poitrine, ou des difficultés à respirer nouvelles ou inhabituelles pour vous ?
    [saddle] Avez-vous l’un de ces signes : perte de sensibilité ou engourdissement autour des parties génitales, de l’anus ou à l’intérieur des cuisses ; difficultés nouvelles pour uriner ou aller à la selle, ou au contraire pour vous retenir (fuites) ; perte de force dans les deux jambes ?
    [calf-swelling] Sur une seule jambe, le mollet ou la cuisse est-il gonflé, plus chaud, plus rouge ou plus foncé que sur l’autre jambe ?
    [bone-spot] Y a-t-il un petit point précis sur un os, par exemple sur le tibia ou sur le pied, qui fait mal quand vous appuyez dessus ?
    [night-pain] Avez-vous une douleur qui persiste au repos, ou qui vous réveille la nuit ?
    [no-weight] Êtes-vous incapable de mettre votre poids sur la jambe blessée, ou de faire quatre pas, même en boitant ?
    [pop] Avez-vous senti soudain comme un coup de pied ou un choc derrière le talon, comme si quelque chose venait de vous heurter, ou entendu un claquement à cet endroit, ou êtes-vous incapable de vous mettre sur la pointe du pied en vous tenant uniquement sur la jambe blessée ?
    [numbness] Avez-vous depuis peu un engourdissement, des fourmillements ou une perte de force dans une jambe ou un pied (par exemple, votre pied accroche le sol ou traîne quand vous marchez) ?
    [fever] Avez-vous de la fièvre, ou vous sentez-vous physiquement malade en ce moment (par exemple avec des frissons, ou comme quand on a la grippe) ?
}
# Une question de santé : « Oui » doit signifier que le problème est présent.
condition-question = { $condition ->
   *[blood-thinners] Prenez-vous un médicament qui fluidifie le sang, c’est-à-dire qui empêche le sang de coaguler facilement (par exemple la warfarine, l’apixaban ou le rivaroxaban, ou bien l’aspirine ou le clopidogrel pris tous les jours, comme le Kardégic ou le Plavix), ou avez-vous une maladie qui vous fait saigner facilement (trouble de la coagulation) ?
    [pregnant] Êtes-vous enceinte, ou est-il possible que vous le soyez ?
    [skin] Là où vous avez mal, ou là où vous souhaitez un massage, la peau est-elle abîmée, infectée ou fragile (par exemple une coupure, une ampoule, des plaques ou des boutons, ou une peau qui se déchire ou se couvre de bleus facilement) ?
    [varicose] Avez-vous des varices (veines gonflées et tortueuses sous la peau) là où vous avez mal ou là où vous souhaitez un massage ?
    [neuropathy] Sentez-vous moins bien le toucher, le chaud ou le froid sur la peau là où vous avez mal (par exemple, des pieds engourdis à cause d’un diabète) ?
    [cold-sensitive] Réagissez-vous mal au froid, par exemple avec des doigts ou des orteils qui deviennent blancs ou bleus au froid (syndrome de Raynaud) ou des plaques qui démangent à cause du froid (urticaire au froid), ou avez-vous une mauvaise circulation dans les jambes ?
}
yes = Oui
no = Non
result-heading = Votre résultat
emergency-heading = Appelez immédiatement le numéro d’urgence
emergency-text = Appelez le { $number } maintenant (ou, si vous êtes ailleurs, le numéro d’urgence du pays où vous vous trouvez). Ce que vous décrivez nécessite des soins médicaux urgents, pas un massage. N’attendez pas de voir si cela s’améliore.
clinician-heading = Consultez d’abord un médecin ou un kinésithérapeute
clinician-text = Consultez un médecin ou un kinésithérapeute avant tout massage. Une fois qu’il vous aura confirmé que le massage est sans danger pour vous, revenez et refaites le { -check }.
clinician-worse = Appelez immédiatement le { $number } si votre état s’aggrave nettement, ou si vous avez une douleur dans la poitrine, des difficultés à respirer, un engourdissement autour des parties génitales ou de l’anus, ou des difficultés pour uriner, aller à la selle ou vous retenir.
triage-because = D’après vos réponses :
# Un signe d’alerte auquel le coureur a répondu Oui, comme élément de cette liste.
triage-flag = { $flag ->
   *[chest] vous avez une douleur dans la poitrine, ou des difficultés à respirer nouvelles ou inhabituelles pour vous
    [saddle] vous avez une perte de sensibilité ou un engourdissement autour des parties génitales, de l’anus ou à l’intérieur des cuisses, des difficultés nouvelles pour uriner, aller à la selle ou vous retenir, ou une perte de force dans les deux jambes, ce qui peut être le signe d’une compression des nerfs en bas de la colonne vertébrale
    [calf-swelling] sur une seule jambe, le mollet ou la cuisse est gonflé, plus chaud, plus rouge ou plus foncé que sur l’autre jambe, ce qui peut être le signe d’un caillot sanguin (phlébite) ; un massage pourrait le déplacer, consultez donc un médecin dès aujourd’hui
    [bone-spot] un petit point précis sur un os vous fait mal quand vous appuyez dessus, ce qui peut être le signe d’une fracture de fatigue
    [night-pain] vous avez une douleur qui persiste au repos ou qui vous réveille la nuit, ce qui peut être le signe d’une fracture de fatigue ou d’un problème qui ne vient pas des muscles
    [no-weight] vous êtes incapable de mettre votre poids sur la jambe blessée ou de faire quatre pas, ce qui peut être le signe d’une fracture ou d’une entorse grave
    [pop] vous avez senti soudain comme un coup de pied ou un choc derrière le talon, ou entendu un claquement à cet endroit, ou vous êtes incapable de vous mettre sur la pointe du pied en vous tenant uniquement sur la jambe blessée, ce qui peut être le signe d’une rupture du tendon d’Achille
    [numbness] vous avez depuis peu un engourdissement, des fourmillements ou une perte de force dans une jambe ou un pied, ce qui peut venir d’un nerf comprimé ou irrité
    [fever] vous avez de la fièvre ou vous vous sentez physiquement malade ; le massage attendra votre guérison
}
# Une zone dont la douleur demande l’avis d’un médecin (l’aine), comme élément de la même liste.
triage-spot = vous avez mal { spot-object }, ce qui, chez les coureurs, peut être le signe d’une fracture de fatigue de la hanche
triage-nothing-safe = vos réponses (sur votre santé, une blessure récente, un gonflement ou les dates de vos compétitions) excluent toutes les techniques que propose ce cabinet
# Pourquoi une technique est écartée pour une réponse de santé : « <technique> : <ceci>. »
# Le pronom et le participe s’accordent avec le nom de la technique : le massage (il),
# les ventouses (elles), la technique Graston et la cryothérapie (elle).
exclusion-health = { technique-name } : { $condition ->
   *[blood-thinners] { $technique ->
       *[deep-tissue] il peut provoquer
        [cupping] elles peuvent provoquer
        [graston] elle peut provoquer
        [cryotherapy] elle peut provoquer
    } des bleus ou des saignements chez les personnes qui prennent un médicament qui fluidifie le sang ou qui ont un trouble de la coagulation
    [pregnant] { $technique ->
       *[deep-tissue] il n’est pas pratiqué
        [cupping] elles ne sont pas pratiquées
        [graston] elle n’est pas pratiquée
        [cryotherapy] elle n’est pas pratiquée
    } pendant la grossesse
    [skin] { $technique ->
       *[deep-tissue] il n’est pas pratiqué
        [cupping] elles ne sont pas pratiquées
        [graston] elle n’est pas pratiquée
        [cryotherapy] elle n’est pas pratiquée
    } sur une peau abîmée, infectée ou fragile
    [varicose] { $technique ->
       *[deep-tissue] il n’est pas pratiqué
        [cupping] elles ne sont pas pratiquées
        [graston] elle n’est pas pratiquée
        [cryotherapy] elle n’est pas pratiquée
    } sur des varices
    [neuropathy] comme vous sentez moins bien le froid sur la peau, vous pourriez ne pas remarquer qu’il l’abîme
    [cold-sensitive] { $technique ->
       *[deep-tissue] il n’est pas pratiqué
        [cupping] elles ne sont pas pratiquées
        [graston] elle n’est pas pratiquée
        [cryotherapy] elle n’est pas pratiquée
    } si vous réagissez mal au froid ou si vous avez une mauvaise circulation
}.

## Messages de validation

problem-required = Veuillez remplir ce champ.
problem-not-a-number = { $quantity ->
   *[distance] Indiquez un nombre de { unit-name }, par exemple 12 ou 12,5.
    [runs] Indiquez un nombre entier de sorties, par exemple 3.
    [hard-sessions] Indiquez un nombre entier de séances intenses, par exemple 3.
    [hours] Indiquez un nombre entier d’heures, par exemple 3.
    [days] Indiquez un nombre entier de jours, par exemple 3.
}
problem-out-of-range = { $quantity ->
   *[distance] Indiquez un nombre de 0 à { $max } { unit-short }.
    [runs] Indiquez un nombre de 0 à { $max } sorties.
    [hard-sessions] Indiquez un nombre de 0 à { $max } séances intenses.
    [hours] Indiquez un nombre de 0 à { $max } heures.
    [days] Indiquez un nombre de 0 à { $max } jours.
}
problem-hard-above-runs = Le nombre de séances intenses ne peut pas dépasser le nombre de sorties.
problem-long-above-week = La plus longue sortie ne peut pas dépasser la distance des 7 derniers jours.
problem-history-incomplete = Remplissez les quatre semaines, ou laissez-les toutes vides.
problem-choose-spot = Choisissez une zone, ou « { nothing-hurts } ».
problem-choose-quality = Veuillez choisir ce que vous ressentez.
problem-choose-answer = Veuillez répondre { yes } ou { no }.

## Le résultat : la technique

technique-label = Notre suggestion
second-label = Convient aussi
why-heading = Pourquoi ce choix vous convient
technique-name = { $technique ->
   *[deep-tissue] Massage des tissus profonds
    [cupping] Ventouses (cupping sportif)
    [graston] Technique Graston (massage avec instruments)
    [cryotherapy] Cryothérapie (thérapie par le froid)
}
technique-about = { $technique ->
   *[deep-tissue] Le praticien travaille lentement et fermement les muscles qui vous servent à courir. Il dénoue les nœuds et décolle les couches de tissu collées entre elles, pour que le muscle puisse de nouveau bouger librement.
    [cupping] Des ventouses posées sur la peau la soulèvent doucement par aspiration. Le sang afflue ainsi dans une large zone musculaire fatiguée, ce qui est censé l’aider à récupérer. Les ventouses peuvent laisser des marques rondes sur la peau pendant quelques jours.
    [graston] Le praticien fait glisser des instruments lisses en acier sur la peau pour assouplir le tissu cicatriciel ancien et le tissu conjonctif raide (fascias), que les mains seules atteignent difficilement. La zone peut rester rouge ou présenter de légers bleus pendant un jour ou deux.
    [cryotherapy] Le froid est appliqué sur la zone douloureuse par courtes périodes, jamais directement sur la peau nue. Il soulage la douleur et sert à calmer un gonflement ou une inflammation qui vient d’apparaître.
}
evidence-heading = Ce que disent les études
evidence = { $technique ->
   *[deep-tissue] D’après de nombreuses études, le massage soulage les courbatures et la sensation de fatigue mieux que les autres méthodes de récupération (Dupuy et al., 2018), avec moins de courbatures un à trois jours après l’effort (Guo et al., 2017). Il apporte un petit gain de souplesse, mais n’améliore ni la vitesse ni la force (Davis et al., 2020).
    [cupping] Les études sur les ventouses chez les sportifs sont rares et de faible qualité (Bridgett et al., 2018). Certains coureurs se sentent moins raides après une séance de ventouses ; un effet net sur la récupération n’a pas été démontré.
    [graston] Les études sur les techniques instrumentales comme la technique Graston sont de faible qualité : au mieux, un gain modeste de mobilité (amplitude articulaire). Ces techniques donnent leurs meilleurs résultats au sein d’un programme qui comprend du renforcement musculaire.
    [cryotherapy] Le froid soulage la douleur à court terme ; son effet sur le gonflement ou sur la vitesse de guérison est moins certain. Le froid appliqué localement (poche de froid) n’est pas la même chose que les cabines de cryothérapie corps entier, que la FDA, l’autorité sanitaire américaine, n’a autorisées pour aucun traitement médical.
}

## Pourquoi une technique convient au coureur : une raison par élément.

# Depuis quand dure une douleur : $since vaut today, yesterday, days, weeks, months ou years,
# et $count est le nombre de ceux-ci.
pain-since = { $since ->
   *[today] depuis aujourd’hui
    [yesterday] depuis hier
    [days] depuis { $count ->
        [one] { $count } jour
       *[other] { $count } jours
    }
    [weeks] depuis environ { $count ->
        [one] { $count } semaine
       *[other] { $count } semaines
    }
    [months] depuis environ { $count } mois
    [years] depuis environ { $count ->
        [one] un an
       *[other] { $count } ans
    }
}
# Une zone douloureuse comme raison : ce que le coureur ressent, puis pourquoi la technique
# convient ($why). L’adjectif s’accorde avec la zone : aine et fesse au féminin.
reason-pain = { $quality ->
    [sharp] Vous avez une douleur vive { spot-object } { pain-since } ({ $severity } sur 10)
   *[tight] { spot-subject } est { $spot ->
        [foot] tendu
        [achilles] tendu
        [shin] tendu
       *[calf] tendu
        [knee] tendu
        [knee-outer] tendu
        [hip] tendu
        [groin] tendue
        [quad] tendu
        [hamstring] tendu
        [glute] tendue
        [lower-back] tendu
    } { pain-since } ({ $severity } sur 10)
    [sore] { spot-subject } est { $spot ->
        [foot] douloureux
        [achilles] douloureux
        [shin] douloureux
       *[calf] douloureux
        [knee] douloureux
        [knee-outer] douloureux
        [hip] douloureux
        [groin] douloureuse
        [quad] douloureux
        [hamstring] douloureux
        [glute] douloureuse
        [lower-back] douloureux
    } { pain-since } ({ $severity } sur 10)
    [swollen] { spot-subject } est { $spot ->
        [foot] gonflé
        [achilles] gonflé
        [shin] gonflé
       *[calf] gonflé
        [knee] gonflé
        [knee-outer] gonflé
        [hip] gonflé
        [groin] gonflée
        [quad] gonflé
        [hamstring] gonflé
        [glute] gonflée
        [lower-back] gonflé
    } { pain-since } ({ $severity } sur 10)
} : { $why ->
   *[cold-for-fresh-injury] une blessure récente demande du froid, pas de pression, pendant { $days ->
        [one] le premier jour
       *[other] les { $days } premiers jours
    }
    [cold-before-firm-work] une zone gonflée a d’abord besoin de froid ; pas de soin manuel tant que le gonflement n’a pas diminué
    [scar-tissue] un problème qui dure depuis { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    } ou plus laisse souvent du tissu cicatriciel ancien et du tissu conjonctif raide (fascias), et c’est précisément sur ces tissus qu’agit la technique Graston
    [work-around-it] un problème ancien demande un travail régulier sur les muscles et les tissus qui l’entourent
    [loosen-broad-area] les ventouses peuvent assouplir une large zone musculaire tendue ou douloureuse depuis longtemps
    [cold-settles-tendon] le froid calme l’irritation récente d’un tendon ou d’une bande de tissu fibreux
    [unload-tendon] détendre les muscles qui tirent dessus soulage le tendon ou la bande de tissu fibreux qui fait mal
    [broad-muscle-area] les ventouses conviennent à une large zone musculaire tendue ou douloureuse
    [knots-and-tightness] un massage lent et appuyé est la réponse habituelle aux nœuds et aux tensions
    [cold-eases-ache] le froid atténue la douleur
    [massage-eases-soreness] le massage est le moyen le mieux étayé par les études pour soulager les courbatures
    [cold-settles-flare] le froid calme une poussée douloureuse
    [ease-calf-muscles] détendre les muscles du mollet diminue les tensions qui s’exercent sur le tibia
    [ease-thigh-muscles] détendre les muscles de la cuisse diminue les tensions qui s’exercent sur la rotule
}.
# Une compétition il y a $days jours (0 = aujourd’hui), comme raison du froid ; $after : les jours
# avant le travail en profondeur.
reason-just-raced = { $days ->
    [0] Votre compétition a eu lieu aujourd’hui : le froid passe en premier, pour soulager les courbatures qu’une compétition laisse dans les muscles.
   *[other] Votre compétition a eu lieu { days-ago } : le froid et les soins légers passent en premier ; le travail en profondeur (massage des tissus profonds ou technique Graston) est possible au plus tôt { $after ->
        [one] { $after } jour
       *[other] { $after } jours
    } après la compétition.
}
reason-just-trained-hard = { $hours ->
    [0] Vous venez de terminer une séance intense : c’est dans les premières heures qui suivent que le froid aide le plus.
   *[other] Vous avez terminé votre dernière séance intense il y a { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } : c’est dans les premières heures après une séance intense que le froid aide le plus.
}
reason-heavy-cupping = Vous courez beaucoup : les ventouses sont utilisées pour aider les grandes zones musculaires à récupérer d’un entraînement chargé.
reason-heavy-distance = Vous avez couru { distance } ou plus ces 7 derniers jours : un massage régulier aide à garder vos muscles souples quand l’entraînement est chargé.
reason-heavy-hard-sessions = Vous avez fait { $count ->
    [one] { $count } séance intense
   *[other] { $count } séances intenses
} ou plus ces 7 derniers jours : un massage régulier aide à garder souples des muscles très sollicités.
reason-heavy-marathon = Une sortie longue de { distance } ou plus laisse penser que vous préparez un marathon : un massage régulier aide à garder vos muscles souples tout au long de la préparation.
reason-maintenance = À titre d’entretien, un massage régulier peut éviter que de petites tensions ne se transforment en problème.
reason-only-one-left = Vos réponses excluent les autres techniques que propose ce cabinet ; c’est la seule que vos réponses permettent.

## Le résultat : à quel rythme et quand

schedule-heading = À quel rythme et quand prendre rendez-vous
# L’intervalle entre deux rendez-vous, en jours (7, 14 ou 28).
every = { $days ->
    [7] Une fois par semaine.
    [14] Toutes les deux semaines.
    [28] Toutes les quatre semaines.
    [one] Tous les jours.
   *[other] Tous les { $days } jours.
}
interval-heavy = Votre entraînement est chargé en ce moment : un massage par semaine aide vos muscles à suivre le rythme.
interval-active-problem = Tant que quelque chose vous fait mal, un massage par semaine permet au praticien de suivre son évolution.
interval-moderate = Avec un volume de course modéré, un massage toutes les deux semaines vous maintient en forme.
interval-light = Avec peu de course à pied et sans douleur, un massage toutes les quatre semaines suffit pour l’entretien.
# Un jour à venir : aujourd’hui, demain, dans 3 jours.
in-days = { $days ->
    [0] aujourd’hui
    [1] demain
   *[other] dans { $days } jours
}
# Un jour passé : aujourd’hui, hier, il y a 3 jours.
days-ago = { $days ->
    [0] aujourd’hui
    [1] hier
   *[other] il y a { $days } jours
}
timing-cold-now = Commencez dès maintenant par le froid, au cabinet ou chez vous avec une poche de froid enveloppée dans un linge : { $from } à { $to } minutes à chaque fois, jamais plus, quelques fois par jour pendant les premiers jours. Prenez rendez-vous pour un soin manuel quand le gonflement ou la douleur aura diminué.
# Une compétition dans $days jours (0 à 3) : soins légers seulement ; travail en profondeur au plus
# tôt $after jours après.
timing-race-soon = { $days ->
    [0] Votre compétition a lieu aujourd’hui : pas de massage avant le départ, sauf un léger massage d’échauffement. Après la compétition, d’abord repos et froid ; le travail en profondeur (massage des tissus profonds ou technique Graston) est possible au plus tôt { $after ->
        [one] { $after } jour
       *[other] { $after } jours
    } après la compétition.
   *[other] Votre compétition a lieu { in-days } : d’ici là, uniquement des soins légers (massage doux, ventouses ou froid), et pas de travail en profondeur (massage des tissus profonds ou technique Graston). Votre prochain rendez-vous pour un travail en profondeur pourra avoir lieu au plus tôt { $after ->
        [one] { $after } jour
       *[other] { $after } jours
    } après la compétition.
}
# Une compétition dans $days jours ; $last : le dernier jour pour un massage avant la compétition,
# en jours avant celle-ci.
timing-tune-up = Votre compétition a lieu { in-days }. Si vous souhaitez un massage avant la compétition (un « massage de préparation »), veillez à ce que le rendez-vous lui-même ait lieu au plus tard { $last ->
    [one] { $last } jour
   *[other] { $last } jours
} avant la compétition ; ensuite, uniquement des soins légers.
timing-tune-up-last-day = Votre compétition a lieu { in-days }. Si vous souhaitez un massage avant la compétition (un « massage de préparation »), c’est aujourd’hui le dernier jour pour le faire ; à partir de demain, uniquement des soins légers.
# Une compétition il y a $days jours (0 à 2). $from, $to : les heures après la compétition pour un
# massage doux ; $after : les jours après la compétition pour le travail en profondeur.
timing-just-raced = { $days ->
    [0] Votre compétition a eu lieu aujourd’hui : d’abord repos et froid. Un massage léger et doux est possible entre { $from } et { $to } heures après la compétition ; le travail en profondeur (massage des tissus profonds ou technique Graston) est possible au plus tôt { $after ->
        [one] { $after } jour
       *[other] { $after } jours
    } après la compétition.
    [1] Votre compétition a eu lieu hier : d’abord repos et froid. Un massage léger et doux est possible entre { $from } et { $to } heures après la compétition ; le travail en profondeur (massage des tissus profonds ou technique Graston) est possible au plus tôt { $after ->
        [one] { $after } jour
       *[other] { $after } jours
    } après la compétition.
   *[other] Votre compétition a eu lieu { days-ago } : d’abord repos et froid, avec uniquement un massage léger et doux ; le travail en profondeur (massage des tissus profonds ou technique Graston) est possible au plus tôt { $after ->
        [one] { $after } jour
       *[other] { $after } jours
    } après la compétition.
}
timing-book-in = Le meilleur moment pour un massage se situe entre { $open } et { $close } heures après une séance intense. Pour votre dernière séance, c’est entre { $from } et { $to } heures à partir de maintenant.
timing-book-now = Votre dernière séance intense a eu lieu il y a { $open } à { $close } heures : c’est le moment idéal pour un massage.
timing-after-next-hard-session = Votre dernière séance intense a eu lieu il y a plus de { $close } heures. Prévoyez votre massage entre { $open } et { $close } heures après votre prochaine séance intense ou sortie longue.
timing-after-hard-session = Prévoyez votre massage entre { $open } et { $close } heures après votre sortie longue ou la séance la plus intense de la semaine.
opinion-note = Les conseils sur le moment et la fréquence des massages reposent sur l’expérience des praticiens, pas sur des essais cliniques.

## Le résultat : la charge d’entraînement

load-heading = Votre charge d’entraînement
load-unknown = Ajoutez les distances des quatre semaines précédentes (avec « { change-answers } ») pour comparer vos 7 derniers jours à votre volume habituel.
chart-label = Distance par semaine
this-week = Les 7 derniers jours
# L’étiquette courte sous une barre du graphique : maintenant, −1 … −4.
chart-week = { $weeks ->
    [0] maintenant
    [one] −{ $weeks }
   *[other] −{ $weeks }
}
chart-value = { $distance }
chart-bar = { $weeks ->
    [0] { this-week }
   *[other] { week-label }
} : { distance }
load-summary = { this-week } : { distance }, { $change ->
    [same] soit à peu près autant que votre moyenne de { $average } { unit-short }
   *[more] soit { percent } de plus que votre moyenne de { $average } { unit-short }
    [less] soit { percent } de moins que votre moyenne de { $average } { unit-short }
    [no-average] pour une moyenne de { $average } { unit-short }
} sur les quatre semaines précédentes.
load-ratio = C’est { $ratio } fois votre moyenne.
load-verdict = { $trend ->
   *[spike] C’est une forte hausse. Dans une étude menée auprès de coureurs débutants, ceux qui avaient augmenté leur distance hebdomadaire de plus de { percent } environ ont eu davantage de blessures liées à la course à pied : augmentez votre volume progressivement au cours des prochaines semaines. C’est une mise en garde, pas une prédiction : la recherche n’a pas tranché sur les hausses brutales d’entraînement.
    [steady] C’est dans la lignée de vos dernières semaines.
    [lower] C’est plus léger que d’habitude : un bon moment pour récupérer.
}

## Le résultat : les techniques écartées

cautions-heading = Techniques que nous ne vous suggérons pas, et pourquoi
exclusion-acute-injury = { technique-name } : il peut s’agir d’une blessure récente { spot-object } ; pas de soin manuel pendant au moins { $days ->
    [one] { $days } jour
   *[other] { $days } jours
} après son apparition, et plus longtemps en cas de gonflement.
exclusion-swelling = { technique-name } : vous avez un gonflement { spot-object } ; pas de soin manuel tant que le gonflement n’a pas diminué.
exclusion-race-soon = { technique-name } : votre compétition a lieu { in-days }, et ce type de travail en profondeur s’arrête { $before ->
    [one] { $before } jour
   *[other] { $before } jours
} avant une compétition.
exclusion-just-raced = { technique-name } : votre compétition a eu lieu { days-ago }, et ce type de travail en profondeur reprend au plus tôt { $after ->
    [one] { $after } jour
   *[other] { $after } jours
} après une compétition.
exclusion-not-offered = { technique-name } : c’est la technique qui vous conviendrait le mieux, mais ce cabinet ne la propose pas ; nous vous suggérons donc celle qui vient juste après.

## Le résultat : les actions

book = Prendre rendez-vous
call = Appeler le { $number }
email = Écrire à { $address }
copy-link = Copier le lien
copied = Lien copié. Toute personne qui a ce lien peut voir vos réponses, y compris celles sur votre santé : partagez-le avec prudence.
copy-failed = La copie a échoué. Copiez plutôt l’adresse depuis la barre d’adresse de votre navigateur.
print = Imprimer ou enregistrer en PDF
change-answers = Modifier mes réponses
start-over = Recommencer
# Sous les boutons de contact, quand le cabinet n’a pas de page de réservation propre à cette technique.
ask-for = En prenant rendez-vous, demandez : { technique-name }
# Ouvre un e-mail au cabinet, seulement quand on le touche, avec un résumé d’une ligne et le lien vers ce résultat.
send-result = Envoyer mon résultat au cabinet
send-result-subject = Mon résultat à votre { -check } de récupération
# La première ligne de l’e-mail, avant le lien vers le résultat ($days : 7, 14 ou 28).
send-result-summary = Suggestion du { -check } : { technique-name }, { $days ->
    [7] une fois par semaine
    [14] toutes les deux semaines
    [28] toutes les quatre semaines
    [one] tous les jours
   *[other] tous les { $days } jours
}. Mes réponses sont dans ce lien :
# Le code QR du lien vers ce résultat, tel que les lecteurs d’écran le nomment.
qr-label = Code QR du lien vers ce résultat
qr-caption = Montrez ce code lors de votre rendez-vous : en le scannant, on ouvre ce résultat, avec vos réponses.
disclaimer = Ce { -check } donne des conseils généraux, pas un diagnostic. Lors de votre rendez-vous, votre praticien confirmera ce qui vous convient.

## La feuille imprimée : les réponses, pour votre praticien (sur papier seulement)

therapist-heading = Pour votre praticien
therapist-load = Entraînement des 7 derniers jours
therapist-distance = Distance
therapist-runs = Sorties
therapist-weeks-before = Semaines précédentes, la plus ancienne d’abord
therapist-hard = Séances intenses
therapist-longest = Plus longue sortie
therapist-last-hard = Dernière séance intense
# $hours : il y a combien d’heures elle s’est terminée.
therapist-hours-ago = il y a { $hours } { hours-short }
therapist-race = Prochaine compétition
therapist-raced = Dernière compétition
therapist-pain = Où vous avez mal
therapist-spot = Zone
therapist-severity = Douleur (0 à 10)
therapist-quality = Sensation
therapist-since = Depuis quand
therapist-health = Questions de santé avec la réponse « { yes } »
therapist-health-none = Aucune
# Une question de santé à laquelle la réponse a été Oui, en quelques mots.
condition-name = { $condition ->
   *[blood-thinners] Anticoagulant ou trouble de la coagulation
    [pregnant] Grossesse, certaine ou possible
    [skin] Peau abîmée, infectée ou fragile à l’endroit douloureux ou à masser
    [varicose] Varices à l’endroit douloureux ou à masser
    [neuropathy] Sensibilité diminuée de la peau à l’endroit douloureux
    [cold-sensitive] Mauvaise réaction au froid (par exemple syndrome de Raynaud ou urticaire au froid), ou mauvaise circulation dans les jambes
}

## Un lien de partage illisible

link-error-heading = Impossible de lire ce lien
link-error-start = Commencer le { -check }
link-error-not-a-link = Il ne contient pas de réponses à ce { -check }.
link-error-too-long = Il est bien plus long que n’importe quel lien de ce { -check }.
link-error-bad-encoding = Une partie est illisible, peut-être coupée lors de la copie.
link-error-not-a-pair = La partie « { $value } » n’est pas de la forme nom=valeur.
link-error-duplicate = Il contient « { $key } » deux fois.
link-error-missing = « { $key } » est absent, alors que tout lien de ce { -check } le contient.
link-error-too-new = Il a été créé par une version plus récente de ce { -check } (version { $value }). Rechargez la page pour obtenir la nouvelle version.
link-error-bad-version = Sa version « { $value } » n’est pas connue de ce { -check }.
link-error-not-a-number = « { $key } » devrait être un nombre, mais vaut « { $value } ».
link-error-out-of-range = « { $key } » vaut { $value }, mais doit être compris entre 0 et { $limit }.
link-error-history-count = Il devrait y avoir quatre nombres pour les semaines précédentes, mais { $count ->
    [0] il n’y en a aucun
    [one] il y en a { $count }
   *[other] il y en a { $count }
}.
link-error-bad-pain = L’entrée de douleur « { $value } » n’est pas de la forme zone:intensité:sensation:jours.
link-error-unknown-spot = « { $value } » n’est pas une zone du schéma du corps.
link-error-unknown-quality = « { $value } » n’est pas un type de douleur connu de ce { -check }.
link-error-repeated-spot = Il cite la zone « { $value } » deux fois.
link-error-unknown-flag = « { $value } » ne fait pas partie des questions de sécurité.
link-error-unknown-condition = « { $value } » ne fait pas partie des questions de santé.
link-error-repeated-item = Il cite « { $value } » deux fois dans « { $key } ».

## Quand l’application plante

crash-heading = Un problème est survenu
crash-text = Le { -check } s’est arrêté de façon inattendue. Vos réponses sont enregistrées sur cet appareil : rechargez la page pour continuer.
reload = Recharger

## La page de configuration : là où un cabinet prépare son clinic.json et voit le questionnaire
## avec. Elle s’adresse au responsable ou à l’accueil du cabinet, pas à un coureur ; ce ne sont
## pas des textes de sécurité.

setup-title = Configurer votre { -check } de récupération
setup-intro = Renseignez les coordonnées de votre cabinet et voyez le { -check } changer à mesure que vous tapez. Tout reste dans ce navigateur : rien n’est envoyé nulle part. Quand vous avez terminé, téléchargez votre fichier et déposez-le dans le dossier du { -check } sur votre site.
setup-skip-to-preview = Aller à l’aperçu
setup-open-heading = Point de départ
setup-opening = Ouverture du clinic.json du dossier du { -check }…
setup-editing-folder = Vous modifiez le clinic.json qui se trouve en ce moment dans le dossier du { -check }.
setup-editing-example = Vous modifiez l’exemple, un cabinet imaginaire : remplacez ses informations par les vôtres.
# $value : le nom du fichier choisi par le cabinet.
setup-editing-file = Vous modifiez { $value }, depuis cet appareil.
setup-open-folder = Ouvrir le clinic.json du { -check }
setup-open-file = Ouvrir un fichier de cet appareil
setup-open-example = Partir de l’exemple
# Le clinic.json du dossier n’a pas pu être chargé : sans réseau, absent, ou une erreur.
setup-not-reached = Le dossier du { -check } est injoignable : son clinic.json n’a pas pu être ouvert.
setup-not-there = Le dossier du { -check } ne contient pas encore de clinic.json.
# $status : le statut HTTP renvoyé par le serveur.
setup-not-loaded = Le dossier du { -check } a répondu par une erreur (HTTP { $status }) : son clinic.json n’a pas pu être ouvert.
# $value : le nom du fichier ; $line, $column : l’endroit où il cesse d’être du JSON valide.
setup-not-json = { $value } n’a pas pu être ouvert : ce n’est pas du JSON valide (l’erreur est à la ligne { $line }, colonne { $column }).
setup-not-an-object = { $value } n’a pas pu être ouvert : ce n’est pas un clinic.json.
# L’introduction de ce que le formulaire n’a pas pu reprendre du fichier ouvert.
setup-file-notes = Dans le fichier que vous avez ouvert :
# $key : une clé de clinic.json, telle qu’écrite dans le fichier.
setup-wrong-type = « { $key } » contient une valeur du mauvais type : le formulaire affiche à la place la valeur par défaut du { -check }. { setup-expected }
# $value : une valeur de cette clé, telle qu’écrite dans le fichier.
setup-left-out = « { $key } » contient { $value }, que le { -check } ne connaît pas : cette valeur est laissée de côté.
setup-nothing-known = « { $key } » ne cite rien que le { -check } connaisse : tout est donc proposé.
setup-unknown-key = « { $key } » est inconnu du { -check } : cette clé est laissée de côté dans votre fichier.
# $count : la version de format du fichier.
setup-newer-format = Ce fichier a été fait pour une version plus récente du { -check } (format { $count }). Ce que cette version ne connaît pas est laissé de côté.
# Ce qu’un champ doit contenir, affiché à côté quand ce n’est pas le cas. $count : la longueur maximale d’un texte.
setup-expected = { $expected ->
   *[text] { $count } caractères au maximum, s’il vous plaît.
    [web-address] Écrivez une adresse web complète qui commence par https://, comme https://cabinet.example/rdv.
    [phone] Écrivez le numéro avec uniquement des chiffres, des espaces et + ( ) - . /.
    [email] Écrivez une adresse e-mail comme info@cabinet.example, sans espace.
    [colour] Écrivez # suivi de six chiffres ou lettres de a à f, comme #0b5d56, ou choisissez une couleur.
    [image-path] Écrivez le nom du fichier image placé dans le dossier du { -check }, comme logo.svg ou images/logo.png, et pas une adresse web.
    [techniques] Il faut une liste de techniques que le { -check } connaît.
    [emergency-number] Écrivez uniquement 2 à 6 chiffres, comme 112 ou 15.
    [units] Il faut km ou mi.
    [languages] Il faut une liste de langues que le { -check } parle.
    [text-per-language] Il faut un texte, ou un texte par langue.
    [format] Il faut un nombre entier, comme 2.
    [web-address-per-technique] Il faut une adresse web par technique.
    [yes-or-no] Il faut true ou false.
    [origins] Écrivez une adresse de site par ligne, comme https://www.cabinet.example, sans rien après le nom.
}
setup-name-missing = Indiquez le nom de votre cabinet.
setup-no-language = Choisissez au moins une langue.
setup-no-technique = Choisissez au moins une technique.
setup-form-heading = Les informations de votre cabinet
setup-languages-legend = Langues
setup-languages-hint = Le { -check } s’ouvre dans la langue du visiteur si vous la proposez, sinon dans votre langue par défaut.
setup-default-language = Langue par défaut
# $language : le nom d’une langue dans cette langue : Deutsch, Français…
setup-name-label = Nom du cabinet ({ $language })
setup-name-hint = Affiché en haut de chaque écran.
setup-intro-label = Phrase d’accueil ({ $language })
setup-intro-hint = Facultatif : une ou deux phrases sous le titre du premier écran.
setup-look-heading = Couleur et logo
setup-accent-label = Votre couleur
setup-accent-hint = Pour les boutons, les liens et les éléments mis en avant : # suivi de six chiffres ou lettres de a à f, comme #0b5d56.
setup-accent-picker = Choisir votre couleur
# $ratio : un rapport de contraste, comme 7,2 (pour 1).
setup-contrast-button = Texte sur votre couleur : contraste de { $ratio } pour 1
setup-contrast-light = Liens sur écran clair : contraste de { $ratio } pour 1
setup-contrast-dark = Liens sur écran sombre : contraste de { $ratio } pour 1
setup-contrast-note = Chaque texte garde un contraste d’au moins 4,5 pour 1 (WCAG AA) : quand votre couleur est trop claire ou trop sombre pour du texte, le { -check } en prend une nuance plus foncée ou plus claire, comme ici.
setup-sample-link = Un lien dans votre couleur
setup-logo-label = Fichier du logo
setup-logo-hint = Facultatif : le nom de l’image de votre logo dans le dossier du { -check }, comme logo.svg. SVG, PNG, WebP ou JPEG ; il s’affiche sur 40 pixels de haut.
setup-logo-pick = Choisir votre logo
# $value : le nom du fichier du logo.
setup-logo-upload = Déposez cette image dans le dossier du { -check }, à côté de clinic.json, sous ce nom exact : { $value }.
setup-logo-preview = Votre logo
setup-techniques-legend = Les techniques que vous proposez
setup-techniques-hint = Le { -check } ne suggère que celles-ci. Si une autre technique convenait mieux à un coureur, il suggère la meilleure des vôtres et le précise.
setup-booking-heading = Rendez-vous et contact
setup-booking-url-label = Page de prise de rendez-vous en ligne
setup-booking-url-hint = Facultatif : le bouton « { book } » du résultat l’ouvre.
setup-booking-for-label = Page de rendez-vous pour { technique-name }
setup-booking-for-hint = Facultatif : seulement si cette technique a sa propre page de rendez-vous. Sinon, la page ci-dessus est utilisée.
setup-booking-utm-label = Signaler les rendez-vous venus du { -check }
setup-booking-utm-hint = Ajoute des champs utm_ (comme utm_source) à vos liens de rendez-vous, pour que les statistiques de votre outil de réservation montrent quels rendez-vous viennent du { -check }.
setup-phone-label = Numéro de téléphone
setup-phone-hint = Facultatif : affiché dans le résultat sous forme de bouton d’appel.
setup-email-label = Adresse e-mail
setup-email-hint = Facultatif : affichée dans le résultat sous forme de bouton e-mail.
setup-address-label = Adresse
setup-address-hint = Facultatif : l’adresse de votre cabinet sur une ligne, affichée dans le résultat.
setup-safety-heading = Urgences et distances
setup-emergency-label = Numéro d’urgence
setup-emergency-hint = Le numéro que le { -check } indique aux coureurs en cas d’urgence : 112 dans toute l’Europe (15 pour le SAMU en France), 999 au Royaume-Uni, 911 en Amérique du Nord. Laissé vide, c’est le 112.
setup-units-legend = Les distances s’affichent d’abord en
setup-site-heading = Votre site
setup-origins-label = Adresses de votre site
setup-origins-hint = Facultatif : une par ligne, comme https://www.cabinet.example. Ce sont les sites qui affichent le { -check } dans leurs pages ; elles vont dans la ligne frame-ancestors ci-dessous.
setup-download-heading = Votre clinic.json
setup-download-hint = Déposez-le dans le dossier du { -check } sur votre site, à la place du clinic.json qui s’y trouve, avec votre logo à côté. Le { -check } l’utilise dès la visite suivante : rien d’autre n’est à changer.
setup-download = Télécharger clinic.json
# $count : le nombre de champs à revoir (au moins 1).
setup-download-blocked = { $count ->
    [one] Un champ est à revoir avant de pouvoir télécharger votre fichier :
   *[other] { $count } champs sont à revoir avant de pouvoir télécharger votre fichier :
}
setup-downloaded = clinic.json se trouve dans vos téléchargements.
setup-show-file = Voir le fichier
setup-snippets-heading = Mettre le { -check } sur votre site
setup-quiz-address-label = Adresse du { -check }
setup-quiz-address-hint = L’endroit où se trouve le dossier du { -check } sur le web ; les extraits de code ci-dessous l’utilisent.
setup-quiz-address-problem = Écrivez l’adresse complète du dossier, comme https://cabinet.example/recuperation/.
# Le titre de chaque extrait de code.
setup-snippet = { $snippet ->
   *[own-site] Votre propre site
    [site-builder] Wix ou Squarespace
    [wordpress] WordPress
    [frame-ancestors] Votre hébergeur : quels sites peuvent afficher le { -check }
}
setup-snippet-hint = { $snippet ->
   *[own-site] Collez-le là où le { -check } doit apparaître : le cadre s’agrandit avec le { -check }.
    [site-builder] Wix : « Intégrer du code », puis « Intégrer HTML », puis « Code ». Squarespace : un bloc Code. Leurs cadres ne peuvent pas s’agrandir : celui-ci a donc une hauteur fixe, avec un lien qui ouvre le { -check } sur une page à part.
    [wordpress] Collez-le dans l’éditeur de blocs : il devient un bloc « HTML personnalisé ». Si WordPress supprime la ligne du script à l’enregistrement, prenez plutôt l’extrait pour Wix ou Squarespace.
    [frame-ancestors] Un en-tête que votre hébergeur envoie avec chaque fichier du dossier du { -check } (ses pages d’aide indiquent où le régler). Seuls vos propres sites, et le { -check } lui-même, peuvent alors l’afficher dans un cadre. Avec Wix, ajoutez aussi l’adresse Wix qui contient votre code.
}
setup-copy = { $snippet ->
   *[own-site] Copier l’extrait pour votre propre site
    [site-builder] Copier l’extrait pour Wix ou Squarespace
    [wordpress] Copier l’extrait pour WordPress
    [frame-ancestors] Copier la ligne pour votre hébergeur
}
setup-copied = Copié.
setup-copy-failed = La copie a échoué : sélectionnez le texte et copiez-le vous-même.
# Le lien sous un cadre de hauteur fixe, sur le site du cabinet, dans sa langue par défaut.
setup-full-page-link = Ouvrir le { -check } sur une page à part
setup-preview-heading = Aperçu
setup-preview-hint = Votre { -check } tel que les coureurs le verront, avec les informations ci-dessus. Essayez-le : il change à mesure que vous tapez.
setup-preview-frame = Aperçu de votre { -check }
setup-preview-size = Écran
setup-preview-phone = Téléphone
setup-preview-computer = Ordinateur
setup-outcomes-legend = Aller à un écran
setup-outcome-start = Premier écran
setup-outcome-technique = Résultat : { technique-name }
setup-outcome-clinician = Résultat : consulter d’abord un médecin
setup-outcome-emergency = Résultat : urgence
setup-footer = Cette page fonctionne uniquement sur votre appareil : rien de ce que vous tapez n’est envoyé nulle part, et après votre première visite elle fonctionne aussi hors ligne.
