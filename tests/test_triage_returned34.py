"""A sign said to be over, then said to have come back (stop 34, lead): the "fine now" in
between ends nothing, while a what-if or a denial of a return keeps the episode over."""

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize(("message", "flag"), [
    ("Leg gave way. Fine now. It went again today.", "progressive-weakness"),
    ("My knee buckled on the stairs yesterday, leg gave way. Fine now. And then it happened"
     " again tonight.", "progressive-weakness"),
    ("couldn't pee on Monday. fine since. but it has happened again this morning",
     "cauda-equina"),
])
def test_a_return_told_after_the_end_undoes_it(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # a return denied, or only feared
    "Leg gave way last month. Fine now. It hasn't happened again.",
    "Leg gave way last month. Fine now. The GP said if it happened again I should ring.",
    "My leg gave way once in May. Fine now. What do I do if it went again?",
    # "again" of something else
    "Leg gave way last month. Fine now. Went to the physio again today.",
])
def test_a_return_denied_or_feared_keeps_it_over(ask, message: str) -> None:
    assert_calm(ask(message), message)
