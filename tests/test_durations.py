from datetime import date

import pytest

from bot.engine.durations import ago_at, durations_in_days

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "days"), [
    ("two months", 60), ("8 weeks", 56), ("half a year", 182), ("6 wks", 42),
    ("a year and a half", 547), ("ten days", 10), ("a couple of weeks", 14),
    ("since march", (TODAY - date(2026, 3, 1)).days),
    ("since christmas", (TODAY - date(2025, 12, 25)).days),
    ("for months now", 60), ("month and a half in", 45), ("bhai 2 mahine ho gaye", 60),
    ("hasnt budged in 8 weeks", 56), ("had this since christmas its now mid march", 80),
    # two dates, said many ways: the start, and the day it is now
    ("since the end of january now is april", 66),
    ("started hurting in the summer holidays still the same and its now october", 122),
    ("back went at easter still no better now its nearly july", 91),
    ("pain came on after christmas", (TODAY - date(2025, 12, 25)).days),
    # days of the month, weeks of a month, school terms (said in new words here)
    ("since the 4th of feb today is the 1st of april", 56),
    ("it kicked off on the 10th of march and today its the 28th of april", 49),
    ("9th of june it began today is the 1st of august", 53),
    ("started in the third week of may and its now the middle of july", 61),
    ("since before my brothers wedding in may its august now", 92),
    ("had this since freshers and its nearly the second term", 107),
    # counted from a day to a month said bare, that month is taken a week in
    ("since bonfire night its now january", 64),
    ("since the third of february today is the first of april", 57),
    # the days other Englishes count from, a term said "in" a month, many weeks said twice
    ("since carnival its now may", (date(2026, 5, 1) - date(2026, 2, 15)).days + 7),
    ("since chinese new year and its april now", (date(2026, 4, 1) - date(2026, 2, 1)).days
     + 7),
    ("since the august bank holiday its now november", 74),
    ("since anzac day", (TODAY - date(2026, 4, 25)).days),
    ("since the start of the school year and now its half term in february", 156),
    ("every day for weeks and weeks", 42), ("months on end", 90),
])
def test_durations(text, days):
    assert max(durations_in_days(text, TODAY)) == days


@pytest.mark.parametrize("text", [
    "im 38", "hold 30 seconds", "l5 s1", "since monday", "",
    "now 2 years later", "it should settle in 6 weeks", "physio said itd settle in 6 weeks",
    "it usually takes 6 weeks", "when i sit for ages", "stood at the toilet for ages",
    "gp said give it 6 weeks", "if the pains still there in 6 weeks", "review in 6 weeks",
    "i went to see my gp in march",
    "the 3rd of may is my birthday",
])
def test_no_duration(text):
    """Durations that are when something happened or how long things are expected to take."""
    assert durations_in_days(text, TODAY) == []


def test_years_one_has_are_an_age_as_spanish_and_french_speakers_say_it():
    assert durations_in_days("i have 19 years and my back hurts since 2 month", TODAY) == [60]
    # (once: "2 years and" is a count, never a bare "years and" as well, stop 31)
    assert durations_in_days("i have 2 years and still pain", TODAY) == [730]


def test_a_counted_unit_is_no_bare_one_too():
    """"7 months and" is the count the amounts read, or left out as how far along a
    pregnancy is: never "months and" again as a bare plural (stop 31)."""
    assert durations_in_days("im pregnant 7 months and it hurts", TODAY, True) == []
    assert 60 in durations_in_days("sciatica for months and months", TODAY)


def test_weeks_said_alone_in_a_pregnancy_are_how_far_along():
    assert durations_in_days("baby is pressing on my nerve 34 weeks", TODAY, pregnant=True) == []
    assert durations_in_days("sciatica for 34 weeks", TODAY, pregnant=True) == [238]
    assert durations_in_days("baby is pressing on my nerve 34 weeks", TODAY) == [238]


def test_ago_says_where_it_is_in_the_text():
    assert ago_at("had a heart attack 10 years ago and now sciatica") == [(3650, 4)]


def test_a_number_alone_counts_in_the_unit_said_before():
    """'Doc said give it six weeks. It's been eight.'"""
    assert durations_in_days("its been eight", TODAY, said_in=7) == [56]
    assert durations_in_days("its been eight", TODAY) == []


def test_in_weeks_is_a_duration_beside_a_denial():
    assert durations_in_days("not been right in 8 weeks", TODAY) == [56]


def test_month_later_in_the_year_means_last_year():
    assert durations_in_days("since december", date(2026, 2, 1)) == [62]


@pytest.mark.parametrize(("text", "days"), [
    # a long time said without a number, of what was had or has been
    ("ive had this leg pain forever", 60), ("its been yonks", 60),
    ("its been months with this", 60), ("been weeks now", 14),
    # voice-to-text: a count heard as the word it sounds like, only where a count must be
    ("going on for for weeks", 28), ("its been to months", 60),
    ("about too months now", 60), ("nine weak now", 63), ("its 7 weak since it started", 49),
    # how far in, a season gone through, the farming year
    ("month four of this", 120), ("week nine and counting", 63),
    ("all through the winter", 60), ("the whole summer", 60),
    ("since lambing", (TODAY - date(2026, 3, 15)).days),
    ("since harvest its now november", (date(2026, 11, 8) - date(2026, 9, 1)).days),
    ("started during silage", (TODAY - date(2026, 6, 1)).days),
])
def test_durations_said_without_a_count_or_misheard(text, days):
    assert max(durations_in_days(text, TODAY)) == days


@pytest.mark.parametrize("text", [
    "will i have this forever", "not been to the gym in forever",
    "its been ages since i last ran", "its been years since i had back pain",
    "going to the shops for a weak tea", "one weak leg", "for weeks",
    "sore from lambing", "hurt it from the harvest",
])
def test_no_duration_there(text):
    """Forever as a fear, ages since something else, a word that only sounds like a count,
    a farm job that is the cause ("from lambing"), never when."""
    assert max(durations_in_days(text, TODAY), default=0) < 42


def test_a_babys_age_is_how_long_a_pain_from_the_birth_has_lasted():
    assert durations_in_days("since the baby arrived and hes 3 months old", TODAY) == [90]
    assert durations_in_days("shes 3 months old", TODAY) == []
    assert durations_in_days("shes 3 months old", TODAY, at_birth=True) == [90]


def test_time_counted_in_monthly_cycles():
    """'That was three periods ago': a woman's cycle is a clock too, about a month each;
    one period ago, or a period of time, is not counted."""
    today = date(2026, 11, 25)
    assert durations_in_days("that was three periods ago", today) == [84]
    assert durations_in_days("it began two cycles back", today) == [56]
    assert durations_in_days("started around my last period", today) == []
    assert durations_in_days("a period of rest", today) == []


def test_the_start_of_the_year_is_new_year_and_a_pains_age_is_how_long_it_lasted():
    """'Since the start of the year' counts from new year (its end says no day); a pain
    whose age is told ('the sciatica is 9 weeks old') lasted that long, a baby's did not."""
    assert durations_in_days("sore since the beginning of the year", TODAY) == [328]
    assert durations_in_days("since the end of the year", TODAY) == []
    aged = frozenset({"sciatica", "pain"})
    assert durations_in_days("the sciatica is 9 weeks old", TODAY, aged=aged) == [63]
    assert durations_in_days("the baby is 9 weeks old", TODAY, aged=aged) == []
