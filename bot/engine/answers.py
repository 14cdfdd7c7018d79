"""What the engine returns: one answer to one message, independent of any transport."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.engine.triage import Finding

ENTRY_KINDS = ("faq", "exercise", "routine", "redflags")
"""Answers that show an entry of the knowledge base: what a follow-up is about, what a
warning may carry after it, what counts as in-domain."""
KINDS = ("urgent", *ENTRY_KINDS, "clarify", "chitchat", "fallback",
         # made by the conversation layer (bot/conversation), never by `answer` alone:
         "menu", "signs", "step", "question", "checked", "stopped", "done", "ack")


@dataclass(frozen=True)
class Suggestion:
    """An entry the user may have meant; transports turn these into buttons."""

    id: str
    title: str


@dataclass(frozen=True)
class Answer:
    """kind: one of KINDS. id: the entry or red flag answered (None for fallback/clarify).

    `title` and `body` are plain text taken from the knowledge base (transports escape them);
    `text` joins them for plain-text transports such as the terminal and `ask --json`.
    """

    kind: str
    id: str | None
    score: float
    title: str
    body: str
    suggestions: tuple[Suggestion, ...] = field(default=())
    level: str | None = None  # red-flag level for urgent answers: emergency, urgent or soon
    then: Answer | None = None
    """After a same-day or see-a-doctor-soon warning, the answer to the question itself
    (already part of `body`), so a transport can show it as a card of its own."""
    findings: tuple[Finding, ...] = ()  # every red flag triage read, and why it did or did not warn

    @property
    def text(self) -> str:
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    @property
    def entry(self) -> str | None:
        """The entry whose answer follows a warning: what the person reads after the advice
        (None without a warning, or when a "did you mean" follows it)."""
        then = self.then
        return then.id if then is not None and then.kind != "clarify" else None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "score": round(self.score, 3),
            "text": self.text,
            "suggestions": [asdict(s) for s in self.suggestions],
            "entry": self.entry,
            "findings": [f.to_json() for f in self.findings],
        }
