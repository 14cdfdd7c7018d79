"""One screen per reply: every reply the bot can send, rendered as Telegram shows it, is at
most about 600 characters before its first button, or it is named below with the reason.

The replies are produced by driving the real Application against the fake Bot API: every
command, the menu, every entry card and each of its "Read more" screens, every warning, every
page of warning signs, every walk-through step, every symptom-check question and outcome,
every follow-up about every exercise, and every UI text a handler sends on its own.
"""

from __future__ import annotations

from typing import Any

import pytest
from fake_telegram import photo_update, sticker_update, voice_update
from telegram_support import Harness, buttons, no_network

from bot.conversation.flows import symptom_questions
from bot.knowledge import Knowledge

pytestmark = pytest.mark.usefixtures("no_network")
__all__ = ["no_network"]

SCREEN = 600

EXCEPTIONS = {
    "emergency warning": "what to do now, for an emergency, is sent whole: never cut, never "
                         "behind a button",
    "every emergency sign": "the complete list, shown only when asked for; the first screen "
                            "of /redflags has them in a few words",
}


def exception_for(kb: Knowledge, message: dict[str, Any]) -> str | None:
    text = message["text"]
    emergency = [f for f in kb.redflags.flags if f.level == "emergency"]
    if any(text.startswith(f.title) for f in emergency):
        return "emergency warning"
    if kb.redflags.headings["emergency"].split("{")[0] in text and \
            all(sign in text for f in emergency for sign in f.signs):
        return "every emergency sign"
    return None


async def every_reply(kb: Knowledge) -> list[dict[str, Any]]:
    sent: list[dict[str, Any]] = []
    async with Harness(kb) as bot:
        async def read_all(messages: list[dict[str, Any]]) -> None:
            sent.extend(messages)
            for message in messages:
                more = [d for _, d in buttons(message) if d.startswith("m:")]
                if more:
                    await read_all(await bot.press(more[0], message))

        for command in ("/start", "/help", "/routine", "/exercises", "/redflags", "/privacy",
                        "/nonsense", "menu"):
            await read_all(await bot.say(command))
        ids = [*kb.entries, *(flag.id for flag in kb.redflags.flags)]
        for entry_id in ids:
            await read_all(await bot.press(f"e:{entry_id}"))
        for level in ("emergency", "urgent", "soon"):
            await read_all(await bot.press(f"rf:{level}"))
        steps = len(kb.routine.steps)
        for index in range(steps):
            await read_all(await bot.press(f"rt:{index}"))
            await read_all(await bot.press(f"rt:stop:{index}"))
        await read_all(await bot.press("rt:done"))
        questions = len(symptom_questions(kb))
        for index in range(questions):
            for data in (f"sc:{index}", f"sc:{index}:y"):
                await read_all(await bot.press(data))
        every = (1 << questions) - 1
        for data in (f"sc:{questions - 1}:n:0", f"sc:{questions - 1}:u:{every}", "sc:stop"):
            await read_all(await bot.press(data))
        for exercise in kb.exercises:
            await bot.say(exercise.title)
            for follow_up in ("how long do i hold it", "how many", "is that one safe",
                              "what does it do", "how do i do it"):
                await read_all(await bot.say(follow_up))
        for text in ("stretch", "best pizza near me", "I can't cope", "its really bad today",
                     "my back pain has lasted 8 weeks, how many reps should i do",
                     "back pain with a fever, which stretch is best",
                     "i wet myself", "ok going now", "i cant get there", "x:none"):
            await read_all(await bot.say(text))
        await read_all(await bot.press("x:none"))
        for make in (photo_update, voice_update, sticker_update):
            await read_all(await bot.process(make()))
        update = photo_update()
        update["message"]["caption"] = "is my posture ok"
        await read_all(await bot.process(update))
        assert bot.fake.errors == []
    return sent


async def test_every_reply_fits_one_screen_or_is_a_named_exception(kb: Knowledge) -> None:
    replies = await every_reply(kb)
    assert len(replies) > 150
    too_long = []
    named: dict[str, int] = {}
    for message in replies:
        if len(message["text"]) <= SCREEN:
            continue
        reason = exception_for(kb, message)
        if reason is None:
            too_long.append((len(message["text"]), message["text"][:70]))
        else:
            named[reason] = max(named.get(reason, 0), len(message["text"]))
    assert too_long == [], "\n".join(map(str, too_long))
    assert set(named) <= set(EXCEPTIONS)


def test_the_exceptions_are_real(kb: Knowledge) -> None:
    """Each named exception is needed by today's knowledge base (else remove it)."""
    from bot.engine import lookup
    from bot.engine.render import signs_body

    warnings = [lookup(kb, f.id) for f in kb.redflags.flags if f.level == "emergency"]
    assert any(w is not None and len(w.text) > SCREEN for w in warnings)
    assert len(signs_body(kb, kb.redflags, "emergency")) > SCREEN
