"""Issue 7, stop 52 (calm52): false alarms on the writer's own signs told as past and over
(part 1) or put down to something ordinary (part 2), on the development triage sets of
stop 52 (dentists, surgeons and vets; lifters; musicians; shearers and farmers), fixed by
cause. Each calm reading is checked
beside a sign said in another clause or sentence, which must still warn. Read by the rules
alone, which are what changed. Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import assert_caught, assert_each_calm

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
    assert_each_calm(rules_alone, calm)
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
    assert_each_calm(rules_alone, calm)
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
    assert_each_calm(rules_alone, calm)
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
    assert_each_calm(rules_alone, calm)
    stairs = "fell down the stairs on Sunday after the sciatica started, bounced off the wall, " \
             "didn't jar my back"
    assert_caught(rules_alone(stairs), stairs, "serious-illness-signs")
    head = "I had a fall on the ice last week, after the leg pain began, landed on my hands " \
           "and didn't jar my back, but I hit my head and was sick twice"
    assert_caught(rules_alone(head), head, "general-emergency")
    since = "I had a fall on the ice last week, after the leg pain began, landed on my hands, " \
            "didn't jar my back, but since then I can't feel my bum"
    assert_caught(rules_alone(since), since, "cauda-equina")


def test_numb_bum_from_a_hard_seat_named_by_its_material(rules_alone: Ask) -> None:
    """A numb bum from a seat named by what it is made of (plastic, metal, a wooden pew),
    gone the moment one stands, is pressure; the toilet paper not felt, or a leak beside it,
    still warns (the leak was explained on main by "as soon as I stood", an everyday cause
    that reached every sign in its sentence)."""
    calm = [
        "Four hours on the metal chairs at the job centre, bum went numb, came back as soon "
        "as I got up. Sciatica no different.",
        "Sat through the whole carol service on a wooden pew and my backside went numb, gone "
        "the moment I stood.",
        "them plastic chairs at the clinic gave me a numb bum, went as soon as i got up",
    ]
    assert_each_calm(rules_alone, calm)
    paper = "numb bum from the plastic chairs, went as soon as I got up, but now I can't " \
            "feel the toilet paper"
    assert_caught(rules_alone(paper), paper, "cauda-equina")
    leak = "numb bum on the metal chairs, went as soon as I stood, and I've wet myself twice " \
           "since Sunday"
    assert_caught(rules_alone(leak), leak, "cauda-equina")


def test_shivers_dressed_too_lightly_for_the_cold(rules_alone: Ask) -> None:
    """Shivers in a cold place dressed too lightly (shorts, a t-shirt), warm again at home,
    are the cold; a raised reading or sweats beside them still warn."""
    calm = [
        "Shivery all afternoon in the cold store in a t-shirt, my own fault. Warm up once I "
        "get home. Back aches.",
        "been shivering in the lambing shed in shorts like a fool, warm up indoors fine",
        "I was shivering in the cold room in short sleeves, I warmed up inside. Waist pain "
        "is the same.",
    ]
    assert_each_calm(rules_alone, calm)
    reading = "shivering in shorts in the barn but the thermometer says 39 and I'm burning up"
    assert_caught(rules_alone(reading), reading, "serious-illness-signs")


def test_a_young_back_from_carrying_something_heavy(rules_alone: Ask) -> None:
    """A young person's back pain from carrying a heavy thing about (a kit bag, an
    instrument) has a plain mechanical cause; a young back that hurts at night, or with a
    fever, still warns."""
    calm = [
        "My 14 year old son has back pain from lugging his kit bag to school every day. Is "
        "it common?",
        "Our daughter is 16 and gets sciatica from carrying her harp to lessons.",
        "My son (13) has low back pain from carrying his rucksack, otherwise well.",
    ]
    assert_each_calm(rules_alone, calm)
    night = "My 14 year old has back pain, from carrying his kit bag we thought, but it " \
            "wakes him every night and he has a fever"
    assert_caught(rules_alone(night), night, "serious-illness-signs")


def test_chest_tight_from_holding_the_breath(rules_alone: Ask) -> None:
    """A chest tight from holding the breath through a lift or a long phrase, gone on
    breathing, is the breath held; pain spreading to the arm, or sweating, still warns."""
    calm = [
        "held my breath through the whole heavy set, chest went tight, fine once I breathed "
        "out properly",
        "my chest felt tight in the long phrase, I'd been holding my breath, gone when I "
        "breathed normally. Is singing ok for my back?",
        "Sir during the hymn my chest was tight because I was holding my breath, after "
        "breathing it went.",
    ]
    assert_each_calm(rules_alone, calm)
    arm = "chest tight, I thought from holding my breath, but the pain is spreading down my " \
          "left arm and I'm sweating"
    assert_caught(rules_alone(arm), arm, "general-emergency")


def test_night_pain_eased_by_getting_up(rules_alone: Ask) -> None:
    """Pain worse in bed that eases once one is up and moving is mechanical; pain there
    whatever one does, or with night sweats, still warns."""
    calm = [
        "the pain is worse lying in bed but it loosens off once I'm up and about",
        "worse at night in bed, once I get up and walk around the room it eases. Two weeks.",
        "madam pain is more in bed at night, better when i get up and walk. which exercise?",
    ]
    assert_each_calm(rules_alone, calm)
    sweats = "worse lying in bed at night and nothing eases it, I'm drenched in sweat every " \
             "night"
    assert_caught(rules_alone(sweats), sweats, "serious-illness-signs")


def test_a_nail_or_a_plaster_that_came_off(rules_alone: Ask) -> None:
    """A nail, a scab or a plaster that came off is no fall; coming off a bike still warns."""
    calm = [
        "my big toenail came off last week, it was an old fungal thing. Sciatica's the same.",
        "The plaster came off my heel on the walk, blister's fine. Leg pain as usual.",
        "scab came off me knee in the shower, back's the usual ache",
    ]
    assert_each_calm(rules_alone, calm)
    bike = "came off my bike yesterday and landed on my back, now the sciatica is worse"
    assert_caught(rules_alone(bike), bike, "serious-illness-signs")


def test_turning_to_lie_on_the_other_side(rules_alone: Ask) -> None:
    """Turning in bed to lie on the other side is no pain that changes sides; sciatica that
    switches from one leg to the other still warns."""
    calm = [
        "at night the pain is more when I sleep on the left, I change side and it settles",
        "Sir when I lie on right side the buttock pain comes, I change sides then it is ok.",
        "if it's bad lying on my right I turn to the other side and it eases",
    ]
    assert_each_calm(rules_alone, calm)
    switching = "the sciatica keeps switching sides, left leg one day, right the next"
    assert_caught(rules_alone(switching), switching, "cauda-equina")


def test_both_feet_said_of_a_check_passed(rules_alone: Ask) -> None:
    """Both feet said of a check of strength passed (heels, tiptoe), or strength said equal,
    is no sign in both legs; both feet numb beside a check still warn."""
    calm = [
        "I can walk on my heels and my toes, both feet. The leg pain's annoying.",
        "Both feet, I can stand on tiptoe no bother. Sciatica down the left.",
        "My right calf is thinner since a rugby break at school, the physio says strength is "
        "equal. Sciatica on the left.",
    ]
    assert_each_calm(rules_alone, calm)
    numb = "I can walk on my heels but both feet are numb and tingling since Friday"
    assert_caught(rules_alone(numb), numb, "cauda-equina")
