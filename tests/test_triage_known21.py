"""Expected and known things, and fears said after the sign (stop 21): a sign feared, said
after it ("a stroke is what I'm most scared of"); the day's heat, a bath or a sauna, not a
fever ("it's 40 degrees here"); a thing dropped onto a foot, not a foot that drops; a shelter
that leaks, not a body; a change denied ("nothing new", "nothing's changed") is no change in
bed or in the bladder. The serious side of each still warns: a sign had and pointed back at
("my foot drags and it scares me"), a fever in degrees or with shivers, a foot that drags,
a wet bed not noticed, a bladder that has changed. Wordings are the author's own, never
copied from a set. Its probe lists are in tests/probes/triage_known21.tsv."""

from __future__ import annotations

from triage_asserts import assert_caught


def test_the_groin_as_an_injection_site_is_no_numb_saddle(ask):
    """Where drugs were injected ("used to inject into my groin") is no numbness between
    the legs ("injection" is also a numbness felt like one); a numb groin still is."""
    past = ask("I used to inject into my groin years back, clean now, is my sciatica linked?")
    assert past.id != "cauda-equina", past.id
    numb = "my groin has gone numb like I've had an injection, back agony"
    assert_caught(ask(numb), numb, "cauda-equina")
