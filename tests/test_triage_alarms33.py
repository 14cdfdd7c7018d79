"""Issue 7, stop 33 (alarms33): false alarms on the development sets fx to fz (the recent
past told as a story; strong and medical words used loosely; several aches and conditions at
once) and on stop 32's sets now in tests/data, fixed by kind: a case put "hypothetically"; how
to check or test for a sign, asked; "a back thing" asked of a sign; living alone (no bladder
that goes "on its own"); "leg's" said of one leg; a limb that "had fallen asleep", numb to a
situation, pain like being stabbed, talking in one's sleep; eyes puffy with hay fever; weight
lost on a diet in a line typed in one breath. Each calm reading sits beside the same kind of
words with the sign itself, which must still warn.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_a_case_put_hypothetically_is_imagined(ask):
    """"Hypothetically" supposes; the same sign told as happening still warns."""
    supposed = "Hypothetically, if both my legs went numb, would that be an A&E thing?"
    said = "Say hypothetically the numbness spread to both legs, what would you do?"
    told = "Both my legs went numb this afternoon and I can't feel my bum."
    assert_calm(ask(supposed), supposed)
    assert_calm(ask(said), said)
    assert_caught(ask(told), told, "cauda-equina")


def test_how_to_check_for_a_sign_is_asked(ask):
    """"How do I check if my leg is getting weaker?" asks how to look; a weakness told is
    still a warning, whatever is asked after it."""
    asked = "How can I check whether my foot is getting weaker? Seems ok to me so far."
    tested = "how do i test at home if my leg's getting weaker, nothing's changed yet"
    told = "My foot is getting weaker every day, how do I check how bad it is?"
    assert_calm(ask(asked), asked)
    assert_calm(ask(tested), tested)
    assert_caught(ask(told), told, "progressive-weakness")


def test_a_sign_asked_as_a_back_thing_is_asked(ask):
    """"Is X a back thing?" asks whether a sign goes with the condition; one's own sign told
    beside it still warns."""
    asked = "is losing bladder control a back thing or a bladder thing? just curious"
    told = "I've lost control of my bladder since this morning, is that a back thing?"
    assert_calm(ask(asked), asked)
    assert_caught(ask(told), told, "cauda-equina")


def test_living_alone_is_no_bladder_on_its_own(ask):
    """"I live alone" is how one lives; a bladder that empties on its own is still the sign."""
    planned = ("If my bladder ever stopped working, should I ring 999 or 111? I live alone so I"
               " like to have a plan.")
    leaking = "My wee comes out on its own since yesterday and I don't feel it, I live alone."
    assert_calm(ask(planned), planned)
    assert_caught(ask(leaking), leaking, "cauda-equina")


def test_one_legs_apostrophe_is_one_leg(ask):
    """"My leg's numb" is one leg ("leg is"), no numbness of both legs; both legs numb, or a
    plural written with an apostrophe and its verb ("my leg's are numb"), still warn."""
    one = "Right leg's numb down the side of the calf, walking is fine. Started with my back."
    both = "Both legs are numb and heavy since this morning."
    grocer = "my leg's are both numb and i cant feel them properly since lunch"
    assert_calm(ask(one), one)
    assert_caught(ask(both), both, "cauda-equina")
    assert_caught(ask(grocer), grocer, "cauda-equina")


def test_everyday_figures_of_speech_are_figures(ask):
    """A limb thought to have fallen asleep, numb to a situation, pain like being stabbed,
    talking in one's sleep: no fall, no numbness, no wound, no confusion. The real thing said
    plainly still warns."""
    asleep = "I thought my foot had fallen asleep, but it's my usual sciatica tingle."
    mood = "I've gone numb to the whole thing after two weeks of this, any tips to stay positive?"
    stab = "The pain in my calf is like I'm being stabbed with a knitting needle."
    sleep = "My partner says I was talking rubbish in my sleep on the new tablets. Normal?"
    fell = "I fell down the stairs this morning and landed on my back, now I can't move my legs."
    stabbed = "I've been stabbed in the leg and it won't stop bleeding"
    assert_calm(ask(asleep), asleep)
    assert_calm(ask(mood), mood)
    assert_calm(ask(stab), stab)
    assert_calm(ask(sleep), sleep)
    assert_caught(ask(fell), fell, "general-emergency")
    assert_caught(ask(stabbed), stabbed, "general-emergency")


def test_eyes_puffy_with_hay_fever_are_hay_fever(ask):
    """Itchy, puffy eyes with hay fever are the allergy's; lips or a tongue swelling, or
    breathing, still get the call-now reply."""
    eyes = "Face and eyes all puffy with the hay fever. Is cetirizine ok with naproxen?"
    lips = "My lips and tongue are swelling up and my breathing feels tight, hay fever season."
    assert_calm(ask(eyes), eyes)
    assert_caught(ask(lips), lips, "general-emergency")


def test_weight_lost_on_a_diet_in_one_breath_is_meant(ask):
    """A diet reaches weight lost in a line typed without a comma; weight gone without
    trying still warns."""
    diet = "been doing slimming world since january and ive lost nearly two stone"
    lost = "lost nearly two stone since january without trying and my back hurts at night"
    assert_calm(ask(diet), diet)
    assert_caught(ask(lost), lost, "serious-illness-signs")


def test_a_worry_weighed_in_the_conditional_is_imagined(ask):
    """"Would I need to worry if the pain started waking me?" imagines a sign; one told now,
    asked the same way, still warns."""
    weighed = ("Would it be serious if the pain ever started waking me up every night? For now"
               " I sleep fine.")
    told = "My back pain wakes me every night at 3am, would it be serious if it goes on?"
    assert_calm(ask(weighed), weighed)
    assert_caught(ask(told), told, "serious-illness-signs")


def test_weight_put_back_on_is_no_weight_lost(ask):
    """Weight lost with an illness and since put back on is over, even after "but"; weight
    still going is not."""
    regained = "Lost about a stone with glandular fever last year but I've put it all back on."
    going = ("Lost about a stone since the summer without trying, and it keeps dropping, and my"
             " back aches at night.")
    assert_calm(ask(regained), regained)
    assert_caught(ask(going), going, "serious-illness-signs")


def test_one_side_since_it_started_stays_one_side(ask):
    """"Mine's only ever been the left since it started" keeps a question about both legs a
    question; a pain that started on one side and is now in both still warns."""
    asked = ("Read that sciatica down both legs is worse news than one. Mine's only ever been the"
             " left since it started ten days ago.")
    spread = "It started in my left leg, now it's numb down both legs and I'm scared."
    assert_calm(ask(asked), asked)
    assert_caught(ask(spread), spread, "cauda-equina")


def test_a_tumble_got_up_from_at_once_is_no_injury(ask):
    """A fall one got up from laughing or dusted off is no trauma; a fall onto the back that
    left one unable to get up still warns."""
    laughing = "Slid over on the ice at the bus stop yesterday, got up laughing. All good."
    dusted = "Tripped on the garden step on Monday, dusted myself off and carried on weeding."
    stuck = "Fell backwards down the loft ladder onto my back and couldn't get up for an hour."
    assert_calm(ask(laughing), laughing)
    assert_calm(ask(dusted), dusted)
    assert_caught(ask(stuck), stuck, "general-emergency")


def test_a_catheter_lived_with_is_no_retention(ask):
    """One's own catheter, said as an aid, tells no retention; a catheter put in because
    nothing would come still warns."""
    aid = "With my long term catheter, is it safe to do the knee hugs lying on the floor?"
    put_in = "Couldn't pee at all since last night, A&E put a catheter in an hour ago."
    assert_calm(ask(aid), aid)
    assert_caught(ask(put_in), put_in, "cauda-equina")


def test_a_leak_the_physio_sorted_long_ago_is_over(ask):
    """A leak after a birth that the physio sorted, normal for years, is over; a leak new
    with the back pain still warns."""
    sorted_ = ("Had a bit of leaking after my first baby that the physio sorted, been normal for"
               " years. Is pilates good for sciatica?")
    new = "Since my back went on Friday I've been leaking and not feeling it."
    assert_calm(ask(sorted_), sorted_)
    assert_caught(ask(new), new, "cauda-equina")


def test_the_backs_cannot_is_no_bladders(ask):
    """"My back can't" is the back's inability, no bladder's; a bladder that can't empty
    still warns."""
    back = "My bladder's fine on a long drive, but my back can't. Best cushion for the car?"
    bladder = "My bladder's full but I can't go at all, since this morning."
    assert_calm(ask(back), back)
    assert_caught(ask(bladder), bladder, "cauda-equina")


def test_a_lift_at_the_gym_is_no_dead_limb(ask):
    """"Deadlifted" is lifting at the gym, never "dead" and "lifted" (numb); a bottom gone
    numb after it still warns."""
    lifted = "Pain from my bum down the back of my left thigh since I deadlifted on Saturday."
    numb = "Since I deadlifted on Saturday my bum has gone numb and I can't feel the loo roll."
    assert_calm(ask(lifted), lifted)
    assert_caught(ask(numb), numb, "cauda-equina")


def test_cancer_the_star_sign_is_no_illness(ask):
    """Cancer as a star sign is a birthday's sign; a cancer treated, beside the same words,
    is still the sign."""
    sign = "My mum says my back trouble is because I'm a Cancer, star sign wise. Any truth?"
    illness = ("I had chemo for breast cancer two years ago and now my back aches at night. My"
               " horoscope said it'd be a rough month.")
    assert_calm(ask(sign), sign)
    assert_caught(ask(illness), illness, "serious-illness-signs")


def test_legs_tested_equal_on_both_sides_are_normal(ask):
    """A strength test found equal on both sides is normal; one side found weaker, or both
    legs numb, still warns."""
    equal = "The GP tested both legs pushing against her hands and said they were equal. Phew."
    weaker = ("The GP tested both legs pushing against her hands and the right was much weaker"
              " than last month, and it's getting worse.")
    assert_calm(ask(equal), equal)
    assert_caught(ask(weaker), weaker, "progressive-weakness")


def test_what_a_sign_looks_like_is_asked(ask):
    """"What does foot drop look like?" asks what a term means; the sign told after the
    question still warns."""
    asked = ("My neighbour has foot drop after a stroke. What does foot drop look like, out of"
             " interest?")
    told = ("What does foot drop look like? My right foot has been slapping the floor since"
            " Tuesday and it's getting worse.")
    assert_calm(ask(asked), asked)
    assert_caught(ask(told), told, "progressive-weakness")
