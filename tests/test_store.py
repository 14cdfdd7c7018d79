"""The store: every operation, what survives a reopen, many writers at once, and clear
errors for a store that cannot be used."""

from __future__ import annotations

import os
import sqlite3
import threading
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.care.schedule import Reminder
from bot.care.store import (
    MIGRATIONS,
    SCHEMA_VERSION,
    PainEntry,
    Store,
    StoreError,
    User,
    open_store,
    store_path,
)


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


def test_the_folder_and_file_are_made_on_first_use_in_wal_mode(tmp_path: Path) -> None:
    folder = tmp_path / "not" / "yet"
    store = open_store(folder)
    try:
        assert store.path == store_path(folder) and store.path.is_file()
        assert store.schema_version == SCHEMA_VERSION
        with sqlite3.connect(store.path) as db:
            assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def test_feedback_is_counted_per_entry_and_kept(tmp_path: Path, store: Store) -> None:
    assert store.feedback_counts() == {}
    store.record_feedback("sciatica-what", True)
    store.record_feedback("sciatica-what", True)
    store.record_feedback("sciatica-what", False)
    store.record_feedback("piriformis-stretch", False)
    assert store.feedback_counts() == {"sciatica-what": (2, 1), "piriformis-stretch": (0, 1)}
    store.close()
    again = open_store(tmp_path / "data")
    try:
        assert again.feedback_counts()["sciatica-what"] == (2, 1)
    finally:
        again.close()


def test_many_writers_at_once_lose_no_count(tmp_path: Path, store: Store) -> None:
    """Threads sharing one Store, and a second Store on the same file (another process's
    view, as `lumbar-bot stats` or a second worker would have)."""
    other = open_store(tmp_path / "data")
    per_thread = 200

    def press(target: Store, helpful: bool) -> None:
        for _ in range(per_thread):
            target.record_feedback("entry", helpful)

    threads = [threading.Thread(target=press, args=(s, h))
               for s in (store, other, store, other) for h in (True, False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    assert store.feedback_counts() == {"entry": (4 * per_thread, 4 * per_thread)}


def test_a_failed_write_leaves_nothing_half_done(store: Store) -> None:
    store.record_feedback("entry", True)
    with pytest.raises(RuntimeError), store._write() as db:
        db.execute("UPDATE feedback SET helpful = 99")
        raise RuntimeError("crash in the middle")
    assert store.feedback_counts() == {"entry": (1, 0)}


def test_a_corrupt_file_stops_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    store_path(folder).write_bytes(b"this is not a database, just some text " * 100)
    with pytest.raises(StoreError) as caught:
        open_store(folder)
    message = str(caught.value)
    assert str(store_path(folder)) in message
    assert "damaged" in message


def test_a_folder_that_cannot_be_made_stops_with_a_clear_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    with pytest.raises(StoreError) as caught:
        open_store(blocker / "data")
    assert "LUMBAR_BOT_DATA" in str(caught.value)
    assert str(blocker / "data") in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_stops_with_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError, match="writable"):
            open_store(folder)
    finally:
        folder.chmod(0o700)


def test_a_store_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    with sqlite3.connect(store_path(folder)) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        open_store(folder)


def test_stats_without_a_store_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="nothing has been stored"):
        open_store(tmp_path / "data", create=False)
    assert not (tmp_path / "data").exists()


# --------------------------------------------------------------------------- the companion

MAR10 = date(2026, 3, 10)
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_nobody_is_kept_until_they_use_a_command(store: Store) -> None:
    assert store.user(5) is None
    assert store.zone(5) == "UTC"
    assert store.reminder(5) is None and store.pain(5) == [] and store.sessions(5) == []
    assert store.export(5) is None
    assert store.forget(5) is False


def test_time_zone(store: Store) -> None:
    store.set_zone(5, "Europe/Berlin", MAR10)
    assert store.user(5) == User(5, "Europe/Berlin", MAR10)
    store.set_zone(5, "Asia/Tokyo", date(2026, 3, 20))
    assert store.user(5) == User(5, "Asia/Tokyo", MAR10)  # the first day stays


def test_reminders_set_change_claim_snooze_clear(store: Store) -> None:
    store.set_zone(5, "Europe/Berlin", MAR10)
    store.set_reminder(5, time(8), NOW, MAR10)
    found = store.reminder(5)
    assert found == Reminder(5, time(8), "Europe/Berlin", NOW, None, None)
    assert store.claim_reminder(5, MAR10) is True
    assert store.claim_reminder(5, MAR10) is False  # never twice the same day
    assert store.claim_reminder(5, date(2026, 3, 9)) is False  # nor for a day gone by
    store.set_reminder(5, time(19, 30), NOW + timedelta(hours=1), MAR10)
    changed = store.reminder(5)
    assert changed is not None
    assert (changed.at, changed.last_sent_on) == (time(19, 30), MAR10)  # no second today
    until = NOW + timedelta(hours=1)
    assert store.snooze(5, until) is True
    assert store.reminder(5).snooze_until == until  # type: ignore[union-attr]
    assert store.claim_snooze(5, until) is True
    assert store.claim_snooze(5, until) is False
    assert store.clear_reminder(5) is True
    assert store.clear_reminder(5) is False
    assert store.snooze(5, until) is False  # no reminder, nothing to snooze
    assert store.user(5) is not None  # the person's other data stays


def test_all_reminders_for_start_up(store: Store) -> None:
    for user in (3, 1, 2):
        store.set_reminder(user, time(7 + user), NOW, MAR10)
    store.set_zone(2, "Asia/Kolkata", MAR10)
    found = store.reminders()
    assert [(r.user_id, r.at, r.zone) for r in found] == [
        (1, time(8), "UTC"), (2, time(9), "Asia/Kolkata"), (3, time(10), "UTC")]


def test_pain_one_entry_per_day(store: Store) -> None:
    assert store.record_pain(5, MAR10, 6) is None
    assert store.record_pain(5, MAR10, 4) == 6  # the same day: replaced
    store.record_pain(5, date(2026, 3, 8), 7)
    assert store.pain(5) == [PainEntry(date(2026, 3, 8), 7), PainEntry(MAR10, 4)]
    assert store.pain(5, since=date(2026, 3, 9)) == [PainEntry(MAR10, 4)]
    for wrong in (-1, 11):
        with pytest.raises(ValueError):
            store.record_pain(5, MAR10, wrong)
    assert store.pain(5)[-1].score == 4


def test_sessions_once_per_day(store: Store) -> None:
    assert store.record_session(5, MAR10) is True
    assert store.record_session(5, MAR10) is False
    store.record_session(5, date(2026, 3, 1))
    assert store.sessions(5) == [date(2026, 3, 1), MAR10]
    assert store.sessions(5, since=date(2026, 3, 2)) == [MAR10]


def test_export_holds_everything_kept(store: Store) -> None:
    store.set_zone(5, "Europe/Berlin", MAR10)
    store.set_reminder(5, time(8), NOW, MAR10)
    store.record_pain(5, MAR10, 6)
    store.record_session(5, MAR10)
    data = store.export(5)
    assert data == {
        "user_id": 5,
        "time_zone": "Europe/Berlin",
        "first_kept_on": "2026-03-10",
        "reminder": {"time": "08:00", "set_at": NOW.isoformat(), "last_sent_on": None,
                     "snoozed_until": None},
        "pain": [{"day": "2026-03-10", "score": 6}],
        "routine_done_on": ["2026-03-10"],
    }


def test_forget_erases_one_person_and_nobody_else(store: Store) -> None:
    for user in (5, 6):
        store.set_reminder(user, time(8), NOW, MAR10)
        store.record_pain(user, MAR10, 6)
        store.record_session(user, MAR10)
    store.record_feedback("entry", True)
    assert store.forget(5) is True
    assert store.export(5) is None
    assert store.reminders() == [store.reminder(6)]
    with sqlite3.connect(store.path) as db:
        for table in ("users", "reminders", "pain", "sessions"):
            assert db.execute(f"SELECT count(*) FROM {table} WHERE user_id = 5").fetchone() == (0,)
            assert db.execute(f"SELECT count(*) FROM {table} WHERE user_id = 6").fetchone() == (1,)
    assert store.feedback_counts() == {"entry": (1, 0)}  # anonymous counts are nobody's


def test_forget_leaves_nothing_in_the_files(store: Store) -> None:
    """Not only unreachable: the erased values are gone from the database and its log."""
    marker = "America/Argentina/ComodRivadavia"
    store.set_zone(5, marker, MAR10)
    for day in range(30):
        store.record_pain(5, MAR10 - timedelta(days=day), 7)
    store.set_zone(6, "Europe/Berlin", MAR10)

    def on_disk() -> bytes:
        return b"".join(p.read_bytes() for p in store.path.parent.glob(store.path.name + "*"))

    assert marker.encode() in on_disk()
    store.forget(5)
    assert marker.encode() not in on_disk()
    assert b"Europe/Berlin" in on_disk()


def test_answer_counts_and_unanswered_questions(store: Store) -> None:
    store.start_answer_counts(NOW)
    store.add_answer_counts({"faq": 3, "fallback": 1})
    store.add_answer_counts({"faq": 2, "urgent": 0})
    store.keep_unanswered("best pizza", date(2025, 12, 1))
    store.keep_unanswered("what about yoga", MAR10)
    counts = store.counts(MAR10)
    assert counts.answers == {"faq": 5, "fallback": 1}
    assert counts.answers_since == NOW
    assert counts.unanswered == 2
    assert store.unanswered(date(2026, 1, 1)) == ["what about yoga"]
    assert store.drop_unanswered_before(date(2026, 1, 1)) == 1
    assert store.unanswered(date(2000, 1, 1)) == ["what about yoga"]
    store.start_answer_counts(NOW + timedelta(days=1))  # a restart counts from zero
    assert store.counts(MAR10).answers == {}


def test_counts_for_stats(store: Store) -> None:
    store.set_reminder(1, time(8), NOW, MAR10)
    store.record_pain(2, MAR10, 5)
    store.record_pain(2, date(2026, 3, 9), 6)
    store.record_session(2, MAR10)
    store.record_session(2, date(2026, 3, 4))  # within the last 7 days
    store.record_session(2, date(2026, 3, 3))  # not
    counts = store.counts(MAR10)
    assert (counts.users, counts.reminders, counts.pain_entries, counts.routines_this_week) == (
        2, 1, 2, 2)


def test_a_version_1_store_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    """A file written by the previous release (feedback counts only) is brought up to date
    at start-up; its counts survive and the new tables work."""
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(store_path(folder)) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("INSERT INTO feedback VALUES ('reps-and-sets', 4, 1)")
        db.execute("PRAGMA user_version = 1")
    store = open_store(folder)
    try:
        assert store.schema_version == SCHEMA_VERSION >= 2
        assert store.feedback_counts() == {"reps-and-sets": (4, 1)}
        store.record_pain(5, MAR10, 3)
        assert store.pain(5) == [PainEntry(MAR10, 3)]
    finally:
        store.close()
    again = open_store(folder)  # opening again migrates nothing twice
    try:
        assert again.schema_version == SCHEMA_VERSION and again.pain(5) == [PainEntry(MAR10, 3)]
    finally:
        again.close()


def test_a_failed_migration_leaves_the_old_version(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with sqlite3.connect(store_path(folder)) as db:
        db.executescript(MIGRATIONS[0])
        db.execute("PRAGMA user_version = 1")
    monkeypatch.setattr("bot.care.store.MIGRATIONS",
                        (*MIGRATIONS[:1], "CREATE TABLE users (x); CREATE TABLE broken ("))
    monkeypatch.setattr("bot.care.store.SCHEMA_VERSION", 2)
    with pytest.raises(StoreError):
        open_store(folder)
    with sqlite3.connect(store_path(folder)) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (1,)
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'users'").fetchone() is None


def test_many_people_writing_at_once(tmp_path: Path, store: Store) -> None:
    """Eight threads, two Store objects on one file, 50 people each logging 20 days."""
    other = open_store(tmp_path / "data")

    def diary(target: Store, first_user: int) -> None:
        for user in range(first_user, first_user + 50):
            for day in range(20):
                target.record_pain(user, MAR10 - timedelta(days=day), day % 11)
                target.record_session(user, MAR10 - timedelta(days=day))

    threads = [threading.Thread(target=diary, args=(store if i % 2 else other, i * 1000))
               for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    other.close()
    counts = store.counts(MAR10)
    assert (counts.users, counts.pain_entries) == (400, 8000)
    assert len(store.sessions(7049)) == 20
