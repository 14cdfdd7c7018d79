"""Issue 7, stop 36 (misses36): kinds of signs the rules still missed on stop 36's development
sets. A crisis said after a condition cut short ("if not, I'm done"); a pain told unchanged
in rough words ("about the same") or "same as ever" beside weeks or months counted; a pain
a condition named ("if it's no better by six weeks ...") told as going on in the next
sentence. Each catch sits beside the same words with nothing wrong.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_a_threat_after_a_condition_cut_short(ask):
    """"If not" says the whole condition: its "not" denies nothing in the main clause after
    it, so a threat there is a threat. "If so" likewise; an everyday "done" stays calm."""
    threat = "is this pain ever going to ease? if not I'm done. I've got a plan"
    so = "will the surgery fix my leg? if not, I'm done, I've got a plan sorted"
    physio = "will the physio help? if not I'm done with physio, I'll try pilates"
    gym = "can I go back to the gym? if so I'll make a plan"
    waiting = "is the NHS list moving? if not I'm done waiting, I'll pay for a private scan"
    assert_the_rules_warn(ask(threat), threat, "distress")
    assert_the_rules_warn(ask(so), so, "distress")
    assert_calm(ask(physio), physio)
    assert_calm(ask(gym), gym)
    assert_calm(ask(waiting), waiting)


def test_the_same_in_rough_words_beside_weeks(ask):
    """"About the same", "much the same", "pretty much the same" after weeks counted: the
    pain is no better (NHS: see a GP if it is not improving after a few weeks). Under six
    weeks, or a thing compared, is no course."""
    seven = "It's been seven weeks and honestly it's about the same, any advice?"
    week8 = "week 8 of the leg pain and pretty much the same"
    short = "it's been two weeks and about the same, when will it ease?"
    compared = "is sitting about the same as standing for a disc?"
    assert_the_rules_warn(ask(seven), seven, "persistent-pain")
    assert_the_rules_warn(ask(week8), week8, "persistent-pain")
    assert_calm(ask(short), short)
    assert_calm(ask(compared), compared)


def test_same_as_ever_beside_months_counted(ask):
    """"Same as ever" is long-standing, but beside weeks or months counted it says the pain
    has not changed over them. A numb patch told so with no pain is steady, and an ache the
    same as always after gardening is the writer's usual."""
    months = "3 months now, the pain down my thigh is still there, same as ever"
    weeks = "nine weeks, leg still hurts, same as always"
    patch = "numb patch on my calf for 3 months, same as ever, no pain with it"
    usual = "my back aches after digging, same as always, any stretches?"
    assert_the_rules_warn(ask(months), months, "persistent-pain")
    assert_the_rules_warn(ask(weeks), weeks, "persistent-pain")
    assert_calm(ask(patch), patch)
    assert_calm(ask(usual), usual)


def test_a_pain_a_condition_named_told_as_going_on(ask):
    """"If it's no better by six weeks see the GP. It's week 8 and about the same": the
    condition named the pain, the next sentence tells it going on that long. Short of six
    weeks, or gone, it is calm; the dog's limp is the dog's."""
    told = ("the GP said if it's not better in six weeks to come back. It's week 8 now and "
            "about the same. Should I go?")
    short = ("the GP said if it's not better in six weeks to come back. It's week 3 and about "
             "the same.")
    gone = "the GP said if it comes back to ring them. It's been 8 weeks and it's all gone."
    dog = "The dog has a limp. It's been 7 weeks and no better."
    assert_the_rules_warn(ask(told), told, "persistent-pain")
    assert_calm(ask(short), short)
    assert_calm(ask(dog), dog)
    assert_calm(ask(gone), gone)


def test_the_feeling_of_a_full_bladder_not_had(ask):
    """A full bladder not felt, said in the perfect or as a feeling not got, is the lost
    feeling itself, not a denial of it (NHS: not being able to feel the need to pee). A
    feeling denied about something else, or a bladder said to be fine, stays calm."""
    perfect = "since Sunday I haven't felt when my bladder is full, I just go at set times"
    feeling = "I don't get the feeling that I need a wee any more, it started with this flare"
    mood = "I haven't felt like going out much, my bladder and bowels are fine though"
    numb = "I haven't felt any numbness, peeing is normal"
    assert_the_rules_warn(ask(perfect), perfect, "cauda-equina")
    assert_the_rules_warn(ask(feeling), feeling, "cauda-equina")
    assert_calm(ask(mood), mood)
    assert_calm(ask(numb), numb)


def test_weak_as_a_kitten_said_of_a_limb(ask):
    """"Weak as a kitten" is weakness all over, an idiom; said of a leg or a foot itself it
    is that limb's weakness, and worse week by week it is progressive."""
    foot = "my foot's weak as a kitten and it's worse every week"
    legs = "legs are weak as a kitten, getting weaker by the week"
    flu = "I'm weak as a kitten after the flu, is it ok to do my stretches?"
    flu_worse = "weak as a kitten after this bug and getting worse, my leg aches a bit"
    assert_the_rules_warn(ask(foot), foot, "progressive-weakness")
    assert_the_rules_warn(ask(legs), legs, "progressive-weakness")
    assert_calm(ask(flu), flu)
    assert_calm(ask(flu_worse), flu_worse)


def test_a_relatives_pain_down_the_leg_with_a_past_cancer(ask):
    """A carer who writes of a parent's pain going down a leg, with no word for the back,
    writes of that parent's sciatica: beside a past cancer it is a sign (NICE CKS: a history
    of cancer). A past cancer beside the writer's own pain told as theirs keeps the parent's
    cancer the parent's."""
    dad = ("my father had bowel cancer treated in 2020, now he has pain in his hip and down "
           "his leg all the time")
    writer = ("my dad had bowel cancer years ago and he's fine now. I've got pain down my leg, "
              "which stretches help?")
    hip = "my mum had a hip replacement in 2020, now she has pain down her leg when she walks far"
    assert_the_rules_warn(ask(dad), dad, "serious-illness-signs")
    assert_calm(ask(writer), writer)
    assert_calm(ask(hip), hip)


def test_falling_behind_with_a_degree_is_no_fall(ask):
    """"Falling so behind" with the course is an idiom, as "falling behind" is: no trauma to
    outrank the pain that stops the writer's life. A real fall keeps its warning."""
    behind = ("haven't made it to one seminar in three weeks, sitting is unbearable with the "
              "sciatica, I'm falling so far behind")
    fell = "I fell so hard on the ice behind the shed yesterday, now my back and leg are bad"
    a = ask(behind)
    assert_the_rules_warn(a, behind, "persistent-pain")
    assert a.id == "persistent-pain", (behind, a.id)
    assert a.kind == "urgent" and ask(fell).kind == "urgent"


def test_a_wee_let_go_said_with_the_verb(ask):
    """"I wee a bit when I sneeze" is a leak (the verb, never Scots "wee" for small), new
    since the back went; since a birth it is explained, and "a wee bit" is small."""
    verb = "I wee a bit every time I cough now, it only started since my back went last week"
    birth = "I wee a bit when I sneeze, it's been like that since my second baby years ago"
    small = "I'll have a wee bit of a rest after the stretches, is that ok?"
    lad = "my wee lad keeps asking why I walk funny with my sciatica"
    assert_the_rules_warn(ask(verb), verb, "cauda-equina")
    assert_calm(ask(birth), birth)
    assert_calm(ask(small), small)
    assert_calm(ask(lad), lad)


def test_three_weeks_worse_and_going_further(ask):
    """A pain worse over three weeks and told going further down the leg than before is a
    pain that progresses (NHS: see a GP if it is getting worse). Two weeks, or three weeks
    worse with no spread, is not yet; walking further than before is better, not worse."""
    spread = ("the leg pain now reaches my ankle, further than before, it has slowly got worse "
              "over 3 weeks")
    short = "over 2 weeks it's slowly got worse and now reaches my ankle, further than before"
    plain = "over the last 3 weeks it has slowly got worse, any stretches?"
    walk = "I can walk further than I could last week, seven weeks into this flare"
    assert_the_rules_warn(ask(spread), spread, "persistent-pain")
    assert_calm(ask(short), short)
    assert_calm(ask(plain), plain)
    assert_calm(ask(walk), walk)


def test_a_lump_low_on_the_back_told_by_the_bottom(ask):
    """A lump or swelling "just above my bum crack" or on the tailbone is a lump low on the
    back, told with no word for the back (NICE CKS: a mass). A spot there, or a lump told
    of an ankle, stays calm."""
    crack = "there's a hard lump just above my bum crack, it's sore, and my leg has been bad"
    tail = "a swelling on my tailbone the size of a golf ball appeared this week"
    spot = "I have a spot just above my bum crack, is it ok to do the stretches?"
    ankle = "the swelling on my ankle is about the size of a golf ball after I went over on it"
    assert_the_rules_warn(ask(crack), crack, "serious-illness-signs")
    assert_the_rules_warn(ask(tail), tail, "serious-illness-signs")
    assert_calm(ask(spot), spot)
    assert_calm(ask(ankle), ankle)


def test_not_able_to_hold_a_poo_or_a_wee(ask):
    """"Not able to hold" a poo is "can't hold" it: control lost. Holding a plank or a
    baby is no sign."""
    poo = "since yesterday I'm not able to hold my poo, it just comes"
    asked = "is it normal for a disc to make you unable to hold your wee? twice today"
    plank = "is it normal to not be able to hold a plank for long with sciatica?"
    baby = "I'm not able to hold the baby for long because of my back, any tips?"
    assert_the_rules_warn(ask(poo), poo, "cauda-equina")
    assert_the_rules_warn(ask(asked), asked, "cauda-equina")
    assert_calm(ask(plank), plank)
    assert_calm(ask(baby), baby)


def test_a_seat_numb_as_if_not_ones_own(ask):
    """A bottom that feels "like it's not my bum" on the toilet seat is numb, said as a
    likeness; "it's not my bum that hurts" places a pain elsewhere."""
    likeness = "on the loo my bottom feels like it's not mine, started this morning"
    elsewhere = "it's not my bum that hurts, it's the back of my thigh"
    fault = "like it's not my fault the physio cancelled, my leg still aches"
    assert_the_rules_warn(ask(likeness), likeness, "cauda-equina")
    assert_calm(ask(elsewhere), elsewhere)
    assert_calm(ask(fault), fault)


def test_a_relatives_leg_pain_makes_them_the_one_cared_for(ask):
    """A carer who writes only of a parent's groin and leg pain writes of the one with the
    complaint: a pain constant day and night, not eased lying down, is theirs (NICE CKS:
    night pain). A son's leg pain beside the writer's own sciatica stays the son's, and a
    child's leg pain is the child's."""
    mum = ("my gran is 84, her hip and leg pain is there day and night and lying down "
           "doesn't ease it at all")
    son = "my son has leg pain from football and a temperature today, any tips for my sciatica?"
    child = ("my 9 year old keeps limping with leg pain, can children get sciatica? mine is "
             "fine now, no numbness")
    assert_the_rules_warn(ask(mum), mum, "serious-illness-signs")
    assert_calm(ask(son), son)
    assert_calm(ask(child), child)


def test_medicine_saved_up_that_slipped_out(ask):
    """Tablets saved up, told only when it slipped out ("she let slip she's been saving
    up her pills"), is medicine kept back in secret: the crisis reply. Tablets put aside
    for a reason told, or money saved, is not."""
    slipped = ("my dad is so down with his back, and last night he let slip he's been saving "
               "up his pills")
    reason = ("my dad let slip he's been putting his blood pressure tablets aside because they "
              "make him dizzy, is that ok?")
    money = "she let slip she's been saving up for a new mattress for her back"
    assert_the_rules_warn(ask(slipped), slipped, "distress")
    assert_calm(ask(reason), reason)
    assert_calm(ask(money), money)


def test_how_looked_up_beside_having_had_enough(ask):
    """How looked up or planned, the how left unsaid, beside having had enough or "I mean
    it": the crisis reply. Ways to manage or ease the pain, or how to get back to the gym,
    are everyday."""
    how = "I'm done with everything, not just the physio. I've thought about how."
    ways = "I mean it this time. I've looked up ways online."
    manage = "had enough of this flare, I mean it, I've looked up ways to manage it better"
    gym = "had enough of sitting around, I've thought about how to get back to the gym"
    assert_the_rules_warn(ask(how), how, "distress")
    assert_the_rules_warn(ask(ways), ways, "distress")
    assert_calm(ask(manage), manage)
    assert_calm(ask(gym), gym)


def test_a_fever_named_is_not_explained_by_blankets(ask):
    """Shaking under three blankets with a fever named is a shivering fever, no cold house;
    with no fever, or a broken boiler, the cold explains it."""
    fever = "my wife has sciatica and now a fever, she's shaking under three blankets"
    boiler = "shivering under three blankets, the boiler's broken again"
    denied = "shivery today but no fever, the heating broke"
    assert_the_rules_warn(ask(fever), fever, "serious-illness-signs")
    assert_calm(ask(boiler), boiler)
    assert_calm(ask(denied), denied)
