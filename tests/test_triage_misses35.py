"""Issue 7, stop 35 (misses35): kinds of signs the rules missed in asides, in "asking for a
friend" messages and in older writers' stories. Work the pain takes away for two weeks or
more; a pain worse after every walk or session done for it; a small crash or a knock sent
home, with pain since; a what-if or a someone owned up to as the writer's own; an aside
brought in by "I thought I'd mention"; a bed found wet on waking; a view denied beside a
sign that goes on; death weighed as easier, and hopelessness beside giving things away.
Each catch sits beside the same words with nothing wrong.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_work_lost_for_weeks_is_persistent_pain(ask):
    """Not able to work for a fortnight or more, or three weeks off because of the pain:
    the pain stops one's life. With no time, or a short one, it is a bout."""
    lost = "I haven't been able to work for three weeks because of this leg, what can I do?"
    off = "I've been off work four weeks now because I can't stand at the till with the pain"
    short = "I haven't been able to work for 3 days, any tips for the pain?"
    no_time = "Off work because I can't sit, which cushion should I buy?"
    assert_the_rules_warn(ask(lost), lost, "persistent-pain")
    assert_the_rules_warn(ask(off), off, "persistent-pain")
    assert_calm(ask(short), short)
    assert_calm(ask(no_time), no_time)
    duties = "on light duties for three weeks because I can't do my round, when will it settle?"
    assert_calm(ask(duties), duties)


def test_worse_after_every_session_done_for_it(ask):
    """A pain worse after the exercises each time, or after every walk a doctor set: not
    settling. A walk that went well, or a cough that shoots, is no course."""
    stretches = ("whenever I do the stretches my leg is worse after for the rest of the "
                 "evening, three weeks of this")
    walks = "it's worse every time I go for a walk, and it gets angrier week by week"
    swims = "leg was worse after Monday's swim and worse again after Wednesday's swim"
    good = "Went for a walk today and the leg felt looser after, is that normal?"
    cough = "whenever I cough the pain shoots down my leg, sciatica two weeks"
    limit = "six weeks now and I still can't walk further than the corner shop"
    bakery = "I can't walk past a cake shop without going in lol. is walking good for sciatica?"
    assert_the_rules_warn(ask(limit), limit, "persistent-pain")
    assert_calm(ask(bakery), bakery)
    assert_the_rules_warn(ask(stretches), stretches, "persistent-pain")
    assert_the_rules_warn(ask(walks), walks, "persistent-pain")
    assert_the_rules_warn(ask(swims), swims, "persistent-pain")
    assert_calm(ask(good), good)
    assert_calm(ask(cough), cough)


def test_a_small_crash_with_pain_since(ask):
    """A car that bumped into one's own, someone who rear-ended the writer, a crash sent
    home from A&E: with pain since, a sign of injury. Sent home with nothing since is over."""
    bumped = ("a van bumped into my car at the lights on Monday, thought nothing of it, but "
              "the pain started after that in my back and leg")
    someone = "someone rear-ended me on Tuesday and since then my low back aches"
    sent = ("the car got hit on Saturday, the hospital said it was whiplash and sent me home. "
            "now my back and leg are sore")
    fine = "had a minor crash, A&E checked me and sent me home, all good. what neck stretches?"
    shunt = "my dad had a car shunt on Monday, says he's fine, but now has low back pain"
    contrast = ("my hips are stiff from arthritis so I limp anyway, but now I've got sciatica "
                "down both legs at once, since yesterday")
    assert_the_rules_warn(ask(shunt), shunt, "serious-illness-signs")
    assert_the_rules_warn(ask(contrast), contrast, "cauda-equina")
    assert_the_rules_warn(ask(bumped), bumped, "serious-illness-signs")
    assert_the_rules_warn(ask(someone), someone, "serious-illness-signs")
    assert_the_rules_warn(ask(sent), sent, "serious-illness-signs")
    assert_calm(ask(fine), fine)


def test_a_what_if_owned_up_to_is_the_writers(ask):
    """"Hypothetically ... ok it's me": the case is the writer's and going on. A real what-if
    for a friend, or a greeting before a what-if, owns nothing."""
    owned = ("Hypothetically, if someone had gone numb between the legs with a bad disc... "
             "ok it's me. Since lunchtime.")
    bracket = ("if your leg kept buckling on the stairs all week, would that be sciatica? "
               "(it's my leg)")
    friend = "asking for a friend: what would it mean if someone's foot started dragging?"
    hello = "Hi, it's me. What if my bladder stopped working one day?"
    assert_the_rules_warn(ask(owned), owned, "cauda-equina")
    assert_the_rules_warn(ask(bracket), bracket, "progressive-weakness")
    assert_calm(ask(friend), friend)
    assert_calm(ask(hello), hello)


def test_an_aside_the_writer_thought_to_mention(ask):
    """"Just thought I'd mention ..." tells a thing, no what-if; "I thought I'd wet myself"
    found to be something else is still nothing."""
    aside = ("Are hamstring stretches OK? just thought I'd mention I've been wetting myself "
             "since yesterday")
    mistaken = "I thought I'd wet myself but it was only the rain through my jeans"
    assert_the_rules_warn(ask(aside), aside, "cauda-equina")
    assert_calm(ask(mistaken), mistaken)


def test_a_bed_found_wet_on_waking(ask):
    """Waking up wet, new beside a back gone, is a bladder sign; a glass knocked over in the
    night explains it."""
    wet = "woke up wet this morning, never happened before, my back went last week"
    spilt = "woke up wet because I knocked a glass of water over in the night, back is fine"
    assert_the_rules_warn(ask(wet), wet, "cauda-equina")
    assert_calm(ask(spilt), spilt)


def test_a_view_denied_beside_a_sign(ask):
    """"He thinks it's nothing, I don't" in one sentence denies the view, not the foot."""
    view = "his foot has been slapping the floor since Monday, he thinks it's nothing, I don't"
    assert_the_rules_warn(ask(view), view, "progressive-weakness")


def test_a_leg_that_does_not_take_the_weight(ask):
    """A leg that feels as if it no longer carries one is giving way; one that does is fine."""
    weak = "my leg doesn't feel like it's taking my weight anymore, nearly went down twice"
    fine = "my leg is taking my weight fine now, can I start jogging?"
    assert_the_rules_warn(ask(weak), weak, "progressive-weakness")
    assert_calm(ask(fine), fine)


def test_death_weighed_as_easier_and_no_reason_to_stay(ask):
    """Dying said to feel easier than the pain is a crisis; hopelessness beside things given
    away is one too. "Dying to" and a bed one has no reason to stay in are neither."""
    easier = "I've got to the point where dying seems easier than living with this leg"
    giving = ("mum's stopped eating, says she has no reason to stay, and she's giving her "
              "things away")
    dying_to = "I'm dying to get back on my bike, is cycling easier on the back?"
    bed = "no reason to stay in bed all day is there? which stretches first?"
    assert_the_rules_warn(ask(easier), easier, "distress")
    assert_the_rules_warn(ask(giving), giving, "distress")
    assert_calm(ask(dying_to), dying_to)
    assert_calm(ask(bed), bed)


def test_no_rest_helps_is_no_reply(ask):
    """"No position helps, no rest helps" tells a pain nothing eases, never a "no" that
    denies the night pain said before it."""
    night = ("my husband's sciatica is there all night, he walks the landing at 4am, no "
             "position helps, no rest helps")
    eased = "my husband's sciatica is easing, he sleeps through the night now, rest helps"
    assert_the_rules_warn(ask(night), night, "serious-illness-signs")
    assert_calm(ask(eased), eased)


def test_the_seat_unfelt_under_someone_written_for(ask):
    """The chair not felt under the one written for, numb inside the thighs, is the saddle;
    a chair that is only hard is not."""
    numb = ("writing for my grandad: he says he can't feel the chair under him, numb inside "
            "the thighs")
    hard = "writing for my grandad: he says the chair under him is too hard for his sciatica"
    assert_the_rules_warn(ask(numb), numb, "cauda-equina")
    assert_calm(ask(hard), hard)


def test_the_urge_lost_and_the_toilet_kept_by_the_clock(ask):
    """No "need to go" feeling any more, going by the clock instead: the urge is lost.
    Tablets taken by the clock are only a routine."""
    lost = "since the disc flared I don't get the 'need to go' feeling, I just go by the clock"
    tablets = "I take my tablets by the clock, is that right for gabapentin?"
    assert_the_rules_warn(ask(lost), lost, "cauda-equina")
    assert_calm(ask(tablets), tablets)
