"""The back's emergency signs told as a body function and its loss (stop 18): the bladder,
the bowel or the toilet by their everyday names beside no feeling of it, of needing to go
or of having gone, or an emptying that does not happen, said in one clause (`in_clause` in
triage.yaml: `function_act` and `function_lost`, from the national CES pathway and the NHS
trust cards); a known bladder condition and a stream that will not start at all today
(`bladder_organ` and `go_fail`). Their calm side: a painkiller's constipation with the urge
it dulls, little urine from little drink, no pain felt, an exercise that is felt nothing in.
Wordings are the author's own, never copied from a set (the larger probe set is
tests/data/triage_probes_function.tsv)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

URGENT = [
    # no feeling of it passing, of needing to go, of having gone
    "the poo came out and I honestly didn't feel it, back went on monday",
    "no sensation at all when I wee since the disc slipped",
    "I don't feel when my bladder is full any more, my back is wrecked",
    "no urge for the toilet since yesterday lunchtime, lower back agony",
    "dad opened his bowels in the chair without knowing, the carer says his back is bad",
    # a bladder or bowel that does not empty
    "sat on the loo forever and my bladder still feels full, disc pain both sides",
    "my bowels never feel empty however long I sit, back pain since friday",
    # a feeling lost during sex
    "sex last night and I felt nothing, not a thing, since my back went",
    # a known condition, and today a stream that will not start at all
    "been on tamsulosin two years but since this morning I can't go at all",
    # a commode, a toilet or a loo where nothing will come; underwear spoilt by what was
    # not felt coming; a question that tells one's own sign after naming the condition
    "on the commode for ages and nothing would come, my back has been agony since friday",
    "spoilt my pants again, didn't feel it coming, back went at the weekend",
    "is it normal with sciatica to not feel when you need a wee? since tuesday",
    # the nurse's instruction, then the report
    "the practice nurse told me to mention it: I can't tell if I need a poo any more",
]

CALM = [
    # a painkiller's constipation, and the urge it dulls
    "no urge for a poo since the co-codamol, a bit bunged up",
    # little urine from little drink
    "hardly weed all day, forgot to drink on a long shift, back's ok",
    # no pain felt is no feeling lost
    "I don't feel any pain when I pee, only in my back",
    # a long-known bladder, unchanged
    "no feeling of needing a wee for years with my MS, same as ever, the back is new",
    # questions about what a sign means
    "what does it mean if you can't feel when your bladder is full?",
    # the same words away from a body function
    "no urge to do the stretches today, is that ok",
    "had my prostate checked, all fine, and I can't go at all to the gym with this back",
    "the nurse told me to mention it if I can't tell whether I need the loo",
]


@pytest.mark.parametrize("message", URGENT)
def test_a_function_and_its_loss_is_caught(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", CALM)
def test_the_same_words_with_their_own_cause_stay_calm(ask, message):
    assert_calm(ask(message), message)
