"""Stop 33 (offtopic33, issue 8): off-topic questions still answered, declined from positive
evidence.

First part. A part of the body that is a word of one of our exercises' names ("knee" of
knee to chest) is the exercise's only where no care given is named beside it: with a scan,
an injection or an operation it is where that care is done ("an MRI of the knee"), another
place. A stairlift is a thing bought, no lifting (a thing named with our word, as a back
seat is no back). Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

CARE_ELSEWHERE = [
    "will an x ray of my knee show if the cartilage is worn",
    "what can an mri scan of the knee pick up",
    "got an mri booked for my knee on friday, what happens",
    "how much is a stairlift these days",
    "are stairlifts free on the nhs for older people",
]

CARE_OURS = [
    ("why do I hug one knee at a time", "knee-to-chest"),
    ("is it normal to feel a pull at the back of my leg when I bring my knee to my chest",
     "knee-to-chest"),
    ("will an mri show why my sciatica goes down to my knee", "mri"),
    ("mri of my lower back next week, what will it show", "mri"),
    ("is lifting my shopping up the stairs ok with sciatica", "lifting"),
]


@pytest.mark.parametrize("message", CARE_ELSEWHERE)
def test_care_on_another_part_or_a_stairlift_is_declined(ask, message):
    """A scan of the knee, a stairlift's price: another place's care, a thing bought."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), CARE_OURS)
def test_an_exercises_knee_and_our_own_scans_stay_ours(ask, message, entry):
    """The knee of knee to chest, a scan of the lower back, lifting up the stairs."""
    assert_reaches(ask(message), entry)
