"""Issue 7, stop 53 (time53): persistent pain read from time and course, both ways. A time
still to come ("six weeks till my holiday") is no time gone through; a decimal ("2.5 weeks")
is its whole number, never its fraction alone; "come back" that someone tells the writer to
do is a visit to make, no pain come back; "the same as week one" is no better; "stopped
working" said of a body part, an outing for a pastime missed ("can't get out on the boat")
and a movement the pain checks ("stops me pushing off") are no life or work stopped. Each
calm rule sits beside the real persistent pain of its shape that still warns. Wordings are
the author's own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_each_calm, assert_each_warns, assert_each_without

from bot.engine.durations import durations_in_days

TODAY = date(2026, 12, 7)
FLAG = "persistent-pain"


def test_a_time_still_to_come_is_no_time_gone_through(rules_alone):
    """Cause: an amount of time before "till", "until", "away", "to go", "from now" or "out
    from" is a time ahead (a holiday, a race, an exam), read as how long the pain had lasted.
    Counted up to now ("until now") it is still lasted, and so is "away from work"."""
    assert durations_in_days("eight weeks till my holiday", TODAY) == []
    assert durations_in_days("the race is 8 weeks away", TODAY) == []
    assert durations_in_days("8 weeks to go till the marathon", TODAY) == []
    assert durations_in_days("twelve weeks out from my show", TODAY) == []
    assert durations_in_days("its been eight weeks till now", TODAY) == [56]
    assert durations_in_days("8 weeks away from work", TODAY) == [56]
    assert durations_in_days("8 weeks out of the gym", TODAY) == [56]
    calm = (
        # UK, US, Indian, Australian
        "Eight weeks till my holiday in Portugal and this sciatica only started on Tuesday. "
        "Will I be right by then?",
        "My wedding's seven weeks away and my back went out last Friday, will it settle in "
        "time?",
        "Exam is 10 weeks to go and since 4 days I am having pain in the leg, kindly advise "
        "exercises",
        "Twelve weeks out from the Gold Coast marathon and my sciatica flared up three days "
        "ago, should I keep training?",
    )
    assert_each_calm(rules_alone, calm)
    warn = (
        "It's been eight weeks until now and the leg pain is no better, holiday in a "
        "fortnight",
        "Sciatica for nine weeks now, holiday's six weeks away and it's no better",
        # Scottish
        "Been off my work wi sciatica for seven weeks and it's no better. Five weeks till my "
        "holidays.",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_a_decimal_counts_its_whole_number(rules_alone):
    """Cause: triage writes "2.5" as "2 point 5" so that its point ends no sentence, and the
    durations then read "5 weeks" (35 days: with "no better" or "back to square one" beside
    it, persistent pain). The decimal is read whole; 6.5 weeks no better still warns."""
    assert durations_in_days("2 point 5 weeks in", TODAY) == [17]
    assert durations_in_days("two point five weeks in", TODAY) == []
    calm = (
        "Sciatica's a bit worse today after the hoovering. 2.5 weeks in, is that normal?",
        "3.5 weeks and no better, is that normal for sciatica?",
        # Nigerian
        "It has been 1.5 weeks and the waist pain is not improving, what can I do?",
    )
    assert_each_calm(rules_alone, calm)
    warn = (
        "6.5 weeks and no better with the sciatica",
        "Pain down my leg has been there 7.5 weeks now, no change at all",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_come_back_told_to_the_writer_is_no_pain_come_back(rules_alone):
    """Cause: "come back" (`recurred`: a pain back after a time without it, whose first start
    is no length of this bout) said as what a doctor, an office or a boss tells the writer to
    do ("the GP said come back if no better", "HR says come back with a letter") calmed a
    long pain no better. A pain said to have come back still calms its old start."""
    warn = (
        "Had sciatica 9 weeks now and it's not improving, the doctor said come back if no "
        "better.",
        "Had sciatica 9 weeks now and it's not improving, GP said come back.",
        # US, Indian
        "Off work 10 weeks with sciatica, HR says come back with a doctor's letter. Pain's "
        "the same as day one.",
        "Doctor told me to come back after one month. It is 2 months now, leg pain is not "
        "improving.",
        # the course's first week as the yardstick: no better (five weeks, not six)
        "Five weeks off the tools and the pain's the same as week one.",
    )
    assert_each_warns(rules_alone, warn, FLAG)
    calm = (
        "Had sciatica 2 years ago, cleared up completely, and now it's come back since last "
        "week, 8 weeks of physio back then",
    )
    assert_each_calm(rules_alone, calm)


def test_stopped_working_said_of_a_body_part_is_no_job_given_up(rules_alone):
    """Cause: "stopped working" (`stops_work`) said of legs or a knee at the end of a long
    effort read as work given up. A leg's own stop is a weakness's to read; the writer's
    work stopped still warns."""
    assert_each_without(rules_alone, (
        "My legs just stopped working at the top of the hill on the bike, had to walk it. "
        "Sciatica's been fine though.",
    ), FLAG)
    warn = (
        "My back is so bad I stopped working in September, still no better",
        "Stopped working since the sciatica started",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_an_outing_for_a_pastime_missed_is_no_life_stopped(rules_alone):
    """Cause: "can't get out" (housebound, `stops_work`) inside "can't get out on the boat,
    the bike, the water, the hills": a sport missed. Housebound still warns."""
    assert_each_without(rules_alone, (
        "Can't get out on the bike since the sciatica started on Sunday, is the turbo trainer "
        "ok?",
        # Australian, Scottish
        "Gutted I can't get out on the water this weekend, the leg's playing up. Is swimming "
        "ok instead?",
        "couldn't get out on the hills this week because of my back, any stretches?",
    ), FLAG)
    warn = (
        "I can't get out on my own anymore, the sciatica is that bad",
        "can't get out of the house with this leg pain",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_a_movement_the_pain_checks_is_no_life_stopped(rules_alone):
    """Cause: "stops me" (`stops_life`) before a single movement ("pushing off",
    "straightening", "kicking", "bending past my knees in the stretch"): pain on movement,
    not the everyday life the pain stops. Sleep, walking and dressing stopped still warn."""
    assert_each_without(rules_alone, (
        "The pain stops me straightening my leg fully when I sit on the floor, is that nerve "
        "tension?",
        "it's stopping me from kicking properly at football, physio says strength is normal",
        "Pain stops me bending past my knees in the hamstring stretch, should I push through?",
    ), FLAG)
    warn = (
        "the pain stops me bending down to put my socks on",
        "the pain stops me walking to the shops",
        "the leg pain stops me sleeping",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_a_decimal_is_read_whole_by_the_course_too(rules_alone):
    """Cause (part 2): the course read "2 point 5 weeks in" (a decimal as triage writes it)
    as "5 weeks in", a month of a pain worse today: persistent pain. Its whole number is the
    time; five and a half weeks worse and back to square one still warns."""
    calm = (
        "Leg's a bit worse tonight after I dug the veg patch. 2.5 weeks in. Have I undone it "
        "all?",
    )
    assert_each_calm(rules_alone, calm)
    warn = ("Leg's worse today, 5.5 weeks in, back to square one",)
    assert_each_warns(rules_alone, warn, FLAG)


def test_a_start_dated_in_figures_counts_the_shorter_way(rules_alone):
    """Cause (part 2): a start dated in figures ("started on 12/09") counted nothing: the day
    and the month may come either way round, so the shorter of the two real past dates
    counts (a score "from 4/10 to 7/10" is no date)."""
    assert durations_in_days("started on 12/09", TODAY) == [86]
    assert durations_in_days("since 02/11", TODAY) == [35]
    assert durations_in_days("since 9/15", TODAY) == [83]
    assert durations_in_days("since 3/11/2026", TODAY) == [34]
    assert durations_in_days("went from 4/10 to 7/10", TODAY) == []
    assert max(durations_in_days("since 3/4 days", TODAY)) < 42  # three or four days
    assert durations_in_days("since 10/04 (6 days)", TODAY) == [6]  # the count said
    warn = (
        "My sciatica started on 12/09 and it's no better, what now?",
        "My leg pain has been there since 15/9 and not improving",
    )
    assert_each_warns(rules_alone, warn, FLAG)


def test_a_peak_at_the_end_of_a_long_day_is_no_pain_past_coping(rules_alone):
    """Cause (part 2): "unbearable" (`cannot_cope`) said of the end of a long day or shift
    ("by hour ten", "by home time"): the load of the day, no pain past coping. Weeks of it,
    or "can't cope anymore", still warn."""
    assert_each_without(rules_alone, (
        "By the end of the shift the leg pain is unbearable, any tips for the ward?",
        "by home time my sciatica is unbearable, is a standing desk better?",
    ), FLAG)
    warn = (
        "Eight weeks now and by teatime the leg pain is unbearable",
        "By the end of the day it's unbearable and I can't cope anymore",
        "the pain is unbearable, I can't cope anymore",
    )
    assert_each_warns(rules_alone, warn, FLAG)
