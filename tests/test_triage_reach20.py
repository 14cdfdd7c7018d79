"""Cauda equina and worsening weakness told the ways people tell them (stop 20, reach).

A sign someone else noticed that the writer did not feel ("my wife noticed I'd wet the
sheets"): "I'd" before a past participle is "I had", never "I would", so nothing is
imagined. A sign told by what the body no longer signals: a bed wet without waking, the
bladder's signal gone, a tap turned off or hours counted with no wee, a tampon not felt, a
touch not felt when an examination checked it, the saddle called "downstairs", and a
distance from help ("miles from town") that is no exertion. Both legs told as a spread from
one side ("used to be just the left"). A foot that drops, heard in the walk ("slapping noise
when I walk") or told as a foot that won't pick up or a big toe that won't come up. Their
near misses stay calm: a leak on effort since a birth, a known numb foot, a leak of oil,
footwear that slaps; and, read in general terms, a fear corrected in its sentence ("thought
I couldn't pee ... but went fine"), a sign talked about of no one ("... is an emergency"), a
numbness of the emotions, a drink dribbled, a numbing cream, "dead tired", both feet numb
from a known diabetes. Wordings are the author's own, never copied from a set (the probe set
is tests/data/triage_probes_reach20.tsv, written before the rules).
Its probe lists are in tests/probes/triage_reach20.tsv."""

from __future__ import annotations

from bot.engine.dictated import Dictated
from bot.knowledge import Dictation, Homophone


def test_a_contraction_is_read_by_the_word_after_it():
    read = Dictated(Dictation(heard=(
        Homophone(said="id", means="i had", before_endings=("ed",),
                  after=("noticed",), not_before=("have", "bleed")),
    ))).read
    assert read("realised id leaked") == "realised i had leaked"
    assert read("noticed id wet the bed") == "noticed i had wet the bed"  # after noticing
    assert read("id wet myself if i laughed") == "id wet myself if i laughed"
    assert read("id need a wee") == "id need a wee"  # too short a word to be a participle
    assert read("id have ended it") == "id have ended it"  # "have": would
    assert read("id bleed") == "id bleed"
