"""Stop 43 (issue 7, lead43): signs the refit of move43 stopped catching with the learned
reader alone, read by the rules themselves, so that no refit can lose them again.

- A stroke's sign that came and went (a face that drooped, speech that slurred "for a bit",
  fine now) is a warning of a stroke: call now. One that lasted months after an old stroke,
  or speech numbed by the dentist, stays calm.
- A season people count by (the monsoon) dates the start of a pain as the summer does.
- Advice to go back to the GP is no care in hand: months of pain not shifting still gets
  "see a doctor soon".
- The anus in slang ("numb round my ring"); never a ring finger or ringing the GP.
- Hard-tackled ("got clattered") is an injury; a leg that goes from under one gives way,
  and keeping going with the walking does not.
- A raised PSA not looked into, beside new back pain; steroid tablets for a lifelong
  inflammatory illness, beside a twist: serious-illness signs. A PSA cleared by a biopsy
  or a short course of steroids is not.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn

from bot.engine import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize("message", [
    "this morning my face drooped on one side for about ten minutes, fine now, back still sore",
    "my left arm went weak and my speech went funny for a few minutes at lunch, ok now",
    "mum's face dropped on one side for a bit earlier but she seems fine now",
    "my words came out slurred for about five minutes then it passed, sciatica as usual",
])
def test_a_strokes_sign_that_came_and_went_is_an_emergency(ask: Ask, message: str) -> None:
    """NHS: call 999 for a stroke's signs even if they go (a TIA)."""
    assert_the_rules_warn(ask(message), message, "general-emergency")


@pytest.mark.parametrize("message", [
    "I had a stroke years ago and my speech was slurred for months, all fine now. Can I do"
    " the bridge?",
    "after my stroke in 2015 my face drooped for weeks, it recovered. sciatica question",
    "speech was a bit slurred after the dentist numbed my mouth, fine now. back is sore",
    "what are the signs of a stroke? my speech is fine, just asking",
])
def test_an_old_stroke_or_a_numbed_mouth_stays_calm(ask: Ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "the leg pain started in the monsoon, now it is nearly winter and nothing has changed",
    "my mum says go back to the GP, it's been 3 months and the leg pain is just not shifting",
])
def test_months_of_pain_told_by_season_or_beside_advice_are_persistent(
        ask: Ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    "numb round my ring since yesterday and my lower back is killing me",
    "got clattered at 5-a-side last night, back's been bad since with pain down the leg",
    "my PSA came back high in the spring, never had the biopsy, now new back pain",
    "on pred for my lupus, twisted reaching for the kettle and now my spine is sore",
])
def test_the_signs_in_everyday_words_warn(ask: Ask, message: str) -> None:
    a = ask(message)
    assert a.kind == "urgent", (message, a.kind, a.id)
    assert a.findings and a.findings[0].source == "rules", message


@pytest.mark.parametrize("message", [
    "my leg keeps going from under me on the stairs, is that the sciatica",
    "my knee went on me twice on the stairs today, back is bad",
])
def test_a_leg_that_keeps_going_gives_way(ask: Ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    "I keep going with the walking and my leg is less sore each day",
    "Aching bottom after the long shift, and my right leg keeps going numb at night",
    "my ring finger went numb after the gym, back is fine",
    "I'll ring the GP round my lunch break about my sore back",
    "got clattered in a match last season, all fine now, back ache from gardening",
    "my PSA was a bit high last year but the biopsy was clear, back pain started this week",
    "I've got Crohn's and a sore back after lifting the shopping",
    "on a 5 day course of pred for my asthma, bent over and my back twinged",
])
def test_their_look_alikes_stay_calm(ask: Ask, message: str) -> None:
    assert_calm(ask(message), message)
