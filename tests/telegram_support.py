"""Shared pieces for the Telegram tests: settings, knowledge bases, and an in-process harness.

`Harness` runs the real Application (handlers, filters, rate limiter, error handler) on
updates built here, with `FakeRequest` in place of HTTP: every request the bot makes lands in
a `FakeTelegram`, and nothing reaches the network.
"""

from __future__ import annotations

import shutil
import socket
import tempfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from fake_telegram import (
    TOKEN,
    FakeRequest,
    FakeTelegram,
    callback_update,
    message_update,
)
from telegram import Update

from bot.care.chart import ChartDrawer
from bot.care.clock import Clock, ManualClock
from bot.care.store import Store, open_store
from bot.knowledge import DEFAULT_DIR, Knowledge, load
from bot.telegram_bot import companion
from bot.telegram_bot.app import build_application
from bot.telegram_bot.settings import Settings

FAST = Settings(
    token=TOKEN,
    send_attempts=5,
    retry_delay=0.001,
    max_retry_delay=0.005,
    max_flood_wait=0.05,
    request_timeout=1.0,
    burst=1000,
    data_dir=Path(tempfile.mkdtemp(prefix="lumbar-bot-test-")),
)
"""Settings for tests: tiny backoff, no burst limit unless a test asks for one, a store of
their own (never data/ in the repository)."""

HOSTILE = "Use <b>care</b> & <i>never</i> lift > 5 kg if pain < 3 <script>x</script> &amp;"
"""Knowledge-base text that breaks Telegram's HTML parser unless it is escaped."""


def real_kb() -> Knowledge:
    return load(DEFAULT_DIR)


def hostile_kb(tmp_path: Path) -> Knowledge:
    """The shipped knowledge base with HTML-hostile titles and answers and one huge answer."""
    directory = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, directory)
    faq_path = directory / "faq.yaml"
    faqs = yaml.safe_load(faq_path.read_text())
    faqs[0]["title"] = f"{faqs[0]['title']} <&>"
    faqs[0]["answer"] = f"{HOSTILE}\n\n{faqs[0]['answer']}"
    paragraph = "A long paragraph about sciatica & nerves <really>. " * 20
    faqs[1]["answer"] = "\n\n".join([paragraph.strip()] * 12)  # about 12,000 characters
    faq_path.write_text(yaml.safe_dump(faqs, sort_keys=False, allow_unicode=True))
    ex_path = directory / "exercises.yaml"
    exercises = yaml.safe_load(ex_path.read_text())
    exercises[0]["name"] = f"{exercises[0]['name']} <1> & more"
    exercises[0]["steps"] = [f"{step} <ok> &" for step in exercises[0]["steps"]]
    ex_path.write_text(yaml.safe_dump(exercises, sort_keys=False, allow_unicode=True))
    return load(directory)


class Harness:
    """The real Application, fed updates in-process, with a FakeTelegram behind it."""

    def __init__(self, kb: Knowledge, settings: Settings = FAST, *, clock: Clock | None = None,
                 **overrides: Any) -> None:
        self.kb = kb
        self.fake = FakeTelegram()
        self._data = tempfile.TemporaryDirectory(prefix="lumbar-bot-harness-")
        overrides.setdefault("data_dir", Path(self._data.name))
        self.settings = replace(settings, **overrides)
        self.store: Store = open_store(self.settings.data_dir)
        self.clock = clock or ManualClock(datetime(2026, 3, 10, 7, 0, tzinfo=UTC))
        self.app = build_application(self.settings, kb, store=self.store, clock=self.clock,
                                     charts=ChartDrawer(process=False),
                                     request=FakeRequest(self.fake))

    async def __aenter__(self) -> Harness:
        await self.app.initialize()
        await self.app.post_init(self.app)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.app.shutdown()
        await companion.stop(self.app)
        self.store.close()
        self._data.cleanup()

    async def process(self, data: dict[str, Any]) -> list[dict[str, Any]]:
        """Handle one update; return what the bot sent or edited because of it."""
        if "callback_query" in data:
            self.fake.callback_queries.add(data["callback_query"]["id"])
        before = len(self.fake.sent)
        await self.app.process_update(Update.de_json(data, self.app.bot))
        return self.fake.sent[before:]

    async def say(self, text: str | None, **kwargs: Any) -> list[dict[str, Any]]:
        return await self.process(message_update(text, **kwargs))

    async def press(
        self, data: str, message: dict[str, Any] | None = None, **kwargs: Any
    ) -> list[dict[str, Any]]:
        clean = None
        if message is not None:
            clean = {k: v for k, v in message.items() if k not in ("html", "method")}
        return await self.process(callback_update(data, clean, **kwargs))


def buttons(message: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, callback data) of every button under a sent message."""
    markup = message.get("reply_markup") or {}
    return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", [])
            for b in row]


def links(message: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, url) of every link button under a sent message."""
    markup = message.get("reply_markup") or {}
    return [(b["text"], b["url"]) for row in markup.get("inline_keyboard", []) for b in row
            if "url" in b]


def reply_keyboard(message: dict[str, Any]) -> list[str]:
    """The labels of a reply keyboard sent with a message (the Menu under the message field)."""
    markup = message.get("reply_markup") or {}
    return [b if isinstance(b, str) else b["text"] for row in markup.get("keyboard", [])
            for b in row]


def assert_clean(bot: Harness) -> None:
    """Telegram accepted everything, every button press was answered and every button's
    callback data fits Telegram's 64 bytes."""
    assert bot.fake.errors == []
    assert bot.fake.unanswered_queries() == set()
    for message in bot.fake.sent:
        for _, data in buttons(message):
            assert len(data.encode()) <= 64, data


def text_of(messages: list[dict[str, Any]]) -> str:
    return "\n\n".join(m["text"] for m in messages)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything opens a connection beyond this machine."""
    real_connect = socket.socket.connect

    def guarded(sock: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost") and not str(host).startswith("/"):
            raise AssertionError(f"a test tried to reach {host}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
