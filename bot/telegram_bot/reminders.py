"""Daily reminders on Telegram, as JobQueue jobs made from the store.

Jobs live in memory only, so the store is the truth: at start-up every reminder is scheduled
again (`restore`), and one that fell due today while the bot was down is sent once, late.
Each job is a one-off for the next due moment, computed by bot.care.schedule in the
person's time zone; when it fires it claims the day in the store first (so no reminder is
ever sent twice, whatever races or restarts happen), sends, and schedules the next one.
Timers count from the companion's clock, so tests can start "at 07:59:57".
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden
from telegram.ext import ContextTypes, JobQueue

from bot.care.companion import Companion
from bot.care.schedule import local_day, missed, next_due
from bot.telegram_bot.format import message_html
from bot.telegram_bot.keyboards import ROUTINE
from bot.telegram_bot.send import companion_of

_LOGGER = logging.getLogger(__name__)

SNOOZE = timedelta(hours=1)
MISSED_PER_SECOND = 20.0
"""Reminders missed while the bot was down go out at this pace (Telegram allows ~30/s)."""
REMINDER_DATA = "rm:snooze"  # the snooze button's callback data
START_ROUTINE_DATA = f"{ROUTINE}:0"  # the guided routine's first step

Queue = JobQueue[ContextTypes.DEFAULT_TYPE]


@dataclass(frozen=True)
class _Due:
    """A job's data: whose reminder, and the moment it was due."""

    user_id: int
    at: datetime


_NAME_KEY = secrets.token_bytes(16)


def _name(user_id: int, kind: str = "daily") -> str:
    """A job's name, to find it again; keyed hash, so no log line can say whose it is."""
    digest = hashlib.blake2b(str(user_id).encode(), key=_NAME_KEY, digest_size=8).hexdigest()
    return f"reminder:{kind}:{digest}"


def schedule(queue: Queue, companion: Companion, user_id: int, *, missed_delay: float = 0.0,
             send_missed: bool = False) -> None:
    """(Re)make this person's jobs from the store: the next daily one, a snoozed one."""
    for kind in ("daily", "snooze"):
        for job in queue.get_jobs_by_name(_name(user_id, kind)):
            job.schedule_removal()
    reminder = companion.store.reminder(user_id)
    if reminder is None:
        return
    now = companion.clock.now()
    late = missed(reminder, now) if send_missed else None
    due = late if late is not None else next_due(reminder, now)
    delay = missed_delay if late is not None else max(0.0, (due - now).total_seconds())
    queue.run_once(_send_daily, timedelta(seconds=delay), data=_Due(user_id, due),
                   name=_name(user_id), user_id=user_id, chat_id=user_id)
    if reminder.snooze_until is not None:
        snooze_delay = max(0.0, (reminder.snooze_until - now).total_seconds())
        if snooze_delay > 0 or local_day(reminder.snooze_until, reminder.zone) == local_day(
                now, reminder.zone):  # a snooze missed while down: today only
            queue.run_once(_send_snoozed, timedelta(seconds=snooze_delay),
                           data=_Due(user_id, reminder.snooze_until), name=_name(user_id, "snooze"),
                           user_id=user_id, chat_id=user_id)


def restore(queue: Queue, companion: Companion) -> int:
    """At start-up: schedule every stored reminder; missed ones are sent soon, spread out."""
    reminders = companion.store.reminders()
    now = companion.clock.now()
    late = 0
    for reminder in reminders:
        if missed(reminder, now) is not None:
            late += 1
        schedule(queue, companion, reminder.user_id, send_missed=True,
                 missed_delay=late / MISSED_PER_SECOND)
    _LOGGER.info("restored %d reminders (%d missed while the bot was down)",
                 len(reminders), late)
    return len(reminders)


def snooze(queue: Queue, companion: Companion, user_id: int) -> bool:
    """Remind again in an hour; False if the person has no reminder any more."""
    if not companion.store.snooze(user_id, companion.clock.now() + SNOOZE):
        return False
    schedule(queue, companion, user_id)
    return True


def keyboard(companion: Companion) -> InlineKeyboardMarkup:
    kb = companion.kb
    start = InlineKeyboardButton(kb.message("button_start_routine"),
                                 callback_data=START_ROUTINE_DATA)
    later = InlineKeyboardButton(kb.message("button_snooze"), callback_data=REMINDER_DATA)
    return InlineKeyboardMarkup([[start], [later]])


async def _send_daily(context: ContextTypes.DEFAULT_TYPE) -> None:
    user_id, due = _due(context)
    companion = companion_of(context)
    reminder = companion.store.reminder(user_id)
    if reminder is not None and companion.store.claim_reminder(
            user_id, local_day(due, reminder.zone)):
        await _deliver(context, companion, user_id)
    if context.job_queue is not None:
        _next(cast(Queue, context.job_queue), companion, user_id, after=due)


async def _send_snoozed(context: ContextTypes.DEFAULT_TYPE) -> None:
    user_id, until = _due(context)
    companion = companion_of(context)
    if companion.store.claim_snooze(user_id, until):
        await _deliver(context, companion, user_id)


def _next(queue: Queue, companion: Companion, user_id: int, after: datetime) -> None:
    """Schedule the following day's reminder (after the one just due, never the same)."""
    reminder = companion.store.reminder(user_id)
    for job in queue.get_jobs_by_name(_name(user_id)):
        job.schedule_removal()
    if reminder is None:
        return
    now = companion.clock.now()
    due = next_due(reminder, max(now, after))
    queue.run_once(_send_daily, timedelta(seconds=max(0.0, (due - now).total_seconds())),
                   data=_Due(user_id, due), name=_name(user_id), user_id=user_id, chat_id=user_id)


async def _deliver(context: ContextTypes.DEFAULT_TYPE, companion: Companion,
                   user_id: int) -> None:
    try:
        await context.bot.send_message(user_id, message_html(companion.reminder_text()),
                                       reply_markup=keyboard(companion))
    except Forbidden:  # they blocked the bot: stop reminding, keep the diary for /mydata
        companion.store.clear_reminder(user_id)
        _LOGGER.info("a reminder could not be delivered (bot blocked); reminder removed")


def _due(context: ContextTypes.DEFAULT_TYPE) -> tuple[int, datetime]:
    data = context.job.data if context.job is not None else None
    assert isinstance(data, _Due), "reminder callbacks run as jobs made here"
    return data.user_id, data.at
