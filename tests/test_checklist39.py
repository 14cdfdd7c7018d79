"""Stop 39 (issue 7, checklist39): a checklist answered item by item.

People answer the warning-sign questions a GP, 111 or the bot asked them one item at a
time ("cant pee - no", "numbness down below - none at all"). The item and its answer are read
as one: a clause that opens with a no of `replies.item_no` and is a denial answers the sign
named bare in the clause just before it, whatever else the clauses after it tell, unless the
item names the writer, is tied to a time by a word that says so, or a word of `no_turned`
turns the no round. A no of trouble in general ("- no issues") answers the item only; a sentence
that tells no sign ("had to google that") stands between no answer and its question; and a
plain yes that goes on ("- yes actually, ...") says the item before it is so unless what
follows hedges it (`yes_turned`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn

from bot.engine import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize("message", [
    "cant wee - no. cant get comfy - yes",
    "cant empty my bladder? no. cant sleep? yes",
    "thoughts of ending it - no absolutely not, just fed up with the pain",
    "suicidal thoughts - nah never, I have my kids",
    "saddle numbness - none at all, just the sciatica down my left leg",
    "erections - no issues. waterworks - no problems. pain - yes",
    "lump on the spine - no symptoms at all. ache - yes",
])
def test_an_item_answered_no_is_denied(ask: Ask, message: str) -> None:
    """The no opens the clause after the item and answers it, whatever comes after."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), [
    ("my bum is numb - no, it is still there", "cauda-equina"),
    ("cant pee - no idea why, started this morning", "cauda-equina"),
    ("numb bum since this morning - no idea why", "cauda-equina"),
    ("lost feeling down below - nope, but I cant pee since this morning", "cauda-equina"),
    ("cant pee today - no", "cauda-equina"),
    ("my legs are weak - nope, getting worse", "progressive-weakness"),
])
def test_a_no_that_is_no_answer_keeps_the_sign(ask: Ask, message: str, flag: str) -> None:
    """The near misses: the no is turned round, is no denial ("no idea"), or the item is tied
    to now by a word that says so: the sign stands."""
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize(("message", "flag"), [
    ("does your foot drag when you walk - yes actually, trips me up on the stairs",
     "progressive-weakness"),
    ("any numbness round your bum - yes actually, since Sunday", "cauda-equina"),
    ("trouble peeing - yeah, since yesterday", "cauda-equina"),
    ("foot dragging - yes but only when I am really tired", "progressive-weakness"),
])
def test_an_item_answered_yes_is_a_report(ask: Ask, message: str, flag: str) -> None:
    """A yes that goes on makes the item asked before it the writer's sign; a hedged yes
    leaves it as said (a bare item told is still the writer's)."""
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    "can sciatica make you wet yourself - yes it can, so the leaflet says",
])
def test_a_yes_to_a_general_question_tells_nothing(ask: Ask, message: str) -> None:
    """A yes hedged as hearsay or a possibility ("apparently", "it can") answers a general
    question, and makes no sign the writer's."""
    a = ask(message)
    assert a.kind != "urgent", message


@pytest.mark.parametrize(("message", "flag"), [
    ("my mum is 84 and fell down the stairs yesterday (no head injury, no cuts). now new "
     "back pain and she cant stand", "serious-illness-signs"),
    ("my brother cant hold his wee since the weekend, no other problems. is that sciatica?",
     "cauda-equina"),
    ("numb bum, no other symptoms", "cauda-equina"),
    ("saddle numbness, nothing else really", "cauda-equina"),
])
def test_a_no_after_a_sign_told_is_no_answer_to_it(ask: Ask, message: str, flag: str) -> None:
    """A no that denies a sign of its own or trouble in general after a sign told with a time
    or of someone else ("no other problems") answers nothing before it."""
    assert_the_rules_warn(ask(message), message, flag)
