"""One message or one button press, in the light of what came before: pure.

`respond` reads a typed message: triage first, always (an emergency ends any flow and is
never followed by anything else); then the words that steer (menu, the flow in progress,
what people say after a warning), then follow-ups about the entry shown last; otherwise the
engine's answer. `press` does what a button does. `cards` says which messages one answer
becomes.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.conversation import flows
from bot.conversation.followups import follow_up
from bot.conversation.moves import (
    CHECK_STOP,
    COMMAND,
    ENTRY,
    MENU_COMMANDS,
    SIGNS,
    SYMPTOMS,
    WALK,
    WALK_DONE,
    check,
    parse,
    walk,
    walk_stop,
)
from bot.conversation.state import CHECK, ROUTINE, State, Turn
from bot.conversation.words import words_for
from bot.engine import pipeline as engine
from bot.engine.answers import ENTRY_KINDS, Answer
from bot.engine.commands import command
from bot.engine.render import signs_body
from bot.knowledge import LEVELS, Knowledge

CANNOT_GET_THERE = "cant-get-to-hospital"
"""The entry for "I can't get to hospital" after a warning, when the knowledge base has it."""


def respond(kb: Knowledge, message: str | None, state: State, *,
            today: date | None = None) -> Turn:
    """The reply to a typed message and the chat's state after it."""
    text = (message or "").strip()
    words = words_for(kb)
    # triage first, on every message (the greeting in front is no part of it); an entry
    # shown a moment ago says the chat is about the writer's condition
    answer = engine.answer(kb, words.without_greeting(text), today=today,
                           about=state.entry is not None)
    if answer.level == "emergency" and answer.id is not None:
        if state.warning == answer.id and words.says(text, "going"):
            return Turn(_acknowledged(kb, answer.id), state)
        return Turn(answer, State(warning=answer.id))  # only the warning; any flow ends
    word = words.flow_word(text)
    move = _flow_move(kb, state, word)
    if move is not None and (answer.kind != "urgent" or (state.flow == CHECK and word == "yes")):
        # "yes" to a symptom-check question is an emergency sign, whatever else was said
        turn = press(kb, move, state)
        if turn is not None:
            return turn
    if answer.kind == "urgent":  # same-day or see-a-doctor-soon: the advice, the flow waits
        then = answer.then
        entry = then.id if then is not None and then.kind in ENTRY_KINDS else state.entry
        # "going now" and "I can't get there" answer a warning to act today, not "see a
        # doctor soon"
        warning = answer.id if answer.level != "soon" else state.warning
        return Turn(answer, replace(state, entry=entry, warning=warning,
                                    paused=state.paused or state.flow == ROUTINE))
    if word == "menu":
        return Turn(_menu(kb), state)
    if state.warning is not None:
        if words.says(text, "cannot_go"):
            card = engine.lookup(kb, CANNOT_GET_THERE)
            if card is not None:
                return Turn(card, remember(state, card))
        if words.says(text, "going"):
            return Turn(_acknowledged(kb, state.warning), state)
    turn = follow_up(kb, text, state)
    if turn is not None:
        return turn
    if words.only_flow_word(text) is not None and answer.kind != "chitchat":
        # "yes", "next" or "stop" alone, with no flow to answer: what would you like to do?
        return Turn(_menu(kb), state)
    return Turn(answer, remember(state, answer))


def remember(state: State, answer: Answer) -> State:
    """The state after showing `answer`: an entry shown becomes the one follow-ups are about."""
    if answer.kind in ENTRY_KINDS and answer.id:
        return replace(state, entry=answer.id)
    return state


def _flow_move(kb: Knowledge, state: State, word: str | None) -> str | None:
    """The button a typed flow word stands for in the flow in progress."""
    if word is None or state.flow is None:
        return None
    position = state.position
    if state.flow == ROUTINE:
        if state.paused:
            # Only the words the pause offers: a "yes" typed later answers something else
            # (a question about /forget, say), not a walk-through stopped long ago.
            return walk(position) if word in ("next", "resume") else None
        if word in ("next", "yes", "resume"):
            return walk(position + 1) if position + 1 < len(kb.routine.steps) else WALK_DONE
        if word == "back":
            return walk(max(position - 1, 0))
        if word == "stop":
            return walk_stop(position)
        return None
    if state.flow == CHECK:
        short = {"yes": "y", "no": "n", "not_sure": "u"}.get(word)
        if short is not None:
            return check(position, short, state.unsure)
        if word == "back":
            earlier = max(position - 1, 0)
            return check(earlier, "", state.unsure & ~(1 << earlier))
        if word == "stop":
            return CHECK_STOP
    return None


def press(kb: Knowledge, move: str, state: State) -> Turn | None:
    """What a button does, or None when the move is not one this layer answers (a stale
    button, feedback or "more", which belong to the transport)."""
    parsed = parse(move)
    if parsed is None:
        return None
    if parsed.prefix == ENTRY:
        card = engine.lookup(kb, parsed.name)
        return Turn(card, remember(state, card)) if card is not None else None
    if parsed.prefix == COMMAND:
        if parsed.name not in MENU_COMMANDS:
            return None
        answer = command(kb, parsed.name)
        return Turn(answer, remember(state, answer)) if answer is not None else None
    if parsed.prefix == SIGNS:
        if parsed.name not in LEVELS:
            return None
        body = signs_body(kb, kb.redflags, parsed.name)
        return Turn(Answer("signs", parsed.name, 1.0, kb.redflags.title, body), state)
    if parsed.prefix == WALK:
        if parsed.word == "done":
            return flows.walk_done(kb, state)
        if parsed.position is None or parsed.position > len(kb.routine.steps):
            return None
        if parsed.word == "stop":
            return flows.walk_stop(kb, parsed.position, state)
        return flows.walk_step(kb, parsed.position, state)
    if parsed.prefix == SYMPTOMS:
        if parsed.word == "stop":
            return flows.check_stop(kb, state)
        position = parsed.position
        if position is None or position > len(flows.symptom_questions(kb)):
            return None
        if parsed.word:
            return flows.check_answer(kb, position, parsed.word, parsed.unsure, state)
        return flows.check_question(kb, position, parsed.unsure, state)
    if move == "x:none":
        return Turn(engine.fallback(kb, "none_of_these"), state)
    return None


def _menu(kb: Knowledge) -> Answer:
    answer = command(kb, "menu")
    assert answer is not None
    return answer


def _acknowledged(kb: Knowledge, flag_id: str) -> Answer:
    """"Going now" after a warning: a short word, not the warning again."""
    flag = kb.flag(flag_id)
    level = flag.level if flag is not None else None
    return Answer("ack", flag_id, 1.0, "", kb.message("warning_ack"), level=level)


def cards(kb: Knowledge, answer: Answer) -> list[Answer]:
    """The messages one answer becomes. A warning with an answer after it is two: the
    warning first when it is for today; for "see a doctor soon", the answer the person
    asked for comes first ("I can't cope" is answered kindly, then the advice)."""
    if answer.kind != "urgent" or answer.then is None or answer.id is None:
        return [answer]
    warning = engine.lookup(kb, answer.id)
    if warning is None:  # pragma: no cover - every flag has a card
        return [answer]
    return [answer.then, warning] if answer.level == "soon" else [warning, answer.then]
