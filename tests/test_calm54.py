"""Issue 7, stop 54 (calm54): false alarms on a sign that is real but ordinary, of the day
and over, or told with its everyday cause, on the development triage sets of stop 54
(road crews, bikers, field researchers, pub-league players) and stop 53's held-out sets.
Each calm reading is checked beside a sign of the same shape that must still warn. Read by
the rules alone, which are what changed. Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import assert_each_calm, assert_each_caught

from bot.engine import Answer

Ask = Callable[[str], Answer]


def test_a_seat_numb_back_to_normal_after_a_walk(rules_alone: Ask) -> None:
    """A bottom numb by the end of a long ride or drive that "came back to normal after" a
    walk or a brew is pressure, a short bout ("it came back" there is the feeling back, no
    return of the numbness); one still numb, numb again with a bladder sign, or a
    numbness that "came back after a week" still warns."""
    assert_each_calm(rules_alone, [
        "Drove 9 hours to Inverness, my backside was numb by the end of it but it came back "
        "to normal after a cuppa and a stretch of the legs.",
        "bum went numb after 6 hours in the lorry cab, feeling came back after a walk round "
        "the yard. back just aching as usual",
        "Bottom numb from the long bus journey, yaar, it came right after walking for 5 "
        "minutes.",
        "arse was numb by the end of the ride but it came back to normal after a walk.",
    ])
    assert_each_caught(rules_alone, [
        "bum went numb after 6 hours in the lorry cab and it's still numb today, and I can't "
        "feel the paper when I wipe",
        "my backside was numb by the end of the drive, came back to normal after a walk but "
        "now it's numb again and I can't feel when I pee",
        "bum went numb after the long drive and the numbness came back after a week, now I'm "
        "dribbling wee",
    ], "cauda-equina")


def test_numb_in_cold_water_warm_again(rules_alone: Ask) -> None:
    """Legs or a bottom numb in cold water gone into on purpose (a winter dip, a sea or loch
    swim) and fine once out and warm is the cold, a short bout; one still numb, back again
    or with the toilet paper or a leak still warns."""
    assert_each_calm(rules_alone, [
        "Did the Boxing Day dip at Tynemouth, couldn't feel my legs or backside for a good "
        "few minutes after. All fine now, just the usual sciatica.",
        "went wild swimming in the loch on sunday, numb from the waist down for about 5 mins "
        "once i got out, warmed up and it was all grand",
        "Cold water swim this morning with the club, my thighs and bum went numb in the "
        "water but the feeling came back once I was dressed. ok to keep swimming with "
        "sciatica?",
    ])
    assert_each_caught(rules_alone, [
        "Did a cold water dip on Sunday and my bum went numb, it's still numb today and I "
        "can't feel when I wipe",
        "sea swim on saturday, couldn't feel my legs or bum for 10 mins, fine now, but since "
        "this morning I can't feel the toilet paper",
        "after the polar bear dip my legs and bottom were numb, warmed up fine, but it's come "
        "back again today and I've wet myself",
    ], "cauda-equina")


def test_sciatica_on_the_other_side(rules_alone: Ask) -> None:
    """The writer's sciatica placed on the other side from a dead leg told with its cause
    and over ("sciatica's on the other side anyway") says where the back trouble is, not
    that a sign went to the other leg; a leg that gives way again and again, or weaker by
    the day, still warns."""
    assert_each_calm(rules_alone, [
        "Been kneeling on my left leg grouting the shower, it went dead and buckled when I got "
        "up but was fine a minute later. My sciatica is in the other leg by the way.",
        "sat cross legged on the floor at my nephew's party, leg went to sleep and gave way "
        "when I stood, came back in seconds. Sciatica is on the other side anyway.",
        "My right leg went dead from sitting on it in the temple for long, it gave way when I "
        "got up, came back in a minute. The sciatica is on my other side only.",
    ])
    assert_each_caught(rules_alone, [
        "my left leg gave way twice today for no reason, and it's weaker each day. sciatica "
        "is on the other side.",
        "dead leg after sitting on it, it gave way when i stood up, came back in a minute, "
        "but it's happened again three times today and now the other leg is going too",
    ], "progressive-weakness")


def test_a_swelling_where_it_was_bitten(rules_alone: Ask) -> None:
    """A tongue or lip swollen "where I bit it" has its cause told, as "bit my tongue" has;
    a swelling beside the breath or the throat is an emergency whatever set it off (the
    rule no longer calms one there)."""
    assert_each_calm(rules_alone, [
        "Bottom lip is puffy where I bit it during the match, lol. Back is same as before, "
        "which stretch for sciatica?",
        "Tongue swollen on one side where I'd bitten it chewing gum, no biggie. Main question "
        "is my back.",
        "my tongue is swollen because I bit it yesterday eating rice. Sir what is best "
        "exercise for waist pain",
    ])
    assert_each_caught(rules_alone, [
        "my tongue's swollen where I bit it but now my throat feels tight and I can't breathe "
        "properly",
        "bit my lip and now my lips and tongue are swelling up and it's hard to breathe",
    ], "general-emergency")


def test_feeling_rough_after_drinking_named(rules_alone: Ask) -> None:
    """Feeling awful the morning after drinking said by the drink or the hour it went on to
    ("on the tequila", "out drinking till 4am", "on the sesh") is the drink's, as a
    hangover is; days of it with a fever, sweats or shivers still warn."""
    assert_each_calm(rules_alone, [
        "Feeling rough as anything today, we were on the sesh after the wedding. Back's no "
        "different, ok to do the stretches?",
        "I feel terrible this morning, bro, we were out drinking till 4am for my cousin's "
        "birthday. Sciatica same as usual.",
        "feel like death, was on the tequila last night. sciatica still in the left leg, "
        "which stretch?",
    ])
    assert_each_caught(rules_alone, [
        "feel awful, was on the jagers on Saturday but it's been 5 days now and I've got a "
        "fever and night sweats",
        "I feel terrible and I've been shivering with a temperature of 39 since Sunday, was "
        "out drinking till 4am on Friday",
    ], "serious-illness-signs")


def test_a_weaker_stream_is_the_bladders(rules_alone: Ask) -> None:
    """A stream or flow of urine said weaker, put down to the prostate and the same for
    years, is no limb growing weaker (the bladder's own card reads a stream that changes);
    a leg weaker by the day beside it, or a stream weaker since the back went with a
    feeling lost, still warns."""
    assert_each_calm(rules_alone, [
        "Flow has got weaker over the years, urologist says enlarged prostate, same as ever. "
        "Sciatica started last week in my left leg.",
        "Doctor sahib says my weak urine stream is prostate only, it is like this for 5 "
        "years. Now I have new back pain.",
        "my wee stream's weaker than it was in my forties, GP says it's the prostate and it's "
        "not changed in years. New thing is the sciatica.",
    ])
    assert_each_caught(rules_alone, [
        "my leg is getting weaker every day and my pee stream is weaker too",
        "the flow is weaker and so is my right leg, it's weaker every day this week",
    ], "progressive-weakness")
    assert_each_caught(rules_alone, [
        "since my back went on Monday my wee stream has got weaker and I can't feel myself "
        "going",
    ], "cauda-equina")


def test_legs_spent_after_a_hill_day(rules_alone: Ask) -> None:
    """Legs like jelly or wobbly after a day on the hill named by what it was (a ridge, a
    munro, a scramble) and fine after are spent muscles, as after a race; legs numb and weak
    since, with the saddle, still warn."""
    assert_each_calm(rules_alone, [
        "legs like jelly after the munro yesterday, both of them shaking on the way down. "
        "grand today.",
        "Both legs wobbly after the big scramble on Saturday, my sciatica's just the left. "
        "Fine now.",
        "Both my legs were jelly after the ridge, my goodness. Fine by the evening.",
    ])
    assert_each_caught(rules_alone, [
        "both legs went jelly after the ridge and they've been numb and weak since, can't "
        "feel my bum either",
    ], "cauda-equina")


def test_arms_or_grip_that_gave_out(rules_alone: Ask) -> None:
    """Arms, forearms or a grip that "gave out" on a climb or a lift are spent arm muscles,
    no leg giving way; a leg that gave out and keeps giving way still warns."""
    assert_each_calm(rules_alone, [
        "forearms gave out halfway up the route, had to lower off. Leg with the sciatica was "
        "fine.",
        "Grip gave out on the deadlift at the end, legs fine. Is deadlifting ok with "
        "sciatica?",
        "my arms gave out on the monkey bars with the kids, legs held up fine. Sciatica "
        "question: is hanging good for it?",
    ])
    assert_each_caught(rules_alone, [
        "my arms are fine but my left leg gave out on the last move and it's been giving way "
        "all week",
    ], "progressive-weakness")


def test_feet_numb_in_the_cold_coming_back(rules_alone: Ask) -> None:
    """Feet or toes numb after a day in the snow or on the ice, the feeling coming back as
    one warms up, are the cold; feet still numb the next day with the bottom numb too still
    warn."""
    assert_each_calm(rules_alone, [
        "Feet numb after a day out in the snow with the dogs, both of them, coming back now "
        "I'm warming up. Sciatica's a 4 today.",
        "Both feet numb from winter climbing, frostnip the guide says, feeling coming back by "
        "the fire.",
        "cant feel my toes, both feet, after ice climbing in hired boots. warming up now and "
        "theyre coming back",
    ])
    assert_each_caught(rules_alone, [
        "Both feet numb after a day in the snow and they're still numb today, and my bum's "
        "numb too",
    ], "cauda-equina")


def test_legs_of_a_trip_or_a_match(rules_alone: Ask) -> None:
    """The legs of a journey, a relay or a darts match are its parts, no limbs ("both legs
    of the trip"); both the writer's own legs numb beside them still warn."""
    assert_each_calm(rules_alone, [
        "The first leg of the journey was fine but the sciatica flared on the return leg, left "
        "side only. Any stretches for long drives?",
        "Lost three legs of darts in a row last night, my throwing arm went dead by the end. "
        "Back's grand. Fine this morning.",
        "Both legs of the relay done yesterday, my sciatic hip is sore on the right. Normal?",
    ])
    assert_each_caught(rules_alone, [
        "Both legs of the trip were fine but now both my legs are numb and I can't feel my bum",
        "on the return leg of the drive both my legs went numb and I couldn't pee at the "
        "services",
    ], "cauda-equina")


def test_shivers_in_a_freezing_room(rules_alone: Ask) -> None:
    """Shivering through an evening in a hall or a room said freezing, or with the heating
    off, is the cold, as waiting at a bus stop is; shivers with a temperature, sweats or
    lasting days after still warn."""
    assert_each_calm(rules_alone, [
        "Church hall was freezing for the bingo, I was shivering the whole time. Sciatica in "
        "my right leg, any tips for sitting?",
        "Heating was off in the office yesterday, sat there shivering in my coat. Does cold "
        "make nerve pain worse?",
        "Our boiler broke on Sunday and I was shivering all night under two blankets, fixed "
        "now. Back is the same.",
    ])
    assert_each_caught(rules_alone, [
        "The hall was freezing but I've been shivering with a temperature of 39 since, and "
        "sweating at night",
        "heating was off so I thought it was the cold, but I'm still shivering days later "
        "with a fever and my back is worse",
    ], "serious-illness-signs")
