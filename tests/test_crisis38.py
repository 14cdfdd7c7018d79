"""Stop 38 (issue 7, crisis38): stop 37's crisis work landed with the causes of its two
failures fixed in general terms.

- A context trigger that opens with the last word of a concept phrase and runs on past it is
  said over the phrase, whatever its kind: "to manage" after the "ways to" of "looked up ways
  to manage it" is the everyday end of the how, so a concept ending in a linking word
  (`way_sought`) hides no trigger that opens with that word.
- A long story whose best entry is under the bar for an answer makes no entry unlikely: a
  question sure of its own entry at its end decides.
- The words that rule something out ("don't wanna") are context for matching, as what they
  rule out is: no "don't" of a question.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn

from bot.engine import Answer
from bot.knowledge import Knowledge

Ask = Callable[[str], Answer]


@pytest.mark.parametrize("message", [
    "had enough of this flare, I mean it, looked up how to ease it",
    "I've had enough, I mean it, I've researched ways to cope with the nights",
    "had enough of sitting at this desk, I mean it, I've looked up ways to manage my posture",
])
def test_a_way_looked_up_to_manage_something_is_no_crisis(ask: Ask, message: str) -> None:
    """The everyday end of the how is told right after the way ("ways to cope"), though
    "ways to" is a concept phrase of its own now."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "had enough, I mean it, I've researched ways",
    "I've had enough, I mean it. I've looked up how.",
    "had enough of everything, I mean it, I've looked up ways online",
])
def test_the_how_left_unsaid_is_still_the_crisis(ask: Ask, message: str) -> None:
    """The near misses: no end told after the way, the crisis reply stands."""
    assert_the_rules_warn(ask(message), message, "distress")


STORY = (
    "Bit of background first, apologies for the essay. Six weeks ago I twisted awkwardly "
    "getting a suitcase off the luggage rack on a train and something pinged low in my back. "
    "The first few days I walked like an old man. The out of hours doctor said it sounded "
    "like a disc irritating a nerve and that a scan was not needed unless things changed. My "
    "partner thinks I should see a chiropractor, my brother swears by complete bed rest, and "
    "my colleague keeps sending me videos of people hanging upside down. The ache runs from "
    "my left hip down the outside of my leg to the ankle, mostly after driving or when I "
    "stand at the sink for a while. I am a teacher so I am on my feet a lot, but the weekends "
    "are the worst for some reason. I have started swimming slowly on Sundays, which feels "
    "okay. I really do not want to end up worse than I started, and I do not want to be lazy "
    "about it either. I used to run half marathons, so I am used to training plans, but this "
    "is new to me. I have looked through the list of exercises and I honestly cannot tell "
    "which ones are meant for someone like me or how many of them to do. Thanks for any "
    "pointers. "
)


@pytest.mark.parametrize("question", [
    "Is swimming okay for this?",
    "Is cycling alright or should I stick to the pool?",
])
def test_a_spread_out_story_is_answered_by_its_sure_question(ask: Ask, question: str) -> None:
    """No entry stands out in the story (its best is under the bar for an answer), so which
    five lead it is chance; the question at its end is sure of its entry and decides."""
    a = ask(STORY + question)
    assert (a.kind, a.id) == ("faq", "other-exercise"), (question, a.kind, a.id)


@pytest.mark.parametrize("question", ["Which exercise should I do first?",
                                      "What is a good daily plan for me?"])
def test_a_story_and_a_question_it_makes_likely_still_agree(ask: Ask, kb: Knowledge,
                                                            question: str) -> None:
    """Nearby: a question whose entry the story leads with was answered so before."""
    assert ask(STORY + question).id == "routine", question


def test_a_story_with_no_question_or_small_talk_is_not_answered_by_an_entry(ask: Ask) -> None:
    """The near misses: with nothing sure asked, the story alone gets the best few offered."""
    for question in ("", "What can you do?"):
        assert ask(STORY + question).kind == "clarify", question


@pytest.mark.parametrize("message", [
    "what do people usually get wrong with these stretches, dont wanna be that person",
    "what do most people do wrong with the stretches? dont wanna be that guy",
])
def test_the_words_that_refuse_are_no_question(ask: Ask, message: str) -> None:
    """"don't wanna be that person" rules itself out; its "don't" is no "what if I don't
    treat it" (how serious it is)."""
    a = ask(message)
    assert (a.kind, a.id) == ("faq", "common-mistakes"), (message, a.kind, a.id)


def test_a_refusal_still_leaves_the_question(ask: Ask) -> None:
    """Nearby: what is asked beside a refusal keeps its entry."""
    message = "I don't want tablets, what else helps the pain?"
    assert ask(message).id == "best-treatment", message
