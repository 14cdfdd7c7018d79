"""The back's emergency signs told as a part of the body and a change (stop 17): a leg,
knee, ankle, foot or toes and a loss of power; the saddle or the bottom and a change of
feeling, each side in everyday words and in either order, read only when both are said in
one clause (`in_clause` in triage.yaml), so the same common words a clause apart stay
calm. Wordings are the author's own, never copied from a set (the larger probe set is
tests/data/triage_probes7.tsv). Its probe lists are in tests/probes/triage_bodyfn.tsv."""

from __future__ import annotations


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
