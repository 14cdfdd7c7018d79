"""Issue 7, stop 56 (misses56): the missed warnings of stop 56's development sets (golf and
racquet players; yoga and pilates teachers; prison and border officers; volunteers) and of
stop 55's sets (clergy, bus and train drivers, market traders; lu..lx), by cause, read by
the rules alone. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns, assert_each_without


def test_a_poor_stream_told_by_its_flow_is_retention(rules_alone):
    """Urine that comes only drop by drop or in a trickle, that takes a long time to start,
    or that has to be pushed or strained out ("I have to push to go", the toilet unsaid) is
    hesitancy and a poor stream: with back or leg pain, cauda equina (NICE CKS, CES cards).
    A push "to go" somewhere named ("up the stairs", "to work") is a way of moving, and a
    car that takes ages to start no stream."""
    warn = (
        # Indian English
        "Since 3 days my urine is coming in drops and it takes long time to start. Back pain "
        "going to right leg.",
        "Urine passing in drops only since morning, backache with leg pain",
        # UK English
        "Wee only trickles out since the weekend, sciatica down the right",
        # US English
        "my pee takes forever to get going now and my lower back and leg are killing me",
        "I have to push to go now, like really strain, and my back's bad with pain down the leg",
        # Nigerian English
        "Since two days my urine dey come drop by drop and I dey strain well well, waist pain "
        "enter my leg",
        # Scottish
        "he has to push to go now and his back's been murder doon the leg",
        "having to strain to go since Monday, sciatica down the left leg",
    )
    calm = (
        "I have to push to go up the stairs with my sciatica",
        "i have to push myself to go to work every day with this back",
        "The kettle takes ages to start in the morning and my sciatica is bad, no bladder "
        "problems",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_time_told_by_a_festival_now_and_one_coming_is_persistent(rules_alone):
    """A span told by named days, the first when it began, the last said as near
    ("Christmas is coming", "round the corner", "nearly Christmas"), after another said as
    now ("now Diwali is over"): it is now a week before the near one, and more than six
    weeks of pain no better is persistent pain (NHS). A stage of a sport's year said as just
    past ("the playoffs finished on the weekend") is where the year is now; a code's finals
    ("the footy finals") are a day of the year. A pain of days with a festival ahead stays
    calm."""
    warn = (
        # Indian English
        "Since Navratri I have this leg pain, now Diwali is also over and Christmas is near, "
        "no relief at all",
        "since Diwali i am having leg pain, Christmas is coming, no improvement",
        # UK English
        "sciatica since Halloween and Christmas is round the corner, no better",
        # US English
        "since the start of the season, the playoffs finished on the weekend, sciatica still "
        "there",
        # Australian English
        "had this since the footy finals mate and we're into christmas now, still down the leg",
        "since the nrl finals and its nearly new year, still crook",
    )
    calm = (
        "leg pain since Monday, Christmas is coming and I need to be fit",
        "sciatica since the weekend, Diwali is coming, can I travel?",
    )
    assert_each_warns(rules_alone, warn, "persistent-pain")
    assert_each_calm(rules_alone, calm)


def test_a_collapse_come_round_still_needs_checking(rules_alone):
    """Someone who collapsed where the writer is ("someone collapsed at the back of the
    hall", "somebody collapsed in front of me"), come round and saying they are fine, needs
    checking now (NHS: collapse): a general emergency, not their word. A back that
    "collapsed" in a joke is no person's collapse, and a man handed to paramedics is over."""
    warn = (
        "Someone collapsed at the back of the hall during the service, he's come round now "
        "and says he's fine and wants to go home",
        "Somebody collapsed in front of me at the market, he came round quick and says he's "
        "grand",
        "Somebody collapsed at the back of the mosque during prayers, he is awake now and "
        "wants to walk home. What do I do?",
        "someone just collapsed at the front of the bus, she says she's ok now, shall I let "
        "her go",
    )
    calm = ("my back collapsed in front of the telly, lol, sciatica",
            "a man collapsed at the bus stop this morning, paramedics got him going again. "
            "shaken. my back aches from kneeling")
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, calm)


def test_a_car_off_the_road_or_an_animal_hit_is_a_crash(rules_alone):
    """A car in a ditch, or an animal hit on the road, with neck or back
    pain and dizziness and a question whether to drive on, is a road crash: a general
    emergency (NHS: after a car accident with neck pain or dizziness, get checked). A walk
    into a ditch is no crash."""
    warn = (
        "Hit a deer driving home, car is in the ditch, my neck and back hurt and I feel dizzy. "
        "Can I drive on?",
        "hit a kangaroo on the highway, ute's in the ditch, neck sore and dizzy, ok to keep "
        "going?",
        "skidded into a ditch on black ice, back and neck hurting and I'm dizzy, should I drive "
        "home",
        "Slid into a ditch in the snow last night, back is sore and I'm woozy, fine to drive?",
    )
    calm = ("walked into a ditch on the hike and twisted my back",
            "if the car went off the road would my insurance cover the repair?")
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, calm)


def test_a_leg_failing_worse_by_the_day_is_weakness_not_pain(rules_alone):
    """A leg that "is failing me" or "keeps failing" said with getting worse or by the day,
    a leg's task harder each day ("each day it's harder to push up off my leg"), or a leg
    gone from fine to useless: weakness that grows (NICE CKS), never persistent pain alone.
    A memory or eyesight failing beside leg pain getting worse is no leg's weakness."""
    warn = (
        # Indian English
        "my right leg is failing me when I stand up from prayer, I have to hold the wall, and "
        "it is getting worse since Diwali",
        # UK English
        "Me legs keep failing on the stairs, getting worse every day",
        # US English
        "my leg's been failing me on the stairs and it's worse than last week",
        # Australian
        "every day its harder to push off my right leg when I walk, now limping",
        # Scottish
        "Each day it's a wee bit harder to stand on my right leg, sciatica 2 weeks",
        "each day it is a bit harder to push up off my left leg when I kneel, now I need help",
        "my thigh has gone from fine to useless over a week, can't do a squat",
    )
    calm = (
        "my memory is failing me lately and my leg pain is getting worse",
        "my eyesight is failing me, and the pain in my leg is getting worse",
        "My legs are failing me at 84 but the sciatica is easing",
    )
    assert_each_warns(rules_alone, warn, "progressive-weakness")
    assert_each_without(rules_alone, calm, "progressive-weakness")


def test_scots_and_indian_ways_of_saying_now_and_no_longer(rules_alone):
    """Scots "noo" is now and "naething" nothing ("since the clocks went back and it's noo
    April"): the span to that month, more than six weeks, is persistent pain (NHS). "Can no
    more" before a doing word is "can no longer", as Indian and West African English say it
    ("I can no more climb the stairs"): a weakness growing by the day keeps its warning, never
    read as over; a tingling one "can no more feel" is over and stays calm."""
    persistent = (
        "had it since the clocks went back and it's noo April, naething helps",
        "sore since Hogmanay an it's noo March, nae better",
    )
    weak = (
        "My leg is weakening by the day. I can no more climb the stairs without holding the "
        "rail.",
        "Since one week my leg is getting weak day by day, I can no more stand on my toes",
    )
    calm = ("The numbness is gone, I can no more feel the tingling, leg is better",)
    assert_each_warns(rules_alone, persistent, "persistent-pain")
    assert_each_warns(rules_alone, weak, "progressive-weakness")
    assert_each_calm(rules_alone, calm)


def test_the_other_leg_hurting_the_same_way_now_is_both_legs(rules_alone):
    """Sciatica in one leg, then the other said to hurt "the same way" now: both legs
    (cauda equina, CES cards). Asked of in general, with the other leg fine, it stays a
    question."""
    warn = (
        "Sciatica in my left leg for two weeks. Today I noticed the right leg hurts the same "
        "way, buttock down.",
        "had it in the right leg ten days, this morning my left leg is aching the same way",
    )
    asked = ("My left leg hurts when I sit, my right leg is fine. Does the other leg ever hurt "
             "the same way?")
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, (asked,))


def test_rota_cycles_counted_with_their_length_in_days(rules_alone):
    """A rota's cycles counted since the pain began, one cycle's length said in days ("ours
    is 12 days"): as many days as the cycles make, so four of twelve days no better is
    persistent pain; two of them (24 days) is not yet."""
    warn = (
        "I've worked four full rota cycles since the sciatica started (ours is 12 days) and "
        "it's getting worse, not better",
        "Five shift cycles since my back went, each cycle is 10 days, leg pain no better",
    )
    calm = ("Two rota cycles since it started, ours is 12 days, leg pain no better",)
    assert_each_warns(rules_alone, warn, "persistent-pain")
    assert_each_calm(rules_alone, calm)


def test_distress_said_sideways_by_things_given_and_a_last_act(rules_alone):
    """One's things given away beside a last act named ("one last drive", "a final dive"),
    or beside being tired of it all; stood at a bridge "for a long long time" at night:
    warning signs of suicide (Samaritans, NHS). A last ride before an operation, shoes given
    away with a last question, and a long sit by a river watching the ducks stay calm."""
    warn = (
        "Gave my climbing gear to my mate and I'm going up for one last climb on Sunday",
        "I've been giving my stuff away. One last drive up the coast tomorrow.",
        "Given away my kayak and my wetsuit, heading out for a final dive this weekend",
        "So tired of it all. I've started giving my stuff away.",
        "stood on the railway bridge for a long long time last night",
    )
    calm = (
        "One last ride on the bike before my op next week, can I do it with sciatica?",
        "Gave away my old running shoes, one last question about stretches",
        "I'm so tired of it all, just thinking about what exercises to do",
        "Sat by the river for a long time tonight watching the ducks, back felt better",
    )
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)
