"""An emergency is never lost on Telegram: not in a caption, an edit, a burst, the words
after a command, or behind a button press answered too late."""

from __future__ import annotations

import pytest
from fake_telegram import callback_update, message_update, photo_update
from telegram_support import Harness, no_network, real_kb  # noqa: F401 - fixture

from bot.knowledge import Knowledge

pytestmark = pytest.mark.usefixtures("no_network")

EMERGENCY = "I can't control my bladder since this morning"


def warning(kb: Knowledge) -> str:
    return kb.flag("cauda-equina").title


async def test_a_photo_caption_is_read(kb: Knowledge) -> None:
    async with Harness(kb) as bot:
        update = photo_update()
        update["message"]["caption"] = EMERGENCY
        [reply] = await bot.process(update)
        assert warning(kb) in reply["text"]
        [plain] = await bot.process(photo_update())
        assert plain["text"] == kb.message("non_text_picture")


async def test_an_edit_that_adds_an_emergency_is_answered_and_others_are_not(
    kb: Knowledge,
) -> None:
    async with Harness(kb) as bot:
        for text, expected in ((EMERGENCY, 1), ("how many reps should i do", 0)):
            update = message_update(text)
            update["edited_message"] = {**update.pop("message"), "edit_date": 1}
            sent = await bot.process(update)
            assert len(sent) == expected
            if expected:
                assert warning(kb) in sent[0]["text"]


async def test_a_burst_never_slows_down_an_emergency(kb: Knowledge) -> None:
    async with Harness(kb, burst=2, refill_seconds=60) as bot:
        for _ in range(2):
            assert await bot.say("hello")
        [note] = await bot.say("hello again")
        assert note["text"] == kb.message("slow_down")
        assert await bot.say("and again") == []
        [urgent] = await bot.say(EMERGENCY)
        assert warning(kb) in urgent["text"]


async def test_an_emergency_after_a_command_gets_only_the_warning(kb: Knowledge) -> None:
    """ "/routine please i wet myself this morning": the warning, never the routine after it."""
    async with Harness(kb) as bot:
        for command in ("/start", "/nonsense", "/routine please", "/exercises"):
            [urgent] = await bot.say(f"{command} {EMERGENCY}")
            assert warning(kb) in urgent["text"], command
            assert kb.routine.title not in urgent["text"]
        [welcome] = await bot.say("/start")
        assert welcome["text"] == kb.message("welcome").strip()
        [routine] = await bot.say("/routine please")
        assert kb.routine.title in routine["text"]


async def test_a_button_pressed_too_long_ago_still_opens(kb: Knowledge) -> None:
    async with Harness(kb) as bot:
        update = callback_update("c:redflags")
        query_id = update["callback_query"]["id"]
        bot.fake.answered[query_id] = {}  # Telegram will say: query is too old
        sent = await bot.process(update)
        assert any(kb.redflags.title in m["text"] for m in sent)
