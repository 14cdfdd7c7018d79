"""Stop 39 (issue 7, venting39): people who vent rather than ask, read as they mean it.

- A denial offers its items as alternatives with "or" ("not because anything's numb or not
  working"): it reaches on into the next item, and the "not" that opens that item's sign is
  the sign's own word, not a new denial that ends the first one's reach.
- A comparison of sameness names what it is the same as: "nope, same as the last 2 years"
  tells no change, so the "nope" still answers the question before it.
- Hours the writer held a wee are their choice ("held it 2 hours"), not a bladder that would
  not go, and "never again" is a vow, not a sign come back.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize("message", [
    "sex is on hold for now, not because anything down there is numb or not working, it's "
    "just the back pain",
    "no sex this month, and not because my bits are numb or not working. bending hurts "
    "that's all",
])
def test_a_denial_reaches_every_alternative_it_offers(ask: Ask, message: str) -> None:
    """"Not X or not Y" denies both: the second "not" is the sign's own word."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "sex is off for now because everything down there is numb and not working",
    "no sex lately, it's numb down there or not working, can't tell which",
    "no numbness or cant pee, I don't know which is worse",
])
def test_a_sign_told_beside_an_alternative_still_warns(ask: Ask, message: str) -> None:
    """Only the denial's own word said again carries it: a sign told as had, or one that
    opens with another word ("can't pee"), is still had."""
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "night sweats? no, it's the menopause, same as the last three years",
    "sweating at night? nope, hot flushes, same as before",
])
def test_a_no_then_the_same_as_before_still_answers_the_question(ask: Ask, message: str
                                                                 ) -> None:
    """"Same as the last three years" names what it is the same as, no change after the no."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "night sweats? no, same as last week only worse",
    "night sweats? no, it started last night and I'm soaking",
])
def test_a_no_then_a_change_is_no_denial(ask: Ask, message: str) -> None:
    """A word of change after the sameness, or a time with no sameness, still tells one."""
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    "couldn't pee on the ferry, the queue for the loo was huge. held it 3 hours and went "
    "fine once we docked",
    "couldn't wee at the festival, people queuing outside the portaloo. went fine back at "
    "the tent. camping with sciatica, never again",
])
def test_a_wee_held_for_a_queue_is_no_retention(ask: Ask, message: str) -> None:
    """The queue is the cause, the hours held the writer's choice, "never again" a vow."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "couldn't pee on the ferry because of the queue, and hours later I still can't go",
    "couldn't wee at the festival, people queuing outside. went fine later. but now I can't "
    "feel my bum",
])
def test_a_bladder_that_still_will_not_go_warns(ask: Ask, message: str) -> None:
    """Hours later and still not going, or numbness beside it, is no queue's doing."""
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "shivery every time I restock the cold store at work, then fine. does the cold make "
    "sciatica flare?",
    "I'm 5ft2 and the worktops in this kitchen are too high, my lower back aches after "
    "every shift",
    "would compression stockings help the leg pain on long shifts?",
])
def test_a_kitchen_workers_everyday_words_are_no_sign(ask: Ask, message: str) -> None:
    """A cold room explains shivers as the cold outside does; a height is no age; a garment
    that presses is no chest compressions."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message, flag", [
    ("shivering all night after my shift in the cold store, temp is 38.9 and my back is "
     "killing me", "serious-illness-signs"),
    ("my lad is 14 and 6 foot already, his back hurts out of nowhere", "serious-illness-signs"),
    ("my husband collapsed, I'm doing compressions now", "general-emergency"),
])
def test_a_sign_beside_those_words_still_warns(ask: Ask, message: str, flag: str) -> None:
    """A reading, an age said beside the height, compressions given: still signs."""
    assert_caught(ask(message), message, flag)
