"""Issue 7, stop 40 (alarms40), part 1: false alarms of the four new development triage sets
(updates on a sign told before, tricky negation, hair and beauty workers, warehouse workers),
fixed by cause. Each calm reading is checked beside the same kind of words with the sign
itself, which must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught

# ---------------------------------------------------------------- a sign over or easing


def test_one_leg_written_with_an_apostrophe_is_one_leg(ask):
    """"leg's" after an owner word or opening its clause is "leg is": no sign of both legs.
    Both legs said so, or the plural's verb after it, still are."""
    one = "leg's gone a bit dead after kneeling to tile the bathroom, back to normal in a minute"
    mine = "my leg's numb after the long drive home, fine once I walked about"
    both = "both my leg's have gone numb since this morning and I can't feel them properly"
    plural = "my leg's are numb since lunchtime, both of them, can't feel the floor"
    assert_calm(ask(one), one)
    assert_calm(ask(mine), mine)
    assert_caught(ask(both), both, "cauda-equina")
    assert_caught(ask(plural), plural, "cauda-equina")


def test_one_leg_said_strong_after_a_slip_still_ends_the_story(ask):
    """"Leg's strong otherwise" says the legs work: the slip told before stays explained."""
    strong = ("My knee gave way on the kerb because I tripped over a loose paving slab. Leg's "
              "strong otherwise, no trouble since. Question about sitting at work")
    weak = ("My knee gave way on the kerb for no reason. Leg's weak and getting weaker every "
            "day since")
    assert_calm(ask(strong), strong)
    assert_caught(ask(weak), weak, "progressive-weakness")


def test_tingling_that_shrinks_is_no_muscle_wasting(ask):
    """A patch of tingling or numbness that gets smaller is easing, even referred to by "it"
    past a "but"; a muscle or a limb that gets smaller, or a weakness beside it, still
    warns."""
    shrink = "the pins and needles in my heel are still there but they get smaller each week"
    tingle = "the tingling on my shin is there but it's got smaller every week since the physio"
    calf = "tingling in my toes, but my calf is getting smaller every week"
    weak = "the tingling is still there but my leg is weaker every week"
    assert_calm(ask(shrink), shrink)
    assert_calm(ask(tingle), tingle)
    assert_caught(ask(calf), calf, "progressive-weakness")
    assert_caught(ask(weak), weak, "progressive-weakness")


def test_numbness_fading_where_it_was_is_easing(ask):
    """Numbness said to fade where it was ("was only in my toes and it's fading") is easing,
    not numbness on the move; a place it reaches now, a fading only hoped for, or a pain
    that fades beside numbness that spreads still warns."""
    fading = "the numbness was only in my big toe and it's slowly fading away now"
    spread = "the numbness was only in my big toe, now it's halfway up my shin"
    hoped = "numb round my back passage since Sunday, I thought it would wear off. It hasn't"
    pain = "numbness was only in my toes, now it's up to my knee, the pain is fading though"
    assert_calm(ask(fading), fading)
    assert_caught(ask(spread), spread, "progressive-weakness")
    assert_caught(ask(hoped), hoped, "cauda-equina")
    assert_caught(ask(pain), pain, "progressive-weakness")


def test_a_tingling_that_stopped_for_good_lasts_no_weeks(ask):
    """A tingling said to have stopped completely dates nothing that goes on: a time after
    it is since it stopped. One that goes on for weeks still counts."""
    stopped = ("The pins and needles in my buttock stopped completely after the physio's "
               "needling, that's three months back now, feeling normal since")
    going = "The pins and needles in my buttock have gone on for three months now, every day"
    assert_calm(ask(stopped), stopped)
    assert_caught(ask(going), going, "persistent-pain")


def test_all_good_since_ends_a_story_told_before(ask):
    """A sentence that says all has been well since ("all good since, no problems at all")
    ends the story before it, its denials included; a sign told after it, or one tied to
    now, still warns."""
    over = ("years ago I had a scare, couldn't wee and had the disc operation. All good since, "
            "no problems at all. Best chair for the office?")
    then = ("years ago I had a scare, couldn't wee and had the disc operation. All good since, "
            "but this morning I can't wee again")
    assert_calm(ask(over), over)
    assert_caught(ask(then), then, "cauda-equina")


def test_a_leak_named_again_keeps_its_cause_unless_it_changed(ask):
    """A sign named again with "the" keeps the cause told before ("since my first baby"),
    unless its sentence tells a change."""
    same = ("I leak a little when I laugh since my first baby 6 years ago, the physio said "
            "pelvic floor. I've got sciatica from gardening now. The leaking is no different")
    worse = ("I leak a little when I laugh since my first baby 6 years ago, the physio said "
             "pelvic floor. I've got sciatica from gardening now. The leaking got worse")
    assert_calm(ask(same), same)
    assert_caught(ask(worse), worse, "cauda-equina")


# ---------------------------------------------------------------- a look-alike of the trade


def test_footwear_open_at_the_heel_slaps_by_itself(ask):
    """Mules, slides and backless shoes slap as flip flops do: the footwear's sound. A foot
    that slaps in them too, or one named by its side, still warns."""
    mules = "my new mules slap on the salon floor all day, are they bad for my back?"
    slides = "these slides slap with every step lol, ok for sciatica?"
    foot = "my foot slaps the floor with every step, even in my mules"
    side = "my left foot slaps down since Monday whatever I wear, mules or trainers"
    assert_calm(ask(mules), mules)
    assert_calm(ask(slides), slides)
    assert_caught(ask(foot), foot, "progressive-weakness")
    assert_caught(ask(side), side, "progressive-weakness")


def test_a_heart_that_stopped_sworn_to_is_a_figure(ask):
    """"I swear my heart stopped" at a sight is fright; a heart that stopped with care given
    is not."""
    fright = "the client saw her fringe and I swear my heart stopped. back's sore after the shift"
    real = "my heart stopped in the ambulance and they shocked me"
    assert_calm(ask(fright), fright)
    assert_caught(ask(real), real, "general-emergency")


def test_a_lump_named_by_its_harmless_kind_holds_the_lump(ask):
    """"The same fatty lump" is the lump told of, of its harmless kind; one that grows or is
    new on the spine still warns."""
    same = "there's a lump on my lower back but it's the same fatty lump I've had for years"
    kind = "I've got a fatty lump on my back, my GP had a look"
    grows = "I've got a fatty lump on my back that is getting bigger every week"
    assert_calm(ask(same), same)
    assert_calm(ask(kind), kind)
    assert_caught(ask(grows), grows, "serious-illness-signs")


# ---------------------------------------------------------------- a sign asked about


def test_a_term_seen_on_a_list_is_asked_about(ask):
    """A sign's words seen or read on a list, a leaflet or a website are its words, not a
    sign told; the writer's own said after it still warns."""
    seen = "I saw 'foot drop' on your list of warning signs. What is that exactly?"
    read = "read about saddle numbness on the NHS website, what does it feel like?"
    mine = "I saw saddle numbness on your list and I've got that since this morning"
    assert_calm(ask(seen), seen)
    assert_calm(ask(read), read)
    assert_caught(ask(mine), mine, "cauda-equina")


def test_one_no_for_a_list_of_questions_denies_them_all(ask):
    """A clinician's questions listed, answered "no to everything", are denied; a list that
    is not denied still warns."""
    denied = ("the physio asked about my bladder, numbness down below, weakness and it was no "
              "to all of them. Best exercises?")
    told = "bladder not emptying, numbness down below, weakness in both legs since today"
    assert_calm(ask(denied), denied)
    assert_caught(ask(told), told, "cauda-equina")


# ---------------------------------------------------------------- someone else's


def test_a_turn_back_with_anyway_is_the_writers_own(ask):
    """A sentence opened by "anyway" that names no one is the writer's: the back there is
    theirs, not the one told of before, whose past faint is theirs. Someone else's
    collapse now still warns."""
    faint = "my colleague fainted at the staff party last week lol. anyway back question, heat?"
    now = "my colleague has just collapsed at work and isn't answering. anyway back question"
    assert_calm(ask(faint), faint)
    assert_caught(ask(now), now, "general-emergency")


def test_someone_already_taken_to_hospital_is_being_seen_to(ask):
    """Someone taken or rushed to hospital with an emergency is being seen to: no call-now
    reply. Someone with the emergency now, not yet seen to, still gets one."""
    taken = "my uncle was rushed to hospital with a stroke yesterday, I'm shaken. back is fine"
    now = "my uncle's face is drooping on one side and he can't lift his arm, he's here now"
    assert_calm(ask(taken), taken)
    assert_caught(ask(now), now, "general-emergency")
