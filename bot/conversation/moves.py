"""Every button as a short string, a "move", and the buttons that go under each reply.

Telegram sends a move back as a button's callback data; the terminal lists the same actions
as numbered choices; a typed "next" becomes the same move as a tap on Next. So a move carries
everything it needs (which step, which answers were "not sure") and still works after the
chat's memory is gone.

    e:<entry id>         open an entry (exercise, FAQ, routine, a red flag)
    c:<command>          what a command shows: c:routine, c:menu, c:help ...
    rt:<n>               the routine walk-through at exercise n (0-based)
    rt:stop:<n>          stop the walk-through at exercise n;  rt:done  finished it
    sc:<n>               the symptom check at question n
    sc:<n>:<y|n|u>:<m>   yes / no / not sure to question n; m: earlier "not sure"s, as bits
    sc:stop              stop the symptom check
    rf:<level>           every warning sign of one level (emergency, urgent, soon)
    m:<part>:<entry id>  the next screen of a long answer (Telegram)
    f:<1|0>:<entry id>   "was this helpful?": yes or no
    x:none               "none of these" under "did you mean"

Telegram allows 64 bytes of callback data: `shorten` replaces a long entry id by a digest
and `expand` finds it again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from bot.conversation.state import CHECK, ROUTINE, Turn
from bot.engine.commands import COMMANDS
from bot.knowledge import Knowledge

ENTRY = "e"
HASHED_ENTRY = "h"  # buttons sent before moves existed: h:<digest>
COMMAND = "c"
WALK = "rt"
SYMPTOMS = "sc"
SIGNS = "rf"
MORE = "m"
FEEDBACK = "f"
NONE_OF_THESE = "x:none"
WALK_DONE = "rt:done"
CHECK_STOP = "sc:stop"

ANSWERS = {"y": "yes", "n": "no", "u": "not_sure"}
MENU_COMMANDS = (*COMMANDS, "menu")
"""The slash commands, and the menu (the Menu button and the typed word)."""
BAD_DAY = "flare-up"
"""The entry for bad days, offered in the menu when the knowledge base has it."""

MAX_BYTES = 64


def entry(entry_id: str) -> str:
    return f"{ENTRY}:{entry_id}"


def command(name: str) -> str:
    return f"{COMMAND}:{name}"


def walk(position: int) -> str:
    return f"{WALK}:{position}"


def walk_stop(position: int) -> str:
    return f"{WALK}:stop:{position}"


def check(position: int, answer: str = "", unsure: int = 0) -> str:
    if not answer and not unsure:
        return f"{SYMPTOMS}:{position}"
    return f"{SYMPTOMS}:{position}:{answer}:{unsure}"


def signs(level: str) -> str:
    return f"{SIGNS}:{level}"


def more(entry_id: str, part: int) -> str:
    return f"{MORE}:{part}:{entry_id}"


def feedback(entry_id: str, helpful: bool) -> str:
    return f"{FEEDBACK}:{int(helpful)}:{entry_id}"


@dataclass(frozen=True)
class Move:
    """A move read back: its prefix, a position or part, a word, the "not sure" bits and an
    entry id or command name, as the prefix uses them."""

    prefix: str
    position: int | None = None
    word: str = ""
    unsure: int = 0
    name: str = ""


def parse(move: str) -> Move | None:
    """The parts of a move, or None for something no button of ours sends."""
    prefix, _, rest = move.partition(":")
    parts = rest.split(":") if rest else []
    if prefix in (ENTRY, COMMAND, SIGNS, HASHED_ENTRY) and rest:
        return Move(prefix, name=rest)
    if prefix in (MORE, FEEDBACK) and len(parts) >= 2 and _number(parts[0]) is not None:
        return Move(prefix, position=_number(parts[0]), name=":".join(parts[1:]))
    if prefix == "x" and rest == "none":
        return Move(prefix, name=rest)
    if prefix == WALK and parts:
        if parts == ["done"]:
            return Move(prefix, word="done")
        if parts[0] == "stop":  # rt:stop (older buttons) or rt:stop:<n>
            position = _number(parts[1]) if len(parts) == 2 else 0
            return Move(prefix, position, "stop") if position is not None else None
        position = _number(parts[0])
        return Move(prefix, position) if position is not None and len(parts) == 1 else None
    if prefix == SYMPTOMS and parts:
        if parts == ["stop"]:
            return Move(prefix, word="stop")
        position = _number(parts[0])
        if position is None or len(parts) > 3:
            return None
        word = parts[1] if len(parts) > 1 else ""
        unsure = _number(parts[2]) if len(parts) > 2 and parts[2] else 0
        if (word and word not in ANSWERS) or unsure is None:
            return None
        return Move(prefix, position, word, unsure)
    return None


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) <= 6 else None


# --------------------------------------------------------------------------- long entry ids


def _digest(entry_id: str) -> str:
    return hashlib.sha256(entry_id.encode()).hexdigest()[:16]


def shorten(move: str) -> str:
    """The move as at most 64 bytes: a long entry id becomes #<digest>."""
    if len(move.encode()) <= MAX_BYTES:
        return move
    parsed = parse(move)
    if parsed is None or not parsed.name:
        return move
    if parsed.prefix == ENTRY:
        return f"{HASHED_ENTRY}:{_digest(parsed.name)}"
    if parsed.prefix in (MORE, FEEDBACK):
        return f"{parsed.prefix}:{parsed.position}:#{_digest(parsed.name)}"
    return move


def expand(kb: Knowledge, data: str) -> str:
    """The move a button's data stands for, long entry ids found again."""
    parsed = parse(data)
    if parsed is None:
        return data
    digest = parsed.name[1:] if parsed.name.startswith("#") else ""
    if parsed.prefix == HASHED_ENTRY:
        digest = parsed.name
    if not digest:
        return data
    ids = [*kb.entries, *(flag.id for flag in kb.redflags.flags)]
    found = next((i for i in ids if _digest(i) == digest), None)
    if found is None:
        return data
    if parsed.prefix == HASHED_ENTRY:
        return entry(found)
    return f"{parsed.prefix}:{parsed.position}:{found}"


# --------------------------------------------------------------------------- deep links

_PAYLOADS = {"check": check(0), "routine": walk(0)}


def payload(move: str) -> str:
    """The /start payload that opens `move` in a private chat (letters, digits, - and _)."""
    named = {v: k for k, v in _PAYLOADS.items()}
    return named.get(move) or move.replace(":", "-")


def from_payload(text: str) -> str | None:
    """The move a /start payload stands for; only the personal flows may be opened so."""
    move = _PAYLOADS.get(text.lower()) or text.replace("-", ":")
    parsed = parse(move)
    if parsed is None or parsed.prefix not in (WALK, SYMPTOMS):
        return None
    return move


# --------------------------------------------------------------------------- buttons


@dataclass(frozen=True)
class Action:
    """One button. `private`: a personal flow, opened in a private chat when pressed in a
    group. `extra`: feedback and "more", which a transport without them may leave out."""

    label: str
    move: str
    private: bool = False
    extra: bool = False


def actions(kb: Knowledge, turn: Turn) -> list[list[Action]]:
    """The rows of buttons under one reply; empty when it needs none (a warning, small talk):
    then the transport's own way back to the menu is all there is."""
    answer, state = turn.answer, turn.state

    def button(key: str, move: str, **kw: bool) -> Action:
        return Action(kb.message(key), move, **kw)

    menu = button("button_menu", command("menu"))
    kind = answer.kind
    if kind in ("faq", "exercise") and answer.id:
        rows = [[Action(s.title, entry(s.id))] for s in answer.suggestions]
        return [*rows, [button("button_helpful", feedback(answer.id, True), extra=True),
                        button("button_not_helpful", feedback(answer.id, False), extra=True),
                        menu]]
    if kind in ("faq", "exercise"):  # a list of entries (/exercises)
        return [*([Action(s.title, entry(s.id))] for s in answer.suggestions), [menu]]
    if kind == "routine":
        rows = [[button("button_walk_through", walk(0), private=True)]]
        if state.flow == ROUTINE and state.paused and state.position > 0:
            label = kb.message("button_resume", step=str(state.position + 1))
            rows.append([Action(label, walk(state.position), private=True)])
        return [*rows, [menu]]
    if kind == "redflags":
        return [[button("button_check_symptoms", check(0), private=True)],
                [button("button_signs_urgent", signs("urgent"))],
                [button("button_signs_soon", signs("soon"))],
                [button("button_signs_emergency", signs("emergency")), menu]]
    if kind == "signs":
        return [[button("button_check_symptoms", check(0), private=True), menu]]
    if kind == "clarify":
        rows = [[Action(s.title, entry(s.id))] for s in answer.suggestions]
        return [*rows, [button("button_none", NONE_OF_THESE), menu]]
    if kind in ("menu", "fallback"):
        return menu_rows(kb)
    if kind == "step":
        return _step_rows(kb, state.position)
    if kind == "question":
        return _question_rows(kb, state.position, state.unsure)
    if kind == "stopped" and answer.id == ROUTINE:
        label = kb.message("button_resume", step=str(state.position + 1))
        return [[Action(label, walk(state.position), private=True)], [menu]]
    if kind == "stopped" and answer.id == CHECK:
        return [[button("button_check_symptoms", check(0), private=True), menu]]
    if kind == "checked" and answer.id == "clear":
        return [[button("button_routine", command("routine")), menu]]
    return []


def menu_rows(kb: Knowledge) -> list[list[Action]]:
    def button(key: str, move: str, **kw: bool) -> Action:
        return Action(kb.message(key), move, **kw)

    second = [button("button_redflags", command("redflags"))]
    if BAD_DAY in kb.entries:
        second.insert(0, button("button_bad_day", entry(BAD_DAY)))
    return [
        [button("button_routine", command("routine")),
         button("button_exercises", command("exercises"))],
        second,
        [button("button_check_symptoms", check(0), private=True),
         button("button_help", command("help"))],
    ]


def _step_rows(kb: Knowledge, position: int) -> list[list[Action]]:
    last = position + 1 >= len(kb.routine.steps)
    forward = (Action(kb.message("button_done"), WALK_DONE) if last
               else Action(kb.message("button_next"), walk(position + 1)))
    first = [forward]
    if position > 0:
        first.insert(0, Action(kb.message("button_back"), walk(position - 1)))
    return [first, [Action(kb.message("button_stop"), walk_stop(position))]]


def _question_rows(kb: Knowledge, position: int, unsure: int) -> list[list[Action]]:
    answers = [Action(kb.message(key), check(position, short, unsure))
               for short, key in (("y", "button_yes"), ("n", "button_no"),
                                  ("u", "button_not_sure"))]
    second = [Action(kb.message("button_stop"), CHECK_STOP)]
    if position > 0:
        back = check(position - 1, "", unsure & ~(1 << (position - 1)))
        second.insert(0, Action(kb.message("button_back"), back))
    return [answers, second]
