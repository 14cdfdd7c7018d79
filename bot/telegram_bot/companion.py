"""The companion on Telegram: /remind, /timezone, /pain, /done, /progress, /mydata, /forget,
their buttons, the end of the guided routine, and the counts kept for `lumbar-bot stats`.

Each handler reads the words after the command and hands them to bot.care.companion, which
keeps and words everything; this module only adds buttons, the chart photo and the JSON
file, and keeps the reminder jobs in step. Personal commands work in private chats only.
Emergencies in the words after a command are answered first (`warns_first`, in app.py).

Callback data (each well under Telegram's 64 bytes):

    pn:<0-10>      today's pain;  pn:<n>:d  the same at the end of the routine (notes it too)
    rm:snooze      remind me again in an hour
    fg:yes         erase everything (after /forget);  fg:no  keep it
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections import Counter
from collections.abc import Callable, Coroutine
from dataclasses import replace
from datetime import timedelta
from typing import Any, cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import Application, ContextTypes, JobQueue

from bot.care import companion as care
from bot.care.chart import ChartDrawer
from bot.care.companion import Companion, Reply
from bot.care.unanswered import anonymise, keep_until
from bot.engine import commands
from bot.engine.answers import Answer
from bot.knowledge import Knowledge
from bot.telegram_bot import reminders
from bot.telegram_bot.format import message_html, paragraphs
from bot.telegram_bot.send import (
    COMPANION,
    acknowledge,
    companion_of,
    edit_or_send,
    knowledge,
    send,
)

_LOGGER = logging.getLogger(__name__)

PAIN = "pn"
REMIND = "rm"
FORGET = "fg"
PREFIXES = (PAIN, REMIND, FORGET)

CHARTS = "charts"
REMINDERS = "reminders"
ANSWER_COUNTS = "answer_counts"
KEEP_UNANSWERED = "keep_unanswered"
FLUSH_EVERY = timedelta(seconds=60)
CHART_TIMEOUT = 60.0

Handler = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]
Queue = JobQueue[ContextTypes.DEFAULT_TYPE]
AnyApplication = Application[Any, Any, Any, Any, Any, Any]


# --------------------------------------------------------------------------- set-up


def setup(application: AnyApplication, companion: Companion, charts: ChartDrawer,
          keep_unanswered: bool) -> None:
    """Put the companion where handlers find it (called by build_application)."""
    application.bot_data[COMPANION] = companion
    application.bot_data[CHARTS] = charts
    application.bot_data[ANSWER_COUNTS] = Counter()
    application.bot_data[KEEP_UNANSWERED] = keep_unanswered


async def start(application: AnyApplication) -> None:
    """At start-up (post_init): reminders back from the store, counts from zero."""
    companion: Companion = application.bot_data[COMPANION]
    companion.store.start_answer_counts(companion.clock.now())
    queue = application.job_queue
    if queue is None:  # pragma: no cover - the job-queue extra is a dependency
        _LOGGER.error("no JobQueue: reminders are off (install python-telegram-bot[job-queue])")
        return
    jobs = reminders.ReminderJobs(cast(Queue, queue), companion)
    application.bot_data[REMINDERS] = jobs
    jobs.restore()
    queue.run_repeating(_flush_job, FLUSH_EVERY, first=FLUSH_EVERY, name="answer-counts")
    queue.run_repeating(_drop_old_job, timedelta(days=1), first=1.0, name="unanswered-expiry")


async def stop(application: AnyApplication) -> None:
    """At shutdown: the last counts into the store, the chart worker stopped."""
    _flush(application.bot_data)
    charts: ChartDrawer | None = application.bot_data.get(CHARTS)
    if charts is not None:
        charts.close()


# --------------------------------------------------------------------------- commands


def private_only(handler: Handler) -> Handler:
    """A diary is personal: in a group, point to the private chat instead."""

    @functools.wraps(handler)
    async def wrapper(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        chat = update.effective_chat
        if chat is None or update.effective_user is None:
            return
        if chat.type != ChatType.PRIVATE:
            await send(update, message_html(knowledge(context).message("private_only")))
            return
        await handler(update, context)

    return wrapper


def _user(update: Update) -> int:
    assert update.effective_user is not None  # private_only checked
    return update.effective_user.id


def _words(context: ContextTypes.DEFAULT_TYPE) -> str:
    return " ".join(context.args or [])


def _command(reply_of: care.CommandReply) -> Handler:
    @private_only
    async def handler(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        reply = reply_of(companion_of(context), _user(update), _words(context))
        await _answer(update, context, reply)

    return handler


COMMANDS: dict[str, Handler] = {name: _command(reply) for name, reply in care.COMMANDS.items()}
"""The companion's commands, in menu order; menu texts are `command_<name>` in messages.yaml."""


async def _answer(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    """Send a reply with what belongs to it: buttons, the chart, the file; and keep the
    person's reminder job in step with the store."""
    kb = knowledge(context)
    html = message_html(reply.text)
    if reply.document is not None and update.effective_chat is not None:
        await update.effective_chat.send_document(reply.document, filename=reply.document_name,
                                                  caption=html)
        return
    markup = None
    if reply.ask_pain:
        html = paragraphs(html, message_html(kb.message("pain_question")))
        markup = pain_keyboard(kb, after_routine=reply.after_routine)
    elif reply.confirm_forget:
        markup = forget_keyboard(kb)
    await send(update, html, markup)
    if reply.reminder_changed:
        _reschedule(context, _user(update))
    if reply.chart is not None:
        await _send_chart(update, context, reply)


async def _send_chart(update: Update, context: ContextTypes.DEFAULT_TYPE, reply: Reply) -> None:
    """Draw off the event loop; a chart that fails leaves the numbers already sent."""
    chat = update.effective_chat
    charts: ChartDrawer = context.bot_data[CHARTS]
    if chat is None or reply.chart is None:
        return
    try:
        png = await asyncio.wait_for(charts.draw(reply.chart), CHART_TIMEOUT)
    except Exception:
        _LOGGER.exception("could not draw a progress chart")
        await send(update, message_html(knowledge(context).message("chart_failed")))
        return
    await chat.send_photo(png, caption=message_html(reply.chart_caption),
                          filename="progress.png")


def _reschedule(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> None:
    jobs: reminders.ReminderJobs | None = context.bot_data.get(REMINDERS)
    if jobs is not None:
        jobs.schedule(user_id)


# --------------------------------------------------------------------------- keyboards


def pain_keyboard(kb: Knowledge, *, after_routine: bool = False) -> InlineKeyboardMarkup:
    """0 to 10 in two rows (six, then five), so each number is big enough to tap."""
    suffix = ":d" if after_routine else ""
    buttons = [InlineKeyboardButton(str(n), callback_data=f"{PAIN}:{n}{suffix}")
               for n in range(11)]
    return InlineKeyboardMarkup([buttons[:6], buttons[6:]])


def forget_keyboard(kb: Knowledge) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[
        InlineKeyboardButton(kb.message("button_forget_yes"), callback_data=f"{FORGET}:yes"),
        InlineKeyboardButton(kb.message("button_forget_no"), callback_data=f"{FORGET}:no"),
    ]])


# --------------------------------------------------------------------------- buttons


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE, data: str) -> bool:
    """A companion button (pn:, rm:, fg:); False if the data is not one we know."""
    query = update.callback_query
    if query is None or query.from_user is None:
        return False
    companion = companion_of(context)
    kb = companion.kb
    user_id = query.from_user.id
    prefix, _, rest = data.partition(":")
    if prefix == PAIN:
        number, _, flag = rest.partition(":")
        if not number.isdigit() or not 0 <= int(number) <= 10 or flag not in ("", "d"):
            return False
        await acknowledge(update)
        reply = companion.record_pain(user_id, int(number), routine_done=flag == "d")
        await edit_or_send(update, message_html(reply.text))
        return True
    if prefix == REMIND and rest == "snooze":
        jobs: reminders.ReminderJobs | None = context.bot_data.get(REMINDERS)
        snoozed = jobs is not None and jobs.snooze(user_id)
        await acknowledge(update, kb.message("snoozed" if snoozed else "remind_none"))
        return True
    if prefix == FORGET and rest in ("yes", "no"):
        await acknowledge(update)
        if rest == "no":
            await edit_or_send(update, message_html(kb.message("forget_kept")))
            return True
        reply = companion.forget(user_id)
        _reschedule(context, user_id)
        await edit_or_send(update, message_html(reply.text))
        return True
    return False


async def routine_finished(update: Update, context: ContextTypes.DEFAULT_TYPE,
                           done: str | None = None) -> None:
    """The guided routine's Done: note the session (for someone who keeps a diary) and ask
    "How is your pain today?" with 0-10 buttons. In a group, only the well done. `done` is
    the walk-through's own "well done" (with what comes next); it comes as a new message, so
    the last step stays as it was."""
    kb = knowledge(context)
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        await send(update, message_html(done or kb.message("routine_done")))
        return
    reply = companion_of(context).routine_finished(user.id)
    html = paragraphs(message_html(done or reply.text), message_html(kb.message("pain_question")),
                      message_html(kb.message("pain_question_new")) if reply.starts_diary else "")
    await send(update, html, pain_keyboard(kb, after_routine=True))


# --------------------------------------------------------------------------- the engine's answers


def with_repetitions(update: Update, context: ContextTypes.DEFAULT_TYPE,
                     answer: Answer) -> Answer:
    """A routine answer (/routine, the menu's routine, "how many reps" about it), with this
    person's repetitions for today if they keep a diary."""
    chat, user = update.effective_chat, update.effective_user
    if answer.kind != "routine" or chat is None or user is None or (
            chat.type != ChatType.PRIVATE):
        return answer
    numbers = companion_of(context).repetitions_text(user.id)
    return replace(answer, body=f"{answer.body}\n\n{numbers}") if numbers else answer


def privacy_answer(context: ContextTypes.DEFAULT_TYPE) -> Answer | None:
    """/privacy, saying so when unanswered questions are kept."""
    kb = knowledge(context)
    answer = commands.command(kb, "privacy")
    if answer is None or not context.bot_data.get(KEEP_UNANSWERED):
        return answer
    return replace(answer, body=f"{answer.body.strip()}\n\n{kb.message('privacy_unanswered')}")


def count_answer(context: ContextTypes.DEFAULT_TYPE, text: str, answer: Answer) -> None:
    """After an answer: count it by kind (for `stats`); keep an unanswered question,
    anonymised, when the operator turned that on. Never lets the store fail an answer."""
    counts: Counter[str] | None = context.bot_data.get(ANSWER_COUNTS)
    if counts is not None:
        counts[answer.kind] += 1
    if not context.bot_data.get(KEEP_UNANSWERED) or answer.kind not in ("fallback", "clarify"):
        return
    question = anonymise(text)
    if not question:
        return
    companion = companion_of(context)
    try:
        companion.store.keep_unanswered(question, companion.clock.now().date())
    except Exception:
        _LOGGER.exception("could not keep an unanswered question")


def _flush(bot_data: dict[Any, Any]) -> None:
    counts: Counter[str] | None = bot_data.get(ANSWER_COUNTS)
    companion: Companion | None = bot_data.get(COMPANION)
    if not counts or companion is None:
        return
    taken = dict(counts)
    counts.clear()
    try:
        companion.store.add_answer_counts(taken)
    except Exception:
        counts.update(taken)  # try again next time
        _LOGGER.exception("could not write the answer counts")


async def _flush_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    _flush(context.bot_data)


async def _drop_old_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """Unanswered questions are kept 90 days, then dropped."""
    companion = companion_of(context)
    try:
        companion.store.drop_unanswered_before(keep_until(companion.clock.now().date()))
    except Exception:
        _LOGGER.exception("could not drop old unanswered questions")
