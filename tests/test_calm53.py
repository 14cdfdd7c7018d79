"""Issue 7, stop 53 (calm53): false alarms on the writer's own sign told as older than the
back, tested normal or mended (part 1), or put down to an everyday cause and over, on the
development triage sets of stop 53 (care staff, endurance athletes, plant operators, water
sports) and stop 52's held-out sets. Each calm reading is checked beside a sign of the same
shape that must still warn. Read by the rules alone, which are what changed. Wordings are
the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import assert_each_calm, assert_each_caught

from bot.engine import Answer

Ask = Callable[[str], Answer]


def test_a_sign_older_than_the_back_said_far_before_it(rules_alone: Ask) -> None:
    """A bladder sign told as there "way" or "well" before the back went is the person's
    long-standing one (historical); one said to have changed since, or now, still warns."""
    assert_each_calm(rules_alone, [
        "I've had a slow stream for years, the urologist keeps an eye on it, and it's been "
        "the same since way before my back went. Sciatica is the new thing.",
        "Dribbly wee after going, been like that since well before the sciatica started, GP "
        "knows. Just asking about stretches.",
        "Sir, my urine flow is weak for many years, same since long long before my back pain "
        "came. Which exercise is good?",
    ])
    assert_each_caught(rules_alone, [
        "slow stream since way before my back went, but now I can't go at all since this "
        "morning",
        "My wee's been slow since well before the sciatica but it's much worse since "
        "yesterday and I can't feel myself going",
    ], "cauda-equina")


def test_no_problem_at_all_denies(rules_alone: Ask) -> None:
    """"No problem at all with ..." denies what follows, as "no problems with" does; a sign
    told after a "but" still warns."""
    assert_each_calm(rules_alone, [
        "No problem at all with the waterworks, it's just the leg that's bad.",
        "no problem at all passing water doc, only the pain in my hip and leg",
        "Honestly no trouble at all going to the loo, it's just the sciatica.",
    ])
    assert_each_caught(rules_alone, [
        "No problem at all with the waterworks but I can't feel the toilet paper when I wipe.",
        "No problem at all with my legs, but I've wet myself twice today without noticing.",
    ], "cauda-equina")


def test_a_lump_named_a_muscle_knot(rules_alone: Ask) -> None:
    """A lump of the back that someone who examined it named a knot of muscle has an ordinary
    cause; a knot only guessed beside a lump that grows, or one on the spine, still warns
    (the guess was calm on main, 59450d5: a missed warning)."""
    assert_each_calm(rules_alone, [
        "The lump on my lower back, my osteo had a good feel and says it's a knotted muscle. "
        "Should I massage it?",
        "There's a lump on my back, the physio checked it and reckons it's a muscle knot from "
        "lifting.",
        "Lump on my back is just a muscle knot, rubbed it out with a ball.",
    ])
    assert_each_caught(rules_alone, [
        "There's a lump on my back, probably just a muscle knot I reckon, it's been getting "
        "bigger.",
        "Physio says the lump is a muscle knot but it's on my spine and it's growing.",
    ], "serious-illness-signs")


def test_a_bum_numb_in_a_meeting_back_on_standing(rules_alone: Ask) -> None:
    """A bottom numb through a meeting, the feeling back once one stood and walked, is
    pressure; one still numb, or numb again with a bladder or the toilet paper, still
    warns."""
    assert_each_calm(rules_alone, [
        "Numb bum in this meeting, got up and walked about and it came back. How often should "
        "I stand?",
        "my backside goes dead in long meetings, stood up and it came back straight away",
        "Arse went numb in that meeting, the feeling came back as soon as I walked out.",
    ])
    assert_each_caught(rules_alone, [
        "Numb bum in this meeting, it came back when I stood but it went numb again tonight "
        "and I can't feel the loo paper.",
        "bum went numb in the meeting and it's still numb now, hours later",
    ], "cauda-equina")


def test_saddle_numb_after_a_ride_normal_within_the_hour(rules_alone: Ask) -> None:
    """Numbness of the saddle after a long ride, normal again within the hour, is the
    saddle's pressure; one still numb the next day, or with a bladder lost, still warns."""
    assert_each_calm(rules_alone, [
        "Did a 160k sportive, numb down below by the end, all normal within the hour.",
        "Six hours in the saddle today, numb privates by the finish, fine within an hour of "
        "getting off.",
        "Long ride, numb bits for the last 20k, back to normal within the hour.",
    ])
    assert_each_caught(rules_alone, [
        "Long ride yesterday, numb down below and it's still numb today.",
        "Did a 100k ride, numb in the saddle area and now I can't feel when I need to pee.",
    ], "cauda-equina")


def test_legs_numb_in_an_ice_bath(rules_alone: Ask) -> None:
    """Legs or feet numb for a while in an ice bath are the cold's; numbness that stays, or
    one of the saddle since, still warns."""
    assert_each_calm(rules_alone, [
        "Both legs went numb in the ice bath after the match, is that normal?",
        "My feet went numb in the ice bath for a few minutes. Does cold help sciatica?",
        "Sat in an ice bath, legs numb for a bit, warmed up after. Is it good for nerve pain?",
    ])
    assert_each_caught(rules_alone, [
        "Both legs went numb in the ice bath and they're still numb now, hours later.",
        "My legs went numb in the ice bath yesterday and I've had no feeling down below since.",
    ], "cauda-equina")


def test_tired_all_the_time_is_tiredness(rules_alone: Ask) -> None:
    """Tired all the time, with shifts or a baby, is tiredness, no pain there all the time at
    night; weight lost without trying, or night pain nothing eases with sweats, still warns."""
    assert_each_calm(rules_alone, [
        "Tired all the time, I'm on nights and the baby's teething. Best sleeping position?",
        "I'm always tired with the shifts and the kids, back's the usual ache.",
        "Knackered all the time with nights, anything for sciatica?",
    ])
    assert_each_caught(rules_alone, [
        "Tired all the time and I've lost a stone without trying.",
        "Tired all the time, pain at night that wakes me every night and nothing eases it, "
        "night sweats too.",
    ], "serious-illness-signs")


def test_a_sign_only_thought_said_as_thinking(rules_alone: Ask) -> None:
    """A sign the writer was thinking they had, corrected in the sentence ("turns out"), is
    only supposed, as "I thought" is; a sign had, told plainly, still warns."""
    assert_each_calm(rules_alone, [
        "Was thinking I'd lost weight for no reason, turns out I'd been skipping lunch and the "
        "scales were off.",
        "I was thinking I had a fever, turns out the thermometer was broken, 36.8 on the new "
        "one.",
        "Thinking I'd gone numb down there, turns out I'd been sat on my keys.",
    ])
    assert_each_caught(rules_alone, [
        "I've lost weight for no reason, a stone in two months.",
    ], "serious-illness-signs")


def test_legs_like_jelly_after_a_named_session(rules_alone: Ask) -> None:
    """Both legs like jelly after sprints, intervals or a session named by what it was are
    tired muscles; legs that can no longer be felt, or a leak, still warn."""
    assert_each_calm(rules_alone, [
        "legs like jelly after the hill sprints, both of them. Sciatica no worse.",
        "Both legs were jelly after the intervals on the track, the sciatic one no worse than "
        "the other.",
        "After 8 rounds of sprints my legs were like jelly, back's fine.",
    ])
    assert_each_caught(rules_alone, [
        "both legs like jelly after the hill sprints and now I can't feel them",
        "legs like jelly after sprints and I've wet myself on the way home",
    ], "cauda-equina")


def test_an_erection_after_drink_fine_next_morning(rules_alone: Ask) -> None:
    """An erection that failed one night after drink and was fine by the morning is a bout
    over (brief); one still failing this morning, or a numb bottom beside it, still warns."""
    assert_each_calm(rules_alone, [
        "couldn't get it up last night after a few glasses but it was fine this morning",
        "Had a lot of wine at the party, nothing doing in the bedroom, everything fine this "
        "morning.",
        "Erection was a no-show after the work do, too much to drink, all fine in the morning.",
    ])
    assert_each_caught(rules_alone, [
        "couldn't get it up last night after a few glasses and still can't this morning",
        "couldn't get it up last night after a few drinks, fine this morning, but my bum's "
        "been numb since Sunday",
        "can't get an erection since the back went, haven't been drinking",
    ], "cauda-equina")


def test_strength_back_after_a_leg_gave_way(rules_alone: Ask) -> None:
    """A leg that gave way or a foot that dropped, told with strength back to normal or
    stronger every week since, mended: no progressive deficit; a drag or a giving way told
    again since, or weaker every week, still warns."""
    assert_each_calm(rules_alone, [
        "My leg buckled once at the start but it's got stronger every week and the physio "
        "says strength is back to normal.",
        "Foot drop's gone, strength back to normal, physio is pleased.",
        "Knee gave way on me once in the first week, since then stronger by the week and full "
        "strength again now.",
    ])
    assert_each_caught(rules_alone, [
        "Foot drop was gone and strength back to normal but now my foot's dragging again.",
        "Leg gave way once a month ago, physio said strength is back, but it gave way again "
        "twice today.",
        "My leg buckled two months ago and it's getting weaker every week.",
        # a wish for strength back, beside a leg with less in it each week (the stem of
        # "strength's back" is the "strength back" of "build the strength back up")
        "Each week my left leg has less in it and the knee wobbles on the stairs. Any way to "
        "build the strength back up quicker?",
    ], "progressive-weakness")


def test_a_fall_or_knock_that_spared_the_back(rules_alone: Ask) -> None:
    """Part 2. A pain said "no different after" a fall is unchanged by it, no pain nothing
    eases; a tumble with the back said to have felt fine after is no trauma to it; a fall
    onto the back, or pain since, still warns."""
    assert_each_calm(rules_alone, [
        "Slipped on a wet floor at work, landed on my knees, didn't hit my back. Back was sore "
        "already and it's no different after.",
        "Went down on the wet floor at the pool, onto my knees, didn't hit my back. Sciatica is "
        "no different afterwards.",
        "Got thrown about 5 times at judo, breakfalls were good and the back felt fine after.",
        "Took a tumble on the ice, back felt ok after. Any stretches for my hamstrings?",
    ])
    assert_each_caught(rules_alone, [
        "Fell down the stairs onto my back last night and the pain's been terrible since.",
        "Tripped over the dog and fell onto my back, now it's agony.",
        "Pain every night, no position makes any difference and nothing eases it, and I've had "
        "night sweats.",
    ], "serious-illness-signs")


def test_a_leg_that_went_where_the_ground_gave(rules_alone: Ask) -> None:
    """Part 2. A leg that buckled in a hole, on a missed step or over a turned ankle is the
    ground's; one that keeps giving way, or a foot that drags since, still warns."""
    assert_each_calm(rules_alone, [
        "Leg buckled when I stepped in a pothole on the run, ankle's a bit sore, back no "
        "different.",
        "My knee went when I missed the bottom step, twisted my ankle. Sciatica's the same.",
        "Stepped in a rabbit hole walking the dog and my leg gave, ankle's swollen, back's fine.",
    ])
    assert_each_caught(rules_alone, [
        "Leg buckled when I stepped in a pothole and it's given way twice more today on the "
        "flat.",
        "Leg gave way stepping in a hole and now my foot's dragging and I can't lift my toes.",
    ], "progressive-weakness")


def test_a_bump_on_the_head_from_a_knock(rules_alone: Ask) -> None:
    """Part 2. A bump on the head from hitting it on a beam or a cupboard is the knock's,
    with the back said unrelated; a lump on the back that grows still warns."""
    assert_each_calm(rules_alone, [
        "Banged my head on the cupboard door, saw stars, just a bump, back's unrelated.",
        "Cracked my head on the top bunk this morning, bit of an egg on my head, fine.",
        "Hit my heid on the lintel, wee bump on my forehead, no bother.",
    ])
    assert_each_caught(rules_alone, [
        "Hit my head on the beam and there's a lump on my back that's getting bigger.",
    ], "serious-illness-signs")
    # a rule that names a dialect's spelling ("heid") stops it being read as "head": a knock
    # with sickness and drowsiness must keep its emergency
    assert_each_caught(rules_alone, [
        "whacked ma heid on the cupboard, been sick twice since and cannae stay awake",
    ], "general-emergency")


def test_everyday_words_that_look_like_signs(rules_alone: Ask) -> None:
    """Part 2. Dry land is no landing, nights worked no night pain, a trip named for what it
    was on a journey, blisters rubbed by oars or boots no burn, slide sheets and coming off
    a duty no fall; a real fall of an older person, night pain nothing eases, a trip onto
    the back and a scald that blistered still warn."""
    assert_each_calm(rules_alone, [
        "I'm 74 and still a bit unsteady on dry land after a week at sea. Which exercises are "
        "safe?",
        "I work nights on the ward, sciatica's been bad for a fortnight. Any tips?",
        "Doing nights at the depot, 12 hour nights, back's sore. Best stretch before a shift?",
        "Had sciatica after a long canoe trip last year and now it's back again. Will it keep "
        "coming back?",
        "Went on a sailing trip and now the leg pain's back.",
        "Rowed through blisters for a week, hands are a mess. Is sciatica worse than that?",
        "Blistered feet from new boots on the hike, and the sciatica's burning today.",
        "We do hoist transfers and slide sheets all day on the ward, is that ok with sciatica?",
        "Should I ask to come off moving and handling while the sciatica settles?",
    ])
    assert_each_caught(rules_alone, [
        "I'm 80 and had a fall on the ice yesterday, landed on my bottom, back's very painful "
        "since.",
        "The pain wakes me every night and nothing I do eases it, not even lying still.",
    ], "serious-illness-signs")
    assert_each_caught(rules_alone, [
        "Spilled boiling water on my leg, it's blistered and burning badly.",
    ], "general-emergency")
