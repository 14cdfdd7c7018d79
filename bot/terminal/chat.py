"""A conversation in the terminal: the same answers and commands as the Telegram bot.

Suggestions (Telegram's buttons) are shown as numbered choices; typing the number opens one.
The companion's commands (/remind, /pain, /progress ...) go to `companion`, when there is a
store to keep them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.engine import answer, is_emergency, lookup
from bot.engine.answers import Answer
from bot.engine.commands import command
from bot.knowledge import Knowledge
from bot.terminal.companion import TerminalCompanion

PROMPT = "you> "


def render(reply: Answer) -> str:
    lines = [reply.text]
    for i, s in enumerate(reply.suggestions, 1):
        lines.append(f"  [{i}] {s.title}")
    return "\n".join(lines)


def respond(kb: Knowledge, line: str, last: Answer | None) -> Answer:
    """The reply to one typed line: a /command (unknown ones get the help), a number that
    opens one of `last`'s suggestions, or the engine's answer."""
    text = line.strip()
    if text.startswith("/"):
        words = text.partition(" ")[2]
        if words and is_emergency(kb, words):  # "/routine I can't feel my legs": help first
            return answer(kb, words)
        reply = command(kb, text.split()[0]) or command(kb, "help")
        if reply is not None:
            return reply
    if text.isdigit() and last is not None and 1 <= int(text) <= len(last.suggestions):
        opened = lookup(kb, last.suggestions[int(text) - 1].id)
        if opened is not None:
            return opened
    return answer(kb, text)


def run(
    kb: Knowledge,
    lines: Iterable[str] | None = None,
    write: Callable[[str], None] = print,
    companion: TerminalCompanion | None = None,
) -> int:
    """Chat until /quit, end of input or Ctrl-C. `lines` defaults to the keyboard."""
    write(render(command(kb, "start")))  # type: ignore[arg-type]
    write("(type /quit to leave)")
    due = companion.greeting() if companion is not None else None
    if due:
        write("bot> " + due.replace("\n", "\n     "))
    source = lines if lines is not None else _keyboard()
    last: Answer | None = None
    try:
        for line in source:
            if line.strip().lower() in ("/quit", "/exit", "quit", "exit"):
                break
            kept = companion.handle(line) if companion is not None else None
            if kept is not None:
                write("bot> " + kept.replace("\n", "\n     "))
                continue
            reply = respond(kb, line, last)
            write("bot> " + render(reply).replace("\n", "\n     "))
            last = reply if reply.suggestions else last
    except KeyboardInterrupt:
        write("")
    return 0


def _keyboard() -> Iterable[str]:
    while True:
        try:
            yield input(PROMPT)
        except EOFError:
            return
