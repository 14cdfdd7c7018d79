"""When reminders are due: typed times, time zones, daylight saving, and a missed reminder
sent once on the same day only."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.care.clock import ShiftedClock, parse_instant
from bot.care.schedule import (
    Reminder,
    due_on,
    find_zone,
    local_day,
    missed,
    next_due,
    parse_time,
    suggest_zone,
)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


@pytest.mark.parametrize(("typed", "expected"), [
    ("08:00", time(8, 0)), ("8:00", time(8, 0)), ("19:30", time(19, 30)), ("0:05", time(0, 5)),
    ("23:59", time(23, 59)), ("8.30", time(8, 30)), ("19h15", time(19, 15)),
    ("7am", time(7, 0)), ("7 pm", time(19, 0)), ("12am", time(0, 0)), ("12:30pm", time(12, 30)),
    (" 08:00 ", time(8, 0)),
])
def test_times_as_people_type_them(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize("typed", [
    "25:00", "24:00", "12:60", "8", "", "noon", "-1:00", "8:5", "13pm", "0am", "08:00:00",
    "tomorrow at 8", "99999999999999999999:00",
])
def test_what_is_not_a_time(typed: str) -> None:
    assert parse_time(typed) is None


def test_time_zones_by_name_in_any_case_and_a_suggestion_for_typos() -> None:
    assert find_zone("Europe/Berlin") == "Europe/Berlin"
    assert find_zone("europe/berlin") == "Europe/Berlin"
    assert find_zone("America/New York") == "America/New_York"
    assert find_zone("utc") == "UTC"
    assert find_zone("Berlin") == "Europe/Berlin"  # the city alone
    assert find_zone("new york") == "America/New_York"
    assert find_zone("buenos aires") in ("America/Buenos_Aires",
                                         "America/Argentina/Buenos_Aires")
    assert find_zone("Atlantis") is None
    assert find_zone("../../etc/passwd") is None
    assert suggest_zone("Europe/Berln") == "Europe/Berlin"
    assert suggest_zone("Mars/Olympus_Mons") is None
    assert suggest_zone("") is None


def test_a_local_time_follows_daylight_saving() -> None:
    # Berlin: 08:00 is 07:00 UTC in winter, 06:00 UTC in summer (clocks go forward 29 March).
    assert due_on(date(2026, 3, 28), time(8), "Europe/Berlin") == utc(2026, 3, 28, 7)
    assert due_on(date(2026, 3, 29), time(8), "Europe/Berlin") == utc(2026, 3, 29, 6)
    # New York goes back on 1 November 2026: 08:00 is 12:00 UTC, then 13:00 UTC.
    assert due_on(date(2026, 10, 31), time(8), "America/New_York") == utc(2026, 10, 31, 12)
    assert due_on(date(2026, 11, 1), time(8), "America/New_York") == utc(2026, 11, 1, 13)


LONG_AGO = utc(2026, 1, 1)


def reminder(at: time, zone: str = "UTC", *, set_at: datetime = LONG_AGO,
             sent: date | None = None) -> Reminder:
    return Reminder(1, at, zone, set_at, sent)


def test_next_due_walks_day_by_day_through_a_clock_change() -> None:
    r = reminder(time(8), "Europe/Berlin")
    moment = utc(2026, 3, 27, 12)
    seen = []
    for _ in range(4):
        moment = next_due(r, moment)
        seen.append(moment)
    assert seen == [utc(2026, 3, 28, 7), utc(2026, 3, 29, 6), utc(2026, 3, 30, 6),
                    utc(2026, 3, 31, 6)]


def test_a_skipped_time_is_sent_once_an_hour_later() -> None:
    """02:30 does not exist in Berlin on 29 March 2026: it is sent at 03:30, once."""
    r = reminder(time(2, 30), "Europe/Berlin")
    first = next_due(r, utc(2026, 3, 28, 12))
    assert first == utc(2026, 3, 29, 1, 30)
    assert first.astimezone(ZoneInfo("Europe/Berlin")).strftime("%H:%M") == "03:30"
    assert next_due(r, first) == utc(2026, 3, 30, 0, 30)  # the next day, 02:30 CEST


def test_a_time_that_happens_twice_is_sent_once() -> None:
    """02:30 happens twice in Berlin on 25 October 2026: only the first one counts."""
    r = reminder(time(2, 30), "Europe/Berlin")
    first = next_due(r, utc(2026, 10, 24, 12))
    assert first == utc(2026, 10, 25, 0, 30)  # 02:30 CEST
    second = next_due(r, first)
    assert second == utc(2026, 10, 26, 1, 30)  # the next day, not 02:30 CET an hour later
    days = [local_day(m, "Europe/Berlin") for m in (first, second)]
    assert days == [date(2026, 10, 25), date(2026, 10, 26)]


def test_a_day_already_sent_is_skipped() -> None:
    r = reminder(time(8), sent=date(2026, 3, 10))
    assert next_due(r, utc(2026, 3, 10, 7)) == utc(2026, 3, 11, 8)


def test_the_local_day_is_the_persons() -> None:
    moment = utc(2026, 3, 10, 23, 30)
    assert local_day(moment, "UTC") == date(2026, 3, 10)
    assert local_day(moment, "Asia/Tokyo") == date(2026, 3, 11)
    assert local_day(moment, "America/Los_Angeles") == date(2026, 3, 10)
    assert local_day(moment, "Not/AZone") == date(2026, 3, 10)  # unknown: UTC


def test_a_reminder_missed_while_down_is_sent_once_the_same_day_only() -> None:
    r = reminder(time(8))
    assert missed(r, utc(2026, 3, 10, 9)) == utc(2026, 3, 10, 8)
    assert missed(r, utc(2026, 3, 10, 7, 59)) is None  # not due yet
    assert missed(replace_sent(r, date(2026, 3, 10)), utc(2026, 3, 10, 9)) is None  # sent
    assert missed(replace_sent(r, date(2026, 3, 9)), utc(2026, 3, 10, 9)) is not None
    # Down all of the 10th, back on the 11th at 07:00: the 10th is not sent any more.
    assert missed(replace_sent(r, date(2026, 3, 9)), utc(2026, 3, 11, 7)) is None


def test_a_reminder_set_after_its_time_is_not_missed() -> None:
    """Set at 09:00 for 08:00: the first one is tomorrow, even across a restart."""
    r = reminder(time(8), set_at=utc(2026, 3, 10, 9))
    assert missed(r, utc(2026, 3, 10, 10)) is None
    assert next_due(r, utc(2026, 3, 10, 10)) == utc(2026, 3, 11, 8)


def test_missed_uses_the_persons_day() -> None:
    """Tokyo, 08:00 = 23:00 UTC the day before."""
    r = reminder(time(8), "Asia/Tokyo")
    assert missed(r, utc(2026, 3, 10, 23, 30)) == utc(2026, 3, 10, 23)
    assert missed(replace_sent(r, date(2026, 3, 11)), utc(2026, 3, 10, 23, 30)) is None


def test_a_shifted_clock_starts_where_told_and_runs_on() -> None:
    start = parse_instant("2026-03-10T07:59:57+01:00")
    assert start == utc(2026, 3, 10, 6, 59, 57)
    clock = ShiftedClock(start)
    first, second = clock.now(), clock.now()
    assert start <= first <= second < start + timedelta(seconds=5)
    with pytest.raises(ValueError):
        parse_instant("2026-03-10T07:59:57")  # no offset: ambiguous


def replace_sent(r: Reminder, day: date) -> Reminder:
    return replace(r, last_sent_on=day)
