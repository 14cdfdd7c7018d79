"""Stop 34 (offtopic34b, issue 8): a small child's body is never ours.

A part of the body said to be a toddler's, a newborn's or an infant's ("my toddler ... his
legs") is a child's body, as an animal's is ("my dog's back legs"): the message is declined.
The writer's own body beside the child keeps it ours ("carrying my toddler hurts my back"),
and a condition or a disc named after a child is a grown-up's, never the child's ("my wife
has a toddler she lifts all day, how does she manage with sciatica"). A baby stays out (a
pregnancy's baby presses on the writer's nerve), and so do a son or a kid, who may be grown.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

CHILDS_BODY = [
    "my toddler keeps saying his knees and legs ache when he goes to bed",
    "my toddler wakes up crying about pain in her legs most nights",
    "is it normal for a toddler to walk on tiptoes, his calves seem tight",
    "our newborn's legs look a bit bowed, is that normal",
    "the toddler bumped her back on the coffee table, she seems fine now",
    "my infant kicks his legs a lot in his sleep, why",
]

THE_WRITERS_BODY = [
    ("carrying my toddler around all day is killing my back and leg", "lifting"),
    ("how do i lift my toddler into the bath without setting my sciatica off", "lifting"),
    ("my husband has a toddler to lift every morning, how does he do it with a slipped disc",
     "lifting"),
    ("my toddler climbed on me and now the pain down my leg is worse", None),
    ("the baby is lying on a nerve, pain shoots down my leg at night", None),
]


@pytest.mark.parametrize("message", CHILDS_BODY)
def test_a_small_childs_body_is_declined(ask, message):
    """A toddler's, a newborn's or an infant's legs, knees or back: a child's body."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), THE_WRITERS_BODY)
def test_the_writers_body_beside_a_small_child_stays_ours(ask, message, entry):
    """The writer's back or leg, a grown-up's condition, a pregnancy's baby: ours."""
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)
