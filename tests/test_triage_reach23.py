"""Cauda equina, weakness, serious signs and general emergencies told the ways these writers
tell them (stop 23, reach).

The US South and African American English: "ain't" before a participle is "haven't" ("ain't
passed water since last night", "I ain't been trying") and before a doing word "isn't"
("inhaler ain't helping"), making water is peeing, "throwed" is thrown, a knot on the spine
is a lump, "smothering" and "can't get no air" are breathlessness, hot grease burns. A being
named in a likeness ("sick as a dog", "weak as a kitten in my right leg") is no one whose
sign it is, and "weak as a kitten" alone is weak all over. East and West Africa: a vehicle
that "knocked me" or "jammed me" hit the writer. Gamers: a leg "nerfed" is weakened. Parents'
forums and chat: "my bf", "my gf", "DH"; a child named by age ("my 16-year-old has
sciatica") is the one whose back it is. A short report after a question ("... if you can't
feel it?? because I think I have twice today") makes the sign the writer's, now; "Feel
dizzy." with its "I" left out is the writer's; one arm that will not lift with dizziness is
a stroke's sign; a crotch asleep for hours and a moment that "felt like nothing" are
numbness; "never ... before but it happened" is a first time, not a denial; weights in
stones and a half; "the same as always" beside weight lost is the eating; a fever "gone since
Sunday" is over (no likeness's kitten to hide it now); a benefit's name
("carers allowance") names no carer, and "filling in" a form is no dental filling. Wordings
are the author's own, never copied from a set (the probe set is
tests/data/triage_probes_reach23.tsv, written before the rules).
"""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

CAUDA = [
    # "ain't" before a participle, and making water
    "ain't passed no water since dinner time and my back's real bad",
    "my daddy ain't made water all morning, his back went out Sunday",
    # a partner in chat, a child named by age
    "my dh says he can't feel the seat when he sits on the loo since his back went",
    "our 14 year old has sciatica and this morning she couldn't feel when she needed to wee",
    # a short report after a question
    "is it possible to poo yourself without knowing with a disc? I think I did last night",
    # a part asleep for hours, the moment felt as nothing
    "my privates have been asleep since lunch and I haven't been sitting, back is bad",
    "finishing last night felt like nothing, back went last week",
    # a first time, not a denial
    "I've never wet the bed before but I did on Sunday and Monday since my back went",
    # a benefit's name names no carer
    "doing my husband's carers allowance form with him, he says he's numb round his back "
    "passage since the weekend, he's got sciatica",
]

WEAKNESS = [
    "my foot got nerfed on Friday, toes won't come up, and it's nerfed again today",
    "weak as a kitten in my left foot and it's weaker each morning",
    "my 17-year-old has a slipped disc and now his foot is dragging, worse than yesterday",
    "I can't lift my heel off the floor on the right any more since my sciatica flared",
]

SERIOUS = [
    "I ain't been dieting but I'm down 18 pounds since summer and my back aches all night",
    "there's a knot on my spine size of a walnut, my back's sore round it",
    "sick as a dog with chills and sweats, back and leg killing me",
    "got throwed off a bull Saturday and my back ain't been right since",
    "a boda boda knocked me on Tuesday, now my lower back is sore all the time",
    "lost a stone and a half this autumn and I'm eating the same as always, back's bad",
]

EMERGENCY = [
    "my uncle fell down the stairs, hit his head and isn't acting right",
    "I'm smothering, can't get no air, my puffer ain't helping at all",
    "hot grease from the fryer all down my arm, skin's white and leathery, big patch",
    "washing my hair and my right arm won't lift, it just drops. Feel dizzy",
]

CALM = [
    "I ain't been doing my stretches, is that why the back is stiff?",
    "sick as a dog with this cold, ok to skip the exercises today?",
    "weak as a kitten after the flu, back's the usual, when can I start the routine?",
    "got a knot in my back from the desk chair, any good stretch?",
    "pleased to say I'm a stone and a half lighter after the diet, back still sore",
    "filling in the PIP form, it asks if I can walk on my heels, what should I say?",
    "my gf laughs at my back stretches lol",
    "my 15 year old keeps nagging me to do my exercises, back's getting better",
    "I've never had sciatica before but it started after digging the garden",
    "got engine grease all over my arm fixing the car, back sore from leaning in",
    "arm feels heavy after the gym and I'm a bit dizzy when I stand up fast",
    "the horse threw me a look when I couldn't lift the saddle, back's sore lol",
    "had a filling this morning and my lip is still numb, back's fine",
    # idioms and ordinary causes beside the new words
    "getting out of the car the pain knocked me sideways",
    "the long drive in the van knocked me for six, back is stiff",
    "feeling dizzy from the new tablets and my arm is sore from the jab, won't lift it much",
    "grease on the kitchen floor, slipped and my whole leg aches",
    "stuck in a traffic jam, me and my bad back in the car for 3 hours",
    # a fever gone since a day is over
    "had the flu, temperature gone since Tuesday, back just stiff from bed",
]


@pytest.mark.parametrize("message", CAUDA)
def test_cauda_equina_told_these_ways_is_caught(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", WEAKNESS)
def test_worsening_weakness_told_these_ways_is_caught(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", SERIOUS)
def test_serious_signs_told_these_ways_are_caught(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", EMERGENCY)
def test_general_emergencies_told_these_ways_get_the_emergency_reply(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


def test_a_denial_asked_after_a_question_stays_a_denial(ask):
    """A short answer that denies the sign is no report of it."""
    message = "can a slipped disc make you wet yourself? I don't think I have"
    assert_calm(ask(message), message)


def test_a_grown_up_named_by_age_is_no_child_and_i_am_the_writer(ask):
    """"I'm a 45 year old" is the writer: the age names someone only after an owner word."""
    message = "I'm a 45 year old with sciatica and since yesterday my foot drags and slaps"
    assert_caught(ask(message), message, "progressive-weakness")


def test_a_fever_gone_since_a_day_that_came_back_still_warns(ask):
    """Over only while nothing says it is back."""
    message = "fever gone since Sunday but it came back tonight, shivering, back is agony"
    assert_caught(ask(message), message, "serious-illness-signs")
