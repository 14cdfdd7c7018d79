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
