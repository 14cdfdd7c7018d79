"""Issue 7, stop 52 (calm52), part 1: false alarms on the writer's own signs told as past
and over, on the development triage sets of stop 52 (dentists, surgeons and vets;
lifters; musicians; shearers and farmers), fixed by cause. Each calm reading is checked
beside a sign said in another clause or sentence, which must still warn. Read by the rules
alone, which are what changed. Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import assert_calm, assert_caught

from bot.engine import Answer

Ask = Callable[[str], Answer]


def test_a_sign_had_then_said_settled_clauses_on(rules_alone: Ask) -> None:
    """A sign told as had, then said with "it" or "that" to be settled, cleared or gone a
    clause or more on in its sentence, is over; a sign told after a "but", a part of it
    left, or a time that ties it to now, still warns."""
    calm = [
        "Went to A&E in the summer with a strange tingle around my bottom, they scanned me, "
        "nerve irritated at the hip, and it's all settled. Only the leg ache these days.",
        "had numbness down below in june after a long drive, doctor checked, bloods and scan "
        "normal and it cleared up. just the sciatica left",
        "Madam, last month I was having tingling in the private area, MRI was done, report "
        "was normal, and it is settled, only right leg pain remains.",
        "my left leg gave out once in the spring, the physio said it was my knee joint, all "
        "sorted now. sciatica on the right",
    ]
    for message in calm:
        assert_calm(rules_alone(message), message)
    after = "the scan was clear last year and it's all settled, but since Monday I can't " \
            "feel the toilet paper when I wipe"
    assert_caught(rules_alone(after), after, "cauda-equina")
    leak = "had numb feet in March, it's settled, but I've wet myself twice this week"
    assert_caught(rules_alone(leak), leak, "cauda-equina")
    part = "the feeling round my bum went in October, they checked me and it's settled a " \
           "little, still numb on the left cheek"
    assert_caught(rules_alone(part), part, "cauda-equina")


def test_a_leg_that_gave_way_once_strong_for_months_since(rules_alone: Ask) -> None:
    """A leg that gave way once, told strong or solid for weeks or months since, is over; a
    leg weak or worse now, or another sign beside it, still warns."""
    calm = [
        "my right leg gave way once back in May when it was at its worst, but it's been "
        "strong as a horse for weeks now",
        "Knee buckled on me once in August, been solid for weeks. Sciatica easing.",
        "leg went from under me once at the start, mate, been strong for weeks, just the "
        "ache now",
    ]
    for message in calm:
        assert_calm(rules_alone(message), message)
    weaker = "my leg gave way once in May, been strong for months, but this week it's " \
             "getting weaker every day"
    assert_caught(rules_alone(weaker), weaker, "progressive-weakness")
    numb = "leg gave way last month, been strong for weeks, but my bum has been numb since " \
           "Tuesday"
    assert_caught(rules_alone(numb), numb, "cauda-equina")


def test_an_illness_had_then_said_gone(rules_alone: Ask) -> None:
    """A fever had with a cold or the flu, then said "that's gone" in a clause of its own, is
    over, even when the sentence goes on to the back as it is now; a fever that keeps coming
    back, or a sign said after a "but", still warns."""
    calm = [
        "Had a fever last week with a cold, that's gone, now it's only the usual stiffness.",
        "was running a temperature over the weekend with the flu, that has gone, back is the "
        "usual grumble",
        "I had high fever on Sunday with cough, that is gone, now only the waist pain. Which "
        "exercise?",
    ]
    for message in calm:
        assert_calm(rules_alone(message), message)
    shivers = "had the shakes and a fever last night, that's gone but the shivers keep " \
              "coming back"
    assert_caught(rules_alone(shivers), shivers, "serious-illness-signs")
    pee = "had a fever last week, that's gone, but since this morning I can't pee"
    assert_caught(rules_alone(pee), pee, "cauda-equina")


def test_a_fall_with_the_back_said_missed_far_on(rules_alone: Ask) -> None:
    """A fall whose sentence goes on, past when it was, to say the back was never jarred or
    hit, did the back no harm; a fall down stairs, a head hit, or a sign since, still
    warns."""
    calm = [
        "had a tumble, mind you that was weeks after the sciatica began, slid on wet leaves by "
        "the gate, put my hands out, never jarred my back",
        "I did take a fall at the rink but it was a good while after the leg pain started, went "
        "down on my knees and didn't jar my back at all",
        "Sir I fell once in the market but that was after my back problem started, fell on my "
        "knees only, did not hit my back",
    ]
    for message in calm:
        assert_calm(rules_alone(message), message)
    stairs = "fell down the stairs on Sunday after the sciatica started, bounced off the wall, " \
             "didn't jar my back"
    assert_caught(rules_alone(stairs), stairs, "serious-illness-signs")
    head = "I had a fall on the ice last week, after the leg pain began, landed on my hands " \
           "and didn't jar my back, but I hit my head and was sick twice"
    assert_caught(rules_alone(head), head, "general-emergency")
    since = "I had a fall on the ice last week, after the leg pain began, landed on my hands, " \
            "didn't jar my back, but since then I can't feel my bum"
    assert_caught(rules_alone(since), since, "cauda-equina")
