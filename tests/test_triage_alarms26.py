"""Issue 7, stop 26: the rules' false alarms on the development sets dv, dx, dy and dz,
fixed by kind (a carer's partner named by name, a trigger of working normally said over a
both-legs phrase, the writer's hedge "I think it was", worn out as "exhausted", a disc that
slipped, shivers without a coat, a chest tight from stress, shaky from hunger, legs weak at
a height, a previous episode compared, an old fall, what an illness "can mean", a term from
a leaflet, walking to the toilet, an old crash with no back trouble). Each calm reading is
checked beside the same words with the sign itself, which must still warn. Wordings are the
author's own, never copied from a set. They live here, not in tests/data, so that they do not
refit the learned reader (a refit moves borderline messages across its bars).
Its probe lists are in tests/probes/triage_alarms26.tsv."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


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
