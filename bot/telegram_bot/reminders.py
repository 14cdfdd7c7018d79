"""Daily reminders on Telegram, as JobQueue jobs made from the store.

Jobs live in memory only, so the store is the truth: at start-up every reminder is scheduled
again (`restore`), and one that fell due today while the bot was down is sent once, late.
Each job is a one-off for the next due moment, computed by bot.care.schedule in the
person's time zone; when it fires it claims the day in the store first (so no reminder is
ever sent twice, whatever races or restarts happen), sends, and schedules the next one.
Timers count from the companion's clock, so tests can start "at 07:59:57". Jobs are found
again through this module's own index, not by name: no job name says whose it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import Forbidden
from telegram.ext import ContextTypes, Job, JobQueue

from bot.care.companion import Companion
from bot.care.schedule import Reminder, local_day, missed, next_due
from bot.conversation.moves import walk
from bot.telegram_bot.format import message_html

_LOGGER = logging.getLogger(__name__)

SNOOZE = timedelta(hours=1)
MISSED_PER_SECOND = 20.0
"""Reminders missed while the bot was down go out at this pace (Telegram allows ~30/s)."""
SNOOZE_DATA = "rm:snooze"  # the snooze button's callback data
START_ROUTINE_DATA = walk(0)  # the guided routine's first step
DAILY, SNOOZED = "reminder:daily", "reminder:snooze"

Queue = JobQueue[ContextTypes.DEFAULT_TYPE]
AnyJob = Job[ContextTypes.DEFAULT_TYPE]
_Callback = Callable[[ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class Due:
    """A job's data: whose reminder, and the moment it was due."""

    user_id: int
    at: datetime


class ReminderJobs:
    """The reminder jobs of one running bot, kept in step with the store."""

    def __init__(self, queue: Queue, companion: Companion) -> None:
        self.queue = queue
        self.companion = companion
        self._jobs: dict[tuple[int, str], AnyJob] = {}

    def restore(self) -> int:
        """At start-up: a job for every stored reminder; missed ones soon, spread out."""
        every = self.companion.store.reminders()
        now = self.companion.clock.now()
        late = 0
        for reminder in every:
            if missed(reminder, now) is not None:
                late += 1
            self._plan(reminder, now, send_missed=True, missed_delay=late / MISSED_PER_SECOND)
        _LOGGER.info("restored %d reminders (%d missed while the bot was down)",
                     len(every), late)
        return len(every)

    def schedule(self, user_id: int) -> None:
        """After a change (/remind, /timezone, /forget): this person's jobs anew."""
        for kind in (DAILY, SNOOZED):
            self._drop(user_id, kind)
        reminder = self.companion.store.reminder(user_id)
        if reminder is not None:
            self._plan(reminder, self.companion.clock.now())

    def snooze(self, user_id: int) -> bool:
        """Remind again in an hour; False if the person has no reminder any more."""
        if not self.companion.store.snooze(user_id, self.companion.clock.now() + SNOOZE):
            return False
        self.schedule(user_id)
        return True

    def jobs(self, user_id: int) -> list[AnyJob]:
        """This person's pending jobs (daily, then snoozed)."""
        found = (self._jobs.get((user_id, kind)) for kind in (DAILY, SNOOZED))
        return [job for job in found if job is not None and not job.removed]

    # --------------------------------------------------------------- inside

    def _plan(self, reminder: Reminder, now: datetime, *, send_missed: bool = False,
              missed_delay: float = 0.0) -> None:
        late = missed(reminder, now) if send_missed else None
        if late is not None:
            self._add(DAILY, self._send_daily, reminder.user_id, late, missed_delay)
        else:
            due = next_due(reminder, now)
            self._add(DAILY, self._send_daily, reminder.user_id, due,
                      (due - now).total_seconds())
        until = reminder.snooze_until
        if until is not None and (until > now or local_day(until, reminder.zone) == local_day(
                now, reminder.zone)):  # a snooze that fell due while down: today only
            self._add(SNOOZED, self._send_snoozed, reminder.user_id, until,
                      (until - now).total_seconds())

    def _add(self, kind: str, callback: _Callback, user_id: int, due: datetime,
             delay: float) -> None:
        self._drop(user_id, kind)
        self._jobs[(user_id, kind)] = self.queue.run_once(
            callback, timedelta(seconds=max(0.0, delay)), data=Due(user_id, due), name=kind,
            user_id=user_id, chat_id=user_id)

    def _drop(self, user_id: int, kind: str) -> None:
        job = self._jobs.pop((user_id, kind), None)
        if job is not None and not job.removed:
            job.schedule_removal()

    def _forget_fired(self, context: ContextTypes.DEFAULT_TYPE, user_id: int, kind: str) -> None:
        """A job that fired is done; the index keeps only what is still to come."""
        if self._jobs.get((user_id, kind)) is context.job:
            del self._jobs[(user_id, kind)]

    async def _send_daily(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        due = _due(context)
        store = self.companion.store
        self._forget_fired(context, due.user_id, DAILY)
        reminder = store.reminder(due.user_id)
        if reminder is None:
            return
        if store.claim_reminder(due.user_id, local_day(due.at, reminder.zone)):
            await self._deliver(context, due.user_id)
        reminder = store.reminder(due.user_id)  # claimed now; gone if the bot was blocked
        if reminder is not None and (due.user_id, DAILY) not in self._jobs:
            now = self.companion.clock.now()
            following = next_due(reminder, max(now, due.at))  # never the same day again
            self._add(DAILY, self._send_daily, due.user_id, following,
                      (following - now).total_seconds())

    async def _send_snoozed(self, context: ContextTypes.DEFAULT_TYPE) -> None:
        due = _due(context)
        self._forget_fired(context, due.user_id, SNOOZED)
        if self.companion.store.claim_snooze(due.user_id, due.at):
            await self._deliver(context, due.user_id)

    async def _deliver(self, context: ContextTypes.DEFAULT_TYPE, user_id: int) -> None:
        try:
            await context.bot.send_message(user_id, message_html(self.companion.reminder_text()),
                                           reply_markup=keyboard(self.companion))
        except Forbidden:  # they blocked the bot: stop reminding, keep the diary for /mydata
            self.companion.store.clear_reminder(user_id)
            _LOGGER.info("a reminder could not be delivered (bot blocked); reminder removed")


def keyboard(companion: Companion) -> InlineKeyboardMarkup:
    kb = companion.kb
    start = InlineKeyboardButton(kb.message("button_start_routine"),
                                 callback_data=START_ROUTINE_DATA)
    later = InlineKeyboardButton(kb.message("button_snooze"), callback_data=SNOOZE_DATA)
    return InlineKeyboardMarkup([[start], [later]])


def _due(context: ContextTypes.DEFAULT_TYPE) -> Due:
    data = context.job.data if context.job is not None else None
    assert isinstance(data, Due), "reminder callbacks run as jobs made here"
    return data
