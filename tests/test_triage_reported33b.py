"""Stop 33's second round of signs told second-hand (issue 7, reported33b).

One named as sharing the writer's home ("my uncle lives with us and has had sciatica since
June"): the "us" or "me" there tells where the one named lives, not that the writer speaks
of themselves again, so "his leg" in the next sentence is still the one named's. The writer's
own words after, said as their own ("my leg", "I"), are still the writer's."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize("message", [
    "My uncle lives with us and has had sciatica three weeks. This week his right leg keeps"
    " giving way on the stairs. Is that just the sciatica?",
    "Grandad is living with me at the moment, bad back for a month. Now his leg gives way"
    " when he gets up from the sofa.",
    "My stepmum moved in with us after her op. Past few days her left leg has started"
    " buckling when she walks to the kitchen.",
])
def test_one_who_lives_with_the_writer_keeps_the_next_sentence(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    # the writer's own sign after naming who lives with them: still the writer's
    "My dad lives with us now. My own leg has started giving way this week.",
])
def test_the_writer_who_says_their_own_is_still_the_writer(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    # near misses: the one who lives with the writer, and an old or settled weakness
    "My uncle lives with us and has had sciatica three weeks. His leg gave way once in 2015"
    " when he had knee surgery, nothing since. Best mattress?",
    "Grandad is living with me for now, his sciatica is easing. His legs are strong, he"
    " walks to the shop and back every day. Should we fit a stair rail anyway?",
    "My sister's staying with us, her sciatica is in the left leg. Her knee gave way once"
    " at netball years ago. Stretches for the sciatica?",
])
def test_one_who_lives_with_the_writer_and_no_new_weakness(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    # a leg that "just goes", told in the present, and where one ends up
    "My aunt says her bad leg just goes and she lands on the kitchen floor, she's fine"
    " after, but it keeps happening this week.",
    "his leg just goes from under him on the stairs lately, he says it's the sciatica",
])
def test_a_leg_that_just_goes_is_giving_way(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    # a leg that just goes numb or stiff, sitting: no weakness
    "her leg just goes numb when she sits on the hard chairs at church, then it wears off",
    "my leg just goes stiff and achy after a long drive, fine once I walk about",
])
def test_a_leg_that_just_goes_numb_or_stiff_is_no_giving_way(ask, message: str) -> None:
    assert_calm(ask(message), message)
