"""Issue 7, stop 38 (voices38): signs told in the generic "you". "You stand there and
nothing comes" tells the writer's own sign, in a sentence that tells, tied to now or beside
the writer's own back; "what happens if you can't pee?", "heard you can't feel the paper
with that" and "... can make you incontinent, is that true?" still ask, and "someone" in a
film is someone else. Wordings are the author's own, never copied from a set."""

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
