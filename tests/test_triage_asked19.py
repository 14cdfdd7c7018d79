"""Signs asked about, denied in an answer's form, over by a time told after them, or getting
better (stop 19): the largest class of false alarms. A question about a sign in general ("is
X a thing with sciatica?", "is it true codeine can ..."); a no after a sign named bare or
asked ("numb down there? no not at all", "tingling in the saddle - nope"), chained ("no
not at all") or followed by what it was instead ("nah, my ankle just clicks"); an episode
dated and over in the sentence after it ("that was a month ago and it's been normal
since"); a foot drop improving, a numb patch shrinking; an examination fine on both sides;
legs that ache after a day's carrying with the nerve signs denied. Each has its unhappy
path: the same shapes that tell a sign now still warn. Wordings are the author's own,
never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CALM = [
    # asked in general
    "is retention a thing with a slipped disc or only with the serious kind?",
    "is it true naproxen can make it hard to wee? not on it yet",
    # denied in an answer's form
    "pins and needles around the back passage - nope, none of that",
    "numb between the legs? no not at all, only the buttock is sore",
    "numb bum? is that a thing with sciatica? read about it, I don't have it",
    "leg giving way? nah my ankle just clicks when I get up",
    # dated and over in the sentence after
    "couldnt wee after the spinal anaesthetic. that was a month ago and it's been totally "
    "normal since",
    # getting better
    "the foot drop is improving week by week with the physio",
    "the numb patch on my calf is shrinking each week",
    # an examination fine on both sides
    "consultant checked my strength today, full marks both legs",
    "heels and tiptoes fine for the physio. Strength good both sides",
    # a day's exertion, with the nerve signs denied
    "both legs ache after carrying the twins about all day, no tingling or numbness",
]


@pytest.mark.parametrize("message", CALM)
def test_asked_denied_over_or_improving_stays_calm(ask, message):
    assert_calm(ask(message), message)


CAUDA = [
    # a no that turns round, or a sign tied to now beside it
    "can't feel my bum? no I can't, since this morning",
    "numb down below? nope it's completely numb now",
    # asked about, then the writer's own
    "is it true a disc can stop you peeing? because I can't go since yesterday",
    # dated, but tied to now in its own words
    "I can't pee today. That was also the case a month ago and fine since.",
    # a word of surprise is no examination found good
    "oh my goodness both legs are numb",
    # a day's exertion, but numb now
    "both legs ache after the hike and now I can't feel my bum",
]


@pytest.mark.parametrize("message", CAUDA)
def test_the_same_shapes_with_the_sign_now_still_warn(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


WEAKER = [
    "my foot drop was getting better but now it's worse again",
    "foot drop improving? no, it's worse this week",
    "numbness in my shin and my calf muscle is shrinking",
    "leg gave way, nope, not again",
]


@pytest.mark.parametrize("message", WEAKER)
def test_weakness_that_comes_back_or_a_muscle_that_wastes_still_warns(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


def test_a_chain_of_denials_is_a_denial(ask):
    """'no not at all' is two denials said together: the question before it is denied."""
    a = ask("weak legs? no not at all. numbness round my privates? nope, none of that")
    assert a.kind != "urgent", a.id


def test_a_trying_that_came_to_nothing_is_no_denial(ask):
    """'nothing' after an attempt is its outcome, not an answer: still a warning."""
    a = ask("tried to pee at noon, nothing. tried again at 2, a dribble")
    assert a.kind == "urgent", a.id
