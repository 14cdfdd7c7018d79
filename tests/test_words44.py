"""Issue 8, stop 44 (words44): farmers, gardeners, new parents and office workers ask in
their own words. A trade's, a setting's or its kit's words beside a back question are the
writer's day (`activities` in language.yaml): the quad bike and the combine, compost bags
and logs, lambing and shearing, the car seat and the sling, the office and its screens.
Heavy loads are lifted when they are hefted, lugged or chucked about; a medicine that makes
one dozy has a side effect; "get this every spring" is it coming back; a kid's pose is the
child's pose; "baby brain" names no brain, a shoulder bag no shoulder, "at arm's length" no
arm. Without a word of the writer's condition the same words stay another topic's; a leg of
lamb is food. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """Answered with the entry, or offered it in a "did you mean"."""
    return answer.id == entry_id or any(s.id == entry_id for s in answer.suggestions)


@pytest.mark.parametrize("message", [
    "is lugging feed sacks across the yard ok with my sciatica",
    "hefting firewood in with a bad back, any tips",
    "chucking hay bales about all morning, is that wrecking my back",
    "how should i carry compost bags with my sciatica",
    "backpack or a messenger bag for my commute with a bad back",
])
def test_a_farms_and_a_gardens_loads_are_lifting(ask: Ask, message: str) -> None:
    """The loads of a farm, an allotment and a working day, hefted, lugged or chucked about
    beside the writer's back, are lifting."""
    answer = ask(message)
    assert answer.kind == "faq" and answer.id == "lifting", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "hours on the quad bike checking fences, will that make my sciatica worse",
    "the sheep shearing is next week, will my back cope",
])
def test_a_farms_days_beside_the_back_are_never_declined(ask: Ask, message: str) -> None:
    """A farm's vehicle or its season's work beside the writer's back is the writer's day:
    the message is ours, never declined."""
    answer = ask(message)
    assert answer.kind != "fallback", message


@pytest.mark.parametrize(("message", "entry_id"), [
    ("gabapentin makes me really dozy, is that a side effect", "nerve-pain-medicines"),
    ("will i get this every winter when the lambing starts", "coming-back"),
    ("how do i do the kids pose", "childs-pose"),
    ("mum brain, how many reps was it again", "reps-and-sets"),
    ("what do most folk get wrong with the stretches", "common-mistakes"),
])
def test_everyday_words_for_what_is_asked(ask: Ask, message: str, entry_id: str) -> None:
    """Dozy on a medicine, "get this every" season, a kid's pose, forgetful "mum brain"
    and "folk" are everyday words for what is asked, no other topic."""
    answer = ask(message)
    assert answer.id == entry_id, (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "holding the baby at arm's length to get her into the cot kills my back, how should i lift her",
    "I lift my grandson into his car seat at arm's length and my sciatica flares every time, "
    "how do i lift him better",
])
def test_a_child_held_at_arms_length_is_lifting(ask: Ask, message: str) -> None:
    """A child held "at arm's length" while lifted into a cot or a car seat names no arm:
    the message is offered lifting, not declined for another body part."""
    assert _offers(ask(message), "lifting"), message


@pytest.mark.parametrize("message", [
    "how long to roast a leg of lamb",
    "best chainsaw for cutting firewood",
    "which car seat is safest for a newborn",
    "sheep keep escaping through the hedge, how do i stop them",
    "is baby brain a real thing",
    "lost the manual for my chest of drawers",
    "how do i get going on my tax return",
    "throwing the ball about with my kids in the park",
    "chucking a frisbee about with the kids, any tips",
    "which quad bike is best for a small farm",
    "best sling for a newborn",
])
def test_the_same_words_without_the_back_stay_declined(ask: Ask, message: str) -> None:
    """Without a word of the writer's condition a farm's, a nursery's or a kitchen's words
    are another topic's; a joint of meat is food, a chest of drawers furniture, a ball
    chucked about a game."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)
