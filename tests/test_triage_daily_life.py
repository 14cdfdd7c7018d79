"""Questions about living day to day with the condition (stop 19): a job or a marriage's
years said beside the pain, a question whether one has to give something up, nights that
are bad every night without pain that wakes, and words shared with other things ("a faint
line", "the chain slipping off"). None of these is a sign; the signs said in the same
everyday words still warn. Wordings are the author's own, never copied from a set.
Its probe lists are in tests/probes/triage_daily_life.tsv."""

from __future__ import annotations


def test_fainting_still_counts_beside_a_shared_word(ask):
    """'faint' before a thing seen or heard is how clear it is; fainting is still fainting."""
    a = ask("I fainted in the kitchen and now my back hurts")
    assert a.kind == "urgent", a.id
