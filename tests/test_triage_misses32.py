"""Stop 32's missed kinds (issue 7, misses32), fixed by kind and guarded with their near
misses. First part, a concept's reach and a language's way of saying it: a foot "lazy" and
more so, or floppier by the day, as Greek and Italian speakers say a weak one; toes named
before the lift they will not do ("the toes I cannot move up any more"); a knee that "dont
hold"; pushing to pee said with "must"; hit from behind in traffic ("shunted me"); one's own
funeral planned beside relief."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize(("message", "flag"), [
    ("my ankle gets floppier by the day and I trip on the kerb", "progressive-weakness"),
    ("since the disc went my right foot is more and more lazy on walks",
     "progressive-weakness"),
    ("my left foot gets lazier every day, it catches the stairs", "progressive-weakness"),
    ("my big toe I cannot lift it up any more, the left one", "progressive-weakness"),
    ("the toes of my right foot I can't move them up now, it was fine last week",
     "progressive-weakness"),
    ("two weeks now the knee doesn't hold when I go down steps, each day worse",
     "progressive-weakness"),
    ("since Tuesday I must wait and push before any pee comes, my back is killing me",
     "cauda-equina"),
    ("for three days I must push to start the wee and the leg is numb", "cauda-equina"),
    ("a van shunted me at a roundabout on Friday and my back has hurt since",
     "serious-illness-signs"),
    ("I'm lying awake planning my own funeral and it feels like a relief", "distress"),
])
def test_a_concept_now_reaches_the_way_it_is_said(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # a lazy person, not a lazy foot
    "I've been lazier every week with my foot exercises, is that why it aches?",
    "I've been lazy about my leg exercises this week, is that why it aches?",
    # floppier slippers, nothing worse
    "my new slippers are floppier than the old ones, good for my sore back",
    # a waiting list, no limb that will not move; stairs climbed slowly
    "I can't move up the surgery list any more, so I wait for my back op",
    "my toes hurt when I walk up the stairs, I can't move up them fast",
    # a knee held in a stretch
    "I don't hold my knee when I stretch, is that wrong?",
    # a button pushed while waiting, a wee only needed
    "at the lift I wait and push the button, then I go for a wee, all normal",
    "I must push on with the physio, peeing and everything else normal",
    # furniture shunted, no traffic
    "I shunted the sofa across the room and my back is sore",
    # someone else's funeral, relief that it is arranged
    "planning my mum's funeral, it feels like a relief to have it sorted",
])
def test_the_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
