"""Issue 7, stop 54 (left54): the kinds stop 53 noticed on main and left alone, by cause.
Wordings are the author's own, never copied from a set; each calm kind sits beside a sign
that must still warn."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_emergency, assert_each_warns


def test_a_denial_of_the_time_before_denies_no_sign_told_since(rules_alone):
    """A denial that ends on "before" or "previously" right before a "but" says the time
    before was fine ("no problem peeing before, but since yesterday I can't go"): the sign
    told past the "but" is new, not denied (context `fine_before`). A sign said whole before
    the "but" stays over, and a plain denial stays a denial."""
    warn = (
        "no problems weeing before but since the weekend I cant go at all",
        "Had no issue passing water previously, but from this morning I am not able to pass "
        "urine",
        "nae bother peeing afore, but since last night I cannae go",
        "no trouble peeing before, but since my back went Monday I can't go properly",
    )
    calm = (
        "no leaking before, but I have had the sciatica two weeks now, is it the disc?",
        "no numbness down below before, but the sciatica is worse this week",
        "no problem peeing and no numbness, just the usual leg pain",
    )
    assert_each_emergency(rules_alone, warn)
    assert_each_calm(rules_alone, calm)


def test_a_lump_named_harmless_that_grows(rules_alone):
    """A lump on the back that a clinician named a lipoma or a fatty lump, told as growing
    since ("but it keeps getting bigger"), is no longer explained or over: NHS, a lump that
    grows needs a GP. A lump named harmless that does not grow stays calm."""
    warn = (
        "lump on my lower back, the physio says lipoma but it keeps getting bigger",
        "the GP said it was a fatty lump on my back, but it has grown loads this month",
        "lump near my spine, doctor told me lipoma, but it's growing fast",
    )
    calm = (
        "lump on my back, doctor says it's just a lipoma, nothing to worry about",
        "had a lump on my back but it was a lipoma, removed last year",
    )
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_calm(rules_alone, calm)


def test_a_stroke_years_ago_does_not_date_a_droop_told_today(rules_alone):
    """A stroke dated years ago ("had a stroke in 2012") reaches no sign told after a time
    of now said anew ("and this morning her face drooped"): the droop is this morning's, an
    emergency (NHS FAST). The old stroke's own signs told with it stay that stroke's."""
    warn = (
        "mum had a stroke in 2013 and this morning her face has dropped on one side",
        "my husband had a mini stroke 3 years ago and today his mouth is drooping on one side",
        "my nan had a stroke years back and since breakfast one side of her face has slipped",
    )
    calm = (
        "Mum had a stroke in 2015, her face drooped and her speech went, she's recovered well",
    )
    assert_each_emergency(rules_alone, warn)
    assert_each_calm(rules_alone, calm)


def test_erections_said_poor_in_everyday_words(rules_alone):
    """Erections said to be "dodgy", "iffy" or "rubbish" since the back went are trouble
    with them (NHS cauda equina: new erection problems). A dodgy knee beside erections said
    fine stays calm."""
    warn = (
        "my erections have been dodgy ever since the sciatica flared up",
        "since my disc went my erections have been a bit iffy",
        "hard ons are rubbish since this back pain started, wife has noticed",
    )
    calm = ("my knee is dodgy and my erections are fine, just the back aches",)
    assert_each_emergency(rules_alone, warn)
    assert_each_calm(rules_alone, calm)


def test_week_for_weak_after_more_and_more(rules_alone):
    """Voice-to-text's "week" after "more and more" or "even more" is weak: legs getting
    weaker (progressive weakness), never a time. "One more week" of physio stays calm."""
    warn = (
        "my legs are getting more and more week",
        "legs feel even more week today than yesterday",
    )
    calm = ("one more week of physio and then I'm discharged",)
    assert_each_warns(rules_alone, warn, "progressive-weakness")
    assert_each_calm(rules_alone, calm)


def test_a_sign_asked_with_the_writers_own_body_said_fine_is_asked(rules_alone):
    """alarms52's part 2, narrowed: a sign asked about in general, the writer saying their
    own body is fine ("only asking, I'm fine"), is a question, no report. Never when anyone
    else is named ("asking for a friend, his foot flops": the friend's signs are real), nor
    beside the writer's own sign told as happening."""
    calm = (
        "Does losing control of your bowels come on overnight with a bad disc? Only asking, "
        "I'm fine",
        "does bowel control go suddenly with a bad disc? I'm perfectly fine, studying for "
        "an exam",
    )
    warn = (
        "asking for a friend, his leg's getting weaker every day and the foot flops when he "
        "walks",
        "Is it normal to wet yourself with sciatica? I'm fine but it happened to me twice "
        "this week",
    )
    assert_each_calm(rules_alone, calm)
    for message in warn:
        a = rules_alone(message)
        assert a.kind == "urgent", (message, a.kind, a.id)


def test_someone_elses_crisis_doing_well_now_is_over(rules_alone):
    """alarms52's part 2: someone else's overdose told with how well they are doing now
    ("is doing great now") is over. The writer's own overdose last night still warns."""
    calm = ("my cousin took an overdose years ago and is doing really well now. anyway, "
            "left leg sciatica for 10 days, what helps?",)
    assert_each_calm(rules_alone, calm)
    assert_each_emergency(rules_alone, ("I took an overdose last night and I'm doing fine now, "
                                        "just sore",))

