"""The companion in the terminal chat: the same commands, typed answers instead of buttons,
the chart saved as a file, and today's reminder shown when the chat opens."""

from __future__ import annotations

import json
import struct
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from bot.care.clock import ManualClock
from bot.care.companion import Companion
from bot.care.store import PainEntry, open_store
from bot.knowledge import Knowledge
from bot.terminal.chat import run
from bot.terminal.companion import TERMINAL_USER, TerminalCompanion


@pytest.fixture
def chat(kb: Knowledge, tmp_path: Path):
    store = open_store(tmp_path)
    clock = ManualClock(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    care = TerminalCompanion(Companion(kb, store, clock), tmp_path)

    def talk(*lines: str) -> list[str]:
        out: list[str] = []
        run(kb, list(lines), out.append, companion=care)
        return out[2:]  # after the welcome and the /quit hint

    yield talk, care, store, clock
    store.close()


def test_diary_progress_and_the_chart_file(chat, kb: Knowledge) -> None:
    talk, care, store, _ = chat
    out = talk("/pain 7", "/done", "4", "/progress")
    assert kb.message("pain_saved", score="7") in out[0]
    assert kb.message("pain_question_terminal") in out[1]
    assert kb.message("pain_replaced", score="4", old="7") in out[2]
    assert store.pain(TERMINAL_USER) == [PainEntry(date(2026, 3, 10), 4)]
    assert store.sessions(TERMINAL_USER) == [date(2026, 3, 10)]
    assert str(care.chart_path) in out[3]
    png = care.chart_path.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (800, 450)


def test_a_number_after_done_is_pain_but_only_then(chat, kb: Knowledge) -> None:
    talk, _, store, _ = chat
    talk("/done", "how many reps", "5")
    assert store.pain(TERMINAL_USER) == []  # the question was skipped


def test_forget_needs_yes_and_removes_the_chart(chat, kb: Knowledge) -> None:
    talk, care, store, _ = chat
    talk("/pain 5", "/progress")
    assert care.chart_path.exists()
    asked, kept = talk("/forget", "/mydata")
    assert kb.message("forget_terminal") in asked
    assert json.loads(kept.split("\n", 1)[1].replace("\n     ", "\n"))["pain"][0]["score"] == 5
    [erased] = talk("/forget yes")
    assert kb.message("forget_done") in erased
    assert store.user(TERMINAL_USER) is None and not care.chart_path.exists()


def test_todays_reminder_shows_when_the_chat_opens_once(chat, kb: Knowledge) -> None:
    _, care, store, clock = chat
    store.set_reminder(TERMINAL_USER, time(8), datetime(2026, 3, 9, tzinfo=UTC),
                       date(2026, 3, 9))
    clock.moment = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
    early: list[str] = []
    run(kb, [], early.append, companion=care)
    assert all(kb.message("reminder") not in line for line in early)  # not due yet
    clock.moment = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    out: list[str] = []
    run(kb, [], out.append, companion=care)
    assert kb.message("reminder") in out[-1]
    again: list[str] = []
    run(kb, [], again.append, companion=care)
    assert all(kb.message("reminder") not in line for line in again)


def test_an_emergency_after_a_command_is_answered_first(chat, kb: Knowledge) -> None:
    talk, *_ = chat
    [reply] = talk("/pain 8 I can't feel anything when I wipe")
    assert reply.index(kb.emergency_number) < reply.index(kb.message("pain_saved", score="8"))
    [routine] = talk("/routine my legs are numb and I wet myself")
    assert kb.emergency_number in routine


def test_bad_values_in_the_terminal(chat, kb: Knowledge) -> None:
    talk, _, store, _ = chat
    out = talk("/pain eleven", "/remind 25:00", "/timezone Mars/Base")
    assert kb.message("pain_bad") in out[0]
    assert kb.message("remind_bad") in out[1]
    assert kb.message("timezone_bad", name="Mars/Base") in out[2]
    assert store.user(TERMINAL_USER) is None


def test_the_routine_carries_todays_repetitions(chat, kb: Knowledge) -> None:
    talk, _, store, _ = chat
    [plain] = talk("/routine")
    assert "Your count for today" not in plain
    for n in range(1, 4):
        store.record_session(TERMINAL_USER, date(2026, 3, 10 - n))
    count = kb.message("repetitions_today", reps="6", most="10")
    slash, typed = talk("/routine", "my daily routine")
    assert count in slash and count in typed
