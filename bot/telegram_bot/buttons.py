"""Button presses. Every press is acknowledged first; what it does is the conversation's
`press`, the same move a typed word makes. Flow steps come as new messages, so the message
a flow started from stays as it was; the step just left loses its buttons.

In a group, a personal flow's button opens a private chat instead of running in public.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import ContextTypes

from bot.conversation import Turn, actions, press
from bot.conversation.dialogue import remember
from bot.conversation.moves import (
    CHECK_STOP,
    FEEDBACK,
    MORE,
    SYMPTOMS,
    WALK,
    expand,
    parse,
    walk_stop,
)
from bot.telegram_bot import companion
from bot.telegram_bot.keyboards import deep_link
from bot.telegram_bot.send import (
    acknowledge,
    answer_pages,
    chat_key,
    drop_buttons,
    in_group,
    knowledge,
    memory,
    reopen,
    send_card,
    state_of,
    store,
)
from bot.telegram_bot.turns import show_turn

_LOGGER = logging.getLogger(__name__)

FLOWS = (WALK, SYMPTOMS)


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every button press: answer the query first, then do what the button says."""
    kb = knowledge(context)
    query = update.callback_query
    data = expand(kb, (query.data if query is not None else None) or "")
    if data.partition(":")[0] in companion.PREFIXES:  # the diary's pain, snooze, /forget
        if not await companion.button(update, context, data):
            await acknowledge(update, kb.message("stale_button"))
        return
    move = parse(data)
    if move is None:
        await acknowledge(update, kb.message("stale_button"))
        return
    if move.prefix in FLOWS and in_group(update):
        # Personal: never in public. Telegram opens the private chat at this step.
        await acknowledge(update, kb.message("private_flow"),
                          url=deep_link(context.bot.username, data))
        return
    if move.prefix == FEEDBACK:
        await _feedback(update, context, move.name, bool(move.position))
        return
    if move.prefix == MORE:
        await _more(update, context, move.name, move.position or 0)
        return
    turn = press(kb, data, state_of(update, context))
    if turn is None:
        await acknowledge(update, kb.message("stale_button"))
        return
    await acknowledge(update)
    if _pressed_in_flow(update):
        await drop_buttons(update)
    await show_turn(update, context, turn)


def _pressed_in_flow(update: Update) -> bool:
    """The pressed message is a flow's step or question (it has a Stop button): its buttons
    are spent once used. The message a flow started from keeps its own."""
    query = update.callback_query
    markup = getattr(query.message, "reply_markup", None) if query is not None else None
    if not isinstance(markup, InlineKeyboardMarkup):
        return False
    stops = (walk_stop(0).rpartition(":")[0], CHECK_STOP)
    return any(isinstance(b.callback_data, str) and b.callback_data.startswith(stops)
               for row in markup.inline_keyboard for b in row)


async def _feedback(update: Update, context: ContextTypes.DEFAULT_TYPE, entry_id: str,
                    helpful: bool) -> None:
    """👍 or 👎 under an answer: counted per entry, nothing about who pressed it."""
    kb = knowledge(context)
    if kb.entry(entry_id) is None:
        await acknowledge(update, kb.message("stale_button"))
        return
    store(context).record_feedback(entry_id, helpful)
    await acknowledge(update, kb.message("feedback_thanks" if helpful else "feedback_sorry"))
    await drop_buttons(update, keep=lambda b: not _is_feedback(b))


def _is_feedback(button: InlineKeyboardButton) -> bool:
    return isinstance(button.callback_data, str) and button.callback_data.startswith(
        f"{FEEDBACK}:")


async def _more(update: Update, context: ContextTypes.DEFAULT_TYPE, entry_id: str,
                page: int) -> None:
    """The next screen of a long answer, as a new message."""
    kb = knowledge(context)
    card = reopen(kb, entry_id)
    state = state_of(update, context)
    if card is None:
        await acknowledge(update, kb.message("stale_button"))
        return
    turn = Turn(card, state)
    if page >= len(answer_pages(kb, card, actions(kb, turn))):
        await acknowledge(update, kb.message("stale_button"))
        return
    memory(context).put(chat_key(update), remember(state, card))  # before, as in send.show
    await acknowledge(update)
    await drop_buttons(update)
    await send_card(update, context, turn, page)
