"""Questions the bot could not answer, kept (only if LUMBAR_BOT_KEEP_UNANSWERED=1) so editors
know what to add to the knowledge base.

Kept without who asked, with digits, e-mail addresses and @names removed, for 90 days.
`report` groups near-duplicates (rapidfuzz) and lists the most frequent first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz, process

from bot.care.store import Store

KEEP_DAYS = 90
MAX_CHARS = 300
SAME_QUESTION = 85
"""rapidfuzz token-set ratio at which two questions count as the same one."""

_EMAIL = re.compile(r"\S+@\S+\.\S+")
_HANDLE = re.compile(r"@\w+")
_DIGITS = re.compile(r"\d+")
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def anonymise(text: str) -> str:
    """The question without e-mail addresses, @names, links or any digit (phone numbers,
    dates, ids), cut to MAX_CHARS."""
    for pattern in (_EMAIL, _LINK, _HANDLE, _DIGITS):
        text = pattern.sub(" ", text)
    return _SPACES.sub(" ", text).strip()[:MAX_CHARS]


def keep_until(today: date) -> date:
    """Entries from before this day are dropped."""
    return today - timedelta(days=KEEP_DAYS - 1)


@dataclass
class Group:
    text: str  # the most frequent wording
    count: int = 0
    wordings: dict[str, int] = field(default_factory=dict)


def group(questions: list[str]) -> list[Group]:
    """Near-duplicates together, most frequent group first."""
    exact: dict[str, int] = {}
    for question in questions:
        key = question.lower()
        if key:
            exact[key] = exact.get(key, 0) + 1
    groups: list[Group] = []
    for wording, count in sorted(exact.items(), key=lambda kv: (-kv[1], kv[0])):
        heads = [g.text for g in groups]
        found = process.extractOne(wording, heads, scorer=fuzz.token_set_ratio,
                                   score_cutoff=SAME_QUESTION) if heads else None
        target = groups[found[2]] if found else None
        if target is None:
            target = Group(wording)
            groups.append(target)
        target.count += count
        target.wordings[wording] = count
    return sorted(groups, key=lambda g: (-g.count, g.text))


def report_text(store: Store, today: date, top: int = 30) -> str:
    questions = store.unanswered(keep_until(today))
    if not questions:
        return "no unanswered questions kept (LUMBAR_BOT_KEEP_UNANSWERED=1 keeps them)"
    groups = group(questions)
    lines = [f"{len(questions)} unanswered questions in the last {KEEP_DAYS} days, "
             f"{len(groups)} different ones; most frequent first:"]
    for g in groups[:top]:
        lines.append(f"{g.count:>5}  {g.text}")
        for wording, n in sorted(g.wordings.items(), key=lambda kv: -kv[1])[1:4]:
            lines.append(f"{'':>7}~ {wording} ({n})")
    return "\n".join(lines)
