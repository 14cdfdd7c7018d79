"""The engine's speed-ups of stop 31 (speed31) read exactly what the plain scans they
replace read: each indexed lookup is checked against the scan, written out here, on the
sentences of a few of tests/data's sets (carers, voice-to-text, second-language English,
questions) and on small cases of each kind, near misses beside the hits."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.context import PhraseIndex, Span
from bot.engine.dictated import RUN_ON, places_inside
from bot.engine.matching import phrase_spans
from bot.engine.phrase_set import PhraseSet
from bot.engine.pipeline import compile_knowledge
from bot.engine.text import phrase_at, sentences, tokenize
from bot.engine.triage import Triage
from bot.knowledge import Knowledge

DATA = Path(__file__).parent / "data"
SETS = ("triage_aa.tsv", "triage_w.tsv", "triage_m.tsv", "holdout.tsv", "triage_dictated.tsv")


def _messages() -> list[str]:
    found: list[str] = []
    for name in SETS:
        path = DATA / name
        if path.exists():
            found.extend(line.split("\t")[0] for line in path.read_text().splitlines()[:120])
    return found


MESSAGES = _messages()


@pytest.fixture(scope="module")
def triage(kb: Knowledge) -> Triage:
    return compile_knowledge(kb).triage


def _find_by_scan(index: PhraseIndex, tokens: list[str]) -> list[Span]:
    """PhraseIndex.find as it was: after a soft word, every phrase of the first word tried."""
    found = []
    for i, token in enumerate(tokens):
        if token not in index._index:
            continue
        following = tokens[i + 1] if i < len(tokens) - 1 else None
        if following is not None:
            options = (index._index[token] if following in index._soft
                       else index._pairs.get((token, following), []))
            for key, labels in options:
                if len(key) > 1:
                    end = index._end_of(tokens, i, key)
                    if end is not None:
                        found.append(Span(i, end, labels))
        single = index._single.get(token)
        if single is not None:
            found.append(Span(i, i + 1, single))
    return found


def _sentence_tokens(triage: Triage) -> list[list[str]]:
    return [triage._tokens(part)[0] for message in MESSAGES for part in sentences(message)]


def test_the_phrase_index_finds_what_a_scan_of_every_phrase_finds(triage):
    index = triage._index
    checked = 0
    for tokens in _sentence_tokens(triage):
        assert index.find(tokens) == _find_by_scan(index, tokens), tokens
        checked += 1
    assert checked > 300


@pytest.mark.parametrize("said", [
    "i lost some feel in my leg",      # a soft word inside the phrase
    "cant really feel my foot",
    "i cant feel anyth",                # no soft word: the pairs
    "my my my",                         # soft words and no phrase at all
    "lost",                             # the last word: nothing follows
    "i have not lost a bit of weight",  # a near miss: the words, not the phrase
])
def test_the_phrase_index_on_small_cases(triage, said):
    tokens = list(triage._analyzer.tokens(said))
    assert triage._index.find(tokens) == _find_by_scan(triage._index, tokens)


def test_the_words_as_written_are_found_as_by_a_scan_of_every_phrase(triage):
    """`_as_written` looks each word up by itself; the scan tried every phrase at every
    place. Both give the same spans, in the same order."""
    written = triage._written
    checked = 0
    for message in MESSAGES:
        for part in sentences(message):
            words = triage._analyzer.spelled_words(part)
            scanned = [(i, i + len(key), concepts) for key, concepts in written.items()
                       for i in range(len(words) - len(key) + 1)
                       if words[i:i + len(key)] == key]
            assert triage._written_hits(words) == scanned, part
            checked += bool(scanned)
    assert checked > 0


@pytest.mark.parametrize("words, phrases, expected", [
    (("go", "now", "or", "wait"), (("go", "now"), ("wait",)), [(0, 2), (3, 4)]),
    (("go", "go", "go"), (("go", "go"),), [(0, 2), (1, 3)]),
    (("wait", "and", "see"), (("go", "now"),), []),   # the first word is not there
    (("now", "go"), (("go", "now"),), []),            # the words, in the other order
    ((), (("go",),), []),
])
def test_a_choice_side_is_found_word_for_word(words, phrases, expected):
    assert phrase_spans(words, PhraseSet(phrases), frozenset(words)) == expected


def _inside_by_scan(whole: tuple[tuple[str, ...], ...], words: list[str], i: int) -> bool:
    """Whether words[i] is inside a phrase said whole, as `_starts_here` scanned it."""
    return any(i < k + len(p) for k in range(i) if (p := phrase_at(words, k, whole)) is not None)


def test_a_phrase_said_whole_is_not_cut_as_a_scan_found(triage):
    whole = triage._dictated._whole
    assert whole, "the knowledge names phrases said whole"
    samples = [tokenize(m) for m in MESSAGES] + [
        [*whole[0], "i", "went", "home"], ["now", "and", "then", "my", "leg", "goes"],
        ["and", "then", "i", "fell"], []]
    for words in samples:
        inside = places_inside(words, whole)
        for i in range(len(words)):
            assert (i in inside) == _inside_by_scan(whole, words, i), (words, i)


@pytest.mark.parametrize("said", [
    "my leg goes numb now and then i sit down",
    "it tingles every now and then when i walk far",
])
def test_a_run_on_line_is_not_cut_inside_a_phrase_said_whole(triage, said):
    read = triage._dictated.read(said)
    assert "now and then" in read.replace(RUN_ON, " ").replace("  ", " ")
