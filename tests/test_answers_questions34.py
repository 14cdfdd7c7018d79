"""Stop 34 (questions34, issue 8): questions in the words of people's own lives (the places,
objects and work of their day), fixed by cause.

Where and when the writer is: an unknown word in a place or a time the writer is at
("before my shift at the garage", "on the bus seat every morning", "by the end of mass")
is their whereabouts, not what is asked. A time beside anything of ours (a cue's entry
too); a place only beside the writer's own body or complaint, never "a physio in Leeds",
"ice in my drink" or "sit in the sauna". An animal in an activity the writer does with it
("walking the dog") owns no condition after it, and a verb made of an animal's name
("lambing", "calving") is work, no pet. Equipment is kit a routine needs or does without.
Second part: a likeness to the writer's own life ("like rows on a scarf") is read as a
time is; "like" after one who likes is a verb. Growing pains, diabetic nerve pain and a
chesty cough are other conditions; an island whose ferry is off is care out of reach;
"knock it on the head" is stopping, no head. Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    # a time the writer is at, beside a cue of ours
    ("can you give me a quick routine for before my shift at the abattoir", "routine"),
    ("how do i stop it coming back before shearing season", "after-recovery"),
    # a place the writer is at, beside their own leg or back
    ("is an hour on the minibus every sunday something i should avoid? my leg is fizzing by "
     "the end", "what-to-avoid"),
    # an animal walked, no owner of the condition
    ("can i keep walking my dog with this leg pain or should i rest", "stay-active"),
    # kit done without
    ("a short daily plan please, i have no equipment at all", "routine"),
]

# Near misses: the same shapes where the place or time is what is asked about, or a place
# beside nothing of the writer's body.
DECLINED = [
    "can you recommend a chiropractor in Swansea",
    "how long can i stay in the jacuzzi safely",
    "should i put ice in my gin",
    "my dog has sciatica, can i still walk him",
    "any beginner pilates studios in Bristol",
    "how long does ice keep in a cooler bag",
    "give me a daily plan, I'm learning Portuguese",
    "stretch marks after having twins, any oil that works",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_writers_whereabouts_leave_the_question_ours(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_a_place_asked_about_or_an_animals_condition_is_declined(ask, message):
    assert_declined(ask(message), message)


def test_a_verb_made_of_an_animals_name_is_no_pet(kb):
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    assert not scope.pets("back to work after lambing season")
    assert scope.pets("can i bring the lamb into the kitchen")


# Second part: a likeness to the writer's own life, other conditions named, cut off by
# water, an idiom of stopping.
LIKENED = [
    ("do i do them like laps in a pool, how many reps is right", "reps-and-sets"),
    ("feel like a burden to my husband since this started, any advice", "coping"),
]
LIKE_DECLINED = [
    "i like crochet, which hook size for chunky wool",
    "what does a scarf look like when it's knitted in rib",
]
OTHER_CONDITIONS = [
    "my daughter has growing pains in her knees at night, what helps",
    "diabetic neuropathy in my toes, any cream for it",
    "how do i get rid of a tickly cough at night",
]
CUT_OFF = [
    ("i live on an island with no ferry on sundays, what if my sciatica gets really bad",
     "cant-get-to-hospital"),
    ("can i keep going to the gym or should i knock it on the head for now", "other-exercise"),
]


@pytest.mark.parametrize(("message", "entry"), [*LIKENED, *CUT_OFF])
def test_a_likeness_or_an_idiom_leaves_the_question_ours(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", [*LIKE_DECLINED, *OTHER_CONDITIONS])
def test_one_who_likes_and_other_conditions_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_knocking_it_on_the_head_is_no_knock_to_the_head(ask):
    """The idiom of stopping is no head injury: no warning, the sport's entry."""
    a = ask("can i still play squash or should i knock it on the head")
    assert a.kind != "urgent"
