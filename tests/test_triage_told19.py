"""Distress and persistent pain told by situation rather than by key words (stop 19).

Distress: self-harm told by the act and its reason or means, said of someone close as much
as of oneself; a plan said beside knowing when; a death by chance welcomed ("wouldn't mind
if the plane came down"); flat refusals of living ("can't be bothered living"); being at a
place that is a way to die and having been there a while now. Persistent pain: weeks told
with words of no change that do not say "same" ("no change whatsoever", "nothing helps
the ache"), and each week worse than the one before. Their near misses are jokes, accidents
and courses that improve. Wordings are the author's own, never copied from a set (the probe
set is tests/data/triage_probes_told19.tsv, written before the rules).
"""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine.course import SAME, WORSE, CourseReader

TODAY = date(2026, 11, 25)

DISTRESS = [
    "my brother's been cutting himself, says it's the only thing that takes his mind off his back",
    "caught my daughter burning herself with a lighter in her room",
    "he has a plan and he knows when he's going to do it, what do I do",
    "if the plane came down on the way home I honestly wouldn't mind",
    "my back's wrecked, can't be bothered living any more",
    "parked up on the cliff top, been here a while now",
    "got a tin of my dihydrocodeine saved up, I know what they're for",
    "wrote my parents a letter each, so they have something if I'm not here",
]

PERSISTENT = [
    "seven weeks since the disc went and no change whatsoever in my leg pain",
    "six weeks of physio and pills for my sciatica, nothing helps the ache",
    "my back pain gets worse than the week before every week, it's been five weeks",
]

CALM = [
    "cut himself shaving this morning, my dad, his back is fine though",
    "I burnt myself on the oven tray, the back pain is better this week",
    "if the bus doesn't come soon I'll walk, my back can take it",
    "can't be bothered doing my stretches today lol",
    "sat on the bridge for a while watching the boats, sciatica easing nicely",
    "six weeks on and the leg pain has nearly gone, no change needed to the exercises",
    "if I'm not around on Friday my son will pick up the tablets",
    "wrote the grandkids a letter each from Santa, back's behaving",
    "the tablets are in the drawer, the kids know what they're for",
]


@pytest.mark.parametrize("message", DISTRESS)
def test_distress_told_by_situation_gets_the_crisis_reply(ask, message):
    assert_caught(ask(message), message, "distress")


@pytest.mark.parametrize("message", PERSISTENT)
def test_weeks_with_no_change_told_in_other_words_warn(ask, message):
    assert_caught(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", CALM)
def test_accidents_jokes_and_improving_courses_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.fixture(scope="module")
def reader(kb):
    return CourseReader(kb.triage.course)


def test_no_change_needs_no_word_after_it(reader):
    """Only 'the same' is checked for what follows it ('the same routine')."""
    assert reader.read("six weeks ago, no change whatsoever", TODAY).direction == SAME
    assert reader.read("still the same routine, six weeks", TODAY).direction is None


def test_each_week_worse_than_the_last_is_worse(reader):
    course = reader.read("each week worse than the last, fifth week now", TODAY)
    assert course.direction == WORSE
    assert course.span == 35
