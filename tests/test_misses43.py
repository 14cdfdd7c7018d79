"""Issue 7, stop 43 (misses43): the misses of the four development sets of stop 43 (racket
and club sports, bowels upset by painkillers or by life, removals and roofing trades,
cannabis, alcohol and party drugs). Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_the_lady_area_is_a_part_no_woman(ask):
    """"Lady area" and "lady region" name the saddle, as "lady parts" does: numb there is the
    sign, whoever "lady" usually names. A lady who is a person stays a person."""
    numb = "my whole lady region has felt numb since I hurt my back moving the sofa"
    person = "the lady at the physio said my back is just stiff, nothing serious"
    assert_the_rules_warn(ask(numb), numb, "cauda-equina")
    assert_calm(ask(person), person)


def test_anyone_else_asked_then_dated_this_week_is_the_writers(ask):
    """"Anyone else get ...?" with "only started this week" after it is the writer's own
    sign, as "started today" was; a plain ache dated this week stays calm."""
    own = "anyone else get a numb bum when wiping? only started this week"
    ache = "anyone else get sciatica from golf? started this week, just the usual ache"
    assert_the_rules_warn(ask(own), own, "cauda-equina")
    assert_calm(ask(ache), ache)


def test_a_sign_asked_then_told_as_going_on_is_the_writers(ask):
    """A question whether a disc can do a thing, followed by the writer telling that very
    thing as happening ("keep getting caught short"), is the writer's sign: the question
    form never calms it. A pain told after the question echoes nothing."""
    told = "can sciatica make you not feel when you need the loo? keep getting caught short at work"
    sore = "can sciatica make you not feel when you need the loo? my leg is sore today"
    assert_the_rules_warn(ask(told), told, "cauda-equina")
    assert_calm(ask(sore), sore)


def test_legs_too_weak_to_get_up_are_weakness(ask):
    """Legs too weak to get up from a chair or the floor, in one clause, are weakness; a
    stiff back that stops one getting up is not."""
    weak = "since the weekend my legs are so weak i cant get up from the chair on my own"
    stiff = "my back is so stiff i cant get up off the floor after yoga"
    assert_the_rules_warn(ask(weak), weak, "progressive-weakness")
    assert_calm(ask(stiff), stiff)


def test_a_leg_failing_against_how_it_was_done_then(ask):
    """A leg that will not do now what it did "normally" last week is weakness that has come
    on; "never had that before" beside a position that hurts is no weakness."""
    leg = "right leg wont push me up the kerb now, last week i was doing it normally"
    sleep = "cant sleep on my left side, never had that before"
    assert_the_rules_warn(ask(leg), leg, "progressive-weakness")
    assert_calm(ask(sleep), sleep)


def test_a_trade_off_its_tools_with_a_pain_no_better(ask):
    """A trade's own words for work not done ("off the tools") beside a pain that won't
    settle is time off with no progress; a short time off that is settling is not."""
    long = "plasterer, been off the tools for 6 weeks and the sciatica just won't settle"
    short = "off the tools for a week, sciatica settling nicely"
    assert_the_rules_warn(ask(long), long, "persistent-pain")
    assert_calm(ask(short), short)


def test_a_run_that_left_the_pain_worse_for_days(ask):
    """A run set out on and the pain worse days later is a pain worse after activity; a run
    that left a stiffness now gone is not."""
    worse = "went for a run on sunday and my leg pain is way worse, 4 days later still flared"
    fine = "went for a run, a bit stiff the next day but fine now"
    assert_the_rules_warn(ask(worse), worse, "persistent-pain")
    assert_calm(ask(fine), fine)


def test_a_burn_from_an_urn_or_bitumen(ask):
    """An urn or hot bitumen that scalds with skin gone white or blistered is a bad burn;
    an urn named at the club is nothing."""
    burn = "spilt the tea urn on my foot at the club, skin has gone white and blistered"
    urn = "the urn at the club takes ages to boil, my back aches waiting"
    assert_the_rules_warn(ask(burn), burn, "general-emergency")
    assert_calm(ask(urn), urn)


def test_one_side_told_as_what_it_was_before(ask):
    """Both legs now and "before it was just the right" is the spread to both; one side
    said of the writer after a question about both stays calm."""
    spread = "pain down the back of both thighs now, before it was just the right"
    one = "is it bad if it goes in both legs? mine is just the left"
    assert_the_rules_warn(ask(spread), spread, "cauda-equina")
    assert_calm(ask(one), one)


def test_not_just_and_cant_without_add_to_the_sign(ask):
    """"Not just sore" adds to the sign before it, and "can't do stairs without hauling
    myself up" says the arms are needed every time; neither denies."""
    flops = ("leg has gone weak and floppy, not just achy. cant do stairs without pulling on "
             "the banister")
    neck = "not just my back, my neck aches too after the drive"
    assert_the_rules_warn(ask(flops), flops, "progressive-weakness")
    assert_calm(ask(neck), neck)
