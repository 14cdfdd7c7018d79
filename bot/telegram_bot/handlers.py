"""Telegram handlers for commands, messages, groups, bursts and errors: each one reads an
update, asks the conversation (with the chat's memory) and sends the answer.

No handler decides anything about health: the engine answers, the knowledge base words it,
`format` escapes it, `keyboards` adds the buttons, `send` sends and `buttons` handles the
presses.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import ChatMember, Message, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes, filters

from bot.conversation import State, Turn, press, respond
from bot.conversation.moves import command, from_payload
from bot.conversation.words import words_for
from bot.engine import pipeline as engine
from bot.engine.answers import Answer
from bot.telegram_bot import companion
from bot.telegram_bot.format import message_html
from bot.telegram_bot.keyboards import private_link
from bot.telegram_bot.send import (
    KB,
    THROTTLE,
    acknowledge,
    in_group,
    knowledge,
    send,
    send_text,
    state_of,
)
from bot.telegram_bot.throttle import BurstLimiter, Verdict
from bot.telegram_bot.turns import show_turn

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


def warns_first(handler: Handler, *, only_the_warning: bool = False) -> Handler:
    """A command with words after it: an emergency in those words is answered first. After
    the bot's own commands ("/routine please, I wet myself") nothing follows the warning;
    a diary command ("/pain 8 ...") still keeps what it was given."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        words = " ".join(context.args or [])
        if not words and update.effective_message is not None:  # an unknown /command
            words = (update.effective_message.text or "").partition(" ")[2]
        kb = knowledge(context)
        if words and engine.is_emergency(kb, words):
            await show_turn(update, context, respond(kb, words, state_of(update, context)))
            if only_the_warning:
                return
        await handler(update, context)

    return wrapper


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start, or /start <flow> from a link in a group: open that flow in this private chat."""
    kb = knowledge(context)
    move = from_payload(context.args[0]) if context.args else None
    if move is not None:
        if in_group(update):
            await send(update, message_html(kb.message("private_flow")),
                       private_link(kb, context.bot.username, move))
            return
        turn = press(kb, move, state_of(update, context))
        if turn is not None:
            await show_turn(update, context, turn)
            return
    await show_command(update, context, "start")


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "help")


async def show_command(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str,
                       answer: Answer | None = None) -> None:
    """What /name shows (or `answer`, the companion's version of it), in the conversation."""
    kb = knowledge(context)
    turn = press(kb, command(name), state_of(update, context))
    if turn is None:  # pragma: no cover - every menu command exists
        _LOGGER.error("command %s has no answer", name)
        return
    await show_turn(update, context, Turn(answer, turn.state) if answer is not None else turn)


async def routine(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "routine")  # show_turn adds today's repetitions


async def redflags(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "redflags")


async def exercises(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "exercises")


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "privacy",
                       companion.privacy_answer(context))  # says so when questions are kept


@functools.partial(warns_first, only_the_warning=True)
async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command we do not have ("/stretches") gets the help, never silence."""
    await help_command(update, context)


COMMANDS = {
    name: warns_first(callback, only_the_warning=True)
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


def attachment(message: Message | None) -> str | None:
    """"picture" or "recording" when the message carries one, else None."""
    if message is None:
        return None
    if message.photo or message.video or message.animation or (
            message.document and (message.document.mime_type or "").startswith("image/")):
        return "picture"
    if message.voice or message.audio or message.video_note:
        return "recording"
    return None


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = knowledge(context)
    text = words_of(update, context.bot.username)
    turn = respond(kb, text, state_of(update, context))
    answer = turn.answer
    # How it was answered, for running the bot: never the words, never the sender.
    _LOGGER.info("answered %s:%s score %.2f (%d characters)",
                 answer.kind, answer.id or "-", answer.score, len(text))
    media = attachment(update.effective_message)
    if media is not None and answer.kind != "urgent" and words_for(kb).says(text, media):
        # "is my posture ok?" under a photo: say first that the bot cannot see it
        note = "cannot_see" if media == "picture" else "cannot_hear"
        await send(update, message_html(kb.message(note)))
    await show_turn(update, context, turn)
    companion.count_answer(context, text, answer)


async def edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edit is answered only when it now describes an emergency: a correction should not
    bring a second answer, but "edited to add: I wet myself" must not go unheard."""
    kb = knowledge(context)
    answer = engine.answer(kb, words_of(update, context.bot.username))
    if answer.level == "emergency":
        await show_turn(update, context, Turn(answer, State(warning=answer.id)))


async def non_text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    kb = knowledge(context)
    media = attachment(update.effective_message)
    key = {"picture": "non_text_picture", "recording": "non_text_recording"}.get(media or "")
    await send_text(update, context, kb.message(key or "non_text"))


async def chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Added to a group: say in a few lines what the bot does and how to reach it there."""
    change = update.my_chat_member
    if change is None or change.chat.type == ChatType.PRIVATE:
        return
    was = change.old_chat_member.status
    now = change.new_chat_member.status
    absent = (ChatMember.LEFT, ChatMember.BANNED)
    if was in absent and now not in absent:
        await context.bot.send_message(change.chat.id,
                                       message_html(knowledge(context).message("group_intro")))


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
