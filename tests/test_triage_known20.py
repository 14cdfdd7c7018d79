"""Signs that are long-standing and known, or explained and over (stop 20, task D). A sign
named as a general truth ("X is an emergency", "X are serious") is known about, not told as
one's own; both sides numb with the cold or a long-known diabetes take the cold's or the
diabetes' reading with the numbness they describe; an arm numb from lying on it is no
stroke's arm either; a lump that is a lipoma now is explained; "more likely to have ..."
imagines. Each has its unhappy path: the same shapes told as happening now, new or lasting
still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

CALM = [
    # a general truth, known about
    "my mate told me losing feeling in your privates is an emergency, luckily nothing like "
    "that with me",
    "everyone knows wetting yourself with a bad back is a red flag, mine's just a stiff back",
    "the physio said bladder changes are serious, all normal for me so far",
    # both sides numb with the cold that passed, or with a long-known diabetes
    "both feet went numb in the snow at the bus stop, warmed up fine at home",
    "numb toes on both sides from my diabetes, 6 years, the foot clinic sees me",
    # an arm lain on
    "woke with my right arm numb from lying on it, fine within a minute",
    # a lump that is a lipoma
    "the cyst on my lower back is a lipoma according to the scan, same size for years",
    # how likely, imagined
    "my bladder was fine after the op, does that make me more likely to have back problems "
    "later?",
]


@pytest.mark.parametrize("message", CALM)
def test_known_explained_or_over_stays_calm(ask, message):
    assert_calm(ask(message), message)


CAUDA = [
    # the general truth, then the writer has it
    "heard numbness between the legs is an emergency and I've got that since this morning",
    "the physio said losing bladder control is serious and I think that's happening to me",
    "numbness between my legs is an emergency isn't it? it's been numb since lunch",
    # numb with the cold, but still numb
    "both feet went numb in the snow and they're still numb the next day, my back's agony",
]


@pytest.mark.parametrize("message", CAUDA)
def test_the_same_shapes_told_as_now_still_warn(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


def test_an_arm_lain_on_that_stays_numb_beside_the_face_is_an_emergency(ask):
    message = ("woke with my right arm numb from lying on it, still numb hours later and my "
               "face feels droopy")
    assert_emergency(ask(message), message)
