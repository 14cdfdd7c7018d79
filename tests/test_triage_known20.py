"""Signs that are long-standing and known, or explained and over (stop 20, task D).

Known: a sign named as a general truth ("X is an emergency", "X are serious") is known
about, not told as one's own; a sign of a decade of life ("since my fifties") or told again
as what it "has done for years" is long-standing; a clinician's word that it is stable, said
in a sentence of its own, holds for the message. Explained and over: both sides numb with the
cold or a long-known diabetes take that reading with the numbness they describe; an arm lain
on is no stroke's arm; a lump that "is a lipoma" is explained; a numbing cream's numbness,
a saddle numb from a ride, a wee that would not come when nothing went in and was normal
since, a temperature with a cold the week before the back pain, a fall that missed the back,
"hasn't happened since" in a sentence of its own; "more likely to have" imagines. Each has
its unhappy path: the same shapes told as new, worse, lasting or now still warn. Wordings
are the author's own, never copied from a set.
Its probe lists are in tests/probes/triage_known20.tsv."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught, assert_emergency


def test_an_arm_lain_on_that_stays_numb_beside_the_face_is_an_emergency(ask):
    message = ("woke with my right arm numb from lying on it, still numb hours later and my "
               "face feels droopy")
    assert_emergency(ask(message), message)


def test_a_time_long_ago_in_a_clause_of_its_own_dates_the_sign_before_it(ask):
    """", 15 years ago," between commas dates the clause it follows."""
    message = ("my bladder stopped working once, about 20 years ago, after an op. sciatica "
               "now, any stretches?")
    assert_calm(ask(message), message)


def test_numbness_unchanged_for_years_that_now_spreads_is_progressive(ask):
    """A change told after the long-standing words ("but now it's spreading") undoes them:
    a deficit that progresses is the emergency."""
    message = ("my foot's been a bit numb and unchanged for years, but now it's spreading up "
               "to my knee and getting worse")
    assert_caught(ask(message), message, "progressive-weakness")
