"""Issue 7, stop 36 (alarms36): false alarms on the question sets of pregnant people, new
parents, people who use technology for their health and students, and on the triage sets of
people who never mention the back and people who test the bot, fixed by kind (first part): a
count of weeks that names a thing or a stage (a scan, a course, the weeks since a birth, the
training week a pain began in) is no time the pain lasted; a number that counts minutes is no
temperature's reading; "chill" as rest; "in second" before what it counts; a general question
whether such a pain is ever cancer; a joint a long trip wrecks; a foot that slaps the water.
Each calm reading sits beside the same kind of words with the sign itself, which must still
warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine.durations import durations_in_days

DAY = date(2026, 3, 1)


@pytest.mark.parametrize("text", [
    "is it ok to lie flat for my 12 week scan with this back",
    "booked on a 6 week course of pilates for the sciatica",
    "the week 20 scan is on friday, can i take the bus",
    "my 8 week check with the gp is next month",
])
def test_a_count_of_weeks_that_names_a_thing_is_no_time_lasted(text):
    assert durations_in_days(text, DAY) == []


@pytest.mark.parametrize(("text", "days"), [
    ("had it 8 weeks scan next week", 56),  # plural: a time lasted, then the scan
    ("sciatica for 10 weeks", 70),
    ("im on week 10 of this pain", 70),
    ("week 8 and its started spreading", 56),  # after a join: the pain's week
])
def test_a_count_of_weeks_beside_those_words_still_lasts(text, days):
    assert max(durations_in_days(text, DAY)) == days


def test_the_week_a_pain_began_in_is_when_not_how_long():
    assert durations_in_days("around week 9 i started getting a sharp ache", DAY) == []
    assert max(durations_in_days("week 9 and its no better", DAY)) == 63


def test_weeks_at_a_stage_of_a_pregnancy_or_since_a_birth(ask):
    """"At 10 weeks" after a birth is a stage; the same weeks told as the pain's still warn."""
    scar = "my caesarean wound is still tender at 9 weeks, is that usual?"
    pain = "had a c section and the sciatica has been there ever since, 10 weeks now, no better"
    assert_calm(ask(scar), scar)
    assert_caught(ask(pain), pain, "persistent-pain")


def test_a_scan_named_by_its_week_is_no_long_pain(ask):
    scan = "is it safe to drive to my 12 week scan with this leg pain"
    months = "leg pain for 12 weeks and its no better, the scan didnt show much"
    assert_calm(ask(scan), scan)
    assert_caught(ask(months), months, "persistent-pain")


def test_minutes_in_the_cold_are_no_temperature(ask):
    """Shivering for 40 minutes in the cold is the cold; a reading of 40 still warns."""
    cold = "stood shivering for 40 minutes waiting for the ferry in the sleet, fine once inside"
    hot = "shivering and sweating in bed, temp is 40, back is killing me"
    assert_calm(ask(cold), cold)
    assert_caught(ask(hot), hot, "serious-illness-signs")


def test_chill_as_rest_is_no_chills(ask):
    rest = "should i just chill at the weekend or keep up the walking"
    fever = "chills and a high temperature and my back is agony"
    assert_calm(ask(rest), rest)
    assert_caught(ask(fever), fever, "serious-illness-signs")


def test_in_second_before_what_it_counts_is_no_sudden_onset(ask):
    term = "bad headaches in second year exams, what can i take with naproxen"
    sudden = "a headache came on in seconds, the worst ive ever had"
    assert_calm(ask(term), term)
    assert_caught(ask(sudden), sudden, "general-emergency")


def test_whether_such_a_pain_is_ever_cancer_is_asked(ask):
    """A general question is asked; a cancer of one's own beside it still warns."""
    asked = "is back pain ever a sign of something worse like cancer? my aunt had it"
    plain = "is sciatica ever cancer?"
    had = "is sciatica ever cancer? i had bowel cancer three years ago and now this"
    assert_calm(ask(asked), asked)
    assert_calm(ask(plain), plain)
    assert_caught(ask(had), had, "serious-illness-signs")


def test_a_joint_wrecked_by_a_trip_is_no_bladder_trouble(ask):
    trip = ("desperate for the loo by the end of the drive, got there fine. "
            "long drives wreck my knees")
    lost = "cant pee since this morning. long drives wreck my knees"
    assert_calm(ask(trip), trip)
    assert_caught(ask(lost), lost, "cauda-equina")


def test_a_foot_that_slaps_the_water_is_no_dropped_foot(ask):
    splash = "my foot slapped the water on a bad dive at the lido haha, back feels ok"
    walk = "my foot slaps down on the floor when i walk, since the dive last week"
    assert_calm(ask(splash), splash)
    assert_caught(ask(walk), walk, "progressive-weakness")


# Second part: a stop with no time of its own in a short bout on the mend; a reach that
# passes over an aside in brackets; a plateau of a lift's weight; a part of a chair that
# keeps falling off.


def test_a_stop_in_a_short_bout_on_the_mend_is_a_bout(ask):
    """Walks given up for a few days while the pain eases need no doctor; the same stop
    without the easing, or for weeks, still warns."""
    mending = ("I've given up my swims because of the leg. Only been 5 days and it's "
               "already improving. When can I go back?")
    short = "I've given up my swims because of the leg. It's been 5 days."
    long = "I've given up my swims because of the leg, 9 weeks now and no better"
    assert_calm(ask(mending), mending)
    assert_caught(ask(short), short, "persistent-pain")
    assert_caught(ask(long), long, "persistent-pain")


def test_a_reach_passes_over_an_aside_in_brackets(ask):
    """"Back when I was pregnant (he's 4 now) I had numb legs": the aside breaks no clause;
    a sign told now after an aside still warns."""
    past = "Back when I was pregnant with my son (he's 4 now) both legs went numb, it went after."
    now = "When I was pregnant (ages ago) I had sciatica but today I can't pee at all"
    assert_calm(ask(past), past)
    assert_caught(ask(now), now, "cauda-equina")


def test_a_lifts_plateau_is_no_pain_that_goes_on(ask):
    plateau = "any tips for getting my bench over 60kg, been stuck for months"
    pain = "my bench has been stuck at 60kg for months and the leg pain hasn't budged"
    assert_calm(ask(plateau), plateau)
    assert_caught(ask(pain), pain, "persistent-pain")


def test_a_part_of_a_chair_that_keeps_falling_off_is_the_chairs(ask):
    chair = "the armrest on my desk chair keeps falling off, any fix?"
    fall = "the wheel came off my desk chair and I fell on my back, now my leg is numb"
    assert_calm(ask(chair), chair)
    assert_caught(ask(fall), fall, "serious-illness-signs")
