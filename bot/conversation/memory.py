"""Each chat's `State`, in memory only: forgotten after 30 minutes of silence, bounded in size.

A transport keeps one `Memory` and calls `get` before answering and `put` after. Nothing is
written anywhere; a restart forgets everything, and the buttons still work because each
carries its own position.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

from bot.conversation.state import State

FORGET_AFTER = 30 * 60.0
"""Seconds of silence after which a chat's state is forgotten."""
MAX_CHATS = 10_000
"""Chats remembered at once; the longest silent is forgotten first."""


class Memory:
    def __init__(
        self,
        *,
        forget_after: float = FORGET_AFTER,
        max_chats: int = MAX_CHATS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.forget_after = forget_after
        self.max_chats = max(1, max_chats)
        self.clock = clock
        self._states: OrderedDict[Hashable, tuple[float, State]] = OrderedDict()

    def get(self, chat: Hashable) -> State:
        """The chat's state, or a fresh one when it was silent too long or never spoke."""
        self._forget_silent()
        kept = self._states.get(chat)
        return kept[1] if kept is not None else State()

    def put(self, chat: Hashable, state: State) -> None:
        self._states[chat] = (self.clock(), state)
        self._states.move_to_end(chat)
        self._forget_silent()
        while len(self._states) > self.max_chats:
            self._states.popitem(last=False)

    def forget(self, chat: Hashable) -> None:
        self._states.pop(chat, None)

    def __len__(self) -> int:
        self._forget_silent()
        return len(self._states)

    def _forget_silent(self) -> None:
        """The oldest come first (each `put` moves a chat to the end)."""
        limit = self.clock() - self.forget_after
        while self._states:
            chat, (when, _) = next(iter(self._states.items()))
            if when > limit:
                return
            del self._states[chat]
