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
SCREEN = 600
"""Characters a reply may show before its buttons: about one phone screen."""

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


def screens(title: str, body: str, *, budget: int = SCREEN, tail: int = 0) -> list[list[str]]:
    """A long answer as screens of at most `budget` visible characters, each a list of plain
    paragraphs, cut between paragraphs (between lines inside a long one). The title opens
    the first screen; the last keeps `tail` characters free (for "Was this helpful?")."""
    blocks: list[str] = []
    for paragraph in body.strip().split("\n\n"):
        blocks.extend(_fit_lines(paragraph, budget) if len(paragraph) > budget else [paragraph])
    pages: list[list[str]] = [[title]] if title else [[]]
    for block in blocks:
        page = pages[-1]
        if page and _size(page) + 2 + len(block) > budget:
            pages.append([block])
        else:
            page.append(block)
    while len(pages[-1]) > 1 and _size(pages[-1]) + tail > budget:
        pages.append([pages[-1].pop()])  # room for the tail: carry the last block over
    return pages


def _size(blocks: list[str]) -> int:
    return sum(len(b) for b in blocks) + 2 * (len(blocks) - 1)


def _fit_lines(paragraph: str, budget: int) -> list[str]:
    """A paragraph too long for one screen, as runs of whole lines (a line too long itself
    is cut after a sentence, else between words)."""
    runs: list[str] = []
    for line in paragraph.split("\n"):
        for part in _cut_line(line, budget):
            if runs and len(runs[-1]) + 1 + len(part) <= budget:
                runs[-1] = f"{runs[-1]}\n{part}"
            else:
                runs.append(part)
    return runs


def _cut_line(line: str, budget: int) -> list[str]:
    parts: list[str] = []
    while len(line) > budget:
        window = line[: budget + 1]
        cut = window.rfind(". ") + 1 or window.rfind(" ")
        if cut <= budget // 4:
            cut = budget
        parts.append(line[:cut].strip())
        line = line[cut:].strip()
    return [*parts, line] if line else parts


def page_html(blocks: list[str], title: str = "") -> str:
    """One screen as HTML; the title, when the screen starts with it, in bold."""
    if title and blocks and blocks[0] == title:
        return paragraphs(bold(title), *(escaped(b) for b in blocks[1:]))
    return paragraphs(*(escaped(b) for b in blocks))


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
