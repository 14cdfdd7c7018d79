"""Stop 42 (words42, issue 8): questions from people with heart, lung or kidney disease or
on blood thinners, and from travellers, fixed by cause.

A heart, lung or kidney condition, a device that keeps one going (a pacemaker, a stent,
dialysis, home oxygen) or a blood thinner, told as the writer's own beside a question of
ours, is the situation the advice must fit, not what is asked (language.yaml `lived_with`,
`owning` with "on"): its words rank no entry, and it is no organ's pain (`referred`). Asked
about itself, with its own care right after it (`lived_care`: "my blood pressure tablets"),
or someone else's, it stays another condition's. The places and stages of a journey
("a cramped hotel room", "the aisle", "a cruise ship", "a villa") say where the writer is,
no topic (`generic`), and luggage is lifting (the `luggage` activity). A young child's
activity said with where they do it ("to sleep in a hotel cot") is theirs. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_offered, assert_reaches

ANSWERED = [
    # a blood thinner, a heart, lung or kidney condition, or a device, beside our question
    ("is naproxen ok for the sciatica, I take apixaban", "painkillers"),
    ("which painkiller can I have on rivaroxaban", "painkillers"),
    ("how many reps would suit me with COPD", "reps-and-sets"),
    ("tips for doing the stretches safely with angina", "safety-tips"),
    ("steroid injection into my back while on clopidogrel, is that done", "injections"),
    ("do I need an operation on my back? I have kidney disease", "surgery"),
    ("I've got a pacemaker, can I have a scan of my spine", "mri"),
    ("new to all this and on dialysis, where do I start", "getting-started"),
    ("which painkillers are ok for my sciatica with kidney failure", "painkillers"),
    # the journey's places and stages are where the writer is
    ("any stretches I can do in a tiny hotel room", "what-exercises-do"),
    ("how many sets can I fit in at the hotel before my meeting", "reps-and-sets"),
    ("the bed in our villa is rock hard, how should I sleep with sciatica", "sleeping"),
]

OFFERED = [
    # luggage is lifting, offered when nothing else says what is asked
    ("lifting my suitcase onto the hotel bed kills my back, what can I do", "lifting"),
]

# Near misses: the other condition asked about itself, its own care, someone else's, an
# organ's pain beside the back, and a child's sleep where they sleep.
DECLINED = [
    "is my heart failure getting worse?",
    "what exercise is good for my heart",
    "can you help me with the dose of my blood pressure tablets",
    "my husband is on warfarin, can he drink alcohol",
    "what helps with COPD flare ups",
    "best inhaler for COPD",
    "how do i get my baby to nap in a hotel cot",
    "kidney pain spreading into my lower back, what is it",
    "how long is recovery after heart valve surgery",
    "which airline gives the most legroom",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_asked_for_is_reached(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize(("message", "entry"), OFFERED)
def test_the_entry_is_offered(ask, message, entry):
    assert_offered(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_a_heart_condition_told_as_owned_is_beside_and_its_care_is_not(kb):
    """The scope reads the telling: a blood thinner the writer is on, or a heart condition
    they have, is their situation; the same condition before its own tablets is what the
    care is for."""
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    assert scope.lived_beside("can I take ibuprofen? I'm on warfarin") is not None
    assert scope.lived_beside("tips for doing the stretches safely, I have heart failure")
    assert scope.lived_beside("is my heart failure getting worse?") is None
    assert scope.lived_beside("the dose of my blood pressure tablets") is None


def test_copd_is_no_slip_for_cope(kb):
    """A condition lived with is a real word: never corrected to a word of ours."""
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert "copd" in analyzer.words("how many reps with copd")
    assert "cope" not in analyzer.words("how many reps with copd")
