"""Issue 7, stop 51 (alarms51): false alarms on a sign asked about and on a figure of speech,
found in the four development sets of stop 51 (jockeys and stable staff; plumbers and
electricians; fishermen, dockers and seafarers; chefs, bakers and butchers). Wordings are the
author's own, never copied from a set; each calm rule's test names the real sign that must
still warn beside it."""

from __future__ import annotations

from triage_asserts import (
    assert_calm,
    assert_each_calm,
    assert_each_warns,
    assert_emergency,
    assert_the_rules_warn,
)


def test_a_bare_term_asked_for_its_meaning_is_asked(rules_alone):
    """A term followed by "meaning?" alone asks what it means (triage.yaml, the asked rule
    whose trigger `ends` its clause). The writer's own foot that dropped, with "meaning?"
    after it, still warns."""
    assert_each_calm(rules_alone, ("cauda equina meaning?", "saddle anaesthesia meaning??"))
    own = "my foot has dropped since tuesday, meaning?"
    assert_the_rules_warn(rules_alone(own), own, "progressive-weakness")


def test_a_sign_others_warn_of_is_their_term(rules_alone):
    """A sign named as the one "they warn about" is the term others use, asked about. The
    same term said to be the writer's now still warns."""
    asked = "how is my ache any different from the numb bum they warn you about?"
    had = "the numb bum they warn you about, I've got it since this morning"
    assert_calm(rules_alone(asked), asked)
    assert_the_rules_warn(rules_alone(had), had, "cauda-equina")


def test_hearsay_of_what_a_sign_comes_from_is_asked(rules_alone):
    """What a sign is heard to be caused by is a general truth passed on ("read that a disc
    can cause incontinence"). The same sentence with a leak told as the writer's still
    warns."""
    heard = "I've read that a bad disc can cause incontinence. Is that true?"
    had = "I've read that a bad disc can cause incontinence and I wet myself this morning"
    assert_calm(rules_alone(heard), heard)
    assert_the_rules_warn(rules_alone(had), had, "cauda-equina")


def test_a_sign_asked_of_a_grave_illness_is_asked(rules_alone):
    """Whether a sign belongs to an illness, asked with the illness after it ("is night
    sweating a cancer thing?"), is a question, and whether two are linked ("is there any
    link between") is one too. Weight lost on its own, told as now, still warns."""
    assert_each_calm(rules_alone, ("is sweating through the sheets a cancer thing?",
                                   "Is there any link between back pain and bowel cancer?"))
    had = "I've lost a stone since September without trying and my back aches at night"
    assert_the_rules_warn(rules_alone(had), had, "serious-illness-signs")


def test_a_feared_sign_answered_at_once_as_not_mine_is_denied(rules_alone):
    """A sign feared in a question and then answered as not the writer's in a short answer
    ("Mine hasn't") is no report. The same answered "Mine has" or followed by a contrast
    still warns."""
    calm = "What if my foot starts to drag? Mine hasn't, I'm only fretting."
    has = "What if my foot starts to drag? Mine has, since Sunday."
    contrast = "What if my foot starts to drag? Mine hasn't, but I can't lift my foot at all today."
    assert_calm(rules_alone(calm), calm)
    assert_each_warns(rules_alone, (has, contrast), "progressive-weakness")


def test_things_that_leak_or_will_not_start_are_not_a_bladder(rules_alone):
    """A leaking pipe or a van that will not start is the thing's (triage.yaml `pseudo`):
    no bladder. A leak of one's own and trouble starting to pee still warn."""
    things = ("Off to a leaking radiator first thing, back's stiff",
              "Had trouble starting the van again, my back hurt pushing it")
    own = ("I keep leaking urine without knowing since yesterday",
           "I've had trouble starting to pee since my back went yesterday")
    assert_each_calm(rules_alone, things)
    assert_each_warns(rules_alone, own, "cauda-equina")


def test_a_fright_from_an_animal_is_figurative(rules_alone):
    """Soiling oneself said of an animal sprung on one ("when the dog came round the corner")
    is a fright, said for effect. Soiling oneself without feeling it still warns."""
    fright = "nearly shat myself when a big dog came round the corner at me"
    real = "I shat myself at work and didn't even feel it happen, back's been bad all week"
    assert_calm(rules_alone(fright), fright)
    assert_the_rules_warn(rules_alone(real), real, "cauda-equina")


def test_ending_it_with_a_partner_is_a_break_up(rules_alone, ask):
    """Ending it with a partner is a relationship ended (triage.yaml `idioms`). Ending it,
    said of one's life, still gets the crisis reply (from the bot: the learned reader reads
    it; the rules alone missed it before this idiom too)."""
    breakup = "I'm ending it with my husband, he's useless and does nothing round the house"
    crisis = "I'm ending it tonight, I can't live with this pain"
    assert_calm(rules_alone(breakup), breakup)
    assert_emergency(ask(crisis), crisis)
