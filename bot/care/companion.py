"""The companion's replies: what /remind, /timezone, /pain, /done, /progress, /mydata and
/forget say and keep, the same for Telegram and the terminal chat.

Each method takes the person's id and the words after the command, writes through the store,
and returns a `Reply` in plain text (transports escape and add buttons). Every sentence comes
from messages.yaml; the advice to see a doctor comes from the knowledge base's red flag for
pain that does not get better. Nothing is kept until the person uses one of these commands,
and the first time the reply says what is kept and how to erase it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.care.chart import ChartData, ChartLabels
from bot.care.clock import Clock
from bot.care.progress import (
    CHART_DAYS,
    Trend,
    TrendReading,
    pain_trend,
    persistent,
    rising,
    sessions_this_week,
    streak,
)
from bot.care.progression import repetitions
from bot.care.schedule import find_zone, local_day, parse_time, suggest_zone, zone
from bot.care.store import PainEntry, Store
from bot.engine.render import flag_advice
from bot.knowledge import Knowledge

OFF_WORDS = frozenset({"off", "stop", "none", "no", "cancel", "delete", "remove"})
_PAIN = re.compile(r"^(?P<score>\d{1,2})(?:\s*/\s*10)?$")


@dataclass(frozen=True)
class Reply:
    """What to show. `ask_pain`: add the 0-10 buttons (after_routine: a tap also notes the
    routine). `reminder_changed`: the transport reschedules this person's reminder."""

    text: str
    ask_pain: bool = False
    after_routine: bool = False
    starts_diary: bool = False  # asked for pain by someone who keeps nothing yet
    reminder_changed: bool = False
    confirm_forget: bool = False
    chart: ChartData | None = None
    chart_caption: str = ""
    document: bytes | None = None
    document_name: str = ""


def parse_pain(words: str) -> int | None:
    """"6", "6/10" -> 6; anything else (eleven, -3, 6.5, nothing) -> None."""
    first = words.strip().split(maxsplit=1)[0] if words.strip() else ""
    match = _PAIN.match(first) or _PAIN.match(words.strip())
    if match is None:
        return None
    score = int(match["score"])
    return score if 0 <= score <= 10 else None


class Companion:
    def __init__(self, kb: Knowledge, store: Store, clock: Clock) -> None:
        self.kb = kb
        self.store = store
        self.clock = clock

    def today(self, user_id: int) -> date:
        """The person's own calendar day."""
        return local_day(self.clock.now(), self.store.zone(user_id))

    # --------------------------------------------------------------- reminders

    def remind(self, user_id: int, words: str, *, terminal: bool = False) -> Reply:
        words = words.strip()
        current = self.store.reminder(user_id)
        if not words:
            if current is None:
                return Reply(self.kb.message("remind_none"))
            return Reply(self.kb.message("remind_show", time=current.at.strftime("%H:%M"),
                                         zone=current.zone))
        if words.lower() in OFF_WORDS:
            self.store.clear_reminder(user_id)
            return Reply(self.kb.message("remind_off"), reminder_changed=True)
        at = parse_time(words)
        if at is None:
            return Reply(self.kb.message("remind_bad"))
        new = self.store.user(user_id) is None
        self.store.set_reminder(user_id, at, self.clock.now(), self.today(user_id))
        zone_name = self.store.zone(user_id)
        parts = [self.kb.message("remind_set", time=at.strftime("%H:%M"), zone=zone_name)]
        if new:
            parts.append(self.kb.message("remind_zone_hint"))
        if terminal:
            parts.append(self.kb.message("remind_terminal"))
        return self._kept(Reply("\n\n".join(parts), reminder_changed=True), new)

    def reminder_text(self) -> str:
        return self.kb.message("reminder")

    # --------------------------------------------------------------- time zone

    def timezone(self, user_id: int, words: str) -> Reply:
        words = words.strip()
        if not words:
            zone_name = self.store.zone(user_id)
            return Reply(self.kb.message("timezone_show", zone=zone_name,
                                         local_time=self._local_time(zone_name)))
        name = words if find_zone(words) else words.split()[0]  # "new york"; "Asia/Tokyo pls"
        found = find_zone(name)
        if found is None:
            parts = [self.kb.message("timezone_bad", name=name[:60])]
            suggestion = suggest_zone(name)
            if suggestion:
                parts.append(self.kb.message("timezone_suggest", zone=suggestion))
            return Reply("\n\n".join(parts))
        new = self.store.user(user_id) is None
        self.store.set_zone(user_id, found, local_day(self.clock.now(), found))
        text = self.kb.message("timezone_set", zone=found, local_time=self._local_time(found))
        return self._kept(Reply(text, reminder_changed=True), new)

    def _local_time(self, zone_name: str) -> str:
        return self.clock.now().astimezone(zone(zone_name)).strftime("%H:%M")

    # --------------------------------------------------------------- diary

    def pain(self, user_id: int, words: str) -> Reply:
        score = parse_pain(words)
        if score is None:
            return Reply(self.kb.message("pain_bad"))
        return self.record_pain(user_id, score)

    def record_pain(self, user_id: int, score: int, *, routine_done: bool = False) -> Reply:
        new = self.store.user(user_id) is None
        today = self.today(user_id)
        old = self.store.record_pain(user_id, today, score)
        parts = []
        if routine_done:
            self.store.record_session(user_id, today)
        if old is None or old == score:
            parts.append(self.kb.message("pain_saved", score=str(score)))
        else:
            parts.append(self.kb.message("pain_replaced", score=str(score), old=str(old)))
        safety = self.safety(user_id, today)
        if safety:
            parts.append(safety)
        return self._kept(Reply("\n\n".join(parts)), new)

    def done(self, user_id: int) -> Reply:
        new = self.store.user(user_id) is None
        added = self.store.record_session(user_id, self.today(user_id))
        text = self.kb.message("done_saved" if added else "done_already")
        return self._kept(Reply(text, ask_pain=True, after_routine=True), new)

    def routine_finished(self, user_id: int) -> Reply:
        """The end of the guided walk-through: note it (for someone who keeps a diary), and
        ask about pain. Someone who keeps nothing yet is asked first: a tap starts the diary."""
        known = self.store.user(user_id) is not None
        if known:
            self.store.record_session(user_id, self.today(user_id))
        return Reply(self.kb.message("routine_done"), ask_pain=True, after_routine=True,
                     starts_diary=not known)

    # --------------------------------------------------------------- progress

    def progress(self, user_id: int) -> Reply:
        if self.store.user(user_id) is None:
            return Reply(self.kb.message("progress_empty"))
        today = self.today(user_id)
        pain = self.store.pain(user_id)
        days = self.store.sessions(user_id)
        if not pain and not days:
            return Reply(self.kb.message("progress_empty"))
        trend = self.trend_words(pain_trend(pain, today))
        parts = [
            self.kb.message("progress_title"),
            "\n".join([
                self.kb.message("progress_streak", days=str(streak(days, today))),
                self.kb.message("progress_week", days=str(sessions_this_week(days, today))),
                self.kb.message("progress_pain", trend=trend),
            ]),
        ]
        numbers = self.repetitions_text(user_id, today, days, pain)
        if numbers:
            parts.append(numbers)
        safety = self.safety(user_id, today, pain)
        if safety:
            parts.append(safety)
        first = today - timedelta(days=CHART_DAYS - 1)
        chart = ChartData(
            first_day=first,
            last_day=today,
            pain=tuple((e.day, e.score) for e in pain if e.day >= first),
            routine_days=tuple(d for d in days if d >= first),
            labels=ChartLabels(
                title=self.kb.message("chart_title"),
                pain_axis=self.kb.message("chart_axis_pain"),
                pain=self.kb.message("chart_legend_pain"),
                routine=self.kb.message("chart_legend_routine"),
            ),
        )
        caption = self.kb.message("chart_caption", trend=trend)
        return Reply("\n\n".join(parts), chart=chart, chart_caption=caption)

    def trend_words(self, reading: TrendReading) -> str:
        key = {Trend.DOWN: "trend_down", Trend.UP: "trend_up", Trend.STEADY: "trend_steady",
               Trend.UNKNOWN: "trend_unknown"}[reading.trend]
        return self.kb.message(key, first=str(reading.first), last=str(reading.last),
                               average=f"{reading.average:.0f}")

    def safety(self, user_id: int, today: date, pain: list[PainEntry] | None = None) -> str:
        """The knowledge base's advice for pain that does not get better, with the reason,
        when the diary shows pain rising over a week or still 5+ after six weeks."""
        entries = self.store.pain(user_id) if pain is None else pain
        reasons = []
        if rising(entries, today):
            reasons.append(self.kb.message("safety_rising"))
        if persistent(entries, today):
            reasons.append(self.kb.message("safety_persistent"))
        flag = self.kb.flag(self.kb.triage.duration_flag)
        if not reasons or flag is None:
            return ""
        return "\n\n".join([" ".join(reasons), flag.title, flag_advice(self.kb, flag).strip()])

    # --------------------------------------------------------------- gradual progression

    def repetitions_text(self, user_id: int, today: date | None = None,
                         days: list[date] | None = None,
                         pain: list[PainEntry] | None = None) -> str:
        """"Your count for today: 7 ..." for someone who keeps a diary; "" otherwise."""
        plan = self.kb.routine.repetitions
        if plan is None or self.store.user(user_id) is None:
            return ""
        today = today or self.today(user_id)
        days = self.store.sessions(user_id) if days is None else days
        pain = self.store.pain(user_id) if pain is None else pain
        reps = repetitions(plan.start, plan.most, plan.every,
                           [d for d in days if d < today], [e for e in pain if e.day <= today])
        return self.kb.message("repetitions_today", reps=str(reps), most=str(plan.most))

    # --------------------------------------------------------------- their data

    def mydata(self, user_id: int) -> Reply:
        data = self.store.export(user_id)
        if data is None:
            return Reply(self.kb.message("mydata_none"))
        document = json.dumps(data, indent=2, ensure_ascii=False).encode() + b"\n"
        return Reply(self.kb.message("mydata_caption"), document=document,
                     document_name="lumbar-bot-my-data.json")

    def forget_question(self, user_id: int) -> Reply:
        if self.store.user(user_id) is None:
            return Reply(self.kb.message("forget_nothing"))
        return Reply(self.kb.message("forget_confirm"), confirm_forget=True)

    def forget(self, user_id: int) -> Reply:
        erased = self.store.forget(user_id)
        key = "forget_done" if erased else "forget_nothing"
        return Reply(self.kb.message(key), reminder_changed=erased)

    # ---------------------------------------------------------------

    def _kept(self, reply: Reply, new: bool) -> Reply:
        """The first time anything is kept, say so in one line."""
        if not new:
            return reply
        return replace(reply, text=f"{reply.text}\n\n{self.kb.message('first_use')}")


CommandReply = Callable[[Companion, int, str], Reply]

COMMANDS: dict[str, CommandReply] = {
    "remind": Companion.remind,
    "timezone": Companion.timezone,
    "pain": Companion.pain,
    "done": lambda companion, user, _: companion.done(user),
    "progress": lambda companion, user, _: companion.progress(user),
    "mydata": lambda companion, user, _: companion.mydata(user),
    "forget": lambda companion, user, _: companion.forget_question(user),
}
"""The companion's commands, in menu order: (companion, person, words after it) -> reply."""
