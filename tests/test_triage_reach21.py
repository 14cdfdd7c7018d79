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
Its probe lists are in tests/probes/triage_reach21.tsv."""

from __future__ import annotations


def test_a_urine_in_a_phrase_reads_as_a_wee(kb):
    """A rule's phrase written "a urine" is found where a message says "a wee" or "a pee"."""
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.tokens("havent managed a urine") == analyzer.tokens("havent managed a wee")
    assert analyzer.tokens("not had a urine") == analyzer.tokens("not had a pee")
