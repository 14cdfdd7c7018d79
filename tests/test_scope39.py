"""scope39 (issue 8): a message's exercise shapes are read once, for scope's evidence as for
the rankings (part 1). Messages written for these tests, none from the blind sets."""

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
