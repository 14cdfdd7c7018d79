"""Sending to Telegram: one turn of the conversation as messages, each one phone screen with
its buttons; long answers a screen at a time behind "Read more"; the way back to the menu
under every reply; button presses acknowledged even when Telegram says they are too old."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.care.companion import Companion
from bot.care.store import Store
from bot.conversation import Memory, State, Turn, actions, cards
from bot.conversation.moves import FEEDBACK, MENU_COMMANDS, Action, command, more
from bot.engine import pipeline as engine
from bot.engine.answers import Answer
from bot.engine.commands import command as command_answer
from bot.knowledge import Knowledge
from bot.telegram_bot.format import (
    MAX_MESSAGE_LENGTH,
    SCREEN,
    answer_html,
    message_html,
    page_html,
    paragraphs,
    screens,
    split_message,
)
from bot.telegram_bot.keyboards import inline_keyboard, menu_button, reply_keyboard

_LOGGER = logging.getLogger(__name__)

KB = "kb"
THROTTLE = "throttle"
STORE = "store"
COMPANION = "companion"
MEMORY = "memory"

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup


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


def memory(context: ContextTypes.DEFAULT_TYPE) -> Memory:
    kept: Memory = context.bot_data[MEMORY]
    return kept


def chat_key(update: Update) -> tuple[int, int]:
    """Whose conversation this is: the chat, and in a group the person in it."""
    chat = update.effective_chat
    user = update.effective_user
    return (chat.id if chat else 0, user.id if user else 0)


def state_of(update: Update, context: ContextTypes.DEFAULT_TYPE) -> State:
    return memory(context).get(chat_key(update))


def in_group(update: Update) -> bool:
    chat = update.effective_chat
    return chat is not None and chat.type != ChatType.PRIVATE


async def send(update: Update, html: str, reply_markup: Markup | None = None) -> None:
    """Send `html`, split if long; the keyboard goes under the last piece."""
    message = update.effective_message
    chat = update.effective_chat
    if chat is None:
        return
    group = in_group(update)
    pieces = split_message(html)
    for number, piece in enumerate(pieces, start=1):
        markup = reply_markup if number == len(pieces) else None
        if message is not None and update.callback_query is None:
            # reply_text keeps a forum topic; only the first piece quotes, and only in groups
            quote = number == 1 and group
            await message.reply_text(piece, reply_markup=markup, do_quote=quote)
        else:
            await chat.send_message(piece, reply_markup=markup)


async def show(update: Update, context: ContextTypes.DEFAULT_TYPE, turn: Turn) -> None:
    """Send one turn (a warning and the answer after it are two messages). The chat's new
    state is kept first: a reply typed while the messages are still on their way ("next")
    must find the step they show."""
    kb = knowledge(context)
    memory(context).put(chat_key(update), turn.state)
    for card in cards(kb, turn.answer):
        await send_card(update, context, Turn(card, turn.state))


async def send_card(update: Update, context: ContextTypes.DEFAULT_TYPE, turn: Turn,
                    page: int = 0) -> None:
    """One answer: the screen `page` of it, with "Read more" or, on its last screen, its
    buttons; a reply with no buttons gets the way back to the menu."""
    kb = knowledge(context)
    answer = turn.answer
    rows = actions(kb, turn)
    pages = answer_pages(kb, answer, rows)
    page = min(page, len(pages) - 1)
    if page + 1 < len(pages) and answer.id:
        html = page_html(pages[page], answer.title)
        read_more = [[Action(kb.message("button_more"), more(answer.id, page + 1)),
                      Action(kb.message("button_menu"), command("menu"))]]
        await send(update, html, _markup(update, context, read_more))
        return
    html = page_html(pages[page], answer.title) if len(pages) > 1 or page else answer_html(answer)
    if has_feedback(rows):
        html = paragraphs(html, message_html(kb.message("feedback_question")))
    await send(update, html, _markup(update, context, rows))


def answer_pages(kb: Knowledge, answer: Answer, rows: list[list[Action]]) -> list[list[str]]:
    """The screens of an answer. Only a whole entry card is cut (its next screen is found
    again from the entry when "Read more" is pressed); anything else is one message."""
    whole = [[answer.title, answer.body] if answer.title else [answer.body]]
    card = reopen(kb, answer.id) if answer.kind in ("faq", "exercise", "chitchat") else None
    if card is None or card.body != answer.body:
        return whole
    tail = len(kb.message("feedback_question")) + 2 if has_feedback(rows) else 0
    return screens(answer.title, answer.body, budget=SCREEN, tail=tail)


def reopen(kb: Knowledge, name: str | None) -> Answer | None:
    """The answer an entry id or a command name stands for, to show its next screen."""
    if not name:
        return None
    if name in MENU_COMMANDS:
        return command_answer(kb, name)
    return engine.lookup(kb, name)


def has_feedback(rows: list[list[Action]]) -> bool:
    return any(a.move.startswith(f"{FEEDBACK}:") for row in rows for a in row)


def _markup(update: Update, context: ContextTypes.DEFAULT_TYPE,
            rows: list[list[Action]]) -> Markup:
    kb = knowledge(context)
    group = in_group(update)
    inline = inline_keyboard(rows, group=group, username=context.bot.username)
    if inline is not None:
        return inline
    return menu_button(kb) if group else reply_keyboard(kb)


async def send_text(update: Update, context: ContextTypes.DEFAULT_TYPE, text: str) -> None:
    """A UI text from messages.yaml, with the way back to the menu."""
    await send(update, message_html(text), _markup(update, context, []))


async def edit_or_send(update: Update, html: str, reply_markup: Markup | None = None) -> None:
    """Replace the message the pressed button sits under (the companion's pain and /forget
    buttons answer in place); send anew if it cannot be edited."""
    query = update.callback_query
    if (query is not None and query.message is not None and len(html) <= MAX_MESSAGE_LENGTH
            and not isinstance(reply_markup, ReplyKeyboardMarkup)):
        try:
            await query.edit_message_text(html, reply_markup=reply_markup)
            return
        except BadRequest as exc:
            if "not modified" in str(exc).lower():
                return
            _LOGGER.info("could not edit a message (%s); sending a new one", exc)
    await send(update, html, reply_markup)


async def drop_buttons(update: Update,
                       keep: Callable[[InlineKeyboardButton], bool] = lambda _: False) -> None:
    """Take buttons off the message whose button was pressed (a flow step that is done, a
    vote given); its text stays. Failing to do so costs nothing."""
    query = update.callback_query
    message = query.message if query is not None else None
    if query is None or message is None:
        return
    markup = getattr(message, "reply_markup", None)
    old = markup.inline_keyboard if isinstance(markup, InlineKeyboardMarkup) else ()
    rows = [[b for b in row if keep(b)] for row in old]
    rows = [row for row in rows if row]
    if [list(r) for r in old] == rows:
        return
    with contextlib.suppress(BadRequest):
        await query.edit_message_reply_markup(InlineKeyboardMarkup(rows) if rows else None)


async def acknowledge(update: Update, text: str | None = None, url: str | None = None) -> None:
    """Answer the button press. A press answered too late ("query is too old", after a
    restart) must still show what the button points to, so that failure is ignored."""
    if update.callback_query is None:
        return
    with contextlib.suppress(BadRequest):
        await update.callback_query.answer(text, url=url)
