"""Stop 31 (offtopic31, issue 8): off-topic questions that share only everyday words with us.

A sport's event warmed up or stretched for ("before a half marathon"), a gym's goal of size,
shape or weight ("bigger calves", "belly fat", "the splits"), a cold got over and drink
before driving are another topic's, as other body parts are (language.yaml `elsewhere`):
they need evidence of ours. Beside the condition, a back or an exercise of ours named in
its own words, the same words are the writer's day, and a sport done or gone back to with
the condition ("was training for a 10k", "a knee hug before my run") stays ours. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

# Another topic's goal or event, with nothing of ours: declined.
ELSEWHERE = [
    "what stretches should I do before a half marathon",
    "warm up ideas before a football match on saturday",
    "how do I warm up properly for a 10k race",
    "which machine is best for losing belly fat",
    "how long until I can do the splits",
    "exercises for bigger calves please",
    "is it fine to go swimming with a cold",
    "what helps you get over a cold faster",
    "how long after a few pints can I drive",
]

# The same words beside something of ours, or a sport the writer asks to keep doing.
OURS = [
    ("can I do the knee to chest stretch before a half marathon", "knee-to-chest"),
    ("my sciatica flares before a football match, what should I avoid", "what-to-avoid"),
    ("was training for a 10k, do I have to stop running for now", "other-exercise"),
    ("should I warm up before the stretches", "precautions"),
]


# Second part: a thing of daily life made for a young child or an animal, named after it
# ("for a newborn", "for my 6 year old": a child named by age in several words), is theirs.
FOR_A_CHILD = [
    "what office chair should I buy for my 9 year old",
    "best pillow for a 4 year old",
    "which car seat for a newborn is easiest to fit",
    "a good dog bed for a 7 month old puppy",
]

# The writer's own day with a child: lifting or carrying one named by age, or a thing for
# the writer and a child, with something of ours.
WITH_A_CHILD = [
    ("can I still lift my 3 year old into the bath with sciatica", "lifting"),
    ("how long until I can pick up my 2 year old without wincing, doing the stretches daily",
     "time-to-results"),
    ("is lifting my 4 year old making my sciatica worse", "lifting"),
]


@pytest.mark.parametrize("message", ELSEWHERE + FOR_A_CHILD)
def test_another_topics_thing_with_nothing_of_ours_is_declined(ask, message):
    """An event warmed up for, a gym's goal, a thing made for a child or an animal."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), OURS + WITH_A_CHILD)
def test_the_same_words_beside_something_of_ours_stay_ours(ask, message, entry):
    """The same words beside something of ours, or the writer's own day with a child."""
    assert_reaches(ask(message), entry)
