"""Issue 7, stop 57 (calm57): false alarms by kind on the development triage sets of stop
57 (landlords, skaters, midwives, pest and drain crews) and stop 56's sets (auctioneers,
call-centre agents, rugby and hockey players): a foot that caught on a known outside cause;
weight loss asked how to get or wished for, however fast.
Each calm reading is checked beside a sign of the same shape that must still warn. Read by
the rules alone, which are what changed. Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import assert_each_caught, assert_each_without

from bot.engine import Answer

Ask = Callable[[str], Answer]


def test_a_foot_that_caught_on_a_known_outside_cause(rules_alone: Ask) -> None:
    """A foot that caught, slapped or tripped told with a cause outside the body said as
    known (footwear too big, a lace undone, a step missed) and its end or the foot found
    fine is the shoe or the step, not the nerve; a cause guessed, a foot that still does it
    barefoot or in other shoes, a drag, a weakness, a foot that would not lift, or a cause
    denied still warns."""
    assert_each_without(rules_alone, [
        "tripped over my untied laces on the stairs yesterday, no harm done, foot lifts fine",
        "ma foot kept catchin on the stair last week, turns oot the wellies were a size too "
        "big. new pair and it stopped",
        "my foot slapped on the floor because I missed the bottom step, gave me a fright, "
        "walking normal now",
        "been tripping all week but it's cos I'm wearing my brother's old trainers that are "
        "way too big. foot lifts fine",
        "Sir my foot was catching on the road, it was due to the chappals being too large, "
        "I changed them and it stopped. Back pain is moderate",
    ], "progressive-weakness")
    assert_each_caught(rules_alone, [
        "my foot slaps when I walk, my boots are too big",
        "my foot keeps catching cos my shoes are too big I think",
        "foot slapping because my boots are too big, but it does it barefoot too",
        "tripped on my laces because my foot wouldnt lift",
        "my foot caught the kerb because my trainers are too big, and it's been dragging since",
        "foot keeps catching because my shoes are too big, and now my leg feels weak",
        "my foot keeps catching and it's not because my boots are too big, they fit fine",
        "maybe my boots are too big? my foot has been slapping on the floor all week",
    ], "progressive-weakness")


def test_weight_loss_sought_however_fast(rules_alone: Ask) -> None:
    """Weight loss asked how to get, or wished for, with a speed word ("quick ways to drop a
    dress size", "how can I shed a stone fast") is a plan, not weight lost without trying;
    weight lost fast without trying, or for no known reason, still warns."""
    assert_each_without(rules_alone, [
        "quick ways to drop a dress size with sciatica?",
        "how can I lose weight quickly with a bad back",
        "tips to shed a stone fast? sciatica 3 weeks",
        "wanna lose a stone quick for my holiday, can I still do planks with sciatica",
        "best way to lose weight quick when you cant walk much with sciatica",
    ], "serious-illness-signs")
    assert_each_caught(rules_alone, [
        "I have lost weight fast without trying",
        "dropping weight quickly and I do not know why",
        "lost a stone fast this month, not dieting, back pain at night",
        "how do I stop losing weight so fast? I haven't been trying",
        "I want to know why I'm losing weight so fast, I'm not dieting",
    ], "serious-illness-signs")

