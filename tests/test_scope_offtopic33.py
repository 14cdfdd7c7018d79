"""Stop 33 (offtopic33, issue 8): off-topic questions still answered, declined from positive
evidence.

First part. A part of the body that is a word of one of our exercises' names ("knee" of
knee to chest) is the exercise's only where no care given is named beside it: with a scan,
an injection or an operation it is where that care is done ("an MRI of the knee"), another
place. A stairlift is a thing bought, no lifting (a thing named with our word, as a back
seat is no back).

Second part. A goal's words said again elsewhere in the message are the goal's ("hip
thrusts for bigger glutes": the glutes trained, no buttock of ours). A pet doing something
near the writer, with nothing of ours but where (no complaint, less than a part of the body
in weight, no care named in its own words), is the pet's question ("the cat lies on my
feet"). An activity of daily life is named in its own words, not one that only stems alike
("how do I manage it" names no manager at work). Wordings are the author's own, never
copied from a set."""

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


PETS_AND_GOALS = [
    "glute kickbacks for bigger glutes, how many sets",
    "why does our cat always lie across my feet",
    "the puppy keeps climbing onto my bed at night, how do I train him out of it",
    "my dog sits on my toes whenever I watch tv, is that a dominance thing",
]

PETS_AND_GOALS_OURS = [
    ("bigger glutes would be nice but will hip thrusts hurt my sciatica", None),
    ("my dog jumped on my leg and now the sciatica down it is worse", None),
    ("on pregabalin, can I still walk the dog", "nerve-pain-medicines"),
    ("seated toe reach for the hamster rings, how", "seated-forward-bend"),
]


@pytest.mark.parametrize("message", PETS_AND_GOALS)
def test_a_pet_near_the_writer_or_a_goals_muscle_is_declined(ask, message):
    """A pet on the writer's feet or bed, a muscle trained for a goal."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), PETS_AND_GOALS_OURS)
def test_a_pet_or_a_goal_beside_something_of_ours_stays_ours(ask, message, entry):
    """A goal beside the condition, a pet beside a complaint or care, the hamstrings."""
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)


def test_manage_names_no_work(kb):
    """'manage' stems like 'manager' but names no activity of work: no lean to sitting."""
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    assert scope.lived("how do I manage this back and leg pain on my own") == frozenset()
    assert "sitting-and-work" in scope.lived("my manager wants me back at my desk, my sciatica"
                                             " is still bad")
