"""Issue 7, stop 26: the rules' false alarms on the development sets dv, dx, dy and dz,
fixed by kind (a carer's partner named by name, a trigger of working normally said over a
both-legs phrase, the writer's hedge "I think it was", worn out as "exhausted", a disc that
slipped, shivers without a coat, a chest tight from stress, shaky from hunger, legs weak at
a height, a previous episode compared, an old fall, what an illness "can mean", a term from
a leaflet, walking to the toilet, an old crash with no back trouble). Each calm reading is
checked beside the same words with the sign itself, which must still warn. Wordings are the
author's own, never copied from a set. They live here, not in tests/data, so that they do not
refit the learned reader (a refit moves borderline messages across its bars)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CALM = [
    "Back's eased a lot. The legs both feel normal, no pins and needles",
    "I think it was the naproxen that upset my stomach this morning, back no worse",
    "Totally exhausted looking after him this week, my back is stiff",
    "Pretty sure I slipped a disc shifting the sofa, the pain's in my right buttock",
    "Shivered through the whole match, I'd forgotten my coat, no fever, sciatica same",
    "My chest goes tight from the stress of work, same old feeling, GP has checked my heart",
    "Weak and trembly after I skipped lunch, had a sandwich and I'm fine now",
    "On the pier my legs felt like they'd fold, I've always been afraid of heights",
    "Going better than last time when I couldn't drive for a month, back twinges only",
    "Could that old fall off the trampoline be behind my sciatica? it healed years ago",
    "A friend says leg pain can mean cancer, is that true? mine came after gardening",
    "'Saddle anaesthesia' came up in the leaflet, what is it? I've nothing like that",
    "My wife can barely walk to the bathroom since her knee op, my sciatica is the easy bit",
    "Knocked off my bike in 2016, broken wrist, no back problems from it",
    "The memory clinic says Maureen's mixing up days because of the dementia, my back "
    "aches from the stairs",
    "Since the stroke Howard's leg gives way in the garden, I'm the one with sciatica",
]

CAUGHT = [
    ("Back's eased but since last night both legs feel numb and heavy", "cauda-equina"),
    ("I'm exhausted, my legs have gone numb and I've wet myself twice today", "cauda-equina"),
    ("Slipped on the ice and fell flat on my back an hour ago, legs tingling",
     "serious-illness-signs"),
    ("Shivering and burning up for three days, temp 39, back agony", "serious-illness-signs"),
    ("Weak and shaky for a week, lost weight without trying, back aches at night",
     "serious-illness-signs"),
    ("My right leg keeps giving way on the flat this week and the foot drags",
     "progressive-weakness"),
    ("Can't make it to the bathroom in time, leaked twice since this morning", "cauda-equina"),
    ("Maureen drove me in: since breakfast my bottom is numb and I can't pee",
     "cauda-equina"),
]


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_of_these_kinds_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), CAUGHT)
def test_the_same_words_beside_the_sign_still_warn(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_a_name_written_with_a_capital_is_someone_else(ask):
    """A carer names their partner ("the nurse says Clive can't feel when he wees"): that
    sign is his; the same words of the writer warn."""
    theirs = "The nurse says Clive can't feel when he wees now, my back is sore from lifting"
    mine = "The nurse says I can't feel when I wee now, my back is sore from lifting"
    assert_calm(ask(theirs), theirs)
    assert_caught(ask(mine), mine, "cauda-equina")


def test_a_message_in_title_case_names_no_one(ask):
    """Every word capitalised: no word is taken for a name, so the sign stays the writer's."""
    message = "Since Tuesday Numbness Between Legs And Bladder Leaking Constantly"
    assert_caught(ask(message), message, "cauda-equina")
