"""Stop 31's missed kinds (issue 7, misses31). Two people writing in one message, each with a
back of their own ("mine is easing; his back is worse at night"): each one told to have the
back problem now is a patient, so the other's sign warns as the writer's would. Someone
whose back is long past, or who only has a sign beside the writer's back, stays someone
else."""

from __future__ import annotations

import pytest
from triage_asserts import assert_the_rules_warn


def _rules_warn(a, flag: str) -> bool:  # type: ignore[no-untyped-def]
    return any(f.source == "rules" and f.reply == "warn" and f.flag.id == flag
               for f in a.findings)


@pytest.mark.parametrize(("message", "flag"), [
    ("my sciatica is easing now. my husband's back is a lot worse at night and he's been"
     " sweating through the sheets, 38.6 this morning", "serious-illness-signs"),
    ("we both have bad backs. Mine is just stiff. My wife's back pain has gone down both"
     " legs since yesterday and she has to strain hard to pee", "cauda-equina"),
    ("we've both got sciatica. mine is fine most days. his: 7 weeks now and no better at all",
     "persistent-pain"),
    ("both of us have bad backs, mine is the usual. hers: her knee gave way twice today and"
     " she says the leg is weaker every day", "progressive-weakness"),
    ("me: a bit of lower back ache. my partner: sciatica in her left leg and her back is"
     " agony, and her foot slaps the floor now, worse every day", "progressive-weakness"),
])
def test_a_partner_with_a_back_of_their_own_is_a_patient_too(ask, message: str,
                                                              flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize(("message", "flag"), [
    # a partner's back long past: their sign beside the writer's back is someone else's
    ("my back has been sore for a week. my husband had sciatica years ago, all sorted,"
     " and he's had a temperature with the flu since Tuesday", "serious-illness-signs"),
    # someone with no back of their own beside the writer's back
    ("my back is stiff from gardening. my son has a fever of 38.5 with a cold, any stretches"
     " I can do?", "serious-illness-signs"),
    # both backs, and the partner's sign is over
    ("both of us have sciatica. my husband had a fever with covid last year, all fine now",
     "serious-illness-signs"),
    # "both of us" of something else than a back: the partner's sign stays his
    ("my back is sore. we both went to the pub and my husband fell over, he's fine, laughed"
     " it off", "serious-illness-signs"),
    # a partner's back asked about, not told
    ("my sciatica is easing. could my wife's back pain be sciatica too? she wet the bed"
     " once as a child", "cauda-equina"),
])
def test_someone_whose_back_is_past_or_unsaid_stays_someone_else(ask, message: str,
                                                                 flag: str) -> None:
    assert not _rules_warn(ask(message), flag), (message, ask(message).findings)
