"""Answers as Telegram HTML: escape every knowledge-base text, split long replies.

Telegram rejects a message whose HTML does not parse or that is longer than 4,096 characters,
so every text from the knowledge base goes through `html.escape` here, and a long reply is cut
into several messages at paragraph boundaries (then lines, then spaces) without ever cutting
inside a tag or an entity; a tag left open at a cut is closed and opened again.
"""

from __future__ import annotations

import re
from html import escape

from telegram.constants import MessageLimit

from bot.engine.answers import Answer

MAX_MESSAGE_LENGTH = MessageLimit.MAX_TEXT_LENGTH  # 4096

_TAG = re.compile(r"<(/?)([a-z-]+)[^>]*>")


def escaped(text: str) -> str:
    """Text safe inside Telegram HTML: only <, > and & need escaping outside attributes."""
    return escape(text, quote=False)


def bold(text: str) -> str:
    return f"<b>{escaped(text)}</b>"


def paragraphs(*texts: str) -> str:
    """Join already-formatted paragraphs, skipping empty ones."""
    return "\n\n".join(t for t in texts if t)


def answer_html(answer: Answer) -> str:
    """An engine answer as HTML: the title in bold (not for small talk), then the body."""
    show_title = answer.title and answer.kind != "chitchat"
    return paragraphs(bold(answer.title) if show_title else "", escaped(answer.body.strip()))


def message_html(text: str) -> str:
    """A UI text from messages.yaml, escaped."""
    return escaped(text.strip())


def split_message(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Cut HTML into pieces of at most `limit` characters, preferring paragraph breaks."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        room = limit
        while True:
            cut = _cut_position(rest, room)
            head = rest[:cut].rstrip()
            open_tags = _open_tags(head)
            closing = "".join(f"</{name}>" for name, _ in reversed(open_tags))
            if len(head) + len(closing) <= limit:
                break
            room = limit - len(closing)
        pieces.append(head + closing)
        rest = "".join(tag for _, tag in open_tags) + rest[cut:].lstrip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if p.strip()]


def _cut_position(text: str, limit: int) -> int:
    """The best place to cut `text` at or before `limit`, never inside a tag or entity."""
    window = text[: limit + 1]
    for separator in ("\n\n", "\n", " "):
        position = window.rfind(separator)
        while position > 0 and not _safe(text, position):
            position = window.rfind(separator, 0, position)
        if position > limit // 4:
            return position
    position = limit
    while position > 1 and not _safe(text, position):
        position -= 1
    return max(position, 1)


def _safe(text: str, position: int) -> bool:
    """True if cutting before `position` splits neither a tag nor an entity."""
    last_lt, last_gt = text.rfind("<", 0, position), text.rfind(">", 0, position)
    if last_lt > last_gt:
        return False
    last_amp, last_semi = text.rfind("&", 0, position), text.rfind(";", 0, position)
    return not (last_amp > last_semi and position - last_amp <= 10)


def _open_tags(html: str) -> list[tuple[str, str]]:
    """Tags opened in `html` and not closed, outermost first, as (name, opening tag)."""
    stack: list[tuple[str, str]] = []
    for match in _TAG.finditer(html):
        closing, name = match.group(1), match.group(2)
        if not closing:
            stack.append((name, match.group(0)))
        elif stack and stack[-1][0] == name:
            stack.pop()
    return stack
