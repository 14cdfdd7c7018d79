"""Issue 7, stop 35 (alarms35): false alarms on the development sets gk, gl and gm (asides,
"asking for a friend", older writers) and the question sets' false urgent replies, fixed by
kind: an everyday word read as a sign (the bedroom as a room, "increase" as a doing word, a
waste of money, a power lifter); an everyday cause said after "but" (the dentist's numbing
beside slurred words); feet asleep from kneeling that woke the moment one stood, and a long
kneel that is no long illness (first part). Then (second part): a knock one is nervous of
meeting, the pain said to be gone, numb "with boredom", relatives' cancer, a worry put to the
test and fine, legs numb from the day's spinal anaesthetic, a leg hanging off the bed, a
tumble whose harm is a wrist or an ankle. Each calm reading sits beside the same kind of
words with the sign itself, which must still warn. Wordings are the author's own, never
copied from a set."""

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


def test_a_knock_one_is_nervous_of_is_not_had(ask):
    """Nervous about tackles on a return to sport: feared. A tackle taken, with back pain
    since, still warns."""
    feared = "back to rugby next month and a bit nervous about tackles, which stretches first?"
    taken = "got tackled hard at rugby on Sunday and since then pain shoots down my leg"
    assert_calm(ask(feared), feared)
    assert_caught(ask(taken), taken, "serious-illness-signs")


def test_the_pain_said_to_be_gone_ends_its_months(ask):
    """Months of sciatica that "has gone" ask how to keep it away; a leg that "has gone numb"
    or pain back again after months still warn."""
    gone = "the sciatica I had since last spring has gone! how do I stop it coming back?"
    numb = "sciatica since March and now my foot has gone numb and I trip on it"
    still = "sciatica for four months, nothing helps, still can't work"
    assert_calm(ask(gone), gone)
    assert_caught(ask(numb), numb, "progressive-weakness")
    assert_caught(ask(still), still, "persistent-pain")


def test_numb_with_boredom_is_a_mood(ask):
    """Legs numb "with boredom" from a long routine is a joke; numbness with the toilet paper
    unfelt beside it still warns."""
    joke = "forty minutes of the same stretches leaves my legs numb with boredom, can I mix it up?"
    real = "my bum is numb with boredom at work, and I can't feel the paper when I wipe"
    assert_calm(ask(joke), joke)
    assert_caught(ask(real), real, "cauda-equina")


def test_relatives_with_cancer_are_no_cancer_of_ones_own(ask):
    """Family with cancer asked about is a worry; the writer's own cancer beside "nobody else
    in my family" still warns."""
    family = "does having relatives with cancer mean my sciatica could be something worse?"
    own = ("I had bowel cancer two years ago, nobody else in my family has, and now my back "
           "hurts at night")
    assert_calm(ask(family), family)
    assert_caught(ask(own), own, "serious-illness-signs")


def test_a_worry_put_to_the_test_and_fine(ask):
    """A fear of leaking on a cough, then a cough and all fine: feared. A leak that then
    happened, unfelt, still warns."""
    fine = "I was scared of leaking when I cough but I had a big cough just now and all fine"
    happened = "I was worried about wetting myself and this morning I did, I didn't even feel it"
    assert_calm(ask(fine), fine)
    assert_caught(ask(happened), happened, "cauda-equina")


def test_legs_numb_from_a_spinal_the_same_day(ask):
    """Legs numb from today's spinal anaesthetic, expected to wear off: the block. Still numb
    the next day with a bladder that will not go still warns."""
    block = ("had my hip done under a spinal this morning and both legs are numb, they say it "
             "wears off in a few hours. when can I walk?")
    next_day = ("had a spinal for my knee op yesterday and my legs are still numb today and I "
                "can't pee")
    assert_calm(ask(block), block)
    assert_caught(ask(next_day), next_day, "cauda-equina")


def test_a_leg_hanging_off_the_bed_is_how_it_lay(ask):
    """A foot gone to sleep with the leg hanging off the sofa is a position; a foot that hangs
    and cannot be pulled up still warns."""
    sofa = "dozed with my leg hanging off the sofa and my foot went dead, fine after a minute"
    drop = "my foot hangs down when I lift my leg and I can't pull my toes up since Monday"
    assert_calm(ask(sofa), sofa)
    assert_caught(ask(drop), drop, "progressive-weakness")


def test_a_tumble_that_hurt_a_wrist_only(ask):
    """A fall whose harm is a twisted ankle, the back never named: the limb's. A fall with the
    back hurt since, or from a height, still warns."""
    ankle = "slipped on the wet decking and twisted my ankle, should I rest it or keep walking?"
    back = "slipped on the wet decking and twisted my ankle, and my back has been agony since"
    ladder = "fell off the ladder onto the patio and broke my wrist, my lower back hurts too"
    assert_calm(ask(ankle), ankle)
    assert_caught(ask(back), back, "serious-illness-signs")
    assert_caught(ask(ladder), ladder, "serious-illness-signs")
