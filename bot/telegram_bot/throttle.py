"""Per-user burst limiting: a token bucket per user, in memory, nothing stored.

Each user may send `burst` messages at once and then one more every `refill_seconds`. The
first message over the limit gets one polite "slow down" note; further ones are dropped
quietly until the bucket has refilled. Other users are not affected.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Verdict(Enum):
    ALLOW = "allow"
    WARN = "warn"  # over the limit: tell the user once
    DROP = "drop"  # still over the limit: already told


@dataclass
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class BurstLimiter:
    """`check(user_id)` says whether to handle this user's update now."""

    def __init__(
        self,
        burst: int = 8,
        refill_seconds: float = 3.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = 10_000,
    ) -> None:
        self.burst = max(1, burst)
        self.refill_seconds = refill_seconds
        self.clock = clock
        self.max_users = max_users
        self._buckets: dict[int, _Bucket] = {}

    def check(self, user_id: int) -> Verdict:
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            self._forget_idle(now)
            bucket = self._buckets[user_id] = _Bucket(tokens=self.burst, updated=now)
        else:
            bucket.tokens = min(self.burst, bucket.tokens + self._refilled(bucket, now))
            bucket.updated = now
        if bucket.tokens >= 1:
            bucket.tokens -= 1
            bucket.warned = False
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        return Verdict.WARN

    def _refilled(self, bucket: _Bucket, now: float) -> float:
        if self.refill_seconds <= 0:
            return float(self.burst)
        return (now - bucket.updated) / self.refill_seconds

    def _forget_idle(self, now: float) -> None:
        """Keep memory bounded: drop users whose bucket is full again, then the oldest."""
        if len(self._buckets) < self.max_users:
            return
        full = [
            uid for uid, b in self._buckets.items()
            if b.tokens + self._refilled(b, now) >= self.burst
        ]
        for uid in full:
            del self._buckets[uid]
        while len(self._buckets) >= self.max_users:
            del self._buckets[next(iter(self._buckets))]
