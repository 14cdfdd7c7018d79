"""Stop 30's missed kinds (issue 7): the flagged probes of tests/probes/triage_misses30.tsv
are read by the rules themselves, not left to the learned reader, and the near misses
beside them stay calm (tests/test_triage_probes.py checks every probe's answer); a time told
by holidays, feasts and the season is read as a duration."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_triage_probes import read_probes
from triage_asserts import assert_the_rules_warn

from bot.engine.durations import TIME_WORDS, date_said, durations_in_days, reference_day

FLAGGED = [(m, label) for m, label, _ in
           read_probes(Path(__file__).parent / "probes" / "triage_misses30.tsv")
           if label != "none"]


@pytest.mark.parametrize(("message", "flag"), FLAGGED)
def test_the_missed_kinds_are_read_by_the_rules(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    "if the stretches make my leg hurt more afterwards, should I stop them?",
    "my leg is worse after sitting at my desk, the stretches help",
    "the pain was worse after the gym last month, it's fine now",
])
def test_an_exercise_asked_about_or_over_gets_no_warning(ask, message: str) -> None:
    """A pain worse after exercise is a sign told now of one's own pain, not a question
    about exercise, a pain worse after something else, or one long over."""
    a = ask(message)
    assert not any(f.source == "rules" and f.reply == "warn" for f in a.findings), (
        message, a.findings)


WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(("text", "days"), [
    # a holiday, a feast or a festival counted from, to what grows or falls now
    ("its been since burns night and the daffodils are out", 49),
    ("still sore since lent, nearly whitsun now", 88),
    ("since chuseok the leg has not improved", 61),
    ("since golden week it is the same", 208),
    # the same holiday again: a year
    ("since last diwali and now its diwali again", 365),
])
def test_a_time_told_by_holidays_and_seasons(text: str, days: int) -> None:
    """How long a time told by holidays, feasts and the season lasts, in days."""
    assert max(durations_in_days(text, reference_day(text, WEDNESDAY))) == days


@pytest.mark.parametrize("text", [
    "i lent him my ladder and my back hurts",
    "it burns down my leg",
    "the leaves are falling and my leg aches",
])
def test_words_of_a_holiday_or_a_season_alone_are_no_duration(text: str) -> None:
    """"lent" is lent, a burn is a sign, and leaves falling with no 'since' count nothing."""
    assert durations_in_days(text, reference_day(text, WEDNESDAY)) == []
    assert date_said(text, WEDNESDAY) is None


def test_a_holiday_word_that_is_a_sign_stays_a_word() -> None:
    """"Burns Night" is a day, but "it burns" tells the sign: never a word of time."""
    assert "burns" not in TIME_WORDS
    assert "night" in TIME_WORDS
