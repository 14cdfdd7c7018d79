"""A sign that is the person's usual is not new (`usual` in triage.yaml, stop 17): the
everyday symptom of a long-known condition (a neuropathy's numb feet, an overactive
bladder, a big prostate's slow stream, leaks since a birth, an MS leg), told as "my usual",
"as always", "since I was small", "known", "diagnosed", "that's my MS", or years of it, is
not reported now. A careful clinician's rule: the same sign said to be new, worse,
different, spreading, or tied to the back's start still warns. Wordings are the author's
own, never copied from a set (the larger probe set is tests/data/triage_probes8.tsv)."""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import compile_knowledge

TODAY = date(2026, 11, 25)

CALM = [
    # the words of being usual, beside the sign
    "wobbly legs after a long shift are my usual, nothing to do with the back",
    "I pee a lot at night as always, it's the sciatica I need help with",
    "clumsy and tripping over since I was little, the back is what's new",
    # a long-term condition named as the cause
    "the tingly toes are from my diabetes, had them ages, what helps sciatica?",
    "that's my MS making the legs heavy, nothing new there. stretches for my back?",
    "her dribbling is part of her prostate trouble, the urologist keeps an eye on it",
    # known, diagnosed or treated, said at the end of its clause
    "leaking when I sneeze since the twins, diagnosed. is pilates good for sciatica?",
    "the urgency has been checked plenty. back exercises please",
    # years of it: a bladder, a numb foot
    "I've had an overactive bladder for ten years, it's the leg pain that's new",
    "numb on the outside of my foot for years since an old injury, the back is the issue",
    # a change that is only the back's
    "my waterworks have been the same as always for years, only the sciatica is new",
    # an old injury's foot, in a splint
    "my right foot has dangled since an old nerve injury at rugby, I wear a splint for it",
]

# The back's own "issue", a bladder episode that has been fine since: words that met a sign
# of another kind in the message.
OTHER_CALM = [
    "weed a bit when I coughed, years back. The sciatica is the main problem these days",
    "My bowels were off with the antibiotics last month, sorted since. Sciatica is the issue",
]

OTHER_URGENT = [
    # a bladder said beside the "problem" is still the bladder's
    ("the bladder problem is my back, I think, can't go since last night", "cauda-equina"),
    # an old injury, then something new
    ("my foot has dragged since an old injury but the other one is dragging now too",
     "progressive-weakness"),
]

URGENT = [
    # the same conditions with a new or changed sign
    ("numb toes are my usual from diabetes, but since the back went my bottom is numb too",
     "cauda-equina"),
    ("I always pee a lot at night, but today I can't get anything out at all", "cauda-equina"),
    ("that's my MS I thought, but the leg is getting weaker every day and now drags",
     "progressive-weakness"),
    ("prostate trouble for years, the flow is suddenly much worse and I'm leaking",
     "cauda-equina"),
    ("leaking when I sneeze since the twins, diagnosed, but now I'm wetting myself without "
     "knowing", "cauda-equina"),
    # a change said in the next sentence, or by tying it to the back's start
    ("Overactive bladder for years. It's different since the disc went, I can't feel it "
     "coming", "cauda-equina"),
    ("known MS, the numbness is spreading up both legs this week", "cauda-equina"),
]


@pytest.mark.parametrize("message", CALM)
def test_a_usual_sign_is_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), URGENT)
def test_a_new_or_changed_sign_still_warns(ask, message, flag):
    assert_caught(ask(message), message, flag)


@pytest.mark.parametrize("message", OTHER_CALM)
def test_a_sign_of_another_kind_or_owner_is_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), OTHER_URGENT)
def test_the_same_words_beside_a_sign_still_warn(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_denied_change_is_no_change(kb):
    """'Nothing new' and 'no worse' deny the change word after them."""
    triage = compile_knowledge(kb).triage
    for message in ("my bladder urgency is my usual, nothing new",
                    "the numb feet from my neuropathy are no worse than usual"):
        reading = triage.read(message, TODAY)
        assert all(f.reply != "warn" for f in reading.findings), message


def test_a_usual_sign_shows_its_property(kb):
    """An editor sees why: the finding is dropped for `usual`."""
    reading = compile_knowledge(kb).triage.read(
        "I've had an overactive bladder for years, leaking is my usual", TODAY)
    found = [f for f in reading.findings if f.flag.id == "cauda-equina"]
    assert found and all(f.reply == "drop" and "usual" in f.properties for f in found)


def test_the_same_sign_told_as_changed_in_a_later_sentence_warns(kb):
    """The change may come anywhere in the message, not only in the sign's sentence."""
    reading = compile_knowledge(kb).triage.read(
        "Leaking is my usual with the overactive bladder. Anyway, the back. "
        "Actually the leaking is different this week.", TODAY)
    assert any(f.flag.id == "cauda-equina" and f.reply == "warn" for f in reading.findings)
