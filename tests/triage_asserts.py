"""What a probe test asserts about an answer (a warning, or an entry offered), written once for
every file of probes."""

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


def assert_offered(a: Answer, entry: str) -> None:
    """A question gets its entry, or a "did you mean" that offers it."""
    offered = {s.id for s in a.suggestions} if a.kind == "clarify" else {a.id}
    assert entry in offered, (a.kind, a.id, offered)
