"""Jokes, figures of speech and other people's signs (stop 20): an idiom with its verb
("gone weak at the knees"), a verb that looks like a tool ("I saw"), a crush one has, a
mood said as numbness, a face that droops from tiredness, warmth from a heat source, a
leak of a thing or a drink dribbled, slurring after drink counted in pints, a chest sore
from a workout, someone else's sign with a long-known cause of their own, someone else's
crash told with how they are, a young person's back ache with her periods, whether to
stop an activity, whether a sign can happen at all, a clause after a comma that asks for
the writer. The serious side of each still warns: a carer telling the sign of the person
they care for, a joke told about a real sign now, "is it normal that I can't ..." asked
about oneself now. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

CALM = [
    # an idiom with its verb before it; a verb that looks like a tool; a crush one has
    "my putting has gone weak at the knees this season, sciatica or not",
    "legs like jelly cos i saw my crush at the bus stop haha",
    # a mood said as numbness; "dead" as "very"
    "honestly I'm emotionally numb after this week, the back is ticking along",
    "dead tired after the double shift, legs heavy, normal for a Friday",
    # a face that droops from tiredness; a hangover after a contrast
    "face all droopy this morning from tiredness, the twins were up all night ha",
    "I look like death warmed up but it's just a hangover, back's no worse",
    # slurring after drink counted as people count it, drink not denied
    "was slurring by the end of the night after five pints, fine in the morning",
    # warmth from a heat source one uses for the back
    "the electric blanket makes me feel feverish lol, helps the back though",
    # a leak of a thing; a wet patch only taken for one; a drink dribbled
    "petrol leaked down my jeans at the pump, the cashier gave me a look ha",
    "spilt squash in my lap, the kids thought I'd had an accident",
    "lip still numb from the filling, dribbling my coffee everywhere",
    # a chest sore from the exercise itself
    "chest tight and sore the day after press ups, muscles ache, breathing fine",
    # someone else's sign with a long-known cause of their own
    "my uncle has foot drop since his stroke, could my sciatica end up like that?",
    "my sister has MS and her legs give way now and then, is sciatica related to MS?",
    "my grandad has had foot drop ever since his stroke, does sciatica ever cause it?",
    # someone else's crash told with how they are; a thing hit, nobody hurt
    "my cousin had a car crash on the way to work, he's fine thank god",
    "a van clipped our gatepost last night, nobody hurt. is swimming ok for sciatica?",
    # a young person's back ache with her periods
    "my 13 year old gets back ache every time she has her period, is that common?",
    # whether to stop an activity, asked
    "should I stop having sex while the disc heals? nobody has said",
    "it'd kill me to stop the gym, is lifting ok with a bulging disc?",
    # whether a sign can happen at all, asked after it
    "Sciatica on both sides, is that even possible? mine's only the left",
    # someone else's illness, then a clause that asks for the writer
    "my neighbour has bowel cancer, we drive her to chemo, any tips for the car with sciatica?",
]

STILL_WARN = [
    # a carer telling the sign of the person they care for
    ("I care for my wife, since this morning her foot slaps and she can't lift her toes",
     "progressive-weakness"),
    ("my dad's back went on Monday, I'm his carer and now he can't pee at all",
     "cauda-equina"),
    # someone else's sign with their own condition, but new or worse now
    ("my husband has MS and since yesterday his legs give way and he can't pee",
     "cauda-equina"),
    ("my dad's foot drags since he had a stroke this morning", "general-emergency"),
    # a joke told about a real sign now
    ("haha my legs have gone weak and keep buckling on the stairs since Sunday",
     "progressive-weakness"),
    ("face drooping on the left and I can't lift my arm, too tired I guess lol",
     "general-emergency"),
    # "is it normal that ..." asked about oneself now
    ("is it normal that I can't feel the loo roll when I wipe?", "cauda-equina"),
    # drink denied, a heat source with a reading, a leak not felt
    ("slurring my words and I haven't had a drink, started an hour ago",
     "general-emergency"),
    ("feverish even with the hot water bottle, temp 38.7 and the back is worse",
     "serious-illness-signs"),
    ("leaked wee in the garden and didn't feel it, back agony since Friday",
     "cauda-equina"),
    # giving up minded, but the work already stopped for weeks
    ("I'd hate to give up work but I've been off 8 weeks now with the leg, can't do my job",
     "persistent-pain"),
    # a chest tight at rest, not a workout
    ("chest tight and heavy, spreading to my arm, I was sat on the sofa",
     "general-emergency"),
]


@pytest.mark.parametrize("message", CALM)
def test_jokes_figures_and_other_peoples_signs_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), STILL_WARN)
def test_the_serious_side_still_warns(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_a_clause_that_asks_is_the_writers(ask):
    """A clause after a comma that asks ("..., any tips for the car with sciatica?") is the
    writer asking for themselves, as a sentence that asks is; one that goes on about the one
    just told of ("..., is that normal?") and a statement after a bracket ("Mum (80) has
    had sciatica ...") are not."""
    other = ask("my aunt has breast cancer, any advice for sitting in the hospital with sciatica?")
    assert_calm(other, "aunt's cancer")
    carer = ask("Mum (80) has had sciatica a month, today she wet herself and didn't feel it")
    assert_emergency(carer, "carer")
