"""What a diary says: the streak, sessions this week, the pain trend, and when to see someone.

Pure functions of pain entries and routine days, so the rules can be read and tested alone:

- trend: at least three entries in the last seven days; the straight line through them
  (least squares) says how much pain changed over that week. Up or down by
  `TREND_POINTS` or more is a trend; less is "about the same".
- rising (safety net): the trend over the last week is up.
- persistent (safety net): the first entry is six weeks old or more and the entries of the
  last week average 5 or more.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from bot.care.store import PainEntry

WEEK = 7
TREND_MIN_ENTRIES = 3
TREND_POINTS = 1.5
"""Change over a week, on the 0-10 scale, that counts as going up or down."""
PERSISTENT_AFTER = timedelta(weeks=6)
PERSISTENT_SCORE = 5.0
CHART_DAYS = 42  # six weeks


class Trend(Enum):
    DOWN = "down"
    STEADY = "steady"
    UP = "up"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TrendReading:
    trend: Trend
    first: int = 0  # the week's first and last entries, for "from 7 to 4"
    last: int = 0
    average: float = 0.0


def last_week(entries: Iterable[PainEntry], today: date) -> list[PainEntry]:
    start = today - timedelta(days=WEEK - 1)
    return [e for e in entries if start <= e.day <= today]


def pain_trend(entries: Sequence[PainEntry], today: date) -> TrendReading:
    """How pain moved over the last seven days (see the module's docstring)."""
    week = sorted(last_week(entries, today), key=lambda e: e.day)
    if len(week) < TREND_MIN_ENTRIES:
        return TrendReading(Trend.UNKNOWN)
    xs = [(e.day - week[0].day).days for e in week]
    ys = [float(e.score) for e in week]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    spread = sum((x - mean_x) ** 2 for x in xs)
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    change = slope * (WEEK - 1)
    trend = Trend.STEADY
    if change >= TREND_POINTS:
        trend = Trend.UP
    elif change <= -TREND_POINTS:
        trend = Trend.DOWN
    return TrendReading(trend, week[0].score, week[-1].score, mean_y)


def rising(entries: Sequence[PainEntry], today: date) -> bool:
    return pain_trend(entries, today).trend is Trend.UP


def persistent(entries: Sequence[PainEntry], today: date) -> bool:
    if not entries or today - min(e.day for e in entries) < PERSISTENT_AFTER:
        return False
    week = last_week(entries, today)
    return bool(week) and sum(e.score for e in week) / len(week) >= PERSISTENT_SCORE


def streak(days: Iterable[date], today: date) -> int:
    """Routine days in a row, ending today (or yesterday: today is not over yet)."""
    done = set(days)
    day = today if today in done else today - timedelta(days=1)
    count = 0
    while day in done:
        count += 1
        day -= timedelta(days=1)
    return count


def sessions_this_week(days: Iterable[date], today: date) -> int:
    """Routine days among the last seven, today included."""
    start = today - timedelta(days=WEEK - 1)
    return sum(1 for d in set(days) if start <= d <= today)
