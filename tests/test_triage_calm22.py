"""Near misses of the back's signs said in other ways (stop 22, task C).

Dialect negation: Scots "nae" is "no" ("nae fever"). Someone else's: a child called "wee"
(small), a PA or support worker, and "her" done to ("carrying her about, back's sore": the
back is the writer's, and so the child's fever is the child's); a back "done in" is a back.
Explained: a cold sweat put down to nerves or a performance; a knee that went as it twisted;
a faulty artificial limb. Figurative: wetting or soiling oneself at a fright, a Cancer said
as a star sign's temper. Asked: a question put as it was asked ("asked me had I ..."), what a
sign is compared with "just" another thing, whether a sign is "always bad". Negated: "not a
dribble of" a leak, a bladder "rock solid". Each has its unhappy path: the same shapes told
of the writer, or of the one with the back problem, now, still warn. "I'd" before a short past
form ("I'd peed the bed") is "I had". Wordings are the author's own, never copied from a
set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CALM = [
    # dialect negation
    "nae tingling, nae bother wi ma bladder, nae temperature, just the sair hip",
    # someone else's: a small child, a paid assistant, one done to
    "the wee man's been wetting the bed since his sister arrived, and bending to strip it "
    "is killing my back",
    "my support worker has a high temperature today so I've no help with my stretches",
    "my toddler's burning up with a temperature, I've been rocking her all night, lower back "
    "is stiff",
    "my father in law has Parkinson's and his foot drags, lifting him in and out the car is "
    "doing me back in",
    # explained
    "broke out in a cold sweat before my first gig in years, just nerves, back held up fine",
    "my knee buckled when I twisted it at five a side, physio says ligament, sciatica is calm",
    "my prosthetic leg keeps giving way, the knee unit is faulty and the prosthetist has it "
    "booked in. back's alright",
    # figurative
    "nearly shat myself when the door slammed behind me, back's still just stiff",
    "I'm a Cancer so of course I'm being dramatic about a twinge, how long does sciatica last?",
    # asked
    "the GP asked me did I have any numbness down below, I said no, is that standard?",
    "what's the difference between a dropped foot and just a tired ankle?",
    "is a swelling on your spine always bad?",
    # negated and normal
    "not a dribble of leakage in months, my waterworks are rock solid, it's the calf pain",
    # a fall that nearly happened
    "nearly went flying on the ice, grabbed the fence in time, back's the same",
    # someone else's, while the writer asks about their own programme, or what a thing is for
    "my grandma's had a catheter since her op and can't pass water herself, is it ok to do "
    "my stretches while I'm caring for her?",
    "what nappies are best for my dad? he's been incontinent for years since his stroke. I'm "
    "his carer and my sciatica is playing up",
    # long known and unchanged, with a new ache placed on the back
    "I've had a dropped foot since a fall in 2015, in a splint, reviewed every year by the "
    "neuro and no different. Now I've got a new twinge in my lower back from gardening.",
    "My legs are always numb, paraplegic from a T10 injury in 2001. The question is about my "
    "shoulders from wheeling",
]


@pytest.mark.parametrize("message", CALM)
def test_someone_elses_explained_figurative_asked_or_denied_stays_calm(ask, message):
    assert_calm(ask(message), message)


CAUDA = [
    # dialect, the writer's own, now
    "nae feeling roon ma bum since yesterday and cannae pee, back went on Saturday",
    # a carer telling of the one with the back
    "my wife's sciatica flared on Friday, I've been lifting her up, now she can't feel when "
    "she needs a wee",
    # "I'd" before a short past form: had
    "got up and found I'd peed in bed, first time ever, back's been bad since Tuesday",
    # a fright, but not felt
    "shat myself when I stood up and didn't feel it happen, back's agony since Monday",
    # long known, but new now; pads for oneself
    "my legs are always numb but since yesterday I can't feel my bum either and can't pee",
    "which pads are best for me? I've started leaking since my back went on Friday",
]


@pytest.mark.parametrize("message", CAUDA)
def test_the_same_shapes_told_as_the_writers_now_still_warn(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "my good leg keeps giving way since my back went on Monday, I'm an amputee on the other "
    "side",
    "keep nearly going flying, my foot catches on nothing, getting worse since my back went",
])
def test_weakness_beside_a_limb_or_a_near_trip_that_keeps_coming_still_warns(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    "cold sweats and shivering in bed every night this week, back pain worse at night",
    "I had cancer in my breast in 2019, I'm being dramatic maybe but is this back pain linked?",
])
def test_sweats_at_night_and_a_cancer_had_still_warn(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    # over, explained by what it is, or a saying
    "had a temperature with a cold last week, all recovered now. sciatica the same",
    "physio found a knotted muscle in my lower back and rubbed it out, feels better",
    "all the new GP's questions threw me a bit, nothing else wrong, sciatica is why I'm here",
    "my eyes are leaking, the pain makes me cry when I get up but the leg is improving",
    "my sex drive has vanished since the baby, everything down there works and feels normal",
    # a workout's ache, a leg getting stronger
    "thighs and calves in bits after leg day, proper DOMS. the sciatica is only the left side",
    "using a walking stick this week while it settles, the leg is getting stronger not weaker",
])
def test_over_explained_or_said_for_effect_stays_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "both legs went weak and numb after leg day and it's still the same three days later, "
    "can't feel my bum",
])
def test_a_workout_ache_that_goes_numb_and_stays_still_warns(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


def test_a_leg_getting_weaker_beside_a_stick_still_warns(ask):
    message = "needed a stick since Monday and the leg is getting weaker every day"
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    # a fear once had, the writer's own question, a hot night, a seat's pressure
    "I freaked out about saddle numbness when it started but I can feel everything fine",
    "my dad's foot drags with his Parkinson's, the team see him. I'm asking about my own "
    "sciatica, can I swim?",
    "woke up drenched because the fan broke and it's so hot, no temperature. back's the same",
    "sat on the stone steps at the festival for hours and my bum went numb, came back once I "
    "got up and walked",
])
def test_a_fear_another_person_heat_or_a_hard_seat_stays_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "sat on the loo and my bum went numb, it came back when I got up but it's happened every "
    "day since my back went",
    "my dad's foot drags, I'm asking about my own sciatica but since Monday I can't feel when "
    "I need a wee",
])
def test_a_seat_numbness_that_keeps_coming_or_the_writers_own_sign_still_warns(ask, message):
    assert_caught(ask(message), message, "cauda-equina")
