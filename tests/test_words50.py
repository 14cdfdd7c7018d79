"""Issue 8, stop 50 (words50): tradespeople, performers and people minding children ask
plain questions of ours from inside their own world. The causes mended: lifting and
carrying said in their own verbs, with the thing lifted named (a board, a kit bag, the
children), were no activity of daily life, so the thing lifted read as another topic; "my
back" said as one term had no owner; chat's spellings of "supposed", "something" and
"routine". (Three wider rules, a "without" harm kept for matching, a sure cued question
beside one noun of the writer's world, a cue's rare words counted ours, overreached on
tests/data's question sets and were taken back.) Wordings are the author's own, never
copied from a set. Near misses keep their answers."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """The entry is the answer, or one of the choices of a "did you mean"."""
    return answer.id == entry_id or (
        answer.kind == "clarify" and any(s.id == entry_id for s in answer.suggestions))


@pytest.mark.parametrize(("message", "entry_id"), [
    # the sports of the body bent and thrown about, and minding children as work
    ("can I still go to my weekly trapeze class", "other-exercise"),
    ("going back to nannying soon, tips so I don't set it off", "sitting-and-work"),
    # chat's spellings
    ("wats the routeen today", "routine"),
    ("can u give me sumthin for my tummy muscles", "curl-up"),
])
def test_a_plain_question_from_the_writers_world(ask: Ask, message: str, entry_id: str) -> None:
    """A plain question of ours from the writer's own world: the entry it asks for."""
    answer = ask(message)
    assert answer.kind != "fallback", message
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # lifting with nothing of the writer's condition: the thing's question
    "how do I lift a floor tile without cracking it",
    "best way to carry a canoe on a roof rack",
    "how do I pick up a dropped stitch in my knitting",
    # a question of ours asked of another topic's nouns, in the same clause
    "how do I get over my nerves on the balance beam",
    "best heat treatment for a steel chisel",
    "how long does a passport renewal take for the au pair",
    "I love pottering about the antiques market, which one is best near York?",
    # the harm avoided beside another body part is still that part's
    "how do I carry shopping without hurting my wrist",
])
def test_near_misses_stay_declined(ask: Ask, message: str) -> None:
    """Another topic's question keeps being declined, whatever word of ours it shares."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


def test_a_sign_denied_stays_denied(ask: Ask) -> None:
    """"without" before a sign that names no harm done still denies it: the question is
    not about numbness."""
    answer = ask("sciatica in my leg without any numbness, how long does it last?")
    assert _offers(answer, "time-to-results"), (answer.kind, answer.id)
