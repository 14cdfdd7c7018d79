"""Stop 46 (scope46, issue 8): off-topic messages answered for a word of ours they misread.

A goal's words leave a gap where they stood, so the words around them never join ("my chest
day routine" is no "my routine"); a condition lived with does not ("my hip replacement
exercises" are the writer's exercises). A stretch of land or water is walked or driven, no
stretch done; nerves said to be "in bits" or "shot" are worry; a roof's hip, scales one
stands on and a leg made of carbon fibre are things named with our words; a wall of stone
is built; the skin of a leg or a residual limb, its care and its dryness, is the skin's;
the back ruled out ("for my head, not my back") says the rest is where. A limb lost and
lived with ("a prosthetic leg", "an amputee") is the situation the advice must fit. Triage:
a worn or household thing that leaks is no bladder, and grief that goes on ("still miss
her") is no pain that goes on. Wordings are the author's own, never from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined

DECLINED = [
    # a goal's words between "my" and "routine"
    "my chest day routine, incline press or flat press first",
    # a stretch of land or water
    "Looking for a quiet stretch of beach in Devon, my first trip away alone. Any suggestions?",
    # nerves as worry
    "My nerves are shot, big interview at the bank tomorrow. Any tips to stay calm?",
    "My nerves are in bits, I'm giving the speech at a wedding on Saturday. Any tips?",
    # a roof's hip
    "what does hip end mean on a roof drawing",
    "what does a hipped roof mean on the plans",
    # a wall of stone
    "how do I build a stone wall that lasts",
    # the skin of a leg
    "can you suggest a skin care routine for my legs, the skin is flaky",
    "please suggest a daily skin care routine for my residual limb, it gets dry",
    # a made foot
    "which trainers fit best over a prosthetic foot for the gym",
    # the back ruled out
    "do I need to fast before an MRI on my knee, not my back",
    # scales stood on
    "how do I weigh myself on bathroom scales when I only have one leg now",
    "how do I get in the bath when I only have one leg",
]

STILL_OURS = [
    # the writer's own exercises beside a condition lived with
    "should I keep doing my hip replacement exercises now the sciatica has started",
    # a stretch done
    "which stretch helps my sciatica before a long stretch of road in the car",
    # nerves of ours
    "my nerves are firing all down my leg, is that sciatica",
    # the hip of ours
    "pain in my hip going down the back of my leg",
    # our exercise beside a weight in stone
    "wall squat, I'm 17 stone with sciatica, is it safe",
    # the skin of a leg that complains
    "the skin on my leg burns and tingles since the sciatica started",
    # a limb lost, lived with beside the back
    "lifting the shopping with a prosthetic leg and a bad back, any tips",
    # the leg said beside the back ruled out
    "the pain is in my leg, not my back, is it still sciatica",
    # one leg of two that hurts
    "why does only one leg hurt with sciatica",
]


@pytest.mark.parametrize("message", DECLINED)
def test_a_thing_named_with_our_words_is_declined(ask, message: str) -> None:
    """A goal, a stretch of road, nerves as worry, a roof, a wall, the skin, a prosthesis,
    the back ruled out, scales: nothing of ours is asked."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", STILL_OURS)
def test_the_writers_own_words_keep_it_ours(ask, message: str) -> None:
    """The same words beside the condition, a complaint or one of our exercises."""
    a = ask(message)
    assert a.kind not in ("fallback", "urgent"), (message, a.kind, a.id)


# Triage: a thing that leaks, grief that goes on.

CALM = [
    "my CPAP mask leaks every night, how do I get a better seal",
    "the cpap mask keeps leaking, what size is right",
    "I still miss her every day, five months on, is that normal",
    "still hear his voice in the kitchen three months on, does that stop",
]

STILL_URGENT = [
    # a leak of the body beside a thing's
    ("the mask leaks and I keep leaking wee since my back went", "cauda-equina"),
    ("I keep leaking at night and can't feel it, my back is agony", "cauda-equina"),
    # a pain that goes on beside grief
    ("my back has hurt for 2 months and I still miss him", "persistent-pain"),
]


@pytest.mark.parametrize("message", CALM)
def test_a_things_leak_or_grief_is_no_warning(ask, message: str) -> None:
    """A mask or a bottle that leaks is no bladder; missing someone for months is no pain."""
    a = ask(message)
    assert a.kind != "urgent", (message, a.id)


@pytest.mark.parametrize(("message", "flag"), STILL_URGENT)
def test_the_bodys_leak_or_a_pain_still_warns(ask, message: str, flag: str) -> None:
    """The same words beside wee, a leak not felt, or a pain dated two months."""
    a = ask(message)
    assert a.kind == "urgent" and a.id == flag, (message, a.kind, a.id)
