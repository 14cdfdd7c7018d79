"""Issue 8, stop 56 (words56). Part 1: words55's part 2 landed narrowed by kind. It made a
table's games (the bridge table, poker, the casino, chess) the writer's sitting day and a
developer's day (code, on call, the server room) the writer's work; but an activity's words
are each the writer's day beside any word of ours, so "bridge" alone went neutral beside an
exercise's name ("glute bridge vs bridge pose") or a body word of a saying ("kicking my arse
at bridge"), and such off-topic questions were answered. Those two activities are now
`owned` (language.yaml `activities`): their words are the writer's day only beside the
writer's own condition said (Scope.lived). Wordings are the author's own, never copied from
a set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """The entry is the answer, or one of the choices of a "did you mean"."""
    return answer.id == entry_id or (
        answer.kind == "clarify" and any(s.id == entry_id for s in answer.suggestions))


@pytest.mark.parametrize("message", [
    # US young, UK, Australian, Indian, voice-to-text
    "is a single leg bridge harder than a normal bridge for the glutes",
    "glute bridge or hip thrust, which one builds a bigger bum",
    "my grandson keeps thrashing me at chess, it does my head in",
    "poker night tonight, does a flush beat a full house? my mates are talking out their arse",
    "kindly tell which is tougher bridge or rummy my brain is paining",
    "how do I code a rep counter for my leg day app",
])
def test_a_game_or_a_keyboard_beside_a_word_of_ours_alone_stays_declined(
        ask: Ask, message: str) -> None:
    """Cause: a table's game or a developer's day (`owned` activities) was the writer's day
    beside any word of ours, an exercise's name or a saying's body word; with nothing of the
    writer's own condition said, it is what the message is about."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # UK old, Indian, Nigerian, Scottish, US
    ("the GP started me on gabapentin, will it make me dozy at the bridge club",
     "nerve-pain-medicines"),
    ("on pregabalin now, will it make me too foggy to code", "nerve-pain-medicines"),
    ("kindly advise how to sit at the poker table all night with this sciatica",
     "sitting-and-work"),
    ("my back is killing me after a long shift as a croupier at the casino, how do i sit",
     "sitting-and-work"),
    ("wee bit o sciatica, how long can I sit at the chess club afore I need a walk",
     "sitting-and-work"),
])
def test_a_game_or_a_keyboard_beside_the_writers_condition_is_theirs(
        ask: Ask, message: str, entry_id: str) -> None:
    """The writer's own condition said (a medicine they take, their sciatica, their back):
    the game or the keyboard is their day, and stays answered."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "been at the bridge club all day and now my bum and privates are numb and I cant pee",
    "my leg has gone weak and my foot keeps dragging since I started coding nights",
])
def test_a_sign_beside_an_owned_activity_still_warns(rules_alone: Ask, message: str) -> None:
    """Narrowing what is neutral calms nothing: the signs of a squashed nerve root bundle and
    a weakening leg still warn beside the card table and the keyboard, by the rules alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)
