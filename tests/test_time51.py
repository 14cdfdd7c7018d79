"""Issues 7 and 8, stop 51 (time51): persistent pain told in every way of counting time. A
span between two named days ("since X ... still ... at Y"), a season said as now, a person
still at work (no treatment still working), and directions said of what is not the pain
(a weight gone up, the worst part of a day). Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_calm, assert_each_warns, assert_the_rules_warn

from bot.engine.durations import durations_in_days

TODAY = date(2026, 11, 25)


def test_a_day_said_of_what_still_goes_on_is_now():
    """A start named by a day ("since Halloween", "hurt it in September") and a later day
    said of what still goes on ("still limping at Christmas", "by March still sore") count
    the span between the two days, whatever they are; a day ahead ("still hoping to ski in
    January") is no now, and a start said again as the day ("started at Easter, still sore")
    counts to today."""
    assert max(durations_in_days("hurt it at halloween and im still limping at christmas",
                                 TODAY)) >= 42
    assert max(durations_in_days("since the diwali party and still sore by new year",
                                 TODAY)) >= 42
    assert max(durations_in_days("since february, by may i was still limping", TODAY)) >= 42
    assert max(durations_in_days("came on at christmas and still hurting in january",
                                 TODAY)) < 42
    assert max(durations_in_days("since october, still hoping to ski in january",
                                 TODAY)) < 60
    assert max(durations_in_days("started at easter still sore", TODAY)) >= 42
    # a now said outright wins over a day said beside "still" (the start itself here)
    assert max(durations_in_days("hurt it at easter still bad and now its nearly june",
                                 TODAY)) < 70


def test_a_season_said_as_now_is_counted_to(rules_alone):
    """"It's winter now" is the day a start counts to, as a month named as now is: "since
    the summer, and it's winter now" is months; a start and a now in one season is not."""
    assert max(durations_in_days("since the summer and its winter now", TODAY)) >= 42
    long = "my sciatica started in july and its autumn now, it hasnt eased at all"
    assert_the_rules_warn(rules_alone(long), long, "persistent-pain")


def test_two_named_days_tell_persistent_pain(rules_alone):
    """A leg pain begun on one named day and still there on a later one, months apart,
    warns, as "eight weeks" does (NHS: not improving after a few weeks). A start days ago
    stays calm."""
    months = ("the leg went when i moved a wardrobe at halloween and im still in agony now "
              "its christmas. no better")
    calm = "the leg went when i moved a wardrobe on saturday, any stretches?"
    assert_the_rules_warn(rules_alone(months), months, "persistent-pain")
    assert_calm(rules_alone(calm), calm)


def test_a_person_still_working_is_no_treatment_working(rules_alone):
    """"Still working" said of the writer, who carries on at work, says nothing of the pain
    getting better: months of pain no better warn. A treatment still working ("the
    injection is still working") is getting better and stays calm."""
    working = ("sciatica since early feb and its now june, not improving. still working "
               "through it. what else is there?")
    injection = "had the injection three months ago and its still working"
    assert_the_rules_warn(rules_alone(working), working, "persistent-pain")
    assert_calm(rules_alone(injection), injection)


def test_a_direction_of_another_measure_is_no_course(rules_alone):
    """A weight or a dose that went up is that measure's course, not the pain's: four or
    five weeks beside it stay calm. The pain itself gone up, or getting worse, over five
    weeks still warns."""
    weight = "my weight has gone up since i stopped the gym because of my back. 5 weeks in"
    pain = "sciatica for 5 weeks and the pain has gone up"
    worse = "sciatica for 5 weeks and getting worse every week"
    assert_calm(rules_alone(weight), weight)
    assert_each_warns(rules_alone, (pain, worse), "persistent-pain")


def test_the_worst_part_is_which_part_not_a_course(rules_alone):
    """"The worst bit", "the worst part" names which part of a day or a task hurts most, not
    a pain getting worse: five weeks beside it stay calm. "The worst it has been" is the
    pain at its worst now, and warns."""
    part = "pain down the back of my leg. 5 weeks. getting out of the car is the worst part"
    worst = "5 weeks of this leg pain and its the worst it has ever been"
    assert_calm(rules_alone(part), part)
    assert_the_rules_warn(rules_alone(worst), worst, "persistent-pain")
