"""A sign that is the person's usual is not new (`usual` in triage.yaml, stop 17): the
everyday symptom of a long-known condition (a neuropathy's numb feet, an overactive
bladder, a big prostate's slow stream, leaks since a birth, an MS leg), told as "my usual",
"as always", "since I was small", "known", "diagnosed", "that's my MS", or years of it, is
not reported now. A careful clinician's rule: the same sign said to be new, worse,
different, spreading, or tied to the back's start still warns. Wordings are the author's
own, never copied from a set (the larger probe set is tests/data/triage_probes8.tsv).
Its probe lists are in tests/probes/triage_usual.tsv."""

from __future__ import annotations

from datetime import date

from bot.engine import compile_knowledge

TODAY = date(2026, 11, 25)


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
