"""Persistent pain told as a course (`course` in triage.yaml, bot/engine/course.py, stop
18): people tell how the pain went rather than name a duration with "no better" (scores or
weeks in order, what they tried and for how long and then how it is, the usual recovery
beside this one). A course that gets worse for weeks, stays the same for longer, or runs
well past its usual time is the article's "see a doctor soon"; one that gets better is
calm however long it is, and so are short courses, past episodes and questions. Wordings
are the author's own, never copied from a set (the larger probe set is
tests/data/triage_probes_course.tsv)."""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import compile_knowledge
from bot.engine.course import BETTER, SAME, WORSE, CourseReader
from bot.knowledge.model import CourseWords

FLAG = "persistent-pain"
TODAY = date(2026, 11, 25)

CAUGHT = [
    # scores over time, rising
    "my sciatica was about a 3/10 five weeks ago, today it's 7/10",
    "scored my leg pain a 4 at the start, six weeks on it sits at a 7",
    # weeks in order, getting worse
    "week 2 sore, week 4 sorer, week 6 now and my leg aches all day",
    # what was tried, for how long, then the same
    "a month and a half of ice, walks and the stretches, my buttock pain won't shift",
    "twice daily exercises for two months and the burning in my calf is the same as day one",
    # the usual recovery beside this one
    "my back normally calms down within ten days but this bout of pain has been seven weeks",
    # an event or a birth as the start
    "since the house move in august my sciatica is no different and it's october now",
    "the baby is 11 weeks old and my leg pain from labour hasn't let up",
]

CALM = [
    # a course that gets better, however long
    "my leg pain was a 7/10 two months ago, now it's a 2/10",
    "sciatica week 1 dreadful, week 3 easier, week 7 hardly there, getting there",
    "eight weeks in and the leg pain is fading now",
    "each week the ache is a bit less than the week before, nine weeks now, much easier",
    # short courses
    "four days of sciatica and the tablets haven't touched it, still the same",
    "week 2 of this and it feels worse, is that normal?",
    # a past episode that settled, a history with a usual pattern
    "had sciatica for three months in 2021, it cleared completely, just a stiff back today",
    "on and off for twenty years, usually settles in a week or so, flared yesterday",
    # questions about how long it takes
    "how many weeks does nerve pain normally take to settle?",
    "does it usually get worse before it gets better?",
    # worse at a time of day or in a position, not over weeks
    "my leg pain started a month ago and it's worse when I sit at my desk",
]


@pytest.mark.parametrize("message", CAUGHT)
def test_a_course_that_persists_warns(ask, message):
    assert_caught(ask(message), message, FLAG)


@pytest.mark.parametrize("message", CALM)
def test_a_course_that_improves_or_is_short_is_calm(ask, message):
    assert_calm(ask(message), message)


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


def test_with_no_words_nothing_is_read():
    empty = CourseReader(CourseWords())
    course = empty.read("a 3/10 a month ago, now a 7/10 and worse", TODAY)
    assert course.direction is None


# Stop 20: weeks or months told with what the pain keeps the person from (`held_back` in
# triage.yaml, one of the duration's `needs`): a bed given up, nights not slept, a sofa not
# left, a stretch of "not being able to". With a long time it is persistent pain; the same
# words with a short time, or as the cause of a sore back, are calm. The author's own
# wordings (the probe set is tests/data/triage_probes_course20.tsv).
HELD_BACK = [
    "nine weeks of sleeping on the settee because my sciatica won't let me lie flat in bed",
    "not slept a full night for eight weeks now, the leg wakes me",
    "three months of not being able to drive because of this leg",
    "6 weeks laid up with my back",
    "been on crutches for 2 months with the sciatica",
]

HELD_BACK_CALM = [
    "my back is sore from sleeping on the sofa at my mate's",
    "stuck on the sofa all weekend with the leg, is that bad?",
    "two weeks of sleeping in the recliner, any tips for getting back to bed?",
    "limping about after a knock on the shin yesterday",
]


@pytest.mark.parametrize("message", HELD_BACK)
def test_weeks_of_what_the_pain_stops_warn(ask, message):
    assert_caught(ask(message), message, FLAG)


@pytest.mark.parametrize("message", HELD_BACK_CALM)
def test_what_the_pain_stops_for_a_short_time_or_as_a_cause_is_calm(ask, message):
    assert_calm(ask(message), message)


# Stop 20: a course that stopped getting better and has stayed put since, one told as "some
# days a bit better, mostly the same" (a part of the time is no direction of the course),
# time counted in a woman's monthly cycles, and a medicine come off (no fall).
STALLED = [
    "nine weeks of sciatica, it quit improving after the first fortnight and has plateaued",
    "seven weeks on Friday. On good days a little easier, mostly the same though",
    "my leg pain began four cycles ago and nothing has changed",
    "two months of this back ache since I came off my meds and it's not getting better",
]


@pytest.mark.parametrize("message", STALLED)
def test_a_course_that_stalled_or_is_counted_in_cycles_warns(ask, message):
    assert_caught(ask(message), message, FLAG)


def test_a_stopped_recovery_is_the_same(reader):
    course = reader.read("eight weeks now, stopped getting better at week 2", TODAY)
    assert course.direction == SAME
    assert reader.read("ten weeks, stuck since week four", TODAY).direction == SAME


def test_some_of_the_time_is_no_direction(reader):
    course = reader.read("six weeks now. some days a bit better, mostly the same", TODAY)
    assert course.direction == SAME
    assert reader.read("six weeks now, sometimes easier", TODAY).direction is None


# Stop 21: time off work (signed off, off sick, on the sick, light duties, hours cut) is
# what many questions are about, not a sign by itself (`off_work` in triage.yaml, one of the
# duration's `needs`): with weeks and no improvement it is persistent pain; alone, for days,
# asked about or someone else's, it is calm. A stop the pain forced ("had to take time
# off") still warns alone. The author's own wordings (the probe set is
# tests/data/triage_probes_course21.tsv).
OFF_WORK = [
    "eleven weeks on the sick now with the leg and it's no better",
    "been on light duties since the summer and the sciatica is still the same",
    "off sick a month with my back, it is not getting any better",
    "I had to take time off from the factory because of the leg pain",
]

OFF_WORK_CALM = [
    "the GP signed me off, is it ok to go for short walks?",
    "on the sick since Monday, which stretches should I do?",
    "occupational health rang, will they want to know about my sciatica?",
    "half the office is off sick with a bug and my back aches from covering",
    "could I lose my job for being off sick with sciatica?",
    "I can't drive when my back's bad, how do I get to the clinic?",
]


@pytest.mark.parametrize("message", OFF_WORK)
def test_a_long_time_off_with_pain_not_improving_warns(ask, message):
    assert_caught(ask(message), message, FLAG)


@pytest.mark.parametrize("message", OFF_WORK_CALM)
def test_time_off_work_alone_is_what_a_question_is_about(ask, message):
    assert_calm(ask(message), message)


# Stop 21: how the course is read. A time said alone ("12 weeks.") is the pain's in any
# message that is not about a pregnancy (a message with "the" or "is" in it was read as one);
# a side effect since a medicine began, a frequency ("every 6 months"), a wait ahead ("31
# weeks wait") and a pain almost over ("on its way out", "back to normal for months") are
# no persistent pain; weeks of broken sleep from the leg are; a surgeon who has offered the
# operation has it in hand (the calm note), as has a consultant for what the pain stops.
COURSE21 = [
    "It won't go. 10 weeks. I have tried everything. Still bad.",
    "my sciatica has been slowly getting worse since the clocks went back",
    "nine weeks of broken sleep, the leg keeps waking me",
    "we were told it'd sort itself out, eight weeks on and worse not better",
]

COURSE21_CALM = [
    "dry eyes on sertraline, had them since I started it 3 years ago, does it affect my back?",
    "a dry mouth since starting amitriptyline two years ago, normal?",
    "the physio reviews my leg every 6 months, no change, it's stable",
    "letter from the spinal clinic, 20 weeks wait, I've had the leg pain 3 weeks",
    "the calf ache is on its way out after 2 months, can I jog?",
    "the tingling went when they changed my tablets, back to normal for months now",
    "the surgeon offered me a microdiscectomy after 5 months of this, should I take it?",
    "the pain clinic see me for it, it stops me working full days, any desk tips?",
]


@pytest.mark.parametrize("message", COURSE21)
def test_a_course_read_for_the_pain_warns(ask, message):
    assert_caught(ask(message), message, FLAG)


@pytest.mark.parametrize("message", COURSE21_CALM)
def test_a_course_of_something_else_over_or_in_hand_is_calm(ask, message):
    assert_calm(ask(message), message)


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
