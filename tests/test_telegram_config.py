"""Settings from the environment and .env: defaults, precedence, and clear errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.telegram_bot.settings import TELEGRAM_API_BASE_URL, ConfigError, Settings, load_settings

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def test_defaults_without_environment_or_dotenv(tmp_path: Path) -> None:
    settings = load_settings({}, dotenv_path=tmp_path / ".env")
    assert settings == Settings()
    assert settings.token is None
    assert settings.base_url == TELEGRAM_API_BASE_URL
    assert settings.log_level == "INFO"


def test_everything_from_the_environment(tmp_path: Path) -> None:
    env = {
        "TELEGRAM_BOT_TOKEN": f"  {TOKEN} ",
        "TELEGRAM_BASE_URL": "http://127.0.0.1:8081/bot",
        "LUMBAR_BOT_EMERGENCY_NUMBER": "112",
        "LUMBAR_BOT_LOG_LEVEL": "debug",
        "LUMBAR_BOT_KNOWLEDGE": str(tmp_path),
        "LUMBAR_BOT_WEBHOOK_SECRET": "s3cret_-",
        "LUMBAR_BOT_REQUEST_TIMEOUT": "2.5",
        "LUMBAR_BOT_RETRY_DELAY": "0.1",
    }
    settings = load_settings(env, dotenv_path=None)
    assert settings.token == TOKEN
    assert settings.base_url == "http://127.0.0.1:8081/bot"
    assert settings.emergency_number == "112"
    assert settings.log_level == "DEBUG"
    assert settings.knowledge_dir == tmp_path
    assert settings.webhook_secret == "s3cret_-"
    assert settings.request_timeout == 2.5
    assert settings.retry_delay == 0.1


def test_dotenv_fills_in_but_never_overrides_the_environment(tmp_path: Path) -> None:
    dotenv = tmp_path / ".env"
    dotenv.write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
        "LUMBAR_BOT_EMERGENCY_NUMBER=999\n"
        "# a comment\n"
        "LUMBAR_BOT_LOG_LEVEL=WARNING\n"
    )
    before = dict(os.environ)
    settings = load_settings({"LUMBAR_BOT_EMERGENCY_NUMBER": "911"}, dotenv_path=dotenv)
    assert settings.token == TOKEN
    assert settings.emergency_number == "911"
    assert settings.log_level == "WARNING"
    assert dict(os.environ) == before  # .env is read, not exported


def test_an_empty_token_means_no_token(tmp_path: Path) -> None:
    assert load_settings({"TELEGRAM_BOT_TOKEN": "  "}, dotenv_path=None).token is None


@pytest.mark.parametrize(
    "token",
    ["abc", "123456:short", "123456789AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
     "12345:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsa w", "x123:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
     "123:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw!"],
)
def test_a_malformed_token_is_refused_without_showing_it(token: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({"TELEGRAM_BOT_TOKEN": token}, dotenv_path=None)
    message = str(caught.value)
    assert "TELEGRAM_BOT_TOKEN" in message
    assert token.strip() not in message
    assert token.split(":")[-1] not in message


def test_the_token_never_shows_in_repr() -> None:
    settings = load_settings({"TELEGRAM_BOT_TOKEN": TOKEN, "LUMBAR_BOT_WEBHOOK_SECRET": "abc"},
                             dotenv_path=None)
    assert TOKEN not in repr(settings)
    assert TOKEN.split(":")[1] not in str(settings)
    assert "abc" not in repr(settings)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("TELEGRAM_BASE_URL", "127.0.0.1:8081/bot"),
        ("LUMBAR_BOT_LOG_LEVEL", "LOUD"),
        ("LUMBAR_BOT_WEBHOOK_SECRET", "has spaces"),
        ("LUMBAR_BOT_REQUEST_TIMEOUT", "soon"),
        ("LUMBAR_BOT_REQUEST_TIMEOUT", "0"),
        ("LUMBAR_BOT_RETRY_DELAY", "-1"),
    ],
)
def test_other_malformed_settings_name_the_variable(variable: str, value: str) -> None:
    with pytest.raises(ConfigError, match=variable):
        load_settings({variable: value}, dotenv_path=None)


def test_companion_settings(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    defaults = load_settings({}, dotenv_path=None)
    assert defaults.data_dir == Path("data") and defaults.keep_unanswered is False
    assert defaults.clock_start is None
    env = {"LUMBAR_BOT_DATA": str(tmp_path), "LUMBAR_BOT_KEEP_UNANSWERED": "1",
           "LUMBAR_BOT_CLOCK": "2026-03-10T08:59:57+01:00"}
    settings = load_settings(env, dotenv_path=None)
    assert settings.data_dir == tmp_path and settings.keep_unanswered is True
    assert settings.clock_start == datetime(2026, 3, 10, 7, 59, 57, tzinfo=UTC)
    for name, value in (("LUMBAR_BOT_KEEP_UNANSWERED", "maybe"),
                        ("LUMBAR_BOT_CLOCK", "tomorrow"),
                        ("LUMBAR_BOT_CLOCK", "2026-03-10T08:00:00")):  # no offset
        with pytest.raises(ConfigError, match=name):
            load_settings({name: value}, dotenv_path=None)
