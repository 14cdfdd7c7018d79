"""What a chat remembers between two messages, and what one message or press produces."""

from __future__ import annotations

from dataclasses import dataclass

from bot.engine.answers import Answer

ROUTINE = "routine"
CHECK = "check"
FLOWS = (ROUTINE, CHECK)


@dataclass(frozen=True)
class State:
    """Never the words of a message: only ids and positions.

    entry: the entry shown last ("how long do I hold it?" is about it).
    flow: ROUTINE (the walk-through) or CHECK (the symptom check), while one is in progress.
    position: the flow's step or question, 0-based.
    unsure: symptom check: the questions answered "not sure", one bit each.
    paused: the walk-through was stopped at `position` and can go on from there.
    warning: the red flag warned about last ("going now", "I can't get there" answer it).
    """

    entry: str | None = None
    flow: str | None = None
    position: int = 0
    unsure: int = 0
    paused: bool = False
    warning: str | None = None


@dataclass(frozen=True)
class Turn:
    """One reply: the answer to show and the chat's state after it."""

    answer: Answer
    state: State
