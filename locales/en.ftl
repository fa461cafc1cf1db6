### English: the source of every text. Each other language has the same messages.
### How to change a text, add a language and check a file: docs/translations.md.
### Variables ($days, $spot, …) are filled in by the quiz; keep them, translate the words around
### them. A selector ({ $spot -> … }) needs a variant for every value listed in its comment.

language-name = English

## How numbers are written: 12.5 km, 3,650 days.

-number-decimal-separator = .
-number-group-separator = ,
-number-group-from-digits = 4

## The words that make a sentence negative, for the check that no safety question is asked in
## the negative (docs/translations.md, "Safety texts").

-negation-words = not no never nor cannot can't don't doesn't didn't isn't aren't wasn't weren't won't

## Words used in many texts.

-check = check

## The page

title = Runner's recovery { -check }
description = A two-minute { -check } for runners. From your training and anything that hurts, it suggests a sports massage that suits you and when to book it, or tells you to see a doctor first. Private: your answers stay on your device.
# The name under the icon on a phone's home screen: a dozen letters at most.
short-name = Recovery { -check }
# The clinic's name when the clinic gives none.
default-clinic = Sports massage clinic
skip-to-content = Skip to main content
# The label of the language switch.
language = Language
# A percentage: 30%.
percent = { $percent }%
# A unit's short name after a number.
unit-short = { $unit ->
   *[km] km
    [mi] mi
}
# A distance with its unit: 12.5 km.
distance = { $distance } { unit-short }

## The start screen

start-heading = Which massage suits your running right now?
start-intro = Answer a few questions about your training, anything that hurts and your health. You will get a massage technique that suits you, how often and when to book it, and the reasons why. If something needs a doctor first, the { -check } tells you.
start-fact-time = Takes about two minutes.
start-fact-private = Your answers stay on this device: nothing is sent anywhere.
start-fact-guidance = This is guidance, not a diagnosis. If something worries you, see a doctor or physiotherapist. In an emergency, call your local emergency number.
start-button = Start the { -check }
resume-heading = Welcome back
resume-text = You have unfinished answers saved on this device.
resume-button = Continue where I left off
start-again-button = Start again

## Moving through the check

next = Next
back = Back
see-result = See my result
forget = Delete my saved answers
forgotten = Your saved answers have been deleted from this device.
# "Step 2 of 7".
progress = Step { $step } of { $steps }
# How many answers on the screen need a look ($count is at least 1).
error-summary = { $count ->
    [one] 1 answer is missing or needs correcting before you can go on.
   *[other] { $count } answers are missing or need correcting before you can go on.
}

## This week's training

training-heading = Your running in the last 7 days
unit-legend = Distances in
unit-name = { $unit ->
   *[km] kilometres
    [mi] miles
}
km-label = Distance run in the last 7 days
runs-label = Number of runs in the last 7 days
hard-label = How many of these runs were hard sessions?
hard-hint = Hard sessions are intervals, tempo runs, hill repeats, races and long runs. Leave empty if there were none.
long-label = Your longest single run in the last 7 days
long-hint = Optional.
last-label = How many hours ago did your last hard session or race end?
last-hint = Optional. 1 day = 24 hours, 2 days = 48 hours.
# The short unit after the hours field.
hours-short = h

## The weeks before, and races

weeks-heading = Earlier weeks and races
weeks-legend = Distance in each of the four weeks before the last 7 days (optional)
weeks-hint = Fill in all four weeks, or leave all four empty. The oldest week comes first. With all four, you will see how the last 7 days compare.
# One of the four earlier weeks, counted back from the last 7 days (1 to 4).
week-label = { $weeks ->
    [one] 1 week before
   *[other] { $weeks } weeks before
}
race-planned = I have a race coming up
race-in-label = In how many days is your race? (0 = today)
raced-recently = I have run a race recently
raced-ago-label = How many days ago was the race? (0 = today)

## The body map

pain-heading = Where does it hurt?
pain-hint = Choose every spot that hurts or feels tight, on the figures or in the list.
body-front = Front view
body-back = Back view
spot-list-legend = Spots that hurt or feel tight
nothing-hurts = Nothing hurts
nothing-hurts-chosen = You said nothing hurts. Choose a spot if something does.
# A spot as a choice on the map.
spot-name = { $spot ->
    [foot] Heel, arch or sole
    [achilles] Achilles tendon (back of the ankle, above the heel)
    [shin] Shin
   *[calf] Calf
    [knee] Front of the knee
    [knee-outer] Outside of the knee
    [hip] Outer hip or outer thigh
    [groin] Groin
    [quad] Front of the thigh
    [hamstring] Back of the thigh
    [glute] Buttock
    [lower-back] Lower back
}
# A spot as the subject of a sentence.
spot-subject = { $spot ->
    [foot] Your heel, arch or sole
    [achilles] Your Achilles tendon
    [shin] Your shin
   *[calf] Your calf
    [knee] The front of your knee
    [knee-outer] The outside of your knee
    [hip] Your outer hip or outer thigh
    [groin] Your groin
    [quad] The front of your thigh
    [hamstring] The back of your thigh
    [glute] Your buttock
    [lower-back] Your lower back
}
# A spot after "in": "pain in your calf".
spot-object = { $spot ->
    [foot] your heel, arch or sole
    [achilles] your Achilles tendon
    [shin] your shin
   *[calf] your calf
    [knee] the front of your knee
    [knee-outer] the outside of your knee
    [hip] your outer hip or outer thigh
    [groin] your groin
    [quad] the front of your thigh
    [hamstring] the back of your thigh
    [glute] your buttock
    [lower-back] your lower back
}

## One painful spot

spot-heading = About { spot-object }
severity-label = How much does it hurt, from 0 (not at all) to 10 (the worst pain you can imagine)?
quality-legend = What does it feel like?
quality-name = { $quality ->
   *[tight] Tight or knotted
    [sore] Sore or aching
    [sharp] Sharp or stabbing
    [swollen] Swollen
}
days-label = How many days ago did it start?
days-hint = 0 if it started today. For example: 2 weeks = 14 days, 6 weeks = 42 days, 1 year = 365 days.

## Safety texts: the red flags, the health questions, the emergency and doctor messages and the
## techniques left out for health. Each question is asked so that "Yes" means the warning sign,
## never in the negative, in words a runner knows. A change here must be made in every language
## (docs/translations.md, "Safety texts").

safety-heading = A few safety questions
safety-intro = Some signs need a doctor, not a massage. Answer every question. If you are not sure, answer Yes.
health-heading = Your health
health-intro = Some techniques are not safe with certain health conditions. Your answers make sure we never suggest one of them.
# A red-flag question: "Yes" must mean the warning sign.
flag-question = { $flag ->
   *[chest] Do you have chest pain, or trouble breathing that is new or unusual for you?
    [saddle] Do you have numbness around your genitals, anus or inner thighs, new trouble passing or holding urine or stools, or loss of strength in both legs?
    [calf-swelling] Compared with your other leg, is one calf or thigh swollen, warmer, redder or darker?
    [bone-spot] Is there one small spot on a bone, for example on your shin or foot, that hurts when you press on it?
    [night-pain] Do you have pain that continues while you rest, or that wakes you at night?
    [no-weight] Are you unable to put weight on the injured leg, or to walk four steps even with a limp?
    [pop] Did you feel a sudden kick or bang behind your heel, as if something had hit you, or hear a snap there, or are you unable to stand on tiptoe on the injured leg alone?
    [numbness] Do you have new numbness, tingling or loss of strength in a leg or foot (for example, your foot catches or drags when you walk)?
    [fever] Do you have a fever, or do you feel physically ill (for example with chills, or as if you have flu)?
}
# A health question: "Yes" must mean the condition is there.
condition-question = { $condition ->
   *[blood-thinners] Do you take a blood thinner (a medicine that stops your blood clotting easily, for example warfarin, apixaban, rivaroxaban, or aspirin or clopidogrel taken every day), or do you have a bleeding disorder?
    [pregnant] Are you pregnant, or could you be?
    [skin] Where it hurts, or where you would like the massage, is the skin broken, infected or fragile (for example a cut, a blister, a rash, or skin that tears or bruises easily)?
    [varicose] Do you have varicose veins (swollen, twisted veins under the skin) where it hurts or where you would like the massage?
    [neuropathy] Do you have reduced feeling in your skin where it hurts, for example numb feet from diabetes?
    [cold-sensitive] Do you react badly to cold, for example fingers or toes that turn white or blue in the cold (Raynaud's) or an itchy rash from cold (cold hives), or do you have poor circulation in your legs?
}
yes = Yes
no = No
result-heading = Your result
emergency-heading = Call the emergency number now
# $number - the emergency number the clinic gives (112, 999, …).
emergency-text = Call { $number } now (or the local emergency number if you are somewhere else). What you describe needs urgent medical care, not a massage. Do not wait to see if it gets better.
clinician-heading = See a doctor or physiotherapist first
clinician-text = Please see a doctor or physiotherapist before any massage. Once they tell you massage is safe for you, come back and do the { -check } again.
clinician-worse = Call { $number } at once if it gets much worse, or if you get chest pain, trouble breathing, numbness around your genitals or anus, or trouble passing or holding urine or stools.
# The lead-in before the reasons for sending the runner to a doctor or the emergency number.
triage-because = Because you told us:
# A red flag the runner answered Yes to, as an item of that list.
triage-flag = { $flag ->
   *[chest] you have chest pain, or trouble breathing that is new or unusual for you
    [saddle] you have numbness around your genitals, anus or inner thighs, new trouble passing or holding urine or stools, or loss of strength in both legs, which can mean pressure on the nerves at the bottom of the spine
    [calf-swelling] one calf or thigh is swollen, warmer, redder or darker than the other leg, which can be a blood clot; massage could move it, so see a doctor today
    [bone-spot] a small spot on a bone hurts when you press on it, which can be a stress fracture
    [night-pain] you have pain that continues while you rest or wakes you at night, which can be a stress fracture or a problem that is not in the muscles
    [no-weight] you cannot put weight on the injured leg or walk four steps, which can be a fracture or a serious sprain
    [pop] you felt a sudden kick or bang behind your heel, heard a snap there, or cannot stand on tiptoe on the injured leg alone, which can be a torn Achilles tendon
    [numbness] you have new numbness, tingling or loss of strength in a leg or foot, which can come from a pressed or irritated nerve
    [fever] you have a fever or feel physically ill; massage waits until you are well again
}
# A spot whose pain needs a doctor's look (the groin), as an item of the same list.
triage-spot = you have pain in { spot-object }, which in runners can be a stress fracture of the hip
triage-nothing-safe = your answers (about your health, a fresh injury or swelling, or your race dates) rule out every technique this clinic offers
# Why a technique is left out because of a health answer: "<technique>: <this>."
exclusion-health = { technique-name }: { $condition ->
   *[blood-thinners] it can cause bruising or bleeding in people who take a blood thinner or have a bleeding disorder
    [pregnant] it is not used during pregnancy
    [skin] it is not used on broken, infected or fragile skin
    [varicose] it is not used over varicose veins
    [neuropathy] with reduced feeling in your skin, you might not notice if the cold is harming it
    [cold-sensitive] it is not used if you react badly to cold or have poor circulation
}.

## Validation messages

problem-required = Please fill this in.
# $quantity - what the field counts; $unit - the distance unit shown.
problem-not-a-number = { $quantity ->
   *[distance] Please enter a number of { unit-short }, like 12 or 12.5.
    [runs] Please enter a whole number of runs, like 3.
    [hard-sessions] Please enter a whole number of hard sessions, like 3.
    [hours] Please enter a whole number of hours, like 3.
    [days] Please enter a whole number of days, like 3.
}
# $max - the largest number allowed, in the unit shown.
problem-out-of-range = { $quantity ->
   *[distance] Please enter a number from 0 to { $max } { unit-short }.
    [runs] Please enter a number from 0 to { $max } runs.
    [hard-sessions] Please enter a number from 0 to { $max } hard sessions.
    [hours] Please enter a number from 0 to { $max } hours.
    [days] Please enter a number from 0 to { $max } days.
}
problem-hard-above-runs = The number of hard sessions cannot be more than the number of runs.
problem-long-above-week = The longest run cannot be longer than the distance of the last 7 days.
problem-history-incomplete = Fill in all four weeks, or leave all four empty.
problem-choose-spot = Choose a spot, or choose “{ nothing-hurts }”.
problem-choose-quality = Please choose what it feels like.
problem-choose-answer = Please answer { yes } or { no }.

## The result: the technique

technique-label = Our suggestion
second-label = Also a good fit
why-heading = Why it suits you
technique-name = { $technique ->
   *[deep-tissue] Deep tissue massage
    [cupping] Sports cupping
    [graston] Graston Technique (tool-assisted massage)
    [cryotherapy] Cryotherapy (cold therapy)
}
technique-about = { $technique ->
   *[deep-tissue] The therapist works slowly and firmly on the muscles you run with, easing knots and layers of tissue that stick together, so the muscle can move freely again.
    [cupping] Cups placed on the skin lift it gently by suction. This draws blood into a large, tired muscle area and is meant to help it recover. The cups can leave round marks on the skin for a few days.
    [graston] The therapist glides smooth steel tools over the skin to loosen old scar tissue and stiff connective tissue (fascia) that hands alone find hard to reach. The area may be red or slightly bruised for a day or two afterwards.
    [cryotherapy] Cold is applied to the painful area for short spells at a time, never directly on bare skin. It eases pain and is used to calm fresh swelling and inflammation.
}
evidence-heading = What the evidence says
evidence = { $technique ->
   *[deep-tissue] Across many studies, massage eases muscle soreness and the feeling of fatigue better than other recovery methods (Dupuy et al., 2018), with less soreness one to three days after exercise (Guo et al., 2017). It brings small gains in flexibility but does not make you faster or stronger (Davis et al., 2020).
    [cupping] Studies of cupping for athletes are few and of low quality (Bridgett et al., 2018). Some runners feel less stiff afterwards; a clear effect on recovery has not been shown.
    [graston] Evidence for tool-assisted work such as Graston is of low quality: at best a modest gain in range of movement. It works best as part of a plan that includes strengthening.
    [cryotherapy] Cold eases pain in the short term; whether it reduces swelling or speeds healing is less certain. Local cold packs are not the same as whole-body cold chambers, which the US Food and Drug Administration (FDA) has not cleared for any medical treatment.
}

## Why a technique suits the runner: one reason per item.

# How long a pain has lasted: $since is today, yesterday, days, weeks, months or years, and
# $count the number of those.
pain-since = { $since ->
   *[today] since earlier today
    [yesterday] since yesterday
    [days] for { $count } days
    [weeks] for about { $count } weeks
    [months] for about { $count } months
    [years] for about { $count ->
        [one] a year
       *[other] { $count } years
    }
}
# One painful spot as a reason: what it is like, then why the technique suits it ($why).
#   $severity - 1 to 10
reason-pain = { $quality ->
    [sharp] You have had a sharp pain in { spot-object } ({ $severity } out of 10) { pain-since }
   *[tight] { spot-subject } has been tight ({ $severity } out of 10) { pain-since }
    [sore] { spot-subject } has been sore ({ $severity } out of 10) { pain-since }
    [swollen] { spot-subject } has been swollen ({ $severity } out of 10) { pain-since }
}: { $why ->
   *[cold-for-fresh-injury] a fresh injury needs cold, not pressure, in the first { $days } days
    [cold-before-firm-work] a swollen area needs cold first; hands-on treatment waits until the swelling has gone down
    [scar-tissue] a problem of { $weeks } weeks or more often leaves old scar tissue and stiff connective tissue (fascia), which is what Graston works on
    [work-around-it] a long-standing problem needs regular work on the muscles and tissue around it
    [loosen-broad-area] cupping can loosen a large muscle area that has been tight or sore for a long time
    [cold-settles-tendon] cold calms a recently irritated tendon or band of tissue
    [unload-tendon] loosening the muscles that pull on it takes strain off the sore tendon or band of tissue
    [broad-muscle-area] cupping suits a large muscle area that is tight or sore
    [knots-and-tightness] slow, firm massage is the usual answer to knots and tightness
    [cold-eases-ache] cold eases the ache
    [massage-eases-soreness] massage is the best-supported way to ease muscle soreness
    [cold-settles-flare] cold calms a flare-up
    [ease-calf-muscles] easing the calf muscles takes strain off the shin
    [ease-thigh-muscles] easing the thigh muscles takes strain off the kneecap
}.
# A race $days days ago (0 = today) as a reason for cold; $after - the days until deep work.
reason-just-raced = { $days ->
    [0] Your race was today: cold comes first, to ease the soreness a race leaves in your muscles.
   *[other] Your race was { days-ago }: cold and light treatment come first; deep work (deep tissue massage or Graston) at the earliest { $after } days after the race.
}
reason-just-trained-hard = { $hours ->
    [0] You have just finished a hard session: cold helps most in the first hours after it.
   *[other] Your last hard session was { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    } ago: cold helps most in the first hours after a hard session.
}
reason-heavy-cupping = You are running a lot: cupping is used to help large muscle areas recover from heavy training.
reason-heavy-distance = You ran { distance } or more in the last 7 days: regular massage helps keep your muscles supple under heavy training.
reason-heavy-hard-sessions = You did { $count } or more hard sessions in the last 7 days: regular massage helps keep hard-working muscles supple.
reason-heavy-marathon = A long run of { distance } or more suggests you are training for a marathon: regular massage helps keep your muscles supple through the build-up.
reason-maintenance = As maintenance, regular massage can keep small areas of tightness from turning into a problem.
reason-only-one-left = Your answers rule out the other techniques this clinic offers; this is the one your answers allow.

## The result: how often and when

schedule-heading = How often and when to book
# The interval between appointments, in days (7, 14 or 28).
every = { $days ->
    [7] Once a week.
    [14] Every two weeks.
    [28] Every four weeks.
    [one] Every day.
   *[other] Every { $days } days.
}
interval-heavy = Your training is heavy right now, so a massage once a week helps your muscles keep up.
interval-active-problem = While something hurts, a massage once a week lets the therapist follow how it changes.
interval-moderate = With a moderate amount of running, a massage every two weeks keeps you in good shape.
interval-light = With light running and nothing hurting, a massage every four weeks is enough as maintenance.
# A day to come: today, tomorrow, in 3 days.
in-days = { $days ->
    [0] today
    [1] tomorrow
   *[other] in { $days } days
}
# A day gone: today, yesterday, 3 days ago.
days-ago = { $days ->
    [0] today
    [1] yesterday
   *[other] { $days } days ago
}
#   $from, $to - minutes of cold at a time
timing-cold-now = Start with cold now, at the clinic or at home with a cold pack wrapped in a cloth: { $from } to { $to } minutes at a time, never longer, a few times a day over the first few days. Book hands-on treatment once the swelling or soreness has settled.
# A race in $days days (0 to 3): light treatment only; deep work at the earliest $after days after it.
timing-race-soon = { $days ->
    [0] Your race is today: no massage before it, apart from a light warm-up massage. After the race, rest and use cold first; deep work (deep tissue massage or Graston) at the earliest { $after } days after the race.
   *[other] Your race is { in-days }: until then, only light treatment (a gentle massage, cupping or cold), and no deep work (deep tissue massage or Graston). Your next appointment for deep work can be at the earliest { $after } days after the race.
}
# A race in $days days; $last - the last day for a pre-race massage, in days before the race.
timing-tune-up = Your race is in { $days } days. If you want a pre-race massage (a “tune-up”), make sure the appointment itself is no later than { $last } days before the race; after that, light treatment only.
# The same on the last day for a pre-race massage.
timing-tune-up-last-day = Your race is in { $days } days. If you want a pre-race massage (a “tune-up”), today is the last day for it; after today, light treatment only.
# A race $days days ago (0 to 2). $from, $to - hours after the race for a gentle massage;
# $after - days after the race for deep work.
timing-just-raced = { $days ->
    [0] Your race was today: rest and use cold first. A light, gentle massage is fine { $from } to { $to } hours after the race; deep work (deep tissue massage or Graston) at the earliest { $after } days after the race.
    [1] Your race was yesterday: rest and use cold first. A light, gentle massage is fine { $from } to { $to } hours after the race; deep work (deep tissue massage or Graston) at the earliest { $after } days after the race.
   *[other] Your race was { days-ago }: rest and use cold first, with light, gentle massage only; deep work (deep tissue massage or Graston) at the earliest { $after } days after the race.
}
#   $open, $close - the hours after a hard session that are best for a massage;
#   $from, $to - that window counted from now
timing-book-in = The best time for a massage is { $open } to { $close } hours after a hard session. For your last one, that is between { $from } and { $to } hours from now.
timing-book-now = Your last hard session was { $open } to { $close } hours ago: now is the ideal time for a massage.
timing-after-next-hard-session = Your last hard session was more than { $close } hours ago. Plan your massage for { $open } to { $close } hours after your next hard session or long run.
timing-after-hard-session = Plan your massage for { $open } to { $close } hours after your long run or hardest session of the week.
opinion-note = Advice on timing and frequency comes from practitioners' experience, not from trials.

## The result: training load

load-heading = Your training load
load-unknown = Add the distances of the four earlier weeks (with “{ change-answers }”) to see how the last 7 days compare with your usual running.
chart-label = Distance per week
this-week = Last 7 days
# The short label under a bar of the chart: now, −1 … −4.
chart-week = { $weeks ->
    [0] now
    [one] −1
   *[other] −{ $weeks }
}
# The number above a bar of the chart, without its unit.
chart-value = { $distance }
# The text for one bar of the chart ($weeks before the last 7 days; 0 = the last 7 days).
chart-bar = { $weeks ->
    [0] { this-week }
   *[other] { week-label }
}: { distance }
# The last 7 days against the average of the four weeks before.
#   $change - same, more, less, or no-average (the four weeks were all 0)
#   $average - that average
load-summary = { this-week }: { distance }, { $change ->
    [same] about the same as your average of { $average } { unit-short }
   *[more] { $percent }% more than your average of { $average } { unit-short }
    [less] { $percent }% less than your average of { $average } { unit-short }
    [no-average] against an average of { $average } { unit-short }
} over the four weeks before.
# The last 7 days divided by that average.
load-ratio = That is { $ratio } times your average.
# $trend - spike (a jump of more than $percent%), steady, or lower than usual.
load-verdict = { $trend ->
   *[spike] That is a big jump. In a study of new runners, those who increased their weekly distance by more than about { $percent }% had more running injuries, so build up gently over the next weeks. This is a caution, not a prediction: the research on sudden increases in training is not settled.
    [steady] That is in line with your recent weeks.
    [lower] That is lighter than usual: a good time for recovery.
}

## The result: techniques left out

cautions-heading = Techniques we did not suggest, and why
exclusion-acute-injury = { technique-name }: { spot-object } may be freshly injured; hands-on treatment waits until at least { $days } days after it started, and longer if it is swollen.
exclusion-swelling = { technique-name }: { spot-object } is swollen; hands-on treatment waits until the swelling has gone down.
exclusion-race-soon = { technique-name }: your race is { in-days }, and deep work like this stops { $before } days before a race.
exclusion-just-raced = { technique-name }: your race was { days-ago }, and deep work like this starts again at the earliest { $after } days after a race.
exclusion-not-offered = { technique-name }: it would suit you best, but this clinic does not offer it, so the next best option is suggested instead.

## The result: actions

book = Book an appointment
# $number - the clinic's phone number.
call = Call { $number }
# $address - the clinic's e-mail address.
email = Email { $address }
copy-link = Copy link
copied = Link copied. Anyone who has the link can see your answers, including your health answers, so share it with care.
copy-failed = Copying failed. Copy the address from your browser's address bar instead.
print = Print or save as PDF
change-answers = Change my answers
start-over = Start again
# Under the contact buttons when the clinic has no booking page for this technique alone.
ask-for = When you book, ask for: { technique-name }
# Opens an email to the clinic, only when tapped, with a one-line summary and the link to this result.
send-result = Send my result to the clinic
send-result-subject = My result from your recovery { -check }
# The email's first line, before the link to the result ($days: 7, 14 or 28).
send-result-summary = Suggested by the { -check }: { technique-name }, { $days ->
    [7] once a week
    [14] every two weeks
    [28] every four weeks
    [one] every day
   *[other] every { $days } days
}. My answers are in this link:
# The QR code of the link to this result, as screen readers name it.
qr-label = QR code of the link to this result
qr-caption = Show this code at your appointment: scanning it opens this result, with your answers.
disclaimer = This { -check } gives general guidance, not a diagnosis. Your therapist will confirm what suits you at your appointment.

## The printed sheet: the answers, for the therapist (on paper only)

therapist-heading = For your therapist
therapist-load = Training in the last 7 days
therapist-distance = Distance
therapist-runs = Runs
therapist-weeks-before = Weeks before, oldest first
therapist-hard = Hard sessions
therapist-longest = Longest run
therapist-last-hard = Last hard session
# $hours - how many hours ago it ended.
therapist-hours-ago = { $hours } { hours-short } ago
therapist-race = Next race
therapist-raced = Last race
therapist-pain = Where it hurts
therapist-spot = Spot
therapist-severity = Pain (0–10)
therapist-quality = Feels
therapist-since = How long
therapist-health = Health answers that were { yes }
therapist-health-none = None
# A health answer that was Yes, in a few words.
condition-name = { $condition ->
   *[blood-thinners] Blood thinner or bleeding disorder
    [pregnant] Pregnant, or could be
    [skin] Broken, infected or fragile skin where it hurts or is to be massaged
    [varicose] Varicose veins where it hurts or is to be massaged
    [neuropathy] Reduced feeling in the skin where it hurts
    [cold-sensitive] Bad reactions to cold (such as Raynaud's or cold hives), or poor circulation in the legs
}

## A share link that could not be read

link-error-heading = This link could not be read
link-error-start = Start the { -check } instead
link-error-not-a-link = It does not contain answers to this { -check }.
link-error-too-long = It is far longer than any link from this { -check }.
link-error-bad-encoding = Part of it is garbled, perhaps cut off when it was copied.
# $value - the part of the link that is wrong, as written in it.
link-error-not-a-pair = The part “{ $value }” is not of the form name=value.
# $key - the name of a part of the link.
link-error-duplicate = It gives “{ $key }” twice.
link-error-missing = “{ $key }” is missing, and every link from this { -check } has it.
link-error-too-new = It was made by a newer version of this { -check } (version { $value }). Reload the page to get the newer version.
link-error-bad-version = Its version “{ $value }” is not one this { -check } knows.
link-error-not-a-number = “{ $key }” should be a number, but it is “{ $value }”.
# $limit - the largest value allowed.
link-error-out-of-range = “{ $key }” is { $value }, but it must be between 0 and { $limit }.
# $count - how many numbers there are instead of four.
link-error-history-count = The earlier weeks should be four numbers, but there { $count ->
    [one] is 1
   *[other] are { $count }
}.
link-error-bad-pain = The pain entry “{ $value }” is not of the form spot:severity:quality:days.
link-error-unknown-spot = “{ $value }” is not a spot on the body map.
link-error-unknown-quality = “{ $value }” is not a kind of pain this { -check } knows.
link-error-repeated-spot = It lists the spot “{ $value }” twice.
link-error-unknown-flag = “{ $value }” is not one of the safety questions.
link-error-unknown-condition = “{ $value }” is not one of the health questions.
link-error-repeated-item = It lists “{ $value }” twice in “{ $key }”.

## When the app fails

crash-heading = Something went wrong
crash-text = The { -check } stopped unexpectedly. Your answers are saved on this device: reload the page to carry on.
reload = Reload

## The set-up page: where a clinic makes its clinic.json and sees the check with it. Its
## reader is the clinic's owner or receptionist, not a runner; it is not a safety text.

setup-title = Set up your recovery { -check }
setup-intro = Fill in your clinic's details and see the { -check } change as you type. Everything stays in this browser: nothing is sent anywhere. When you are done, download your file and upload it into the { -check }'s folder on your website.
setup-skip-to-preview = Skip to the preview
setup-open-heading = Start from
setup-opening = Opening the clinic.json in the { -check }'s folder…
setup-editing-folder = You are editing the clinic.json that is in the { -check }'s folder now.
setup-editing-example = You are editing the example, a made-up clinic: replace its details with yours.
# $value - the name of the file the clinic picked.
setup-editing-file = You are editing { $value }, from this device.
setup-open-folder = Open the { -check }'s clinic.json
setup-open-file = Open a file from this device
setup-open-example = Start from the example
# The folder's clinic.json could not be fetched: without a network, not there, or an error.
setup-not-reached = The { -check }'s folder could not be reached, so its clinic.json could not be opened.
setup-not-there = There is no clinic.json in the { -check }'s folder yet.
# $status - the HTTP status the host answered with.
setup-not-loaded = The { -check }'s folder answered with an error (HTTP { $status }), so its clinic.json could not be opened.
# $value - the file's name; $line, $column - where the file stops being valid JSON.
setup-not-json = { $value } could not be opened: it is not valid JSON (the error is on line { $line }, column { $column }).
setup-not-an-object = { $value } could not be opened: it is not a clinic.json.
# The lead-in to what the form could not take from the file opened.
setup-file-notes = In the file you opened:
# $key - a key of clinic.json, as written in the file.
setup-wrong-type = “{ $key }” holds the wrong kind of value, so the form shows the { -check }'s default instead. { setup-expected }
# $value - a value of that key, as written in the file.
setup-left-out = “{ $key }” has { $value }, which the { -check } does not know: it is left out.
setup-nothing-known = “{ $key }” names nothing the { -check } knows, so all are offered.
setup-unknown-key = “{ $key }” is not something the { -check } knows: it is left out of your file.
# $count - the file's format version.
setup-newer-format = The file was made for a newer version of the { -check } (format { $count }). Anything this version does not know is left out.
# What a field must hold, beside it when it does not. $count - the longest text allowed.
setup-expected = { $expected ->
   *[text] Keep it to { $count } characters or fewer.
    [web-address] Write a full web address that starts with https://, like https://clinic.example/book.
    [phone] Write the number with digits, spaces and + ( ) - . / only.
    [email] Write an e-mail address like info@clinic.example, without spaces.
    [colour] Write # and six digits or letters from a to f, like #0b5d56, or pick a colour.
    [image-path] Write the name of the image file in the { -check }'s folder, like logo.svg or images/logo.png: not a web address.
    [techniques] It should list techniques the { -check } knows.
    [emergency-number] Write 2 to 6 digits only, like 112 or 999.
    [units] It should be km or mi.
    [languages] It should list languages the { -check } speaks.
    [text-per-language] It should be a text, or one text per language.
    [format] It should be a whole number, like 2.
    [web-address-per-technique] It should give one web address per technique.
    [yes-or-no] It should be true or false.
    [origins] Write one site address per line, like https://www.clinic.example, with nothing after the name.
}
setup-name-missing = Please give your clinic's name.
setup-no-language = Choose at least one language.
setup-no-technique = Choose at least one technique.
setup-form-heading = Your clinic's details
setup-languages-legend = Languages
setup-languages-hint = The { -check } opens in a visitor's own language if you offer it, and in your default language otherwise.
setup-default-language = Default language
# $language - a language's name, in that language: Deutsch, Français…
setup-name-label = Clinic name ({ $language })
setup-name-hint = Shown at the top of every screen.
setup-intro-label = Welcome line ({ $language })
setup-intro-hint = Optional: a sentence or two under the heading of the first screen.
setup-look-heading = Colour and logo
setup-accent-label = Your colour
setup-accent-hint = For buttons, links and highlights: # and six digits or letters from a to f, like #0b5d56.
setup-accent-picker = Pick your colour
# $ratio - a contrast ratio, like 7.2 (to 1).
setup-contrast-button = Text on your colour: contrast { $ratio } to 1
setup-contrast-light = Links on a light screen: contrast { $ratio } to 1
setup-contrast-dark = Links on a dark screen: contrast { $ratio } to 1
setup-contrast-note = Every text keeps a contrast of at least 4.5 to 1 (WCAG AA): where your colour is too light or too dark for text, the { -check } uses a darker or lighter shade of it, as shown here.
setup-sample-link = A link in your colour
setup-logo-label = Logo file
setup-logo-hint = Optional: the name of your logo image in the { -check }'s folder, like logo.svg. SVG, PNG, WebP or JPEG; it is shown 40 pixels high.
setup-logo-pick = Choose your logo
# $value - the logo's file name.
setup-logo-upload = Upload this image into the { -check }'s folder, beside clinic.json, named exactly { $value }.
setup-logo-preview = Your logo
setup-techniques-legend = Techniques you offer
setup-techniques-hint = The { -check } only ever suggests these. If another technique would suit a runner best, it suggests the best of yours and says so.
setup-booking-heading = Booking and contact
setup-booking-url-label = Online booking page
setup-booking-url-hint = Optional: the result's “{ book }” button opens it.
setup-booking-for-label = Booking page for { technique-name }
setup-booking-for-hint = Optional: only if this technique has a booking page of its own. Otherwise the page above is used.
setup-booking-utm-label = Mark bookings that come from the { -check }
setup-booking-utm-hint = Adds utm_ fields (such as utm_source) to your booking links, so that your booking system's reports can show which bookings came from the { -check }.
setup-phone-label = Phone number
setup-phone-hint = Optional: shown on the result as a “Call” button.
setup-email-label = E-mail address
setup-email-hint = Optional: shown on the result as an e-mail button.
setup-address-label = Address
setup-address-hint = Optional: your street address on one line, shown on the result.
setup-safety-heading = Emergencies and distances
setup-emergency-label = Emergency number
setup-emergency-hint = The number the { -check } tells runners to call in an emergency: 112 across Europe, 999 in the UK, 911 in North America. Left empty, it is 112.
setup-units-legend = Distances start in
setup-site-heading = Your website
setup-origins-label = Your website's addresses
setup-origins-hint = Optional: one per line, like https://www.clinic.example. These are the sites that show the { -check } in their pages; they go into the frame-ancestors line below.
setup-download-heading = Your clinic.json
setup-download-hint = Upload it into the { -check }'s folder on your website, in place of the clinic.json there, with your logo beside it. The { -check } uses it from the next visit on: nothing else needs changing.
setup-download = Download clinic.json
# $count - how many fields need a look (at least 1).
setup-download-blocked = { $count ->
    [one] One field needs a look before you can download your file:
   *[other] { $count } fields need a look before you can download your file:
}
setup-downloaded = clinic.json is in your downloads.
setup-show-file = See the file
setup-snippets-heading = Put the { -check } on your website
setup-quiz-address-label = The { -check }'s address
setup-quiz-address-hint = Where the { -check }'s folder is on the web; the snippets below use it.
setup-quiz-address-problem = Write the folder's full address, like https://clinic.example/recovery-check/.
# The heading of each snippet.
setup-snippet = { $snippet ->
   *[own-site] Your own website
    [site-builder] Wix or Squarespace
    [wordpress] WordPress
    [frame-ancestors] Your web host: which sites may show the { -check }
}
setup-snippet-hint = { $snippet ->
   *[own-site] Paste it where the { -check } should appear: the frame grows with the { -check }.
    [site-builder] Wix: Embed Code, then Embed HTML, then Code. Squarespace: a Code block. Their frames cannot grow, so this one has a fixed height, with a link that opens the { -check } on a page of its own.
    [wordpress] Paste it into the block editor: it becomes a Custom HTML block. If WordPress removes the script line when you save, use the Wix or Squarespace snippet instead.
    [frame-ancestors] A header for your web host to send with every file of the { -check }'s folder (its help pages say where to set it). Then only your own sites, and the { -check } itself, can show it in a frame. With Wix, also add the Wix address that holds your code.
}
setup-copy = { $snippet ->
   *[own-site] Copy the snippet for your own website
    [site-builder] Copy the snippet for Wix or Squarespace
    [wordpress] Copy the snippet for WordPress
    [frame-ancestors] Copy the line for your web host
}
setup-copied = Copied.
setup-copy-failed = Copying failed: select the text and copy it yourself.
# The link under a frame of fixed height, on the clinic's website, in its default language.
setup-full-page-link = Open the { -check } on a page of its own
setup-preview-heading = Preview
setup-preview-hint = Your { -check } as runners will see it, with the details above. Try it out: it changes as you type.
setup-preview-frame = Preview of your { -check }
setup-preview-size = Screen
setup-preview-phone = Phone
setup-preview-computer = Computer
setup-outcomes-legend = Jump to a screen
setup-outcome-start = First screen
setup-outcome-technique = Result: { technique-name }
setup-outcome-clinician = Result: see a doctor first
setup-outcome-emergency = Result: emergency
setup-footer = This page works on your device alone: nothing you type is sent anywhere, and after your first visit it works offline too.
