"""Issue 7, stop 48 (misses48): the misses of the four development sets of stop 48 (miners,
tunnel and offshore crews; painters, plasterers and fitters; sales reps and field engineers
who live in the car; lab, dental, optical and pharmacy staff) and of stop 47's held-out sets.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_calm, assert_emergency, assert_the_rules_warn

from bot.engine.durations import durations_in_days


def test_a_crash_told_in_other_words_is_an_emergency(ask):
    """A crash just had, told as a car written off with its verb shortened, a work vehicle
    rolled, or "been in a crash" beside the motorway's verge, calls for the emergency number.
    A crash seen from another lane stays what it was; a pad for crashes is no crash."""
    written_off = "car's written off after a smash twenty minutes ago, my shoulder is numb"
    rolled = "we rolled the truck on the gravel road just now, my mate can't move his legs"
    verge = "been in a crash, sitting on the hard shoulder, my neck feels odd"
    mat = "are crash mats good to kneel on for floor stretches?"
    for message in (written_off, rolled, verge):
        assert_emergency(ask(message), message)
    assert_calm(ask(mat), mat)


def test_a_rolled_work_vehicle_weeks_ago_is_trauma_before_sciatica(ask):
    """A work vehicle rolled weeks ago, with leg pain that began after it, is the trauma
    that makes new back pain a serious-illness sign (NICE)."""
    message = ("rolled my van off the verge six weeks back, seemed fine, then the leg pain "
               "started a few days later and it's still here")
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


def test_weight_lost_with_nothing_changed_is_unexplained(ask):
    """Weight lost while nothing was changed, the usual diet named after that, is lost without
    trying; a loss said as a weight reduced, as Indian English says it, is a loss. A diet
    begun on purpose still explains the loss."""
    unchanged = ("lost 8 kg since the summer and I haven't changed anything, same canteen "
                 "diet as always. back aches all the time")
    reduced = "my weight reduced 7 kg in six weeks without any dieting, with back pain"
    planned = "lost 6 kg on the keto diet, all planned. back twinged yesterday lifting a box"
    assert_the_rules_warn(ask(unchanged), unchanged, "serious-illness-signs")
    assert_the_rules_warn(ask(reduced), reduced, "serious-illness-signs")
    assert_calm(ask(planned), planned)


def test_a_pit_is_no_writers_mine(ask):
    """A mine that is a pit ("works at the coal mine") is no "mine" of the writer's: a
    partner's back pain, worse lying down and there whatever he does, is still the partner's,
    the one written for. "no matter what" asks nothing."""
    message = ("my partner's back pain is there no matter what and lying flat makes it worse. "
               "he works underground at the coal mine")
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


def test_time_dated_by_days_and_blocks_of_work():
    """A pain dated from a feast to India's Republic Day, or to a day said past, or by
    blocks of work with their pattern said apart, or from a break at which it was already
    there, is a duration."""
    today = date(2026, 11, 25)
    assert max(durations_in_days("aching since holi and now it is republic day", today)) > 300
    assert max(durations_in_days("sore since the grand final and its past australia day now",
                                 today)) > 100
    assert max(durations_in_days("four rotations now with this leg", today,
                                 rota=(3, 3))) == 147
    assert max(durations_in_days("four rotations now with this leg", today), default=0) == 0
    assert max(durations_in_days(
        "the school broke up for easter and i was already limping", today)) > 42


def test_pain_dated_by_holidays_and_rotas_warns(ask):
    """Leg pain dated from Diwali to Republic Day, counted in hitches of a rota said in the
    same breath, or begun by a break and still there, has lasted."""
    diwali = "Sir my leg pain started at Diwali, now it is Republic Day, same only"
    hitches = "four hitches now with this sciatica, 3 on 3 off, not shifting"
    break_ = ("The courts rose for Easter and I was already hobbling. We're about to rise for "
              "summer. Still limping on the left.")
    for message in (diwali, hitches, break_):
        assert_the_rules_warn(ask(message), message, "persistent-pain")


def test_relief_from_what_was_tried_is_no_cause(ask):
    """"No relief from the exercises" tells what did not help, never what the pain is from:
    ten weeks of it warns."""
    message = "10 weeks of sciatica now, no relief from the exercises the physio gave me"
    assert_the_rules_warn(ask(message), message, "persistent-pain")


def test_footwear_that_slips_off_and_toes_that_do_not_lift(ask):
    """A sandal slipping off as one walks, and toes that are not lifting, tell of a foot that
    drops; footwear too big explains the slipping."""
    slipping = "my left sandal is slipping off when I walk and I only notice after, sciatica"
    toes = "my toes are not lifting up properly on the right since last week"
    big = "my flip flop is slipping off when I walk, it's a size too big. sciatica 2 weeks"
    assert_the_rules_warn(ask(slipping), slipping, "progressive-weakness")
    assert_the_rules_warn(ask(toes), toes, "progressive-weakness")
    assert_calm(ask(big), big)


def test_genitals_numb_in_slang_and_answered_as_ones_own(ask):
    """Numb genitals said in slang, after what a friend reckons ("mine have since Friday") or
    after one's own question dated alone ("since Tuesday."), are the writer's own. Another's
    own long course beside the writer's new one ("mine just started") stays theirs."""
    claimed = "my brother says sciatica can make your balls go numb. mine kind of have since Friday"
    dated = "can a slipped disc make your willy go numb? since Tuesday. back is awful"
    asked = "can a slipped disc make your willy go numb? just curious"
    theirs = ("My uncle had sciatica for 8 months, so grim. Mine just started last week, hope "
              "it won't go like that")
    assert_the_rules_warn(ask(claimed), claimed, "cauda-equina")
    assert_the_rules_warn(ask(dated), dated, "cauda-equina")
    assert_calm(ask(asked), asked)
    assert_calm(ask(theirs), theirs)


def test_a_leg_not_strong_again_that_wants_to_fold(ask):
    """"Not strong again" is "no longer strong" in West African English, never strength
    back; a leg that "wants to fold" is about to give way. Strength told back stays over."""
    weak = "my left leg is not strong again, when I climb stairs it wants to fold"
    back = "my leg gave way in March but it is strong again now"
    assert_the_rules_warn(ask(weak), weak, "progressive-weakness")
    assert_calm(ask(back), back)


def test_a_bladder_filled_unfelt_is_retention(ask):
    """A great amount passed at last, the bladder's filling not felt, is retention."""
    message = "went for a wee after the shift and it went on and on, I hadn't felt it filling"
    assert_the_rules_warn(ask(message), message, "cauda-equina")


def test_quiet_suicidal_words_in_scots_and_a_pet_kept_for(ask):
    """Nobody would miss me, in Scots spelling; a pet that is the only reason one has not
    done something stupid. A dog that is the only reason for walks stays calm."""
    scots = "naebody wid miss me if I went, this back has me done in"
    pet = "the dog is the only reason I haven't done anything daft. sciatica for months"
    walks = "the dog is the only reason I go out walking, sciatica 2 weeks"
    assert_the_rules_warn(ask(scots), scots, "distress")
    assert_the_rules_warn(ask(pet), pet, "distress")
    assert_calm(ask(walks), walks)


def test_legs_full_of_pins_and_needles_from_the_seat_down(ask):
    """Both legs "full of" pins and needles are filled with them, never strength found
    full; strength found full in both legs stays calm."""
    full = "both legs are full of pins and needles from my backside down since lunch"
    strong = "the physio said power is full in both legs, sciatica left side"
    assert_the_rules_warn(ask(full), full, "cauda-equina")
    assert_calm(ask(strong), strong)
