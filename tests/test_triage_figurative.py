"""Signs said for effect, and small everyday events told with how they ended (stop 19):
a thermometer that reads normal anywhere in a message, a tumble whose outcome is told in a
sentence of its own, a bleed that has stopped, a nose blocked by a cold, a machine or an
app that "crashed", and a threat of self-harm made of an everyday annoyance and laughed
off. The serious side of each stays: a raised temperature, a fall that hurt the back, a
bleed that will not stop, a crisis told with a laugh. Wordings are the author's own, never
copied from a set. Its probe lists are in tests/probes/triage_figurative.tsv."""

from __future__ import annotations


def test_a_normal_reading_in_another_sentence_denies_the_shivers(ask):
    """A rule that reaches the whole message (`within: message`) holds for every sentence,
    and its `whole` unsaid words bar it anywhere: the same shivers with a raised reading
    said elsewhere still warn."""
    calm = ask("Shivers on and off since lunch. Temp normal though.")
    assert not any(f.reply == "warn" for f in calm.findings), calm.findings
    hot = ask("Shivers on and off since lunch. Temp normal at first, 38.9 now.")
    assert hot.kind == "urgent", hot.id


def test_kidding_is_no_child(ask):
    """"kidding" once stemmed to "kid", a child: a sign after it became someone else's."""
    a = ask("kidding aside, my leg gave way twice on the stairs today")
    assert a.kind == "urgent" and a.id == "progressive-weakness", (a.kind, a.id)
