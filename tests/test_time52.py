"""Issues 7 and 8, stop 52 (time52): persistent pain however time is counted. A start told at
a stage of a year of its own (a school term, a sports season) counted to the stage said now;
a number word typed one slip off; the year gone through ("all year", "most of this year"); a
day of work begun ("started lambing") that dates no pain; and "in the fall" (US autumn) read
as a season though a sign's phrase ends on its "in the". Wordings are the author's own,
never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_calm, assert_each_warns, assert_the_rules_warn

from bot.engine.durations import durations_in_days, stages_now

TODAY = date(2026, 11, 25)


def test_a_start_at_one_stage_of_a_term_counts_to_the_stage_now(rules_alone):
    """A term's start ("since the start of term", "since the kids went back") and a later
    stage said now ("we're at half term", "nearly the end of term") are that far apart, on
    whatever day the term fell; a term's start said alone counts from the latest term's first
    day. A start at half term and now at the end of term is five weeks, no more."""
    assert max(durations_in_days("been going since the start of term and were at half term "
                                 "now", TODAY)) >= 42
    assert max(durations_in_days("since the kids went back and now theyre on half term",
                                 TODAY)) >= 42
    assert max(durations_in_days("since half term and its nearly the end of term",
                                 TODAY)) < 42
    assert stages_now("its reading week now") == {"term": 49}
    uk = "my sciatica has been there since the start of term and it's half term now, no better"
    indian = "Leg pain is there from the beginning of the semester, now midterms, not reducing"
    aussie = "my sciatica's been going since school went back, end of term now and no better"
    assert_each_warns(rules_alone, (uk, indian, aussie), "persistent-pain")
    assert max(durations_in_days("hurt my leg at the start of term its nearly the end of "
                                 "term now", TODAY)) >= 42
    # "the kids went back" may be after any break (half term, Easter): said with no stage
    # now it dates nothing, and the count said beside it is how long
    assert durations_in_days("since the kids went back", TODAY) == []
    short = ("Leg pain's the usual stuff since the kids went back after the holidays, ten "
             "days or so. Any stretches?")
    assert_calm(rules_alone(short), short)


def test_a_start_at_one_stage_of_a_sports_season_counts_to_the_stage_now(rules_alone):
    """A season's opening ("since the season kicked off", "since preseason") and its finals,
    playoffs, run-in or end said now are months apart in every code; a season's start with no
    stage said now counts nothing (a sport's season starts on different days)."""
    aussie = "crook leg since the footy season started and we're nearly at the finals now"
    us = ("my sciatica started during preseason and now we're in the playoffs. not easing "
          "at all")
    uk = "Leg's been killing me since the season kicked off, it's the run-in now. No change."
    assert_each_warns(rules_alone, (aussie, us, uk), "persistent-pain")
    assert max(durations_in_days("since the season started its mid season now",
                                 TODAY)) >= 42
    assert durations_in_days("since the start of the season", TODAY) == []


def test_a_number_word_typed_one_slip_off_is_the_number(rules_alone):
    """"Sevn weeks", "aight months", "nien days": a word one letter off a number, right
    before a unit, is the number, unless it is an English word ("tree", "fine", "your")."""
    assert durations_in_days("sevn weeks of this", TODAY) == [49]
    assert max(durations_in_days("leg pain for aight weeks now", TODAY)) == 56
    assert max(durations_in_days("nien weeks now", TODAY)) == 63
    assert max(durations_in_days("fine weeks off work", TODAY), default=0) < 42
    voice = "sciatica for sevn weeks and its no better"
    young = "leg pain fiev months now not getting better tbh"
    assert_each_warns(rules_alone, (voice, young), "persistent-pain")


def test_the_year_gone_through_is_a_long_time(rules_alone):
    """"All year", "most of this year", "the best part of the year", "most of the winter":
    the time gone through so far, two months at least; "all year round" is a habit."""
    assert max(durations_in_days("sciatica all year", TODAY)) >= 42
    assert max(durations_in_days("most of the winter", TODAY)) >= 42
    assert durations_in_days("i shear all year round", TODAY) == []
    nigerian = "This leg pain has been with me most of this year, it is not going"
    old = "I've had the sciatica the best part of the year and it's no better, doctor"
    assert_each_warns(rules_alone, (nigerian, old), "persistent-pain")


def test_a_day_of_work_begun_dates_no_pain(rules_alone):
    """"Started lambing 3 weeks ago", "began calving last month": the farming day right after
    a start verb is the work begun, not the day a pain began; "since lambing" and "started at
    lambing" still date it (months back)."""
    assert max(durations_in_days("started lambing 3 weeks ago", TODAY)) == 21
    assert max(durations_in_days("began calving a fortnight ago", TODAY)) == 14
    assert max(durations_in_days("leg has been bad since lambing", TODAY)) >= 42
    assert max(durations_in_days("it started at lambing", TODAY)) >= 42
    calm = ("Started lambing 2 weeks ago and my back went on day 5 lifting a tup. Pain down "
            "the leg. Can I keep on with ibuprofen till we finish?")
    assert_calm(rules_alone(calm), calm)


def test_the_fall_as_a_season_is_no_fall_inside_a_phrase(rules_alone):
    """"It began in the fall", "started in fall" (US autumn): the season a pain began in, not
    a fall, though a spreading patch's phrase ("started in the") closes on the same words; a
    fall had ("started in the fall I had off the ladder") still warns of the injury."""
    us = "The leg pain began in the fall and it's nearly Easter, no better"
    canadian = "my sciatica started in fall and it hasn't let up, now it's March"
    for message in (us, canadian):
        answer = rules_alone(message)
        assert_the_rules_warn(answer, message, "persistent-pain")
        assert answer.id == "persistent-pain", message
    fell = "my back pain started in the fall i had off the ladder last month"
    assert_the_rules_warn(rules_alone(fell), fell, "serious-illness-signs")
    # only a season's reading is said over a phrase's closing words: a place the sign's own
    # preposition names stays inside it ("hit my head on the ward floor": no care in hand)
    ward = "passed out after the op, fell and smacked my head on the ward floor, bleeding loads"
    assert_the_rules_warn(rules_alone(ward), ward, "general-emergency")
