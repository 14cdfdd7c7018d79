"""The companion on Telegram, in-process: commands, buttons, reminder jobs on a clock the test
controls, the chart as a real PNG, the JSON file, /forget, and the counts for `stats`."""

from __future__ import annotations

import io
import json
import logging
import struct
from datetime import UTC, date, datetime, time, timedelta

import pytest
from fake_telegram import message_update
from telegram_support import Harness, assert_clean, buttons, no_network, text_of

from bot.care.chart import ChartData, ChartLabels, draw_png
from bot.care.clock import ManualClock
from bot.conversation.moves import command
from bot.knowledge import Knowledge
from bot.telegram_bot import companion as tg_companion

pytestmark = pytest.mark.usefixtures("no_network")
__all__ = ["no_network"]

START = datetime(2026, 3, 10, 7, 0, tzinfo=UTC)
MAR10 = date(2026, 3, 10)


@pytest.fixture
async def bot(kb: Knowledge):
    async with Harness(kb, clock=ManualClock(START)) as harness:
        yield harness


def reminder_jobs(bot: Harness, user_id: int) -> list:
    """The person's pending reminder jobs (daily, snoozed)."""
    return bot.app.bot_data[tg_companion.REMINDERS].jobs(user_id)


def runs_in(job) -> float:
    """Seconds from now until the job runs (on the real clock APScheduler uses)."""
    return (job.job.trigger.run_date - datetime.now(UTC)).total_seconds()


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header, after checking the signature."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


# --------------------------------------------------------------------------- reminders


async def test_remind_sets_a_job_for_the_persons_time(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/remind 08:00", user_id=5)
    assert kb.message("remind_set", time="08:00", zone="UTC") in reply["text"]
    assert kb.message("first_use") in reply["text"]
    [job] = reminder_jobs(bot, 5)
    assert 3590 < runs_in(job) <= 3600  # 08:00 is an hour after the clock's 07:00
    [shown] = await bot.say("/remind", user_id=5)
    assert shown["text"] == kb.message("remind_show", time="08:00", zone="UTC")
    await bot.say("/timezone Europe/Berlin", user_id=5)  # 08:00 Berlin = 07:00 UTC: now
    [job] = reminder_jobs(bot, 5)
    assert runs_in(job) > 23 * 3600  # tomorrow
    [off] = await bot.say("/remind off", user_id=5)
    assert off["text"] == kb.message("remind_off")
    assert reminder_jobs(bot, 5) == []
    assert_clean(bot)


async def test_bad_times_show_the_right_form(bot: Harness, kb: Knowledge) -> None:
    for typed in ("/remind 25:00", "/remind 8", "/remind soon"):
        [reply] = await bot.say(typed, user_id=5)
        assert reply["text"] == kb.message("remind_bad")
    assert bot.store.user(5) is None
    assert reminder_jobs(bot, 5) == []


async def test_a_due_reminder_is_sent_with_its_buttons_once(bot: Harness, kb: Knowledge) -> None:
    await bot.say("/remind 08:00", user_id=5)  # at 07:00
    [job] = reminder_jobs(bot, 5)
    assert job.data.at == datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
    bot.clock.advance(hours=1)
    bot.fake.sent.clear()
    await job.run(bot.app)  # the job's time has come
    [sent] = bot.fake.sent_to(5)
    assert sent["text"] == kb.message("reminder")
    assert [data for _, data in buttons(sent)] == ["rt:0", "rm:snooze"]
    assert bot.store.reminder(5).last_sent_on == MAR10
    await job.run(bot.app)  # fired twice (a race, a retry): sent once
    assert len(bot.fake.sent_to(5)) == 1
    [following] = reminder_jobs(bot, 5)
    assert following is not job
    assert following.data.at == datetime(2026, 3, 11, 8, 0, tzinfo=UTC)
    assert_clean(bot)


async def test_snooze_reminds_again_in_an_hour_once(bot: Harness, kb: Knowledge) -> None:
    await bot.say("/remind 07:00", user_id=5)
    assert await bot.press("rm:snooze", user_id=5) == []  # only the query is answered
    assert list(bot.fake.answered.values())[-1]["text"] == kb.message("snoozed")
    snoozes = [j for j in reminder_jobs(bot, 5) if j.name == "reminder:snooze"]
    [snooze] = snoozes
    assert snooze.data.at == START + timedelta(hours=1)
    bot.fake.sent.clear()
    await snooze.run(bot.app)
    await snooze.run(bot.app)
    assert [m["text"] for m in bot.fake.sent_to(5)] == [kb.message("reminder")]
    assert_clean(bot)


async def test_snooze_without_a_reminder(bot: Harness, kb: Knowledge) -> None:
    await bot.press("rm:snooze", user_id=6)
    assert list(bot.fake.answered.values())[-1]["text"] == kb.message("remind_none")
    assert_clean(bot)


async def test_reminders_come_back_at_start_up(kb: Knowledge) -> None:
    """Jobs are not persisted: a new Application makes them again from the store. One due
    at 08:00 while the bot was down is sent once, soon; one due later waits."""
    clock = ManualClock(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    async with Harness(kb, clock=clock) as first:
        first.store.set_reminder(1, time(8), START, MAR10)  # due 08:00: missed
        first.store.set_reminder(2, time(20), START, MAR10)  # due tonight
        first.store.set_reminder(3, time(8), START, MAR10)
        first.store.claim_reminder(3, MAR10)  # sent before the crash
        first.store.snooze(3, datetime(2026, 3, 10, 9, 30, tzinfo=UTC))  # and snoozed
        data_dir = first.settings.data_dir
        first.store.close()
        async with Harness(kb, clock=clock, data_dir=data_dir) as second:
            [late] = reminder_jobs(second, 1)
            assert late.data.at == datetime(2026, 3, 10, 8, tzinfo=UTC)
            assert runs_in(late) < 1
            [evening] = reminder_jobs(second, 2)
            assert evening.data.at == datetime(2026, 3, 10, 20, tzinfo=UTC)
            tomorrow, snoozed = reminder_jobs(second, 3)
            assert tomorrow.data.at == datetime(2026, 3, 11, 8, tzinfo=UTC)
            assert snoozed.data.at == datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
            assert 1790 < runs_in(snoozed) <= 1800
            await late.run(second.app)
            assert [m["text"] for m in second.fake.sent_to(1)] == [kb.message("reminder")]
            assert second.fake.sent_to(3) == []


async def test_a_blocked_bot_stops_reminding(bot: Harness) -> None:
    await bot.say("/remind 07:00", user_id=5)
    bot.clock.advance(days=1)
    [job] = reminder_jobs(bot, 5)
    original = bot.fake.api_sendMessage

    def blocked(params: dict) -> dict:
        from fake_telegram import ApiError
        raise ApiError(403, "Forbidden: bot was blocked by the user")

    bot.fake.api_sendMessage = blocked  # type: ignore[method-assign]
    await job.run(bot.app)
    bot.fake.api_sendMessage = original  # type: ignore[method-assign]
    assert bot.store.reminder(5) is None
    assert bot.store.user(5) is not None  # the diary stays for /mydata


# --------------------------------------------------------------------------- the diary


async def test_pain_values_and_the_first_time_note(bot: Harness, kb: Knowledge) -> None:
    for bad in ("/pain eleven", "/pain -3", "/pain", "/pain 6.5"):
        [reply] = await bot.say(bad, user_id=5)
        assert reply["text"] == kb.message("pain_bad")
    assert bot.store.user(5) is None
    [saved] = await bot.say("/pain 6", user_id=5)
    assert kb.message("pain_saved", score="6") in saved["text"]
    assert kb.message("first_use") in saved["text"]
    [again] = await bot.say("/pain 4", user_id=5)
    assert kb.message("pain_replaced", score="4", old="6") in again["text"]
    assert kb.message("first_use") not in again["text"]
    assert [e.score for e in bot.store.pain(5)] == [4]
    assert_clean(bot)


async def test_an_emergency_after_a_command_is_answered_first(bot: Harness,
                                                              kb: Knowledge) -> None:
    replies = await bot.say("/pain 8 since this morning I can't control my bladder", user_id=5)
    assert len(replies) == 2
    assert kb.emergency_number in replies[0]["text"]
    assert kb.message("pain_saved", score="8") in replies[1]["text"]
    [tz_warning, tz] = await bot.say("/timezone numb between my legs and I wet myself",
                                     user_id=6)
    assert kb.emergency_number in tz_warning["text"]
    assert kb.message("timezone_bad", name="numb") in tz["text"]


async def test_personal_commands_stay_out_of_groups(bot: Harness, kb: Knowledge) -> None:
    for typed in ("/pain 5", "/remind 08:00", "/progress", "/mydata", "/forget", "/done"):
        [reply] = await bot.say(typed, user_id=5, chat_id=-100, chat_type="supergroup")
        assert reply["text"] == kb.message("private_only")
    assert bot.store.user(5) is None


async def test_done_then_pain_buttons(bot: Harness, kb: Knowledge) -> None:
    [done] = await bot.say("/done", user_id=5)
    assert kb.message("done_saved") in done["text"]
    assert kb.message("pain_question") in done["text"]
    assert [d for _, d in buttons(done)] == [f"pn:{n}:d" for n in range(11)]
    [saved] = await bot.press("pn:3:d", done, user_id=5)
    assert saved["method"] == "editMessageText"
    assert kb.message("pain_saved", score="3") in saved["text"]
    assert bot.store.sessions(5) == [MAR10]
    for nonsense in ("pn:11", "pn:x", "pn:3:zz", "pn:"):
        await bot.press(nonsense, user_id=5)
    assert [e.score for e in bot.store.pain(5)] == [3]
    assert_clean(bot)


async def test_finishing_the_walk_through_records_it_and_asks(bot: Harness,
                                                               kb: Knowledge) -> None:
    await bot.say("/pain 5", user_id=5)  # keeps a diary already
    [shown] = await bot.say("/routine", user_id=5)
    [done] = await bot.press("rt:done", shown, user_id=5)
    assert kb.message("routine_done") in done["text"]
    assert kb.message("pain_question") in done["text"]
    assert kb.message("pain_question_new") not in done["text"]
    assert bot.store.sessions(5) == [MAR10]
    # In a group the walk-through is personal: its buttons open a private chat (issue 9),
    # so a Done pressed there sends nothing to the group and keeps nothing.
    [in_group] = await bot.say("/routine", user_id=7, chat_id=-100, chat_type="supergroup")
    assert await bot.press("rt:done", in_group, user_id=7) == []
    assert bot.store.user(7) is None
    assert_clean(bot)


async def test_routine_shows_todays_repetitions_for_a_diary_keeper(bot: Harness,
                                                                   kb: Knowledge) -> None:
    [plain] = await bot.say("/routine", user_id=5)
    assert "Your count for today" not in plain["text"]
    for n in range(6):
        bot.store.record_session(5, MAR10 - timedelta(days=n + 1))
    count = kb.message("repetitions_today", reps="7", most="10")
    [personal] = await bot.say("/routine", user_id=5)
    assert count in personal["text"] and kb.routine.title in personal["text"]
    [typed] = await bot.say("my daily routine", user_id=5)  # however it is asked for
    assert count in typed["text"]
    [pressed] = await bot.press(command("routine"), personal, user_id=5)
    assert count in pressed["text"]
    [other] = await bot.say("my daily routine", user_id=6)  # keeps no diary: the plain one
    assert "Your count for today" not in other["text"]
    assert_clean(bot)


# --------------------------------------------------------------------------- progress


async def test_progress_sends_numbers_and_a_real_png(bot: Harness, kb: Knowledge) -> None:
    [empty] = await bot.say("/progress", user_id=5)
    assert empty["text"] == kb.message("progress_empty").strip()
    for n in range(90):
        day = MAR10 - timedelta(days=n)
        bot.store.record_pain(5, day, 3 + n % 5)
        if n % 3:
            bot.store.record_session(5, day)
    text, photo = await bot.say("/progress", user_id=5)
    assert text["text"].startswith(kb.message("progress_title"))
    assert photo["method"] == "sendPhoto"
    assert png_size(photo["file"]) == (800, 450)
    assert len(photo["file"]) > 10_000
    assert photo["text"].startswith("Chart:")  # the caption says the trend in words too
    assert kb.message("progress_pain", trend="").split(":")[0] in text["text"]
    assert_clean(bot)


async def test_a_failing_chart_leaves_the_numbers(bot: Harness, kb: Knowledge,
                                                  monkeypatch, caplog) -> None:
    bot.store.record_pain(5, MAR10, 4)

    async def broken(data: object) -> bytes:
        raise RuntimeError("no fonts")

    monkeypatch.setattr(bot.app.bot_data[tg_companion.CHARTS], "draw", broken)
    with caplog.at_level(logging.ERROR):
        text, failed = await bot.say("/progress", user_id=5)
    assert text["text"].startswith(kb.message("progress_title"))
    assert failed["text"] == kb.message("chart_failed")


def test_the_chart_draws_without_any_data_too() -> None:
    labels = ChartLabels("t", "p", "pain", "routine")
    empty = ChartData(MAR10 - timedelta(days=41), MAR10, (), (), labels)
    assert png_size(draw_png(empty)) == (800, 450)


# --------------------------------------------------------------------------- their data


async def test_mydata_sends_a_json_file(bot: Harness, kb: Knowledge) -> None:
    [none] = await bot.say("/mydata", user_id=5)
    assert none["text"] == kb.message("mydata_none")
    await bot.say("/pain 6", user_id=5)
    await bot.say("/remind 19:30", user_id=5)
    [document] = await bot.say("/mydata", user_id=5)
    assert document["method"] == "sendDocument"
    assert document["text"] == kb.message("mydata_caption")
    assert document["filename"].endswith(".json")
    data = json.load(io.BytesIO(document["file"]))
    assert data["user_id"] == 5
    assert data["pain"] == [{"day": "2026-03-10", "score": 6}]
    assert data["reminder"]["time"] == "19:30"
    assert_clean(bot)


async def test_forget_asks_then_erases_one_person_only(bot: Harness, kb: Knowledge) -> None:
    for user in (5, 6):
        await bot.say("/pain 6", user_id=user)
        await bot.say("/remind 08:00", user_id=user)
    [question] = await bot.say("/forget", user_id=5)
    assert question["text"] == kb.message("forget_confirm")
    assert [d for _, d in buttons(question)] == ["fg:yes", "fg:no"]
    [kept] = await bot.press("fg:no", question, user_id=5)
    assert kept["text"] == kb.message("forget_kept")
    assert bot.store.user(5) is not None
    [question] = await bot.say("/forget", user_id=5)
    [erased] = await bot.press("fg:yes", question, user_id=5)
    assert erased["text"] == kb.message("forget_done")
    assert bot.store.export(5) is None
    assert reminder_jobs(bot, 5) == []
    assert bot.store.export(6) is not None and len(reminder_jobs(bot, 6)) == 1
    [nothing] = await bot.say("/forget", user_id=5)
    assert nothing["text"] == kb.message("forget_nothing")
    assert_clean(bot)


# --------------------------------------------------------------------------- for operators


async def test_answers_are_counted_by_kind_and_written_at_shutdown(kb: Knowledge) -> None:
    async with Harness(kb) as bot:
        await bot.say("how many reps should i do")
        await bot.say("best pizza near me")
        await bot.say("hello")
        store = bot.store
        assert store.counts(MAR10).answers == {}  # flushed every minute, not per message
        await tg_companion.stop(bot.app)
        assert store.counts(MAR10).answers == {"faq": 1, "fallback": 1, "chitchat": 1}
        assert store.unanswered(date(2000, 1, 1)) == []  # off unless the operator says


async def test_unanswered_questions_kept_anonymised_when_turned_on(kb: Knowledge) -> None:
    async with Harness(kb, keep_unanswered=True) as bot:
        await bot.say("best pizza near me? call 0770090 or mail pat@example.org @pat", user_id=8)
        await bot.say("how many reps should i do")
        [privacy] = await bot.say("/privacy")
        kept = bot.store.unanswered(date(2000, 1, 1))
        assert kept == ["best pizza near me? call or mail"]
        assert kb.message("privacy_unanswered") in privacy["text"]
    async with Harness(kb) as bot:
        [privacy] = await bot.say("/privacy")
        assert kb.message("privacy_unanswered") not in privacy["text"]


async def test_a_failing_store_never_costs_an_answer(bot: Harness, kb: Knowledge,
                                                     caplog) -> None:
    bot.app.bot_data[tg_companion.KEEP_UNANSWERED] = True
    bot.store.close()  # the disk went away
    with caplog.at_level(logging.ERROR):
        [reply] = await bot.say("best pizza near me")
    assert reply["text"] == kb.message("fallback").strip()
    [error] = await bot.say("/pain 5", user_id=5)
    assert error["text"] == kb.message("error_reply")


def test_every_update_used_here_is_well_formed() -> None:
    assert message_update("/pain 5")["message"]["entities"][0]["length"] == 5
    assert text_of([{"text": "a"}, {"text": "b"}]) == "a\n\nb"
