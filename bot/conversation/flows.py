"""The two flows, one screen at a time: the routine walk-through and the symptom check.

Pure: a position (and for the check, which answers were "not sure") in, a `Turn` out. The
walk-through says the advice for every exercise once, before the first one; each step then
shows only what is particular to it. The symptom check asks each emergency question on its
own, so no question assumes an earlier answer; "not sure" is remembered and answered at the
end, and a "yes" ends the check with what to do now.
"""

from __future__ import annotations

from dataclasses import replace

from bot.conversation.state import CHECK, ROUTINE, State, Turn
from bot.engine.answers import Answer
from bot.engine.render import bulleted, flag_advice, numbered
from bot.knowledge import Exercise, Knowledge, RedFlag

MAX_LISTED_UNSURE = 2
"""At most this many "not sure" questions are repeated at the end; the rest are counted."""


# --------------------------------------------------------------------------- walk-through


def walk_step(kb: Knowledge, position: int, state: State) -> Turn:
    """Exercise `position` of the routine: the note that places it, its steps, its dose."""
    steps = kb.routine.steps
    if position >= len(steps):
        return walk_done(kb, state)
    position = max(position, 0)
    step = steps[position]
    exercise = kb.entries[step.exercise]
    assert isinstance(exercise, Exercise)  # checked when the knowledge base is loaded
    counter = kb.message("routine_step", step=str(position + 1), total=str(len(steps)))
    parts = []
    if position == 0:
        parts.append(kb.message("walk_start", warm_up=kb.routine.warm_up,
                                stop_if=kb.routine.stop_if))
    if step.note:
        parts.append(step.note)
    parts.append(numbered(exercise.steps))
    parts.append(f"{kb.message('label_hold')} {exercise.hold}\n"
                 f"{kb.message('label_reps')} {exercise.reps}")
    answer = Answer("step", exercise.id, 1.0, f"{counter}: {exercise.title}", "\n\n".join(parts))
    return Turn(answer, replace(state, entry=exercise.id, flow=ROUTINE, position=position,
                                unsure=0, paused=False))


def walk_stop(kb: Knowledge, position: int, state: State) -> Turn:
    """Stopped at `position`: the walk-through can go on from there."""
    total = len(kb.routine.steps)
    position = min(max(position, 0), total - 1)
    text = kb.message("routine_stopped", step=str(position + 1), total=str(total))
    return Turn(Answer("stopped", ROUTINE, 1.0, "", text),
                replace(state, flow=ROUTINE, position=position, unsure=0, paused=True))


def walk_done(kb: Knowledge, state: State) -> Turn:
    text = f"{kb.message('routine_done')}\n\n{kb.routine.progression}"
    return Turn(Answer("done", ROUTINE, 1.0, "", text),
                replace(state, flow=None, position=0, paused=False))


# --------------------------------------------------------------------------- symptom check


def symptom_questions(kb: Knowledge) -> list[tuple[str, RedFlag]]:
    """Each emergency flag's questions, in order, with their flag."""
    return [
        (question, flag)
        for flag in kb.redflags.flags
        if flag.level == "emergency"
        for question in flag.questions
    ]


def check_question(kb: Knowledge, position: int, unsure: int, state: State) -> Turn:
    """Question `position`; past the last one, the result."""
    questions = symptom_questions(kb)
    if position >= len(questions):
        return check_result(kb, unsure, state)
    position = max(position, 0)
    question, flag = questions[position]
    title = kb.message("symptom_check_question", number=str(position + 1),
                       total=str(len(questions)))
    body = f"{kb.message('symptom_check_intro')}\n\n{question}" if position == 0 else question
    return Turn(Answer("question", flag.id, 1.0, title, body),
                replace(state, flow=CHECK, position=position, unsure=unsure, paused=False))


def check_answer(kb: Knowledge, position: int, word: str, unsure: int, state: State) -> Turn:
    """"y", "n" or "u" to question `position`."""
    questions = symptom_questions(kb)
    if not 0 <= position < len(questions):
        return check_result(kb, unsure, state)
    if word == "y":
        flag = questions[position][1]
        body = f"{kb.message('symptom_check_emergency')}\n\n{flag_advice(kb, flag)}"
        return Turn(Answer("urgent", flag.id, 1.0, flag.title, body, level=flag.level),
                    State(warning=flag.id))
    if word == "u":
        unsure |= 1 << position
    return check_question(kb, position + 1, unsure, state)


def check_result(kb: Knowledge, unsure: int, state: State) -> Turn:
    """No to everything: reassurance and the routine. Some "not sure": ask someone today."""
    after = replace(state, flow=None, position=0, unsure=0, paused=False)
    questions = [q for i, (q, _) in enumerate(symptom_questions(kb)) if unsure >> i & 1]
    if not questions:
        return Turn(Answer("checked", "clear", 1.0, "", kb.message("symptom_check_clear")), after)
    listed = questions[:MAX_LISTED_UNSURE]
    if len(questions) > len(listed):
        listed.append(kb.message("symptom_check_unsure_more",
                                 count=str(len(questions) - len(listed))))
    body = "\n\n".join([f"{kb.message('symptom_check_unsure')}\n{bulleted(listed)}",
                        kb.message("symptom_check_unsure_advice")])
    return Turn(Answer("checked", "unsure", 1.0, "", body), after)


def check_stop(kb: Knowledge, state: State) -> Turn:
    return Turn(Answer("stopped", CHECK, 1.0, "", kb.message("symptom_check_stopped")),
                replace(state, flow=None, position=0, unsure=0, paused=False))
