"""Cauda equina, weakness, serious signs and general emergencies told the ways these writers
tell them (stop 23, reach).

The US South and African American English: "ain't" before a participle is "haven't" ("ain't
passed water since last night", "I ain't been trying") and before a doing word "isn't"
("inhaler ain't helping"), making water is peeing, "throwed" is thrown, a knot on the spine
is a lump, "smothering" and "can't get no air" are breathlessness, hot grease burns. A being
named in a likeness ("sick as a dog", "weak as a kitten in my right leg") is no one whose
sign it is, and "weak as a kitten" alone is weak all over. East and West Africa: a vehicle
that "knocked me" or "jammed me" hit the writer. Gamers: a leg "nerfed" is weakened. Parents'
forums and chat: "my bf", "my gf", "DH"; a child named by age ("my 16-year-old has
sciatica") is the one whose back it is. A short report after a question ("... if you can't
feel it?? because I think I have twice today") makes the sign the writer's, now; "Feel
dizzy." with its "I" left out is the writer's; one arm that will not lift with dizziness is
a stroke's sign; a crotch asleep for hours and a moment that "felt like nothing" are
numbness; "never ... before but it happened" is a first time, not a denial; weights in
stones and a half; "the same as always" beside weight lost is the eating; a fever "gone since
Sunday" is over (no likeness's kitten to hide it now); a benefit's name
("carers allowance") names no carer, and "filling in" a form is no dental filling. Wordings
are the author's own, never copied from a set (the probe set is
tests/data/triage_probes_reach23.tsv, written before the rules).
Its probe lists are in tests/probes/triage_reach23.tsv."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_a_denial_asked_after_a_question_stays_a_denial(ask):
    """A short answer that denies the sign is no report of it."""
    message = "can a slipped disc make you wet yourself? I don't think I have"
    assert_calm(ask(message), message)


def test_a_grown_up_named_by_age_is_no_child_and_i_am_the_writer(ask):
    """"I'm a 45 year old" is the writer: the age names someone only after an owner word."""
    message = "I'm a 45 year old with sciatica and since yesterday my foot drags and slaps"
    assert_caught(ask(message), message, "progressive-weakness")


def test_a_fever_gone_since_a_day_that_came_back_still_warns(ask):
    """Over only while nothing says it is back."""
    message = "fever gone since Sunday but it came back tonight, shivering, back is agony"
    assert_caught(ask(message), message, "serious-illness-signs")
