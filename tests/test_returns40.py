"""Stop 40 (issue 7, returns40): a sign that stays, or comes back.

A checklist's "no" that ends an item is taken back by the clause right after it when that
clause says only that the sign goes on or came back ("numb bum - no, still there": `goes_on`
and `goes_on_with` in knowledge/triage.yaml, and `no_turned` for the reply read of the
item). A sign told as over or as normal and then as back in its sentence ("had cleared but
it came back last night", "went away for ten days, back since Tuesday") is over no longer
(`returns`, `returns_bare`), and so is one over in its own sentence when a later one opens
with the return (`replies.returned`). The near misses stay calm: a return asked about,
supposed or denied, the feeling come back, an end told after the return, and a "no" whose
next clause tells of something else.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn

from bot.engine import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize(("message", "flag"), [
    ("numb bum - no, still there", "cauda-equina"),
    ("numbness round my back passage: no, it's still there sadly", "cauda-equina"),
    ("tingling between my legs - nope, back again", "cauda-equina"),
    ("numb privates - no, came back this morning", "cauda-equina"),
])
def test_a_no_taken_back_by_the_sign_going_on(ask: Ask, message: str, flag: str) -> None:
    """The clause after the no says only that the sign goes on or came back: it stands."""
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    "numb bum - no, still got the sciatica though",
    "numbness down below - no, still waiting on my scan results",
    "fever - no, night sweats - no, numb bum - no, leg pain still there",
    "saddle numbness - no, thankfully",
    "numb bum - no, it went away in May and never came back",
])
def test_a_no_whose_next_clause_tells_something_else_stands(ask: Ask, message: str) -> None:
    """A "still" of another thing (the sciatica, a scan, the leg pain) takes nothing back."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), [
    ("the numb patch on my bottom had cleared but it came back last night", "cauda-equina"),
    ("tingling round my privates went away for ten days, back since Tuesday", "cauda-equina"),
    ("bladder trouble settled for a week, back since saturday", "cauda-equina"),
    ("wiping felt normal again for a few days but the numbness has come back since friday",
     "cauda-equina"),
    ("the numbness round my bum has come back", "cauda-equina"),
    ("my foot drop had settled but now it has returned", "progressive-weakness"),
    ("The numbness between my legs had gone. It came back yesterday.", "cauda-equina"),
    ("the tingling round my back passage cleared up last week. back again today",
     "cauda-equina"),
])
def test_a_sign_back_after_it_was_over_warns(ask: Ask, message: str, flag: str) -> None:
    """A return told after the word that ended the sign, in its sentence or opening a later
    one, makes the sign no longer over; so does the sign told as what has come back."""
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    "the numbness in my bum went away and the feeling has come back",
    "my foot was weak after the op but the strength has come back",
    "the numb bum cleared up, will it come back?",
    "the tingling round my bum went away and it hasn't come back",
    "the numbness between my legs went away, if it comes back I'll go straight to A&E",
    "the numbness between my legs went away, hope it doesn't come back",
    "numb bum went away in march, it came back once in april but nothing since",
    "The numb feeling round my bum had gone. Will it come back?",
    "the numbness round my bum cleared up, my back today is still stiff though",
])
def test_a_return_asked_denied_or_ended_again_stays_calm(ask: Ask, message: str) -> None:
    """The feeling come back is the end itself; a return asked about, supposed or denied is
    none; an end told after the return ends it again."""
    assert_calm(ask(message), message)


def test_an_end_after_a_return_told_later_ends_it_again(ask: Ask) -> None:
    """Across sentences too: "Nothing since." after the return keeps the rules' reading of
    the sign as over (the learned reader, which reads the words and not their order, may
    still warn: move40 took away its gate for a sign the rules read as gone)."""
    message = "The numb feeling round my bum had gone. It came back in May. Nothing since."
    assert not any(f.source == "rules" and f.reply == "warn" for f in ask(message).findings)
