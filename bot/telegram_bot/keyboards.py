"""Inline keyboards and their callback data.

Flow state travels in the callback data itself, so the bot keeps nothing per user:

    e:<entry id>     open one knowledge-base entry (exercise, FAQ, routine, red flag ...)
    c:<command>      what a command shows: c:routine, c:exercises, c:redflags
    rt:<n>           routine walk-through, exercise number n (0-based)
    rt:done          routine finished;  rt:stop  walk-through stopped
    sc:<n>           symptom check, question n (0-based)
    sc:<n>:y         "yes" to question n;  sc:<n>:n  "no" to question n

Telegram allows at most 64 bytes of callback data; an entry id too long for that is sent as
`h:<hash>` and looked up again through `entry_for_data`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import InlineKeyboardButtonLimit

from bot.engine.answers import Suggestion
from bot.knowledge import Knowledge, RedFlag

MAX_CALLBACK_DATA = InlineKeyboardButtonLimit.MAX_CALLBACK_DATA  # 64 bytes

ENTRY = "e"
HASHED_ENTRY = "h"
COMMAND = "c"
ROUTINE = "rt"
SYMPTOM_CHECK = "sc"

MENU_COMMANDS = ("routine", "exercises", "redflags")
"""Commands offered as buttons under /start and the fallback answer."""


# --------------------------------------------------------------------------- callback data


def entry_data(entry_id: str) -> str:
    data = f"{ENTRY}:{entry_id}"
    if len(data.encode()) <= MAX_CALLBACK_DATA:
        return data
    return f"{HASHED_ENTRY}:{_digest(entry_id)}"


def entry_for_data(kb: Knowledge, data: str) -> str | None:
    """The entry id (or red flag id) a button's data points to, if it still exists."""
    prefix, _, rest = data.partition(":")
    if prefix == ENTRY:
        return rest if rest in kb.entries or kb.flag(rest) else None
    if prefix == HASHED_ENTRY:
        ids = [*kb.entries, *(flag.id for flag in kb.redflags.flags)]
        return next((i for i in ids if _digest(i) == rest), None)
    return None


def _digest(entry_id: str) -> str:
    return hashlib.sha256(entry_id.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Step:
    """A parsed `rt:` or `sc:` callback: index n, and y/n for symptom-check answers."""

    index: int | None
    word: str = ""


def parse_step(data: str, prefix: str) -> Step | None:
    """`rt:3` -> Step(3); `rt:done` -> Step(None, 'done'); `sc:2:y` -> Step(2, 'y')."""
    parts = data.split(":")
    if len(parts) not in (2, 3) or parts[0] != prefix:
        return None
    if parts[1].isdigit() and len(parts[1]) <= 3:
        word = parts[2] if len(parts) == 3 else ""
        return Step(int(parts[1]), word)
    return Step(None, parts[1]) if len(parts) == 2 else None


# --------------------------------------------------------------------------- keyboards


def _button(kb: Knowledge, label_key: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(kb.message(label_key), callback_data=data)


def menu_keyboard(kb: Knowledge) -> InlineKeyboardMarkup:
    """Routine, exercises, warning signs: under /start and answers that need a way on."""
    return InlineKeyboardMarkup(
        [[_button(kb, f"button_{name}", f"{COMMAND}:{name}")] for name in MENU_COMMANDS]
    )


def command_keyboard(kb: Knowledge, name: str) -> InlineKeyboardMarkup:
    """One button that shows what a command shows, e.g. the routine."""
    return InlineKeyboardMarkup([[_button(kb, f"button_{name}", f"{COMMAND}:{name}")]])


def entries_keyboard(suggestions: Sequence[Suggestion]) -> InlineKeyboardMarkup:
    """One button per suggested entry ("did you mean", "see also")."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(s.title, callback_data=entry_data(s.id))] for s in suggestions]
    )


def routine_keyboard(kb: Knowledge) -> InlineKeyboardMarkup:
    """Under the routine: start the walk-through."""
    return InlineKeyboardMarkup([[_button(kb, "button_walk_through", f"{ROUTINE}:0")]])


def routine_step_keyboard(kb: Knowledge, index: int) -> InlineKeyboardMarkup:
    """Next (or Done on the last exercise) and Stop."""
    if index + 1 < len(kb.routine.steps):
        forward = _button(kb, "button_next", f"{ROUTINE}:{index + 1}")
    else:
        forward = _button(kb, "button_done", f"{ROUTINE}:done")
    return InlineKeyboardMarkup([[forward, _button(kb, "button_stop", f"{ROUTINE}:stop")]])


def redflags_keyboard(kb: Knowledge) -> InlineKeyboardMarkup | None:
    """Under the warning signs: start the symptom check (if there is anything to ask)."""
    if not symptom_questions(kb):
        return None
    return InlineKeyboardMarkup([[_button(kb, "button_check_symptoms", f"{SYMPTOM_CHECK}:0")]])


def symptom_keyboard(kb: Knowledge, index: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                _button(kb, "button_yes", f"{SYMPTOM_CHECK}:{index}:y"),
                _button(kb, "button_no", f"{SYMPTOM_CHECK}:{index}:n"),
            ]
        ]
    )


def symptom_questions(kb: Knowledge) -> list[tuple[str, RedFlag]]:
    """The symptom check: each emergency flag's questions, in order, with their flag."""
    return [
        (question, flag)
        for flag in kb.redflags.flags
        if flag.level == "emergency"
        for question in flag.questions
    ]
