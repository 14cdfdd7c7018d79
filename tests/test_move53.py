"""Issue 7's upkeep, stop 53 (move53): the catches a refit of the learned reader on stops 48
to 52's sets would take away (`python -m bot.maintainers.learn_flips --committed`), mended in
the rules by their kind, so that no refit can lose them. Wordings are the author's own, never
copied from a set; read by the rules alone."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_emergency, assert_each_warns


def test_a_cut_that_swaps_out_the_pain_is_self_harm(rules_alone):
    """A cut to one's own body told beside the pain it takes the mind off ("so I can forget
    the sciatica", "a pain I can control", "so that I don't feel the leg") is self-harm used
    to cope (NICE NG225: self-harm, whatever its reason, is asked about now), however the
    verb is said. A haircut said to take the mind off the pain, and a finger cut on a tin,
    stay calm."""
    signs = ("I cut myself again last night so I could forget the sciatica for a bit",
             "been cutting on myself, it's a pain I can control, not like this leg",
             "I am cutting myself so that I dont feel the leg pain, please tell what to do",
             "cut my leg with a razor last week, makes me forget the back pain for a while")
    calm = ("cut my finger on the tin lid, forgot the back pain for a minute lol",
            "I cut my hair short, it make me forget the leg pain a bit")
    assert_each_emergency(rules_alone, signs)
    assert_each_warns(rules_alone, signs, "distress")
    assert_each_calm(rules_alone, calm)


def test_worse_small_small_is_worse_by_the_day(rules_alone):
    """West African Pidgin and Ghanaian English say "small small" for little by little:
    a pain "worse small small" is a pain getting worse (NICE CKS: see a doctor), before or
    after the worse. A pain going down small small, and a walk built up small small, stay
    calm."""
    signs = ("my back pain dey worse small small since January",
             "the leg pain is getting worse small small every week",
             "Doctor, this sciatica small small worse each day, what can I do")
    calm = ("the pain is going down small small, thank God",
            "I walk small small every day and the back is better")
    assert_each_warns(rules_alone, signs, "persistent-pain")
    assert_each_calm(rules_alone, calm)


def test_a_life_without_the_pain_forgotten_is_no_denial(rules_alone):
    """A life or a day without the pain that the writer has forgotten or cannot remember
    ("forgot what life without leg pain is like") says the pain has gone on throughout: with
    its start months back it is persistent pain (NICE NG59), never a pain denied. A whole day
    without the pain had, and a life without it remembered from before, stay calm."""
    signs = ("forgot what life without leg pain is like since before christmas",
             "honestly cant remember what its like without this sciatica, been since easter",
             "I have forgotten what life was like without the back pain, it is there since March",
             "I can't remember a day without leg pain since the summer")
    calm = ("I went a whole day without leg pain yesterday since the summer",
            "I remember life without pain, before the fall in 2019")
    assert_each_warns(rules_alone, signs, "persistent-pain")
    assert_each_calm(rules_alone, calm)


def test_the_saddle_said_by_the_underwear_or_round_the_front(rules_alone):
    """The saddle named by the underwear that covers it ("in my undies", "in my boxers",
    "underwear area") or from the backside round to the front, beside tingling or numbness,
    is saddle anaesthesia (NICE CKS: cauda equina, an emergency). Pins and needles in a foot
    beside new underwear, a rash in the underwear area and tight underwear on a scar stay
    calm."""
    signs = ("pins and needles in my underwear area since last night",
             "it's gone all tingly in my boxers and my back is killing me",
             "the numbness moved from my leg to my bottom and around the front")
    calm = ("my underwear is too tight and it rubs my back scar",
            "pins and needles in my foot, wearing new underwear",
            "itchy rash in my underwear area, back pain too")
    assert_each_emergency(rules_alone, signs)
    assert_each_warns(rules_alone, signs, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_any_young_child_found_with_a_medicine(rules_alone):
    """A young child found with a medicine, named by any child's word or by an age ("our
    toddler", "my 3 year old", "my little one"), as a son or a daughter already were, may have
    swallowed it (NHS: call 999 or 111 now). A toddler found with a phone and a child with a
    box of plasters stay calm."""
    signs = ("found our toddler with the ibuprofen bottle open, some are gone",
             "just found my 3 year old with my nan's heart pills in the bathroom",
             "found my little one with the calpol, the lid was off")
    calm = ("found my toddler with my old phone, she'd been watching videos for an hour "
            "while I stretched",
            "found my kid with a box of plasters all over the floor")
    assert_each_emergency(rules_alone, signs)
    assert_each_warns(rules_alone, signs, "general-emergency")
    assert_each_calm(rules_alone, calm)


def test_a_walking_aid_no_longer_needed_is_recovery(ask, rules_alone):
    """A walking aid or a support said no longer needed ("won't be needing the crutches
    anymore", "the walking stick") is recovery, never a farewell, for the rules and so for
    the learned reader beside them. Anything else no longer needed beside a peace made, or
    the crutches beside letters left for the children, still warns as distress; a bladder or
    bowel lost beside a walking aid still warns as cauda equina."""
    calm = ("Won't be needing the crutches anymore, yay, the surgeon signed me off",
            "physio says I won't be needing the walking stick after next week, can't wait",
            "no more wheelchair for me, won't be needing it from Monday")
    signs = ("won't be needing my tablets anymore, I've made my peace with it all",
             "won't be needing the crutches or anything else soon, I've written my letters "
             "to the kids",
             "I won't be needing the wheelchair soon, I've decided to end it all")
    bladder = ("on crutches since the op and I can't control my bladder anymore, wet myself "
               "twice",
               "won't be needing the walking stick, but I've lost control of my bowels since "
               "Tuesday")
    assert_each_calm(ask, calm)
    assert_each_calm(rules_alone, calm)
    assert_each_emergency(rules_alone, signs)
    assert_each_warns(rules_alone, signs, "distress")
    assert_each_warns(rules_alone, bladder, "cauda-equina")


def test_the_same_day_after_day_is_no_better(rules_alone):
    """A pain said to be the same every day, day after day, or the same despite what is done
    for it, is no better (NICE CKS: not improving after 4 to 6 weeks): five weeks of it is
    persistent pain, as "no better" already was. Three weeks the same, and a routine done the
    same every day, stay calm."""
    signs = ("sciatica for 5 weeks now and the leg is the same every day",
             "5 weeks of this leg pain, same day after day",
             "had sciatica 5 weeks, it's the same despite the physio")
    calm = ("3 weeks of sciatica, it's the same every day",
            "5 weeks of sciatica and I do the same every day routine, any tips?")
    assert_each_warns(rules_alone, signs, "persistent-pain")
    assert_each_calm(rules_alone, calm)


def test_care_that_did_nothing_is_a_step_taken(rules_alone):
    """Care judged as having done nothing ("the epidural didn't work", "the physio made no
    difference") is a step taken and over, so pain no better for weeks beside it still warns
    (NHS: see a GP again if it is not improving). Care going on with the pain no better is
    the specialist's note, as before."""
    signs = ("the epidural didnt work, 2 months on the leg is no better",
             "the physio made no difference, still the same after 8 weeks",
             "the steroid jab did nothing. 7 weeks of walking and stretching and nothing helps "
             "the leg")
    noted = "had 2 injections, nothing has shifted it, 10 weeks now"
    assert_each_warns(rules_alone, signs, "persistent-pain")
    assert_each_calm(rules_alone, (noted,))
