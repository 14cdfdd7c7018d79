"""Messages that mix English with another language (stop 23, issue 7's reach).

People text family in Hinglish, Taglish, Spanglish, Singlish, Pidgin, Arabizi and Swahili
mixed with English, and write to the bot the same way. `language.yaml`'s `mixed` holds, for
each language, the everyday words for what triage reads (the back, a leg, the bladder,
numbness, weakness, a fall, fever, weeks, dying ...) and the small words that deny or tell a
time, read as English; a phrase whose order differs from English ("bukhar nahi", "hindi
ako") is listed whole. A language's words are read only where the message has one of its own
words, so a word that is English too ("pair", "pet", "sun", "pie") stays English elsewhere,
and a word two languages share ("wala") tells neither. Wordings are the author's own, never
copied from a set (the probe set is tests/data/triage_probes_mixed23.tsv, written first).
"""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine.pipeline import compile_knowledge

SIGNS = [
    # Hindi and Urdu
    ("kal raat se peshab nahi hua, kamar mein dard bahut hai", "cauda-equina"),
    ("dono taang sunn ho gaye hain aaj subah se, peeth dard bhi", "cauda-equina"),
    ("aath hafte ho gaye kamar dard ko, koi farak nahi pada", "persistent-pain"),
    ("bukhar hai aur kaanp raha hoon, peeth mein dard", "serious-illness-signs"),
    ("meri taang har din kamzor hoti ja rahi hai, seedhiyan nahi chadh pata",
     "progressive-weakness"),
    # Tagalog
    ("mula kagabi hindi ako makaihi, sumasakit ang likod ko", "cauda-equina"),
    ("namamanhid ang pwet ko simula kaninang umaga, masakit likod", "cauda-equina"),
    ("tatlong buwan na masakit ang likod ko, walang pagbabago", "persistent-pain"),
    ("nilalagnat ako at nanginginig, masakit ang likod", "serious-illness-signs"),
    # Spanish
    ("desde ayer no puedo orinar y me duele mucho la espalda", "cauda-equina"),
    ("tengo fiebre y escalofrios, y dolor de espalda", "serious-illness-signs"),
    ("la pierna cada dia mas debil, ya no puedo caminar bien", "progressive-weakness"),
    # Swahili and Arabizi
    ("nina homa, maumivu ya mgongo tangu jana", "serious-illness-signs"),
    ("3andi sukhuneh w ra3sheh, dahri bywja3ni", "serious-illness-signs"),
    # Twi in Ghanaian English
    ("chale atiridii since yesterday and me sisi ye me ya paa", "serious-illness-signs"),
]

CALM = [
    # denied in the language's own order
    ("bukhar nahi hai, bas kamar thodi akdi hui hai", "Hindi: no fever"),
    ("peshab theek hai, sunn bhi nahi, sirf peeth dard", "Hindi: all fine"),
    ("wala akong lagnat, ok naman ang ihi ko, masakit lang ang likod", "Tagalog: no fever"),
    ("no tengo fiebre, solo me duele la espalda al sentarme", "Spanish: no fever"),
    ("sina homa, ni maumivu ya mgongo tu", "Swahili: no fever"),
    ("sabi ng doktor sign daw ng malala ang pamamanhid, buti wala ako niyan",
     "Tagalog: a sign asked about, then denied"),
    ("chale me sisi ye me ya small, daabi fever, I dey manage", "Twi: no fever"),
    # someone else's
    ("mi hija tiene fiebre, cargarla me duele la espalda", "Spanish: a daughter's fever"),
    ("yung nanay ko may lagnat, ako naman likod lang", "Tagalog: a mother's fever"),
    # an English word that is a word of another language, in English
    ("bought a new pair of trainers for my walks, back feels better", "pair"),
    ("sat in the sun all afternoon, is heat good for sciatica", "sun"),
    ("my pet rabbit jumps on the bed, is that bad for my back", "pet"),
    ("had apple pie at my nan's, back is fine today", "pie"),
    # a word of two languages tells neither: Twi "paa" (very) is no Tagalog foot
    ("chale me sisi ye me ya paa but I dey waka small small", "paa"),
]


@pytest.mark.parametrize(("message", "flag"), SIGNS)
def test_a_sign_told_in_a_mixed_language_is_caught(ask, message, flag):
    assert_caught(ask(message), message, flag)


@pytest.mark.parametrize(("message", "why"), CALM)
def test_denied_someone_elses_or_english_stays_calm(ask, message, why):
    assert_calm(ask(message), message)


def test_a_language_is_read_only_beside_its_own_words(kb):
    """"pair" is a leg beside Hindi and a pair in English; "wala", a word of Hindi and of
    Tagalog, tells neither language."""
    analyzer = compile_knowledge(kb).analyzer
    assert "leg" in analyzer.context_words("dono pair mein dard hai")
    assert "pair" in analyzer.context_words("a pair of shoes")
    assert {"no", "fever"} <= set(analyzer.context_words("wala akong lagnat"))


def test_the_course_of_the_pain_is_read_in_english(ask):
    """"hakuna improvement" is no improvement, not an improvement that eases the worry."""
    message = "nimekuwa na maumivu ya mgongo wiki nane sasa, hakuna improvement"
    assert_caught(ask(message), message, "persistent-pain")
