"""Issue 8, stop 52 (scope52): false alarms and off-topic answers of the question sets of
stop 52 (dentists, surgeons and vets; lifters; musicians; refuse and postal workers;
tailors), each read by what its word is said of: a body's fitness, a worn thing that leaks.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import (
    assert_calm,
    assert_declined,
    assert_each_emergency,
    assert_each_warns,
    assert_offered,
)

FITNESS = (
    "booked onto a fitness bootcamp next month, is that daft with my sciatica?",
    "I'm a fitness instructor and my lower back is killing me after classes",
    "I have joined a fitness centre near my office, can I do the treadmill with this leg pain?",
    "abeg I dey do a fitness challenge for church, my waist dey pain me",
    "wearing a fitness tracker, it says Im barely moving since the back went",
    "had a fitness test at work today and my back ached after it",
)


@pytest.mark.parametrize("message", FITNESS)
def test_a_fitness_class_or_test_is_no_fit_had(rules_alone, message):
    """"Fitness" stems to "fit", so "a fitness class" read as "a fit", a seizure (spelled
    `physique` in triage's spellings): a body's fitness, its class, tracker or test, is no
    fit. A fit had, even at a fitness class, still warns."""
    assert_calm(rules_alone(message), message)


def test_a_fit_had_still_warns_beside_fitness(rules_alone):
    """The sign beside the calm: a fit had, at the gym or at a fitness class."""
    assert_each_emergency(rules_alone, (
        "she has had a fit at her fitness class and is still shaking",
        "my son had a fit last night and my back has been sore since carrying him"))


WORN_LEAKS = (
    "me wellies have started leaking, any good brand for the farm?",
    "what trainers won't leak when I'm out on my round in the rain",
    "my work boots leak and my feet are soaked by lunchtime, back's sore too",
    "I want a raincoat that doesn't leak, walking helps my sciatica",
    "need waders that dont leak for fishing",
    "what's a good flask which never leaks, I'm on the road all day with this back",
)


@pytest.mark.parametrize("message", WORN_LEAKS)
def test_a_worn_thing_that_leaks_is_no_bladder(rules_alone, message):
    """Boots, wellies or a raincoat that leak (their subject), and a leak said as the quality
    sought in a thing ("boots that won't leak"), are the thing's: no incontinence. A leak of
    one's own, with wee, pads, a bladder or not felt, still warns."""
    assert_calm(rules_alone(message), message)


def test_a_leak_of_ones_own_still_warns(rules_alone):
    """The signs beside the calm: a leak of wee not felt, pads sought for one's own leaking,
    boots wet by one's own leak."""
    assert_each_warns(rules_alone, (
        "since yesterday I leak wee without knowing and my back is agony",
        "I need pads that don't leak, I've lost control of my bladder since "
        "the back went",
        "my boots are soaked because I leaked, didn't even feel it, back is bad"), "cauda-equina")


@pytest.mark.parametrize("message", [
    "how much disc space does windows need on a pc",
    "my computer says the disk is almost full, how do I clear it",
    "laptop running slow, think the disc is nearly full, what do I delete first",
])
def test_a_computers_disk_is_no_spinal_disc(ask, message):
    """A disk beside a laptop, a computer or the space left on it is a computer's (the
    `machines and games` sense): declined. A slipped disc beside a day at a computer stays
    ours (below)."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), [
    ("slipped disc and I sit at a computer all day, any tips?", "sitting-and-work"),
    ("disc bulge at L5, I'm at a computer 10 hours a day", "slipped-disc"),
])
def test_a_slipped_disc_beside_a_computer_stays_ours(ask, message, entry):
    """A disc of the spine told beside work at a computer is still ours."""
    assert_offered(ask(message), entry)
