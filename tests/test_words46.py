"""Issue 8, stop 46 (words46): people who live alone or are bereaved, apprentices and young
tradespeople, and amputees or people with a joint replaced ask in their own words.
Who they are and where their story goes on (a widow's grief, a property far out of town, a
relative in a town named with a capital, trade school and TAFE, a brickie or a sparky) is no
other topic beside a back question; a socket, a stump or a prosthesis is a condition lived
with, told as the writer's situation; "the stretches with a new hip" are done with it.
Sayings are read as what they say: "the pick of the bunch" is the best, "losing heart" is
being fed up (no heart), "can't face getting" is not being bothered (no face), "chuck us"
is give me, "you're a star" thanks someone, "off to bed now" says goodnight; a "stretch
goal" is no stretch and "my confidence back" no back. Wordings are the author's own, never
copied from a set."""

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
    # the writer's life and day, beside what is asked
    ("since i was widowed the grief is heavy. how often should i do the stretches?",
     "reps-and-sets"),
    ("we live on a property far out of town. what if i need a hospital fast?",
     "cant-get-to-hospital"),
    ("my brother in Galway thinks i need physio. is physio any use for a trapped nerve?",
     "physical-therapy"),
    ("it is my own fault i lost the sheet. how many reps of each one?", "reps-and-sets"),
    ("is a scan needed to prove what is causing it", "mri"),
    ("any lifting advice for a sparky", "lifting"),
    ("my theory classes at tafe are hours long, how do i cope with all that sitting",
     "sitting-and-work"),
    # sayings read as what they say
    ("which stretch is the pick of the bunch", "best-exercise"),
    ("chuck us a routine for every morning", "routine"),
    ("whats the best way to treet it", "best-treatment"),
    ("i cant stay motivated to keep going", "coping"),
    ("i keep losing heart, how long before the exercises work?", "time-to-results"),
])
def test_the_writers_own_words_beside_a_question(ask: Ask, message: str, entry_id: str) -> None:
    """Who asks and where (grief, a property, a named town, a trade, college), and sayings
    ("pick of the bunch", "chuck us", "losing heart"): the entry the question asks for."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_ids"), [
    ("if my prosthesis socket is rubbing and i miss the stretches, have i undone it all",
     ("skipping-stretches",)),
    ("i skipped a few days of the stretches because my stump was sore, does it matter",
     ("skipping-stretches",)),
    ("is it ok to do the stretches with a new knee?",
     ("precautions", "safety-tips", "getting-started")),
    ("anything i should check first? i have a hip replacement", ("precautions",)),
])
def test_a_limb_or_joint_told_as_the_writers_situation(ask: Ask, message: str,
                                                        entry_ids: tuple[str, ...]) -> None:
    """A socket, a stump, a new knee or a replaced hip told as the writer's situation beside
    a question of ours: never declined, an entry for what is asked offered."""
    answer = ask(message)
    assert answer.kind != "fallback", message
    assert any(_offers(answer, e) for e in entry_ids), (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    ("thanks mate, you're a gem", "thanks"),
    ("cheers, you are a star", "thanks"),
    ("night night, off to bed now", "bye"),
    ("thank you, my mum would have loved this gadget", "thanks"),
])
def test_small_talk_in_everyday_sayings(ask: Ask, message: str, entry_id: str) -> None:
    """Praise for the one thanked, bedtime as a goodbye, kit in a thanks that asks nothing:
    small talk."""
    answer = ask(message)
    assert answer.kind == "chitchat" and answer.id == entry_id, (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "can you recommend a physio in Leeds",
    "what's a realistic stretch goal for my sales team",
    "how do I get my confidence back after a breakup",
    "what tools does a sparky need in his first year",
    "which college is best for plumbing",
    "how do I fix the stump of a tree in my garden",
    "best glue for a broken phone socket",
    "what do I do with my husband's things now that he's gone",
])
def test_the_same_words_alone_stay_another_topics(ask: Ask, message: str) -> None:
    """Near misses: a place asked about, a stretch goal, confidence won back, a trade, a
    college, a tree stump or a socket asked about for themselves, grief alone: declined."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


def test_exercises_asked_for_with_a_knee_still_ask_about_the_knee(ask: Ask) -> None:
    """Exercises asked for with another part ("which exercises with a dodgy knee"), not the
    writer's set done with it, are the knee's question: declined."""
    assert ask("which exercises with a dodgy knee").kind == "fallback"


def test_cant_face_another_day_is_still_read_by_triage(ask: Ask) -> None:
    """Only "can't face getting" or "doing" is not being bothered: "can't face another day"
    keeps its words, and triage's reading of it."""
    assert ask("i just cant face another day of this").kind == "urgent"
