"""Issue 8, stop 45 (words45): unpaid carers, crafters and campers ask in their own words.
Where a camper, a crafter or a carer is and what they handle (the campsite, the caravan, a
bench, the gear; the kiln, the loom, bead boxes, crates of stock; the hoist) is the writer's
day beside a back question, not another topic; the tent is the camping activity's, so a
question about the tent alone stays the tent's. A greeting or a thanks sent from a place
("morning from Nairobi") or on the way back to the writer's day ("ta, off back to the
caravan") is small talk; one that asks something else is not. Resting said as lying about or
pottering weighs rest against activity; "no-nos" are things to avoid (no nose); hand-rolled
cigarettes are smoking; "cheers pet" thanks a person, no pet. Wordings are the author's own,
never copied from a set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize(("message", "entry_id"), [
    ("how do i lift the gear when pitching the tent", "lifting"),
    ("is it ok to lift the crates of stock onto the market table", "lifting"),
    ("how many reps should i do between kiln firings", "reps-and-sets"),
    ("does it matter if i lie about in the tent all day or should i keep pottering",
     "stay-active"),
    ("is the seated forward bend fine on a bench at the campsite", "seated-forward-bend"),
    ("it has robbed me of my hobby and i feel low", "coping"),
])
def test_a_campers_and_a_crafters_day_beside_a_question(ask: Ask, message: str,
                                                         entry_id: str) -> None:
    """The campsite, the tent's gear, a crafter's kiln and stock, a hobby taken away: where
    the writer is and what they handle, beside a question an entry answers."""
    answer = ask(message)
    assert answer.id == entry_id or any(s.id == entry_id for s in answer.suggestions), (
        message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "safe to move my wife with the hoist from bed to chair?",
    "any no-nos while this settles down",
    "should i book a physio once im back from Portugal",
])
def test_a_carers_kit_and_a_trip_home_are_never_declined(ask: Ask, message: str) -> None:
    """A carer's hoist, things that are no-nos, and where the writer is coming back from:
    the message is ours."""
    answer = ask(message)
    assert answer.kind != "fallback", message


def test_no_nos_are_things_to_avoid(ask: Ask) -> None:
    """'No-nos' are what to avoid, no nose of anyone's."""
    assert ask("any no-nos while this settles down").id == "what-to-avoid"


@pytest.mark.parametrize(("message", "entry_id"), [
    ("greetings from Nairobi", "hello"),
    ("hello from a sunny Tenerife", "hello"),
    ("thanks pet, that helped", "thanks"),
    ("cheers hen", "thanks"),
    ("ta, off back to the caravan now", "thanks"),
])
def test_small_talk_from_where_the_writer_is(ask: Ask, message: str, entry_id: str) -> None:
    """A greeting from a place, thanks with an address ("pet", "hen"), thanks on the way back
    to the writer's day: small talk, answered as such."""
    answer = ask(message)
    assert answer.kind == "chitchat" and answer.id == entry_id, (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "how do you fold a pop up tent back into its bag",
    "what size tent for four people",
    "how do i stop the caravan awning flapping",
    "best clay for a beginner's kiln",
    "cheers, where can i buy a good fishing rod",
    "good morning from Lagos, where can i buy a generator",
    "is my pet rabbit ok to eat carrots",
    "do i need a hoist for my engine",
])
def test_the_same_words_alone_stay_another_topics(ask: Ask, message: str) -> None:
    """Near misses: the tent, the caravan, the kiln or the hoist asked about for
    themselves, a greeting that asks something else, a pet that is an animal: declined."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)
