"""The bot's behaviour, driven in-process through the real Application and a fake Bot API."""

from __future__ import annotations

import logging

import pytest
from fake_telegram import (
    BOT_ID,
    document_update,
    message_update,
    photo_update,
    sticker_update,
    voice_update,
)
from telegram_support import FAST, Harness, buttons, hostile_kb, no_network, real_kb, text_of

from bot.engine import commands as shared_commands
from bot.engine.answers import Answer, Suggestion
from bot.knowledge import Knowledge
from bot.telegram_bot import companion
from bot.telegram_bot.handlers import COMMANDS, error_handler
from bot.telegram_bot.keyboards import symptom_questions

pytestmark = pytest.mark.usefixtures("no_network")
__all__ = ["no_network"]


@pytest.fixture(scope="module")
def kb() -> Knowledge:
    return real_kb()


@pytest.fixture
async def bot(kb: Knowledge):
    async with Harness(kb) as harness:
        yield harness


def assert_clean(bot: Harness) -> None:
    """Telegram accepted everything and every button press was answered."""
    assert bot.fake.errors == []
    assert bot.fake.unanswered_queries() == set()


# --------------------------------------------------------------------------- commands


async def test_start_welcomes_and_offers_the_three_buttons(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/start")
    assert reply["text"] == kb.message("welcome").strip()
    assert kb.emergency_number in reply["text"]
    assert [data for _, data in buttons(reply)] == ["c:routine", "c:exercises", "c:redflags"]
    assert_clean(bot)


async def test_command_menu_matches_the_handlers(bot: Harness, kb: Knowledge) -> None:
    assert [c["command"] for c in bot.fake.commands] == [*COMMANDS, *companion.COMMANDS]
    assert list(COMMANDS) == list(shared_commands.COMMANDS)  # the terminal chat has the same
    for command in bot.fake.commands:
        assert command["description"] == kb.message(f"command_{command['command']}")


async def test_help_lists_commands_and_examples(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/help")
    assert reply["text"] == kb.message("help").strip()
    assert "/routine" in reply["text"]


async def test_unknown_command_gets_the_help_not_silence(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/stretches")
    assert reply["text"] == kb.message("help").strip()


async def test_privacy_says_nothing_is_kept(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/privacy")
    assert reply["text"] == kb.message("privacy").strip()


async def test_routine_offers_a_walk_through(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/routine")
    assert kb.routine.title in reply["text"]
    assert reply["html"].startswith("<b>")
    assert buttons(reply) == [(kb.message("button_walk_through"), "rt:0")]
    assert_clean(bot)


async def test_routine_walk_through_one_exercise_at_a_time(bot: Harness, kb: Knowledge) -> None:
    [shown] = await bot.say("/routine")
    steps = kb.routine.steps
    data = "rt:0"
    for number, step in enumerate(steps, start=1):
        [shown] = await bot.press(data, shown)
        assert shown["method"] == "editMessageText"
        exercise = kb.entries[step.exercise]
        assert kb.message("routine_step", step=str(number), total=str(len(steps))) in shown["text"]
        assert exercise.title in shown["text"]
        assert exercise.steps[0] in shown["text"]
        assert exercise.hold in shown["text"] and exercise.reps in shown["text"]
        labels = dict(buttons(shown))
        assert labels[kb.message("button_stop")] == "rt:stop"
        data = labels.get(kb.message("button_next")) or labels[kb.message("button_done")]
    assert data == "rt:done"
    [done] = await bot.press(data, shown)
    assert done["text"].startswith(kb.message("routine_done"))
    assert kb.message("pain_question") in done["text"]
    assert [data for _, data in buttons(done)] == [f"pn:{n}:d" for n in range(11)]
    assert bot.store.user(100) is None, "nothing is kept before the person taps a number"
    assert_clean(bot)


async def test_routine_stop(bot: Harness, kb: Knowledge) -> None:
    [shown] = await bot.say("/routine")
    [step] = await bot.press("rt:0", shown)
    [stopped] = await bot.press("rt:stop", step)
    assert stopped["text"] == kb.message("routine_stopped")
    assert_clean(bot)


async def test_redflags_grouped_with_a_symptom_check_button(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/redflags")
    for level in ("emergency", "urgent", "soon"):
        heading = kb.redflags.headings[level].replace("{emergency_number}", kb.emergency_number)
        assert heading in reply["text"]
    assert buttons(reply) == [(kb.message("button_check_symptoms"), "sc:0")]
    assert_clean(bot)


async def test_symptom_check_all_no_reassures_and_offers_the_routine(
    bot: Harness, kb: Knowledge
) -> None:
    questions = symptom_questions(kb)
    assert questions, "the knowledge base has emergency questions"
    [shown] = await bot.say("/redflags")
    [shown] = await bot.press("sc:0", shown)
    for number, (question, _) in enumerate(questions):
        assert question in shown["text"]
        assert buttons(shown) == [(kb.message("button_yes"), f"sc:{number}:y"),
                                  (kb.message("button_no"), f"sc:{number}:n")]
        [shown] = await bot.press(f"sc:{number}:n", shown)
    assert shown["text"] == kb.message("symptom_check_clear")
    assert buttons(shown) == [(kb.message("button_routine"), "c:routine")]
    [routine] = await bot.press("c:routine", shown)
    assert kb.routine.title in routine["text"]
    assert_clean(bot)


async def test_symptom_check_yes_ends_with_that_flags_emergency_advice(
    bot: Harness, kb: Knowledge
) -> None:
    questions = symptom_questions(kb)
    last = len(questions) - 1
    flag = questions[last][1]
    [shown] = await bot.say("/redflags")
    [shown] = await bot.press(f"sc:{last}", shown)
    [advice] = await bot.press(f"sc:{last}:y", shown)
    assert flag.title in advice["text"]
    assert kb.message("symptom_check_emergency") in advice["text"]
    assert kb.emergency_number in advice["text"] or "{emergency_number}" not in flag.advice
    assert buttons(advice) == []
    assert_clean(bot)


async def test_exercises_keyboard_opens_each_card(bot: Harness, kb: Knowledge) -> None:
    [menu] = await bot.say("/exercises")
    assert [data for _, data in buttons(menu)] == [f"e:{e.id}" for e in kb.exercises]
    for exercise in kb.exercises:
        [card] = await bot.press(f"e:{exercise.id}", menu)
        assert card["text"].startswith(exercise.title)
        assert exercise.hold in card["text"]
    assert_clean(bot)


async def test_menu_buttons_under_start(bot: Harness, kb: Knowledge) -> None:
    [start] = await bot.say("/start")
    for _, data in buttons(start):
        replies = await bot.press(data, start)
        assert replies and replies[0]["method"] == "sendMessage"
    assert_clean(bot)


# --------------------------------------------------------------------------- free text


async def test_a_question_gets_an_answer(bot: Harness, kb: Knowledge) -> None:
    replies = await bot.say("how do I do the piriformis stretch?")
    assert replies
    assert "piriformis" in text_of(replies).lower()
    assert_clean(bot)


async def test_an_emergency_gets_the_urgent_warning(bot: Harness, kb: Knowledge) -> None:
    replies = await bot.say("I can't control my bladder since this morning and my legs are numb")
    assert kb.emergency_number in text_of(replies)
    assert_clean(bot)


async def test_faq_see_also_buttons_open_entries(bot: Harness, kb: Knowledge) -> None:
    faq = next(f for f in kb.faqs if f.related)
    [reply] = await bot.press(f"e:{faq.id}")
    assert kb.message("see_also") in reply["text"]
    assert [data for _, data in buttons(reply)] == [f"e:{i}" for i in faq.related]
    [opened] = await bot.press(f"e:{faq.related[0]}", reply)
    assert opened["text"].startswith(kb.entries[faq.related[0]].title)
    assert_clean(bot)


async def test_clarify_offers_did_you_mean_buttons(
    bot: Harness, kb: Knowledge, monkeypatch
) -> None:
    from bot.engine import pipeline as engine

    options = tuple(Suggestion(e.id, e.title) for e in (kb.faqs[0], kb.exercises[0]))
    clarify = Answer("clarify", None, 0.3, "", kb.message("clarify"), options)
    monkeypatch.setattr(engine, "answer", lambda kb, text: clarify)
    [reply] = await bot.say("stretch?")
    assert reply["text"] == kb.message("clarify")
    assert buttons(reply) == [(s.title, f"e:{s.id}") for s in options]
    for title, data in buttons(reply):
        [opened] = await bot.press(data, reply)
        assert opened["text"].startswith(title)
    assert_clean(bot)


async def test_off_topic_gets_the_fallback_and_the_menu(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("what is the capital of france")
    assert reply["text"] == kb.message("fallback").strip()
    assert [data for _, data in buttons(reply)] == ["c:routine", "c:exercises", "c:redflags"]


async def test_empty_and_punctuation_only_messages(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("?!  ...")
    assert reply["text"] == kb.message("empty")
    assert_clean(bot)


async def test_a_huge_message_is_answered_within_limits(bot: Harness, kb: Knowledge) -> None:
    replies = await bot.say("my leg hurts when I sit " * 400)  # ~9,600 characters
    assert replies
    assert all(len(m["text"]) <= 4096 for m in replies)
    assert_clean(bot)


@pytest.mark.parametrize("make", [sticker_update, photo_update, voice_update, document_update])
async def test_non_text_messages_ask_for_text(bot: Harness, kb: Knowledge, make) -> None:
    replies = await bot.process(make())
    assert text_of(replies) == kb.message("non_text")
    assert_clean(bot)


# --------------------------------------------------------------------------- buttons


@pytest.mark.parametrize(
    "data",
    ["", "x", "e:no-such-entry", "h:0000", "c:nope", "rt:99", "rt:x", "rt:1:2:3", "sc:99:y",
     "sc:0:maybe", "sc:", "e:" + "z" * 60, "rt:-1"],
)
async def test_unknown_or_stale_buttons_are_answered(bot: Harness, kb: Knowledge, data) -> None:
    assert await bot.press(data) == []
    [(_, answer)] = list(bot.fake.answered.items())
    assert answer.get("text") == kb.message("stale_button")
    assert_clean(bot)


async def test_an_old_message_that_cannot_be_edited_gets_a_new_one(bot: Harness) -> None:
    # The pressed message is unknown to the server: editing fails, a new message is sent.
    replies = await bot.press("rt:0")
    assert [m["method"] for m in replies] == ["sendMessage"]
    assert [e for _, e in bot.fake.errors] == ["Bad Request: message to edit not found"]


async def test_pressing_the_same_button_twice(bot: Harness) -> None:
    [shown] = await bot.say("/routine")
    [step] = await bot.press("rt:0", shown)
    assert await bot.press("rt:0", step) == []  # "message is not modified" is fine
    assert bot.fake.unanswered_queries() == set()


# --------------------------------------------------------------------------- escaping, splitting


async def test_knowledge_text_is_escaped_and_long_answers_split(tmp_path) -> None:
    kb = hostile_kb(tmp_path)
    async with Harness(kb) as bot:
        [card] = await bot.press(f"e:{kb.faqs[0].id}")
        assert "<b>care</b> & <i>never</i>" in card["text"]  # shown literally
        long = await bot.press(f"e:{kb.faqs[1].id}")
        assert len(long) >= 3
        assert all(len(m["text"]) <= 4096 for m in long)
        [exercise] = await bot.press(f"e:{kb.exercises[0].id}")
        assert "<ok> &" in exercise["text"]
        [menu] = await bot.say("/exercises")
        assert buttons(menu)[0][0] == kb.exercises[0].title
        assert_clean(bot)


# --------------------------------------------------------------------------- groups


async def test_in_groups_only_mentions_replies_and_commands(bot: Harness, kb: Knowledge) -> None:
    group = {"chat_id": -100123, "chat_type": "supergroup"}
    assert await bot.say("my back hurts", **group) == []
    assert await bot.process(sticker_update(**group)) == []
    [answer] = await bot.say("@lumbar_test_bot how many reps should I do?", **group)
    assert answer["chat"]["id"] == -100123
    [start] = await bot.say("/start@lumbar_test_bot", **group)
    assert start["text"] == kb.message("welcome").strip()
    assert await bot.say("/start@some_other_bot", **group) == []
    reply_to_bot = {"message_id": 5, "date": 0, "chat": {"id": -100123, "type": "supergroup"},
                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "Lumbar"},
                    "text": "earlier answer"}
    replies = await bot.process(message_update("and how long do I hold it?", **group,
                                               extra={"reply_to_message": reply_to_bot}))
    assert replies
    assert_clean(bot)


# --------------------------------------------------------------------------- throttle


async def test_a_burst_is_slowed_down_without_affecting_others(kb: Knowledge) -> None:
    async with Harness(kb, burst=3, refill_seconds=60) as bot:
        for _ in range(3):
            assert await bot.say("/help", user_id=1)
        [note] = await bot.say("/help", user_id=1)
        assert note["text"] == kb.message("slow_down")
        assert await bot.say("/help", user_id=1) == []  # told once, then quiet
        assert await bot.say("/help", user_id=1) == []
        [other] = await bot.say("/help", user_id=2)
        assert other["text"] == kb.message("help").strip()
        assert await bot.press("rt:0", user_id=1) == []
        assert bot.fake.unanswered_queries() == set()  # a throttled press is still answered


async def test_group_chatter_does_not_count_against_the_burst(kb: Knowledge) -> None:
    group = {"chat_id": -100555, "chat_type": "supergroup", "user_id": 3}
    async with Harness(kb, burst=2, refill_seconds=60) as bot:
        for _ in range(10):
            assert await bot.say("chatting with friends", **group) == []
        [reply] = await bot.say("/help@lumbar_test_bot", **group)
        assert reply["text"] == kb.message("help").strip()


# --------------------------------------------------------------------------- errors


async def test_error_handler_accepts_update_none(bot: Harness, caplog) -> None:
    context = type("Context", (), {"error": RuntimeError("boom"), "bot_data": bot.app.bot_data})
    with caplog.at_level(logging.ERROR):
        await error_handler(None, context)
    assert "no update" in caplog.text


async def test_a_failing_handler_is_logged_and_the_user_told(
    bot: Harness, kb: Knowledge, monkeypatch, caplog
) -> None:
    from bot.engine import pipeline as engine

    def broken(*args, **kwargs):
        raise RuntimeError("engine broke")

    monkeypatch.setattr(engine, "answer", broken)
    secret_text = "my private question about my back"
    with caplog.at_level(logging.DEBUG):
        [apology] = await bot.say(secret_text, user_id=4242)
    assert apology["text"] == kb.message("error_reply")
    assert "engine broke" in caplog.text
    assert secret_text not in caplog.text
    monkeypatch.undo()
    assert await bot.say("/help", user_id=4242)  # and it goes on serving


async def test_sends_are_retried_through_transient_failures(bot: Harness, kb: Knowledge) -> None:
    bot.fake.fail("sendMessage", 500)
    bot.fake.fail("sendMessage", "timeout")
    bot.fake.fail("sendMessage", 429, retry_after=0)
    bot.fake.fail("sendMessage", 502)
    bot.fake.fail("answerCallbackQuery", "timeout")
    [reply] = await bot.say("/help")
    assert reply["text"] == kb.message("help").strip()
    [card] = await bot.press(f"e:{kb.exercises[0].id}")
    assert card["text"].startswith(kb.exercises[0].title)
    assert len(bot.fake.failures) == 5
    assert bot.fake.unanswered_queries() == set()


async def test_a_send_that_keeps_failing_ends_in_the_error_handler(
    kb: Knowledge, caplog
) -> None:
    async with Harness(kb, send_attempts=2) as bot:
        bot.fake.fail("sendMessage", 500, times=2)
        with caplog.at_level(logging.ERROR):
            replies = await bot.say("/help")
        # Both tries of the reply failed; the apology then went through.
        assert [m["text"] for m in replies] == [kb.message("error_reply")]
        assert "error while handling update" in caplog.text
        assert await bot.say("/help")


def test_fast_settings_never_wait_long() -> None:
    assert FAST.retry_delay < 0.01 and FAST.max_flood_wait < 0.1
