"""Issue 7, stop 55 (calm55): false alarms where the writer's own sign is denied in their own
idiom, or was a short bout with its cause and its end, on the development triage sets of
stop 55 and stop 54's held-out sets (skydivers, dog walkers, tour guides). Each calm reading
is checked beside a sign of the same shape that must still warn. Read by the rules alone,
which are what changed. Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import (
    assert_each_calm,
    assert_each_caught,
    assert_each_emergency,
    assert_each_without,
)

from bot.engine import Answer

Ask = Callable[[str], Answer]


def test_a_cheek_of_the_bottom_named_is_a_place(rules_alone: Ask) -> None:
    """A cheek of the bottom named as where a pain is ("pain in my left arse cheek") is a
    place, no numbness; cheeks said to be numb, dead, like cotton, or not felt still warn."""
    assert_each_calm(rules_alone, [
        "pain in my left arse cheek going down to my knee, four days now",
        "sore right butt cheek and down the back of the thigh, any stretches?",
        "Ma arse cheek is that sore, the pain runs doon tae ma calf",
    ])
    assert_each_caught(rules_alone, [
        "my butt cheeks are numb",
        "my butt cheeks hurt and feel numb",
        "I have like cotton feeling in the butt cheeks since this morning",
        "sore butt cheeks and they've gone all dead feeling since yesterday",
        "numbness in both butt cheeks since yesterday",
        "arse cheeks have gone numb and I can't feel the paper when I wipe",
    ], "cauda-equina")


def test_zero_before_a_trouble_denies_it(rules_alone: Ask) -> None:
    """"Zero" before a trouble named ("zero bladder or bowel issues") denies it as "no"
    does; "zero control" of the bladder is the sign itself and still warns."""
    assert_each_without(rules_alone, [
        "Zero bladder or bowel issues, just the leg pain, 2 weeks in.",
        "zero problems with peeing or pooping, sciatica down my left leg",
        "Absolutely zero numbness down there, just the ache in my hip",
    ], "cauda-equina")
    assert_each_caught(rules_alone, [
        "zero control of my bladder since last night",
        "zero bladder control since yesterday, wet myself twice",
    ], "cauda-equina")


def test_pea_gravel_is_stones(rules_alone: Ask) -> None:
    """Pea gravel and pea shingle are stones, no pee ("pea" is also read as a slip for
    "pee"); a pee that will not come still warns."""
    assert_each_calm(rules_alone, [
        "laid a ton of pea gravel on the drive at the weekend and my back's been sore since, "
        "no leg pain",
        "slipped on the pea shingle path, no harm done, back the same as before",
        "Wey, I've been shovelling pea gravel all day for the new patio, back's hard work now",
    ])
    assert_each_caught(rules_alone, [
        "can't pee since last night and my back is agony",
        "I landed in the pea gravel pit and since then I can't pee at all",
    ], "cauda-equina")


def test_a_slip_that_landed_like_a_sack(rules_alone: Ask) -> None:
    """"Like a sack of spuds" said of a slip or a trip is how the fall looked, no collapse;
    the same simile with one out cold, not responding or the head hit still warns."""
    assert_each_calm(rules_alone, [
        "slipped on the wet grass and went down like a sack of spuds, no harm done, back's "
        "the same as last week",
        "tripped over the dog's lead, landed like a sack of potatoes lol, not hurt. sciatica 2 "
        "weeks",
        "skidded on the icy path and went down like a sack of potatoes, only my pride hurt, "
        "the sciatica is the same",
    ])
    assert_each_emergency(rules_alone, [
        "he slipped in the kitchen and went down like a sack of spuds, out cold for a minute",
        "my husband collapsed like a sack of potatoes in the garden and isnt responding",
        "she slipped and went down like a sack of spuds and hit her head, not making sense",
    ])


def test_a_leg_that_went_when_the_footing_went(rules_alone: Ask) -> None:
    """A leg that went "because" an ankle rolled, or when the deck or the floor moved under
    everyone (a ship's lurch, a bus braking), is the footing lost, no leg failing; one that
    keeps going, goes again or is weak still warns."""
    assert_each_without(rules_alone, [
        "my leg went from under me on the way down because I rolled my ankle on the kerb, "
        "ankle's fine now, sciatica's the same",
        "knee gave way when I went over on my ankle at football, just the once, back pain "
        "unchanged",
        "My leg buckled on the ferry stairs when the boat lurched and everyone fell about, "
        "shin bruised, sciatica otherwise the same",
        "the bus braked hard and my knee gave way, half the passengers went flying too, back's "
        "no different",
        "Train jolted and my legs went from under me mate, everyone fell over, back's the same "
        "as it was",
    ], "progressive-weakness")
    assert_each_caught(rules_alone, [
        "my leg keeps giving way, rolled my ankle twice this week because of it",
        "my leg went from under me because it's gone weak, rolled my ankle",
        "on the ferry my leg keeps buckling even when the sea is flat",
        "my leg gave way on the boat again today and it feels weaker",
    ], "progressive-weakness")


def test_a_sole_peeling_off_is_what_slaps(rules_alone: Ask) -> None:
    """Footwear whose sole is peeling or hanging off slaps by itself, even when it keeps
    doing so; a foot that drags or slaps barefoot too, or a sole worn through, still warns."""
    assert_each_without(rules_alone, [
        "my left trainer keeps slapping on the pavement, the sole's hanging off it, foot's fine",
        "me boot's slapping cos the sole's come unstuck at the front, walking normal otherwise",
        "My shoe is making slapping sound on floor, the sole has come loose, I will buy new one",
    ], "progressive-weakness")
    assert_each_caught(rules_alone, [
        "my foot keeps slapping on the floor and dragging, the sole of my shoe is worn through "
        "at the toe",
        "my foot slaps even barefoot, the sole of my slipper came loose too",
    ], "progressive-weakness")


def test_a_night_blacked_out_on_drink(rules_alone: Ask) -> None:
    """A night's memory gone to drink ("blacked out most of the wedding on the tequila") is
    the drink's, no faint; a blackout after one drink, with a fall onto the head, in the
    shower or with diabetes still warns."""
    assert_each_calm(rules_alone, [
        "Blacked out most of the wedding on the tequila, back's sore today, probably slept "
        "funny",
        "dont remember the end of Saturday, blacked out after too many pints. backs stiff this "
        "morning",
        "Blacked out most of the crew party (too many rum punches). Back's sore.",
    ])
    assert_each_emergency(rules_alone, [
        "blacked out at the party after only one drink and hit my head on the floor",
        "I blacked out in the shower this morning and came round on the floor",
        "blacked out at the pub last night, I'd had two beers, and I've never done that "
        "before, I'm diabetic",
    ])


def test_legs_shaky_after_a_load_carried_uphill(rules_alone: Ask) -> None:
    """Legs shaky after a load carried up a hill, fine after a sit or a bite, are spent
    muscles, no illness; shakes with a temperature or sweats that go on still warn."""
    assert_each_calm(rules_alone, [
        "legs shaky after carrying the shopping up the hill but fine after a sit down, "
        "sciatica in the left",
        "legs were wobbly and shaky after lugging my rucksack up the fell, fine after a rest "
        "and a brew",
        "Bro my legs were all shaky after carrying the esky up the hill to the lookout, fine "
        "after something to eat",
    ])
    assert_each_caught(rules_alone, [
        "shaky and shivering with a temperature, back pain a week",
        "shaky after carrying the kit up the hill and still shaky with night sweats three days "
        "later",
    ], "serious-illness-signs")


def test_a_seat_numb_back_to_normal_in_a_minute(rules_alone: Ask) -> None:
    """A bottom numb from a long sit on something hard, back to normal in a minute in a
    sentence that says only that, is over ("back to" there is no relapse); one still numb,
    with the loo roll unfelt, or going numb again and again still warns."""
    assert_each_calm(rules_alone, [
        "Sat on a cold step for an hour at the match and my bum went numb. Got up and it was "
        "back to normal in a minute. Sciatica the same.",
        "Sat on the church pew for the whole service and my backside went numb. Stood up and "
        "it was back to normal in a minute.",
    ])
    assert_each_caught(rules_alone, [
        "Sat on a wall for an hour and my bum went numb. It's still numb today and I can't "
        "feel the loo roll.",
        "my bum went numb on the bench. back to normal in a minute but now it keeps going "
        "numb again and again",
    ], "cauda-equina")


# ---- Part 2: over and explained


def test_a_pee_that_would_not_come_once_treated_and_over(rules_alone: Ask) -> None:
    """A pee that would not come once, with its cause treated (an infection and antibiotics,
    a catheter after an operation) and said to be over, is over; the same told as back
    tonight or since this morning still warns."""
    assert_each_without(rules_alone, [
        "Last month I couldn't wee for a whole evening, it was a water infection, antibiotics "
        "and all fine now. Back pain same as before.",
        "couldnt pass urine after my knee op in 2020, had a catheter overnight, sorted. now "
        "just sciatica 3 weeks",
        "Sir last year I was unable to pass urine one night due to UTI, doctor gave "
        "antibiotics, normal since. Now only back pain.",
    ], "cauda-equina")
    assert_each_caught(rules_alone, [
        "had a UTI last month and couldn't pee, antibiotics sorted it, but tonight I can't pee "
        "again",
        "couldn't pee after my op in March, sorted then, but since this morning nothing comes "
        "out",
    ], "cauda-equina")


def test_a_sign_conceded_as_long_had(rules_alone: Ask) -> None:
    """A sign conceded after a "but" as long had ("but I've had that since my fifties") is
    the person's usual; the same with a change told now still warns."""
    assert_each_without(rules_alone, [
        "Little dribble after a wee, but I've had that since my fifties, GP says it's the "
        "prostate. Back pain new.",
        "bit of dribbling after peeing but I've had that for years, nothing new. sciatica a "
        "week",
    ], "cauda-equina")
    assert_each_caught(rules_alone, [
        "Dribble after peeing, I've had that since my forties but now I'm wetting myself and "
        "can't feel it",
    ], "cauda-equina")


def test_weight_lost_with_a_stomach_bug_eating_again(rules_alone: Ask) -> None:
    """Eating cut down and weight lost with a stomach bug, food poisoning or seasickness,
    eating again now, is the bug's; weight still going without trying still warns."""
    assert_each_without(rules_alone, [
        "lost a few pounds with a tummy bug last month, eating normally again. back pain a week",
        "Could not eat for two days from food poisoning and dropped 2kg, eating fine again now. "
        "sciatica left leg",
        "Couldnt eat much on the ferry cos I was seasick the whole way, dropped a bit of weight, "
        "back to eating loads now",
    ], "serious-illness-signs")
    assert_each_caught(rules_alone, [
        "lost weight with a stomach bug but I'm still losing weight a month later without "
        "trying",
    ], "serious-illness-signs")


def test_a_check_ended_by_all_normal(rules_alone: Ask) -> None:
    """What a doctor or physio checked, ended by "all normal" or "all fine", is denied as a
    list is; a sign told now beside a check still warns."""
    assert_each_without(rules_alone, [
        "Physio checked my reflexes, feeling down below and strength in both legs, all normal.",
        "GP tested sensation in my saddle area and power in both legs, all fine she said",
    ], "cauda-equina")
    assert_each_caught(rules_alone, [
        "GP checked, reflexes normal, but I've got numbness in both legs now",
    ], "cauda-equina")


def test_a_lump_named_a_cyst(rules_alone: Ask) -> None:
    """A lump on the back named a fatty or sebaceous cyst is what it is, over; one growing or
    new still warns."""
    assert_each_without(rules_alone, [
        "The lump on my back is a sebaceous cyst, the GP has seen it, not changed in years.",
        "the lump on my back is a fatty cyst, had it scanned, nothing to worry about",
    ], "serious-illness-signs")
    assert_each_caught(rules_alone, [
        "the lump on my back is getting bigger and it's hard, new since last month",
    ], "serious-illness-signs")


def test_a_leg_that_went_on_a_trip_over_a_thing(rules_alone: Ask) -> None:
    """A leg that went "because" one tripped over a thing named is the footing lost; a trip
    because the foot keeps catching, or a leg that goes when stood on, still warns."""
    assert_each_without(rules_alone, [
        "My leg gave way because I tripped over the hoover cable, nothing to do with my back.",
        "knee went from under me cos I tripped over the edge of the rug, just the once",
    ], "progressive-weakness")
    assert_each_caught(rules_alone, [
        "my leg gave way and I tripped over the step because my foot keeps catching",
        "my leg gives way when I stand on it, tripped over twice",
    ], "progressive-weakness")


def test_a_fall_that_hurt_only_pride(rules_alone: Ask) -> None:
    """A fall that hurt "only my pride" did no harm; the same with numb legs after it or a
    back landed on from a ladder still warns."""
    assert_each_calm(rules_alone, [
        "Fell off the stool last week in front of the class, only my pride was hurt. Back same "
        "as ever.",
        "slipped on the steps at the shop, only my pride got hurt lol",
    ])
    assert_each_emergency(rules_alone, [
        "fell down the stairs, only my pride was hurt at first but now my legs are numb",
        "fell off the ladder and landed on my back, only my pride I thought, but I cant move my "
        "legs",
    ])


def test_sweats_or_chills_with_their_cause(rules_alone: Ask) -> None:
    """Night sweats a doctor put down to a medicine, sweating at night with the power and the
    fan off, and chills working in a cold store are their cause's; sweats with a fever or
    weight lost, and chills with a temperature, still warn."""
    assert_each_without(rules_alone, [
        "night sweats since starting sertraline, GP says it's a side effect, settling. sciatica "
        "the same",
        "sweating at night because there's a power cut and no fan, back still sore",
        "getting chills working in the cold store all shift, does the cold affect sciatica?",
    ], "serious-illness-signs")
    assert_each_caught(rules_alone, [
        "night sweats and a fever of 38 since starting the new tablets, lost weight too",
        "drenching night sweats every night for three weeks and I've lost weight, back pain",
        "chills and shivering with a temperature of 39, back pain",
    ], "serious-illness-signs")


def test_legs_shaky_after_a_first_proper_walk(rules_alone: Ask) -> None:
    """Legs shaky after a first proper walk in a while, "a good tired", are spent muscles."""
    assert_each_without(rules_alone, [
        "legs a bit shaky after my first proper walk in weeks, a good tired though. sciatica "
        "only on the right",
        "After a long walk by the river my legs were shaky but it was a good tired",
    ], "serious-illness-signs")
