"""Stop 35 (offtopic35b, issue 8): fitness for its own sake, with no back and no nerve.

A gym-goer's supplement named by its own name ("pre workout", "creatine", "whey") is a
thing of another topic (`elsewhere` in language.yaml): asked alone it is declined, and
said beside the condition or a disc the message stays ours. "So" after a linking verb is a
word of degree, not a clause's end, so a leg muscle that is "so tight after my run" takes
the training's sense as "tight after my run" does; a nerve symptom or the condition in the
clause still keeps it ours. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined

FITNESS_ALONE = [
    "does pre-workout mess with your heart if you take it every day",
    "creatine before or after the session, does it matter",
    "whey or a vegan protein powder for putting on size",
    "are fat burners a waste of money",
    "my calves are so tight after my runs lately, what helps",
    "quads get so sore after a spin class, is a hot bath better",
]

STILL_OURS = [
    # the condition, a disc or a nerve symptom beside the gym's words
    "can i take creatine while i have sciatica",
    "is pre workout safe with a slipped disc",
    "my hamstring is tight and my leg tingles after running",
    "my hamstring is so tight and my leg tingles after running",
    "can i still go to the gym with sciatica",
    "my calves feel so tight after a run and my lower back aches, is it the nerve",
    # "so" that ends a clause ("so I stopped") is still a clause's end
    "my leg went numb on the run so i stopped, is that my back",
]


@pytest.mark.parametrize("message", FITNESS_ALONE)
def test_fitness_for_its_own_sake_is_declined(ask, message):
    """A supplement named alone, a leg muscle "so tight" after training."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", STILL_OURS)
def test_the_condition_or_the_nerve_keeps_it_ours(ask, message):
    """The condition, a disc or a nerve symptom beside fitness: never declined."""
    a = ask(message)
    assert a.kind != "fallback", (message, a.kind)
