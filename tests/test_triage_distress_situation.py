"""Distress told by behaviour and situation rather than by words about death (stop 18).

The Samaritans, IS PATH WARM and the NHS list warning signs that are things people do or
where they are: a farewell that is final, affairs put in order person by person (a letter to
each, things given away, a pet given a home, an apology passed on), being at or looking at a
place that is a way to die now, readiness to join someone who died, a peaceful way to end
asked for, medicine saved up, a future without the writer. Each is a category of
`kinds.distress` in triage.yaml; most need a second sign, and their near misses are the
ordinary lives of the same words (a goodbye for the night, a move, a pet for an allergy, a
bridge on the way to work, tablets for a holiday, a parent remembered). Wordings are the
author's own, never copied from a set (the larger probe set is
tests/data/triage_probes_distress18.tsv, written before the rules).
"""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import compile_knowledge
from bot.knowledge import clause_sign

DISTRESS = [
    # a final farewell beside thanks or love
    "cheers for everything you lot, this is goodbye",
    "goodbye for good. love you all",
    # things and pets handed on, beside another sign
    "my sister is taking the dog for me now and I've given my guitars away. nothing left",
    "found a new home for the budgie and sorted my will",
    # a message left for someone close
    "can you pass a message on to my son, it was never his fault",
    # at a place that is a way to die now, and lingering there
    "parked at the top of the multistorey again, been here for hours",
    "sat on the riverbank in the middle of the night, can't see the point",
    # a ligature and a point to tie it to, tried out
    "put the dressing gown cord over the banister to see if it would hold",
    # fumes in a closed space, beside hopelessness
    "sitting in the garage with the engine running, i give up",
    # joining someone who died, with readiness or a time set
    "lost him in march and I want to be with him again, I'm ready",
    # a peaceful way to end, asked for
    "whats the most painless way to not wake up",
    # medicine saved, said as an amount grown
    "stashing my pregabalin every night, got a months worth now",
    # medicine set out in front of one now
    "the tramadol is all laid out in front of me",
    # others better without the writer, beside a burden
    "they'd be happier without me around, I'm just a burden to them",
    # a future without the writer said plainly
    "doubt I'll still be here by the spring",
]

CALM = [
    "goodbye for now, see you tomorrow for more stretches",
    "night night, thanks for the help today",
    "we rehomed the cat because my son is allergic, can I still do the stretches on the floor?",
    "giving away my old furniture as we're moving, how should I lift the boxes?",
    "I'm sat on the train over the bridge on my commute and my leg aches",
    "sitting by the canal with a coffee, back feels looser",
    "my late husband always rubbed my back, I miss him",
    "saving a few of my tablets for the holiday in case the chemist is closed",
    "is there a gentle way to stretch my hamstrings?",
    "my team will manage fine without me while I'm on leave",
    "I loop a belt round my foot for the hamstring stretch",
    # a place alone, now, is a roofer's or a smoker's: it needs a second sign
    "up on the roof sorting the guttering right now, back's holding up",
]


@pytest.mark.parametrize("message", DISTRESS)
def test_a_sign_told_by_situation_gets_the_crisis_reply(ask, message):
    assert_caught(ask(message), message, "distress")


@pytest.mark.parametrize("message", CALM)
def test_the_ordinary_life_of_the_same_words_is_calm(ask, message):
    assert_calm(ask(message), message)


def test_a_place_and_being_there_must_share_a_clause(kb):
    """Being at a place is said in one clause: "I sat down" and a bridge in another clause
    are no one at a bridge."""
    triage = compile_knowledge(kb).triage
    place = clause_sign("place")
    here = triage.read("standing on the bridge at 3am thinking")
    assert any(place in f.concepts for f in here.findings if f.flag.id == "distress")
    apart = triage.read("I sat down for a rest, then did the bridge exercise at night thinking")
    assert not any(place in f.concepts for f in apart.findings)


def test_a_category_said_in_a_clause_is_kept_with_its_signs(kb):
    """`in_clause` adds its categories to `signs`: the pairs in `together` may name them."""
    kinds = kb.triage.kinds["distress"]
    assert (clause_sign("place"),) in kinds.signs["place"]
    assert ("key_place", "key_there") in kinds.in_clause["place"]
    assert ("place", "lingering") in kinds.together


def test_key_words_do_not_tell_that_someone_elses_sign_is_going_on(ask):
    """A key word of a category ("fine", "sitting") is ordinary: beside someone else's past
    sign it does not make that sign happen now."""
    a = ask("my friend's toddler had a fit with a fever last year, she's sitting up fine now")
    assert a.kind != "urgent", a.id
