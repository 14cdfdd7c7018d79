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
    """One phone screen: the exercises by name in order, the dose and when to stop. Each
    exercise's steps and the notes between them come one at a time in the walk-through."""
    names = [kb.entries[step.exercise].title for step in routine.steps]
    return "\n\n".join(
        [
            routine.intro,
            f"{kb.message('label_warm_up')} {routine.warm_up}",
            numbered(names),
            routine.dose,
            f"{kb.message('label_stop_if')} {routine.stop_if}",
        ]
    )


def redflags_body(kb: Knowledge, guide: RedFlagGuide) -> str:
    """The first screen of /redflags: the emergency signs in a few words (the guide's
    summary), what to do about them, and the symptom check. The full lists by level are
    `signs_body`, one tap away."""
    if not guide.summary:
        return signs_body(kb, guide, LEVELS[0])
    heading = fill(guide.headings[LEVELS[0]], emergency_number=kb.emergency_number)
    return "\n\n".join(
        [f"{heading}\n{bulleted(list(guide.summary))}", kb.message("redflags_more")]
    )


def signs_body(kb: Knowledge, guide: RedFlagGuide, level: str) -> str:
    """Every sign of one level under its heading; the emergency list ends with the intro
    (what is not a warning sign, and the private signs people often leave out)."""
    signs = [sign for flag in guide.flags if flag.level == level for sign in flag.signs]
    heading = fill(guide.headings[level], emergency_number=kb.emergency_number)
    parts = [f"{heading}\n{bulleted(signs)}"]
    if level == LEVELS[0]:
        parts.append(guide.intro)
    return "\n\n".join(parts)


def flag_advice(kb: Knowledge, flag: RedFlag) -> str:
    return fill(flag.advice, emergency_number=kb.emergency_number)


def sign_note(kb: Knowledge, flag: RedFlag) -> str:
    """One calm line for a sign a message names without reporting it: what it means and
    what to do if it is happening."""
    what_to_do = kb.message(f"sign_note_{flag.level}")
    about = fill(flag.about, emergency_number=kb.emergency_number)
    return f"{about} {what_to_do}" if about else what_to_do


def risk_note(kb: Knowledge, flag: RedFlag, risk: str) -> str:
    """One calm line for a risk factor told beside ordinary back pain (a weak immune system,
    long-term steroids): what to watch for, and what to do if it comes."""
    line = fill(flag.risks.get(risk, ""), emergency_number=kb.emergency_number)
    return f"{line} {kb.message('risk_note')}" if line else sign_note(kb, flag)


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
