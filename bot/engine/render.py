"""Build the reply text for one knowledge-base entry, as plain text.

Every word comes from the knowledge base (labels from messages.yaml included), so editing an
answer never needs a code change. Transports add their own markup and escaping.
"""

from __future__ import annotations

from bot.knowledge import (
    LEVELS,
    Chitchat,
    Entry,
    Exercise,
    Faq,
    Knowledge,
    RedFlag,
    RedFlagGuide,
    Routine,
    fill,
)


def numbered(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))


def bulleted(items: tuple[str, ...] | list[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def exercise_body(kb: Knowledge, ex: Exercise) -> str:
    parts = [
        ex.purpose,
        f"{kb.message('label_steps')}\n{numbered(ex.steps)}",
        f"{kb.message('label_hold')} {ex.hold}\n{kb.message('label_reps')} {ex.reps}",
    ]
    if ex.cautions:
        parts.append(f"{kb.message('label_cautions')}\n{bulleted(ex.cautions)}")
    return "\n\n".join(parts)


def routine_body(kb: Knowledge, routine: Routine) -> str:
    lines = []
    for step in routine.steps:
        title = kb.entries[step.exercise].title
        lines.append(f"{title}. {step.note}" if step.note else title)
    return "\n\n".join(
        [
            routine.intro,
            f"{kb.message('label_warm_up')} {routine.warm_up}",
            numbered(lines),
            routine.dose,
            routine.progression,
            f"{kb.message('label_stop_if')} {routine.stop_if}",
        ]
    )


def redflags_body(kb: Knowledge, guide: RedFlagGuide) -> str:
    """The signs grouped by what to do, most urgent first; the intro comes last, so the
    emergency list is the first thing a frightened reader sees."""
    parts = []
    for level in LEVELS:
        signs = [sign for flag in guide.flags if flag.level == level for sign in flag.signs]
        if signs:
            heading = fill(guide.headings[level], emergency_number=kb.emergency_number)
            parts.append(f"{heading}\n{bulleted(signs)}")
    return "\n\n".join([*parts, guide.intro])


def flag_advice(kb: Knowledge, flag: RedFlag) -> str:
    return fill(flag.advice, emergency_number=kb.emergency_number)


def entry_body(kb: Knowledge, entry: Entry) -> str:
    """The reply for any entry the matcher can return."""
    if isinstance(entry, Faq | Chitchat):
        return fill(entry.answer, emergency_number=kb.emergency_number)
    if isinstance(entry, Exercise):
        return exercise_body(kb, entry)
    if isinstance(entry, Routine):
        return routine_body(kb, entry)
    if isinstance(entry, RedFlagGuide):
        return redflags_body(kb, entry)
    raise TypeError(f"no renderer for {type(entry).__name__}")
