"""Issue 8, stop 55 (words55). Part 1: stop 54's words54 patch landed with two of its rules
narrowed by kind. "mess with" was made a generic word, so a mess said alone ("the garden is
a mess") lost its place as another topic's word and a story of moving house was answered
with lifting: a thing messing with another now reads as "affect" (language.yaml synonyms),
and a mess alone stays foreign. "under the knife" bare was a surgery cue; read through the
contextual synonym it became "surgery" itself, and took every message naming an operation
(recovery after it, the waiting list, healing without it): the cue now holds the ending up
or the going under. Wordings are the author's own, never copied from a set."""

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
    # UK, Australian, US young, Scottish
    "the kitchen's a right mess after the party, best way to clean it",
    "my hair is a mess today any tips",
    "the spare room is such a mess since we moved in",
    "the back green's an absolute mess efter the storm",
])
def test_a_mess_said_alone_is_another_topic(ask: Ask, message: str) -> None:
    """Cause: "mess with" made "mess" a generic word. A mess alone is another topic's."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # UK, US young, Indian
    ("does smoking mess with your back", "risk-factors"),
    ("will vaping mess with my back recovery", "risk-factors"),
    ("can a soft mattress mess with the nerve in my leg", "sleeping"),
])
def test_a_thing_messing_with_ours_asks_how_it_affects_it(
        ask: Ask, message: str, entry_id: str) -> None:
    """Cause: the same; "mess with" is read as "affect" (synonyms), so it is still ours."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # UK, Nigerian, US, Australian
    ("had my discectomy on monday, when can i drive", "driving"),
    ("please what should i avoid doing while im on the waiting list for surgery",
     "what-to-avoid"),
    ("a slipped disc can heal on its own without an op, right?", "slipped-disc"),
    ("getting over my back surgery, any advice on the recovery", "after-surgery"),
])
def test_an_operation_named_is_no_surgery_question(ask: Ask, message: str, entry_id: str) -> None:
    """Cause: the bare cue "under the knife", read as "surgery", took every message naming an
    operation. What the message asks of it is answered."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # UK, Australian, Irish
    "my physio reckons I'll end up under the knife, is that true",
    "reckon this disc will end up under the knife?",
    "will I have to go under the knife for this sciatica at all",
])
def test_ending_up_under_the_knife_asks_surgery(ask: Ask, message: str) -> None:
    """The slang that words54 added still asks surgery, said with its ending up or going."""
    answer = ask(message)
    assert _offers(answer, "surgery"), (message, answer.kind, answer.id)


def test_a_knife_alone_stays_declined(ask: Ask) -> None:
    """A knife with nothing of ours is no operation."""
    answer = ask("the butcher was showing me how to hold the knife")
    assert answer.kind == "fallback", (answer.kind, answer.id)


# Part 2 (words55): covered questions declined.


@pytest.mark.parametrize(("message", "entry_id"), [
    # UK old, US, Indian, Nigerian
    ("the GP started me on gabapentin, will it make me dozy at the bridge club",
     "nerve-pain-medicines"),
    ("on pregabalin now, will it make me too foggy to code", "nerve-pain-medicines"),
    ("kindly advise how to sit at the poker table all night with this sciatica",
     "sitting-and-work"),
    ("my back is killing me after a long shift as a croupier at the casino, how do i sit",
     "sitting-and-work"),
])
def test_a_tables_game_or_a_keyboard_is_the_writers_day(
        ask: Ask, message: str, entry_id: str) -> None:
    """Cause: a table's games (bridge, poker, the casino, chess) and a developer's day (code,
    on call, the server room) were words of another topic beside the writer's own condition
    (activities `sitting`, `work`)."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "best poker strategy for beginners",
    "how do I write code for a game",
    "is chess good for the brain",
    "which casino in Vegas has the best buffet",
])
def test_the_games_and_the_keyboard_alone_stay_declined(ask: Ask, message: str) -> None:
    """Near misses: nothing of the writer's condition is said."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "playing bridge all afternoon and now I cant feel my bum or my bits and I cant pee",
    "been coding all week and my leg has gone weak and my foot keeps dragging",
    "sat at the poker table all night and now I've wet myself without knowing",
])
def test_a_sign_beside_the_new_words_still_warns(rules_alone: Ask, message: str) -> None:
    """The signs of a squashed nerve root bundle or a weakening leg still warn beside
    the card table and the keyboard, by the rules alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)
