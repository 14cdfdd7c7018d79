"""Issue 7, stop 54 (time54): persistent pain read from time and course, both ways. A course
told by named times (an event dated apart, a start "first felt" and an end passed, a start
"round" or "when" a day counted to now), by blocks of a known length counted (tours, trips,
contracts, a rota's cycles), and a relief of hours that wears off is no pain come back. The
calm side: an intense pain with a short course, a course "better than week 2", a count per
day, a time that is a diet's and a holiday's event that dates no course. Each calm rule sits
beside the real persistent pain of its shape that still warns. Wordings are the author's
own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_each_calm, assert_each_warns, assert_each_without

from bot.engine.durations import durations_in_days

TODAY = date(2026, 11, 25)
FLAG = "persistent-pain"


def test_a_start_dated_by_an_event_named_apart(rules_alone):
    """Cause: a start told by an event ("since the Fringe") dated in a clause of its own
    ("the Fringe was the whole of August") was no date: the event is named again with its
    day, and the span to now is how long."""
    assert durations_in_days("since the gala and the gala was mid june, its now mid august",
                             TODAY) == [61]
    assert durations_in_days("since the summer and the summer was hot", TODAY) != [0]
    warn = (
        # Scottish, UK, Indian
        "Been bad since the Fringe, and the Fringe was the whole of August. It's now late "
        "October and the leg is still the same.",
        "It started at the county show and the show was the last week of July, now it's the "
        "end of September and it's no better",
        "since the mela and the mela was mid August, now its start of November, the leg "
        "pain is no better",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_a_start_first_felt_and_a_day_passed_since(rules_alone):
    """Cause: "first felt it" was no start, and a day something else ended with the pain
    still on after it ("the tour finished at the end of June and it's still as bad") was no
    day it is at least now; "round" a day and "when the clocks went back" were no start, and
    "we're into" a holiday no now."""
    warn = (
        # US, UK, Australian, Indian, Nigerian
        "first felt this in March, the tour finished at the end of June and it's still just "
        "as bad now",
        "First noticed it in September during the harvest, the harvest finished mid October "
        "and the leg is still as bad",
        "I first got it in October at the start of the season, season ended in December and "
        "its still the same pain",
        "it started when the clocks went back and the clocks have gone forward now, still "
        "aching down my leg every day",
        "started round Diwali, now it is nearly Republic Day, still same pain in my leg",
        "Started round Easter and we're into August now, the leg's as bad as it ever was",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_blocks_of_a_known_length_counted(rules_alone):
    """Cause: tours, trips, contracts and a rota's cycles counted with each one's length said
    ("three trips' worth, each trip lasts about 3 weeks", "five rota cycles, 2 on 2 off") were
    no time: the count times the length, as hitches and rosters already were. A count per day
    ("I lift about 150 a day") is a rate, never 150 days."""
    assert 63 in durations_in_days("three tours worth of sciatica, each runs about 3 weeks",
                                   TODAY)
    assert durations_in_days("i lift about 150 a day at work", TODAY) == []
    assert durations_in_days("half a year", TODAY) == [182]
    warn = (
        "Three trips' worth of sciatica and each trip lasts about 3 weeks. No better at all",
        "Two contracts' worth of sciatica cos each contract's 4 weeks. still the same",
        "Done five rota cycles with the sciatica (we work 2 on 2 off) and it's no better",
    )
    assert_each_warns(rules_alone, warn, FLAG)
    assert_each_without(rules_alone, (
        "I lift about 150 a day at work with this sciatica, am I doing damage?",
        "Best way to carry crates with sciatica? I shift about 300 a day",
    ), FLAG)


def test_a_relief_of_hours_is_no_pain_come_back(rules_alone):
    """Cause: "it's back" after a relief of hours ("helps for half an hour then it's back")
    read as a pain that had gone and returned, which takes away a long course's warning. A
    pain gone for weeks first and back is still a return."""
    warn = (
        "Seven weeks and counting. Ice helps for an hour then it's back. Should I worry?",
        "Eight weeks now. The tablets give me a few hours then it comes back. Is that normal?",
        "Two months of this. Stretching helps for half an hour then it's back, honestly no "
        "better",
    )
    assert_each_warns(rules_alone, warn, FLAG)
    assert_each_without(rules_alone, (
        "It went away for a month and now it's back, only came back last Tuesday",
    ), FLAG)


def test_an_intense_pain_with_a_short_course(rules_alone):
    """Cause: a pain told only by how bad it is ("unbearable tonight", "9 out of 10", "can't
    cope some days") warned as persistent pain whatever its time: in a message whose every
    time is under three weeks it is a short bout. Three weeks, work or study lost beside it,
    and unbearable for eight weeks still warn."""
    assert_each_without(rules_alone, (
        "The pain is unbearable tonight, 9 out of 10, it started four days ago. What can I "
        "take?",
        "Some days I can't cope with it, it's only been two weeks since it started. How do "
        "people manage?",
        "excruciating pain in my leg since 6 days, kindly suggest some medicine",
    ), FLAG)
    assert_each_warns(rules_alone, (
        "Its unbearable, been like this 8 weeks now",
        "Worst pain of my life, ten weeks now and no better",
    ), FLAG)


def test_a_course_better_than_an_earlier_week(rules_alone):
    """Cause: "better than week 2" was taken back by a plain "still can't bend" said beside
    it: a direction said against a time before now is the way the course went. No better
    than week 2, or worse than it, still warns."""
    assert_each_without(rules_alone, (
        "Six weeks in and it's loads better than week 2, still can't touch my toes without a "
        "twinge",
        "5 weeks now, much better than the first week, still cant run though",
    ), FLAG)
    assert_each_warns(rules_alone, (
        "Five weeks today. A fair bit worse than week 2 and still can't sleep",
        "Seven weeks and no better than week 2, still cant bend",
    ), FLAG)


def test_weight_lost_since_a_diet_started(rules_alone):
    """Cause: "since I started dieting" made "started" a word of going on in the weight's own
    part, so the diet's months were read as the pain's. The back told as aching ever since,
    after a comma too, still warns."""
    assert_each_without(rules_alone, (
        "lost 8 kilos since I started the diet in February, on purpose. Will it help the "
        "sciatica?",
        "lost 6 kilos since I started slimming world in January, on purpose. hoping it helps "
        "my back",
    ), FLAG)
    assert_each_warns(rules_alone, (
        "lost 8 kilos since I started the diet in February, on purpose, and my back has ached "
        "ever since",
    ), FLAG)


def test_a_holiday_event_dates_no_course(rules_alone):
    """Cause: a holiday named as an event ("fell over at the works Christmas do") was a point
    of the course eleven months back, so "the sciatica is no different" read as the same for
    months. A score said at the event still dates it."""
    assert_each_without(rules_alone, (
        "Fell over at the works Christmas do, didn't hurt at all, and the sciatica is no "
        "different. Any tips?",
        "Great craic at the staff Christmas party, feeling rough today, back's no worse. "
        "Stretches ok?",
    ), FLAG)
    assert_each_warns(rules_alone, (
        "At the Christmas party my back was a 3, now it's an 8, two months on",
    ), FLAG)


def test_calm_readings_stay_calm(rules_alone):
    """The calm side of the new starts: a short pain with an event dated apart stays calm."""
    assert_each_calm(rules_alone, (
        "Since the wedding, and the wedding was last Saturday, my back's been a bit stiff. "
        "Any stretches?",
    ))


def test_a_long_day_narrowed_leaves_aching_legs_explained(rules_alone):
    """Cause (part 2, time53's patch): its bare trigger "by the end of a" took the place of
    the rule that explains both legs aching after a long shift and gone on sitting, which
    then warned as cauda equina. Only a day or a shift named whole triggers it now; a start
    in figures still counts."""
    assert_each_without(rules_alone, (
        "both legs ache by the end of a ten hour shift on the shop floor, gone once I sit down",
        "my legs both ache by the end of a long shift on the wards, fine after a sit down",
    ), "cauda-equina")
    assert_each_warns(rules_alone, ("since 15/9 the leg pain is no better",), FLAG)
