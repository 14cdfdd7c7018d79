"""What time it is, behind one small interface so tests and demos can choose.

Everything that asks "is a reminder due?", "what is today for this person?" takes a `Clock`.
`SystemClock` is the real one. `ShiftedClock` starts at a chosen moment and then runs at
real speed: the setting LUMBAR_BOT_CLOCK uses it so a test can start the real bot at 07:59:57
and see the 08:00 reminder arrive three seconds later, without waiting for a real 08:00.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware (UTC)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class ShiftedClock:
    """Starts at `start` and advances with the real (monotonic) clock."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("the start of a ShiftedClock needs a time zone")
        self._start = start.astimezone(UTC)
        self._began = time.monotonic()

    def now(self) -> datetime:
        return self._start + timedelta(seconds=time.monotonic() - self._began)


class ManualClock:
    """Stands still until moved: for tests and for trying dates out by hand."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


def parse_instant(text: str) -> datetime:
    """An ISO 8601 moment with its offset ("2026-03-10T07:59:57Z", "...+01:00"), in UTC."""
    moment = datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        raise ValueError("give the offset too, e.g. 2026-03-10T07:59:57Z or +01:00")
    return moment.astimezone(UTC)
