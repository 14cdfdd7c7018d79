"""Issue 7, stop 40 (move40): a cause denied explains nothing. A cause said after a denial
in its clause ("she isn't even on a diet", "he's not been near a cold room") gives the sign
no reason, so the sign stands as told; the same cause said plainly still explains it.
Clothes falling off the one written about are weight lost, as they are off the writer.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

DENIED_CAUSE = [
    ("my nan has lost 2 stone and she isnt even on a diet, her back hurts all the time",
     "serious-illness-signs"),
    ("his trousers are falling off him and he has never been on a diet in his life, back pain "
     "every night", "serious-illness-signs"),
    ("dropped 6kg, haven't been on any jab or diet, back pain won't shift",
     "serious-illness-signs"),
    ("shaking with chills and my back is agony, and it isnt even cold in here",
     "serious-illness-signs"),
]

CAUSE_SAID = [
    "my clothes are falling off me since I started the diet, back still twinges",
    "her jeans are falling off her since she went on the slimming plan, back ache as usual",
    "down 2 stone on mounjaro and my sciatica is a pain",
    "if I'm not online on friday it's because of my scan, thanks for all the help",
]


@pytest.mark.parametrize(("message", "flag"), DENIED_CAUSE)
def test_a_denied_cause_explains_no_sign(ask, message: str, flag: str) -> None:
    assert_caught(ask(message), message, flag)


@pytest.mark.parametrize("message", CAUSE_SAID)
def test_a_cause_said_plainly_still_explains(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "doing chest compressions on my husband, ambulance coming",
    "dad collapsed in the garden, I'm doing CPR, ambulance come yet?",
])
def test_help_still_given_by_the_writer_is_an_emergency(ask, message: str) -> None:
    """Chest compressions under way: the ambulance is not there yet, so the reply must still
    say what to do now."""
    assert_caught(ask(message), message, "general-emergency")


@pytest.mark.parametrize("message", [
    "mum collapsed at the shops yesterday, ambulance came, she's grand today",
    "I did a first aid course on CPR and chest compressions last week, my back is sore from "
    "kneeling",
])
def test_help_already_there_or_a_course_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
