"""A conversation in the terminal: the same answers, commands, memory and flows as Telegram.

Telegram's buttons are numbered choices here; typing a number does what the button does, and
typed words ("next", "not sure", "how long do I hold it?") work as they do on Telegram. The
companion's commands (/remind, /pain, /progress ...) go to `companion`, when there is a
store to keep them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from bot.conversation import Action, Memory, State, Turn, actions, cards, press, respond
from bot.conversation.moves import MENU_COMMANDS
from bot.conversation.moves import command as command_move
from bot.engine import pipeline as engine
from bot.knowledge import Knowledge
from bot.terminal.companion import TerminalCompanion

PROMPT = "you> "
CHAT = "terminal"
MENU = command_move("menu")


def choices(kb: Knowledge, turn: Turn) -> list[list[Action]]:
    """The numbered choices under each message of a turn (Telegram's buttons, without the
    ones a terminal has no use for: feedback, "read more" and the Menu, typed as a word)."""
    return [
        [a for row in actions(kb, Turn(card, turn.state)) for a in row
         if not a.extra and a.move != MENU]
        for card in cards(kb, turn.answer)
    ]


def render(kb: Knowledge, turn: Turn) -> str:
    lines: list[str] = []
    number = 0
    for card, offered in zip(cards(kb, turn.answer), choices(kb, turn), strict=True):
        if lines:
            lines.append("")
        lines.append(card.text)
        for action in offered:
            number += 1
            lines.append(f"  [{number}] {action.label}")
    return "\n".join(lines)


def answer_line(kb: Knowledge, line: str, state: State | None = None,
                offered: Sequence[Action] = ()) -> Turn:
    """The reply to one typed line: a /command (unknown ones get the help; an emergency in
    the words after one gets only the warning), a number that picks one of `offered`, or
    the conversation's reply."""
    state = state or State()
    text = line.strip()
    if text.startswith("/"):
        name, _, words = text[1:].partition(" ")
        if words and engine.is_emergency(kb, words):
            return respond(kb, words, state)
        name = name.lower().split("@", 1)[0]
        turn = press(kb, command_move(name if name in MENU_COMMANDS else "help"), state)
        if turn is not None:
            return turn
    if text.isdigit() and 1 <= int(text) <= len(offered):
        picked = press(kb, offered[int(text) - 1].move, state)
        if picked is not None:
            return picked
    return respond(kb, text, state)


def run(
    kb: Knowledge,
    lines: Iterable[str] | None = None,
    write: Callable[[str], None] = print,
    memory: Memory | None = None,
    companion: TerminalCompanion | None = None,
) -> int:
    """Chat until /quit, end of input or Ctrl-C. `lines` defaults to the keyboard. The
    conversation is remembered as on Telegram: 30 minutes of silence forget it."""
    memory = memory or Memory()
    welcome = answer_line(kb, "/start")
    write(render(kb, welcome))
    write("(type /quit to leave)")
    due = companion.greeting() if companion is not None else None
    if due:
        write("bot> " + due.replace("\n", "\n     "))
    source = lines if lines is not None else _keyboard()
    offered = [a for group in choices(kb, welcome) for a in group]
    try:
        for line in source:
            if line.strip().lower() in ("/quit", "/exit", "quit", "exit"):
                break
            kept = companion.handle(line) if companion is not None else None
            if kept is not None:
                write("bot> " + kept.replace("\n", "\n     "))
                continue
            turn = answer_line(kb, line, memory.get(CHAT), offered)
            memory.put(CHAT, turn.state)
            if companion is not None:  # the routine with today's repetitions
                turn = replace(turn, answer=companion.with_repetitions(turn.answer))
            write("bot> " + render(kb, turn).replace("\n", "\n     "))
            offered = [a for group in choices(kb, turn) for a in group] or offered
    except KeyboardInterrupt:
        write("")
    return 0


def _keyboard() -> Iterable[str]:
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            return
