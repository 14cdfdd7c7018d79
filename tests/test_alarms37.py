"""Issue 7, stop 37 (alarms37): false alarms from the past that is over, from someone
else's sign, and from look-alikes, fixed by kind. Each calm reading is checked beside the
same kind of words with the sign itself, which must still warn. Wordings are the author's
own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught

# ---------------------------------------------------------------- part 1: the past, others'


def test_a_temperature_named_as_a_passing_illness_after_but_is_that_illness(ask):
    """A temperature dated before the back pain and said, after a "but", to have been a bug,
    flu or a cold is the illness's; one still there, or beside the pain since, warns."""
    bug = "Had a high temperature last week but it was a stomach bug, all fine. Back went today."
    flu = "I was feverish the week before but that was flu. Now I've pulled my back gardening."
    still = "Had a fever last week but it was a bug, still have it and my back is agony now."
    since = "Temperature last week, thought it was flu but back pain ever since and sweating."
    assert_calm(ask(bug), bug)
    assert_calm(ask(flu), flu)
    assert_caught(ask(still), still, "serious-illness-signs")
    assert_caught(ask(since), since, "serious-illness-signs")


def test_once_before_what_happened_dates_it_long_ago(ask):
    """"Once fainted" tells of a time gone by; "once I stood up I fainted" is when, and a
    faint told of now still warns."""
    once = "I once passed out giving blood haha. Back's been sore since I moved the sofa."
    when = "Once I stood up from the toilet I passed out and hit the floor."
    again = "I once fainted as a teenager. I have just fainted again in the kitchen, back agony."
    dad = "My dad once fainted at a wedding, now he has collapsed and isn't answering me"
    assert_calm(ask(once), once)
    assert_caught(ask(when), when, "general-emergency")
    assert_caught(ask(again), again, "general-emergency")
    assert_caught(ask(dad), dad, "general-emergency")


def test_someone_elses_faint_said_to_be_fine_in_the_next_sentence_is_over(ask):
    """Someone else's faint followed by "she's fine now" is over: no call to make; one who
    will not come round still warns, and the writer's own faint still warns."""
    coach = "My coach collapsed at training tonight. He's fine now. Also my back aches."
    wont = "My gran fainted in the garden. She's not waking up, what do I do."
    mine = "I fainted in the queue this morning. My back has been sore all week."
    assert_calm(ask(coach), coach)
    assert_caught(ask(wont), wont, "general-emergency")
    assert_caught(ask(mine), mine, "general-emergency")


def test_whether_ones_pain_means_cancer_asked_is_a_fear(ask):
    """After a relative's cancer, "does that mean mine is cancer?" is a fear, not a past
    cancer; a cancer the writer had, told inside the question, still warns."""
    fear = "My uncle died of bowel cancer. Does this mean I have cancer? My back hurts when I bend."
    had = "Does it matter that I had breast cancer in 2018? My back aches at night now."
    assert_calm(ask(fear), fear)
    assert_caught(ask(had), had, "serious-illness-signs")


def test_a_sign_said_to_be_someone_elses_is_theirs(ask):
    """"The fever was my flatmate's, not me" gives the fever to the flatmate; "the fever was
    bad" keeps it the writer's."""
    theirs = "The temperature was my sister not me, I only have my usual sciatica."
    flatmate = "sorry the fever was my flatmate's. My back is stiff from the sofa."
    mine = "The fever was bad last night, my husband was worried, and my back is agony."
    assert_calm(ask(theirs), theirs)
    assert_calm(ask(flatmate), flatmate)
    assert_caught(ask(mine), mine, "serious-illness-signs")


def test_a_strain_of_a_body_part_is_no_straining_to_pee(ask):
    """"Strained my back" beside an old, settled bladder problem is a back strain; having
    to strain to pee still warns."""
    back = ("Years ago after my surgery I had bladder trouble, all sorted in weeks. "
            "Yesterday I strained my back moving a wardrobe.")
    pee = "Strained my back yesterday and now I have to strain to pee, nothing comes."
    assert_calm(ask(back), back)
    assert_caught(ask(pee), pee, "cauda-equina")


def test_the_crash_named_again_is_the_one_told_long_ago(ask):
    """"The crash" asked about after a crash long ago is that crash; a crash today still
    warns, whatever was told before."""
    old = ("At 18 I came off my motorbike and broke my arm. Now 50 with sciatica from "
           "lifting. Could the accident be why?")
    today = "Crashed my car in 2012. A van hit me this morning and the crash hurt my back."
    assert_calm(ask(old), old)
    assert_caught(ask(today), today, "general-emergency")


# ---------------------------------------------------------------- part 2: look-alikes


def test_a_lump_named_as_a_mole_or_fat_or_on_another_part_is_no_back_lump(ask):
    """A lump on the back said after a "but" to be a mole known for years, or one on
    someone's arm a doctor called fatty, is no lump of the back; one that grows warns."""
    mole = "Found a bump on my back when I hurt it but it's just a mole I've always had."
    arm = "My grandad has a lump on his wrist, doctor said a fatty one. His back aches as usual."
    growing = "There's a lump on my lower back and it's growing, it isn't a mole."
    assert_calm(ask(mole), mole)
    assert_calm(ask(arm), arm)
    assert_caught(ask(growing), growing, "serious-illness-signs")


def test_a_blow_told_as_a_likeness_or_a_dream_is_no_blow(ask):
    """"Like I'd been stabbed", a fall in a dream: how it felt or what was dreamt; a real
    stabbing, and a fall after waking, still warn."""
    likened = "Sneezed and it felt like I had been stabbed in the back, shooting pain down my leg."
    dream = "Had a nightmare I got hit by a car, woke with my back stiff from the pillow."
    stabbed = "My brother was stabbed in the back outside the pub, he's bleeding a lot."
    woke = "Had a bad dream, woke up and fell down the stairs onto my back, can't move."
    assert_calm(ask(likened), likened)
    assert_calm(ask(dream), dream)
    assert_caught(ask(stabbed), stabbed, "general-emergency")
    assert_caught(ask(woke), woke, "general-emergency")


def test_a_face_puffy_on_waking_is_the_mornings(ask):
    """Eyes or a face puffy in the morning after salty food or drink is everyday fluid; a
    swollen face with the lips or breathing, or on one side with a weak arm, still warns."""
    salty = "My face is puffy when I wake up after a salty takeaway, is that ok with sciatica?"
    lips = "Woke up with my face and lips swollen and it's hard to breathe."
    stroke = "My face is drooping on one side this morning and my arm is weak."
    assert_calm(ask(salty), salty)
    assert_caught(ask(lips), lips, "general-emergency")
    assert_caught(ask(stroke), stroke, "general-emergency")


def test_a_slip_that_missed_the_back_is_no_fall(ask):
    """A slip landed on the hands with the back not hit is no blow to the back; a slip onto
    the back, with numbness after, still warns."""
    hands = "Slipped in the kitchen but landed on my hands, back didn't hit. Usual sciatica."
    onto = "Slipped on the wet tiles and landed on my back, now my legs are numb."
    assert_calm(ask(hands), hands)
    assert_caught(ask(onto), onto, "cauda-equina")


def test_tight_said_of_the_back_is_no_tight_chest(ask):
    """A chest sore to press after lifting, danger signs denied, and a stiff back: no tight
    chest; a chest that hurts with a heavy arm and sweating still warns."""
    sore = "Chest sore where I press after the bench press, not breathless. Back stiff too."
    heart = "My chest hurts. Arm feels heavy and I'm sweating."
    assert_calm(ask(sore), sore)
    assert_caught(ask(heart), heart, "general-emergency")


def test_a_bout_fine_within_a_minute_is_over(ask):
    """A leg numb from lying on it that tipped the writer over, "fine after a minute", is
    over; one that keeps happening still warns."""
    over = "My foot went dead sitting cross legged and I toppled over. It was fine after a minute."
    keeps = "My leg gave way and I fell. It was fine after a minute but it keeps happening."
    assert_calm(ask(over), over)
    assert_caught(ask(keeps), keeps, "progressive-weakness")


def test_an_episode_fully_recovered_after_but_is_over(ask):
    """A numb bottom years ago "sorted with surgery, fully recovered" is over; one numb again
    now still warns."""
    over = ("Years back my saddle area went numb, but it was fixed with surgery and I made a "
            "full recovery. Just a stiff back from digging now.")
    again = "My bum went numb after the op, it was sorted but now it is numb again."
    assert_calm(ask(over), over)
    assert_caught(ask(again), again, "cauda-equina")
