"""Stop 33 (issue 7, learned33): signs the learned reader carried over its bar until a refit
moved them under it, now read by the rules, so that no refit keeps or loses them. First part,
persistent pain told by its course: a pain dated by a season's event ("since the harvest
supper"), and the season now told by what falls from the trees; time off work beside what
else the pain stops ("off sick three weeks, can't sit at a desk"); care had that did
nothing ("the nerve block a month and a half ago, no improvement at all") is no care in
hand; weight said to keep dropping off is lost ("weight keeps dropping off, 5 kilos"),
not a nap."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize("message", [
    # a season's event dates the pain as the season does
    "since the summer barbecue my leg pain has been just the same, every single day",
    "Since the christmas party, still the same aching leg, is it time to see someone?",
    "since the easter egg hunt and now the leaves are falling, the sciatica is no better",
    # time off work beside what else the pain stops
    "signed off three weeks, can't sit at a desk more than ten minutes with this leg",
    "off work 4 weeks now, can't walk far and can't sit at the desk",
    # care had that has not helped
    "had a nerve block seven weeks ago, no improvement at all, the leg is as it was",
    "had the injection seven weeks ago and no better, the leg still aches all day",
])
def test_the_rules_read_the_course(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    # weight said to keep going, not a nap; the weeks are the weight's, not the pain's
    "my weight keeps falling off, 4 kilos in 5 weeks without trying, and my back aches at night",
    "Weight just keeps dropping off me, half a stone this month, not dieting. Back still sore.",
])
def test_weight_that_keeps_dropping_off_is_lost(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    # a summer job of years is the job's time, not the pain's
    "I had a summer job for ten years in a kitchen, is standing bad for sciatica?",
    # a season's event that was days ago, a pain that is better
    "since the summer fete the leg pain has eased off loads, nearly gone now",
    "since the christmas party on Saturday my back has been a bit stiff",
    # a short time off, or time off told as over
    "off sick for a week, can't sit at a desk more than ten minutes yet",
    "I was off work three weeks last year and couldn't walk far, fine now",
    # care in hand, and nothing said of it failing
    "my spinal consultant sees me every three months for the sciatica, it stops me working"
    " full days",
    "had the injection six weeks ago and the leg is much better now",
    # care told as going on, or undated, keeps its calm note
    "I've had two injections at the spine clinic, the leg pain is no better after 3 months",
    # the leaves falling, no pain that lasts
    "now the leaves are falling I'm walking more, my back feels fine",
    # dropping off to sleep, and weight lost on purpose
    "I keep dropping off in front of the telly, my back is fine when I sit well",
    "the weight keeps dropping off since I started running on purpose, back is fine",
])
def test_the_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
