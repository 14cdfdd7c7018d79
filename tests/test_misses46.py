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


# ---- part 2: kinds of saying the rules alone missed


def test_better_dead_without_the_off(ask):
    """"I'd be better dead" and "better I just die" are the wish to be dead, as "better off
    dead" is; being better for a diet is not."""
    wish = "most days I reckon I'd be better dead, the pain never stops"
    diet = "would it be better if I dieted before the physio starts?"
    assert_the_rules_warn(ask(wish), wish, "distress")
    assert_calm(ask(diet), diet)


def test_finishing_oneself_and_drinking_sniper(ask):
    """West African English: "finish myself" is to kill oneself, and drinking Sniper (a
    pesticide) the way; exercises finished alone, or Sniper sprayed on ants, are neither."""
    finish = "I'm thinking to finish myself, this pain is too much"
    drink = "some nights I think to drink sniper, this back will never heal"
    exercises = "I need to finish my exercises myself, the physio is off sick"
    ants = "I sprayed sniper on the ants in the kitchen, then my back went"
    assert_the_rules_warn(ask(finish), finish, "distress")
    assert_the_rules_warn(ask(drink), drink, "distress")
    assert_calm(ask(exercises), exercises)
    assert_calm(ask(ants), ants)


def test_a_means_kept_if_it_comes_to_that(ask):
    """A rope kept "if it comes to that" beside being no use to anyone is a means and a
    burden; a spare crutch kept so is a crutch."""
    means = "there's a rope in the garage if it comes to that, I'm no use to anyone"
    crutch = "there's a spare crutch in the garage if it comes to that, is it ok to use one?"
    assert_the_rules_warn(ask(means), means, "distress")
    assert_calm(ask(crutch), crutch)


def test_a_dose_asked_to_stop_everything_for_good(ask):
    """A medicine's dose asked of to make everything stop for good is a means sought; one
    asked of to stop the pain is a question about the pain (the rules warn on none)."""
    means = "what dose of amitriptyline would make everything stop for good?"
    pain = "what dose of amitriptyline would make the pain stop for good?"
    assert_the_rules_warn(ask(means), means, "distress")
    assert not any(f.source == "rules" and f.flag.id == "distress" and f.reply == "warn"
                   for f in ask(pain).findings), pain


def test_a_foot_that_feels_it_is_not_listening(ask):
    """A foot or an ankle that "feels like it's not listening" does not obey; a dog that
    does not listen on walks is a dog."""
    foot = "my foot feels like it's not listening, each day it lifts less"
    dog = "my dog feels like it's not listening to me on walks, my back hurts from the pulling"
    assert_the_rules_warn(ask(foot), foot, "progressive-weakness")
    assert_calm(ask(dog), dog)


def test_a_start_dated_on_a_day_after_the_event_it_began_at():
    """"Started the week of the wedding on the 2nd of May": the day dates the start, with
    the event's words between; a weekday said so is no month."""
    today = date(2026, 6, 28)
    began = "my leg pain started the week of my sisters wedding on the 2nd of may"
    assert max(durations_in_days(began, today)) >= 42
    assert durations_in_days("it started on monday", today) == []
