"""The embedded store: one SQLite file, reached only through `Store`'s typed methods.

Why SQLite: it ships with Python, survives a crash (write-ahead log, every write in one
transaction) and lets `lumbar-bot stats` read while the bot writes. The schema carries a
version (`PRAGMA user_version`); `MIGRATIONS` brings an older file up to date at start-up.

A store that cannot be opened (a read-only folder, a corrupt file, a file from a newer
version) raises `StoreError` with a message that says what to do; callers stop start-up on
it. Nothing here holds message text together with who sent it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

FILE_NAME = "lumbar-bot.sqlite3"

MIGRATIONS: tuple[str, ...] = (
    # 1: anonymous counts of "was this helpful?" per knowledge-base entry
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE feedback (
        entry_id TEXT PRIMARY KEY,
        helpful INTEGER NOT NULL DEFAULT 0,
        not_helpful INTEGER NOT NULL DEFAULT 0
    ) WITHOUT ROWID;
    """,
)
"""Migration n (1-based) turns a version n-1 file into version n. Append, never edit."""

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The store cannot be used; the message names the file and what to do."""


class Store:
    """The bot's data, behind small typed methods. Safe to share between threads."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._lock = threading.RLock()
        self.path = path

    # --------------------------------------------------------------- feedback

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        """Count one 👍 (helpful) or 👎 for an entry; who pressed it is not kept."""
        column = "helpful" if helpful else "not_helpful"
        with self._write() as db:
            db.execute(
                f"INSERT INTO feedback (entry_id, {column}) VALUES (?, 1) "
                f"ON CONFLICT (entry_id) DO UPDATE SET {column} = {column} + 1",
                (entry_id,),
            )

    def feedback_counts(self) -> dict[str, tuple[int, int]]:
        """entry id -> (helpful, not helpful)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT entry_id, helpful, not_helpful FROM feedback ORDER BY entry_id"
            ).fetchall()
        return {entry: (int(yes), int(no)) for entry, yes, no in rows}

    # --------------------------------------------------------------- plumbing

    @property
    def schema_version(self) -> int:
        with self._lock:
            version: int = self._db.execute("PRAGMA user_version").fetchone()[0]
        return version

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is written, or none of it."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")


def store_path(directory: str | Path) -> Path:
    return Path(directory) / FILE_NAME


def open_store(directory: str | Path, *, create: bool = True) -> Store:
    """Open (creating the folder and file if `create`) and migrate the store in `directory`.

    Raises StoreError when it cannot be opened or written, naming the file.
    """
    path = store_path(directory)
    if not create and not path.is_file():
        raise StoreError(f"no store at {path} yet (nothing has been stored)")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(
            path, isolation_level=None, check_same_thread=False, timeout=10.0
        )
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(_explain(path, exc)) from None
    try:
        _prepare(connection)
        store = Store(connection, path)
        with store._write() as db:  # proves the file is writable now, not at the first user
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('opened_at', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (datetime.now(UTC).isoformat(timespec="seconds"),),
            )
    except (sqlite3.Error, StoreError) as exc:
        connection.close()
        raise StoreError(_explain(path, exc)) from None
    return store


def _prepare(db: sqlite3.Connection) -> None:
    """Pragmas for a crash-safe, shared file; then the migrations it is missing."""
    db.execute("PRAGMA busy_timeout = 10000")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise sqlite3.OperationalError(f"cannot use write-ahead logging (journal mode {mode})")
    db.execute("PRAGMA synchronous = NORMAL")  # with WAL: a crash of the bot loses nothing
    db.execute("PRAGMA foreign_keys = ON")
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"schema version {version} is newer than this lumbar-bot knows ({SCHEMA_VERSION}); "
            "run a newer lumbar-bot or restore a backup"
        )
    for number in range(version + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number - 1]):
                db.execute(statement)
            db.execute(f"PRAGMA user_version = {number}")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _statements(script: str) -> list[str]:
    """A migration script as single statements, so they run inside one transaction."""
    return [s.strip() for s in script.split(";") if s.strip()]


def _explain(path: Path, exc: BaseException) -> str:
    if isinstance(exc, StoreError):
        return f"cannot use the store {path}: {exc}"
    reason = str(exc) or type(exc).__name__
    hint = "check that the folder exists and is writable (setting LUMBAR_BOT_DATA)"
    if "not a database" in reason or "malformed" in reason:
        hint = "the file is damaged: move it away (or restore a backup) and start again"
    return f"cannot open the store {path}: {reason}; {hint}"
