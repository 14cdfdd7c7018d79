"""A conversation in the terminal: the same answers and commands as the Telegram bot.

Suggestions (Telegram's buttons) are shown as numbered choices; typing the number opens one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.answer import Answer
from bot.commands import command
from bot.engine import answer, lookup
from bot.knowledge import Knowledge

PROMPT = "you> "


def render(reply: Answer) -> str:
    lines = [reply.text]
    for i, s in enumerate(reply.suggestions, 1):
        lines.append(f"  [{i}] {s.title}")
    return "\n".join(lines)


def respond(kb: Knowledge, line: str, last: Answer | None) -> Answer | None:
    """The reply to one typed line; `last` lets a typed number open a suggestion."""
    text = line.strip()
    if text.startswith("/"):
        return command(kb, text.split()[0]) or command(kb, "help")
    if text.isdigit() and last is not None and 1 <= int(text) <= len(last.suggestions):
        return lookup(kb, last.suggestions[int(text) - 1].id)
    return answer(kb, text)


def run(
    kb: Knowledge,
    lines: Iterable[str] | None = None,
    write: Callable[[str], None] = print,
) -> int:
    """Chat until /quit, end of input or Ctrl-C. `lines` defaults to the keyboard."""
    write(render(command(kb, "start")))  # type: ignore[arg-type]
    write("(type /quit to leave)")
    source = lines if lines is not None else _keyboard()
    last: Answer | None = None
    try:
        for line in source:
            if line.strip().lower() in ("/quit", "/exit", "quit", "exit"):
                break
            reply = respond(kb, line, last)
            if reply is not None:
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
