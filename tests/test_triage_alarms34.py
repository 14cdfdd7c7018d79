"""Issue 7, stop 34 (alarms34): false alarms on the development sets gd and gg (people
writing back after a warning, and people with another bone or joint condition) and the
question sets' false urgent replies, fixed by kind: an everyday word of work, travel or
paperwork read as a sign (time wasted, a long haul, a courier's drops, the physio's sheet,
waking without pain wished for, a pain that crept up on one, a plan made before anything
happens); a lift or a bend asked how to do with thin bones; an outcome told (strong again,
the feeling back, a physio's sign-off); a what-if answered by one side only for now. Each
calm reading sits beside the same kind of words with the sign itself, which must still warn.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_time_wasted_is_no_muscle_wasting(ask):
    """Someone's time wasted is guilt about the doctor; a muscle wasting still warns."""
    guilty = "I hate wasting the GP's time, but my calf is sore, should I book in?"
    wasting = "my calf muscle is wasting away and the foot gets weaker every week"
    assert_calm(ask(guilty), guilty)
    assert_caught(ask(wasting), wasting, "progressive-weakness")


def test_a_long_haul_is_a_journey(ask):
    """A long-haul flight is travel, not hauling oneself up; hauling up on a rail still warns."""
    flight = "I fly long-haul for work and last week my leg ached the whole flight, how do I sit?"
    rail = "hauling myself up the stairs on the banister since yesterday, the leg won't push"
    assert_calm(ask(flight), flight)
    assert_caught(ask(rail), rail, "progressive-weakness")


def test_a_couriers_drops_are_deliveries(ask):
    """Drops counted in a day are deliveries, no foot drop; a foot that drops still warns."""
    round_ = "90 drops a day on my round and my little toe tingles by the evening, what helps?"
    foot = "my foot drops when I walk and my toes catch the pavement since Monday"
    assert_calm(ask(round_), round_)
    assert_caught(ask(foot), foot, "progressive-weakness")


def test_the_physios_sheet_is_paper(ask):
    """A sheet of exercises that got wet is paper; bed sheets soaked in one's sleep still warn."""
    paper = "the sheet from the physio got soaked in my bag, which stretches were they again?"
    bed = "woke up and the sheets were soaked, I'd wet the bed without feeling it"
    assert_calm(ask(paper), paper)
    assert_caught(ask(bed), bed, "cauda-equina")


def test_waking_without_pain_is_no_wish_not_to_wake(ask):
    """"Not wake up in agony" wishes the pain away; a wish not to wake at all is a crisis."""
    agony = "how do I not wake up in agony every morning? the mattress is old"
    stiff = "any way to not wake up stiff and sore?"
    crisis = "I'd rather not wake up at all than live with this pain"
    assert_calm(ask(agony), agony)
    assert_calm(ask(stiff), stiff)
    assert_caught(ask(crisis), crisis, "distress")


def test_a_pain_that_crept_up_tells_how_it_began(ask):
    """A pain that "crept up on me" began slowly; numbness creeping up the leg still warns."""
    began = "The back pain crept up on me after I started working from home, what desk setup helps?"
    spreading = "the numbness has crept up from my foot to my knee over three days"
    assert_calm(ask(began), began)
    assert_caught(ask(spreading), spreading, "progressive-weakness")


def test_a_plan_before_anything_happens_is_forethought(ask):
    """Rails put in "now before anything happens" is a plan; a long wait at the toilet
    "before anything happens" still warns."""
    plan = "Should I put grab rails in now before anything happens? My leg has never given way."
    waiting = ("I stand at the toilet for ages before anything happens and the stream is weak"
               " since yesterday")
    assert_calm(ask(plan), plan)
    assert_caught(ask(waiting), waiting, "cauda-equina")


def test_a_lift_asked_how_to_do_with_thin_bones_is_no_knock(ask):
    """How to lift or what bending does, asked or told as advice beside osteoporosis, is no
    knock that happened; a lift or a bend that hurt the back still warns."""
    how = "how do I lift my toddler safely with osteopenia?"
    advice = "I've been told bending forward is bad for brittle bones, what else should I avoid?"
    lifted = "I have osteoporosis and lifted my grandson yesterday, now a sharp pain in my back"
    bent = ("I have osteoporosis and bent down to tie my shoe this morning and felt something"
            " go in my back")
    assert_calm(ask(how), how)
    assert_calm(ask(advice), advice)
    assert_caught(ask(lifted), lifted, "serious-illness-signs")
    assert_caught(ask(bent), bent, "serious-illness-signs")


def test_strength_told_back_ends_an_old_episode(ask):
    """A leg that gave way once, told as strong again since, is over; strong now but giving
    way again today still warns."""
    over = "My leg buckled once back in April. Hasn't done it since, it's strong now."
    solid = "My leg gave way on the stairs in the summer and it's been rock solid since. Can I run?"
    again = "My leg gave way this morning. It's strong now but it has happened three times today."
    assert_calm(ask(over), over)
    assert_calm(ask(solid), solid)
    assert_caught(ask(again), again, "progressive-weakness")


def test_feeling_back_after_a_spinal_is_over(ask):
    """Both legs numb for hours after a spinal anaesthetic, with the feeling back, is over;
    still numb the next day, or a bladder that will not empty beside it, still warns."""
    back = ("Had a spinal for my knee op on Monday, both legs were numb for a few hours after,"
            " all the feeling's back now. Normal?")
    still = "Had a spinal anaesthetic for my knee op yesterday and both legs are still numb today."
    bladder = "both legs went numb last night, the feeling is back now but I still can't pee"
    assert_calm(ask(back), back)
    assert_caught(ask(still), still, "cauda-equina")
    assert_caught(ask(bladder), bladder, "cauda-equina")


def test_a_physios_sign_off_is_a_discharge(ask):
    """"The physio signed me off" ends the care, no sick note; a GP's sick note beside a leg
    that gave way today still warns."""
    discharged = ("My leg gave way once in the spring. Not happened since, it's strong again"
                  " and the physio signed me off.")
    today = "GP signed me off work for 8 weeks, my leg gave way today"
    assert_calm(ask(discharged), discharged)
    assert_caught(ask(today), today, "progressive-weakness")


def test_one_side_only_for_now_answers_a_what_if(ask):
    """A what-if about the other leg, answered "right now it's only my left foot", is a
    worry; both legs told as tingling now still warn, whatever the reply after."""
    now_only = ("should I worry if the numbness ever spreads to my other leg? right now it's"
                " only my left foot")
    moment = ("Should I worry if the tingling ever goes into both legs? At the moment it's only"
              " my right leg.")
    both = "Both legs are tingling now. Should I worry? It's only my right leg that's numb though."
    assert_calm(ask(now_only), now_only)
    assert_calm(ask(moment), moment)
    assert_caught(ask(both), both, "cauda-equina")


def test_a_knee_with_its_own_joint_condition_gives_way_of_itself(ask):
    """A hypermobile or arthritic knee that gives way is the joint's instability; a knee
    that gives way with nothing named, or beside a foot that will not lift, still warns."""
    loose = "my hypermobile knee gave way on the kerb and jolted my back, is that a flare?"
    worn = "my arthritic knee buckled on the stairs again, any tips?"
    bare = "my knee gave way on the stairs this morning"
    foot = "my hypermobile knee gave way and now I can't lift my foot"
    assert_calm(ask(loose), loose)
    assert_calm(ask(worn), worn)
    assert_caught(ask(bare), bare, "progressive-weakness")
    assert_caught(ask(foot), foot, "progressive-weakness")


def test_another_joints_trouble_is_no_sciatica_that_goes_on(ask):
    """What a knee stops or a shoulder or a bunion makes worse is that part's; the leg's or
    the sciatica's named beside it still counts."""
    drive = "I can't drive at the moment because of my knee replacement, how do I get to physio?"
    shoulder = "my frozen shoulder is getting worse, is it ok to keep doing my stretches?"
    bunion = "my bunion is getting worse, will new shoes help?"
    leg = "I can't drive because of my leg, it's that weak"
    both = "my shoulder is getting worse and the sciatica is getting worse too"
    for calm in (drive, shoulder, bunion):
        assert_calm(ask(calm), calm)
    assert_caught(ask(leg), leg, "persistent-pain")
    assert_caught(ask(both), both, "persistent-pain")


def test_crooked_is_out_of_line_not_crook(ask):
    """"Feel crooked" with a short leg is out of line, never the Australian "feel crook" of
    being ill; feeling crook with a fever, or a face gone crooked, still warn."""
    line = "My right leg is shorter so I feel crooked when I stand, which stretch helps?"
    ill = "I feel crook, shivery and hot with this back pain"
    face = "my face has gone crooked and my words are slurred"
    assert_calm(ask(line), line)
    assert_caught(ask(ill), ill, "serious-illness-signs")
    assert_caught(ask(face), face, "general-emergency")


def test_a_leg_strong_since_ends_the_giving_way(ask):
    """A leg that gave way months ago "but it's been strong since", or whose power a physio
    found normal, is over; strong since but buckling again today still warns."""
    since = "my knee would buckle back in the spring but it's been strong ever since the physio"
    power = "leg gave way last month, the physio tested it and my power is normal"
    again = "my leg gave way in January, been strong since but today it buckled twice"
    assert_calm(ask(since), since)
    assert_calm(ask(power), power)
    assert_caught(ask(again), again, "progressive-weakness")
