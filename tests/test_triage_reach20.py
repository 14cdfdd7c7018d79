"""Cauda equina and worsening weakness told the ways people tell them (stop 20, reach).

A sign someone else noticed that the writer did not feel ("my wife noticed I'd wet the
sheets"): "I'd" before a past participle is "I had", never "I would", so nothing is
imagined. A sign told by what the body no longer signals: a bed wet without waking, the
bladder's signal gone, a tap turned off or hours counted with no wee, a tampon not felt, a
touch not felt when an examination checked it, the saddle called "downstairs", and a
distance from help ("miles from town") that is no exertion. Both legs told as a spread from
one side ("used to be just the left"). A foot that drops, heard in the walk ("slapping noise
when I walk") or told as a foot that won't pick up or a big toe that won't come up. Their
near misses stay calm: a leak on effort since a birth, a known numb foot, a leak of oil,
footwear that slaps; and, read in general terms, a fear corrected in its sentence ("thought
I couldn't pee ... but went fine"), a sign talked about of no one ("... is an emergency"), a
numbness of the emotions, a drink dribbled, a numbing cream, "dead tired", both feet numb
from a known diabetes. Wordings are the author's own, never copied from a set (the probe set
is tests/data/triage_probes_reach20.tsv, written before the rules).
"""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine.dictated import Dictated
from bot.knowledge import Dictation, Homophone

NOTICED = [
    "my sister pointed out I'd leaked through my leggings and I had no idea, back's agony",
    "realised I'd pooped myself on the bus, never felt a thing, sciatica since friday",
    "my husband says I've been going on myself in the night, back went on monday",
    "found I'd wet the bed this morning and never woke for it, back is killing me",
]

UNSIGNALLED = [
    "need to pee but the signal just isn't there when I sit down, back agony",
    "14 hrs and no wee now, back went yesterday",
    "since my back went the urge to go just isn't there at all",
    "put a tampon in and felt nothing at all, back and leg pain since the weekend",
    "the physio asked if I could feel her touching my inner thigh and I couldn't",
    "my downstairs has gone numb since I lifted the sofa",
    "numb round my bum since this morning and we're 30 miles from a hospital",
]

SPREAD = [
    "both legs are on fire today, it used to be only the right",
    "tingling in both feet, before it was only the left one",
]

FOOT = [
    "my daughter says my foot slaps when I walk and it's getting louder",
    "wife noticed a slapping sound when I walk on the tiles, new this week",
    "my left foot won't pick up when I walk and it's worse every day",
    "can't get my big toe up anymore, a bit less each day",
]

CALM = [
    "I leak a little when I cough ever since my first baby, is swimming ok for sciatica?",
    "numb big toe since the op two years ago, consultant says it won't change",
    "my partner noticed I'd spilled coffee down my jeans, back's fine",
    "I'd wet myself if I laughed any harder lol, back is loads better",
    "my sandals slap when I walk on the tiles, is that bad for my back?",
    "we live 40 miles from town, what do I do if my back flares?",
    "the nurse asked if I could feel her touching my inner thigh and I could, all normal",
    "the downstairs toilet is freezing and my back hates the cold",
    "my big toe won't lift since the op three years ago, the surgeon knows, unchanged",
    "did a 12 mile hike and both legs ache today",
]


@pytest.mark.parametrize("message", NOTICED)
def test_a_leak_noticed_by_someone_else_or_after_is_cauda_equina(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", UNSIGNALLED)
def test_what_the_body_no_longer_signals_is_cauda_equina(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", SPREAD)
def test_both_legs_told_as_a_spread_from_one_side_is_cauda_equina(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", FOOT)
def test_a_foot_that_drops_heard_or_told_with_its_course_is_weakness(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


def test_a_contraction_is_read_by_the_word_after_it():
    read = Dictated(Dictation(heard=(
        Homophone(said="id", means="i had", before_endings=("ed",),
                  after=("noticed",), not_before=("have", "bleed")),
    ))).read
    assert read("realised id leaked") == "realised i had leaked"
    assert read("noticed id wet the bed") == "noticed i had wet the bed"  # after noticing
    assert read("id wet myself if i laughed") == "id wet myself if i laughed"
    assert read("id need a wee") == "id need a wee"  # too short a word to be a participle
    assert read("id have ended it") == "id have ended it"  # "have": would
    assert read("id bleed") == "id bleed"


# Second round: near misses of the same signs, calm by a general reading.
CALM_TOLD = [
    # a fear corrected in its sentence
    "thought I couldn't wee last night but I'd had nothing to drink, went fine this morning",
    # a sign talked about, of no one ("is an emergency", "are serious")
    "saw on facebook that losing control of your bladder is an emergency, all fine here",
    # a feeling of the emotions, not the body
    "honestly I'm emotionally numb from the waist down after this week lol, leg pain easing",
    # a drink dribbled, a numbing cream, "dead tired"
    "lip still numb from the filling, keep dribbling my coffee",
    "numbing cream from the tattoo made my thigh tingle, back is fine",
    "dead tired after the night shift, legs heavy, back aching a bit",
    # both feet numb from a known diabetes, and a new pain on one side
    "both feet numb from my diabetes for years, now a pain down my right leg",
]

TOLD_STILL = [
    "thought I couldn't feel my bum properly and I really can't, since this morning",
    "numbness between my legs is an emergency I know, and I've had it since lunch",
]


@pytest.mark.parametrize("message", CALM_TOLD)
def test_a_sign_feared_talked_of_or_said_of_something_else_stays_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", TOLD_STILL)
def test_the_same_words_told_of_oneself_now_still_warn(ask, message):
    assert_caught(ask(message), message, "cauda-equina")
