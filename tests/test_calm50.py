"""Issue 7, stop 50 (calm50), part 1: false alarms of kinds B on the four new development
triage sets (trades, gymnasts and circus, the woods and the water, child carers), fixed by
cause: signs denied or found normal by a clinician, and a sign with its plain cause that
passed. Each calm reading is checked beside the same kind of words with the sign itself,
which must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught, assert_each_calm


def test_screening_questions_all_answered_no(ask):
    """Signs a clinician went through, answered with one no for all, are denied; the same
    screen with a yes, or a sign going on beside it, still warns."""
    calm = ("the nurse went through the red flag questions, waterworks, bowels, numb bum, "
            "temperature. No to all of it. what stretches can I do?")
    assert_calm(ask(calm), calm)
    yes = ("the nurse went through the red flag questions, waterworks, bowels, numb bum. "
           "all no except the numb bum, that started yesterday")
    assert_caught(ask(yes), yes, "cauda-equina")
    alone = "can't feel my bum when I wipe and I can't pee properly since this morning"
    assert_caught(ask(alone), alone, "cauda-equina")


def test_function_said_to_be_no_different(ask):
    """"Not weeing any differently" denies a change, not the wee; a wee that will not come,
    or a change, still warns."""
    calm = "I'm not weeing any differently and my bowels are the same, just the leg pain"
    assert_calm(ask(calm), calm)
    changed = "I'm weeing differently since the weekend and my back is agony"
    assert_caught(ask(changed), changed, "cauda-equina")
    retention = "I'm not weeing at all since last night, nothing comes out"
    assert_caught(ask(retention), retention, "cauda-equina")


def test_legs_tested_and_found_equal(ask):
    """Both legs tested, strength or reflexes equal, tell of no sign in both legs; pain or
    numbness in both legs beside normal reflexes still warns."""
    calm = "the osteo tested both legs, strength is equal and reflexes are normal. just the ache"
    assert_calm(ask(calm), calm)
    both = "numbness in both legs, but the doctor says my reflexes are normal"
    assert_caught(ask(both), both, "cauda-equina")


def test_feared_giving_way_said_never_to_happen(ask):
    """A leg only feared or felt about to give way, answered "it never does", is denied; a
    leg that does give way, or feels about to and weaker, still warns."""
    calm = [
        "on the ladder it feels like my knee is going to give out, it never does, just sore",
        "my wife worries my leg might give way on the stairs. It never has, it only aches.",
    ]
    assert_each_calm(ask, calm)
    did = "my leg feels like it's going to give way and it did twice on the stairs today"
    assert_caught(ask(did), did, "progressive-weakness")
    weaker = "legs feel like they're going to give way when I walk, more wobbly each day"
    assert_caught(ask(weaker), weaker, "progressive-weakness")
    # the answer must end its clause: "it doesn't help that ..." denies nothing
    helps = ("my leg feels like it's going to give out on the stairs and it doesn't help that "
             "I live on the top floor")
    assert_caught(ask(helps), helps, "progressive-weakness")


def test_legs_spent_after_hard_work(ask):
    """Legs like jelly after a hard bout of work or play are spent muscles; legs like
    jelly after a lift, or with numbness, still warn."""
    calm = "both legs like jelly after hauling the kayak up the beach, both of them wobbling"
    assert_calm(ask(calm), calm)
    numb = "both legs like jelly after the match and my bum has gone numb"
    assert_caught(ask(numb), numb, "cauda-equina")
    lost = "lost all the feeling in both legs after the gym class, they won't hold me"
    assert_caught(ask(lost), lost, "cauda-equina")


def test_numbness_from_a_grip_gone_soon(ask):
    """Inner thighs numb from a grip and gone by the time one has done the next thing are a
    short bout; numbness there that has not gone still warns."""
    calm = ("my inner thighs go numb from gripping the silks in long holds, gone by the time "
            "I've packed up")
    assert_calm(ask(calm), calm)
    stays = "my inner thighs went numb from the saddle and it still hasn't gone two days later"
    assert_caught(ask(stays), stays, "cauda-equina")


def test_numb_seat_back_after_standing(ask):
    """A bottom numb from a long sit that came back after one stood is pressure; a numb
    bottom with the bladder named still warns."""
    calm = ("backside went numb sitting on a cool box on the riverbank all afternoon, came "
            "back after I'd stood up and stretched")
    assert_calm(ask(calm), calm)
    bladder = ("backside went numb sitting on a cool box, came back after I stood up, but I "
               "can't feel when I need a wee")
    assert_caught(ask(bladder), bladder, "cauda-equina")
    stays = ("bum went numb sitting on the hard bench at the match, and it hasn't come back "
             "after I stood up and walked about")
    assert_caught(ask(stays), stays, "cauda-equina")


def test_leg_asleep_the_only_time_it_fails(ask):
    """"The only time" a leg fails is when it has gone to sleep from a sit and "comes back in
    a few seconds": pressure; a leg that fails and keeps failing still warns."""
    calm = ("the only time my leg gives way is when I get up after kneeling in the garden, "
            "it's gone to sleep and comes back in a few seconds")
    assert_calm(ask(calm), calm)
    keeps = "my leg keeps giving way when I walk, it comes back in a few seconds but it's weaker"
    assert_caught(ask(keeps), keeps, "progressive-weakness")


def test_off_after_a_short_night(ask):
    """Feeling off after a short night is tiredness; feeling unwell with a fever still
    warns."""
    calm = "feel rough today, only got 3 hours sleep with the leg. no temperature. skip stretches?"
    assert_calm(ask(calm), calm)


def test_ankle_that_turned(ask):
    """An ankle that gave way and turned is a sprain; a leg that gave way still warns."""
    calm = "my ankle gave way on the kerb yesterday, went over on it, bit swollen. back is fine"
    assert_calm(ask(calm), calm)
    leg = "my leg gave way on the kerb yesterday and I went over on my ankle, it keeps happening"
    assert_caught(ask(leg), leg, "progressive-weakness")
