"""Jokes, figures of speech and other people's signs (stop 20): an idiom with its verb
("gone weak at the knees"), a verb that looks like a tool ("I saw"), a crush one has, a
mood said as numbness, a face that droops from tiredness, warmth from a heat source, a
leak of a thing or a drink dribbled, slurring after drink counted in pints, a chest sore
from a workout, someone else's sign with a long-known cause of their own, someone else's
crash told with how they are, a young person's back ache with her periods, whether to
stop an activity, whether a sign can happen at all, a clause after a comma that asks for
the writer. The serious side of each still warns: a carer telling the sign of the person
they care for, a joke told about a real sign now, "is it normal that I can't ..." asked
about oneself now. Wordings are the author's own, never copied from a set.
Its probe lists are in tests/probes/triage_others20.tsv."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_emergency


def test_a_clause_that_asks_is_the_writers(ask):
    """A clause after a comma that asks ("..., any tips for the car with sciatica?") is the
    writer asking for themselves, as a sentence that asks is; one that goes on about the one
    just told of ("..., is that normal?") and a statement after a bracket ("Mum (80) has
    had sciatica ...") are not."""
    other = ask("my aunt has breast cancer, any advice for sitting in the hospital with sciatica?")
    assert_calm(other, "aunt's cancer")
    carer = ask("Mum (80) has had sciatica a month, today she wet herself and didn't feel it")
    assert_emergency(carer, "carer")
