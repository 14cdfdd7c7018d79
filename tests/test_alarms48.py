"""Issue 7, stop 48 (alarms48), part 1: false alarms of the four new development triage sets
(miners, tunnel and offshore crews; painters, plasterers and fitters; reps and field workers
who live in the car; lab, dental, optical and pharmacy staff), fixed by cause. Each calm
reading is checked beside the same kind of words with the sign itself, which must still warn.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_upset_said_as_a_heart_attack_or_a_stroke(ask):
    """Someone who will "have a stroke when she sees" a bill, or is "having a heart attack
    over" a delay, is upset; a heart attack or a stroke told with its signs still warns."""
    calm = [
        "my foreman will have a stroke when he sees the fuel receipts lol. back's fine today",
        "the client is having a heart attack over the late delivery. my leg aches in the van",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    heart = "my boss is having a heart attack, he's clutching his chest and sweating"
    stroke = "I think my dad is having a stroke, his face has dropped and his speech is slurred"
    assert_caught(ask(heart), heart, "general-emergency")
    assert_caught(ask(stroke), stroke, "general-emergency")


def test_breath_lost_to_a_workload(ask):
    """"Snowed under, can't breathe for the emails" is busy; breath lost with the chest or
    blue lips still warns."""
    calm = [
        "snowed under at the surgery, can't breathe for the emails. how do I sit better?",
        "drowning in paperwork and can barely breathe this week, back stiff from the desk",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    breath = "I can't breathe properly and my chest is tight, my lips look blue"
    assert_caught(ask(breath), breath, "general-emergency")


def test_a_blackout_of_the_power(ask):
    """A site's blackout with the power or a generator named is the lights; someone who
    blacked out still warns."""
    calm = "power cut across the whole estate last night, the generator tripped. back held up"
    assert_calm(ask(calm), calm)
    fainted = "I blacked out in the kitchen and came round on the floor"
    assert_caught(ask(fainted), fainted, "general-emergency")


def test_a_check_that_found_nothing(ask):
    """A temperature taken and normal, or a lump felt for and none found, is a check passed;
    a fever read high and a lump that grows still warn."""
    calm = [
        "felt warm in the cab all afternoon but checked my temperature and it's normal",
        "the nurse felt along my spine for lumps. Found nothing. Is that standard?",
        "sore lump on my shoulder, the GP says it's an infected cyst and she'll drain it",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    fever = "I've got a temperature of 39 and shivers, and my back is agony"
    lump = "there's a lump on my spine that's getting bigger and my back hurts at night"
    assert_caught(ask(fever), fever, "serious-illness-signs")
    assert_caught(ask(lump), lump, "serious-illness-signs")


def test_a_sign_asked_about_or_supposed(ask):
    """"What exactly is" a sign and "is it likely to happen to me?" ask; the same sign told as
    happening now still warns."""
    calm = [
        "what exactly is cauda equina syndrome? the physio mentioned it in passing",
        "is foot drop likely to happen to me? sciatica three weeks, left leg",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    drop = "my foot has started dropping and slapping when I walk since Monday"
    assert_caught(ask(drop), drop, "progressive-weakness")


def test_peeing_often_from_drinking_more(ask):
    """Peeing a lot with litres of water drunk a day is the drink's; a pee that will not come
    still warns, whatever was drunk."""
    calm = "peeing all the time since I started on three litres of water a day, back's better"
    assert_calm(ask(calm), calm)
    retention = "I've drunk litres of water today but I can't pee at all and my back is bad"
    assert_caught(ask(retention), retention, "cauda-equina")


def test_machines_and_seats_that_fail(ask):
    """A compressor that "gave up the ghost", an analyser that crashed and a chair that gave
    way under one are things; a leg that gave way still warns."""
    calm = [
        "the compressor gave up the ghost at 4am and I was under it for hours. leg's sore",
        "the analyser crashed twice today, the whole shift went down the pan. sciatica's meh",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    legs = "my leg keeps giving way under me and I've fallen twice this week"
    assert_caught(ask(legs), legs, "progressive-weakness")


def test_someone_elses_cut_and_crash(ask):
    """A workmate's finger cut on a blade and dressed, and a crash passed in traffic, are no
    harm of the writer's; a cut made on purpose and a crash one was in still warn."""
    calm = [
        "the lad cut his thumb on a stanley knife, a plaster sorted it. heat pad tonight ok?",
        "saw an accident on the motorway, drove past it slowly in the queue. back's stiff",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    harm = "I cut my wrists with a blade last night and I want to do it again"
    assert_caught(ask(harm), harm, "distress")


def test_a_place_or_a_plan_not_a_life(ask):
    """"Better off if they let us work from home" and "don't want to be here, I mean this
    job" are about work; a wish to be gone for good still gets the crisis reply."""
    calm = [
        "we'd all be better off if head office let us work from home. any desk stretches?",
        "don't want to be here any more - here meaning this firm. any tips for a standing desk?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    crisis = "everyone would be better off without me, I don't want to be alive anymore"
    assert_caught(ask(crisis), crisis, "distress")


def test_a_numb_seat_from_sitting_that_passes(ask):
    """A bum numb from a hard seat that comes back the moment one stands is pressure; numb
    on the toilet paper, or numb that stays, still warns."""
    calm = [
        "bum goes numb from sitting on the hard bench all morning, gone as soon as I stand up",
        "went numb sitting through a long meeting, came back the second I walked out",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    saddle = "I can't feel the toilet paper when I wipe since yesterday, my bum is numb"
    assert_caught(ask(saddle), saddle, "cauda-equina")


def test_a_saddle_checked_and_normal(ask):
    """Feeling down there checked and the same both sides is a check passed; feeling lost
    there still warns."""
    calm = "worried about my bum feeling, checked it and it's the same both sides, all grand"
    assert_calm(ask(calm), calm)
    lost = "I've lost feeling between my legs since this morning and it's getting worse"
    assert_caught(ask(lost), lost, "cauda-equina")
    # a side effect asked about is no cause told: the sign still warns
    asked = ("after the steroid jab I can't ejaculate and it all feels dull. "
             "could that be a known side effect?")
    assert_caught(ask(asked), asked, "cauda-equina")


def test_a_hangover_and_a_hot_room(ask):
    """Feeling rough beside a hangover and sweats from a room's heating are no illness;
    sweats at night beside weight lost still warn."""
    calm = [
        "is it ok to stretch with a hangover? feel like death this morning",
        "night sweats all week, the heating in the flat is stuck on full. back's ok",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    sweats = "drenching night sweats for weeks and I've lost a stone without trying"
    assert_caught(ask(sweats), sweats, "serious-illness-signs")


def test_knees_gone_at_good_news(ask):
    """Knees that buckled at good news are joy; a knee that buckles and keeps doing it still
    warns."""
    calm = "my knees buckled when they told me I got the job, best day ever! sciatica stretches?"
    assert_calm(ask(calm), calm)
    buckled = "my knee buckled on the stairs again today and I fell"
    assert_caught(ask(buckled), buckled, "progressive-weakness")


def test_a_fall_with_nothing_worse_and_the_season(ask):
    """A slip with nothing worse and got straight up from is no injury, nor is shingles "in
    the fall"; a fall that hurt the back still warns."""
    calm = [
        "slipped on the wet floor at work, got straight up, nothing's worse. ok to keep going?",
        "had the flu in the fall, long over. now sciatica down the left leg two weeks",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    fall = "I fell down the stairs yesterday, landed on my back and now I can't feel my legs"
    assert_caught(ask(fall), fall, "general-emergency")
