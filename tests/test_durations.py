from datetime import date

import pytest

from bot.engine.durations import durations_in_days

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "days"), [
    ("two months", 60), ("8 weeks", 56), ("half a year", 182), ("6 wks", 42),
    ("a year and a half", 547), ("ten days", 10), ("a couple of weeks", 14),
    ("since march", (TODAY - date(2026, 3, 1)).days),
    ("since christmas", (TODAY - date(2025, 12, 25)).days),
    ("for months now", 60),
])
def test_durations(text, days):
    assert max(durations_in_days(text, TODAY)) == days


@pytest.mark.parametrize("text", ["im 38", "hold 30 seconds", "l5 s1", "since monday", ""])
def test_no_duration(text):
    assert durations_in_days(text, TODAY) == []


def test_month_later_in_the_year_means_last_year():
    assert durations_in_days("since december", date(2026, 2, 1)) == [62]
