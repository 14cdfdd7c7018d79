"""Issue 7, stop 25: the rules' false alarms on the development sets do, dp and dq, fixed by
kind (a hill's "fell", someone else's fall told as over, a plan called suicide, a hobby given
up on, a slope walked downhill, a bump from a knock to a limb, a diet's counting, a score's
ten read as a count, a course given as a list after colons, a chest tightened by a stretch,
a fear talked into after reading, a part checked for a sign, a leg that jerks by itself, a
question about oneself after a relative's story). Each calm reading is checked beside the
same words with the sign itself, which must still warn. Wordings are the author's own,
never copied from a set (the probe set is tests/data/triage_probes_triage25.tsv)."""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

from bot.engine.course import BETTER, CourseReader

CALM = [
    "the fell race on Sunday and a cold plunge after, I was shivering for ages",
    "my dad fell off the garage roof fixing a tile, grazed knees, he's fine. I'm the one "
    "with the bad back",
    "hauling the canoe over that portage with my back would be suicide, we went round",
    "about to give up on the veg patch, the pigeons have had the lot",
    "my hip twinges walking downhill with the dog, is that the sciatica?",
    "caught my shin on the trailer hitch, big bump and a bruise. Back as usual.",
    "counting calories since the summer, down a bit, hoping it eases my back",
    "leg pain 5/10 today, week 2",
    "sciatica diary. four months ago: 9/10. two months ago: 6. now: 2",
    "my chest feels tight after the foam roller on my upper back, just the muscles, "
    "nothing else",
    "looked it up online and now I'm convinced I've got a tumour, it's only my buttock "
    "that aches",
    "been checking my bum for numbness since I read about it, all normal",
    "at night my leg has a mind of its own, twitching away while I try to sleep",
    "my aunt had lung cancer years ago (she's well) - is sciatica in the genes?",
]

CAUGHT = [
    ("I fell off the loft ladder this morning and now I can't feel my bum",
     "cauda-equina"),
    ("I think about suicide every day, this back pain never lets up", "distress"),
    ("had to give up the allotment, the pain's stopped me for three months", "persistent-pain"),
    ("my whole leg has been going downhill for weeks, the pain is worse each week",
     "persistent-pain"),
    ("a lump on my spine that wasn't there before and it's growing", "serious-illness-signs"),
    ("leg pain 6/10 and this is week 9 now, no better", "persistent-pain"),
    ("sciatica diary. two months ago: 3/10. a month ago: 5. now: 8/10", "persistent-pain"),
    ("checked my bum for numbness this morning and one side is numb", "cauda-equina"),
    ("my foot has a mind of its own, it won't lift and drags on the floor",
     "progressive-weakness"),
]

EMERGENCY = [
    "my brother fell off the roof and he's lying on the drive not moving",
    "chest is tight and heavy and it's spreading to my left arm, probably muscular",
]


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_of_these_kinds_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), CAUGHT)
def test_the_same_words_beside_the_sign_still_warn(ask, message, flag):
    assert_caught(ask(message), message, flag)


@pytest.mark.parametrize("message", EMERGENCY)
def test_the_emergencies_beside_these_words_still_get_the_emergency_reply(ask, message):
    assert_emergency(ask(message), message)


def test_a_course_listed_after_colons_keeps_each_score_with_its_time(kb):
    """'6 mo ago: 5' is a point with its score; before, the colon parted them, and the
    course had times with no scores and its direction went unread."""
    course = CourseReader(kb.triage.course).read(
        "1 yr ago: pain 9. 6 mo ago: 5. now: 2", date(2026, 12, 3))
    assert [p.score for p in course.points] == [9.0, 5.0, 2.0]
    assert course.direction == BETTER


MISSED_BEFORE = [
    ("strength diary: weakness 4/10 last week, 6/10 and rising now, left foot",
     "progressive-weakness"),
    ("I could do heel raises fine at Easter, now the right one won't lift me off the floor",
     "progressive-weakness"),
]


@pytest.mark.parametrize(("message", "flag"), MISSED_BEFORE)
def test_a_decline_told_as_scores_or_a_task_lost_warns(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_a_wish_not_to_wake_beside_months_of_pain_gets_the_crisis_reply(ask):
    """Two flags found: the crisis reply must never be hidden behind "see a doctor soon"."""
    message = "leg pain 7/10, 10 weeks of it, and some nights I pray I won't wake up"
    answer = ask(message)
    assert answer.kind == "urgent" and answer.level == "emergency", answer.id
    assert any(f.flag.id == "distress" and f.reply == "warn" for f in answer.findings)


READINGS_AND_FIRST_TIMES = [
    ("scales say 76kg in May, 70kg now, I'm eating as usual, back aches at night",
     "serious-illness-signs"),
    ("never had back pain until this, week 8 now and it's the same", "persistent-pain"),
    ("is it just me or does the saddle area go numb with sciatica? started this morning",
     "cauda-equina"),
]

CALM_READINGS = [
    "scales say 76kg in May, 78kg now, back stiff after the gym",
    "down from 92kg to 85kg on purpose with the running club, back much better",
    "I thought these things cleared up quickly? mine only started on Saturday",
]


@pytest.mark.parametrize(("message", "flag"), READINGS_AND_FIRST_TIMES)
def test_readings_falling_a_first_time_and_a_report_after_a_question_warn(ask, message, flag):
    assert_caught(ask(message), message, flag)


@pytest.mark.parametrize("message", CALM_READINGS)
def test_readings_rising_or_on_purpose_and_a_short_time_expected_stay_calm(ask, message):
    assert_calm(ask(message), message)
