"""Issue 8, stop 57 (words57): covered questions declined for a word that points nowhere.
Part 1: where the writer is, told beside a question about an activity of their day ("stuck
in the <place> all day, tips for sitting"); a worry or an annoyance said as an idiom of the
head ("goes round my head", "doing my head in"); the sports of skates and the ice, and
resting from a sport for a while or keeping at it gently. Wordings are the author's own,
never copied from a set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """The entry is the answer, or one of the choices of a "did you mean"."""
    return answer.id == entry_id or (
        answer.kind == "clarify" and any(s.id == entry_id for s in answer.suggestions))


# Cause 1: the writer's workplace, told as where they are (at/in + place) in a clause that
# asks nothing, beside a question whose cue asks for an activity of daily life the message
# names, was a word of another topic where nothing else of ours weighs.


@pytest.mark.parametrize("message", [
    # UK, US, Indian, UK old
    "stuck in the ticket booth all day, any tips for sitting",
    "I'm in the toll booth all day, any tips for sitting?",
    "on the night desk at the hotel till six, tips for sitting that long?",
    "I sit in a toll booth all day, any tips?",
])
def test_where_the_writer_sits_all_day_is_no_topic(ask: Ask, message: str) -> None:
    """Cause: the place after "in"/"at" in a clause that tells was foreign; told beside a
    question about sitting, it is where the writer sits (Scope.done_at)."""
    answer = ask(message)
    assert _offers(answer, "sitting-and-work"), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "tips for sitting in a kayak",
    "any tips for sitting in a hot tub",
    "I'm in Lisbon for a week, any tips for the trams",
])
def test_a_place_in_what_is_asked_stays_declined(ask: Ask, message: str) -> None:
    """Near misses: a place inside the question itself is what is asked about, and a place
    beside a question about no activity of ours says nothing of ours."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


def test_a_sign_told_beside_the_workplace_still_warns(rules_alone: Ask) -> None:
    """The place made neutral calms nothing: the squashed nerve root bundle's signs told in
    the same message still warn, by the rules alone."""
    message = ("stuck in the booth all day and now I'm numb between my legs and can't pee, "
               "any tips for sitting")
    assert rules_alone(message).kind == "urgent"


# Cause 2: a thought that keeps coming back, or being annoyed, said as an idiom of the head
# ("goes round my head", "playing on my mind", "doing my head in") read as another body
# part (elsewhere) or as "pester", a word of another topic.


@pytest.mark.parametrize(("message", "entry_id"), [
    # UK, Scottish, US, Nigerian
    ("will I end up in a wheelchair? it's been going round and round in my head for weeks",
     "paralysis-risk"),
    ("is the numbness permanent, it's been playing on my mind", "how-serious"),
    ("the burning is doing me head in, what's causing it", "why-it-hurts"),
    ("why does my leg tingle at night, it's doing my head in", None),
])
def test_an_idiom_of_the_head_is_how_the_writer_feels(
        ask: Ask, message: str, entry_id: str | None) -> None:
    """Cause: "going round my head" named a head (another body part) and "doing my head in"
    read as "pester" (no entry's word); now worry (synonyms `worry`) and "annoyed"."""
    answer = ask(message)
    assert answer.kind != "fallback", (message, answer.id)
    assert entry_id is None or _offers(answer, entry_id), (message, answer.kind, answer.id)


def test_an_annoyance_with_nothing_of_ours_stays_declined(ask: Ask) -> None:
    """Near miss: someone else doing the writer's head in, nothing of ours said."""
    answer = ask("my neighbour is doing my head in, what can I do")
    assert answer.kind == "fallback", (answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "the thought of ending it all keeps going round my head",
    "I have pills saved up and it keeps going round and round my head",
])
def test_a_dark_thought_going_round_the_head_still_warns(rules_alone: Ask, message: str) -> None:
    """The idiom read as worry calms nothing: a thought of ending one's life that keeps
    coming back still warns, by the rules alone (triage's own terms pass through the same
    synonyms)."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)


# Cause 3: the sports of skates and the ice were no activity of the writer's day, and asking
# whether to rest from a sport for a while or keep at it gently was no `continuing`.


@pytest.mark.parametrize("message", [
    # UK, US, Australian, Indian
    "Can I still go roller skating with this leg?",
    "can I still skate with my sciatica",
    "should I have a fortnight off footy or carry on with it gently?",
    "take a break from the gym for a bit or keep going with light sessions?",
])
def test_a_sport_rested_from_or_kept_at_is_the_writers(ask: Ask, message: str) -> None:
    """Cause: "skate", "skating" were words of another topic, and "a fortnight off", "carry on
    with", "keep going with" were no asking whether to go on (`continuing`)."""
    answer = ask(message)
    assert _offers(answer, "other-exercise") or _offers(answer, "stay-active"), (
        message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "how do I get better at skating backwards",
    "best skates for a beginner",
])
def test_a_skating_question_with_nothing_of_ours_stays_declined(ask: Ask, message: str) -> None:
    """Near misses: the sport asked about for itself, nothing of the writer's condition."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


def test_a_fall_at_the_rink_still_warns(rules_alone: Ask) -> None:
    """The rink as the writer's day calms nothing: a fall with numb legs and no pee warns."""
    assert rules_alone("fell at the rink, now I can't feel my legs and can't pee").kind == "urgent"
