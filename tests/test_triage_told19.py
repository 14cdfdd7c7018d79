"""Distress and persistent pain told by situation rather than by key words (stop 19).

Distress: self-harm told by the act and its reason or means, said of someone close as much
as of oneself; a plan said beside knowing when; a death by chance welcomed ("wouldn't mind
if the plane came down"); flat refusals of living ("can't be bothered living"); being at a
place that is a way to die and having been there a while now. Persistent pain: weeks told
with words of no change that do not say "same" ("no change whatsoever", "nothing helps
the ache"), and each week worse than the one before. Their near misses are jokes, accidents
and courses that improve. Wordings are the author's own, never copied from a set (the probe
set is tests/data/triage_probes_told19.tsv, written before the rules).
Its probe lists are in tests/probes/triage_told19.tsv."""

from __future__ import annotations

from datetime import date

import pytest

from bot.engine.course import SAME, WORSE, CourseReader

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def reader(kb):
    return CourseReader(kb.triage.course)


def test_no_change_needs_no_word_after_it(reader):
    """Only 'the same' is checked for what follows it ('the same routine')."""
    assert reader.read("six weeks ago, no change whatsoever", TODAY).direction == SAME
    assert reader.read("still the same routine, six weeks", TODAY).direction is None


def test_each_week_worse_than_the_last_is_worse(reader):
    course = reader.read("each week worse than the last, fifth week now", TODAY)
    assert course.direction == WORSE
    assert course.span == 35
