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
Its probe lists are in tests/probes/triage_mixed23.tsv."""

from __future__ import annotations

from triage_asserts import assert_caught

from bot.engine.pipeline import compile_knowledge


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
