"""Cauda equina told the ways these writers tell it (stop 21, reach).

No wee since a time of day, said as a wee not done, had or managed ("a wee", "a pee" are read
as urine, and so now is "a urine" in a rule's phrase, so the phrases written that way are
found); no urge to go for hours or since a time; a toilet called the gents or the ladies (a
place, not a man); "me and my wife" as one subject with the writer; a numbness likened to
frozen peas or ice, which explains nothing (`likened` in triage.yaml), and a cold seat that
was not felt; a sofa named in a question after the sign; the anus and the inner thighs in
slang; the other leg now with "the exact same"; "not be able to" as cannot; "it's been like
that since" after an "if" as a report; both legs "with the nerve pain", never nerves of fear.
Their near misses stay calm: a wee put off for meetings and done later, no urge to go to the
gym, a couple's backs, going private, water retention, a difference asked between a weak leg
and a sore one, one side named after a question about both, a tent that leaks, tired legs
at the end of a shift, a wee held back while a nurse watched, legs asleep on the bog, "just
knackered". Wordings are the author's own, never copied from a set (the probe set
is tests/data/triage_probes_reach21.tsv, written before the rules).
"""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

URGENT = [
    # no wee since a time of day, the act said as not done, had or managed
    "not done a wee since half six this morning and it's teatime, back is bad",
    "hasn't managed a pee since last night, his back went on friday",
    # no urge to go, for hours or since a time of day
    "no urge to go for 15 hours, lower back agony",
    # a toilet called by whom it is for
    "stood at the gents for five minutes and nothing happens, back is bad",
    "in the ladies at work, nothing happens when I try, back agony since friday",
    # the writer and a partner as one subject
    "me and the wife had sex last night and I felt nothing at all, disc went on monday",
    # a numbness likened to cold, and a cold not felt
    "my fanny's gone numb, like sitting on frozen peas, since yesterday",
    "couldn't feel the cold loo seat on my backside this morning, back is bad",
    # a question after the sign names a sofa, and explains nothing
    "my bum is numb cos of my back, what can I do on the settee",
    # slang for the anus and the inner thighs
    "ring piece feels numb since this morning, back went on sunday",
    # the other leg now with the very same
    "sciatica in my left leg for a month but now my right leg has the exact same pain",
    # "not be able to", and an "if" told as so in the next sentence
    "is it normal to not be able to pee after lifting? been trying since lunch",
    "If my privates go numb is that the disc? It's been like that since this morning.",
    # both legs with the nerve pain
    "both legs going dead with the nerve pain now",
]

CALM = [
    "not had a wee since lunch, back to back meetings, went fine at 4",
    "no urge to go to the gym for weeks, sciatica has flattened me",
    "me and my husband both have sciatica, his is worse than mine",
    "went private for the MRI, worth every penny for my back",
    "the water retention from the steroids is going down, back is okay",
    "what's the difference between a leg that's weak and one that's just sore?",
    "Does sciatica ever go into both legs? Mine is only the left. Just wondering.",
    "my sleeping bag is wet from the tent leaking, back is stiff this morning",
    "both legs ache at the end of a 12 hour shift on the ward, fine after a sit down",
    # a wee held back while someone watched; legs asleep on the toilet; worn out
    "couldn't pee at the clinic because the nurse was watching, went fine at home",
    "sat on the bog scrolling for an hour and both legs went to sleep, fine in a minute",
    "too tired for sex after the night shift, not numb or anything, just knackered",
]

# ... and the same kinds of things said with the sign itself still warn
URGENT_BESIDE = [
    "sat on the loo for ages and both legs went numb and they still are an hour later",
    "the nurse was watching when I tried to pee and nothing would come out at all, back agony",
    "I'm knackered, can't feel anything during sex since my disc went",
]


@pytest.mark.parametrize("message", URGENT)
def test_cauda_equina_told_these_ways_is_caught(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", URGENT_BESIDE)
def test_the_same_settings_with_the_sign_still_warn(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


def test_a_urine_in_a_phrase_reads_as_a_wee(kb):
    """A rule's phrase written "a urine" is found where a message says "a wee" or "a pee"."""
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.tokens("havent managed a urine") == analyzer.tokens("havent managed a wee")
    assert analyzer.tokens("not had a urine") == analyzer.tokens("not had a pee")
