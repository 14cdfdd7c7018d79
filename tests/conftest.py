"""Shared fixtures: the shipped knowledge base, loaded once, a fixed 'today', and the real
Application fed in-process (`bot`)."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from telegram_support import Harness

from bot.engine import Answer, answer
from bot.knowledge import DEFAULT_DIR, Knowledge, load

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return load(DEFAULT_DIR)


@pytest.fixture(scope="session")
def ask(kb: Knowledge) -> Callable[[str], Answer]:
    """answer() on the shipped knowledge base, with a fixed date, each message answered once
    per process: answer() is a function of the base, the message and the day alone (its
    determinism is tested on `answer` itself) and an Answer is frozen, so every guard that
    reads a set (its misses, its false alarms, its top-1, its stories) shares one pass over
    it instead of answering it again."""
    answers: dict[str, Answer] = {}

    def ask_once(message: str) -> Answer:
        known = answers.get(message)
        if known is None:
            known = answers[message] = answer(kb, message, today=TODAY)
        return known

    return ask_once


@pytest.fixture(scope="session")
def rules_alone(kb: Knowledge) -> Callable[[str], Answer]:
    """answer() by the rules without the learned reader: what they read themselves, which a
    refit of the learned reader cannot take away (the crisis tests of stops 41 and 42)."""
    bare = dataclasses.replace(kb, learned=None)
    return lambda message: answer(bare, message, today=TODAY)


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge directory, to break on purpose."""
    target = tmp_path / "knowledge"
    shutil.copytree(DEFAULT_DIR, target)
    return target


@pytest.fixture
async def bot(kb: Knowledge):
    """The real Application with a fake Bot API behind it, fresh for each test."""
    async with Harness(kb) as harness:
        yield harness
