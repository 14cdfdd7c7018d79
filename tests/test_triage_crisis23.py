"""Distress and persistent pain reached on new writers, and their near misses calm (stop 23,
crisis23).

Distress: a passive wish not to wake ("not bother waking up", "go to sleep and stay asleep",
no point waking any more); a crash or a vehicle wished for as the pain's end ("at least the
pain would be over"); self-harm said as what the hands do to one's own body (pinching,
clawing, punching, nails dug in) with a mark or a reason ("till they bruise", "when the pain
gets too much"); a thought that came at a place that is a way to die; a decision beside a
preparation, in one sentence or across the message, the decision said in Southern US and
Black English ("I done decided"); others said to manage fine in someone else's care beside
hopelessness; a plan kept back; a gun handled beside weariness; medicine saved beside all of
it used; ending oneself and wanting to disappear in Hindi and Tagalog; a gamer's quitting of
life. Beside a long pain, the crisis reply wins.

A wish not to wake is no one unconscious now, and a sleep boasted of ("could sleep for a
week and not wake up") is an idiom of tiredness.

Persistent pain: "2 and half months" (a half without its "a"), time in English mixed with
Tagalog ("3 months na, walang improvement"), weeks signed off with a return that failed,
"ain't improved in nine weeks".

Near misses: the point of waking early to stretch, a decision about physio, children's things
sorted for school, an itch scratched, an elbow knocked, a bridge with boats, a treatment
wished to end the pain, tablets kept for a flight, short or past fractions of a month, a
return to work that held. Wordings are the author's own (the probe set is
tests/data/triage_probes_crisis23.tsv, written before the rules).
Its probe lists are in tests/probes/triage_crisis23.tsv."""

from __future__ import annotations

from datetime import date

import pytest

from bot.engine.durations import durations_in_days

TODAY = date(2026, 11, 25)


OVER_A_LONG_PAIN = [
    "some mornings I hope I just don't wake up, two years of this leg",
    "four months of sciatica and I'd honestly rather go to sleep and not bother waking up",
    "whats the point in me, 12 weeks off work with this back and a burden on everyone",
]


@pytest.mark.parametrize("message", OVER_A_LONG_PAIN)
def test_the_crisis_reply_wins_over_persistent_pain_and_a_hoped_sleep(ask, message):
    """A wish not to wake is no one unconscious now: the crisis reply, not the emergency."""
    a = ask(message)
    assert (a.kind, a.id) == ("urgent", "distress"), (message, a.kind, a.id)


def test_a_half_typed_without_its_a_counts():
    assert 75 in durations_in_days("2 and half months", TODAY)
    assert 45 in durations_in_days("one month and half", TODAY)
