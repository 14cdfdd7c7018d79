"""Stop 48 (scope48, issue 8), part 1: questions that triage read as a warning, fixed by
cause. A count of things done "a year" is a rate, no year of pain; time given up to go to
care is time spent, no life stopped; "still" before a past verb is still then, not now; a
nerve "trapped" is the trapped nerve; "constantly" of where one works is one's days; work
"not stopped" is denied; a ladder climbed with no word of not being able is the job; what
physio does or whether it is worth it, asked beside pain that lasts, gets the answer and a
calm line. Each calm reading sits beside the same kind of words with the sign itself, which
must still warn. Part 2: off-topic messages that got an answer, declined by what their
words are: a routine of upkeep or of getting out of the door, the nerve of a person (cheek),
money stretched, heat shrink and blackout blinds (things), hi-vis (workwear), a pollen
allergy (hay fever). Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_calm, assert_caught

from bot.engine.durations import durations_in_days

DAY = date(2026, 11, 25)


def test_a_count_done_a_year_is_a_rate_not_a_duration() -> None:
    """"20,000 km a year", "40 flights a year": how much is done in a year, never how long
    something has lasted; a time said with "for" beside it still counts."""
    assert durations_in_days("i still drive 20,000 km a year", DAY) == []
    assert durations_in_days("i do 40 flights a year for work", DAY) == []
    assert 365 in durations_in_days("its been a year now", DAY)
    assert 60 in durations_in_days("leg pain for 2 months, i do 300 km a week", DAY)


def test_a_rate_beside_a_pain_gone_is_no_pain_that_lasts(ask):
    """A pain told as gone, then a yearly mileage with "still": no warning; a
    pain that goes on for months still warns."""
    calm = "Sciatica's gone at last. I still do 25,000 miles a year in the van, how do I " \
           "keep it away?"
    assert_calm(ask(calm), calm)
    warned = "The sciatica has been going for four months. I still drive 20,000 km a year, " \
             "how do I stop it getting worse?"
    assert_caught(ask(warned), warned, "persistent-pain")


def test_time_given_up_to_go_to_care_is_no_life_stopped(ask):
    """Giving up an afternoon or half a day to attend physio is time spent; giving up work
    for the pain still warns."""
    calm = "Would physio help? Insurance pays, but I'd need to give up an afternoon at the " \
           "shop for each visit."
    assert_calm(ask(calm), calm)
    warned = "My sciatica means I had to give up my job at the depot, it's been three months."
    assert_caught(ask(warned), warned, "persistent-pain")


def test_still_before_a_past_verb_is_then_not_now(ask):
    """Someone's pain that "still was" there for months after a scan last year is past; the
    writer's pain still there for months now warns."""
    calm = "My brother-in-law had an MRI in 2023, they found nothing, and he still had " \
           "pain for months after. Would a scan help me?"
    assert_calm(ask(calm), calm)
    warned = "I've still got this leg pain after three months. Is an MRI any use?"
    assert_caught(ask(warned), warned, "persistent-pain")


def test_a_trapped_nerve_asked_about_is_no_one_trapped(ask):
    """"Can a scan tell whether the nerve is trapped?" asks about sciatica; a person trapped
    under a load is still the emergency."""
    calm = "Can a scan tell whether the nerve is trapped or just irritated?"
    assert_calm(ask(calm), calm)
    warned = "My brother is trapped under the pallet and says he can't feel his legs"
    assert_caught(ask(warned), warned, "general-emergency")


def test_constantly_at_work_is_no_pain_that_never_lets_up(ask):
    """"Constantly at clients' sites" says where the writer works: two months of pain on
    and off beside what physio does is answered calmly; constant pain still warns."""
    calm = "I'm constantly at clients' sites for work. This leg pain has come and gone for " \
           "ten weeks. What does a physio do for it, and is physio worth it?"
    a = ask(calm)
    assert_calm(a, calm)
    assert any(f.flag.id == "persistent-pain" and f.reply == "note" for f in a.findings), calm
    warned = "This leg pain has been constant for ten weeks, it never lets up. Is physio " \
             "worth it?"
    assert_caught(ask(warned), warned, "persistent-pain")
    # (physio asked for, not weighed, still leads to the warning)
    asked_for = "Nine weeks of this calf pain. Is it time I went to physio?"
    assert_caught(ask(asked_for), asked_for, "persistent-pain")


def test_work_not_stopped_is_no_work_stopped(ask):
    """"Not stopping work" denies the stop: three weeks of pain with it is answered; work
    that has stopped still warns."""
    calm = "Leg's been sore for three weeks. I'm not stopping work though, bills to pay. " \
           "How do I carry bricks safely?"
    assert_calm(ask(calm), calm)
    warned = "Leg's been sore for three weeks and I can't go to work with it. How do I " \
             "carry bricks safely?"
    assert_caught(ask(warned), warned, "persistent-pain")


def test_a_ladder_climbed_for_the_job_is_no_weak_leg(ask):
    """Ladders climbed every day at work, with no word of not being able: the job; a ladder
    the leg can no longer manage, getting worse, still warns."""
    calm = "I fit satellite dishes, so I climb ladders and haul kit daily. How should I " \
           "lift with sciatica?"
    assert_calm(ask(calm), calm)
    listed = "Off a week with a flare, much easier now. My work is lugging cable drums and " \
             "climbing ladders. When can I go back to work?"
    assert_calm(ask(listed), listed)
    warned = "I can't climb ladders any more, my leg gets weaker every day"
    assert_caught(ask(warned), warned, "progressive-weakness")


# ---- part 2: off-topic messages that got an answer, declined by cause -------------------


def test_a_routine_of_upkeep_or_of_getting_out_is_no_exercise_routine(ask):
    """A routine for cleaning tools, or for getting out of the door in the morning, is the
    day's upkeep: declined; a routine for the back in the morning is still ours."""
    for message in ("good morning routine to get out the door by 7 without forgetting my "
                    "lunch",):
        assert ask(message).kind == "fallback", message
    ours = "a morning routine for my sciatica before work"
    assert ask(ours).kind != "fallback", ours


def test_the_nerve_of_a_person_is_cheek(ask):
    """"The nerve of my boss" is cheek: declined; a nerve of the body stays a nerve."""
    cheek = "the nerve of my boss, cancelling my leave the day before. is that allowed?"
    assert ask(cheek).kind == "fallback", cheek
    ours = "is the nerve of my leg damaged if it stays numb?"
    assert ask(ours).kind != "fallback", ours


def test_money_made_to_last_is_no_stretch(ask):
    """Stretching pay or a budget to payday is money: declined; a stretch at work is ours."""
    money = "How do I stretch my money over the month at home without running out?"
    assert ask(money).kind == "fallback", money
    ours = "can I stretch at work on my breaks with sciatica?"
    assert ask(ours).kind != "fallback", ours


def test_things_named_with_a_signs_word_warn_of_nothing(ask):
    """Heat shrink on a cable and blackout blinds are things: declined, never a warning;
    a muscle shrinking and a blackout had still warn."""
    for message in ("best heat shrink for outdoor cable joints?",
                    "I can't sleep after night shifts, any blackout curtains that actually "
                    "work?"):
        a = ask(message)
        assert a.kind == "fallback", (message, a.kind, a.id)
    assert_caught(ask("my calf is shrinking and the leg gets weaker every week"),
                  "shrinking calf", "progressive-weakness")
    assert_caught(ask("I blacked out on the stairs just now and hit my head"),
                  "blacked out", "general-emergency")


def test_hi_vis_is_workwear_not_a_greeting(ask):
    """"Hi-vis" names workwear: a question about it is declined, not greeted; "hi" before
    a question of ours still leaves the question answered."""
    kit = "Are the hi-vis vests from the builders merchant any good or do they rip in a week?"
    a = ask(kit)
    assert a.kind == "fallback", (kit, a.kind, a.id)
    ours = "hi, how many reps of the knee hug?"
    assert ask(ours).kind not in ("fallback", "chitchat"), ours


def test_hay_fever_by_its_other_name_is_another_condition(ask):
    """A pollen allergy asked about is another condition: declined."""
    message = "pollen allergy is wrecking me on site, what should I take?"
    assert ask(message).kind == "fallback", message
