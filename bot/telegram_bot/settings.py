"""Settings for the Telegram bot, read from the environment and an optional `.env` file.

Real environment variables win over `.env`. The token is checked for shape only (Telegram
decides whether it is valid) and is never shown: not in errors, not in `repr`, not in logs.

    TELEGRAM_BOT_TOKEN           from @BotFather; without it there is no Telegram bot
    TELEGRAM_BASE_URL            a self-hosted Bot API server, e.g. http://127.0.0.1:8081/bot
    LUMBAR_BOT_EMERGENCY_NUMBER  the number the bot tells people to call
    LUMBAR_BOT_LOG_LEVEL         DEBUG, INFO (default), WARNING, ERROR or CRITICAL
    LUMBAR_BOT_KNOWLEDGE         a knowledge directory other than the shipped one
    LUMBAR_BOT_WEBHOOK_SECRET    webhook mode: the secret Telegram sends back (else generated)
    LUMBAR_BOT_REQUEST_TIMEOUT   seconds before a request to Telegram counts as timed out (10)
    LUMBAR_BOT_RETRY_DELAY       seconds before the first retry of a failed send (0.5)
    LUMBAR_BOT_DATA              the folder of the store (default: data/ under the working
                                 directory, created on first use)
    LUMBAR_BOT_KEEP_UNANSWERED   1: keep questions the bot could not answer, anonymised (off)
    LUMBAR_BOT_CLOCK             tests and demos: start the clock at this moment (ISO 8601
                                 with offset, e.g. 2026-03-10T07:59:57Z); it then runs normally
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dotenv import dotenv_values

from bot.care.clock import parse_instant

TELEGRAM_API_BASE_URL = "https://api.telegram.org/bot"
TOKEN_PATTERN = re.compile(r"^[0-9]+:[A-Za-z0-9_-]{30,}$")
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class ConfigError(Exception):
    """A setting is malformed; the message says which one and how to fix it."""


@dataclass(frozen=True, kw_only=True)
class Settings:
    token: str | None = field(default=None, repr=False)
    base_url: str = TELEGRAM_API_BASE_URL
    emergency_number: str | None = None
    log_level: str = "INFO"
    knowledge_dir: Path | None = None
    data_dir: Path = Path("data")
    keep_unanswered: bool = False
    clock_start: datetime | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    request_timeout: float = 10.0
    # How hard a failed request to Telegram is retried (see resilience.py).
    send_attempts: int = 5
    retry_delay: float = 0.5
    max_retry_delay: float = 8.0
    max_flood_wait: float = 300.0
    # Per-user burst limiting (see throttle.py): `burst` messages at once,
    # then one more every `refill_seconds`.
    burst: int = 8
    refill_seconds: float = 3.0

    @property
    def log_level_number(self) -> int:
        level: int = logging.getLevelName(self.log_level)
        return level


def load_settings(
    env: Mapping[str, str] = os.environ, dotenv_path: str | os.PathLike[str] | None = ".env"
) -> Settings:
    """Settings from `env`, falling back to the values in `dotenv_path` (if the file exists)."""
    values: dict[str, str] = {}
    if dotenv_path is not None and Path(dotenv_path).is_file():
        values.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
    values.update(env)

    def get(name: str) -> str | None:
        value = values.get(name, "").strip()
        return value or None

    token = get("TELEGRAM_BOT_TOKEN")
    if token is not None and not TOKEN_PATTERN.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token: expected digits, a colon, then "
            "at least 30 letters, digits, '_' or '-' (as BotFather gives it). "
            "Check the environment and .env."
        )
    base_url = get("TELEGRAM_BASE_URL") or TELEGRAM_API_BASE_URL
    if not base_url.startswith(("http://", "https://")):
        raise ConfigError("TELEGRAM_BASE_URL must start with http:// or https://")
    log_level = (get("LUMBAR_BOT_LOG_LEVEL") or "INFO").upper()
    if log_level not in LOG_LEVELS:
        raise ConfigError(f"LUMBAR_BOT_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}")
    secret = get("LUMBAR_BOT_WEBHOOK_SECRET")
    if secret is not None and not WEBHOOK_SECRET_PATTERN.match(secret):
        raise ConfigError(
            "LUMBAR_BOT_WEBHOOK_SECRET may only use letters, digits, '_' and '-' (1-256 of them)"
        )
    knowledge = get("LUMBAR_BOT_KNOWLEDGE")
    keep = (get("LUMBAR_BOT_KEEP_UNANSWERED") or "0").lower()
    if keep not in ("0", "1", "true", "false", "yes", "no", "on", "off"):
        raise ConfigError("LUMBAR_BOT_KEEP_UNANSWERED must be 1 (on) or 0 (off)")
    clock = get("LUMBAR_BOT_CLOCK")
    try:
        clock_start = parse_instant(clock) if clock else None
    except ValueError as exc:
        raise ConfigError(f"LUMBAR_BOT_CLOCK must be a moment such as "
                          f"2026-03-10T07:59:57Z ({exc})") from None
    return Settings(
        token=token,
        clock_start=clock_start,
        base_url=base_url,
        emergency_number=get("LUMBAR_BOT_EMERGENCY_NUMBER"),
        log_level=log_level,
        knowledge_dir=Path(knowledge) if knowledge else None,
        data_dir=Path(get("LUMBAR_BOT_DATA") or "data"),
        keep_unanswered=keep in ("1", "true", "yes", "on"),
        webhook_secret=secret,
        request_timeout=_seconds("LUMBAR_BOT_REQUEST_TIMEOUT",
                                 get("LUMBAR_BOT_REQUEST_TIMEOUT"), Settings.request_timeout),
        retry_delay=_seconds("LUMBAR_BOT_RETRY_DELAY", get("LUMBAR_BOT_RETRY_DELAY"),
                             Settings.retry_delay),
    )


def _seconds(variable: str, value: str | None, default: float) -> float:
    if value is None:
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 < seconds <= 600:
        raise ConfigError(f"{variable} must be a number of seconds between 0 and 600")
    return seconds
