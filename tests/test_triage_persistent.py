"""Persistent pain and the time it has lasted, read as people tell it (stop 17): a long time
said without a count ("forever", "yonks", "all winter", "month four"), misheard by
voice-to-text ("too months", "nine weak now"), dated by the farming year or a birth, a back
that "is at me" or is "crippled", five weeks said outright to be no better. Their calm side:
four weeks no better is not yet enough, a job's or a carer's years beside a back hurt this
morning, a diabetes that does not explain a sciatica away only explains numb feet. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CAUGHT = [
    "had this pain down my leg forever it feels like, and it isn't easing",
    "its been yonks, my leg still burns",
    "the sciatica was bad all through the winter and still is",
    "month four of this nerve pain in my calf",
    "about too months now and the leg pain hasnt eased",
    "nine weak now with this leg pain",
    "my hip and leg have been at me since lambing",
    "crippled with my back since harvest, still the same",
    "5 weeks and the leg pain is no better",
    "five weeks in, back to square one with the sciatica",
    "sciatica started when the baby arrived and he is 3 months old now, still there",
    "I'm diabetic and the sciatica has gone on 10 weeks, no better",
]

CALM = [
    "4 weeks and the leg pain is no better, should I keep doing the exercises?",
    "I've driven lorries for 30 years and my back went on Tuesday",
    "been nursing my dad for 8 years and I hurt my back lifting him yesterday",
    "will I have this sciatica forever? it started last week",
    "it's been years since I had back trouble, pulled it at the weekend",
    "my back is sore from lambing, only a few days",
    "diabetic for 20 years with numb feet, GP knows, back is stiff today",
]


@pytest.mark.parametrize("message", CAUGHT)
def test_persistent_pain_told_without_a_plain_count(ask, message):
    assert_caught(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", CALM)
def test_its_calm_side(ask, message):
    assert_calm(ask(message), message)


# Stop 20: what looks like a stop or a long time but is not one. Giving something up dreaded,
# not done ("it would kill me to give up ..."); a habit given up by choice ("gave up the
# beer"); a stop with the day it ends ("off work till Thursday"); a struggle said with a groan
# ("can't get out of the chair without swearing"); a long time asked and then put right ("six
# weeks? no, only day 4"); a sign's own words of going on ("the leak has been the same for
# three years", explained after an operation). The other side stays caught: a stop that
# lasts, a long time told, a sign's sameness beside the pain's. The author's own wordings.
NOT_A_STOP = [
    "it would break my heart to give up the netball, can I still play with sciatica?",
    "lost half a stone since I gave up the booze in January, back's a bit better",
    "my back went on Friday, off work until next Tuesday, what should I do meanwhile?",
    "can't get off the sofa without groaning ha, sciatica day 3",
    "ten weeks? nope, this is only day 6. how long does it usually last?",
    "the dribble after my bladder op has been the same for four years, pads manage it. "
    "is swimming ok for my sciatica?",
]

STILL_A_STOP = [
    "I've had to give up running because of my back, 7 weeks now",
    "off work for eight weeks with this sciatica and no better",
    "ten weeks? yes, ten weeks of this leg pain and still the same",
    "the sciatica has been the same for three months despite the physio",
]


@pytest.mark.parametrize("message", NOT_A_STOP)
def test_a_stop_dreaded_chosen_or_short_is_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", STILL_A_STOP)
def test_a_stop_or_a_sameness_that_lasts_still_warns(ask, message):
    assert_caught(ask(message), message, "persistent-pain")


# Stop 22: how long told by dates or counts (a start month and a now month, new year, the
# pain's age, "nothing is shifting it", the Geordie "nee better"), a leg's nerve pain that
# wakes one every night (the sciatica's nights, not another illness's); the calm side: a long
# time mostly gone ("80% better"), a stop only some nights, a stop to care for someone ill, a
# stop of one position, a long past time off "fine since". The author's own wordings.
TOLD_BY_DATES = [
    "it came on at new year and it's now April, no change whatsoever",
    "sore since the beginning of the year, it's nearly May and no better",
    "the nerve pain is eleven weeks old and it hasn't budged",
    "coming up to 2 months, can't dance, can't rehearse, nothing is shifting it",
    "since mid July, it's October now, nee better",
    "Week 10. The leg pain wakes me every night, I've had to stop driving the bus",
]

CALM_COURSES = [
    "it's been 9 weeks but it's 80% better now, only a niggle in the calf",
    "the leg keeps me up some nights but then I sleep fine. only had it a fortnight",
    "I gave up pilates to look after my husband when he got ill, can I start again?"
    " back's been fine for ages",
    "it stops me sleeping on my left side, otherwise fine",
    "off work for ages with sciatica in 2018 but it's been fine since, tweaked it lifting today",
]


@pytest.mark.parametrize("message", TOLD_BY_DATES)
def test_stop22_a_long_time_told_by_dates_or_counts_warns(ask, message):
    assert_caught(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", CALM_COURSES)
def test_stop22_mostly_gone_partial_or_anothers_stop_is_calm(ask, message):
    assert_calm(ask(message), message)
