"""Stop 36 (issue 8, answers36): covered questions in the words of people's own days.

A student's day (lectures, seminars, exams, campus), drinks before a night out, a gap
"between" two things and "it" calming down are the writer's situation, not the topic; the
same words asked about alone stay another topic's."""

from __future__ import annotations

import pytest

from bot.engine import answer
from bot.knowledge import Knowledge


def _got(kb: Knowledge, message: str) -> tuple[str, str | None, tuple[str, ...]]:
    a = answer(kb, message)
    return a.kind, a.id, tuple(s.id for s in a.suggestions)


@pytest.mark.parametrize(("message", "entry"), [
    # the gap between two parts of the day is when, not what about
    ("got ten minutes between seminars, which stretch is the best one", "best-exercise"),
    # a student's day beside care the writer is given
    ("on pregabalin and i nod off in lectures, is that normal", "nerve-pain-medicines"),
    # getting to campus is the writer's walk
    ("cycling to campus every day, good or bad for it", "other-exercise"),
    # a saying of how the week wears one down says no topic
    ("what if i skip the stretches during exam week, its eating me alive",
     "skipping-stretches"),
    # going on with the day as before, till "it" calms down
    ("do i rest up till it calms down or keep going to my seminars", "stay-active"),
    # drinks before a night out, asked with a medicine the writer takes
    ("can i still go to pres on saturday if im on naproxen", "painkillers"),
])
def test_a_students_day_is_the_situation(kb: Knowledge, message: str, entry: str) -> None:
    kind, got, offered = _got(kb, message)
    assert kind != "fallback", message
    assert got == entry or entry in offered, (message, kind, got, offered)


@pytest.mark.parametrize("message", [
    # the same day asked about with nothing of ours stays its own topic
    "how do i revise for my exams",
    "best nightclub in leeds",
    "tips for my dissertation",
    "what time do lectures start on campus",
])
def test_the_day_alone_is_another_topic(kb: Knowledge, message: str) -> None:
    assert answer(kb, message).kind == "fallback", message
