"""What a probe test asserts about a warning, written once for every file of probes."""

from __future__ import annotations

from bot.engine import Answer


def assert_caught(a: Answer, message: str, flag: str) -> None:
    """A sign gets its own warning, or an emergency one (which covers every lesser flag)."""
    assert a.kind == "urgent", (message, a.kind, a.id)
    assert a.id == flag or a.level == "emergency", (message, a.id)


def assert_emergency(a: Answer, message: str) -> None:
    """A sign that needs the call-now reply gets it, whichever emergency flag gives it."""
    assert a.kind == "urgent" and a.level == "emergency", (message, a.kind, a.id)


def assert_calm(a: Answer, message: str) -> None:
    """A near miss gets its normal answer, never a warning."""
    assert a.kind != "urgent", (message, a.id)
