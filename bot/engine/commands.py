"""The slash commands, shared by the terminal chat and Telegram so both say the same thing."""

from __future__ import annotations

from bot.engine.answers import Answer, Suggestion
from bot.engine.pipeline import lookup
from bot.engine.render import numbered
from bot.knowledge import Knowledge

COMMANDS = ("start", "help", "routine", "exercises", "redflags", "privacy")


def command(kb: Knowledge, name: str) -> Answer | None:
    """The answer to /name, or None for a command we do not have."""
    name = name.lower().lstrip("/").split("@", 1)[0]
    if name == "start":
        return Answer("chitchat", "start", 1.0, "", kb.message("welcome"))
    if name == "menu":  # not in the command list: the Menu button and the typed word
        return Answer("menu", "menu", 1.0, "", kb.message("menu"))
    if name in ("help", "privacy"):
        return Answer("chitchat", name, 1.0, "", kb.message(name))
    if name == "routine":
        return lookup(kb, kb.routine.id)
    if name == "redflags":
        return lookup(kb, kb.redflags.id)
    if name == "exercises":
        names = numbered([ex.title for ex in kb.exercises])
        return Answer(
            "exercise", None, 1.0, "", f"{kb.message('exercises_intro')}\n\n{names}",
            tuple(Suggestion(ex.id, ex.title) for ex in kb.exercises),
        )
    return None
