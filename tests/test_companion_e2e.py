"""End to end, the companion survives a crash: the real `python -m bot run` against the fake
Bot API server over HTTP, killed with SIGKILL and started again.

The bot's clock is set with LUMBAR_BOT_CLOCK so an 08:00 reminder is due seconds after a
start, instead of waiting for a real 08:00.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

from fake_telegram import TOKEN, FakeTelegramServer, callback_update, message_update
from telegram_support import buttons, real_kb
from test_telegram_e2e import LOCAL, PATIENCE, REPO, wait_for

from bot.care.store import store_path

ALICE, BEN = 51, 52  # Alice: UTC, reminder 08:00. Ben: Berlin, reminder 09:30 (08:30 UTC).


class Bot:
    """One run of `python -m bot run` with the clock starting at `clock`."""

    def __init__(self, server: FakeTelegramServer, data: Path, clock: str, log: Path) -> None:
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LUMBAR_"))},
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": server.base_url,
            "LUMBAR_BOT_DATA": str(data),
            "LUMBAR_BOT_CLOCK": clock,
            "LUMBAR_BOT_REQUEST_TIMEOUT": "2",
            "NO_PROXY": LOCAL,
            "no_proxy": LOCAL,
            "PYTHONPATH": str(REPO),
        }
        self.server = server
        self.log = log
        server.fake.commands = []
        with log.open("ab") as out:
            self.process = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=data.parent,
                                            env=env, stdout=out, stderr=subprocess.STDOUT)
        wait_for(lambda: server.fake.commands or self.process.poll() is not None, PATIENCE,
                 "the bot to start")
        assert self.process.poll() is None, log.read_text()

    def say(self, user: int, text: str, count: int = 1) -> list[dict]:
        """Send a message; return the `count` new messages it brings."""
        before = len(self.server.fake.sent_to(user))
        self.server.fake.push(message_update(text, user_id=user))
        sent = wait_for(lambda: len(self.server.fake.sent_to(user)) >= before + count
                        and self.server.fake.sent_to(user), PATIENCE,
                        f"{count} replies to {text!r}")
        return sent[before:]

    def press(self, user: int, data: str, message: dict) -> list[dict]:
        before = len(self.server.fake.sent_to(user))
        clean = {k: v for k, v in message.items() if k not in ("html", "method", "file")}
        self.server.fake.push(callback_update(data, clean, user_id=user))
        sent = wait_for(lambda: len(self.server.fake.sent_to(user)) > before
                        and self.server.fake.sent_to(user), PATIENCE, f"the press of {data}")
        return sent[before:]

    def crash(self) -> None:
        """SIGKILL once every update is confirmed (so none is delivered twice)."""
        wait_for(lambda: not self.server.fake.updates, PATIENCE, "updates to be confirmed")
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=20)


def reminders_to(server: FakeTelegramServer, user: int, text: str) -> list[dict]:
    return [m for m in server.fake.sent_to(user) if m.get("text") == text]


def test_reminders_and_the_diary_survive_sigkill(tmp_path: Path) -> None:
    kb = real_kb()
    data = tmp_path / "data"
    log = tmp_path / "bot.log"
    with FakeTelegramServer() as server:
        # Run 1, 07:58 UTC: Alice and Ben set reminders and keep a diary; then the bot dies.
        bot = Bot(server, data, "2026-03-10T07:58:00Z", log)
        [set_reply] = bot.say(ALICE, "/remind 08:00")
        assert kb.message("remind_set", time="08:00", zone="UTC") in set_reply["text"]
        bot.say(ALICE, "/pain 6")
        [done] = bot.say(ALICE, "/done")
        [pressed] = bot.press(ALICE, "pn:5:d", done)
        assert kb.message("pain_replaced", score="5", old="6") in pressed["text"]
        bot.say(BEN, "/timezone Europe/Berlin")
        bot.say(BEN, "/remind 09:30")
        bot.say(BEN, "/pain 3")
        bot.crash()

        # Run 2, 07:59:56 UTC: Alice's 08:00 reminder is scheduled again and arrives.
        bot = Bot(server, data, "2026-03-10T07:59:56Z", log)
        reminder = kb.message("reminder")
        [sent] = wait_for(lambda: reminders_to(server, ALICE, reminder), PATIENCE, "the reminder")
        assert [d for _, d in buttons(sent)] == ["rt:0", "rm:snooze"]
        [shown] = bot.say(ALICE, "/remind")
        assert shown["text"] == kb.message("remind_show", time="08:00", zone="UTC")
        text, photo = bot.say(ALICE, "/progress", count=2)
        assert kb.message("progress_streak", days="1") in text["text"]
        assert photo["method"] == "sendPhoto"
        assert photo["file"][:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", photo["file"][16:24]) == (800, 450)
        [document] = bot.say(ALICE, "/mydata")
        mine = json.loads(document["file"])
        assert mine["pain"] == [{"day": "2026-03-10", "score": 5}]
        assert mine["routine_done_on"] == ["2026-03-10"]
        assert mine["reminder"]["last_sent_on"] == "2026-03-10"
        bot.crash()

        # Run 3, 09:00 UTC: Ben's 09:30 Berlin (08:30 UTC) fell due while the bot was down:
        # sent once now. Alice's was sent before the crash: not again.
        bot = Bot(server, data, "2026-03-10T09:00:00Z", log)
        wait_for(lambda: reminders_to(server, BEN, reminder), PATIENCE, "Ben's missed reminder")
        bot.say(ALICE, "/remind")  # a round trip: start-up's work is done
        assert len(reminders_to(server, ALICE, reminder)) == 1
        assert len(reminders_to(server, BEN, reminder)) == 1

        # /forget erases Alice and nobody else.
        [question] = bot.say(ALICE, "/forget")
        [erased] = bot.press(ALICE, "fg:yes", question)
        assert erased["text"] == kb.message("forget_done")
        [none] = bot.say(ALICE, "/mydata")
        assert none["text"] == kb.message("mydata_none")
        [ben] = bot.say(BEN, "/mydata")
        assert json.loads(ben["file"])["pain"] == [{"day": "2026-03-10", "score": 3}]
        assert server.fake.errors == []
        assert server.fake.unanswered_queries() == set()
        assert bot.stop() == 0

    with sqlite3.connect(store_path(data)) as db:
        for table in ("users", "reminders", "pain", "sessions"):
            assert db.execute(f"SELECT count(*) FROM {table} WHERE user_id = ?",
                              (ALICE,)).fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM pain WHERE user_id = ?", (BEN,)).fetchone() == (1,)
    output = log.read_text()
    assert "Traceback" not in output
    assert "restored 2 reminders (1 missed while the bot was down)" in output
    for user in (ALICE, BEN):  # no log line says whose reminder it is
        assert f"reminder:daily:{user}" not in output and f"'id': {user}" not in output
    assert TOKEN.split(":")[1] not in output
