"""What the companion works out and says: trend, streak, safety net, gradual progression,
the replies to each command, and the unanswered-question log."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.care.clock import ManualClock
from bot.care.companion import Companion, parse_pain
from bot.care.progress import (
    Trend,
    pain_trend,
    persistent,
    rising,
    sessions_this_week,
    streak,
)
from bot.care.progression import repetitions
from bot.care.store import PainEntry, Store, open_store
from bot.care.unanswered import anonymise, group, report_text
from bot.knowledge import Knowledge

TODAY = date(2026, 3, 10)


def entries(*scores: int, end: date = TODAY, every: int = 1) -> list[PainEntry]:
    """Scores on consecutive days (or every n days) ending on `end`."""
    count = len(scores)
    return [PainEntry(end - timedelta(days=(count - 1 - i) * every), s)
            for i, s in enumerate(scores)]


# --------------------------------------------------------------------------- progress


def test_the_trend_over_the_last_week() -> None:
    assert pain_trend(entries(7, 6, 6, 5, 4), TODAY).trend is Trend.DOWN
    assert pain_trend(entries(3, 4, 4, 6, 6), TODAY).trend is Trend.UP
    assert pain_trend(entries(5, 4, 6, 5, 5), TODAY).trend is Trend.STEADY
    assert pain_trend(entries(7, 3), TODAY).trend is Trend.UNKNOWN  # two entries: no trend
    reading = pain_trend(entries(7, 6, 6, 5, 4), TODAY)
    assert (reading.first, reading.last) == (7, 4)


def test_only_the_last_seven_days_count_for_the_trend() -> None:
    old_high = entries(9, 9, 9, end=TODAY - timedelta(days=8))
    assert pain_trend([*old_high, *entries(4, 4, 4)], TODAY).trend is Trend.STEADY
    assert pain_trend(entries(2, 4, 6, end=TODAY - timedelta(days=10)), TODAY).trend is (
        Trend.UNKNOWN)


def test_safety_net_rising_and_persistent() -> None:
    assert rising(entries(3, 5, 7), TODAY)
    assert not rising(entries(7, 5, 3), TODAY)
    six_weeks = [PainEntry(TODAY - timedelta(days=42), 7), *entries(6, 5, 5)]
    assert persistent(six_weeks, TODAY)
    assert not persistent([PainEntry(TODAY - timedelta(days=41), 7), *entries(6, 5, 5)],
                          TODAY)  # not six weeks yet
    assert not persistent([PainEntry(TODAY - timedelta(days=60), 7), *entries(4, 4, 3)], TODAY)
    assert not persistent([PainEntry(TODAY - timedelta(days=60), 7)], TODAY)  # nothing lately


def test_streak_and_sessions_this_week() -> None:
    days = [TODAY - timedelta(days=n) for n in (0, 1, 2, 4, 5, 9)]
    assert streak(days, TODAY) == 3
    assert streak(days, TODAY + timedelta(days=1)) == 3  # today not done yet: still counts
    assert streak(days, TODAY + timedelta(days=2)) == 0
    assert streak([], TODAY) == 0
    assert sessions_this_week(days, TODAY) == 5
    assert sessions_this_week([*days, TODAY], TODAY) == 5  # a day counts once


# --------------------------------------------------------------------------- progression


def days_done(count: int, end: date = TODAY) -> list[date]:
    return [end - timedelta(days=n) for n in range(count)]


def test_repetitions_start_low_and_grow_slowly_to_the_most() -> None:
    assert repetitions(5, 10, 3, [], []) == 5
    assert repetitions(5, 10, 3, days_done(2), []) == 5
    assert repetitions(5, 10, 3, days_done(3), []) == 6
    assert repetitions(5, 10, 3, days_done(9), []) == 8
    assert repetitions(5, 10, 3, days_done(60), []) == 10  # never beyond the most
    assert repetitions(5, 10, 3, days_done(3) * 3, []) == 6  # one session a day counts


def test_rising_pain_means_no_increase() -> None:
    climbing = entries(2, 3, 4, 5, 6, 7, 8)
    assert repetitions(5, 10, 3, days_done(6), climbing) == 5
    falling = entries(8, 7, 6, 5, 4, 3, 2)
    assert repetitions(5, 10, 3, days_done(6), falling) == 7


# --------------------------------------------------------------------------- the replies


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))


@pytest.fixture
def companion(kb: Knowledge, store: Store, clock: ManualClock) -> Companion:
    return Companion(kb, store, clock)


@pytest.mark.parametrize(("words", "score"), [
    ("6", 6), ("0", 0), ("10", 10), ("6/10", 6), ("6 / 10", 6), ("7 it is bad today", 7),
    ("eleven", None), ("-3", None), ("", None), ("11", None), ("6.5", None), ("six", None),
    ("100", None), ("10/10/10", None),
])
def test_pain_values(words: str, score: int | None) -> None:
    assert parse_pain(words) == score


def test_the_first_thing_kept_says_what_is_kept_once(companion: Companion,
                                                    kb: Knowledge) -> None:
    first = companion.pain(1, "6")
    assert kb.message("first_use") in first.text
    assert kb.message("pain_saved", score="6") in first.text
    second = companion.pain(1, "4")
    assert kb.message("first_use") not in second.text
    assert kb.message("pain_replaced", score="4", old="6") in second.text


@pytest.mark.parametrize("words", ["eleven", "-3", "", "11", "lots"])
def test_bad_pain_values_show_the_right_form_and_keep_nothing(
        companion: Companion, kb: Knowledge, store: Store, words: str) -> None:
    reply = companion.pain(1, words)
    assert reply.text == kb.message("pain_bad")
    assert "/pain 6" in reply.text
    assert store.user(1) is None


def test_remind_show_set_change_off(companion: Companion, kb: Knowledge, store: Store) -> None:
    assert companion.remind(1, "").text == kb.message("remind_none")
    bad = companion.remind(1, "25:00")
    assert bad.text == kb.message("remind_bad") and store.user(1) is None
    assert not bad.reminder_changed
    made = companion.remind(1, "8:00")
    assert made.reminder_changed
    assert kb.message("remind_set", time="08:00", zone="UTC") in made.text
    assert kb.message("remind_zone_hint") in made.text and kb.message("first_use") in made.text
    assert companion.remind(1, "").text == kb.message("remind_show", time="08:00", zone="UTC")
    off = companion.remind(1, "off")
    assert off.text == kb.message("remind_off") and off.reminder_changed
    assert store.reminder(1) is None


def test_timezone_names_and_mistakes(companion: Companion, kb: Knowledge, store: Store) -> None:
    bad = companion.timezone(1, "Europe/Berln")
    assert kb.message("timezone_bad", name="Europe/Berln") in bad.text
    assert "/timezone Europe/Berlin" in bad.text  # the suggestion
    assert store.user(1) is None
    good = companion.timezone(1, "europe/berlin")
    assert good.text.startswith(kb.message("timezone_set", zone="Europe/Berlin",
                                           local_time="10:00"))
    assert store.zone(1) == "Europe/Berlin"
    assert companion.timezone(1, "").text == kb.message(
        "timezone_show", zone="Europe/Berlin", local_time="10:00")
    assert kb.message("timezone_set", zone="America/New_York", local_time="05:00") in (
        companion.timezone(1, "new york").text)
    assert store.zone(1) == "America/New_York"
    companion.timezone(1, "Asia/Tokyo please")
    assert store.zone(1) == "Asia/Tokyo"


def test_the_day_is_the_persons_own(companion: Companion, store: Store, clock: ManualClock) -> None:
    """09:00 UTC on the 10th is already the 11th in Auckland."""
    clock.moment = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    companion.timezone(1, "Pacific/Auckland")
    companion.pain(1, "5")
    assert store.pain(1) == [PainEntry(date(2026, 3, 11), 5)]


def test_done_once_a_day_and_asks_about_pain(companion: Companion, kb: Knowledge,
                                             store: Store) -> None:
    first = companion.done(1)
    assert first.text.startswith(kb.message("done_saved")) and first.ask_pain
    again = companion.done(1)
    assert again.text == kb.message("done_already")
    assert store.sessions(1) == [TODAY]
    pressed = companion.record_pain(1, 3, routine_done=True)
    assert kb.message("pain_saved", score="3") in pressed.text
    assert store.sessions(1) == [TODAY]


def test_the_end_of_the_routine_keeps_nothing_for_a_newcomer(
        companion: Companion, store: Store) -> None:
    reply = companion.routine_finished(1)
    assert reply.ask_pain and reply.after_routine and reply.starts_diary
    assert store.user(1) is None
    companion.record_pain(1, 4, routine_done=True)  # the tap starts the diary
    assert store.sessions(1) == [TODAY] and store.pain(1) == [PainEntry(TODAY, 4)]
    companion.record_pain(2, 4)
    assert not companion.routine_finished(2).starts_diary
    assert store.sessions(2) == [TODAY]  # someone who keeps a diary: noted at once


def test_progress_with_no_data_says_how_to_start(companion: Companion, kb: Knowledge) -> None:
    reply = companion.progress(1)
    assert reply.text == kb.message("progress_empty") and reply.chart is None
    companion.timezone(1, "UTC")  # kept, but no diary yet
    assert companion.progress(1).text == kb.message("progress_empty")


def test_progress_with_a_diary(companion: Companion, kb: Knowledge, store: Store) -> None:
    for n, score in enumerate([7, 7, 6, 5, 5, 4]):
        day = TODAY - timedelta(days=5 - n)
        store.record_pain(1, day, score)
        store.record_session(1, day)
    store.record_pain(1, TODAY - timedelta(days=60), 8)  # outside the chart
    reply = companion.progress(1)
    assert kb.message("progress_streak", days="6") in reply.text
    assert kb.message("progress_week", days="6") in reply.text
    trend = kb.message("trend_down", first="7", last="4")
    assert kb.message("progress_pain", trend=trend) in reply.text
    assert kb.message("repetitions_today", reps="6", most="10") in reply.text
    assert reply.chart is not None and trend in reply.chart_caption
    assert len(reply.chart.pain) == 6 and len(reply.chart.routine_days) == 6
    assert reply.chart.last_day - reply.chart.first_day == timedelta(days=41)


def advice_of(kb: Knowledge) -> str:
    flag = kb.flag(kb.triage.duration_flag)
    assert flag is not None
    return flag.advice.replace("{emergency_number}", kb.emergency_number).strip()


def test_rising_pain_brings_the_knowledge_bases_advice(
        companion: Companion, kb: Knowledge, store: Store) -> None:
    for n, score in enumerate([3, 4, 5]):
        store.record_pain(1, TODAY - timedelta(days=3 - n), score)
    reply = companion.pain(1, "7")
    assert kb.message("safety_rising") in reply.text
    assert advice_of(kb) in reply.text
    assert "doctor" in reply.text.lower() and "physio" in reply.text.lower()
    assert advice_of(kb) in companion.progress(1).text


def test_pain_still_high_after_six_weeks_brings_the_advice(
        companion: Companion, kb: Knowledge, store: Store) -> None:
    store.record_pain(1, TODAY - timedelta(days=50), 6)
    reply = companion.pain(1, "6")
    assert kb.message("safety_persistent") in reply.text and advice_of(kb) in reply.text


def test_falling_pain_brings_no_warning(companion: Companion, kb: Knowledge,
                                        store: Store) -> None:
    for n, score in enumerate([7, 6, 5]):
        store.record_pain(1, TODAY - timedelta(days=3 - n), score)
    assert advice_of(kb) not in companion.pain(1, "4").text


def test_mydata_and_forget(companion: Companion, kb: Knowledge, store: Store) -> None:
    assert companion.mydata(1).text == kb.message("mydata_none")
    assert companion.forget_question(1).text == kb.message("forget_nothing")
    companion.pain(1, "5")
    companion.remind(1, "07:30")
    reply = companion.mydata(1)
    assert reply.document is not None and reply.document_name.endswith(".json")
    data = json.loads(reply.document)
    assert data["pain"] == [{"day": "2026-03-10", "score": 5}]
    assert data["reminder"]["time"] == "07:30"
    question = companion.forget_question(1)
    assert question.confirm_forget and question.text == kb.message("forget_confirm")
    assert store.user(1) is not None  # asking is not erasing
    erased = companion.forget(1)
    assert erased.text == kb.message("forget_done") and erased.reminder_changed
    assert store.export(1) is None


# --------------------------------------------------------------------------- unanswered


def test_unanswered_questions_lose_what_names_people() -> None:
    text = ("@pat_b said call 07700 900123 or mail pat.b@example.org re 2nd MRI "
            "see https://x.example/a?b=1")
    cleaned = anonymise(text)
    for gone in ("@pat_b", "07700", "900123", "pat.b@example.org", "example", "2"):
        assert gone not in cleaned
    assert cleaned == "said call or mail re nd MRI see"
    assert len(anonymise("why " * 500)) <= 300


def test_near_duplicates_are_grouped_most_frequent_first(tmp_path: Path) -> None:
    asked = ["can i go swimming", "Can I go swimming?", "can i go swiming", "is yoga ok",
             "can i go swimming", "best pizza"]
    groups = group(asked)
    assert groups[0].count == 4 and "swim" in groups[0].text
    assert sorted(g.count for g in groups) == [1, 1, 4]
    store = open_store(tmp_path)
    try:
        for question in asked:
            store.keep_unanswered(question, TODAY)
        store.keep_unanswered("too old", TODAY - timedelta(days=95))
        report = report_text(store, TODAY)
    finally:
        store.close()
    assert "6 unanswered questions" in report and "too old" not in report
    assert report.splitlines()[1].split()[0] == "4"
