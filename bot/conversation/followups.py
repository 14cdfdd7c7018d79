"""Follow-ups: "how long do I hold it?", "is that one safe?", "and how many?", "what's next?"
asked about the exercise (or the routine) shown last.

A message is read as a follow-up only when it says nothing but that: an aspect cue ("how
long", "safe", "reps") with words that point back ("it", "that one") or lead on ("and",
"what about"). Any other word of substance ("how long until it works", "is it safe in
pregnancy", "how long do I hold the piriformis stretch") makes it a new question for the
engine.
"""

from __future__ import annotations

from dataclasses import replace

from bot.conversation.flows import walk_step
from bot.conversation.state import State, Turn
from bot.conversation.words import words_for
from bot.engine.answers import Answer
from bot.engine.render import bulleted, numbered
from bot.knowledge import Exercise, Knowledge, Routine

ASPECTS = ("whats_next", "hold", "reps", "safe", "purpose", "steps")
"""What can be asked about an exercise, in the order the cues are tried ("how many
seconds" is about the hold before "how many" is about repetitions)."""
CUES = ("refer", "lead", *ASPECTS)


def follow_up(kb: Knowledge, text: str, state: State) -> Turn | None:
    """The answer about the entry shown last, or None when the message is not a follow-up."""
    entry = kb.entry(state.entry) if state.entry else None
    if not isinstance(entry, Exercise | Routine):
        return None
    words = words_for(kb)
    aspect = words.cue(text, ASPECTS)
    if aspect is None or words.leftover(text, CUES):
        return None
    if isinstance(entry, Exercise):
        return _about_exercise(kb, entry, aspect, state)
    return _about_routine(kb, entry, aspect, state)


def _dose(kb: Knowledge, exercise: Exercise) -> str:
    return (f"{kb.message('label_hold')} {exercise.hold}\n"
            f"{kb.message('label_reps')} {exercise.reps}")


def _about_exercise(kb: Knowledge, exercise: Exercise, aspect: str, state: State) -> Turn | None:
    if aspect == "whats_next":
        order = [step.exercise for step in kb.routine.steps]
        if exercise.id not in order:
            return None
        return walk_step(kb, order.index(exercise.id) + 1, state)
    if aspect in ("hold", "reps"):
        body = _dose(kb, exercise)
    elif aspect == "steps":
        body = f"{kb.message('label_steps')}\n{numbered(exercise.steps)}\n\n{_dose(kb, exercise)}"
    elif aspect == "safe":
        cautions = f"{kb.message('label_cautions')}\n{bulleted(exercise.cautions)}"
        body = f"{cautions}\n\n{kb.message('followup_safe')}" if exercise.cautions else \
            kb.message("followup_safe")
    else:
        body = exercise.purpose
    answer = Answer("exercise", exercise.id, 1.0, exercise.title, body)
    return Turn(answer, replace(state, entry=exercise.id))


def _about_routine(kb: Knowledge, routine: Routine, aspect: str, state: State) -> Turn:
    if aspect in ("whats_next", "steps"):
        return walk_step(kb, 0, state)
    if aspect in ("hold", "reps"):
        body = routine.dose
    elif aspect == "safe":
        body = (f"{kb.message('label_warm_up')} {routine.warm_up}\n\n"
                f"{kb.message('label_stop_if')} {routine.stop_if}")
    else:
        body = routine.intro
    return Turn(Answer("routine", routine.id, 1.0, routine.title, body), state)
