"""The store: every operation, what survives a reopen, many writers at once, and clear
errors for a store that cannot be used."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

import pytest

from bot.care.store import SCHEMA_VERSION, Store, StoreError, open_store, store_path


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
