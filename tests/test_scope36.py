"""Stop 36 (scope36, issue 8): a diet for weight and an animal's care are not ours.

A diet followed for weight (keto, intermittent fasting, a calorie deficit) is another
topic's goal (`goals` in language.yaml): declined unless the message says something of ours
in its own words. Losing weight itself stays a risk of ours ("will losing weight help").
Care given to an animal, said after the care ("stretches for my dog") or with the word for
its kind ("an equine physio", "canine hydrotherapy"), is the animal's, as its body is.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

DIETS_AND_ANIMALS = [
    "keto safe to do long term?",
    "does intermittent fasting actually work or is it a fad",
    "how big a calorie deficit is too big",
    "gentle stretches for my dog, his back legs are stiff after walks",
    "any good stretches for my old dog, he's gone stiff in his back legs",
    "my mare has a sore back after the show, should i book an equine physio",
    "my pony is sore over her back, is a canine or equine physio better",
    "what massage helps for my cat, she's stiff in her back legs",
]

STILL_OURS = [
    # losing weight is a risk of ours, with or without the back named
    ("will losing weight help my sciatica", "risk-factors"),
    ("would losing weight actually make a difference", None),
    # a diet beside the condition
    ("is keto ok with a slipped disc and sciatica down my leg", None),
    # the writer's own back beside the dog, the horse the writer rides
    ("good stretches for my back so i can keep walking the dog", None),
    ("stretches for my sciatica before i ride my horse", None),
    # an animal's name misheard in an exercise's name is no animal
    ("sitting toe reach stretch for the hamster rings, how", None),
]


@pytest.mark.parametrize("message", DIETS_AND_ANIMALS)
def test_a_diet_for_weight_and_an_animals_care_are_declined(ask, message):
    """Keto, fasting, a calorie deficit; care given to a dog, a pony, an old lab."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), STILL_OURS)
def test_losing_weight_the_condition_and_the_writers_back_stay_ours(ask, message, entry):
    """Weight loss as a risk, a diet with the condition, the writer's own back: ours."""
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)


# Second part: a massage gun on a trained muscle and a calf strained by heels are the
# training's and the shoes' (`senses`: "training", "shoes"); a thing sent back or falling
# apart and the steps a phone counts are the thing's (`senses`: "things bought and mended",
# "phones and reminders"). The condition or a nerve symptom in the clause keeps it ours.
THINGS_AND_TRAINED_MUSCLES = [
    "how long should the massage gun stay on each calf after a workout",
    "my hamstrings are killing me from a night in stilettos, best stretch",
    "can i send back an office chair i ordered online if i sat on it",
    "the castors keep coming off my desk chair, how do i fix them",
    "how do i get my phone to count steps when i push a pram",
]

STILL_OURS_WITH_THINGS = [
    ("massage gun on my bum where the nerve pain sits, ok?", None),
    ("is a massage gun any good for sciatica", "hands-on-therapies"),
    ("my calves tingle and go numb in high heels, could that be my back", None),
    ("bought a lumbar cushion online, will it help my sciatica", None),
    ("how many steps a day should i walk with sciatica", None),
    ("can i return to work with sciatica", None),
]


@pytest.mark.parametrize("message", THINGS_AND_TRAINED_MUSCLES)
def test_a_trained_muscle_shoes_a_things_fault_and_a_phones_steps_are_declined(ask, message):
    """A massage gun after training, stilettos, a chair sent back, a phone's step count."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), STILL_OURS_WITH_THINGS)
def test_the_nerve_the_condition_and_the_writers_walking_stay_ours(ask, message, entry):
    """A nerve symptom, the condition, the writer's steps or return to work: ours."""
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)
