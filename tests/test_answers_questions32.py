"""Stop 32 (questions32, issue 8): questions from people who never exercise and are nervous
of starting (unfit, heavy, out of breath, afraid of hurting themselves).

The writer's own body, weight and fitness ("at my size", "big and a bit wobbly", "a couch
potato") say who asks, never another topic; being fat is being overweight, so "is it
because I'm fat" asks about risk. Kinds of question no cue knew: what people get wrong,
what to know or check before even trying, how to get started and the easiest thing to
start with, whether a number is too many for a beginner, stuff to stop doing, when an
improvement can be expected, a day sat down, and whether what the writer told is why they
got it. A greeting matched on "start" is no rival to a cue that asks for our kind of
answer. A table's or a chair's legs are no legs of ours. Wordings are the author's own,
never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    ("i am really big and clumsy, any tips for doing the stretches safely", "safety-tips"),
    ("honestly is my sciatica down to me being fat", "risk-factors"),
    ("is it because im obese", "risk-factors"),
    ("what do beginners tend to get wrong with the exercises", "common-mistakes"),
    ("terrified of doing myself a mischief, what should i know before i try them",
     "precautions"),
    ("i have lots of other health conditions, what should i be careful about first",
     "precautions"),
    ("really unfit, whats the easiest one to start with", "getting-started"),
    ("out of shape and scared, how do i get started", "getting-started"),
    ("is twenty reps too many for a beginner", "reps-and-sets"),
    ("is there anything i should stop doing round the house", "what-to-avoid"),
    ("done the stretches ten days at my size, when can i expect to notice an improvement",
     "time-to-results"),
    ("i drive a desk sitting down all day, how do i get through it", "sitting-and-work"),
    ("i smoke and never move, is that why", "risk-factors"),
]

# Near misses: the same words where nothing is ours, or a thing's legs.
DECLINED = [
    "one of the dining chair legs is wobbly, what glue holds best",
    "the table legs wobble on my patio, how do i level them",
    "what size duvet fits a king bed",
    "is it because of the frost that my car wont start",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_asked_for_is_reached(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_being_fat_is_being_overweight(kb):
    """The risk entry's own word, so the matcher reads it; "belly fat" is still a gym's
    goal (the phrase is read after the same synonym)."""
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.tokens("im fat") == analyzer.tokens("im overweight")


def test_start_is_no_greeting_beside_a_question_of_ours(ask):
    """"start" is a greeting's phrasing (the /start command); a cue that asks for the first
    steps outweighs it, while a greeting alone is still a greeting."""
    a = ask("sofa dweller here, what is the easiest thing to start with")
    assert a.kind != "chitchat", (a.kind, a.id)
    assert ask("hi there").kind == "chitchat"


def test_furniture_legs_are_no_legs(kb):
    """A table's legs are another word: no leg for the scope's evidence nor for triage."""
    from bot.engine.pipeline import compile_knowledge

    tokens = compile_knowledge(kb).analyzer.tokens("the table legs are loose")
    assert "leg" not in tokens, tokens


def test_a_day_sitting_beside_another_question_keeps_it(ask):
    """Sitting all day told beside a stretch asked for does not take the answer."""
    assert_reaches(ask("how do i stretch the front of my hips, i sit all day at work"),
                   "hip-flexor-stretch")


# Second part: a clinic's abbreviations, a scan's results that came back, taking a lot "like
# sweets", the places a hard day shows (the supermarket's trolley, a towel rail), how to sit
# and on what, and pain lived with for the long term.
SECOND = [
    ("the pain mgmt clinic offered me an esi, what does it involve", "injections"),
    ("my scan came back clear but my leg still burns, how can that be", "mri"),
    ("been taking ibuprofen like sweets all week, is that ok", "painkillers"),
    ("can barely get round the supermarket without leaning on the trolley, when should i see "
     "a doctor", "when-to-see-doctor"),
    ("my leg burns on the sofa, what should i be sitting on", "sitting-and-work"),
    ("how do i live with long term pain", "coping"),
]
SECOND_DECLINED = [
    "how long until my exam results come back",
    "which supermarket sells the cheapest towel rails",
    "best sweets for a kids party",
]


@pytest.mark.parametrize(("message", "entry"), SECOND)
def test_second_part_reaches_the_entry(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", SECOND_DECLINED)
def test_second_part_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_results_that_came_back_are_no_pain_come_back(kb):
    """"Came back" after a scan or its results is the results, no recurrence; the pain that
    came back still recurs."""
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert "recur" not in analyzer.tokens("the mri came back normal")
    assert "recur" in analyzer.tokens("the pain came back after a week")
