"""Every text in the knowledge base, as the bot would send it, passes Telegram's checks."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fake_telegram import MAX_CALLBACK_DATA
from telegram_support import Harness, buttons, no_network

from bot.conversation.flows import symptom_questions
from bot.conversation.moves import entry, expand, parse, shorten
from bot.knowledge import Knowledge
from bot.telegram_bot.format import message_html
from bot.telegram_bot.handlers import COMMANDS


def entry_data(entry_id: str) -> str:
    return shorten(entry(entry_id))


def entry_for_data(kb: Knowledge, data: str) -> str | None:
    move = parse(expand(kb, data))
    found = move.name if move is not None and move.prefix == "e" else None
    return found if found in kb.entries or (found and kb.flag(found)) else None

pytestmark = pytest.mark.usefixtures("no_network")
__all__ = ["no_network"]


async def test_every_entry_and_red_flag_renders(kb: Knowledge) -> None:
    ids = [*kb.entries, *(flag.id for flag in kb.redflags.flags)]
    async with Harness(kb) as bot:
        for entry_id in ids:
            replies = await bot.press(entry_data(entry_id))
            assert replies, entry_id
            for reply in replies:
                assert all(len(data.encode()) <= MAX_CALLBACK_DATA for _, data in buttons(reply))
        assert bot.fake.errors == []
        assert bot.fake.unanswered_queries() == set()


async def test_every_command_and_every_flow_step_renders(kb: Knowledge) -> None:
    async with Harness(kb) as bot:
        for name in COMMANDS:
            assert await bot.say(f"/{name}"), name
        for index in range(len(kb.routine.steps)):
            assert await bot.press(f"rt:{index}")
            assert await bot.press(f"rt:stop:{index}")
        for data in ("rt:done", "rt:stop", "sc:stop", "rf:emergency", "rf:urgent", "rf:soon"):
            assert await bot.press(data)
        for index in range(len(symptom_questions(kb))):
            for data in (f"sc:{index}", f"sc:{index}:y", f"sc:{index}:n", f"sc:{index}:u:7"):
                assert await bot.press(data), data
        assert bot.fake.errors == []


async def test_every_message_renders(kb: Knowledge) -> None:
    async with Harness(kb) as bot:
        for key in kb.messages:
            text = kb.message(key, step="1", total="5", number="1", count="2",
                              warm_up=kb.routine.warm_up, stop_if=kb.routine.stop_if)
            await bot.app.bot.send_message(100, message_html(text))
        assert bot.fake.errors == []
        assert len(bot.fake.sent) == len(kb.messages)


def test_every_entry_fits_in_callback_data(kb: Knowledge) -> None:
    for entry_id in [*kb.entries, *(flag.id for flag in kb.redflags.flags)]:
        data = entry_data(entry_id)
        assert len(data.encode()) <= MAX_CALLBACK_DATA
        assert entry_for_data(kb, data) == entry_id


def test_a_long_entry_id_is_hashed_and_found_again(kb: Knowledge) -> None:
    long_id = "an-entry-id-" + "x" * 80
    entries = {**kb.entries, long_id: next(iter(kb.entries.values()))}
    data = entry_data(long_id)
    assert data.startswith("h:") and len(data.encode()) <= MAX_CALLBACK_DATA
    patched = replace(kb, entries=entries)
    assert entry_for_data(patched, data) == long_id
    assert entry_for_data(kb, data) is None


def test_button_labels_and_menu_texts_are_within_limits(kb: Knowledge) -> None:
    for key, text in kb.messages.items():
        if key.startswith("command_"):
            assert 1 <= len(text) <= 256, key
        if key.startswith("button_"):
            assert 1 <= len(text) <= 64, key
    for key in ("stale_button", "slow_down", "feedback_thanks", "feedback_sorry",
                "private_flow", "not_your_flow"):
        assert len(kb.message(key)) <= 200, key  # a button press's answer is at most 200
