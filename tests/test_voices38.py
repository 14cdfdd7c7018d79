"""Issue 7, stop 38 (voices38): signs told in the generic "you". "You stand there and
nothing comes" tells the writer's own sign, in a sentence that tells, tied to now or beside
the writer's own back; "what happens if you can't pee?", "heard you can't feel the paper
with that" and "... can make you incontinent, is that true?" still ask, and "someone" in a
film is someone else. Which side: "either leg" and the second side said bare after "now"
are both legs; sides that take turns, "never both at once", are not. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn

TOLD = [
    ("since thursday you sit down on the loo and can't feel the seat under you, my back "
     "went that morning", "cauda-equina"),
    ("my back's been bad a fortnight and now you go to pee and nothing comes out for ages",
     "cauda-equina"),
    ("left sciatica for 2 weeks. today you press the brake and the foot just won't push "
     "down properly", "progressive-weakness"),
    ("back went a week ago and since then you get the shakes and a temperature of 38.5 "
     "every evening", "serious-illness-signs"),
]

ASKED = [
    "what happens if you can't pee with a slipped disc?",
    "can you get foot drop from sciatica? mine is just pain",
    "did you know sciatica can make you lose control of your bladder? scary. mine's fine",
    "heard you can't feel the loo roll with that emergency back thing, glad mine's normal",
    "my aunt reckons a disc can make you incontinent, is that true? I'm fine down there",
    "the programme last night had someone going numb between the legs, gave me the creeps",
    "you always shiver getting out after hydrotherapy, does it matter for the sciatica?",
]


@pytest.mark.parametrize(("message", "flag"), TOLD)
def test_generic_you_told_is_the_writers(ask, message: str, flag: str) -> None:
    """The generic "you" in a told sentence tied to now is the writer's own sign."""
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", ASKED)
def test_generic_you_asked_or_heard_is_no_report(ask, message: str) -> None:
    """Asked, heard, said of anything's power or of someone else: no report."""
    assert_calm(ask(message), message)


# Part 2: which side. "Either leg" and the second side said bare after "now" are both legs;
# sides that take turns and are "never both at once" are no sign of both legs.

BOTH = [
    "can't feel either leg properly since lunchtime and my back's locked",
    "sciatica was only ever the right but since yesterday the left too, burning to the heel",
]

ONE_AT_A_TIME = [
    "the ache in my bum cheeks swaps from left to right every few weeks, never both at once",
    "it's one leg at a time for me, left and right taking turns, never both at the same time",
    "no pain in either leg, just a stiff low back after digging the veg patch",
]


@pytest.mark.parametrize("message", BOTH)
def test_either_leg_and_the_second_side_are_both(ask, message: str) -> None:
    """Both legs, said as either leg or as the second side joining: the cauda equina sign."""
    assert_the_rules_warn(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", ONE_AT_A_TIME)
def test_sides_taking_turns_are_not_both(ask, message: str) -> None:
    """One side at a time, or neither leg, is no sign of both legs."""
    assert_calm(ask(message), message)
