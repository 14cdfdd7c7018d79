"""Signs asked about, denied in an answer's form, over by a time told after them, or getting
better (stop 19): the largest class of false alarms. A question about a sign in general ("is
X a thing with sciatica?", "is it true codeine can ..."); a no after a sign named bare or
asked ("numb down there? no not at all", "tingling in the saddle - nope"), chained ("no
not at all") or followed by what it was instead ("nah, my ankle just clicks"); an episode
dated and over in the sentence after it ("that was a month ago and it's been normal
since"); a foot drop improving, a numb patch shrinking; an examination fine on both sides;
legs that ache after a day's carrying with the nerve signs denied. Each has its unhappy
path: the same shapes that tell a sign now still warn. Wordings are the author's own,
never copied from a set. Its probe lists are in tests/probes/triage_asked19.tsv."""

from __future__ import annotations


def test_a_chain_of_denials_is_a_denial(ask):
    """'no not at all' is two denials said together: the question before it is denied."""
    a = ask("weak legs? no not at all. numbness round my privates? nope, none of that")
    assert a.kind != "urgent", a.id


def test_a_trying_that_came_to_nothing_is_no_denial(ask):
    """'nothing' after an attempt is its outcome, not an answer: still a warning."""
    a = ask("tried to pee at noon, nothing. tried again at 2, a dribble")
    assert a.kind == "urgent", a.id
