"""Issue 7, stop 46 (alarms46), part 1: false alarms of the four new development triage sets
(bereaved people and people living alone; blind, partially sighted, deaf and hard-of-hearing
people; apprentices and young workers; amputees and people with joint replacements), fixed
by cause. Each calm reading is checked beside the same kind of words with the sign itself,
which must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_idioms_of_a_cold_sore_a_dream_shame_and_a_flop(ask):
    """A cold sore's old name, a strange dream, shame said as dying inside, a show that died
    on its backside before a dead crowd, a sale that fell through and a boss's temper to come
    are no fever, no wish to die, no numb bottom, no fall and no heart attack."""
    calm = [
        "my gran calls a cold sore a fever blister, I have one on my lip. sciatica's the same",
        "had a weird fever dream about my old school. leg pain is no worse, any stretches?",
        "my mate laughed so loud at the meeting I died inside. back's a bit stiff today",
        "our comedy night died on its backside, the room was dead. back coped with the stage",
        "the house purchase fell through again. back's tense from the stress, any tips?",
        "my supervisor will have a heart attack when she sees my timesheet. back is ok",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    fever = "I've got a fever of 39 and my back is agony"
    die = "I want to die, I can't take this pain any more"
    fell = "I fell through the loft hatch onto the landing and hurt my back"
    heart = "my dad is having a heart attack, crushing chest pain down his arm"
    assert_caught(ask(fever), fever, "serious-illness-signs")
    assert_caught(ask(die), die, "distress")
    assert_caught(ask(fell), fell, "serious-illness-signs")
    assert_caught(ask(heart), heart, "general-emergency")


def test_a_device_that_had_a_fit_and_a_deal_that_crashed(ask):
    """A laptop that "had a seizure" and a deal or a bid that crashed are things that
    failed; a person's fit and a car crash still warn."""
    calm = [
        "my laptop had a seizure and lost my essay. is sitting all day bad for sciatica?",
        "the bid on the new house crashed this morning, gutted. back stretches for stress?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    fit = "my brother just had a seizure on the kitchen floor and is still shaking"
    crash = "I crashed the car on the motorway this morning and my back is killing me"
    assert_caught(ask(fit), fit, "general-emergency")
    assert_caught(ask(crash), crash, "serious-illness-signs")


def test_positions_asked_for_a_condition(ask):
    """"Any positions for sciatica?" asks for help, no pain in every position; a pain no
    position eases at night still warns."""
    asked = "can't wait for one decent night's kip. which positions for lower back pain?"
    assert_calm(ask(asked), asked)
    night = "the pain wakes me every night, I can't get comfy in any position for sleeping"
    assert_caught(ask(night), night, "serious-illness-signs")


def test_a_fever_come_down_or_over_with_its_cause(ask):
    """A child's temperature that has come down, and a fever that was a virus now cleared,
    are over; a fever that will not come down still warns."""
    calm = [
        "my grandson ran a temperature of 38.5 on saturday. his temperature came down today. "
        "my back aches from lifting him, can I use heat?",
        "had a fever at the weekend but it was flu, all cleared now and my back is no different",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    stuck = "my back is agony and my fever of 39 won't come down with paracetamol"
    back = "had a fever last week, all cleared now but it came back today with the back pain"
    assert_caught(ask(stuck), stuck, "serious-illness-signs")
    assert_caught(ask(back), back, "serious-illness-signs")


def test_chills_and_a_cold_with_their_everyday_cause(ask):
    """Chills from a scary film or a long wait in the cold, warm again after, and feeling
    rough with a head cold are no fever; chills that keep coming with sweats still warn."""
    calm = [
        "we all got the chills watching a horror movie on friday, back was fine. walking tips?",
        "chills? only from standing at the bus stop in the cold, warmed up fine once home",
        "feeling rough with a head cold, runny nose, no temperature. back is no worse",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    chills = "back pain with chills and night sweats every night this week"
    assert_caught(ask(chills), chills, "serious-illness-signs")


def test_a_numb_bottom_after_a_night_on_the_sofa_that_went(ask):
    """A bottom gone numb from sleeping on the sofa, said to have gone in the next
    sentence, is pressure; one that stays numb, or a bladder beside it, still warns."""
    calm = ("fell asleep on the sofa after the party and woke with a numb bum. All good now, "
            "the numbness went after a shower")
    assert_calm(ask(calm), calm)
    stays = "woke on the sofa with a numb bum and it's still numb two days later"
    bladder = "woke on the sofa with a numb bum and I can't pee. all good now otherwise"
    assert_caught(ask(stays), stays, "cauda-equina")
    assert_caught(ask(bladder), bladder, "cauda-equina")


def test_numb_foot_and_a_sore_buttock_on_one_side(ask):
    """Numbness said of a foot beside pain said of a buttock, in one clause, is one-sided
    sciatica: the numbness is the foot's. A buttock said to be numb still warns."""
    calm = "numbness in my right foot and pain in my right buttock since the weekend"
    assert_calm(ask(calm), calm)
    numb = "numbness in my right foot and pain and numbness in my right buttock"
    bum = "numbness in my left foot and my bum is numb too"
    assert_caught(ask(numb), numb, "cauda-equina")
    assert_caught(ask(bum), bum, "cauda-equina")


def test_someone_elses_emergency_that_is_over(ask):
    """A teammate knocked out and checked and cleared, a manager's heart attack in a past
    month who is back at work, and a fall from a ladder in a past month are over; someone
    knocked out now, or a fall from a ladder today, still warn."""
    calm = [
        "a teammate got knocked out at hockey on sunday, he's been checked and cleared. "
        "my back is stiff, can I still train?",
        "my manager had a heart attack in february and she's back at work already. "
        "I've been off a fortnight with my back",
        "my manager fell off a ladder in april so I've been doing the heavy lifting since. "
        "my back's sore",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    out = "my teammate just got knocked out cold and isn't waking up"
    ladder = "my dad fell off a ladder this morning and can't move his legs"
    assert_caught(ask(out), out, "general-emergency")
    assert_caught(ask(ladder), ladder, "general-emergency")


def test_a_foot_caught_on_the_ground_and_fine_elsewhere(ask):
    """A foot that catches on one raised kerb or a root, fine everywhere else or lifting
    fine otherwise, is the ground; a foot that catches and drags, or won't lift, warns."""
    calm = [
        "my toe keeps catching on the raised paving by the bus stop. only there though, "
        "fine everywhere else",
        "caught my foot on a root in the park on monday. foot lifts fine otherwise",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    drags = "my foot keeps catching on the kerb and dragging, fine at home"
    lift = "my foot keeps catching on every kerb lately, it won't lift properly. fine otherwise"
    assert_caught(ask(drags), drags, "progressive-weakness")
    assert_caught(ask(lift), lift, "progressive-weakness")


def test_a_knock_that_changed_nothing_and_a_sting_gone_down(ask):
    """A trip onto the hands that did not change a pain already there, and a swelling from
    a bee sting gone down, are no trauma and no lump; a fall down the stairs, a swelling
    only guessed to be a bite, and a sting with the throat swelling still warn."""
    calm = [
        "tripped on the doormat on friday and landed on my knees. the sciatica was already "
        "there and the trip didn't change it",
        "the lump on my back went down overnight, it was a bee sting. is heat ok?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    stairs = "fell down the stairs on tuesday, the fall didn't change my sciatica"
    guess = "found a warm swelling on my spine, back's been killing me. could it be a bite?"
    sting = "bee sting on my neck and now my throat is swelling and I can't breathe properly"
    assert_caught(ask(stairs), stairs, "serious-illness-signs")
    assert_caught(ask(guess), guess, "serious-illness-signs")
    assert_caught(ask(sting), sting, "general-emergency")


def test_signs_read_on_a_sheet_and_all_denied(ask):
    """Signs read off a leaflet and then all denied are read about; an exception said
    beside the denial still warns."""
    calm = ("the leaflet from the clinic lists bladder problems and numbness down below, "
            "I've got none of them, just curious")
    assert_calm(ask(calm), calm)
    but = ("the leaflet lists bladder problems and numbness, I've got none of it except the "
           "numbness round my bum")
    assert_caught(ask(but), but, "cauda-equina")


def test_a_wish_to_die_long_past_and_a_grumble_about_a_service(ask):
    """A wish to die after an operation years back, with the writer in a good place now,
    and everyone better off if the buses ran on time, are no crisis; the wish now, or
    everyone better off without the writer, still warn."""
    calm = [
        "after my op years ago I wanted to die for a bit. in a good place now. back question",
        "everyone would be better off if the trains ran on time. leg ached from the wait",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    now = "had a bad spell for a while, I want to die, in a good place now I guess"
    without = "everyone would be better off if I wasn't here"
    assert_caught(ask(now), now, "distress")
    assert_caught(ask(without), without, "distress")


def test_strength_shown_and_weakness_that_gets_better(ask):
    """A leg weak at first that got stronger every week, weakness only with a shot of pain
    while the leg still hops, and heel raises done on both sides are no weakness; a leg
    getting weaker, or both legs too weak for heel raises, still warn."""
    calm = [
        "the physio found some weakness at first but it's got stronger every week, can I run?",
        "leg feels weak only when the pain shoots, it's just the pain, I can still hop on it",
        "legs heavy in the morning, strength fine, I can still do calf raises both sides",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    weaker = "my leg feels weak when the pain shoots, I can still hop but it's getting weaker"
    both = "both legs feel heavy and weak, can't do heel raises both sides"
    assert_caught(ask(weaker), weaker, "progressive-weakness")
    assert_caught(ask(both), both, "cauda-equina")


def test_legs_spent_after_a_leg_day(ask):
    """Stairs barely managed after a leg day at the gym are the muscles."""
    calm = "did squats for leg day, legs are dead, can barely walk down stairs lol. sciatica ok"
    assert_calm(ask(calm), calm)
