"""Persistent pain told as a course (`course` in triage.yaml, bot/engine/course.py, stop
18): people tell how the pain went rather than name a duration with "no better" (scores or
weeks in order, what they tried and for how long and then how it is, the usual recovery
beside this one). A course that gets worse for weeks, stays the same for longer, or runs
well past its usual time is the article's "see a doctor soon"; one that gets better is
calm however long it is, and so are short courses, past episodes and questions. Wordings
are the author's own, never copied from a set (the larger probe set is
tests/data/triage_probes_course.tsv). Its probe lists are in tests/probes/triage_course.tsv."""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import compile_knowledge
from bot.engine.course import BETTER, SAME, WORSE, CourseReader
from bot.knowledge.model import CourseWords

FLAG = "persistent-pain"
TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def reader(kb):
    return CourseReader(kb.triage.course)


def test_scores_in_order_give_the_direction_and_the_span(reader):
    course = reader.read("it was a 4/10 a month ago, now its a 7/10", TODAY)
    assert course.direction == WORSE
    assert course.span == 30
    falling = reader.read("my score this week is 3, last week 5, the week before 8", TODAY)
    assert falling.direction == BETTER


def test_weeks_of_a_course_count_from_its_start(reader):
    course = reader.read("week one bad, week three worse, now week five", TODAY)
    assert course.direction == WORSE
    assert course.span == 35


def test_a_direction_denied_is_the_same(reader):
    assert reader.read("six weeks now and no better", TODAY).direction == SAME
    assert reader.read("seven weeks and not any worse", TODAY).direction == SAME


def test_a_direction_hoped_or_asked_is_not_told(reader):
    assert reader.read("five weeks now, will it get better?", TODAY).direction is None
    assert reader.read("five weeks now. when does it get better", TODAY).direction is None


def test_the_usual_time_is_read_beside_this_one(reader):
    course = reader.read("usually it settles in a fortnight, this time two months", TODAY)
    assert course.usual == 14
    assert course.lasted == 60


def test_a_message_with_no_time_has_no_course(reader):
    assert reader.read("", TODAY).points == ()
    assert reader.read("my leg is worse", TODAY).span == 0


def test_may_and_a_fall_are_no_dates(reader):
    assert reader.read("it may be worse, I had a fall", TODAY).span == 0


def test_a_score_above_ten_is_no_score(reader):
    course = reader.read("it was 40/10 a month ago, now 50/10", TODAY)
    assert all(p.score is None for p in course.points)


def test_a_score_out_of_ten_is_read_the_same_way_by_the_course_and_the_triage(reader, ask):
    """One pattern (numbers.OUT_OF_TEN): the course reads its value, the triage never counts
    its 10 as a time, in every way of writing it."""
    course = reader.read("it was a 6 outta 10 a month ago, now 3 / 10", TODAY)
    assert [p.score for p in course.points] == [6.0, 3.0]
    assert course.direction == BETTER
    message = "sciatica a 6 outta 10 wk 2, which stretch is best for the hip?"
    assert ask(message).kind != "urgent", ask(message).id


def test_with_no_words_nothing_is_read():
    empty = CourseReader(CourseWords())
    course = empty.read("a 3/10 a month ago, now a 7/10 and worse", TODAY)
    assert course.direction is None


def test_a_stopped_recovery_is_the_same(reader):
    course = reader.read("eight weeks now, stopped getting better at week 2", TODAY)
    assert course.direction == SAME
    assert reader.read("ten weeks, stuck since week four", TODAY).direction == SAME


def test_some_of_the_time_is_no_direction(reader):
    course = reader.read("six weeks now. some days a bit better, mostly the same", TODAY)
    assert course.direction == SAME
    assert reader.read("six weeks now, sometimes easier", TODAY).direction is None


def test_a_time_said_alone_is_not_a_pregnancy_for_every_message(kb):
    reading = compile_knowledge(kb).triage.read("It is no better. 12 weeks.", TODAY)
    assert [f.flag.id for f in reading.warnings] == [FLAG]


def test_a_surgeon_who_offered_the_operation_gives_the_note(kb):
    reading = compile_knowledge(kb).triage.read(
        "the surgeon offered me a discectomy after 4 months of this", TODAY)
    assert [(f.flag.id, f.reply) for f in reading.findings] == [(FLAG, "note")]


def test_a_pain_that_will_not_settle_or_ease_is_no_better(ask):
    """'won't settle', 'not easing' hold the words of getting better, denied: the duration
    still warns, and a blow named as what was thrown at the pain is no blow."""
    for message in ("ten weeks of this and it just won't settle",
                    "my calf pain isn't easing, 9 weeks now",
                    "3 months of this leg pain, still agony, tried all the GP has thrown at it"):
        assert_caught(ask(message), message, FLAG)


def test_a_time_said_of_the_sign_just_before_is_that_signs(ask):
    """'It has been like that for 2 years' said after a numb foot is the numbness's years:
    the person's usual, calm; after a leg pain it is the pain's months; changed, it warns."""
    calm = "My left heel is numb. It has been like that for three years, the neurologist knows."
    assert_calm(ask(calm), calm)
    for message in ("I have a burning pain down my calf. It has been like that for 4 months.",
                    "My left heel is numb. It has been like that for three years but now "
                    "it is much worse."):
        assert ask(message).kind == "urgent", message
