"""Stop 44 (scope44, issue 8): off-topic messages answered for a shared word.

A baby's body is the baby's (`small` in the domain), and "he" or "her" stands for the last
being named, never the writer ("the baby's hips are tight, should I stretch her legs"); a
being named alone right before a body part owns it, one the writer lifts or carries does
not ("pick up my toddler with this back"). A stretch done is care, not a body part ("back
stretch" names the back). An -ly word after a determiner describes the noun after it ("my
monthly budget" names a budget: another topic). The bum's shape is a goal of its own
(`goals`), and the nipple a part of its own (`elsewhere`). Wordings are the author's own,
never from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined

DECLINED = [
    # a baby's or a toddler's body
    "is it normal for a newborn to arch her back all the time",
    "the baby keeps arching his back and crying after a bottle",
    "my baby's legs look a bit bowed, should I massage them",
    "toddler's hips click when I change his nappy, is that ok",
    "the health visitor thinks the baby's neck is tight, should I stretch it",
    "newborn hips are tight, should i stretch her legs",
    # a monthly or weekly thing named
    "how can I stretch my weekly food shop further",
    "any tips to stretch my monthly wages till payday",
    # the bum's shape as a goal
    "squats or glute bridges for a peachy bum",
    "how many hip thrusts for a perkier butt",
    # another part of the body
    "cracked nipples from feeding, what cream works",
    "sore nipples when pumping, is there anything for the pain",
]

STILL_OURS = [
    # the writer's own back, leg or condition beside a baby or a toddler
    "how do I pick up my toddler with this back",
    "carrying my baby all day and my leg pain is getting worse, any tips",
    "lifting the baby out of the cot kills my back, how should I do it",
    "can I still lift my baby with sciatica",
    "my back goes every time I bend to get the baby out of the car seat",
    # a stretch, an -ly word and a bridge beside something of ours
    "is there a back stretch I can do while the baby naps",
    "my leg is permanently numb, is that the nerve",
    "glute bridges with sciatica, how many reps",
    "breastfeeding and my sciatica is bad, which painkillers are safe",
]


@pytest.mark.parametrize("message", DECLINED)
def test_another_beings_body_or_topic_is_declined(ask, message: str) -> None:
    """A baby's body, a budget, a goal of looks, another part of the body."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", STILL_OURS)
def test_the_writers_own_back_keeps_it_ours(ask, message: str) -> None:
    """The same words beside the writer's own back, leg or condition."""
    a = ask(message)
    assert a.kind != "fallback", (message, a.kind)
