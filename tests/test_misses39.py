"""Issue 7, stop 39 (misses39): landing misses38's patches on move39's refit, and the misses
of the cyclists' set and stop 38's held-out sets. Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_mine_after_a_question_of_a_cause_is_the_condition(ask):
    """"Mine started" after "can you get sciatica from X?" tells when the sciatica started,
    never that X (here weight lost fast) is the writer's; "mine went" after a question about
    legs giving way still reports the writer's own legs."""
    cause = ("Could dropping weight fast bring on sciatica? Mine started a month after I "
             "began the jabs")
    toddler = "Can you get sciatica from carrying a toddler? Mine started the week she walked"
    legs = "Does sciatica ever make your legs give way? Mine went twice on the stairs this morning"
    assert_calm(ask(cause), cause)
    assert_calm(ask(toddler), toddler)
    assert_the_rules_warn(ask(legs), legs, "progressive-weakness")


def test_the_pain_reaching_further_down_than_before(ask):
    """Second part (cyclists, triage_hp): the pain going further down the leg than it did is
    the pain getting worse; reaching further down in a stretch, or walking further, is not."""
    further = "my sciatica goes further down my leg than it used to, it's in my heel now"
    reach = "I can reach further down than before when I touch my toes"
    walk = "walked further than before today and the leg was fine"
    assert_the_rules_warn(ask(further), further, "persistent-pain")
    assert_calm(ask(reach), reach)
    assert_calm(ask(walk), walk)


def test_a_knee_that_folds_by_itself_and_a_leg_with_nothing_in_it(ask):
    """A knee or leg that bends or folds by itself gives way; bending one's own knee after an
    operation does not. A leg said to have nothing in it, worse every week, is weakness
    getting worse; a bag with nothing in it is no leg."""
    folds = "my knee folds by itself on the stairs"
    bends = "I can bend my knee by myself now after the op"
    empty = "right leg has got nothing in it on the stairs, worse every week"
    bag = "my bag has nothing in it, the leg feels fine"
    assert_the_rules_warn(ask(folds), folds, "progressive-weakness")
    assert_calm(ask(bends), bends)
    assert_the_rules_warn(ask(empty), empty, "progressive-weakness")
    assert_calm(ask(bag), bag)


def test_a_riders_crash_by_its_riders_names(ask):
    """A motorbike thrown or slid from under the rider ("lowsided", "slid out" with the bike
    named) is a crash; a wheel that slid out of a rack is not."""
    lowsided = "lowsided the bike on a bend yesterday, back and hip aching"
    rack = "the back wheel slid out of the rack when I loaded it, no harm done"
    assert_the_rules_warn(ask(lowsided), lowsided, "serious-illness-signs")
    assert_calm(ask(rack), rack)


def test_killing_myself_on_the_hills_and_a_stop_as_a_place(ask):
    """"Killing myself on the hills" is effort; with a time and not coping it is a crisis.
    A stop on a ride is a place, so the confusion after fainting there is still now."""
    hills = "killing myself on the hills lol, back is fine"
    crisis = "killing myself on the hills tonight, I cant do this pain anymore"
    stop = "my brother fainted at the coffee stop after the climb and he's still confused"
    assert_calm(ask(hills), hills)
    assert_the_rules_warn(ask(crisis), crisis, "distress")
    assert_the_rules_warn(ask(stop), stop, "general-emergency")
