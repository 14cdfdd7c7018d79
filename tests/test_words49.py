"""Issue 8, stop 49 (words49): window cleaners, lifeguards, instructors and hairdressers ask
plain questions of ours with their own world beside them. The causes mended: a chat word
before a count of days read as a model's number ("at em 3 days": "em3"); a greeting that
asks after the writer ("how are you?") read as a question of the place it is sent from; a
story whose question speaks of the condition as this chat does ("until this settles") while
the rest tells the writer's day; the mind said as the head ("keep my head right"); the nerve
said before what is done to it ("a nerve that's squashed"); "no clue" and a thing that
"weighs" a lot as words of another topic; the hair and tattoo trades read as a hair or skin
of anyone's; a question that asks whether something is normal read as the thing denied.
Wordings are the author's own, never copied from a set. Near misses keep their answers."""

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
    # a chat word before a count of days is no model's number
    ("how long till the exercises work, been doing em 3 days", "time-to-results"),
    # what the story asks speaks of the condition as this chat does
    ("When will this settle down? I run my own van, no work means no wages",
     "time-to-results"),
    # the nerve said before what is done to it
    ("how can walking help if the nerve is trapped?", "how-exercise-helps"),
    # "no clue" says the writer does not know, no other topic
    ("diagnosed yesterday and no clue where to begin", "getting-started"),
    # a question of whether it is normal asks about it, denying nothing
    ("sciatica while pregnant normal?", "pregnancy"),
    ("is sciatica normal in pregnancy or should I worry?", "pregnancy"),
])
def test_a_plain_question_beside_the_writers_world(ask: Ask, message: str,
                                                   entry_id: str) -> None:
    """A plain question of ours beside the writer's own world: the entry it asks for."""
    answer = ask(message)
    assert answer.kind != "fallback", message
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "hello from Manila, how are you doing?",
    "morning from Accra, how are things?",
])
def test_a_greeting_sent_from_somewhere(ask: Ask, message: str) -> None:
    """A greeting that asks after the writer is a greeting, wherever it is sent from."""
    answer = ask(message)
    assert answer.kind == "chitchat", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # the trades of the hair and the skin, their places and their work
    "It's finally settled. I work at a tattoo studio all day though. How do I keep my back "
    "strong from now on?",
    "I do hair out of my kitchen on a remote island. If this gets worse and I can't reach a "
    "hospital, what do I do?",
])
def test_the_hair_and_tattoo_trades(ask: Ask, message: str) -> None:
    """The writer's trade, said with a hair or a tattoo, is no other body part."""
    assert ask(message).kind != "fallback", message


@pytest.mark.parametrize("message", [
    "I feel so low about it all, how do I get my head right again?",
])
def test_the_mind_said_as_the_head(ask: Ask, message: str) -> None:
    """The mind kept well, said as the head, asks about coping: no head of anyone's."""
    assert _offers(ask(message), "coping"), message


@pytest.mark.parametrize("message", [
    # the same shapes with nothing of ours, or someone else's "this": still declined
    "hello from Manila, which ferry is quickest to Cebu?",
    "My son has a rash on his arm. How long until this settles?",
    "My son has chickenpox. When will this settle down?",
    "what's the best ps4 game for two players",
    "any clue where to get a cheap second hand laptop",
    "how much does an upright piano weigh",
    "best tattoo studio in Bristol",
    "best shampoo for dry hair",
])
def test_near_misses_stay_declined(ask: Ask, message: str) -> None:
    """Without anything of ours, the same words are another topic's question."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)
