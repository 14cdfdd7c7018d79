"""Exercises described by their shape (issue 8, shapes37): a position and an action of one
exercise, or a picture said as one, is that exercise as its name is; the number of knees
said tells one knee from both; a body part inside the description is the exercise's, no
sign. Messages written for these tests, none from the blind sets."""

from __future__ import annotations

import pytest

from bot.engine import answer
from bot.engine.pipeline import compile_knowledge
from bot.knowledge import Knowledge


def _reply(kb: Knowledge, message: str) -> tuple[str, str | None, list[str]]:
    a = answer(kb, message)
    return a.kind, a.id, [s.id for s in a.suggestions]


@pytest.mark.parametrize("message, exercise", [
    # a position and an action
    ("face down on the rug and pressing my top half up on my hands, how far should I go",
     "upward-dog"),
    ("on all fours then sitting my bum back onto my heels, what next", "childs-pose"),
    ("back flat against the kitchen wall and sliding down till my knees bend, how long",
     "wall-squat"),
    ("stood on one leg holding my ankle behind me, which muscle is it meant to stretch",
     "quadriceps-stretch"),
    ("lying on my back with one ankle resting on the other knee, how hard do I pull",
     "piriformis-stretch"),
    ("sat on the floor with my legs out straight reaching for my feet, knees bent ok?",
     "seated-forward-bend"),
    # a picture said as an exercise, or after a word of likeness
    ("how do I do the flamingo stretch", "quadriceps-stretch"),
    ("the one like sitting on an invisible chair, how many", "wall-squat"),
    ("whats the proposing one for", "hip-flexor-stretch"),
])
def test_a_described_shape_is_its_exercise(kb: Knowledge, message: str, exercise: str) -> None:
    assert _reply(kb, message)[:2] == ("exercise", exercise)


@pytest.mark.parametrize("message, exercise", [
    # one knee: said as a number, or once after an owner
    ("lying flat I pull one knee up to my chest, the other leg stays down", "knee-to-chest"),
    ("on my back hugging my knee into my chest, how long", "knee-to-chest"),
    # both: said as a number, or written twice
    ("flat on my back hugging both legs in, do I rock", "double-knee-to-chest"),
    ("lie on your back and pull your knees up to your chest, how many times",
     "double-knee-to-chest"),
    # "double" says both, before a part written once
    ("is the double knee hug ok to do before bed", "double-knee-to-chest"),
    # curled into a ball on the back holding the knees is no curl-up
    ("curled in a ball on my back holding my knees, which one is that",
     "double-knee-to-chest"),
])
def test_one_knee_or_both(kb: Knowledge, message: str, exercise: str) -> None:
    assert _reply(kb, message)[:2] == ("exercise", exercise)


def test_a_shape_that_fits_two_asks_which(kb: Knowledge) -> None:
    # no number said: one knee or both, asked back with both
    kind, _, suggestions = _reply(kb, "lying on my back pulling the knees in to my chest "
                                      "and hugging, is that one")
    assert kind in ("clarify", "exercise")
    kind, _, suggestions = _reply(kb, "lie down on your back and hug knee in to chest")
    if kind == "clarify":
        assert {"knee-to-chest", "double-knee-to-chest"} <= set(suggestions)


@pytest.mark.parametrize("message", [
    "lying on my front pushing up on my arms so my chest comes up off the mat, how long",
    "wobbling on one leg while I pull my foot up behind me, can I use a chair",
    "on my back pulling my knee to my chest, what does it stretch",
])
def test_a_body_part_inside_a_description_is_no_sign(kb: Knowledge, message: str) -> None:
    assert _reply(kb, message)[0] != "urgent"


@pytest.mark.parametrize("message", [
    # a sign told beside the description still warns
    "lying on my front pushing up and now crushing chest pain going down my left arm",
    "doing the knee hugs on my back and I suddenly can't feel my saddle area or control my "
    "bladder",
])
def test_a_sign_beside_a_description_still_warns(kb: Knowledge, message: str) -> None:
    assert _reply(kb, message)[0] == "urgent"


@pytest.mark.parametrize("message", [
    # near misses: one feature alone, a picture not said as an exercise, another topic
    "why do flamingos stand on one leg",
    "is it ok to pray sitting on a pew",
    "how do I seal the gap behind the bath",
    "sat on a low wall at the park and my knees hurt after",
    "how many press ups to get bigger arms",
    "lying on the sofa with my knees up watching telly all day, is that lazy",
])
def test_near_misses_describe_nothing(kb: Knowledge, message: str) -> None:
    shaped = compile_knowledge(kb).matcher.described(message)
    assert not shaped.described


def test_a_name_is_read_as_a_name_not_a_shape(kb: Knowledge) -> None:
    matcher = compile_knowledge(kb).matcher
    assert not matcher.described("wall sit how long").described
    assert not matcher.described("is child's pose ok").described


def test_unable_before_a_movement_is_no_description(kb: Knowledge) -> None:
    matcher = compile_knowledge(kb).matcher
    assert not matcher.described("standing up I can't hold my foot behind me").described
