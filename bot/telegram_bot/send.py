"""Sending to Telegram: replies split to fit, edits in place, the buttons under each kind
of answer, and button presses acknowledged even when Telegram says they are too old."""

from __future__ import annotations

import contextlib
import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.care.companion import Companion
from bot.care.store import Store
from bot.engine.answers import Answer
from bot.knowledge import Knowledge
from bot.telegram_bot.format import (
    MAX_MESSAGE_LENGTH,
    answer_html,
    message_html,
    paragraphs,
    split_message,
)
from bot.telegram_bot.keyboards import (
    entries_keyboard,
    menu_keyboard,
    redflags_keyboard,
    routine_keyboard,
)

_LOGGER = logging.getLogger(__name__)

KB = "kb"
THROTTLE = "throttle"
STORE = "store"
COMPANION = "companion"


def knowledge(context: ContextTypes.DEFAULT_TYPE) -> Knowledge:
    kb: Knowledge = context.bot_data[KB]  # set once by build_application
    return kb


def store(context: ContextTypes.DEFAULT_TYPE) -> Store:
    """The bot's store (bot.care.store): reminders, the diary, anonymous feedback counts."""
    kept: Store = context.bot_data[STORE]  # set once by build_application
    return kept


def companion_of(context: ContextTypes.DEFAULT_TYPE) -> Companion:
    """The companion (bot.care.companion): reminders, the diary, progress."""
    found: Companion = context.bot_data[COMPANION]  # set once by build_application
    return found


async def send(
    update: Update, html: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send `html`, split if long; the keyboard goes under the last piece."""
    message = update.effective_message
    chat = update.effective_chat
    if chat is None:
        return
    in_group = chat.type != ChatType.PRIVATE
    pieces = split_message(html)
    for number, piece in enumerate(pieces, start=1):
        markup = reply_markup if number == len(pieces) else None
        if message is not None and update.callback_query is None:
            # reply_text keeps a forum topic; only the first piece quotes, and only in groups
            quote = number == 1 and in_group
            await message.reply_text(piece, reply_markup=markup, do_quote=quote)
        else:
            await chat.send_message(piece, reply_markup=markup)


async def edit_or_send(
    update: Update, html: str, reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace the message the pressed button sits under; send anew if it cannot be edited."""
    query = update.callback_query
    if query is not None and query.message is not None and len(html) <= MAX_MESSAGE_LENGTH:
        try:
            await query.edit_message_text(html, reply_markup=reply_markup)
            return
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return
            _LOGGER.info("could not edit a message (%s); sending a new one", exc)
    await send(update, html, reply_markup)


def answer_markup(kb: Knowledge, answer: Answer) -> InlineKeyboardMarkup | None:
    """The buttons that belong under an answer of this kind."""
    if answer.kind == "routine":
        return routine_keyboard(kb)
    if answer.kind == "redflags":
        return redflags_keyboard(kb)
    if answer.suggestions:
        return entries_keyboard(answer.suggestions)
    if answer.kind == "fallback" or answer.id == "start":
        return menu_keyboard(kb)
    return None


async def send_answer(update: Update, kb: Knowledge, answer: Answer) -> None:
    html = answer_html(answer)
    if answer.kind == "faq" and answer.suggestions:
        html = paragraphs(html, message_html(kb.message("see_also")))
    await send(update, html, answer_markup(kb, answer))


async def acknowledge(update: Update, text: str | None = None) -> None:
    """Answer the button press. A press answered too late ("query is too old", after a
    restart) must still show what the button points to, so that failure is ignored."""
    if update.callback_query is None:
        return
    with contextlib.suppress(BadRequest):
        await update.callback_query.answer(text)
