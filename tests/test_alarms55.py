"""Issue 7, stop 55 (alarms55): false alarms on a sign that is not the writer's own now (a
sign's name asked about, figurative, someone else's, a thing's, long past). Part 1 lands
alarms54's patch with its kit-and-moves rule narrowed to an exercise's whole name. Wordings
are the author's own, from several speakers, never copied from a set; each calm rule's test
names the real sign of the same shape that must still warn beside it."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns


def test_a_named_raise_exercise_is_no_sign_but_a_raise_that_fails_warns(rules_alone):
    """A gym's raise is a move only by its exercise's whole name ("hanging leg raises",
    "lying leg raises": context.pseudo); a bare "leg raises" is not, since "leg" stands for
    the calf too and a calf raise (voice to text: "cough raises") or a straight leg raise
    that will not go up is the strength test failed: it warns."""
    assert_each_calm(rules_alone, (
        "Sir, I am doing hanging leg raises for abs, is it safe in L5 S1 disc bulge?",
        "reckon lying leg raises are ok for the core with a dodgy back?",
        "should I drop hanging leg raises from my ab routine with sciatica"))
    assert_each_warns(rules_alone, (
        "went to do my cough raises and the left one would not lift at all",
        "done my calve raises and the right side just wont go up no more",
        "tried ma calf raises the day and the left side would not go up",
        "Please I was doing my leg raise exercise and my right leg refused to lift, it is "
        "worse since Monday",
        "physio had me do a straight leg raise and the left just would not lift, gets weaker "
        "every day",
        "did my hanging leg raises and the right leg would not come up at all, getting "
        "weaker"), "progressive-weakness")
