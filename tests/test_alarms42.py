"""Issue 7, stop 42 (alarms42), part 1: false alarms of the four new development triage sets
(a symptom explained away, martial arts and climbing, complementary medicine, blood thinners
and heart, lung or kidney disease), fixed by cause. Each calm reading is checked beside the
same kind of words with the sign itself, which must still warn. Wordings are the author's
own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_chill_as_a_quality_is_no_chills(ask):
    """"Chill" said of how things are ("the sciatica is so chill today", "pretty chill
    week") is easy-going; chills and a chill beside a temperature still warn."""
    quality = "honestly the sciatica is so chill today, which stretch should I keep doing?"
    week = "back's pretty chill this week, can I start running again?"
    chills = "shivering with chills and my back is agony"
    reading = "had a chill this morning, temperature 39 and my back really hurts"
    assert_calm(ask(quality), quality)
    assert_calm(ask(week), week)
    assert_caught(ask(chills), chills, "serious-illness-signs")
    assert_caught(ask(reading), reading, "serious-illness-signs")


def test_drink_said_by_its_idioms_explains_legs_that_go(ask):
    """Knees that buckle only after "one too many" are the drink's; legs that gave way with
    no drink had still warn."""
    drink = ("knees only buckle when I've had one too many at the pub lol. does booze affect "
             "nerve pain?")
    sober = "my legs gave way twice today and I haven't had a drink"
    assert_calm(ask(drink), drink)
    assert_caught(ask(sober), sober, "progressive-weakness")


def test_a_heart_attack_survived_is_over(ask):
    """A heart attack survived is a past event; one happening now still warns ("heart
    attack survivor" is not read yet: "survivor" alone shares the stem of "survival")."""
    survivor = "survived a heart attack two years back and now I've got sciatica, is ibuprofen ok?"
    now = "crushing chest pain right now, I think I'm having a heart attack"
    assert_calm(ask(survivor), survivor)
    assert_caught(ask(now), now, "general-emergency")


def test_a_sign_dreaded_is_a_fear(ask):
    """A sign dreaded ("dreading the day my bladder goes", "I dread my foot dropping one
    day") is feared, not had; a leg that gives way told beside the dread still warns."""
    bladder = "dreading the day my bladder goes like my mum's did, for now it's just the leg pain"
    foot = "I dread my foot dropping one day, the physio mentioned it"
    had = "I dread walking now because my leg gives way all the time"
    assert_calm(ask(bladder), bladder)
    assert_calm(ask(foot), foot)
    assert_caught(ask(had), had, "progressive-weakness")


def test_how_likely_a_cancer_is_asked(ask):
    """"What are the odds my back pain is a tumour?" asks; weight lost without trying and
    night sweats told beside the same question still warn."""
    odds = "what are the odds my back pain is a tumour? 30, fit, it started after moving house"
    signs = "what are the chances it's cancer? I've lost a stone without trying and sweat at night"
    assert_calm(ask(odds), odds)
    assert_caught(ask(signs), signs, "serious-illness-signs")


def test_bumped_is_the_knock_not_a_bump(ask):
    """"Bumped my knee" is a knock (the verb is the trigger's own word); a bump on the
    spine that grows still warns."""
    knock = "knocked my shin on the coffee table, bumped my knee too, big lump. back is the same"
    spine = "there's a bump on my lower back that keeps getting bigger"
    assert_calm(ask(knock), knock)
    assert_caught(ask(spine), spine, "serious-illness-signs")


def test_not_lying_flat_with_heart_or_lung_disease_is_the_breath(ask):
    """Sleeping propped up with heart failure or COPD is the breath's need; not lying flat
    for the back's pain still warns, whatever else the writer has."""
    breath = ("heart failure means I sleep propped up and can't lie flat for long. best sleeping "
              "position for sciatica?")
    pain = "can't lie flat at night because the pain in my back is unbearable, I have heart failure"
    assert_calm(ask(breath), breath)
    assert_caught(ask(pain), pain, "serious-illness-signs")


def test_no_urine_on_dialysis_is_the_kidneys(ask):
    """No urine passed on dialysis is the kidneys making none; a bladder that stopped and
    feels full still warns, dialysis or not."""
    kidneys = ("on haemodialysis and I pass no urine, haven't for two years. is sciatica common "
               "with kidney disease?")
    full = ("on dialysis but still pass a bit, since yesterday I can't pee at all and my "
            "bladder feels full")
    assert_calm(ask(kidneys), kidneys)
    assert_caught(ask(full), full, "cauda-equina")


def test_a_leak_on_effort_after_births_counted_is_the_pelvic_floor(ask):
    """A small leak on a jump or a sneeze with the births counted ("two kids will do that")
    is the pelvic floor; a leak not felt with numbness still warns."""
    effort = ("bit of a leak when I jump on the trampoline, two kids will do that. feel when I "
              "need to go, all normal down there")
    unfelt = "two kids, and this morning I leaked without feeling it and I'm numb down there"
    assert_calm(ask(effort), effort)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")


def test_a_thing_dropped_on_the_toe_is_no_foot_drop(ask):
    """"Dropped a tin on my toe" lets a thing fall, whatever the toe feels after; a foot that
    drags and catches still warns beside a thing dropped."""
    tin = "dropped a tin of beans on my big toe, it's a bit numb and bruised"
    drags = "my foot drags and catches on the kerb, I dropped a glass on my foot as well"
    assert_calm(ask(tin), tin)
    assert_caught(ask(drags), drags, "progressive-weakness")
