"""Issue 7, stop 43 (alarms43), part 1: false alarms of the four new development triage sets
(racket sports, bowls and cricket; bowels upset by painkillers or by life; removals,
couriers, postal and bin crews, scaffolders and roofers; cannabis, kratom, alcohol and
party drugs), fixed by cause. Each calm reading is checked beside the same kind of words
with the sign itself, which must still warn. Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_the_one_in_charge_of_a_crew_is_someone_else(ask):
    """The gaffer or the foreman, as trades name the boss, is another person: their fall
    is theirs; the writer's own fall onto the back still warns."""
    foreman = ("our foreman went down off the ladder yesterday but he was right as rain after. my "
               "back is the usual ache")
    gaffer = ("the gaffer slipped off the tailgate this morning, he laughed it off. what's a good "
              "stretch for my sciatica?")
    mine = "I fell off the scaffold this morning, landed on my back and now my leg is numb"
    assert_calm(ask(foreman), foreman)
    assert_calm(ask(gaffer), gaffer)
    assert_caught(ask(mine), mine, "general-emergency")


def test_a_season_or_a_term_before_this_one_is_long_past(ask):
    """A fit "last season" is long past beside a player fine on his tablets; a fit happening
    now still warns."""
    past = ("one of our bowlers had a seizure last season, he's on tablets now and fine. my "
            "back's sore from the nets")
    now = "my mate just had a fit in the changing room and he's not waking up"
    assert_calm(ask(past), past)
    assert_caught(ask(now), now, "general-emergency")


def test_a_pile_by_the_back_passage_is_no_lump_of_the_back(ask):
    """A lump named as a pile or a haemorrhoid is the bottom's; a lump of the lower back
    that grows still warns."""
    pile = ("painful lump near my bum, the nurse says it's a haemorrhoid. my back ache is the "
            "same old")
    grows = "there's a hard lump on my lower back that has been growing for weeks"
    assert_calm(ask(pile), pile)
    assert_caught(ask(grows), grows, "serious-illness-signs")


def test_footwear_that_broke_slaps_not_the_foot(ask):
    """A sole come loose slaps the ground; a foot that slaps and gets weaker still warns."""
    sole = ("the sole of my trainer was flapping all round the course, that's the slapping noise. "
            "back's fine")
    foot = "my foot keeps slapping the floor when I walk and it's getting weaker"
    assert_calm(ask(sole), sole)
    assert_caught(ask(foot), foot, "progressive-weakness")


def test_bowels_said_to_be_slow_are_constipation(ask):
    """Bowels "a bit slow", "sluggish" or "gone on strike" are constipation, with or without
    a cause named; beside a lost feeling, a leak or a bladder that stopped it still warns."""
    slow = ("second week of the flare. bowels a bit slow this week, otherwise plodding on. any "
            "tips for sleep?")
    strike = "my guts have gone on strike since the weekend, is prune juice ok with naproxen?"
    numb = "bowels have gone on strike and i cant feel when i need to go, numb down below"
    bladder = "my bladder has gone on strike since last night, nothing will come"
    assert_calm(ask(slow), slow)
    assert_calm(ask(strike), strike)
    assert_caught(ask(numb), numb, "cauda-equina")
    assert_caught(ask(bladder), bladder, "cauda-equina")


def test_a_slow_start_beside_a_morning_erection(ask):
    """A wee slow to start beside a morning erection is the erection's; a slow wee not felt
    with numbness still warns, and an erection that fails is never explained by the word."""
    morning = "bit of a slow wee when I got up but I had morning glory, fine by breakfast"
    unfelt = "slow wee and i cant feel the urine coming out, numb round my bum"
    erection = "can't get an erection since my disc went on Monday, never had trouble before"
    assert_calm(ask(morning), morning)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")
    assert_caught(ask(erection), erection, "cauda-equina")


def test_a_bowel_accident_in_a_tummy_bug_with_the_urge_felt(ask):
    """A little accident with the runs or on laxatives, the urge felt coming, is loose stool
    and a late dash; one not felt or without warning still warns."""
    bug = ("food poisoning last night, felt it coming and just didnt make it to the loo. back is "
           "the same")
    laxative = ("on the laxatives and had a little accident, felt it coming and just didnt make "
                "it in time")
    unfelt = "pooed myself without knowing in the supermarket, numb round my bottom"
    assert_calm(ask(bug), bug)
    assert_calm(ask(laxative), laxative)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")


def test_straining_that_shoots_down_the_leg_is_the_nerve(ask):
    """A jolt down the leg when straining on the toilet is the nerve's pain, as with a
    cough; straining with nothing coming still warns."""
    jolt = "when I strain on the toilet I get a jolt down my left leg, is that the disc?"
    nothing = ("I strain and strain on the toilet and nothing comes out, haven't peed since this "
               "morning")
    assert_calm(ask(jolt), jolt)
    assert_caught(ask(nothing), nothing, "cauda-equina")


def test_numb_from_sitting_in_a_vehicle_gone_on_getting_out(ask):
    """A bottom numb from sitting "in" the lorry or the cab, gone on getting out, is the
    seat's pressure; one still numb hours later or on both sides still warns."""
    lorry = "my backside goes numb sitting in the lorry all shift, fine when I get out"
    still = ("my bum went numb sitting in the van this morning and it's still numb hours later, "
             "can't feel the toilet paper")
    assert_calm(ask(lorry), lorry)
    assert_caught(ask(still), still, "cauda-equina")


def test_no_breath_for_laughing_is_a_figure(ask):
    """Breath lost to laughter is the laugh's; breathing that fails with a tight chest
    still warns."""
    laugh = "laughed so hard at the quiz I couldnt breathe, the back didnt like it though"
    chest = "I suddenly cant breathe and my chest is tight, lips going blue"
    assert_calm(ask(laugh), laugh)
    assert_caught(ask(chest), chest, "general-emergency")


def test_cant_get_out_of_an_obligation_is_no_life_stopped(ask):
    """"Can't get out of it" is an obligation one cannot avoid; not getting out of the
    house for months of pain still warns."""
    job = "got a removals job Saturday I can't get out of, how do I lift with a bad disc?"
    house = "I can't get out of the house any more because of the sciatica, it's been 3 months"
    assert_calm(ask(job), job)
    assert_caught(ask(house), house, "persistent-pain")


def test_an_appointment_one_has_got_is_no_means(ask):
    """"Got my MRI on Friday" is a date in the diary; pills saved for a day still get the
    crisis reply."""
    scan = "got my MRI on Friday, can I take my co-codamol before it?"
    means = "got my tablets saved up, I'm going to take them all on Friday"
    assert_calm(ask(scan), scan)
    assert_caught(ask(means), means, "distress")


def test_a_medicine_changed_is_no_change_of_the_body(ask):
    """A GP changing the tablets changes no bladder; a bladder changed beside numbness still
    warns, tablets changed or not."""
    meds = ("the numb patch on my inner thigh went away when the GP changed my meds, gone for "
            "weeks now. can I swim?")
    bladder = ("since they changed my tablets I can't feel when my bladder is full and I've wet "
               "myself twice")
    assert_calm(ask(meds), meds)
    assert_caught(ask(bladder), bladder, "cauda-equina")


def test_a_cancer_in_the_family_is_no_history_of_ones_own(ask):
    """Cancer "in the family" is a relative's; the writer's own cancer beside constant
    night pain still warns."""
    family = "there's bowel cancer in the family, should I worry about my back ache?"
    own = "I had breast cancer 3 years ago and now my back pain is constant at night"
    assert_calm(ask(family), family)
    assert_caught(ask(own), own, "serious-illness-signs")


def test_a_faint_only_taken_for_one_while_asleep(ask):
    """Dozing off and being taken for passed out is sleep; a faint with a head hit still
    warns."""
    asleep = ("fell asleep in the van at lunch and the lads thought I'd passed out, back's still "
              "sore though")
    fainted = "passed out in the kitchen this morning and hit my head, wife found me on the floor"
    assert_calm(ask(asleep), asleep)
    assert_caught(ask(fainted), fainted, "general-emergency")


def test_a_bladder_slow_after_an_anaesthetic_for_another_operation(ask):
    """A wee that would not come for hours after an anaesthetic years ago is the
    anaesthetic's; after a back operation, or now, it still warns."""
    knee = ("couldnt wee for a few hours after the general anaesthetic for my knee op last year, "
            "will sciatica do that?")
    back = ("had my back op yesterday and I still can't pee after the anaesthetic, bladder feels "
            "full")
    assert_calm(ask(knee), knee)
    assert_caught(ask(back), back, "cauda-equina")


def test_a_dribble_after_the_wee_put_down_to_the_prostate(ask):
    """An after-dribble the doctor put down to the prostate is the prostate's; a leak not
    felt, new since the back, still warns."""
    prostate = ("bit of a dribble after I've finished a wee, GP thinks it's the prostate, 70 next "
                "month. Can I do the knee hugs?")
    unfelt = ("I keep leaking wee without feeling it, the GP said years ago it's my prostate but "
              "this is new")
    assert_calm(ask(prostate), prostate)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")
