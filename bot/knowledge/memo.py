"""Things built once from a knowledge base and kept while it is in use.

The engine compiles every phrasing and triage term, the conversation prepares its words;
both are pure functions of one `Knowledge` object and too slow to redo per message. A
long-lived process (tests, the bot after a reload) may see several knowledge bases, so only
the most recent few are kept. Knowledge is frozen but holds dicts, so it cannot be a key:
each is kept by its id, with the object itself to tell a reused id from the same base.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from bot.knowledge.model import Knowledge

T = TypeVar("T")


class PerKnowledge(Generic[T]):
    """`build(kb)` once per knowledge base; `self(kb)` returns what was built."""

    def __init__(self, build: Callable[[Knowledge], T], keep: int = 8) -> None:
        self._build = build
        self._keep = keep
        self._kept: dict[int, tuple[Knowledge, T]] = {}

    def __call__(self, kb: Knowledge) -> T:
        kept = self._kept.get(id(kb))
        if kept is not None and kept[0] is kb:
            return kept[1]
        built = self._build(kb)
        if len(self._kept) >= self._keep:
            self._kept.pop(next(iter(self._kept)))
        self._kept[id(kb)] = (kb, built)
        return built
