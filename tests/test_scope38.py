"""scope38: a message's exercise shapes are read once and shared (part 2), messages written
for these tests, none from the blind sets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine import answer
from bot.engine.pipeline import compile_knowledge
from bot.engine.shapes import BOTH, ONE, Described, ShapeReading
from bot.knowledge import Knowledge


def test_one_shapes_for_triage_matching_and_scope(kb: Knowledge) -> None:
    compiled = compile_knowledge(kb)
    shared = compiled.shapes
    assert compiled.triage._shapes is shared
    assert compiled.matcher._shapes is shared
    assert compiled.scope._shapes is shared


def _counting(kb: Knowledge, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts whose shapes the matcher reads while answering."""
    matcher = compile_knowledge(kb).matcher
    read: list[str] = []
    original: Callable[[str], ShapeReading] = matcher.described

    def described(text: str) -> ShapeReading:
        read.append(text)
        return original(text)

    monkeypatch.setattr(matcher, "described", described)
    return read


@pytest.mark.parametrize("message", [
    "flat on my back hugging both knees in, how long do I hold it",
    "what does the cobra stretch do",
    "is swimming ok with sciatica",
])
def test_a_message_is_read_once(kb: Knowledge, monkeypatch: pytest.MonkeyPatch,
                                message: str) -> None:
    read = _counting(kb, monkeypatch)
    answer(kb, message)
    assert read == [message]


def test_a_story_reads_itself_once_and_its_question_once(
        kb: Knowledge, monkeypatch: pytest.MonkeyPatch) -> None:
    read = _counting(kb, monkeypatch)
    story = ("Been lying on the floor each night pulling both knees in. It helps a bit. "
             "How long should I hold it?")
    answer(kb, story)
    assert read.count(story) == 1
    assert len(read) <= 2


@pytest.mark.parametrize("message, count", [
    ("on my back hugging one knee in", ONE),
    ("pulling both legs up to my chest", BOTH),
    ("lying down hugging my knees", BOTH),
    ("the one where you lie down and hug your knee", ONE),
    ("one knee then both knees", ""),
    ("how long do I hold the stretch", ""),
])
def test_the_reading_carries_the_knees_said(kb: Knowledge, message: str, count: str) -> None:
    assert compile_knowledge(kb).matcher.described(message).count == count


def test_a_shape_that_fits_two_is_the_rankings_did_you_mean(kb: Knowledge) -> None:
    matcher = compile_knowledge(kb).matcher
    message = "on my back I hug one knee in, then bring both knees up together, how long"
    assert set(matcher.rank(message).alike) == {"knee-to-chest", "double-knee-to-chest"}
    reply = answer(kb, message)
    assert reply.kind == "clarify"
    assert {s.id for s in reply.suggestions} == {"knee-to-chest", "double-knee-to-chest"}


@pytest.mark.parametrize("message", [
    # one exercise described, or the one meant named: no choice to offer
    "on my back hugging both knees in, how long",
    "on my back I hug one knee in, then both knees up together, is that the double knee "
    "to chest",
    "how long do I hold the double knee to chest",
])
def test_no_did_you_mean_where_the_shape_fits_one_or_is_named(kb: Knowledge,
                                                              message: str) -> None:
    matcher = compile_knowledge(kb).matcher
    assert matcher.rank(message).alike == ()
    assert answer(kb, message).kind == "exercise"


def test_a_reading_given_is_the_one_ranked(kb: Knowledge) -> None:
    """rank() takes the reading its caller made and reads none of its own."""
    matcher = compile_knowledge(kb).matcher
    both = ("knee-to-chest", "double-knee-to-chest")
    two = ShapeReading(tuple(Described(e, 2.0, ()) for e in both))
    message = "how long do I hold it"
    assert matcher.rank(message).alike == ()
    assert set(matcher.rank(message, reading=two).alike) == set(both)
