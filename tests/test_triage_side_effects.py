"""Bladder, bowel and saddle words with a cause the message itself gives (stop 17): bowels
slowed by a painkiller said with it, and numbness from the cold that went once warm, are
expected and stay calm; the same causes beside a real sign (lost feeling, a leak, a bladder
change, numbness that stays) still warn, as NICE and the national CES pathway ask.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CALM = [
    # a painkiller's constipation, the medicine named in the sentence
    "my bowels have gone sluggish since the GP put me on tramadol",
    "these tablets are bunging me up, any tips for the leg pain?",
    "constipated on the co-codamol, I still know when I need to go",
    # numbness from the cold that passed once warm
    "my backside went numb on the frozen bleachers, fine after a hot shower",
    "legs numb from the icy sea, back to normal once I was warm",
    # "messed myself up" is hurting oneself, not soiling
    "I messed myself up carrying the shopping, which stretch helps?",
]

URGENT = [
    # the painkiller named, but feeling lost, a leak, the bladder or new
    "constipated from the codeine and I can't feel when I need to go",
    "the morphine has bunged me up and my bum has gone numb",
    "bunged up from the painkillers, now I can't pee either",
    "my bowels are slow on the tramadol and I've soiled myself",
    "codeine constipation and suddenly no control of my bowels",
    # soiling said as "messed myself", beside a painkiller or alone
    "slowed right down on the co-codamol and then I messed myself without knowing",
    "I've messed myself twice today",
    # the cold named, but the numbness stays or comes with the bladder
    "went numb down below in the frozen stand and it's still numb",
    "numb bum from the cold, fine after a bath, but now I can't pee",
]


@pytest.mark.parametrize("message", CALM)
def test_a_cause_the_message_gives_stays_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", URGENT)
def test_the_same_cause_beside_a_real_sign_still_warns(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


MEANING_ASKED = [
    # what a term means, the term between the question and its "mean", unpunctuated
    "what does foot drop mean the nurse said it twice",
    "I'm probably being daft but what does saddle anaesthesia actually mean?",
]

MEANING_TOLD = [
    # the sign told first, then "what does that mean"; or said to be happening
    "my bum has gone numb what does that mean",
    "what does saddle numbness mean ive had it since this morning",
    "what does numb down below and leaking mean its happening to me",
]


@pytest.mark.parametrize("message", MEANING_ASKED)
def test_what_a_term_means_is_asked_about(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", MEANING_TOLD)
def test_a_sign_told_beside_what_does_it_mean_still_warns(ask, message):
    assert_caught(ask(message), message, "cauda-equina")
