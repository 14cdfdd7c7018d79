"""Stop 33 (questions33, issue 8): questions from hobbyists and people who make things
(knitting, quilting, the loom, woodwork, music, fishing), fixed by cause.

Making things and playing music are an activity of daily life, mostly sat at a table, a
frame or an instrument, and fishing is sport sat out on a bank: beside something of ours
their words are the writer's day, and beside a question whose cue asks for what the
activity's entries answer they are where it is asked of ("how long can I sit at the loom
before I get up"); a cue for another entry leaves them another topic's ("the damp keeps
coming back" is the weather's). An adverb of a known word says how ("easily"), a farm is
where one lives far from help, "how come" asks why, and "an" after "had" is the article,
so "had an L4-L5 discectomy" is an operation had. Kinds of question no cue knew: what each
exercise is doing, how long one may sit, whether it should hurt and how to tell too hard,
an operation offered by its name, a day laid out as a pattern to follow. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    ("can i skip the stretches for a couple of days while i finish a commission for a client",
     "skipping-stretches"),
    ("how long can i sit at my sewing table before i should take a break", "sitting-and-work"),
    ("how long can i sit at the piano before i need to get up", "sitting-and-work"),
    ("how long till this gets better, ive got a concert with the choir next month",
     "time-to-results"),
    ("we live on a remote farm and i cant easily reach a hospital, what do i do if it gets "
     "worse", "cant-get-to-hospital"),
    ("what are the stretches doing for my nerve", "what-exercises-do"),
    ("trying to understand what the exercises do inside my back", "what-exercises-do"),
    ("how come my calf hurts when the trouble is in my back", "why-it-hurts"),
    ("the surgeon offered me a microdiscectomy, is it worth it", "surgery"),
    ("had an L4-L5 discectomy a month ago, is it normal to still get tingling in my foot",
     "after-surgery"),
    ("should it hurt when i do the stretches", "safety-tips"),
    ("how do i know if im pushing too hard with the stretches", "safety-tips"),
]

# Near misses: the same activities and cues where nothing is ours, or a cue for an entry the
# activity's words do not fit.
DECLINED = [
    "the damp patch on my ceiling keeps coming back",
    "best sewing machine for a beginner",
    "how many stitches per inch for a baby quilt",
    "how come my sourdough sinks in the middle",
    "how long can i leave acrylic paint on a canvas before it dries",
    "which guitar strings are easiest on the fingers",
    "how long should i sit a ceramic pot before firing",
    "offered a job at the craft fair, should i take it",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_asked_for_is_reached(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_a_day_laid_out_as_a_pattern_is_the_routine(ask):
    """"A pattern to follow" is a plan; laying out what one does each day asks for it."""
    assert ask("i want a pattern to follow, can you lay out what i do each day").kind == "routine"


def test_how_come_asks_why(kb):
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.tokens("how come it hurts") == analyzer.tokens("why it hurts")


def test_an_after_had_is_the_article(kb):
    """"an" is read as "and" in chat ("pins an needles"), but right after "had" it is the
    article: the operation had is read whole; "had pins an needles" keeps its "and"."""
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.tokens("had an L5-S1 microdiscectomy")[0] == analyzer.tokens(
        "had a microdiscectomy")[0]
    assert "and" in analyzer.tokens("pins an needles in my foot")


def test_an_adverb_of_a_known_word_is_no_other_topic(kb):
    """"easily" says how, as "easy" does: no word of another topic."""
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    assert not scope.evidence("i cant easily get to a hospital").foreign


def test_the_activity_is_neutral_only_beside_a_cue_it_fits(kb):
    """The loom is where the sitting is asked of; a cue for recurrence does not make the
    weather's damp ours."""
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    loom = scope.evidence("how long can i sit at the loom")
    assert "loom" in loom.foreign
    assert "loom" not in scope.equipped(loom, ["sitting-and-work"]).foreign
    assert "loom" in scope.equipped(loom, ["coming-back"]).foreign


# Second part: the homework a physio sets is the exercises, a flood that cuts the roads is
# where one lives far from help, and smoko is a break at work.
SECOND = [
    ("skipped my physio homework for a few days, have i lost my progress", "skipping-stretches"),
    ("the roads are flooded so we cant get to town, what if i need a hospital for my back",
     "cant-get-to-hospital"),
]
SECOND_DECLINED = [
    "how do i get my son to do his maths homework",
    "is my house insurance any good if the river floods",
    "what time is smoko on a building site",
]


@pytest.mark.parametrize(("message", "entry"), SECOND)
def test_second_part_reaches_the_entry(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", SECOND_DECLINED)
def test_second_part_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_smoko_says_no_other_topic(kb):
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    assert not scope.evidence("a quick routine i can do at smoko").foreign
