"""scope38 (issue 8): a question asked in the negative denies nothing and is answered as
asked; stretch marks are skin and a baby put down to sleep the baby's (part 1); a message's
exercise shapes are read once and shared (part 2). Messages written for these tests, none
from the blind sets."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine import answer
from bot.engine.negative import NegativeReading
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


# Part 1: questions asked in the negative


def _negative(kb: Knowledge, message: str) -> NegativeReading:
    return compile_knowledge(kb).negative.read(message)


@pytest.mark.parametrize("message, entries", [
    # an auxiliary with its "not" before its subject
    ("don't epidurals just numb it for a while?", {"injections"}),
    ("don't painkillers just hide it?", {"painkillers"}),
    ("doesn't ice work better than heat?", {"heat-and-ice"}),
    # ... in a later clause, with no question mark
    ("the GP wants me on pregabalin, wouldn't I be better off sticking with paracetamol",
     {"nerve-pain-medicines", "painkillers"}),
    # "not" opening a question of one clause
    ("not allowed to hoover then?", {"lifting", "what-to-avoid"}),
    # a tag after a clause that negates
    ("there's no way this needs an operation, is there?", {"surgery"}),
    # "shouldn't" opening a question asks whether it should, nothing to avoid
    ("shouldn't the pain have eased by now, it's been six weeks",
     {"time-to-results", "when-to-see-doctor"}),
])
def test_a_question_asked_in_the_negative_is_answered(kb: Knowledge, message: str,
                                                     entries: set[str]) -> None:
    reply = answer(kb, message)
    assert reply.kind in ("faq", "clarify"), (reply.kind, reply.id)
    offered = {reply.id} if reply.kind == "faq" else {s.id for s in reply.suggestions}
    assert offered & entries, (reply.id, offered)


@pytest.mark.parametrize("message, asked, form", [
    ("don't injections just mask it?", {"inject", "mask"}, {"dont"}),
    ("should I not bend at all?", {"bend", "not"}, set()),
    ("not allowed to lift then?", {"allow", "not"}, set()),
    ("there's no chance it paralyses you, is there?", {"no", "chanc"}, set()),
    ("the physio says rest, wouldn't I be better off walking", {"walk"}, {"wouldnt"}),
])
def test_how_a_negative_question_is_read(kb: Knowledge, message: str, asked: set[str],
                                         form: set[str]) -> None:
    read = _negative(kb, message)
    assert asked <= read.asked
    assert read.form == form


@pytest.mark.parametrize("message", [
    # a symptom the writer rules out before asking stays context
    "no numbness, can I go swimming?",
    "no tingling in my feet, is it ok to run?",
    "i don't have any numbness or weakness, what stretches are best",
    # "not" in a clause before the question, and a statement: no question in the negative
    "not numb anymore, can I start the stretches again?",
    "I don't think the stretches are working",
    # a verb after "don't" and "isn't" with its subject left out is no subject
    "don't know if I should rest or keep moving?",
    "isn't helping at all, what else can I try?",
    "haven't tried physio yet, is it worth it?",
])
def test_a_denial_or_a_statement_is_no_negative_question(kb: Knowledge, message: str) -> None:
    assert _negative(kb, message) == NegativeReading()


def test_a_denied_symptom_still_leads_nowhere(kb: Knowledge) -> None:
    """"no numbness" before a question about swimming asks about swimming."""
    assert answer(kb, "no numbness, can I go swimming?").id == "other-exercise"


# Part 1: off-topic messages in our words


@pytest.mark.parametrize("message", [
    "how long till stretch marks fade after the baby",
    "best cream for stretch marks",
    "how do I get the baby down to sleep in the cot",
    "is it ok to put the baby down to sleep on his tummy",
])
def test_skin_marks_and_a_baby_put_down_to_sleep_are_declined(kb: Knowledge,
                                                              message: str) -> None:
    assert answer(kb, message).kind == "fallback"


@pytest.mark.parametrize("message", [
    # the writer's own back or sleep beside them stays ours
    "my back hurts when I put the baby down to sleep, any tips",
    "can I put my toddler down to sleep without bending my back",
    "stretch marks on my lower back from pregnancy, and the sciatica is worse, what helps",
    "I lie down to sleep and my leg burns",
])
def test_the_writers_own_back_beside_them_stays_ours(kb: Knowledge, message: str) -> None:
    assert answer(kb, message).kind != "fallback"
