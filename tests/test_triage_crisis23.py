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
"""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine.durations import durations_in_days

TODAY = date(2026, 11, 25)

DISTRESS = [
    "might as well go to sleep tonight and not bother waking up",
    "honestly I'd like to go to sleep and stay asleep, seven months of this leg",
    "what's the point in waking up anymore when every day is agony",
    "if a lorry hit me on the way home at least the pain would be over",
    "been pinching my arms till they bruise when the sciatica is at its worst",
    "I've been clawing at my legs when the pain gets too much",
    "stood on the footbridge over the railway and the thought popped into my head",
    "I've made up my mind and sorted out all my things",
    "I done decided. Not gonna be around much longer",
    "been saving up my oxycodone, thinking of using them all this weekend",
    "whats the point in any of this. they'd manage fine with my sister",
    "I've got a plan for after the scan. not going to say what",
    "keep getting dad's old rifle out and staring at it. so tired of hurting",
    "gusto ko na lang mawala, sobrang sakit ng likod ko",
    "main khud ko khatam kar dunga, yeh dard bardasht nahi hota",
    "honestly ragequitting life sounds good",
    "if I just didn't respawn tomorrow would anyone even notice",
    # the second change: a plan told to no one, how many known beside medicine saved, an end
    # taken into one's own hands beside a means
    "I've got a plan for after Christmas. not telling anyone",
    "kept back my pregabalin for weeks. I know how many I'd need",
    "got a drawer full of co-codamol saved up. I'll sort it out myself",
]

OVER_A_LONG_PAIN = [
    "some mornings I hope I just don't wake up, two years of this leg",
    "four months of sciatica and I'd honestly rather go to sleep and not bother waking up",
    "whats the point in me, 12 weeks off work with this back and a burden on everyone",
]

PERSISTENT = [
    "my sciatica has been 2 and half months now and it's not easing",
    "sciatica ko 3 months na, walang improvement",
    "signed off 8 weeks, tried going back for a morning and couldn't hack it",
]

CALM = [
    "after that double shift I could sleep for a week and not wake up, back's fine",
    "what's the point of waking up early to stretch if it doesn't help?",
    "made up my mind, I'm booking the physio. back is sore today",
    "sorted out the kids' things for school and my back's sore from bending",
    "scratching my leg a lot because the numb patch itches, is that normal?",
    "hit my elbow on the door frame this morning, my back's no worse",
    "stood on the bridge watching the boats, my back ached after",
    "if the injection works at least the pain will be over",
    "saving my tramadol for the flight so I can sit through it",
    "a week and a half of sciatica, how long does it usually last?",
    "had two and half months of sciatica last year, it cleared up completely",
    "signed off for 7 weeks, went back to work last week and it's fine now",
    "haven't told anyone at work about my back yet, I've got a plan to ask for a standing desk",
    "the GP won't refer me so I'll sort it out myself and go private, which exercises first?",
    "I've worked out how to do the bridge without it hurting, thanks",
]


@pytest.mark.parametrize("message", DISTRESS)
def test_a_wish_not_to_wake_an_act_on_the_body_a_place_or_a_decision_gets_the_crisis_reply(
        ask, message):
    assert_caught(ask(message), message, "distress")


@pytest.mark.parametrize("message", OVER_A_LONG_PAIN)
def test_the_crisis_reply_wins_over_persistent_pain_and_a_hoped_sleep(ask, message):
    """A wish not to wake is no one unconscious now: the crisis reply, not the emergency."""
    a = ask(message)
    assert (a.kind, a.id) == ("urgent", "distress"), (message, a.kind, a.id)


@pytest.mark.parametrize("message", PERSISTENT)
def test_fractions_mixed_languages_and_a_failed_return_are_persistent_pain(ask, message):
    assert_caught(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


def test_a_half_typed_without_its_a_counts():
    assert 75 in durations_in_days("2 and half months", TODAY)
    assert 45 in durations_in_days("one month and half", TODAY)
