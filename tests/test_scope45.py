"""Stop 45 (scope45, issue 8): off-topic messages answered for a word of ours they misread.

A part of the body right before "of" is a thing's side or part ("the back of my knitting",
"the legs of the table": `part_of` in the domain), no body of anyone's; the part after it
still counts ("the back of my legs"). An illness said in one word ("stroke", "asthma":
`illnesses` in the domain) is another condition, never a part of the body where one of our
exercises is done, so a chest stretch for it is the illness's, not the knee to chest.
Leggings are worn, no legs (the stemmer read "leggings" as "leg"). Part 2, triage: a thing
said to confuse ("it's all very confusing") is no person confused, and a chest tight from
the dust a question asks a mask for is explained by it. Wordings are the author's own,
never from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined

DECLINED = [
    # a thing's back or legs
    "how do I stop the back of my knitting looking messy",
    "how do I tidy up the back of my cross stitch",
    "the legs of my kitchen table wobble, how do I fix them",
    # a stretch for another condition's part
    "how long should my mum hold her chest stretch now her asthma is back",
    "what chest stretches help my husband since his stroke",
    "my son has asthma, how long should he hold a chest stretch",
    # leggings
    "how do I stop my leggings going see through",
]

STILL_OURS = [
    # the back of a part of ours is that part
    "sharp pain at the back of my legs when I bend, is that the nerve",
    "pain at the back of my leg after sitting all day",
    "pain in the back of my hip and down my leg",
    # an exercise described by the parts it moves, and one of ours beside an illness
    "lying on my tummy pushing up with my arms, how long do I hold it",
    "on my back pulling one knee up to my chest, is that the right one",
    "can I do the knee to chest stretch with asthma",
    # leggings beside the writer's own condition
    "my sciatica is bad, are leggings or joggers better for the stretches",
]


@pytest.mark.parametrize("message", DECLINED)
def test_a_things_part_an_illness_or_clothes_is_declined(ask, message: str) -> None:
    """A thing's back or legs, a stretch for another illness, leggings: not ours."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", STILL_OURS)
def test_the_writers_own_parts_keep_it_ours(ask, message: str) -> None:
    """The back of a part of ours, an exercise described by its parts, the condition."""
    a = ask(message)
    assert a.kind != "fallback", (message, a.kind)


def test_the_back_of_a_leg_is_still_the_leg(ask) -> None:
    """Only the part before "of" is the thing's: the leg after it still says ours."""
    a = ask("the back of my leg burns after a long drive, what helps")
    assert a.kind != "fallback", a.kind


# Part 2: questions read as urgent for a word that is no sign there.

CALM = [
    # a thing said to confuse: what one reads or is told muddles, no one is confused
    "the physio explained the exercises but it was all quite confusing, which one is first",
    "the consultant went through my MRI and it's all very confusing, what does it all mean",
    # a chest tight from dust breathed in, asked of as what to wear
    "chest goes tight from the sawdust when I'm at the lathe, which mask is best",
    "my chest gets tight with the plaster dust at work, what should I wear",
]

STILL_URGENT = [
    # a person confused, or a head that will not think
    "my dad is all confused today and my back is bad",
    "back pain and its all confused, i cant think straight",
    # a chest tight with breath short, a heavy chest, or dusting (no dust breathed in)
    "chest tight from the paint fumes and now I'm short of breath",
    "my chest is tight and heavy and the dust is everywhere",
    "my chest is tight, I was dusting the shelves",
]


@pytest.mark.parametrize("message", CALM)
def test_a_confusing_thing_or_dust_in_the_chest_is_no_emergency(ask, message: str) -> None:
    """'Confusing' said of a thing shares its stem with 'confused'; a chest tight from the
    dust the question asks a mask for is explained by it."""
    a = ask(message)
    assert a.kind != "urgent", (message, a.id)


@pytest.mark.parametrize("message", STILL_URGENT)
def test_a_confused_person_or_a_chest_with_other_signs_still_warns(ask, message: str) -> None:
    """The same words beside a person, a time it came on, short breath or a heavy chest."""
    a = ask(message)
    assert a.kind == "urgent" and a.id == "general-emergency", (message, a.kind, a.id)
