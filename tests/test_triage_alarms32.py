"""Issue 7, stop 32 (alarms32): false alarms on the development sets fq to fs (Italian,
Greek, Maltese, Cypriot and Albanian speakers; people who live with a bladder or bowel
condition or aid; plans, fears and what-ifs), fixed by kind: a question put to a condition
("if my leg ever went weak, how would I know?") keeps its question whole; a worsening planned
for ("in case it gets worse over the weekend"); noticing asked as knowing is; a tumble
whose outcome is told ("nothing hurt", "back's no different", "didn't actually land"); an
illness ended in one word as English learners end it ("fever 39, finish."); a bout "after all
fine"; getting on and off the toilet, a force or a burden that is "hard on" something; the
sides a test of the legs was done on; soiling oneself said of news feared; a part of the body
bumped; another complaint's months before "and now my back hurts"; nights up to pee. Each
calm reading is checked beside the same kind of words with the sign itself, which must still
warn.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_a_question_asked_of_a_condition_keeps_its_question_whole(ask):
    """"If X, how would I know ..." asks: the main clause starts at "how", so "how would I
    know" is read whole and what it asks about is asked; a weakness told now still warns."""
    asked = ("If my foot ever dropped how would I know it's that and not just the pain stopping"
             " me walking?")
    asked_too = ("If the numbness ever spread how would I know it's serious and not only the pain"
                 " stopping me sleeping?")
    told = "My foot started to drop on Monday, how would I know if it's serious?"
    assert_calm(ask(asked), asked)
    assert_calm(ask(asked_too), asked_too)
    assert_caught(ask(told), told, "progressive-weakness")


def test_a_worsening_planned_for_is_imagined(ask):
    """"In case it gets worse" plans for a worsening that has not come; one told as
    happening still warns, and a crisis put the same way still gets the crisis reply."""
    planned = ("Just in case the pain gets worse over Christmas when the GP is closed, who do I"
               " call?")
    planned_too = "in case it gets worse over the bank holiday, which walk-in centre is open?"
    worse = "My leg pain gets worse every single week, it's been two months."
    crisis = "I've been saving my sleeping pills just in case it all gets too much."
    assert_calm(ask(planned), planned)
    assert_calm(ask(planned_too), planned_too)
    assert_caught(ask(worse), worse, "persistent-pain")
    assert_caught(ask(crisis), crisis, "distress")


def test_noticing_asked_is_asked(ask):
    """"How would I notice bladder changes?" asks about a sign; a change told after the
    question still warns."""
    asked = "With a stoma, how would I even notice bowel changes? What do I look out for?"
    told = "How would I notice? Well, since Tuesday I haven't felt when I need to pee."
    assert_calm(ask(asked), asked)
    assert_caught(ask(told), told, "cauda-equina")


def test_a_tumble_told_with_its_outcome_is_no_injury(ask):
    """A trip with "nothing hurt", a slip with "didn't land" or "back's no different" is no
    trauma; one with numbness or a back that is worse still warns."""
    grass = ("Tripped over the hoover last week, landed on my hands on the lawn, nothing hurt,"
             " back as it was.")
    ice = ("Slipped on a wet floor at work this afternoon, caught the counter and didn't actually"
           " land. Back's no worse.")
    numb = "Skidded on the wet floor and landed on my back, nothing broken but now my bum is numb."
    worse = "Fell down the stairs this morning, back's no different but I can't feel my legs."
    assert_calm(ask(grass), grass)
    assert_calm(ask(ice), ice)
    assert_caught(ask(numb), numb, "cauda-equina")
    assert_caught(ask(worse), worse, "cauda-equina")


def test_an_illness_ended_in_one_word_is_over(ask):
    """"Fever 39, finish." ends the fever as English learners say it; a fever "since
    yesterday" or one that will not finish still warns."""
    over = ("Last month I had a chest infection with fever 38, finish. Now the sciatica, can it be"
            " from coughing?")
    now = "I have fever 39 since yesterday with the back pain, when will it finish?"
    cannot = "I can't pee, I start and I can't finish, since this morning."
    assert_calm(ask(over), over)
    assert_caught(ask(now), now, "serious-illness-signs")
    assert_caught(ask(cannot), cannot, "cauda-equina")


def test_a_bout_fine_after_is_over(ask):
    """"A catheter for a day and after all fine" ends the bout; a catheter put in and
    nothing said after it still warns."""
    over = "After my knee op I had a catheter for 1 day and after all fine. Is my sciatica linked?"
    still = "They put a catheter in at the hospital yesterday because I couldn't pee."
    assert_calm(ask(over), over)
    assert_caught(ask(still), still, "cauda-equina")


def test_moving_on_and_off_the_toilet_is_no_bladder(ask):
    """Getting on and off the toilet slowly is moving with pain; a stream slow to start, or
    a stream that will not come, still warns."""
    moving = "It takes me ages to get on and off the loo with this leg, any aids?"
    slow = "It takes ages to start peeing since Friday, I stand there waiting."
    assert_calm(ask(moving), moving)
    assert_caught(ask(slow), slow, "cauda-equina")


def test_hard_on_a_thing_is_no_erection(ask):
    """"Landed hard on the chair", "hard on my knees" are a force and a burden; an
    erection lost still warns."""
    force = "I sat down too hard on the stool and it creaked, nothing happen, pain as before."
    burden = "Kneeling is hard on my knees, which stretch is better for sciatica?"
    lost = "Since my back went last week I can't get a hard on, nothing happens down there."
    assert_calm(ask(force), force)
    assert_calm(ask(burden), burden)
    assert_caught(ask(lost), lost, "cauda-equina")


def test_sides_of_a_leg_test_done_well_are_normal(ask):
    """"I can stand on heels and toes both sides" is a normal test; both legs numb after
    "but", or pain in both legs, still warn."""
    normal = ("I can walk on heels and toes both sides, just the pain when I drive. Which car seat"
              " cushion?")
    numb = "I can walk on my heels but both legs are numb since yesterday."
    assert_calm(ask(normal), normal)
    assert_caught(ask(numb), numb, "cauda-equina")


def test_soiling_said_of_news_feared_is_figurative(ask):
    """Soiling oneself "when the surgeon mentioned" an operation is fear; a leak not felt,
    or one again, still warns."""
    fear = "crapped myself when the surgeon mentioned an operation, I hate hospitals!"
    felt = "I pooed myself when I bent down this morning and didn't feel it happen."
    again = "Wet myself again when the doctor said to cough, it keeps happening since Monday."
    assert_calm(ask(fear), fear)
    assert_caught(ask(felt), felt, "cauda-equina")
    assert_caught(ask(again), again, "cauda-equina")


def test_a_part_bumped_is_no_bump_on_the_skin(ask):
    """"Bumped my head" is a knock, no lump; a head knocked with sickness and sleepiness, or
    a bump found on the spine, still warns."""
    knock = "Bumped my head on the car boot lid, and my lower back is aching today, is that odd?"
    head = "bumped my head on the shelf getting up, now I'm being sick and really sleepy"
    lump = "I found a bump on my spine last week and it's getting bigger"
    assert_calm(ask(knock), knock)
    assert_caught(ask(head), head, "general-emergency")
    assert_caught(ask(lump), lump, "serious-illness-signs")


def test_another_complaints_months_are_not_the_backs(ask):
    """Months of tinnitus or a rash, then "now my back hurts": the months are the other
    complaint's; months of the sciatica itself, worse now, still warn."""
    ears = "I've had tinnitus for three months and now my back hurts, is it related?"
    skin = ("psoriasis on my elbows for 4 months and now my lower back has started aching, is it"
            " linked?")
    pain = "I've had this sciatica for three months and now it's worse"
    assert_calm(ask(ears), ears)
    assert_calm(ask(skin), skin)
    assert_caught(ask(pain), pain, "persistent-pain")


def test_nights_up_to_pee_are_no_night_pain(ask):
    """Up for a pee constantly at night is the bladder's night; pain constant and worse at
    night beside it still warns."""
    nights = "Constantly up for a pee at night, GP knows, I'm 70. Best mattress for sciatica?"
    pain = "My back pain is constant and worse at night, and I'm up for a wee too"
    assert_calm(ask(nights), nights)
    assert_caught(ask(pain), pain, "serious-illness-signs")

