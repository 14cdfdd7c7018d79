"""Issue 7, stop 35 (alarms35): false alarms on the development sets gk, gl and gm (asides,
"asking for a friend", older writers) and the question sets' false urgent replies, fixed by
kind: an everyday word read as a sign (the bedroom as a room, "increase" as a doing word, a
waste of money, a power lifter); an everyday cause said after "but" (the dentist's numbing
beside slurred words); feet asleep from kneeling that woke the moment one stood, and a long
kneel that is no long illness. Each calm reading sits beside the same kind of words with the
sign itself, which must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_the_bedroom_as_a_room_is_no_sexual_sign(ask):
    """A cold or damp bedroom is a room; the bedroom as the euphemism for sex still warns."""
    cold = "the spare bedroom is so cold I can't get comfy at night, any tips for the leg?"
    damp = "how do I stop the damp coming back in the back bedroom"
    lost = "since my back went on Friday things in the bedroom have stopped working, no feeling"
    trouble = "bedroom problems since this flare, can't get an erection and it's numb down there"
    assert_calm(ask(cold), cold)
    assert_calm(ask(damp), damp)
    assert_caught(ask(lost), lost, "cauda-equina")
    assert_caught(ask(trouble), trouble, "cauda-equina")


def test_increase_as_a_doing_word_is_no_pain_growing(ask):
    """"How do I increase my squat" asks for training; a pain said to increase still warns."""
    lift = "how can I increase my deadlift safely"
    pace = "what's the best way to increase my running pace"
    pain = "the pain keeps increasing every week, it's been going on since January"
    assert_calm(ask(lift), lift)
    assert_calm(ask(pace), pace)
    assert_caught(ask(pain), pain, "persistent-pain")


def test_a_waste_of_money_is_no_muscle_wasting(ask):
    """A gadget that was a waste is a complaint; a calf wasting away still warns."""
    gadget = "tried a posture corrector off the telly. complete waste. anything better?"
    money = "the heat pads were a waste, what should I buy instead"
    calf = "my calf is wasting away and I can't push up onto my toes any more"
    space = "I'm a waste of space, everyone would be better off without me"
    assert_calm(ask(gadget), gadget)
    assert_calm(ask(money), money)
    assert_caught(ask(calf), calf, "progressive-weakness")
    assert_caught(ask(space), space, "distress")


def test_a_power_lifter_lifts(ask):
    """A power lifter asking about weight has lost no power; power lost in a leg still warns."""
    sport = "is it worse for sciatica if you're heavy? I'm 120kg and a powerlifter"
    leg = "the power in my right leg is going down every day, I can't climb the stairs"
    assert_calm(ask(sport), sport)
    assert_caught(ask(leg), leg, "progressive-weakness")


def test_slurring_with_the_dentists_numbing_after_but(ask):
    """A slur told, then "but" the dentist's injection: the numbing. A slur that stays after
    the dentist, or comes with an arm, still warns."""
    dentist = "my son said my words were slurred but I'd just had a filling and my lip was numb"
    still = "had the dentist this morning but I'm still slurring my words and my arm is heavy"
    stroke = "my speech is slurred and my face has dropped on one side since lunch"
    assert_calm(ask(dentist), dentist)
    assert_caught(ask(still), still, "general-emergency")
    assert_caught(ask(stroke), stroke, "general-emergency")


def test_feet_asleep_from_kneeling_gone_on_standing(ask):
    """Both feet tingling after a long kneel, gone the moment one stands: a nerve pressed
    for a while. Feet that stay numb, or legs numb with the saddle, still warn."""
    floor = ("crouched for ages laying the new floor, both feet went to pins and needles "
             "but it went the moment I stood up. is crouching bad for the back?")
    stays = "knelt for ages tiling and both feet are still numb an hour after I got up"
    saddle = "been kneeling for ages at work, both legs numb and I can't feel the toilet paper"
    assert_calm(ask(floor), floor)
    assert_caught(ask(stays), stays, "cauda-equina")
    assert_caught(ask(saddle), saddle, "cauda-equina")


def test_a_long_kneel_is_no_long_illness(ask):
    """"Knelt for ages" is how long the kneeling lasted; "had it for ages" is still long."""
    kneel = "knelt for ages weeding yesterday and my knees ache, which stretch helps?"
    ages = "I've had this sciatica for ages, nothing shifts it and I can't work"
    assert_calm(ask(kneel), kneel)
    assert_caught(ask(ages), ages, "persistent-pain")
