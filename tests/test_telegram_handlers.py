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
from telegram_support import FAST, Harness, assert_clean, buttons, hostile_kb, no_network, text_of

from bot.conversation.flows import symptom_questions
from bot.engine import commands as shared_commands
from bot.engine.answers import Answer, Suggestion
from bot.knowledge import Knowledge
from bot.telegram_bot import companion
from bot.telegram_bot.handlers import COMMANDS, error_handler

pytestmark = pytest.mark.usefixtures("no_network")
__all__ = ["no_network"]


# --------------------------------------------------------------------------- commands


def menu_keyboard(message: dict) -> list[str]:
    """The labels of a persistent reply keyboard under a message (the way back to the menu)."""
    markup = message.get("reply_markup") or {}
    assert markup.get("is_persistent") is True or not markup.get("keyboard")
    return [b if isinstance(b, str) else b["text"] for row in markup.get("keyboard", [])
            for b in row]


async def test_start_welcomes_with_the_menu_keyboard(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/start")
    assert reply["text"] == kb.message("welcome").strip()
    assert kb.emergency_number in reply["text"]
    assert menu_keyboard(reply) == [kb.message("button_menu")]
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
    assert menu_keyboard(reply) == [kb.message("button_menu")]


async def test_unknown_command_gets_the_help_not_silence(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/stretches")
    assert reply["text"] == kb.message("help").strip()


async def test_privacy_says_what_is_kept_a_screen_at_a_time(bot: Harness, kb: Knowledge) -> None:
    replies = await bot.say("/privacy")
    while (more := [d for _, d in buttons(replies[-1]) if d.startswith("m:")]):
        replies += await bot.press(more[0], replies[-1])
    assert all(len(r["text"]) <= 600 for r in replies)
    shown = "\n\n".join(r["text"] for r in replies)
    assert shown == kb.message("privacy").strip()


async def test_routine_offers_a_walk_through(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("/routine")
    assert kb.routine.title in reply["text"]
    assert reply["html"].startswith("<b>")
    assert buttons(reply) == [(kb.message("button_walk_through"), "rt:0"),
                              (kb.message("button_menu"), "c:menu")]
    assert_clean(bot)


async def test_routine_walk_through_one_exercise_at_a_time(bot: Harness, kb: Knowledge) -> None:
    [overview] = await bot.say("/routine")
    steps = kb.routine.steps
    shown, data = overview, "rt:0"
    for number, step in enumerate(steps, start=1):
        [new] = await bot.press(data, shown)
        assert new["method"] == "sendMessage"  # a new message: the one pressed stays
        exercise = kb.entries[step.exercise]
        assert kb.message("routine_step", step=str(number), total=str(len(steps))) in new["text"]
        assert exercise.title in new["text"]
        assert exercise.steps[0] in new["text"]
        assert exercise.hold in new["text"] and exercise.reps in new["text"]
        labels = dict(buttons(new))
        assert labels[kb.message("button_stop")] == f"rt:stop:{number - 1}"
        assert (kb.message("button_back") in labels) == (number > 1)
        data = labels.get(kb.message("button_next")) or labels[kb.message("button_done")]
        if shown is not overview:  # the step just left keeps its text, loses its buttons
            left = bot.fake.messages[(100, shown["message_id"])]
            assert left["text"] == shown["text"] and "reply_markup" not in left
        shown = new
    assert data == "rt:done"
    [done] = await bot.press(data, shown)
    assert done["method"] == "sendMessage"
    assert done["text"].startswith(kb.message("routine_done"))
    assert kb.routine.progression in done["text"]
    assert kb.message("pain_question") in done["text"]
    assert [data for _, data in buttons(done)] == [f"pn:{n}:d" for n in range(11)]
    assert bot.store.user(100) is None, "nothing is kept before the person taps a number"
    assert bot.fake.messages[(100, overview["message_id"])]["text"] == overview["text"]
    assert buttons(bot.fake.messages[(100, overview["message_id"])]) == buttons(overview)
    assert_clean(bot)


async def test_routine_stop_and_resume_where_it_stopped(bot: Harness, kb: Knowledge) -> None:
    [shown] = await bot.say("/routine")
    [first] = await bot.press("rt:0", shown)
    [second] = await bot.press("rt:1", first)
    [stopped] = await bot.press("rt:stop:1", second)
    assert stopped["text"] == kb.message("routine_stopped", step="2",
                                         total=str(len(kb.routine.steps)))
    resume = kb.message("button_resume", step="2")
    assert (resume, "rt:1") in buttons(stopped)
    [again] = await bot.say("/routine")  # the overview offers to carry on too
    assert (resume, "rt:1") in buttons(again)
    [back_in] = await bot.press("rt:1", stopped)
    assert kb.entries[kb.routine.steps[1].exercise].title in back_in["text"]
    assert_clean(bot)


async def test_redflags_lead_with_emergency_signs_and_the_check(
    bot: Harness, kb: Knowledge
) -> None:
    [reply] = await bot.say("/redflags")
    heading = kb.redflags.headings["emergency"].replace("{emergency_number}",
                                                         kb.emergency_number)
    assert reply["text"].split("\n\n")[1].startswith(heading)
    for sign in kb.redflags.summary:
        assert sign in reply["text"]
    assert buttons(reply)[0] == (kb.message("button_check_symptoms"), "sc:0")
    for level in ("urgent", "soon", "emergency"):
        [page] = await bot.press(f"rf:{level}", reply)
        heading = kb.redflags.headings[level].replace("{emergency_number}", kb.emergency_number)
        assert heading in page["text"]
        flag = next(f for f in kb.redflags.flags if f.level == level)
        assert flag.signs[-1] in page["text"]
        assert buttons(page)[0] == (kb.message("button_check_symptoms"), "sc:0")
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
        answers = buttons(shown)[:3]
        assert answers == [(kb.message("button_yes"), f"sc:{number}:y:0"),
                           (kb.message("button_no"), f"sc:{number}:n:0"),
                           (kb.message("button_not_sure"), f"sc:{number}:u:0")]
        [shown] = await bot.press(f"sc:{number}:n:0", shown)
    assert shown["text"] == kb.message("symptom_check_clear")
    assert buttons(shown)[0] == (kb.message("button_routine"), "c:routine")
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
    assert buttons(advice) == []  # nothing after an emergency but the way back to the menu
    assert menu_keyboard(advice) == [kb.message("button_menu")]
    assert_clean(bot)


async def test_exercises_keyboard_opens_each_card(bot: Harness, kb: Knowledge) -> None:
    [menu] = await bot.say("/exercises")
    assert [data for _, data in buttons(menu)] == [*(f"e:{e.id}" for e in kb.exercises), "c:menu"]
    for exercise in kb.exercises:
        cards = await bot.press(f"e:{exercise.id}", menu)
        assert cards[0]["text"].startswith(exercise.title)
        while (more := [d for _, d in buttons(cards[-1]) if d.startswith("m:")]):
            cards += await bot.press(more[0], cards[-1])
        assert exercise.hold in text_of(cards)
        assert exercise.cautions[-1] in text_of(cards)
    assert_clean(bot)


async def test_every_menu_button_opens_something(bot: Harness, kb: Knowledge) -> None:
    [menu] = await bot.say("menu")
    assert menu["text"] == kb.message("menu").strip()
    for _, data in buttons(menu):
        replies = await bot.press(data, menu)
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
    replies = await bot.press(f"e:{faq.id}")
    while (more := [d for _, d in buttons(replies[-1]) if d.startswith("m:")]):
        replies += await bot.press(more[0], replies[-1])
    reply = replies[-1]
    assert reply["text"].endswith(kb.message("feedback_question"))
    assert [data for _, data in buttons(reply)] == [
        *(f"e:{i}" for i in faq.related), f"f:1:{faq.id}", f"f:0:{faq.id}", "c:menu"]
    [opened, *_] = await bot.press(f"e:{faq.related[0]}", reply)
    assert opened["text"].startswith(kb.entries[faq.related[0]].title)
    assert_clean(bot)


async def test_clarify_offers_did_you_mean_buttons(
    bot: Harness, kb: Knowledge, monkeypatch
) -> None:
    from bot.engine import pipeline as engine

    options = tuple(Suggestion(e.id, e.title) for e in (kb.faqs[0], kb.exercises[0]))
    clarify = Answer("clarify", None, 0.3, "", kb.message("clarify"), options)
    monkeypatch.setattr(engine, "answer", lambda kb, text, **kw: clarify)
    [reply] = await bot.say("stretch?")
    assert reply["text"] == kb.message("clarify")
    assert buttons(reply) == [*((s.title, f"e:{s.id}") for s in options),
                              (kb.message("button_none"), "x:none"),
                              (kb.message("button_menu"), "c:menu")]
    for title, data in buttons(reply)[:-2]:
        [opened, *_] = await bot.press(data, reply)
        assert opened["text"].startswith(title)
    [none] = await bot.press("x:none", reply)
    assert none["text"] == kb.message("none_of_these")
    assert_clean(bot)


async def test_off_topic_gets_the_fallback_and_the_menu(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("what is the capital of france")
    assert reply["text"] == kb.message("fallback").strip()
    assert [data for _, data in buttons(reply)][:2] == ["c:routine", "c:exercises"]


async def test_empty_and_punctuation_only_messages(bot: Harness, kb: Knowledge) -> None:
    [reply] = await bot.say("?!  ...")
    assert reply["text"] == kb.message("empty")
    assert_clean(bot)


async def test_a_huge_message_is_answered_within_limits(bot: Harness, kb: Knowledge) -> None:
    replies = await bot.say("my leg hurts when I sit " * 400)  # ~9,600 characters
    assert replies
    assert all(len(m["text"]) <= 4096 for m in replies)
    assert_clean(bot)


@pytest.mark.parametrize("make, key", [(sticker_update, "non_text"),
                                       (photo_update, "non_text_picture"),
                                       (voice_update, "non_text_recording"),
                                       (document_update, "non_text")])
async def test_non_text_messages_ask_for_text(bot: Harness, kb: Knowledge, make, key) -> None:
    replies = await bot.process(make())
    assert text_of(replies) == kb.message(key)
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


async def test_a_step_pressed_on_a_message_the_server_forgot_still_comes(bot: Harness) -> None:
    # The pressed step is unknown to the server: its buttons cannot be taken off; no matter.
    [step] = await bot.press("rt:1", {"message_id": 999999, "date": 0, "text": "old step",
                                     "chat": {"id": 100, "type": "private"},
                                     "reply_markup": {"inline_keyboard": [[
                                         {"text": "Next", "callback_data": "rt:1"}]]}})
    assert step["method"] == "sendMessage"
    assert bot.fake.unanswered_queries() == set()


async def test_pressing_the_same_button_twice(bot: Harness) -> None:
    [shown] = await bot.say("/routine")
    [step] = await bot.press("rt:0", shown)
    [again] = await bot.press("rt:0", shown)  # the overview's button still starts it
    assert again["text"] == step["text"]
    assert bot.fake.unanswered_queries() == set()


# --------------------------------------------------------------------------- escaping, splitting


async def test_knowledge_text_is_escaped_and_long_answers_split(tmp_path) -> None:
    kb = hostile_kb(tmp_path)
    async with Harness(kb) as bot:
        [card] = await bot.press(f"e:{kb.faqs[0].id}")
        assert "<b>care</b> & <i>never</i>" in card["text"]  # shown literally
        long = await bot.press(f"e:{kb.faqs[1].id}")
        while (more := [d for _, d in buttons(long[-1]) if d.startswith("m:")]):
            long += await bot.press(more[0], long[-1])
        assert len(long) >= 3  # a screen at a time, "Read more" under each but the last
        assert all(len(m["text"]) <= 600 for m in long)
        assert "".join(m["text"] for m in long).count("sciatica & nerves <really>") == 240
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
    assert buttons(start) == [(kb.message("button_menu"), "c:menu")]  # no keyboard for all
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
