"""Emergencies and serious-illness signs told by what happened and what followed (stop 18;
NHS 999 and A&E lists, NICE NG232 head injury, NICE CKS low back pain): medicine taken again
or past counting with drowsiness or the count lost, a blow to the head with vomiting or
blurred sight, a machine that caught someone or a vehicle gone over, black tarry poo on a
blood thinner, a pregnancy's tummy pain that will not let up; a new back pain under 20, pain
the same in every position through the night, weight gone with eating little, a fall
backwards. The calm side: a normal dose, a near miss, a bump with nothing after, weight
lost on purpose or with its own cause, an age for someone without back pain, a patient a
clinician saw at work. Wordings are
the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

CALL_NOW = [
    # medicine taken again or past counting, and what followed
    "had my gabapentin, forgot, had another lot and I'm nodding off at the table",
    "my nan took her morning tablets twice over and is very drowsy",
    "had some naproxen then some more, lost track, maybe a dozen",
    "my flatmate swallowed a load of tablets and won't say what",
    # a blow to the head, and what followed
    "walked into a scaffold pole, hit my head on it, thrown up since",
    "my son had a head clash at rugby and his vision is blurred now",
    "cracked her head on the kitchen tiles and now she's being sick",
    # a machine that took hold of someone, a vehicle gone over: someone present is now
    "my brother's sleeve got pulled into the auger",
    "the quad bike flipped over on the hill and my uncle is under it",
    # bleeding inside, on a thinner; a pregnancy's pain that will not let up
    "on xarelto and my poo is black and sticky like tar",
    "32 weeks pregnant and my tummy pain won't ease, it's been going since lunch",
]

SERIOUS = [
    "I'm 18 and this is my first ever back pain, came on last week",
    "pain in my lower back the same whatever position, it keeps me up every night",
    "barely eating and the weight is falling off me, and my spine aches",
    "tripped on the rug and went over backwards onto the hearth, sore back since",
    # a child named as a parent names one; the waist as the low back; rest read for lying
    "my lad is 14 and his back has been hurting for a month, he doesn't do sport",
    "my daughter is 13 and has waist pain for three weeks now",
    "the ache in my back doesn't matter if I lie flat or sit, it's there day and night",
]

CALM = [
    "took my naproxen twice by accident yesterday, just the normal dose each time, all fine",
    "nearly got my glove caught in the mixer at work, pulled it back in time",
    "banged my head on the car boot lid, a small bump, no sickness, seeing fine",
    "lost half a stone on purpose with the running club, back feels lighter",
    "lost a bit of weight with a sickness bug, not eating much for a few days",
    "my son is 19 and wants tips for lifting at the gym, his back is fine",
    "I'm 19 and have had a disc problem since I was 16, the physio knows it well",
    "lumbar roll in the van seat, does it help on long drives?",
    "every position hurts when I'm in bed, how should I lie?",
    "watched a farm safety video about a tractor that rolled, makes me careful",
    "paramedic, saw a patient with a bad head injury last night, my own back is stiff",
]


@pytest.mark.parametrize("message", CALL_NOW)
def test_what_happened_and_what_followed_is_an_emergency(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", SERIOUS)
def test_serious_signs_in_everyday_terms(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", CALM)
def test_their_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


def test_a_dose_taken_by_accident_is_no_accident_that_hurt(ask):
    """'by accident' says how a dose was taken: no trauma, and without drowsiness or a lost
    count no emergency either."""
    a = ask("took my evening tablets by accident in the morning, feel fine")
    assert a.kind != "urgent", a.id
    assert not any(f.flag.id == "serious-illness-signs" and "trauma" in f.concepts
                   for f in a.findings)


def test_a_clinicians_patient_is_a_case_not_the_writers_own_emergency(ask):
    """A patient seen at work is a case of the job; the writer's own sign after it still
    warns."""
    assert ask("HCA here, looked after a patient with a seizure on nights, back sore now"
               ).kind != "urgent"
    a = ask("I had a patient with chest pain earlier and now my own chest is crushing")
    assert a.kind == "urgent" and a.level == "emergency", (a.kind, a.id)


def test_the_emergency_wins_over_the_serious_sign(ask):
    """A blow to the head with vomiting once read as a back injury's serious sign; the
    general emergency comes first."""
    a = ask("hit my head on the garage door, been sick twice since")
    assert a.kind == "urgent" and a.level == "emergency", (a.kind, a.id)
