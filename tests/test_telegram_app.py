"""Wiring: how run_bot starts the Application, and what reaches the log."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from fake_telegram import TOKEN
from telegram.ext import Application
from telegram_support import FAST, Harness

from bot.telegram_bot import app
from bot.telegram_bot.app import (
    ALLOWED_UPDATES,
    PrivacyFilter,
    build_application,
    configure_logging,
    run_bot,
)
from bot.telegram_bot.settings import WEBHOOK_SECRET_PATTERN, ConfigError


@pytest.fixture
def started(monkeypatch, kb) -> dict:
    """Replace run_polling/run_webhook; record how run_bot called them. The knowledge it
    loads is the session's (FAST names no other), compiled once, not again at every start."""
    calls: dict = {}

    def polling(self, **kwargs):
        calls["polling"] = kwargs

    def webhook(self, **kwargs):
        calls["webhook"] = kwargs

    monkeypatch.setattr(Application, "run_polling", polling)
    monkeypatch.setattr(Application, "run_webhook", webhook)
    assert FAST.knowledge_dir is None and FAST.emergency_number is None
    monkeypatch.setattr(app, "load", lambda directory, emergency_number: kb)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])
    monkeypatch.setattr(root, "level", root.level)
    return calls


def test_polling_is_the_default(started: dict) -> None:
    run_bot(FAST)
    assert started["polling"]["allowed_updates"] == ALLOWED_UPDATES
    assert started["polling"]["bootstrap_retries"] == -1  # keep trying at start-up too
    assert "webhook" not in started


def test_webhook_with_an_explicit_secret(started: dict) -> None:
    run_bot(FAST, webhook_url="https://bot.example.org/tg/hook", port=8443,
            listen="127.0.0.1", secret_token="abc_DEF-1")
    call = started["webhook"]
    assert call["webhook_url"] == "https://bot.example.org/tg/hook"
    assert call["url_path"] == "tg/hook"
    assert call["secret_token"] == "abc_DEF-1"
    assert (call["listen"], call["port"]) == ("127.0.0.1", 8443)


def test_webhook_secret_from_settings_else_generated(started: dict) -> None:
    run_bot(replace(FAST, webhook_secret="from-env"), webhook_url="https://x.example/h")
    assert started["webhook"]["secret_token"] == "from-env"
    run_bot(FAST, webhook_url="https://x.example/h")
    generated = started["webhook"]["secret_token"]
    assert WEBHOOK_SECRET_PATTERN.match(generated) and len(generated) >= 32
    run_bot(FAST, webhook_url="https://x.example/h")
    assert started["webhook"]["secret_token"] != generated


def test_no_token_no_application(kb) -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        build_application(replace(FAST, token=None), kb)


async def test_start_up_survives_a_failing_command_menu(caplog, kb) -> None:
    async with Harness(kb, send_attempts=1) as bot:
        bot.fake.fail("setMyCommands", 500)
        with caplog.at_level(logging.ERROR):
            await bot.app.post_init(bot.app)
        assert "command menu" in caplog.text
        assert await bot.say("/help")


# --------------------------------------------------------------------------- logging


def record(name: str, level: int, message: str, *args) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, message, args, None)


def test_privacy_filter_masks_the_token_everywhere() -> None:
    privacy = PrivacyFilter(TOKEN)
    entry = record("bot.x", logging.WARNING, "POST https://api.telegram.org/bot%s/sendMessage",
                   TOKEN)
    assert privacy.filter(entry)
    assert TOKEN not in entry.getMessage()
    assert "<token>" in entry.getMessage()
    try:
        raise RuntimeError(f"failed at /bot{TOKEN}/getMe")
    except RuntimeError:
        import sys

        failing = logging.LogRecord("bot.x", logging.ERROR, __file__, 1, "boom", None,
                                    sys.exc_info())
    assert privacy.filter(failing)
    assert TOKEN not in logging.Formatter().format(failing)


def test_privacy_filter_drops_chatty_library_logs() -> None:
    privacy = PrivacyFilter(TOKEN)
    # httpx logs every URL (with the token) at INFO; PTB logs whole updates at DEBUG.
    assert not privacy.filter(record("httpx", logging.INFO, "HTTP Request: POST ..."))
    assert not privacy.filter(record("telegram.ext.Application", logging.DEBUG,
                                     "Processing update %s", "{'text': 'my back'}"))
    assert not privacy.filter(record("telegram.Bot", logging.DEBUG, "Calling Bot API ..."))
    assert privacy.filter(record("telegram.ext.Application", logging.INFO, "Application started"))
    assert privacy.filter(record("httpx", logging.WARNING, "something odd"))
    assert privacy.filter(record("bot.telegram_bot.handlers", logging.DEBUG, "ours"))


def test_configure_logging_sets_the_level_and_filters_every_handler(started) -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler()
    root.handlers = [handler]
    configure_logging(replace(FAST, log_level="DEBUG"))
    configure_logging(replace(FAST, log_level="DEBUG"))  # idempotent
    assert root.level == logging.DEBUG
    assert [type(f) for f in handler.filters] == [PrivacyFilter]
    assert logging.getLogger("httpx").level == logging.WARNING
