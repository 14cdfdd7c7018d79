"""scope39 (issue 8): a message's exercise shapes are read once, for scope's evidence as for
the rankings (part 1); a bare "hernia" is the disc's in a message about this domain, words of
how bad something would be are no other topic, "should I not ..." asks what to avoid, and an
organ taken out is another place's (part 2). Messages written for these tests, none from the
blind sets."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pytest

from bot.engine import answer
from bot.engine.pipeline import compile_knowledge
from bot.engine.shapes import ShapeReading
from bot.knowledge import Knowledge


def _whole_reads(kb: Knowledge, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """The token sequences whose shapes are read with their written words (the matcher's
    and scope's readings; triage reads its clauses' tokens alone)."""
    shapes = compile_knowledge(kb).shapes
    original = shapes.read
    read: list[tuple[str, ...]] = []

    def counted(tokens: Sequence[str], written: Iterable[str] = ()) -> ShapeReading:
        written = tuple(written)
        if written:
            read.append(tuple(tokens))
        return original(tokens, written)

    monkeypatch.setattr(shapes, "read", counted)
    return read


@pytest.mark.parametrize("message", [
    # an exercise described by its shape, alone and inside a story
    "lying flat and pulling one knee up to my chest, is ten seconds enough",
    "Started doing the one on all fours where you arch and sag your back. My physio "
    "showed me last month. Should it hurt a little while I do it?",
    # words of another topic beside a question only we answer (the aside's evidence)
    "when can I go back to the allotment, I'm going stir crazy",
    # a story whose situation is a job, asked at the end (_ours' situated evidence)
    "I'm a self-employed tiler and the consultant says I could wait for the op. How do "
    "I decide?",
    # an activity of daily life asked about with the condition (Scope.lived)
    "can I still go hillwalking with this leg",
    # nothing of ours at all
    "how do I reseal a shower tray",
])
def test_the_whole_message_is_read_once(kb: Knowledge, monkeypatch: pytest.MonkeyPatch,
                                        message: str) -> None:
    read = _whole_reads(kb, monkeypatch)
    answer(kb, message)
    whole = tuple(compile_knowledge(kb).analyzer.tokens(message))
    assert read.count(whole) == 1


def test_evidence_uses_the_reading_it_is_given(kb: Knowledge) -> None:
    """Scope.evidence reads no shapes of its own when handed the message's reading: an
    empty reading makes a described exercise no exercise of ours."""
    compiled = compile_knowledge(kb)
    message = "lying flat and pulling one knee up to my chest"
    reading = compiled.matcher.described(message)
    assert reading.described
    assert compiled.scope.evidence(message, reading=reading).named
    assert compiled.scope.evidence(message, reading=reading) == compiled.scope.evidence(message)
    assert not compiled.scope.evidence(message, reading=ShapeReading()).named


# Part 2: a bare "hernia", words of how bad things would be, "should I not ...", organs of
# another system


@pytest.mark.parametrize("message, entry", [
    # "hernia" said bare is the disc's where the message is about this domain
    ("will my hernia need surgery in the end", "surgery"),
    ("the hernia is squashing the nerve to my foot, does it shrink on its own",
     "slipped-disc"),
    # how bad something would be is no other topic
    ("is it a catastrophe if I skip the stretches on holiday", "skipping-stretches"),
    ("would it be a disaster to miss a week of the exercises", "skipping-stretches"),
    # "not" after the subject asks whether to avoid the doing
    ("should I not bend forward to tie my laces", "what-to-avoid"),
])
def test_covered_questions_are_answered(ask, message: str, entry: str) -> None:
    reply = ask(message)
    assert reply.id == entry or entry in {s.id for s in reply.suggestions}


@pytest.mark.parametrize("message", [
    # a hernia of another place stays that place's
    "my hiatus hernia flares up after a big dinner, what can I take",
    "got an inguinal hernia, can I still lift at the gym",
    "my grandad has a hernia in his belly button, should he see someone",
    # an organ taken out or operated on, and its recovery
    "my sister is having her gallbladder out, how long is the recovery",
    "how long is recovery after an appendectomy",
    # a catastrophe of another topic
    "the dinner party was a catastrophe, how do I say sorry",
])
def test_another_topics_question_is_declined(ask, message: str) -> None:
    assert ask(message).kind == "fallback"


@pytest.mark.parametrize("message, entry", [
    # "not" before the subject suggests the doing: no question of what to avoid
    ("my physio says keep moving, shouldn't I be resting more?", "stay-active"),
    # an organ beside our own complaint said in full stays ours
    ("had my appendix out in spring and now sciatica down my left leg, can I do the "
     "knee hugs", "knee-to-chest"),
])
def test_near_misses_keep_their_answers(ask, message: str, entry: str) -> None:
    reply = ask(message)
    assert reply.id == entry or entry in {s.id for s in reply.suggestions}
