"""The back's emergency signs told as a part of the body and a change (stop 17): a leg,
knee, ankle, foot or toes and a loss of power; the saddle or the bottom and a change of
feeling, each side in everyday words and in either order, read only when both are said in
one clause (`in_clause` in triage.yaml), so the same common words a clause apart stay
calm. Wordings are the author's own, never copied from a set (the larger probe set is
tests/data/triage_probes7.tsv)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

URGENT = [
    # a part of the leg and a loss of power, in either order
    ("the left foot wouldn't lift over the step this morning", "progressive-weakness"),
    ("no power left in my right thigh since the weekend", "progressive-weakness"),
    ("since the disc went my ankle won't take my weight", "progressive-weakness"),
    # the saddle by its everyday names and a change of feeling
    ("down below feels like it's somebody else's when I wipe", "cauda-equina"),
    ("my undercarriage has gone dead since I hurt my back at work", "cauda-equina"),
    ("the skin between my legs feels cold and tingly since yesterday", "cauda-equina"),
    # the bottom by its everyday names: only a loss of feeling
    ("my backside is like rubber since the weekend", "cauda-equina"),
    # voice-to-text's "we" for a wee; an ability now out of reach
    ("need a we but nothing happens", "cauda-equina"),
    ("walking on tiptoe is impossible on the bad side now", "progressive-weakness"),
    # a leg turned to jelly that is getting weaker; a leg heaved in by hand; a ladder
    ("my leg has gone to jelly and it's weaker every day", "progressive-weakness"),
    ("I have to haul my leg into the lorry cab each morning", "progressive-weakness"),
    ("can't climb the ladder any more, the leg just won't do it", "progressive-weakness"),
    # numbness from where it started to where it is now
    ("the numb patch began in my heel and now it's up past my ankle", "progressive-weakness"),
]

CALM = [
    # the part and a common change word a clause apart
    "my knee aches, the deckchair folds up when I sit on it",
    "my foot is sore, the cat won't lift its head off the pillow",
    # a tingle in the buttock is sciatica's own, and this one was brief
    "tingling in my bum cheek during the stretch, stopped when I let go",
    # denied, brief after sitting, after exercise
    "no numbness in my groin area, all normal",
    "numb bum after the coach trip, fine once I walked",
    "my leg went to jelly after the spin class",
    # the stretch that pulls the leg in; a ladder climbed out of breath
    "I do the hamstring stretch by pulling my leg in with a towel",
    "puffed out carrying tiles up the ladder, I'm unfit, is sciatica worse if I'm heavy?",
    # leaks with a cause of their own: a period, a sneeze since a birth, over now
    "my period pad leaked overnight",
    "I've leaked a little when I cough since my second baby",
    "lost bladder control for a while after my daughter was born, sorted now",
]


@pytest.mark.parametrize(("message", "flag"), URGENT)
def test_a_part_and_a_change_in_one_clause_is_caught(ask, message, flag):
    a = ask(message)
    assert_caught(a, message, flag)


@pytest.mark.parametrize("message", CALM)
def test_the_same_words_apart_or_explained_stay_calm(ask, message):
    a = ask(message)
    assert_calm(a, message)


def test_in_clause_patterns_are_loaded(kb):
    """The body-function signs are clause patterns, not sentence ones."""
    assert ("limb_part", "power_gone") in kb.triage.in_clause["progressive-weakness"]
    assert ("seat_part", "feel_change") in kb.triage.in_clause["cauda-equina"]
    assert ("limb_part", "power_gone") not in kb.triage.patterns["progressive-weakness"]


def test_a_knee_said_in_a_question_about_an_exercise_stays_the_exercise(ask):
    """A part of the leg is a sign's place, never a sign: denying it takes no word away
    from the question ("not the both-knees one" still asks for the one-knee stretch)."""
    a = ask("not the both-knees one, just pulling one knee to the chest - how?")
    assert a.id == "knee-to-chest"
