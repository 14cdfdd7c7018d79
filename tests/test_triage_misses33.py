"""Stop 33's missed kinds (issue 7, misses33), fixed by kind and guarded with their near
misses. Largest first: a crisis said in everyday words (going on refused as a preference, a
means handled and put back, a place gone to and not acted at, a note left beside the pain
"winning", medicine kept back that a partner found, not planning to stay alive, hitting
oneself to choose where the pain is, self-harm taken up again); then pain that stops one's
life or lasts (a small child no longer lifted, off work with a pain that never lets up,
worse after every walk done for it, a duration beside an old operation); then a concept's
reach (a leg less strong by the day, a leg that sags away under one, a foot that cannot be
held up, a bladder felt full with nothing coming, weight that keeps dropping off, a limb
crooked after a fall) and context rules that discounted a sign (a leaflet's test followed by
what one's own foot did, a known bowel condition said to be unlike itself, "nothing broken"
beside pain since, "wait and see" after a scan, the one lifted taken as whose the legs are,
a relative who told of what they cannot do since yesterday)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize("message", [
    "If my back stays this bad for the rest of it, I'd rather not carry on. I keep thinking it.",
    "if this is what my life is now, with the hip and the nerve pain, I'd rather not have one",
    "Last Sunday I held the rope in the shed for a while and then put it back. Pain's a 6.",
    "I went to the bridge after work and sat there for an hour. I didn't do anything but I "
    "wanted to.",
    "I'm not gonna lie, I stood on the motorway bridge on Friday. The sciatica never stops.",
    "The pain has won. I've written letters to my sons.",
    "My partner found the pills I'd been saving up. I don't know what I was going to do.",
    "Quick one: can I take naproxen with codeine? Honestly I'm not planning to stay alive "
    "much longer.",
    "I hit my own thigh so hard the pain is somewhere I chose, covered in bruises",
    "I've started hurting myself again like I did when I was 16. The leg pain is constant.",
])
def test_a_crisis_said_in_everyday_words_is_read(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "distress")


@pytest.mark.parametrize("message", [
    # a preference about a treatment, not about going on
    "I'd rather not carry on with the tablets if they make me this drowsy",
    "would you like a brace? I'd rather not have one, they make me sweat",
    # a bridge crossed, a rope put back in a gym, a confession about a walk
    "Every time I walk over the bridge now my back twinges, is that the cold?",
    "to be honest I stood on the bridge yesterday and watched the boats. Back is sore",
    "at the climbing wall I held the rope and then put it back on the hook",
    # letters and pills in ordinary life
    "I've written letters to the council about the potholes, my back hates them",
    "my husband found the tablets I'd lost down the back of the sofa",
    # a cut on the hand, hurt again at the gym
    "I hurt myself again at the gym, pulled something in my back",
    "I cut my hand chopping onions and my back aches from standing",
])
def test_the_crisis_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I can't pick my baby up anymore. Since the sciatica began my mum does the nappies.",
    "Off work since the start of last month, I'm a roofer. The pain down my leg hasn't let up.",
    "Did the walking you suggested, it's worse after every walk and the leg throbs all "
    "evening. Week five.",
    "sciatica 2 months, no change, hip op last year. do I need to see someone?",
    "Three months of leg pain, had the MRI, a disc bulge, they said wait and see. No better.",
    "Nurse by trade, haven't been able to work for 3 weeks because of my leg. Bills piling up.",
])
def test_pain_that_stops_life_or_lasts_is_read(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    # a baby lifted with a sore back, no loss
    "How should I pick my baby up with a sore back? It started yesterday.",
    # a short sciatica beside an old operation, a long history
    "sciatica 2 weeks, no change, hip op last year. do I need to see someone?",
    # a specialist's watch is care in hand
    "Three months of leg pain. The spinal surgeon said wait and see, review in June.",
    # bills piling up are no crash
    "Bills piling up and my back aches from the stress of it, any tips?",
    # asked what the bot would suggest
    "Which walks would you suggest for a back that gets stiff?",
])
def test_the_lasting_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), [
    ("Each day my right leg is a bit less strong. Scared I'll end up in a wheelchair.",
     "progressive-weakness"),
    ("My leg keeps sagging away under me when I get up, four times today.",
     "progressive-weakness"),
    ("my ankle keeps giving under me and I can't hold my foot up, worse each day",
     "progressive-weakness"),
    ("did the heel walk like the leaflet says and my right foot just slaps down, worse than "
     "Monday", "progressive-weakness"),
    ("not had a wee since 8am and it's evening, I feel full but nothing comes out. back's bad",
     "cauda-equina"),
    ("Crohn's so I know urgency. but today it just came out, no warning, didn't feel it. back "
     "bad since Sunday", "cauda-equina"),
    ("Hurt my back lifting my granddaughter and now both legs are numb down the backs.",
     "cauda-equina"),
    ("My husband (61) has had ondt i ryggen two weeks. Today he wet himself and didn't notice.",
     "cauda-equina"),
    ("My mum has sciatica. She told me that since yesterday she cant hold her wee at all.",
     "cauda-equina"),
    ("Weight keeps dropping off, 6 kilos in 2 months and I'm not trying. Back ache too.",
     "serious-illness-signs"),
    ("lost 7kg in 10 weeks without trying, my IBS is no worse. back ache as well",
     "serious-illness-signs"),
    ("Came off my bike on Saturday, nothing broken, but since then the low back and the leg "
     "burn.", "serious-illness-signs"),
    ("my back is worst at 2am, walk about it doesnt help, lie down it doesnt help, losing weight",
     "serious-illness-signs"),
    ("Fell down the stairs just now, my arm looks crooked at the elbow and I can't get up.",
     "general-emergency"),
    ("cramping tummy pain, can't stand up straight, nothing like my usual IBS, and I keep "
     "vomiting",
     "general-emergency"),
])
def test_a_sign_now_reaches_and_is_not_discounted(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # strength said to be fine; a belly full after a meal
    "my legs feel strong again after the physio, is that normal?",
    "Big roast dinner, I feel full and sleepy, nothing else wrong, back a bit stiff",
    # a known bowel condition that flares as it always does
    "My IBS flares like usual, I lost control of my bowels once, same as every year",
    # the one lifted whose legs it is, said with "his"
    "My back went lifting my son, his legs are fine, just my back",
    # nothing broken and nothing since
    "Fell off my bike last week, nothing broken, just a bruised knee.",
    # a crooked picture; dozing off
    "I keep dropping off in the afternoons, my weight is the same",
    # the leaflet's test, read about only
    "the leaflet says foot drop and numbness are red flags, what else should I watch for?",
])
def test_the_reach_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
