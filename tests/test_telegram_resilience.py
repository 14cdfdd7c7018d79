"""Retries: what is retried, how long it waits, when it gives up; and per-user burst limits."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from bot.telegram_bot.resilience import RetryingRateLimiter, retry_after_seconds
from bot.telegram_bot.throttle import BurstLimiter, Verdict

# Constructing RetryAfter warns about PTB's coming switch to timedelta; not our concern here.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


class Script:
    """A request callback that raises the scripted errors, then returns 'ok'."""

    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.calls = 0

    async def __call__(self, *args, **kwargs):
        self.calls += 1
        if self.errors:
            raise self.errors.pop(0)
        return {"ok": True}


class Sleeps(list):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def limiter(**kwargs) -> tuple[RetryingRateLimiter, Sleeps]:
    sleeps = Sleeps()
    options = {"attempts": 5, "delay": 0.5, "max_delay": 2.0, "max_flood_wait": 30.0} | kwargs
    return RetryingRateLimiter(sleep=sleeps, **options), sleeps


async def run(rate_limiter: RetryingRateLimiter, script: Script, rate_limit_args=None):
    return await rate_limiter.process_request(
        script, args=(), kwargs={}, endpoint="sendMessage", data={"chat_id": 1},
        rate_limit_args=rate_limit_args,
    )


async def test_network_errors_and_timeouts_back_off_exponentially() -> None:
    rl, sleeps = limiter()
    script = Script(NetworkError("Bad Gateway"), TimedOut(), NetworkError("Internal Server Error"),
                    TimedOut())
    assert await run(rl, script) == {"ok": True}
    assert script.calls == 5
    assert sleeps == [0.5, 1.0, 2.0, 2.0]


async def test_retry_after_waits_what_telegram_asks() -> None:
    rl, sleeps = limiter()
    assert await run(rl, Script(RetryAfter(3), RetryAfter(1))) == {"ok": True}
    assert sleeps == pytest.approx([3.1, 1.1])


async def test_retry_after_is_capped() -> None:
    rl, sleeps = limiter(max_flood_wait=5.0)
    await run(rl, Script(RetryAfter(3600)))
    assert sleeps == [5.0]


@pytest.mark.parametrize("error", [BadRequest("Bad Request: can't parse entities"),
                                   Forbidden("bot was blocked by the user"),
                                   InvalidToken("Unauthorized")])
async def test_permanent_errors_are_not_retried(error: Exception) -> None:
    rl, sleeps = limiter()
    script = Script(error)
    with pytest.raises(type(error)):
        await run(rl, script)
    assert script.calls == 1
    assert sleeps == []


async def test_gives_up_after_the_last_attempt() -> None:
    rl, sleeps = limiter(attempts=3)
    script = Script(*(NetworkError("down") for _ in range(10)))
    with pytest.raises(NetworkError, match="down"):
        await run(rl, script)
    assert script.calls == 3
    assert len(sleeps) == 2


async def test_rate_limit_args_overrides_the_attempts() -> None:
    rl, _ = limiter(attempts=5)
    script = Script(TimedOut(), TimedOut())
    with pytest.raises(TimedOut):
        await run(rl, script, rate_limit_args=2)
    assert script.calls == 2


def test_retry_after_seconds_reads_ints_and_timedeltas() -> None:
    import datetime as dtm

    assert retry_after_seconds(RetryAfter(7)) == 7
    assert retry_after_seconds(RetryAfter(dtm.timedelta(seconds=2.5))) == 2.5


# --------------------------------------------------------------------------- burst limiting


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_warned_once_then_dropped() -> None:
    clock = Clock()
    burst = BurstLimiter(burst=3, refill_seconds=2.0, clock=clock)
    assert [burst.check(1) for _ in range(6)] == [
        Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN, Verdict.DROP, Verdict.DROP]
    assert burst.check(2) is Verdict.ALLOW  # others are not affected
    clock.now += 2.0
    assert burst.check(1) is Verdict.ALLOW  # one more after refill_seconds
    assert burst.check(1) is Verdict.WARN  # and a fresh note for a fresh burst
    clock.now += 60
    assert [burst.check(1) for _ in range(3)] == [Verdict.ALLOW] * 3


def test_memory_stays_bounded() -> None:
    clock = Clock()
    burst = BurstLimiter(burst=2, refill_seconds=1.0, clock=clock, max_users=100)
    for user in range(1000):
        burst.check(user)
        clock.now += 0.001
    assert len(burst._buckets) <= 100
