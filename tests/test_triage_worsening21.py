"""Worsening weakness and serious-illness signs told the ways stop 21's writers tell them:
a leg's decline as a road downhill or as the help it now needs (people to lift one off the
floor, up the stairs), a strength test once passed that now can't be done; a fall down a
missed step, a crash on a delivery round (what one was doing never explains an injury), a
temperature that comes and goes, night pain with everything tried and none of it easing
it, clothes gone loose without a diet; and the one a support worker writes for, named
("writing for Tom"), whose back and signs they are. Their calm side stays calm: a past
cancer beside back pain a scan and the team have already put down to a disc (never the
writer's own guess, never pain that is new or at night), strength lost and back to normal,
shivers that have stopped, how high a temperature must be before one worries. Wordings
are the author's own, never copied from a set (the probe set is
tests/data/triage_probes_weak21.tsv)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

WEAKNESS = [
    "my left leg has gone downhill all week, can't get out of the bath without help now",
    "two weeks ago I could get up off the floor alone, now I need two people to pull me up",
    "the physio had me stand on my heels last month and I could, now I can't on the left",
    "my leg is getting weak and the stairs are harder each day",
    "Key worker for Sam. Sam has sciatica. Since Monday his right leg is getting weaker "
    "and today he needed 2 staff on the stairs.",
]
SERIOUS = [
    "came off the scooter on my round yesterday, back and hip sore since",
    "missed the last step on Friday and landed on my backside, the sciatica is worse since",
    "my temperature is going up and down and the back pain began the same week",
    "tried a hot bath, a cushion, ibuprofen, lying flat. None of them helped. The back "
    "pain is there every night now.",
    "my jeans are all loose now and I'm not on a diet, back aching all the time",
    "writing for Tom. Tom has had back pain for a week and today he is hot and shivering.",
]
CALM = [
    "is foot drop a thing? my foot works fine, just asking",
    "my mood has gone downhill with this pain but my legs are strong",
    "I literally can't stand sitting for long, my calves ache",
    "I'm a support worker, my back aches from the hoist, any stretches?",
    "writing for my dad, he wants to know which stretches are gentle",
    "I have MS and my legs get weak when I'm hot, same as for years",
    "bowel cancer in 2018. my sciatica was scanned in the summer, disc only, the oncologist "
    "reviewed it. which stretches?",
    "my legs lost a lot of strength after the operation but I'm back to normal now",
    "the shivers were from the flu jab and they've stopped. back is the usual",
    "how high does a temperature have to be before I should worry with back pain?",
]
CANCER_NEW = [
    "had breast cancer years ago, all clear, now new back pain. probably just a disc?",
    "prostate cancer in 2019, MRI was clear in spring but now the pain wakes me every night",
]


@pytest.mark.parametrize("message", WEAKNESS)
def test_worsening_weakness_told_by_what_it_takes_is_caught(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", SERIOUS)
def test_serious_signs_told_by_what_happened_are_caught(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", CALM)
def test_their_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", CANCER_NEW)
def test_a_past_cancer_with_pain_new_or_at_night_still_warns(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")
