"""Issue 8, stop 51 (words51): stable staff, trades and seafarers ask plain questions of
ours that were declined. The causes mended, all in knowledge/*.yaml: the words of their
working day (the deck, a bunk, the docks, a container, the yard, a stud farm, a printout,
where the bot was found) read as another topic (`generic`); everyday
verbs read as body parts ("hand you", "head out")
(synonyms); chat's "lite"; the jab put in the spine, the writer "a bit heavy" and a count
of times said of the exercises were no words of ours (synonyms); no way of reaching a
hospital, or no doctor on board, said in those words (`intents`, the entry's
`situation`); and ways of asking how bad it can get and how to use the bot
(phrasings). Wordings are the author's own, never copied from a set.
Near misses keep their answers, and the warnings beside the new words still warn."""

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
    # the working day at sea, on the docks and in a yard, and working for oneself
    ("which moves are best avoided when I'm working on the deck", "what-to-avoid"),
    ("only got room in my bunk for one stretch, which one is it", "best-exercise"),
    ("when can I go back to work on the docks, I stack containers", "sitting-and-work"),
    # chat's "lite"
    ("is it better to rest or keep doing lite work round the house", "stay-active"),
    # everyday verbs and things that are no body part
    ("is a physio worth it, or do they just hand you a printout", "physical-therapy"),
    # the jab in the spine, the writer's weight, a count of times
    ("is a jab in my back any use for the leg pain", "injections"),
    ("could being on the heavy side be why I got it", "risk-factors"),
    ("do I do them 5 times or 15, no idea", "reps-and-sets"),
    # care out of reach, said as no way there
    ("no way of getting to a hospital out here, what do I do for now", "cant-get-to-hospital"),
    # ways of asking
    ("honestly how bad can it get", "how-serious"),
])
def test_a_plain_question_from_the_writers_world(ask: Ask, message: str, entry_id: str) -> None:
    """A plain question of ours, in the words of the writer's day: the entry it asks for,
    never a decline."""
    answer = ask(message)
    assert answer.kind != "fallback", message
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "hey, just came across this, how do I use it?",
    "cheers bud, got to go",
])
def test_chat_about_the_bot_is_chat(ask: Ask, message: str) -> None:
    """How to use the bot, and a goodbye to a "bud": small talk, never declined."""
    answer = ask(message)
    assert answer.kind == "chitchat", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # a berth, a port and a deck are the ship's and the garden's questions
    "how long do ships queue for a berth at the terminal",
    "what time do we make port on Thursday",
    "how do I sand and oil a wooden deck",
    "where can I buy a second hand shipping container",
    # a jab that is no injection of ours
    "where do I get my flu jab this year",
    # a yard's own question
    "best gravel for a stable yard that floods",
])
def test_near_misses_stay_declined(ask: Ask, message: str) -> None:
    """Another topic's question keeps being declined, whatever word of the writer's day
    it shares."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "had the jab in my spine yesterday and now I can't pee and my bum is numb",
    "out on the deck, my back went and now both legs are numb and I've wet myself",
])
def test_warnings_beside_the_new_words_still_warn(rules_alone: Ask, message: str) -> None:
    """The words now read as the writer's day or as our care never calm a real sign: the
    bladder and the saddle still warn, by the rules alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # part 2: the writer on a condition's tablets is their situation (`taking`)
    ("I'm on blood pressure pills. Is it safe to start the stretches?", "precautions"),
])
def test_tablets_the_writer_is_on_are_their_situation(ask: Ask, message: str,
                                                      entry_id: str) -> None:
    """"on blood pressure tablets" tells the situation the advice must fit: the question
    beside it is answered."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "my GP is changing my blood pressure tablets, what side effects should I expect",
    "when is the best time of day to take my blood pressure tablets",
])
def test_questions_about_the_tablets_stay_declined(ask: Ask, message: str) -> None:
    """A question about a condition's own tablets ("my blood pressure tablets") is that
    care's, not ours."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


def test_a_head_bitten_off_is_no_leaving(ask: Ask) -> None:
    """"bit my head off for" is a telling-off, no setting off: the synonym for leaving
    holds only "head off to"."""
    answer = ask("my boss bit my head off for being late again")
    assert answer.kind == "fallback", (answer.kind, answer.id)
