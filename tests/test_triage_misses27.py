"""Stop 27's missed kinds (issue 7): the flagged probes of tests/probes/triage_misses27.tsv
are read by the rules themselves, not left to the learned reader; and the course reader
tells a measure of the leg from the pain (a strength score falling is no pain easing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from test_triage_probes import read_probes
from triage_asserts import assert_the_rules_warn

from bot.engine.course import BETTER, DEFICIT, STRENGTH, WORSE, CourseReader
from bot.engine.text import fold

FLAGGED = [(m, label) for m, label, _ in
           read_probes(Path(__file__).parent / "probes" / "triage_misses27.tsv")
           if label != "none"]


@pytest.mark.parametrize(("message", "flag"), FLAGGED)
def test_the_missed_kinds_are_read_by_the_rules(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


THURSDAY = date(2026, 12, 3)


@pytest.mark.parametrize(("text", "measure", "deficit"), [
    ("knee lift marks: mon 9, wed 7, today 4", STRENGTH, WORSE),
    ("tues 3/5, thurs 4/5, sat 5/5 on the heel walk", STRENGTH, BETTER),
    ("tingling score mon 2, today 6", DEFICIT, WORSE),
    ("stairs: 3 flights on monday, 1 flight today", STRENGTH, WORSE),
])
def test_a_measure_of_the_leg_is_no_pain_score(kb, text: str, measure: str,
                                               deficit: str) -> None:
    """Readings of a measure keep to it: their course is the deficit's, the pain's none."""
    course = CourseReader(kb.triage.course).read(fold(text), THURSDAY)
    assert course.deficit == deficit, course
    assert course.direction is None, course
    assert {p.measure for p in course.points if p.score is not None} == {measure}


def test_weekdays_keep_the_order_they_are_told_in(kb) -> None:
    """"sat 9, mon 7, wed 5" told on a Thursday: Saturday before Monday before Wednesday."""
    course = CourseReader(kb.triage.course).read(fold("lifting marks sat 9, mon 7, wed 5"),
                                                 THURSDAY)
    assert [p.ago for p in course.points] == [5, 3, 1]


def test_the_pain_by_weekday_is_still_the_pain(kb) -> None:
    """A weekday is a time only for a measure's readings: the pain's course is as before."""
    course = CourseReader(kb.triage.course).read(fold("pain sat 8, sun 7"), THURSDAY)
    assert course.deficit is None
