"""A sign's course and cause (stop 18): a sign told in its sentence with how soon it passed
("fine a second later", "walked it off") or with an everyday cause the sources name as
harmless (a cramp, a lift too heavy, a trip caught in time, a shy bladder, drink, a leak on
effort since a birth, an arm slept on) is dropped, but never when the message says it came
back, lasted, spread, is worse, on both sides or now, wherever in the message that is said
(`whole` on a context rule). Wordings are the author's own, never copied from a set (the
larger probe set is tests/data/triage_probes_explained.tsv)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from triage_asserts import assert_calm, assert_caught

from bot.knowledge.loading import load

CALM = [
    # passed within moments, or by the next day
    "right knee buckled getting out of the car, back to normal a second later",
    "foot went numb kneeling to bath the baby, stood up and it came back in a minute",
    "legs wobbled on the last hill of the parkrun, fine after a rest",
    "dragging my left foot by the end of the ten mile hike, normal the next morning",
    "numb bottom on the ferry bench, walked it off on deck",
    # an everyday cause told beside it
    "leg went from under me with a cramp in my calf during the match",
    "knee buckled on a squat when I went too heavy, lesson learned",
    "caught my toe on the stair rod, grabbed the handrail and stayed on my feet",
    "can't pee with a queue outside the portaloo, never could",
    "couldn't perform last night after far too much wine",
    "tiny leak doing star jumps at bootcamp, had my son last spring",
    "my hand tingled and went numb from sleeping on my arm, fine once I shook it",
    "chest went tight sprinting for the train, settled in a couple of minutes",
]

URGENT = [
    # an everyday exertion explains tired legs, never legs that are numb now
    ("both my legs were heavy after the long walk and they have gone numb now", "cauda-equina"),
    ("legs aching after the 10k and numb now, both of them", "cauda-equina"),
    # came back, or keeps coming
    ("knee buckled, fine a second later. It has happened again twice tonight",
     "progressive-weakness"),
    ("numb bum walked it off yesterday, but it's numb again between my legs today",
     "cauda-equina"),
    # lasted, spread, both sides, worse
    ("cramp I thought, but my foot still won't come up hours later", "progressive-weakness"),
    ("leg gave way on a heavy squat and it's getting weaker every day since",
     "progressive-weakness"),
    # an everyday cause, and the bladder still will not go
    ("shy bladder with a queue outside, but I still can't go at all now I'm home and my "
     "belly is swollen", "cauda-equina"),
    ("had a lot of pints but I didn't feel myself wet the bed and my bottom is numb",
     "cauda-equina"),
    ("leak on squats since the baby, but now I leak without any warning and can't feel it",
     "cauda-equina"),
    # a leg that gives way is no trip, however it was saved
    ("my leg just gave way on the stairs and I grabbed the handrail", "progressive-weakness"),
    # a tight chest that keeps coming with the signs of a heart attack
    ("chest went tight climbing the stairs, settled in a minute, but now it's crushing and "
     "going down my arm", "general-emergency"),
]


@pytest.mark.parametrize("message", CALM)
def test_a_sign_that_passed_or_is_explained_is_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), URGENT)
def test_one_that_came_back_lasted_or_is_more_still_warns(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_a_return_told_in_the_next_sentence_still_warns(ask):
    """`whole`: the words that bar a passing bout count anywhere in the message."""
    message = "Left leg gave way, fine a moment later. Third time today it's done that."
    assert_caught(ask(message), message, "progressive-weakness")
    calm = "Left leg gave way, fine a moment later. Made a brew and sat down."
    assert_calm(ask(calm), calm)


def test_whole_must_be_true_or_false(tmp_path: Path):
    """A typo in `whole` is an error of the knowledge base, not a silent default."""
    source = Path(__file__).resolve().parent.parent / "knowledge"
    for f in source.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load((tmp_path / "triage.yaml").read_text(encoding="utf-8"))
    data["context"]["rules"][0]["whole"] = "yes"
    (tmp_path / "triage.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(Exception, match="whole"):
        load(tmp_path)
