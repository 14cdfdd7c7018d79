"""When a daily reminder is due, in the person's own time zone, daylight saving included.

Pure functions of a reminder and a moment: the transports ask them, then set their timers.
A reminder's day is the person's local day. A time that does not exist on the day clocks go
forward (02:30 in much of Europe) is read as the same moment one hour later; a time that
happens twice when they go back is the first of the two. Either way: once a day, never twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import fuzz, process

DEFAULT_ZONE = "UTC"

_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?P<half>am|pm|a\.m\.|p\.m\.)?$"
)


def parse_time(text: str) -> time | None:
    """"08:00", "8:00", "8.30", "19h15", "7am", "7:30 pm" -> a time; None if not one."""
    match = _TIME.match(text.strip().lower())
    if match is None:
        return None
    hour = int(match["hour"])
    minute = int(match["minute"] or 0)
    half = (match["half"] or "").replace(".", "")
    if match["minute"] is None and not half:
        return None  # a bare "8" could be a pain score: ask for the clock form
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


@cache
def _zones() -> dict[str, str]:
    """Every IANA zone name, by its lowercase form."""
    return {name.lower(): name for name in available_timezones()}


@cache
def _cities() -> dict[str, str]:
    """Each zone by its city ("new_york" -> America/New_York); the shortest name wins
    where two names share a city (America/Buenos_Aires, America/Argentina/Buenos_Aires)."""
    cities: dict[str, str] = {}
    for name in sorted(available_timezones(), key=lambda n: (n.count("/"), n)):
        if "/" in name and not name.startswith("Etc/"):
            cities.setdefault(name.rsplit("/", 1)[1].lower(), name)
    return cities


def find_zone(text: str) -> str | None:
    """The IANA name for `text`, however it is capitalised ("europe/berlin"), or for its city
    alone ("Berlin", "new york"); None if unknown."""
    key = "_".join(text.strip().lower().split())
    return _zones().get(key) or _cities().get(key)


def suggest_zone(text: str) -> str | None:
    """The closest zone name to a misspelt one ("Europe/Berln"), if one is close enough."""
    key = text.strip().replace(" ", "_").lower()
    if not key:
        return None
    found = process.extractOne(key, list(_zones()), scorer=fuzz.ratio, score_cutoff=80)
    return _zones()[found[0]] if found else None


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def local_day(moment: datetime, zone_name: str) -> date:
    """The person's calendar day at `moment`."""
    return moment.astimezone(zone(zone_name)).date()


def due_on(day: date, at: time, zone_name: str) -> datetime:
    """The moment (UTC) a reminder set for `at` falls on `day` in the zone.

    fold=0 (PEP 495): a time skipped when clocks go forward lands one hour later on the wall
    clock; a time that happens twice when they go back is the first one.
    """
    return datetime.combine(day, at, tzinfo=zone(zone_name)).astimezone(UTC)


@dataclass(frozen=True)
class Reminder:
    """A daily reminder as the schedule needs it (the store's record of one)."""

    user_id: int
    at: time
    zone: str
    set_at: datetime
    last_sent_on: date | None = None
    snooze_until: datetime | None = None


def next_due(reminder: Reminder, after: datetime) -> datetime:
    """The first moment strictly after `after` when the reminder is due."""
    day = local_day(after, reminder.zone)
    for offset in range(3):  # today, tomorrow, and one more for a day clocks skip over
        moment = due_on(day + timedelta(days=offset), reminder.at, reminder.zone)
        if moment > after and (reminder.last_sent_on is None
                               or local_day(moment, reminder.zone) > reminder.last_sent_on):
            return moment
    raise AssertionError("a daily reminder is always due within three days")


def missed(reminder: Reminder, now: datetime) -> datetime | None:
    """Today's due moment if the reminder was due earlier today and not sent (the bot was
    down): it is sent once, late, on the same day only. Not if it was set after that moment."""
    today = local_day(now, reminder.zone)
    due = due_on(today, reminder.at, reminder.zone)
    if reminder.last_sent_on is not None and reminder.last_sent_on >= today:
        return None
    if reminder.set_at < due <= now:
        return due
    return None
