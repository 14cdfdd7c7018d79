"""Issue 7, stop 25: the rules' false alarms on the development sets do, dp and dq, fixed by
kind (a hill's "fell", someone else's fall told as over, a plan called suicide, a hobby given
up on, a slope walked downhill, a bump from a knock to a limb, a diet's counting, a score's
ten read as a count, a course given as a list after colons, a chest tightened by a stretch,
a fear talked into after reading, a part checked for a sign, a leg that jerks by itself, a
question about oneself after a relative's story). Each calm reading is checked beside the
same words with the sign itself, which must still warn. Wordings are the author's own,
never copied from a set (the probe set is tests/data/triage_probes_triage25.tsv).
Its probe lists are in tests/probes/triage_triage25.tsv."""

from __future__ import annotations

from datetime import date

from bot.engine.course import BETTER, CourseReader


def test_a_course_listed_after_colons_keeps_each_score_with_its_time(kb):
    """'6 mo ago: 5' is a point with its score; before, the colon parted them, and the
    course had times with no scores and its direction went unread."""
    course = CourseReader(kb.triage.course).read(
        "1 yr ago: pain 9. 6 mo ago: 5. now: 2", date(2026, 12, 3))
    assert [p.score for p in course.points] == [9.0, 5.0, 2.0]
    assert course.direction == BETTER


def test_a_wish_not_to_wake_beside_months_of_pain_gets_the_crisis_reply(ask):
    """Two flags found: the crisis reply must never be hidden behind "see a doctor soon"."""
    message = "leg pain 7/10, 10 weeks of it, and some nights I pray I won't wake up"
    answer = ask(message)
    assert answer.kind == "urgent" and answer.level == "emergency", answer.id
    assert any(f.flag.id == "distress" and f.reply == "warn" for f in answer.findings)
