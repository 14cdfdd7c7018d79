"""Issue 8, stop 48 (words48): miners, offshore crews, decorators, tilers and sales reps ask
plain questions of ours with one word of their own world beside them. Such a word must
not outweigh the question: a thing named in the other sentence of a story that asks whether
one may still do something ("can I still ... ? I do ..."), a thing whose own name holds a
word of ours ("heated seats") beside a clause where that word is ours, a verb after "worth"
("worth strapping it on"), another complaint told "on top of everything", and the back
"gone" for the back given out. Wordings are the author's own, never copied from a set.
Near misses keep their answers: the same words with nothing of ours are still declined."""

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
    # the writer's day told in the story's other sentence, beside "can I still"
    ("could I still go cycling? I do the canal towpath most evenings", "other-exercise"),
    # a thing whose name holds our word, beside a clause where the word is ours
    ("Ice or heat? My van has heated seats anyway.", "heat-and-ice"),
    # a verb after "worth"
    ("got a cheap TENS machine online, worth strapping it on or not", "hands-on-therapies"),
    # another complaint told beside the writer's own
    ("how do I do the stretches safely, I have a bad wrist on top of that",
     "safety-tips"),
])
def test_a_word_of_the_writers_world_beside_a_plain_question(ask: Ask, message: str,
                                                             entry_id: str) -> None:
    """A plain question of ours with one word of the writer's own world beside it: the entry
    the question asks for, never a decline."""
    answer = ask(message)
    assert answer.kind != "fallback", message
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "backs gone again, what do I do",
    "back has gone on me again, help",
])
def test_the_back_gone_is_the_condition(ask: Ask, message: str) -> None:
    """The back "gone" is the back given out: ours, never declined."""
    assert ask(message).kind != "fallback", message


@pytest.mark.parametrize("message", [
    # the same shapes with nothing of ours: still another topic
    "best heated seats for a small hatchback",
    "is a heat pump worth it for a terraced house",
    "can I still go cycling with an expired passport?",
    "worth reupholstering an old armchair?",
    "ease off the throttle on the motorway, is that better for fuel",
])
def test_near_misses_stay_declined(ask: Ask, message: str) -> None:
    """Without anything of ours, the same words are another topic's question."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)
