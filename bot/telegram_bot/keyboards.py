"""Buttons as Telegram draws them: the conversation's actions as inline keyboards, and the
persistent reply keyboard with the Menu button.

A button's callback data is its move (see bot/conversation/moves.py), at most 64 bytes. In a
group, a personal flow (the symptom check, the walk-through) is not run in public: its button
is a link that opens a private chat with the bot, where /start picks it up.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
)
from telegram.helpers import create_deep_linked_url

from bot.conversation.moves import Action, command, payload, shorten
from bot.knowledge import Knowledge


def deep_link(username: str | None, move: str) -> str | None:
    """t.me/<bot>?start=<payload>: the move, opened in a private chat."""
    return create_deep_linked_url(username, payload(move)) if username else None


def inline_keyboard(
    rows: Sequence[Sequence[Action]], *, group: bool = False, username: str | None = None
) -> InlineKeyboardMarkup | None:
    """The actions as buttons; in a group, personal flows become links to a private chat."""
    built: list[list[InlineKeyboardButton]] = []
    for row in rows:
        buttons = []
        for action in row:
            link = deep_link(username, action.move) if group and action.private else None
            if link is not None:
                buttons.append(InlineKeyboardButton(action.label, url=link))
            else:
                buttons.append(InlineKeyboardButton(action.label,
                                                    callback_data=shorten(action.move)))
        if buttons:
            built.append(buttons)
    return InlineKeyboardMarkup(built) if built else None


def menu_button(kb: Knowledge) -> InlineKeyboardMarkup:
    """A single Menu button: the way back in a group, where a reply keyboard would show to all."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(kb.message("button_menu"),
                                                       callback_data=command("menu"))]])


def private_link(kb: Knowledge, username: str | None, move: str) -> InlineKeyboardMarkup | None:
    link = deep_link(username, move)
    if link is None:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(kb.message("button_private"), url=link)]])


def reply_keyboard(kb: Knowledge) -> ReplyKeyboardMarkup:
    """Always under the message field in a private chat: one tap back to the menu."""
    return ReplyKeyboardMarkup([[kb.message("button_menu")]], resize_keyboard=True,
                               is_persistent=True)
