"""Retries for requests to the Bot API, so no reply is lost to one transient error.

PTB routes every request except `getUpdates` through the application's rate limiter, which
makes it the one place to retry sends. PTB turns the failures into exceptions like this:

    a timeout                           -> TimedOut (a NetworkError)
    a connection error, HTTP 5xx        -> NetworkError
    HTTP 429 with parameters.retry_after -> RetryAfter
    HTTP 400 / 403 / 401, 404          -> BadRequest / Forbidden / InvalidToken

`RetryingRateLimiter` waits the time Telegram asks for on RetryAfter and retries network
errors and timeouts with exponential backoff; it never retries what will fail again (a bad
request, a bot blocked by the user, a wrong token). Polling (`getUpdates`) has its own retry
loop in PTB's Updater, which survives network errors by itself.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import logging
import warnings
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import BaseRateLimiter

_LOGGER = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]

_PERMANENT = (BadRequest, Forbidden, InvalidToken, ChatMigrated, Conflict)


def retry_after_seconds(exc: RetryAfter) -> float:
    """The wait Telegram asked for, as seconds, without PTB's int/timedelta deprecation."""
    wait = getattr(exc, "_retry_after", None)  # the timedelta behind `retry_after`
    if wait is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wait = exc.retry_after
    if isinstance(wait, dtm.timedelta):
        return wait.total_seconds()
    return float(wait)


class RetryingRateLimiter(BaseRateLimiter[int]):
    """Retry sends that failed for a transient reason; `rate_limit_args` overrides `attempts`.

    `delay` is the first backoff, doubled on every further failure up to `max_delay`. A 429
    waits what Telegram asks (plus a little), but at most `max_flood_wait` seconds, and while
    one request waits for a 429 the others wait too, as Telegram asks for the whole bot.
    """

    def __init__(
        self,
        *,
        attempts: int = 5,
        delay: float = 0.5,
        max_delay: float = 8.0,
        max_flood_wait: float = 300.0,
        sleep: Callable[[float], Coroutine[Any, Any, None]] = asyncio.sleep,
    ) -> None:
        self.attempts = max(1, attempts)
        self.delay = delay
        self.max_delay = max_delay
        self.max_flood_wait = max_flood_wait
        self._sleep = sleep
        self._flood_over = asyncio.Event()
        self._flood_over.set()

    async def initialize(self) -> None:
        self._flood_over.set()

    async def shutdown(self) -> None:
        self._flood_over.set()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, JSONResult]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> JSONResult:
        attempts = rate_limit_args or self.attempts
        delay = self.delay
        for attempt in range(1, attempts + 1):
            await self._flood_over.wait()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == attempts:
                    raise
                wait = min(retry_after_seconds(exc) + 0.1, self.max_flood_wait)
                _LOGGER.warning("%s: flood control, waiting %.1f s (try %d of %d)",
                                endpoint, wait, attempt, attempts)
                self._flood_over.clear()
                try:
                    await self._sleep(wait)
                finally:
                    self._flood_over.set()
            except _PERMANENT:
                raise
            except NetworkError as exc:
                if attempt == attempts:
                    raise
                _LOGGER.warning("%s: %s: %s; retrying in %.2f s (try %d of %d)",
                                endpoint, type(exc).__name__, exc, delay, attempt, attempts)
                await self._sleep(delay)
                delay = min(delay * 2, self.max_delay)
        raise AssertionError("unreachable")  # pragma: no cover
