"""Button presses: open an entry or a command, walk through the routine, check symptoms.

Every press is acknowledged first; the flow's state travels in the button's data, so nothing
about the person is stored.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.engine import commands
from bot.engine import pipeline as engine
from bot.engine.answers import Answer
from bot.knowledge import Knowledge
from bot.telegram_bot import companion
from bot.telegram_bot.format import answer_html, bold, message_html, paragraphs
from bot.telegram_bot.keyboards import (
    COMMAND,
    ENTRY,
    HASHED_ENTRY,
    MENU_COMMANDS,
    ROUTINE,
    SYMPTOM_CHECK,
    command_keyboard,
    entry_for_data,
    parse_step,
    routine_step_keyboard,
    symptom_keyboard,
    symptom_questions,
)
from bot.telegram_bot.send import acknowledge, edit_or_send, knowledge, send_answer


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Every button press: answer the query first, then show what the button points to."""
    kb = knowledge(context)
    query = update.callback_query
    data = (query.data if query is not None else None) or ""
    prefix = data.partition(":")[0]
    handled = False
    if prefix in (ENTRY, HASHED_ENTRY):
        handled = await _open_entry(update, kb, data)
    elif prefix == COMMAND:
        handled = await _open_command(update, kb, data.partition(":")[2])
    elif data == f"{ROUTINE}:done":
        await acknowledge(update)
        await companion.routine_finished(update, context)  # note it, ask about pain
        handled = True
    elif prefix == ROUTINE:
        handled = await _routine_step(update, kb, data)
    elif prefix == SYMPTOM_CHECK:
        handled = await _symptom_check(update, kb, data)
    elif prefix in companion.PREFIXES:
        handled = await companion.button(update, context, data)
    if not handled:
        await acknowledge(update, kb.message("stale_button"))


async def _open_entry(update: Update, kb: Knowledge, data: str) -> bool:
    entry_id = entry_for_data(kb, data)
    return await _open(update, kb, engine.lookup(kb, entry_id) if entry_id else None)


async def _open_command(update: Update, kb: Knowledge, name: str) -> bool:
    return await _open(update, kb, commands.command(kb, name) if name in MENU_COMMANDS else None)


async def _open(update: Update, kb: Knowledge, answer: Answer | None) -> bool:
    """Answer the button press and send the card; False when there is nothing to open."""
    if answer is None:
        return False
    await acknowledge(update)
    await send_answer(update, kb, answer)
    return True


async def _routine_step(update: Update, kb: Knowledge, data: str) -> bool:
    step = parse_step(data, ROUTINE)
    steps = kb.routine.steps
    if step is None:
        return False
    if step.index is None:
        key = {"stop": "routine_stopped"}.get(step.word)
        if key is None:
            return False
        await acknowledge(update)
        await edit_or_send(update, message_html(kb.message(key)))
        return True
    if step.index >= len(steps) or step.word:
        return False
    card = engine.lookup(kb, steps[step.index].exercise)
    if card is None:
        return False
    await acknowledge(update)
    counter = kb.message("routine_step", step=str(step.index + 1), total=str(len(steps)))
    html = paragraphs(
        bold(counter),
        answer_html(card),
        message_html(steps[step.index].note) if steps[step.index].note else "",
    )
    await edit_or_send(update, html, routine_step_keyboard(kb, step.index))
    return True


async def _symptom_check(update: Update, kb: Knowledge, data: str) -> bool:
    step = parse_step(data, SYMPTOM_CHECK)
    questions = symptom_questions(kb)
    if step is None or step.index is None or step.index >= len(questions):
        return False
    if step.word == "y":
        advice = engine.lookup(kb, questions[step.index][1].id)
        if advice is None:  # pragma: no cover - every flag has a card
            return False
        await acknowledge(update)
        html = paragraphs(bold(kb.message("symptom_check_emergency")), answer_html(advice))
        await edit_or_send(update, html)
        return True
    if step.word == "n" and step.index + 1 == len(questions):
        await acknowledge(update)
        await edit_or_send(
            update, message_html(kb.message("symptom_check_clear")), command_keyboard(kb, "routine")
        )
        return True
    if step.word not in ("", "n"):
        return False
    await acknowledge(update)
    number = step.index + 1 if step.word == "n" else step.index
    html = paragraphs(
        message_html(kb.message("symptom_check_intro")) if number == 0 else "",
        bold(kb.message("symptom_check_question", number=str(number + 1),
                        total=str(len(questions)))),
        message_html(questions[number][0]),
    )
    await edit_or_send(update, html, symptom_keyboard(kb, number))
    return True
