"""Shared fixtures: the shipped knowledge base, loaded once, a fixed 'today', and the real
Application fed in-process (`bot`)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from telegram_support import Harness

from bot.engine import answer
from bot.knowledge import DEFAULT_DIR, Knowledge, load

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="session")
def kb() -> Knowledge:
    return load(DEFAULT_DIR)


@pytest.fixture(scope="session")
def ask(kb):
    """answer() on the shipped knowledge base, with a fixed date."""
    return lambda message: answer(kb, message, today=TODAY)


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
