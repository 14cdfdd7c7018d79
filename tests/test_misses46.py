"""Issue 7, stop 46 (misses46): the misses of the four development sets of stop 46 (bereaved
people and people living alone, blind and deaf people, apprentices and young workers,
amputees and people with joint replacements). Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_calm, assert_emergency, assert_the_rules_warn

from bot.engine.durations import durations_in_days


def test_a_slap_told_as_new_is_no_footwear_slap(ask):
    """Slippers or flip flops that slap explain the sound; a sentence after it that only says
    it "never used to" does not: the footwear was always there, the slap was not, and the
    slap is then the wearer's foot. Said to be as it always was, it stays explained."""
    new = ("my dad's slippers flap on the lino with each step now. Never used to. He's got "
           "sciatica. Anything to worry about?")
    always = ("my dad's slippers flap on the lino with each step. Always have. He's got "
              "sciatica, any tips?")
    assert_the_rules_warn(ask(new), new, "progressive-weakness")
    assert_calm(ask(always), always)


def test_an_aside_names_its_animal_for_its_own_words_only(ask):
    """"Tripped over the cat (she's fine) and landed hard on my back": after the brackets
    the words are the writer's again, not the cat's; a pronoun that points back at the
    animal still names it."""
    mine = ("stumbled over the cat on the stairs (she's fine, don't worry) and landed hard on "
            "my back. now the pain shoots down my leg")
    hers = "stumbled over the cat on the stairs (she's fine) and now the pain shoots down her leg"
    assert_the_rules_warn(ask(mine), mine, "serious-illness-signs")
    assert_calm(ask(hers), hers)


def test_an_aside_that_only_names_someone_glosses_them(ask):
    """"Babu yangu (my grandad) ...": brackets that only name a person say who the words
    before them are, and the words after stay that person's."""
    glossed = ("Babu yangu (my grandad) with the bad back, his foot drags and he keeps "
               "tripping, worse than last month")
    assert_the_rules_warn(ask(glossed), glossed, "progressive-weakness")


def test_after_an_aside_he_is_the_one_before_it(ask):
    """"My dad (his brother passed in May) has sciatica and he ...": the aside names the
    brother for its own words; "he" after it is still the dad, whose back it is."""
    message = ("My dad (his brother passed away in May) has sciatica and now he's dragging "
               "his left foot when he walks")
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


def test_a_walk_off_the_cliffs_said_offhand_is_a_plan(ask):
    """"I'll just go for a walk off the cliffs" beside being sick of it all is a plan and a
    place; a walk along the cliffs for the back is a walk."""
    plan = "think I'll just go for a walk off the cliffs tonight, sick of it all"
    walk = "think I'll just go for a walk along the cliffs tonight, good for my back?"
    assert_the_rules_warn(ask(plan), plan, "distress")
    assert_calm(ask(walk), walk)


def test_letting_it_sort_itself_out_is_no_end(ask):
    """"... and let it all sort itself out" is what a plan is meant to do, not a sign that
    is over; a fever that sorted itself out is over."""
    plan = "gonna step out into the traffic and let it all sort itself out"
    over = "had a fever last week but it sorted itself out, is my back pain linked?"
    assert_the_rules_warn(ask(plan), plan, "distress")
    assert_calm(ask(over), over)


def test_eight_heard_as_ate_before_a_unit():
    """Voice to text writes "eight" as "ate" where a count must stand ("been ate months");
    a meal eaten stays a meal."""
    today = date(2026, 11, 25)
    assert max(durations_in_days("been ate months with this leg", today)) >= 240
    assert durations_in_days("i ate weeks worth of chocolate", today) == []


def test_pain_counted_by_ate_weeks_is_persistent(ask):
    message = "been ate weeks with this leg pain, no better (voice typing, meant eight)"
    assert_the_rules_warn(ask(message), message, "persistent-pain")


def test_a_feeling_gone_into_a_new_place_is_not_over(ask):
    """Pins and needles that "have now gone into" the groin moved there; ones that "have
    now gone" are over."""
    moved = ("the pins and needles that were in my calf have now gone into my groin and round "
             "my bottom")
    gone = "the pins and needles round my bottom have now gone, just the leg ache left"
    assert_the_rules_warn(ask(moved), moved, "cauda-equina")
    assert_calm(ask(gone), gone)


def test_someone_breathing_and_nothing_else_has_collapsed(ask):
    """Checked and found breathing but not responding: someone collapsed, an emergency;
    long ago, when a faint is told, it is history."""
    now = "my flatmate is on the sofa, breathing but not answering when I shake her"
    then = ("my mum fainted in 2019, she was breathing but not responding for a minute. she's "
            "fine now. my back hurts")
    assert_the_rules_warn(ask(now), now, "general-emergency")
    assert_emergency(ask(now), now)
    assert_calm(ask(then), then)


def test_a_month_given_to_the_event_a_pain_dates_from():
    """"Since my first day at the job, which was in May": the month dates the event, and so
    the pain; a first week said alone is no month."""
    today = date(2026, 11, 25)
    assert max(durations_in_days("since my first day at the job which was in may", today)) >= 180
    assert max(durations_in_days("since the wedding, that was in june", today)) >= 150
    assert max(durations_in_days("since my first week at the job", today)) < 42


def test_asked_whether_a_sign_is_normal_it_is_still_told(ask):
    """A sign told, then asked about ("is tingling a normal part of sciatica?"), is not
    ended by the question; the question alone tells no sign."""
    told = "my bum and inner thighs feel tingly and numb. Is tingling a normal part of sciatica?"
    asked = "Is tingling round the back passage a normal part of sciatica?"
    assert_the_rules_warn(ask(told), told, "cauda-equina")
    assert_calm(ask(asked), asked)


def test_a_leg_hardly_got_off_the_bed_is_weakness(ask):
    """A leg got off the bed or the mat only just, told against last week or sliding since,
    is weakness getting worse; a leg that slides on a mat is a slip."""
    weaker = ("I could do the bridges fine last week, now I can hardly get my leg off the mat. "
              "It's been sliding for days")
    slip = "my leg keeps sliding on the mat during bridges, any tips?"
    assert_the_rules_warn(ask(weaker), weaker, "progressive-weakness")
    assert_calm(ask(slip), slip)


def test_weight_lost_without_trying_as_scots_say_it(ask):
    """"Wi'oot trying" is without trying: weight lost so beside a constant back is a
    serious-illness sign, and it outranks persistent pain."""
    message = "been losing weight wi'oot trying since the summer and my back's sore all the time"
    a = ask(message)
    assert_the_rules_warn(a, message, "serious-illness-signs")
    assert a.id == "serious-illness-signs"


def test_weight_lost_even_though_eating_well(ask):
    """Weight lost "even though he eats like a horse" is lost without trying; eating like a
    horse with no weight lost is an appetite."""
    lost = "he's lost a stone even though he eats like a horse, and his back is bad"
    appetite = "my teenage son eats like a horse and never puts on weight, my back aches from work"
    assert_the_rules_warn(ask(lost), lost, "serious-illness-signs")
    assert_calm(ask(appetite), appetite)
