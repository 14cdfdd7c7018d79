"""Telegram handlers for commands, messages, bursts and errors: each one reads an update,
asks the engine, and sends the answer.

No handler decides anything about health: the engine answers, the knowledge base words it,
`format` escapes it, `keyboards` adds the buttons, `send` sends
and `buttons` handles the presses.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Message, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes, filters

from bot.engine import commands
from bot.engine import pipeline as engine
from bot.telegram_bot import companion
from bot.telegram_bot.format import (
    message_html,
)
from bot.telegram_bot.send import (
    KB,
    THROTTLE,
    acknowledge,
    knowledge,
    send,
    send_answer,
)
from bot.telegram_bot.throttle import BurstLimiter, Verdict

_LOGGER = logging.getLogger(__name__)

# --------------------------------------------------------------------------- groups


class AddressedToBot(filters.MessageFilter):
    """Private chats always; in groups only messages that mention the bot or reply to it."""

    def filter(self, message: Message) -> bool:
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == bot.id:
            return True
        mention = f"@{bot.username}".lower()
        for entity, text in message.parse_entities().items():
            if entity.type == MessageEntityType.MENTION and text.lower() == mention:
                return True
            if (entity.type == MessageEntityType.TEXT_MENTION and entity.user is not None
                    and entity.user.id == bot.id):
                return True
        for entity, text in message.parse_caption_entities().items():
            if entity.type == MessageEntityType.MENTION and text.lower() == mention:
                return True
        return False


ADDRESSED_TO_BOT = AddressedToBot(name="AddressedToBot")


def without_mention(text: str, username: str | None) -> str:
    if not username:
        return text
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


# --------------------------------------------------------------------------- commands


Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


def warns_first(command: Handler) -> Handler:
    """A command with words after it ("/start I can't control my bladder"): an emergency in
    those words is answered first, then the command."""

    @functools.wraps(command)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        words = " ".join(context.args or [])
        if not words and update.effective_message is not None:  # an unknown /command
            words = (update.effective_message.text or "").partition(" ")[2]
        kb = knowledge(context)
        if words and engine.is_emergency(kb, words):
            await send_answer(update, kb, engine.answer(kb, words))
        await command(update, context)

    return wrapper


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "start")


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "help")


async def show_command(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str) -> None:
    kb = knowledge(context)
    answer = commands.command(kb, name)
    if answer is None:  # pragma: no cover - every menu command exists
        _LOGGER.error("command %s has no answer", name)
        return
    await send_answer(update, kb, answer)


async def routine(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    answer = companion.routine_answer(update, context)  # with today's repetitions
    if answer is not None:
        await send_answer(update, knowledge(context), answer)


async def redflags(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "redflags")


async def exercises(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "exercises")


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    answer = companion.privacy_answer(context)  # says so when unanswered questions are kept
    if answer is not None:
        await send_answer(update, knowledge(context), answer)


@warns_first
async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command we do not have ("/stretches") gets the help, never silence."""
    await help_command(update, context)


COMMANDS = {
    name: warns_first(callback)
    for name, callback in {
        "start": start,
        "help": help_command,
        "routine": routine,
        "exercises": exercises,
        "redflags": redflags,
        "privacy": privacy,
    }.items()
}
"""Every command, in menu order; the menu texts are `command_<name>` in messages.yaml."""


# --------------------------------------------------------------------------- messages


def words_of(update: Update, username: str | None) -> str:
    """What the person wrote: the text, or a photo's caption, without the bot's @name."""
    message = update.effective_message
    if message is None:
        return ""
    return without_mention(message.text or message.caption or "", username)


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = knowledge(context)
    text = words_of(update, context.bot.username)
    answer = engine.answer(kb, text)
    # How it was answered, for running the bot: never the words, never the sender.
    _LOGGER.info("answered %s:%s score %.2f (%d characters)",
                 answer.kind, answer.id or "-", answer.score, len(text))
    await send_answer(update, kb, answer)
    companion.count_answer(context, text, answer)


async def edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edit is answered only when it now describes an emergency: a correction should not
    bring a second answer, but "edited to add: I wet myself" must not go unheard."""
    kb = knowledge(context)
    answer = engine.answer(kb, words_of(update, context.bot.username))
    if answer.level == "emergency":
        await send_answer(update, kb, answer)


async def non_text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update, message_html(knowledge(context).message("non_text")))


# --------------------------------------------------------------------------- throttle, errors


async def throttle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Runs before every other handler; stops this update if its sender is in a burst."""
    user = update.effective_user
    limiter: BurstLimiter | None = context.bot_data.get(THROTTLE)
    if user is None or limiter is None or not _for_us(update):
        return
    verdict = limiter.check(user.id)
    if verdict is Verdict.ALLOW:
        return
    if engine.is_emergency(knowledge(context), words_of(update, context.bot.username)):
        return  # someone in a panic types fast: an emergency is never slowed down
    kb = knowledge(context)
    if update.callback_query is not None:
        await acknowledge(update, kb.message("slow_down"))
    elif verdict is Verdict.WARN and update.effective_chat is not None:
        await update.effective_chat.send_message(message_html(kb.message("slow_down")))
    raise ApplicationHandlerStop


def _for_us(update: Update) -> bool:
    """Group chatter not addressed to the bot does not count against anyone's burst."""
    message = update.message
    if message is None or message.chat.type == ChatType.PRIVATE:
        return True
    return bool(filters.COMMAND.check_update(update) or ADDRESSED_TO_BOT.check_update(update))


def describe(update: object) -> str:
    """An update for the log: its id and kind, never its text nor its sender."""
    if not isinstance(update, Update):
        return repr(type(update).__name__) if update is not None else "no update"
    kind = next(
        (name for name in ("message", "edited_message", "callback_query", "channel_post")
         if getattr(update, name, None) is not None),
        "other",
    )
    return f"update {update.update_id} ({kind})"


async def error_handler(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log every failure; tell the user something went wrong if a chat is known.

    Without an update the error came from polling, which PTB retries by itself.
    """
    if update is None and isinstance(context.error, NetworkError):
        _LOGGER.warning("polling failed (%s: %s); trying again",
                        type(context.error).__name__, context.error)
        return
    _LOGGER.error("error while handling %s", describe(update), exc_info=context.error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(context.error, Forbidden):  # the user blocked the bot: nobody to tell
        return
    kb = context.bot_data.get(KB)
    if kb is None:
        return
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):  # answered already, or too old
            await acknowledge(update)
    try:
        await update.effective_chat.send_message(message_html(kb.message("error_reply")))
    except TelegramError as exc:
        _LOGGER.error("could not tell the user about the error: %s", exc)
