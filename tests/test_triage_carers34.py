"""Issue 7, stop 34 (carers34): signs told by someone who writes for another person who is
not family: a line manager, a coach or an instructor, a personal assistant, a support or
care worker. The one in their charge is a person ("one of my team", "staff member", "gym
member", "one of my athletes", "the young man I support", "Mr K"), whose back and signs the
message tells, so the rules warn of them themselves; an age in brackets after that person
("one of my team (40s) is off with sciatica") is no new clause that asks. Each warning sits
beside the same people with nothing wrong, or with the writer's own back.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_someone_on_the_writers_team_is_the_patient(ask):
    """A member of the team or staff with the back problem: their signs warn; the same
    person doing fine does not."""
    numb = ("One of my staff is off with a bad back. She phoned to say both legs have gone "
            "numb and she can't feel the toilet paper.")
    weak = "team member with sciatica, now his foot is weak and slaps when he walks, worse daily"
    fine = "One of my staff has sciatica. She's coping well with a standing desk, any tips?"
    assert_the_rules_warn(ask(numb), numb, "cauda-equina")
    assert_the_rules_warn(ask(weak), weak, "progressive-weakness")
    assert_calm(ask(fine), fine)


def test_a_member_athlete_or_student_is_the_patient(ask):
    """Those a coach, an instructor or a teacher is responsible for: their new signs warn."""
    athlete = ("running coach here: one of my athletes with a disc problem says his foot "
               "has started to drop, getting weaker each week")
    member = "club member with sciatica has lost two stone in 3 months without trying"
    steady = "gym member with sciatica, happy with his progress, can he do deadlifts?"
    assert_the_rules_warn(ask(athlete), athlete, "progressive-weakness")
    assert_the_rules_warn(ask(member), member, "serious-illness-signs")
    assert_calm(ask(steady), steady)


def test_the_one_a_support_worker_supports_is_the_patient(ask):
    """"The young man I support", "Mr K": the one cared for, whose signs warn."""
    young = ("The young woman I support has sciatica. Her knee keeps buckling on the stairs, "
             "four times since yesterday.")
    titled = "Mr K has bad sciatica and now can't lift his foot onto the footplate since Friday"
    calm = "Mr K has bad sciatica but walks fine with his frame, what chair suits him?"
    assert_the_rules_warn(ask(young), young, "progressive-weakness")
    assert_the_rules_warn(ask(titled), titled, "progressive-weakness")
    assert_calm(ask(calm), calm)


def test_a_role_said_bare_first_is_who_the_writer_is(ask):
    """"Postie here", "Rugby player, disc issue": the writer introduces themself, so the
    signs after are the writer's and warn as theirs; the same role with more after it ("postie
    on my team has ...") is someone in the writer's charge, and their new sign warns too."""
    intro = "Rugby player, bad disc. Can't feel my bum on the toilet seat since this morning."
    here = "Postie here. Sciatica 4 weeks and my foot is getting weaker every day."
    charge = "student with sciatica says her foot has started slapping, worse every day"
    calm = "Swimmer, 17, sciatica for a fortnight, easing. Can I train?"
    assert_the_rules_warn(ask(intro), intro, "cauda-equina")
    assert_the_rules_warn(ask(here), here, "progressive-weakness")
    assert_the_rules_warn(ask(charge), charge, "progressive-weakness")
    assert_calm(ask(calm), calm)


def test_an_age_in_brackets_does_not_start_a_question(ask):
    """"(40s)" after a person: the clause goes on about them, so their sciatica is theirs
    and their sign warns; "is that normal?" after the brackets still asks about them."""
    aged = ("My colleague (50s) is off with sciatica. She says it has spread to both legs and "
            "her bottom is numb.")
    asked = "My colleague (50s) has sciatica in one leg (the left), is that usual?"
    assert_the_rules_warn(ask(aged), aged, "cauda-equina")
    assert_calm(ask(asked), asked)


def test_a_threat_put_on_the_pain_is_a_crisis_whoever_tells_it(ask):
    """"If the pain doesn't stop, he'll take all his tablets": a means or an end to going on
    after a condition on the pain or its treatment is a crisis, told of oneself or of the one
    cared for, however calmly; a plan for the pain after the same condition is not."""
    boss = ("My line manager told me, very matter of fact, that if the pain doesn't go away "
            "he'll take all his pills. What should I say to him?")
    mine = "if this pain doesn't stop soon I will throw myself off the bridge"
    surgery = "my gran keeps saying that if the operation fails she won't go on."
    plan = "if the pain doesn't go away he'll ask the GP about stronger tablets"
    retry = "if the surgery fails she says she will try the pain clinic instead"
    for message in (boss, mine, surgery):
        assert_the_rules_warn(ask(message), message, "distress")
    assert_calm(ask(plan), plan)
    assert_calm(ask(retry), retry)


def test_harm_told_of_another_is_read_as_of_oneself(ask):
    """The words of a crisis said in the first person are read of another too: "cut her arm
    on purpose", "throw himself off"; everyday cutting and throwing are not."""
    cut = "my dad cut his own leg on purpose yesterday, he says it distracts him from his back"
    thrown = "she keeps saying she wants to throw herself off the car park roof"
    hair = "mum cut her hair short because she can't lift her arms to brush it with her back"
    work = "he threw himself into work to forget about his sciatica"
    assert_the_rules_warn(ask(cut), cut, "distress")
    assert_the_rules_warn(ask(thrown), thrown, "distress")
    assert_calm(ask(hair), hair)
    assert_calm(ask(work), work)


def test_whether_one_may_ask_about_a_sign_is_asked(ask):
    """"Is it ok to ask a member of staff whether their back affects their bladder?" asks what
    may be asked; the same sign told as happening, in its own clause or sentence, still warns."""
    may = "Is it okay to ask a staff member whether their back problem affects their bladder?"
    told = ("Is it ok to ask my client about her bladder, she wet herself twice in class "
            "today and didn't feel it")
    after = ("Is it ok to ask a member of staff about their bladder? He's had two accidents "
             "at his desk today and says he can't feel his bottom.")
    assert_calm(ask(may), may)
    assert_the_rules_warn(ask(told), told, "cauda-equina")
    assert_the_rules_warn(ask(after), after, "cauda-equina")


def test_worse_after_every_session_for_weeks_is_persistent_pain(ask):
    """A coach's or a trainee's account of pain worse after each session, week after week, is
    pain that is not settling; one worse session, or a session that helps, is not."""
    coach = ("client says her sciatica flares every time after our PT sessions and the day "
             "after is worse still, going on 4 weeks now")
    trainee = "every time I go to training my sciatica is worse for two days afterwards, weeks now"
    once = "one of my members felt her sciatica a bit after our session yesterday, fine today"
    helps = "her sciatica feels easier after each session, 4 weeks in"
    assert_the_rules_warn(ask(coach), coach, "persistent-pain")
    assert_the_rules_warn(ask(trainee), trainee, "persistent-pain")
    assert_calm(ask(once), once)
    assert_calm(ask(helps), helps)


def test_a_care_plan_supposes_about_someone_in_charge(ask):
    """"Say a resident ..." supposes, as "say my foot ..." does; the same sign told of a
    resident now still warns."""
    plan = "Say a client with sciatica suddenly can't pee, do we ring 999 or the GP? For our policy"
    now = "A resident with sciatica suddenly can't pee since breakfast, do we ring 999 or the GP?"
    assert_calm(ask(plan), plan)
    assert_the_rules_warn(ask(now), now, "cauda-equina")


def test_cold_under_blankets_with_a_raised_reading_is_a_fever(ask):
    """Shaking with cold under blankets and a reading of 38 or more beside back pain is a
    fever; shivering under blankets in a house whose heating broke, with no reading, is not."""
    fever = ("Grandad has back pain and is shivering under three blankets, temperature 38.7, "
             "he says he feels awful")
    house = ("heating's broken so I'm under three blankets and still shivery, does cold "
             "affect sciatica?")
    assert_the_rules_warn(ask(fever), fever, "serious-illness-signs")
    assert_calm(ask(house), house)


def test_their_own_sign_asked_about_as_it_is_passed_on_is_theirs(ask):
    """"Dad asks if it's normal that he can't feel the seat": the one cared for asks about a
    sign they have, passed on by whoever writes, as "is it normal that I ..." is one's own;
    a question about what sciatica can do, passed on the same way, is still a question."""
    theirs = "My mum asks if it's normal that she can't feel the toilet seat under her."
    general = ("Grandad asks if it's normal that sciatica can cause bladder trouble, he's fine, "
               "he read about it")
    assert_the_rules_warn(ask(theirs), theirs, "cauda-equina")
    assert_calm(ask(general), general)
