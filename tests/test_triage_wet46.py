"""A bed found wet on waking, told as where one woke: a bladder sign the rules read
themselves, whatever a refit of the learned reader does (move46 lost it to the refit)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize("message", [
    "woke up in a puddle again this morning and I'm 50, my back has been terrible since Monday",
    "Never once wet the bed as an adult. Woke in a puddle today, the sciatica is in both legs",
    "he woke up to a wet bed and had no idea, his back went on Saturday",
])
def test_waking_in_a_wet_bed_is_the_sign(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "woke to a wet bed, I'd knocked the glass of water off the side in my sleep. Back still stiff",
    "the puppy left a puddle by the bed and I woke up to it, bending to clean it hurt my back",
])
def test_a_wet_bed_with_its_ordinary_cause_is_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
