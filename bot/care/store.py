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
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from bot.care.schedule import DEFAULT_ZONE, Reminder

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
    # 2: the companion: people who asked to be kept, reminders, the pain diary, routine days;
    # answers by kind since start-up; questions nobody could answer (kept without who asked)
    """
    CREATE TABLE users (
        user_id INTEGER PRIMARY KEY,
        timezone TEXT NOT NULL DEFAULT 'UTC',
        since TEXT NOT NULL
    );
    CREATE TABLE reminders (
        user_id INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        set_at TEXT NOT NULL,
        last_sent_on TEXT,
        snooze_until TEXT
    );
    CREATE TABLE pain (
        user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        PRIMARY KEY (user_id, day)
    ) WITHOUT ROWID;
    CREATE TABLE sessions (
        user_id INTEGER NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
        day TEXT NOT NULL,
        PRIMARY KEY (user_id, day)
    ) WITHOUT ROWID;
    CREATE TABLE answers (kind TEXT PRIMARY KEY, count INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE unanswered (id INTEGER PRIMARY KEY, day TEXT NOT NULL, text TEXT NOT NULL);
    CREATE INDEX unanswered_by_day ON unanswered (day);
    CREATE INDEX sessions_by_day ON sessions (day);
    """,
)
"""Migration n (1-based) turns a version n-1 file into version n. Append, never edit."""

SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The store cannot be used; the message names the file and what to do."""


@dataclass(frozen=True)
class User:
    user_id: int
    zone: str
    since: date


@dataclass(frozen=True)
class PainEntry:
    day: date
    score: int


@dataclass(frozen=True)
class Counts:
    """What `lumbar-bot stats` shows: numbers only."""

    users: int
    reminders: int
    pain_entries: int
    routines_this_week: int
    answers_since: datetime | None
    answers: dict[str, int]
    unanswered: int


class Store:
    """The bot's data, behind small typed methods. Safe to share between threads.

    A person's rows exist only once they used a companion command; `forget` removes them all.
    Days are the person's local calendar days, moments are UTC.
    """

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._lock = threading.RLock()
        self.path = path

    # --------------------------------------------------------------- people

    def user(self, user_id: int) -> User | None:
        row = self._one("SELECT timezone, since FROM users WHERE user_id = ?", (user_id,))
        return None if row is None else User(user_id, row[0], _day(row[1]))

    def zone(self, user_id: int) -> str:
        """The person's time zone (UTC until they choose one)."""
        found = self.user(user_id)
        return found.zone if found else DEFAULT_ZONE

    def set_zone(self, user_id: int, zone: str, today: date) -> None:
        with self._write() as db:
            db.execute(
                "INSERT INTO users (user_id, timezone, since) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET timezone = excluded.timezone",
                (user_id, zone, today.isoformat()),
            )

    def forget(self, user_id: int) -> bool:
        """Erase everything kept about one person; True if there was anything.

        Deleted rows are overwritten (secure_delete) and the write-ahead log is emptied, so
        the old values do not linger in the files either.
        """
        with self._write() as db:
            for table in ("reminders", "pain", "sessions"):
                db.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
            erased = db.execute("DELETE FROM users WHERE user_id = ?", (user_id,)).rowcount > 0
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return erased

    def export(self, user_id: int) -> dict[str, Any] | None:
        """Everything kept about one person, as plain JSON-ready data; None if nothing."""
        with self._lock:
            found = self.user(user_id)
            if found is None:
                return None
            reminder = self.reminder(user_id)
            return {
                "user_id": user_id,
                "time_zone": found.zone,
                "first_kept_on": found.since.isoformat(),
                "reminder": None if reminder is None else {
                    "time": reminder.at.strftime("%H:%M"),
                    "set_at": reminder.set_at.isoformat(),
                    "last_sent_on": _iso(reminder.last_sent_on),
                    "snoozed_until": _iso(reminder.snooze_until),
                },
                "pain": [{"day": e.day.isoformat(), "score": e.score}
                         for e in self.pain(user_id)],
                "routine_done_on": [d.isoformat() for d in self.sessions(user_id)],
            }

    # --------------------------------------------------------------- reminders

    def set_reminder(self, user_id: int, at: time, now: datetime, today: date) -> None:
        """A daily reminder at `at` (local time); replaces the one before, keeps the record
        of today's sending so a changed time does not bring a second reminder today."""
        with self._write() as db:
            self._ensure_user(db, user_id, today)
            db.execute(
                "INSERT INTO reminders (user_id, at, set_at) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id) DO UPDATE SET at = excluded.at, set_at = excluded.set_at,"
                " snooze_until = NULL",
                (user_id, at.strftime("%H:%M"), _moment_text(now)),
            )

    def clear_reminder(self, user_id: int) -> bool:
        with self._write() as db:
            return db.execute("DELETE FROM reminders WHERE user_id = ?", (user_id,)).rowcount > 0

    def reminder(self, user_id: int) -> Reminder | None:
        rows = self._reminders("WHERE r.user_id = ?", (user_id,))
        return rows[0] if rows else None

    def reminders(self) -> list[Reminder]:
        """Every reminder, to schedule them all at start-up."""
        return self._reminders("", ())

    def claim_reminder(self, user_id: int, day: date) -> bool:
        """Mark today's reminder as sent; False if it was sent already (never twice)."""
        with self._write() as db:
            changed = db.execute(
                "UPDATE reminders SET last_sent_on = ? WHERE user_id = ? "
                "AND (last_sent_on IS NULL OR last_sent_on < ?)",
                (day.isoformat(), user_id, day.isoformat()),
            ).rowcount
        return changed > 0

    def snooze(self, user_id: int, until: datetime) -> bool:
        """Remind again at `until`; False if the person has no reminder (any more)."""
        with self._write() as db:
            return db.execute(
                "UPDATE reminders SET snooze_until = ? WHERE user_id = ?",
                (_moment_text(until), user_id),
            ).rowcount > 0

    def claim_snooze(self, user_id: int, until: datetime) -> bool:
        """Take the snoozed reminder due at `until` (once); False if it is gone or changed."""
        with self._write() as db:
            return db.execute(
                "UPDATE reminders SET snooze_until = NULL WHERE user_id = ? AND snooze_until = ?",
                (user_id, _moment_text(until)),
            ).rowcount > 0

    # --------------------------------------------------------------- diary

    def record_pain(self, user_id: int, day: date, score: int) -> int | None:
        """Today's pain (0-10); a second entry the same day replaces the first, whose score
        is returned."""
        if not 0 <= score <= 10:
            raise ValueError(f"pain must be 0 to 10, not {score}")
        with self._write() as db:
            self._ensure_user(db, user_id, day)
            row = db.execute("SELECT score FROM pain WHERE user_id = ? AND day = ?",
                             (user_id, day.isoformat())).fetchone()
            db.execute(
                "INSERT INTO pain (user_id, day, score) VALUES (?, ?, ?) "
                "ON CONFLICT (user_id, day) DO UPDATE SET score = excluded.score",
                (user_id, day.isoformat(), score),
            )
        return None if row is None else int(row[0])

    def pain(self, user_id: int, since: date | None = None) -> list[PainEntry]:
        """Pain entries, oldest first, from `since` on."""
        rows = self._all("SELECT day, score FROM pain WHERE user_id = ? AND day >= ? ORDER BY day",
                         (user_id, _iso(since) or ""))
        return [PainEntry(_day(day), int(score)) for day, score in rows]

    def record_session(self, user_id: int, day: date) -> bool:
        """The routine was done on `day`; False if that day was already noted."""
        with self._write() as db:
            self._ensure_user(db, user_id, day)
            return db.execute(
                "INSERT OR IGNORE INTO sessions (user_id, day) VALUES (?, ?)",
                (user_id, day.isoformat()),
            ).rowcount > 0

    def sessions(self, user_id: int, since: date | None = None) -> list[date]:
        """Days the routine was done, oldest first, from `since` on."""
        rows = self._all("SELECT day FROM sessions WHERE user_id = ? AND day >= ? ORDER BY day",
                         (user_id, _iso(since) or ""))
        return [_day(day) for (day,) in rows]

    # --------------------------------------------------------------- for the people who run it

    def start_answer_counts(self, now: datetime) -> None:
        """A new start-up: answers are counted from zero."""
        with self._write() as db:
            db.execute("DELETE FROM answers")
            self._set_meta(db, "answers_since", _moment_text(now))

    def add_answer_counts(self, counts: Mapping[str, int]) -> None:
        with self._write() as db:
            db.executemany(
                "INSERT INTO answers (kind, count) VALUES (?, ?) "
                "ON CONFLICT (kind) DO UPDATE SET count = count + excluded.count",
                [(kind, n) for kind, n in counts.items() if n],
            )

    def keep_unanswered(self, text: str, day: date) -> None:
        """A question nobody could answer, already anonymised by the caller."""
        with self._write() as db:
            db.execute("INSERT INTO unanswered (day, text) VALUES (?, ?)", (day.isoformat(), text))

    def unanswered(self, since: date) -> list[str]:
        return [text for (text,) in self._all(
            "SELECT text FROM unanswered WHERE day >= ? ORDER BY id", (since.isoformat(),))]

    def drop_unanswered_before(self, day: date) -> int:
        with self._write() as db:
            return db.execute("DELETE FROM unanswered WHERE day < ?", (day.isoformat(),)).rowcount

    def counts(self, today: date) -> Counts:
        week = (today - timedelta(days=6)).isoformat()
        with self._lock:
            since = self._one("SELECT value FROM meta WHERE key = 'answers_since'", ())
            return Counts(
                users=self._count("SELECT count(*) FROM users", ()),
                reminders=self._count("SELECT count(*) FROM reminders", ()),
                pain_entries=self._count("SELECT count(*) FROM pain", ()),
                routines_this_week=self._count(
                    "SELECT count(*) FROM sessions WHERE day >= ?", (week,)),
                answers_since=None if since is None else datetime.fromisoformat(since[0]),
                answers={kind: int(n) for kind, n in self._all(
                    "SELECT kind, count FROM answers ORDER BY count DESC, kind", ())},
                unanswered=self._count("SELECT count(*) FROM unanswered", ()),
            )

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

    def _reminders(self, where: str, args: tuple[Any, ...]) -> list[Reminder]:
        rows = self._all(
            "SELECT r.user_id, r.at, u.timezone, r.set_at, r.last_sent_on, r.snooze_until "
            f"FROM reminders r JOIN users u USING (user_id) {where} ORDER BY r.user_id", args)
        return [
            Reminder(int(uid), time.fromisoformat(at), zone, datetime.fromisoformat(set_at),
                     _day(sent) if sent else None,
                     datetime.fromisoformat(snooze) if snooze else None)
            for uid, at, zone, set_at, sent, snooze in rows
        ]

    @staticmethod
    def _ensure_user(db: sqlite3.Connection, user_id: int, today: date) -> None:
        db.execute("INSERT OR IGNORE INTO users (user_id, since) VALUES (?, ?)",
                   (user_id, today.isoformat()))

    @staticmethod
    def _set_meta(db: sqlite3.Connection, key: str, value: str) -> None:
        db.execute("INSERT INTO meta (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def _one(self, sql: str, args: tuple[Any, ...]) -> Any:
        with self._lock:
            return self._db.execute(sql, args).fetchone()

    def _all(self, sql: str, args: tuple[Any, ...]) -> list[Any]:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    def _count(self, sql: str, args: tuple[Any, ...]) -> int:
        return int(self._one(sql, args)[0])

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
            store._set_meta(db, "opened_at", _moment_text(datetime.now(UTC)))
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
    db.execute("PRAGMA secure_delete = ON")  # /forget overwrites, not just unlinks
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


def _day(text: str) -> date:
    return date.fromisoformat(text)


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _moment_text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


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
