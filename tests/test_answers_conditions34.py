"""Stop 34 (conditions34, issue 8): questions from people who live with another bone, joint
or muscle condition beside sciatica (arthritis, osteoporosis, hypermobility or EDS,
fibromyalgia, scoliosis, a joint replaced), fixed by cause.

The other condition is the writer's situation, not what is asked: told as their own (after
"with", "got", "I also have", "because of", in a clause of its own, "EDS here", or in a
sentence beside the one that asks), in a message whose rest asks something of ours, it says
which advice must fit them (language.yaml `lived_with`, `owning`). A question about the
other condition itself, or about something else beside it, stays declined: "is my hip
arthritis getting worse?", "what helps with fibro", a place named beside it that is not
where it is ("restless legs with fibro"), or someone else's ("my mum had osteoporosis").
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    ("how many reps should i aim for with my new knee", "reps-and-sets"),
    ("what are the common mistakes with the stretches? scoliosis so my posture is off",
     "common-mistakes"),
    ("will it keep coming back? got fibromyalgia too", "coming-back"),
    ("I also have osteoporosis. Is the knee to chest stretch still ok for me?", "knee-to-chest"),
    ("can you give me a daily plan, I have arthritis in both hips so keep it gentle",
     "routine"),
    ("how long before the stretches start working? EDS here", "time-to-results"),
    ("do i need an mri, i have had scoliosis since school", "mri"),
    ("ice or heat for the sciatica when you have fibro, the cold makes my fibro flare",
     "heat-and-ice"),
    ("Does physio help? My knees dont bend far since the replacements.", "physical-therapy"),
    # words the matcher did not read: a pool's therapy, an x-ray as a verb, tiring
    ("is swimming good for me? i go to hydro already for my hypermobility", "other-exercise"),
    ("how many sets should i do, fibro makes me fatigue fast", "reps-and-sets"),
]

# Near misses: the other condition asked about itself, a care question about it, another
# complaint beside it, or someone else's condition.
DECLINED = [
    "is my hip arthritis getting worse?",
    "what helps with fibromyalgia flares",
    "best stretches for arthritis in the hands",
    "how long is recovery from a knee replacement operation? mine is next month",
    "restless legs every evening with my fibro, why",
    "my mum had osteoporosis, should i get a bone scan",
    "which trainers are best for flat feet",
    "tips for painting the fence with arthritic fingers",
    "is it safe to lift weights at the gym with a new hip",
    "our electricity bill from hydro went up again",
    "chronic fatigue syndrome diet tips",
    "how often do my joints sublux with ehlers danlos",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_asked_for_is_reached(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_a_condition_told_as_owned_is_beside_and_asked_about_is_not(kb):
    """The scope reads the telling, not the words: the same condition is the writer's own
    after "with" or "got", and no situation after "help with" or as a question's subject."""
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    assert scope.lived_beside("how many reps with a new hip") is not None
    assert scope.lived_beside("will it come back? got scoliosis") is not None
    assert scope.lived_beside("what helps with arthritis") is None
    assert scope.lived_beside("is my hip arthritis getting worse?") is None
    assert scope.lived_beside("Any tips? My dad has scoliosis.") is None


def test_an_x_ray_said_as_a_verb_is_read(kb):
    """"xrayed" was no x-ray: it is now the word the knowledge base reads."""
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.words("they xrayed it") == analyzer.words("they x rayed it")
