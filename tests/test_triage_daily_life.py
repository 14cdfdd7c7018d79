"""Questions about living day to day with the condition (stop 19): a job or a marriage's
years said beside the pain, a question whether one has to give something up, nights that
are bad every night without pain that wakes, and words shared with other things ("a faint
line", "the chain slipping off"). None of these is a sign; the signs said in the same
everyday words still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CALM = [
    # a duration of the writer's life, not of the pain
    "I've been a scaffolder for 25 years and my back aches after a shift, can I carry on?",
    "been a taxi driver for 12 years. my leg gets sore sitting, any tips?",
    "worked as a cleaner for 18 years and my lower back is stiff, which stretches help?",
    "been married nine years and my wife asks if sex will set my sciatica off",
    # asking whether one must give an activity up is not having had to
    "does this mean I have to stop doing the garden?",
    "will I have to give up my allotment with a disc like this?",
    # bad nights, with no pain that wakes and nothing said of it never easing
    "it's rough every night when I try to settle, what's the best way to lie?",
    "each night my leg aches once I'm in bed, would a pillow help?",
    # words shared with other things
    "there's a faint smell of damp in the spare room, how do I get rid of it?",
    "the chain keeps slipping off when I change down a gear on my bike",
]

CAUGHT = [
    ("the pain in my back wakes me in the small hours every night", "serious-illness-signs"),
    ("I've had sciatica for 10 weeks and it's no better", "persistent-pain"),
    ("I've had to give up work, the leg pain is too much", "persistent-pain"),
    ("been a plumber for 20 years, the leg pain has been there 3 months now",
     "persistent-pain"),
    ("sweating every night and my back is sore", "serious-illness-signs"),
]


@pytest.mark.parametrize("message", CALM)
def test_daily_life_questions_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), CAUGHT)
def test_the_signs_in_everyday_words_still_warn(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_fainting_still_counts_beside_a_shared_word(ask):
    """'faint' before a thing seen or heard is how clear it is; fainting is still fainting."""
    a = ask("I fainted in the kitchen and now my back hurts")
    assert a.kind == "urgent", a.id
