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
Its probe lists are in tests/probes/triage_distress_situation.tsv."""

from __future__ import annotations

from bot.engine import compile_knowledge
from bot.knowledge import clause_sign


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
