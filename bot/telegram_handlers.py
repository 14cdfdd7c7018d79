"""Telegram handlers: each one reads an update, asks the engine, and sends the answer.

No handler decides anything about health: the engine answers, the knowledge base words it,
`telegram_format` escapes it and `telegram_keyboards` adds the buttons.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, MessageEntityType
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes, filters

from bot import commands, engine
from bot.answer import Answer
from bot.knowledge import Knowledge
from bot.telegram_format import (
    MAX_MESSAGE_LENGTH,
    answer_html,
    bold,
    message_html,
    paragraphs,
    split_message,
)
from bot.telegram_keyboards import (
    COMMAND,
    ENTRY,
    HASHED_ENTRY,
    MENU_COMMANDS,
    ROUTINE,
    SYMPTOM_CHECK,
    command_keyboard,
    entries_keyboard,
    entry_for_data,
    menu_keyboard,
    parse_step,
    redflags_keyboard,
    routine_keyboard,
    routine_step_keyboard,
    symptom_keyboard,
    symptom_questions,
)
from bot.telegram_throttle import BurstLimiter, Verdict

_LOGGER = logging.getLogger(__name__)

KB = "kb"
THROTTLE = "throttle"


def knowledge(context: ContextTypes.DEFAULT_TYPE) -> Knowledge:
    return context.bot_data[KB]


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
            if entity.type == MessageEntityType.TEXT_MENTION and entity.user.id == bot.id:
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


# --------------------------------------------------------------------------- sending


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
    if answer.kind == "fallback":
        return menu_keyboard(kb)
    return None


async def send_answer(update: Update, kb: Knowledge, answer: Answer) -> None:
    html = answer_html(answer)
    if answer.kind == "faq" and answer.suggestions:
        html = paragraphs(html, message_html(kb.message("see_also")))
    await send(update, html, answer_markup(kb, answer))


# --------------------------------------------------------------------------- commands


def warns_first(command: Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]):
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
    kb = knowledge(context)
    await send(update, message_html(kb.message("welcome")), menu_keyboard(kb))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update, message_html(knowledge(context).message("help")))


async def show_command(update: Update, context: ContextTypes.DEFAULT_TYPE, name: str) -> None:
    kb = knowledge(context)
    answer = commands.command(kb, name)
    if answer is None:  # pragma: no cover - every menu command exists
        _LOGGER.error("command %s has no answer", name)
        return
    await send_answer(update, kb, answer)


async def routine(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "routine")


async def redflags(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "redflags")


async def exercises(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "exercises")


async def privacy(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await show_command(update, context, "privacy")


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


async def edited_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An edit is answered only when it now describes an emergency: a correction should not
    bring a second answer, but "edited to add: I wet myself" must not go unheard."""
    kb = knowledge(context)
    answer = engine.answer(kb, words_of(update, context.bot.username))
    if answer.level == "emergency":
        await send_answer(update, kb, answer)


async def non_text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await send(update, message_html(knowledge(context).message("non_text")))


# --------------------------------------------------------------------------- buttons


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every button press: answer the query first, then show what the button points to."""
    kb = knowledge(context)
    query = update.callback_query
    data = query.data or ""
    prefix = data.partition(":")[0]
    handled = False
    if prefix in (ENTRY, HASHED_ENTRY):
        handled = await _open_entry(update, kb, data)
    elif prefix == COMMAND:
        handled = await _open_command(update, kb, data.partition(":")[2])
    elif prefix == ROUTINE:
        handled = await _routine_step(update, kb, data)
    elif prefix == SYMPTOM_CHECK:
        handled = await _symptom_check(update, kb, data)
    if not handled:
        await acknowledge(update, kb.message("stale_button"))


async def acknowledge(update: Update, text: str | None = None) -> None:
    """Answer the button press. A press answered too late ("query is too old", after a
    restart) must still show what the button points to, so that failure is ignored."""
    with contextlib.suppress(BadRequest):
        await update.callback_query.answer(text)


async def _open_entry(update: Update, kb: Knowledge, data: str) -> bool:
    entry_id = entry_for_data(kb, data)
    return await _open(update, kb, engine.lookup(kb, entry_id) if entry_id else None)


async def _open_command(update: Update, kb: Knowledge, name: str) -> bool:
    return await _open(update, kb, commands.command(kb, name) if name in MENU_COMMANDS else None)


async def _open(update: Update, kb: Knowledge, answer: Answer | None) -> bool:
    """Answer the button press and send the card; False when there is nothing to open."""
    if answer is None:
        return False
    await acknowledge(update)
    await send_answer(update, kb, answer)
    return True


async def _routine_step(update: Update, kb: Knowledge, data: str) -> bool:
    step = parse_step(data, ROUTINE)
    steps = kb.routine.steps
    if step is None:
        return False
    if step.index is None:
        key = {"done": "routine_done", "stop": "routine_stopped"}.get(step.word)
        if key is None:
            return False
        await acknowledge(update)
        await edit_or_send(update, message_html(kb.message(key)))
        return True
    if step.index >= len(steps) or step.word:
        return False
    card = engine.lookup(kb, steps[step.index].exercise)
    if card is None:
        return False
    await acknowledge(update)
    counter = kb.message("routine_step", step=str(step.index + 1), total=str(len(steps)))
    html = paragraphs(
        bold(counter),
        answer_html(card),
        message_html(steps[step.index].note) if steps[step.index].note else "",
    )
    await edit_or_send(update, html, routine_step_keyboard(kb, step.index))
    return True


async def _symptom_check(update: Update, kb: Knowledge, data: str) -> bool:
    step = parse_step(data, SYMPTOM_CHECK)
    questions = symptom_questions(kb)
    if step is None or step.index is None or step.index >= len(questions):
        return False
    if step.word == "y":
        advice = engine.lookup(kb, questions[step.index][1].id)
        if advice is None:  # pragma: no cover - every flag has a card
            return False
        await acknowledge(update)
        html = paragraphs(bold(kb.message("symptom_check_emergency")), answer_html(advice))
        await edit_or_send(update, html)
        return True
    if step.word == "n" and step.index + 1 == len(questions):
        await acknowledge(update)
        await edit_or_send(
            update, message_html(kb.message("symptom_check_clear")), command_keyboard(kb, "routine")
        )
        return True
    if step.word not in ("", "n"):
        return False
    await acknowledge(update)
    number = step.index + 1 if step.word == "n" else step.index
    html = paragraphs(
        message_html(kb.message("symptom_check_intro")) if number == 0 else "",
        bold(kb.message("symptom_check_question", number=str(number + 1),
                        total=str(len(questions)))),
        message_html(questions[number][0]),
    )
    await edit_or_send(update, html, symptom_keyboard(kb, number))
    return True


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
