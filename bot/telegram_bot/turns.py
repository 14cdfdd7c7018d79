"""One turn of the conversation, sent: what `send.show` does for every reply, except the
walk-through's Done (tapped or typed), which goes through the companion: it notes the
session for someone who keeps a diary and asks how the pain is today. A routine answer,
however it was asked for, carries the person's repetitions for today."""

from __future__ import annotations

from dataclasses import replace

from telegram import Update
from telegram.ext import ContextTypes

from bot.conversation import Turn
from bot.telegram_bot import companion
from bot.telegram_bot.send import chat_key, memory, show


async def show_turn(update: Update, context: ContextTypes.DEFAULT_TYPE, turn: Turn) -> None:
    if turn.answer.kind == "done":
        memory(context).put(chat_key(update), turn.state)  # before sending, as in show
        await companion.routine_finished(update, context, turn.answer.body)
        return
    if turn.answer.kind == "routine":
        turn = replace(turn, answer=companion.with_repetitions(update, context, turn.answer))
    await show(update, context, turn)
