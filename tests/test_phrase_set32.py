"""One phrase pre-filter for the small phrase sets read in every message (stop 32, phrases32).

`PhraseSet` replaces three look-ups written apart: triage's phrases said whole (a
pregnancy's words, the writer's own life beside a duration), the scope's sayings and the
marks of a language mixed with English. Each is checked here against the plain scan of
every phrase at every place it replaces, on sentences of tests/data and on small cases,
near misses beside the hits."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from bot.engine.phrase_set import PhraseSet
from bot.engine.pipeline import Compiled, compile_knowledge
from bot.engine.text import sentences, tokenize
from bot.knowledge import Knowledge

DATA = Path(__file__).parent / "data"
SETS = ("triage_m.tsv", "triage_bf.tsv", "triage_bw.tsv", "triage_fi.tsv", "holdout20.tsv",
        "real_questions3.tsv", "offtopic.tsv", "probes_answers23.tsv")

Phrase = tuple[str, ...]


def _messages() -> list[str]:
    found: list[str] = []
    for name in SETS:
        path = DATA / name
        if path.exists():
            found.extend(line.split("\t")[0] for line in path.read_text().splitlines()[:150])
    return found


MESSAGES = _messages()


def _said_by_scan(words: Sequence[str], phrases: Sequence[Phrase]) -> bool:
    """Every phrase tried at every place, as the three readers did before."""
    return any(tuple(words[k:k + len(p)]) == p for p in phrases for k in range(len(words)))


def _places_by_scan(words: Sequence[str], phrases: Sequence[Phrase]) -> set[int]:
    return {i for p in phrases for k in range(len(words)) if tuple(words[k:k + len(p)]) == p
            for i in range(k, k + len(p))}


@pytest.fixture(scope="module")
def compiled(kb: Knowledge) -> Compiled:
    return compile_knowledge(kb)


# --- the set itself -----------------------------------------------------------------------

PHRASES = PhraseSet([("having", "a", "baby"), ("the", "baby"), ("back", "to", "square", "one")])


@pytest.mark.parametrize("words, said", [
    (("im", "having", "a", "baby"), True),
    (["the", "baby", "is", "due"], True),           # a list reads as a tuple does
    (("back", "to", "square", "one", "again"), True),
    (("a", "baby"), False),                         # near miss: part of a phrase
    (("having", "a", "laugh"), False),              # the first word, not the rest
    (("baby", "the"), False),                       # the words in the other order
    (("back", "to", "square"), False),              # cut short at the message's end
    ((), False),
])
def test_a_phrase_is_said_whole_or_not_at_all(words: Sequence[str], said: bool) -> None:
    assert PHRASES.said_in(words) is said
    assert said is _said_by_scan(words, list(PHRASES))


@pytest.mark.parametrize("words, places", [
    (("back", "to", "square", "one", "and", "the", "baby"), {0, 1, 2, 3, 5, 6}),
    (("the", "the", "baby"), {1, 2}),               # a first word said twice
    (("square", "one"), set()),                     # near miss: no first word
    (("i", "am", "back", "to", "work"), set()),     # a first word, but another phrase
])
def test_the_places_inside_a_phrase_are_each_word_of_it(words: Phrase, places: set[int]
                                                        ) -> None:
    assert PHRASES.places(words) == places == _places_by_scan(words, list(PHRASES))


def test_phrases_are_found_by_place_and_overlapping_ones_each() -> None:
    phrases = PhraseSet([("go", "go"), ("go",), ("go", "now")])
    assert list(phrases.said(("go", "go", "now"))) == [
        (0, ("go", "go")), (0, ("go",)), (1, ("go",)), (1, ("go", "now"))]


def test_an_empty_phrase_or_a_repeated_one_is_kept_once_or_not_at_all() -> None:
    phrases = PhraseSet([(), ("wait",), ("wait",), ["wait", "and", "see"]])
    assert len(phrases) == 2
    assert sorted(phrases) == [("wait",), ("wait", "and", "see")]
    assert phrases.first == frozenset({"wait"})
    assert not PhraseSet([()]).said_in(("anything",))
    assert not PhraseSet().said_in(("anything",))
    assert not PhraseSet()


# --- each reader that uses it reads what its scan read ------------------------------------

def test_triage_finds_a_pregnancy_and_the_writers_own_life_as_a_scan(compiled: Compiled) -> None:
    triage = compiled.triage
    pregnancy, own = list(triage._pregnancy), list(triage._self_told)
    assert pregnancy and own, "the knowledge names both"
    said = 0
    for message in MESSAGES:
        for part in sentences(message):
            tokens = triage._tokens(part)[0]
            for phrases, listed in ((triage._pregnancy, pregnancy), (triage._self_told, own)):
                found = phrases.said_in(tokens)
                assert found is _said_by_scan(tokens, listed), (part, listed[:3])
                said += found
    assert said > 0


def test_a_pregnancy_said_in_a_sentence_is_read_and_its_near_miss_is_not(
        compiled: Compiled) -> None:
    triage = compiled.triage
    longer = [p for p in triage._pregnancy if len(p) > 1]
    assert longer
    for phrase in longer:
        assert triage._pregnancy.said_in(("so", *phrase, "now"))
        cut = phrase[1:]  # near miss: the phrase less its first word, unless it is one too
        assert triage._pregnancy.said_in(cut) is _said_by_scan(cut, list(triage._pregnancy))


def test_the_scopes_sayings_cover_the_words_a_scan_covered(compiled: Compiled) -> None:
    scope = compiled.scope
    sayings = list(scope._sayings)
    assert sayings
    covered = 0
    samples = [compiled.analyzer.tokens(m) for m in MESSAGES]
    samples += [(*s, "my", "back") for s in sayings[:20]]  # each said, with words after
    samples += [s[:-1] for s in sayings[:20] if len(s) > 1]  # near misses: cut short
    for every in samples:
        places = scope._sayings.places(every)
        assert places == _places_by_scan(every, sayings), every
        covered += bool(places)
    assert covered >= 20


def test_a_language_mixed_with_english_is_read_only_where_its_marks_are_as_a_scan(
        compiled: Compiled) -> None:
    analyzer = compiled.analyzer
    languages = [marks for _, marks in analyzer._mixed]
    assert languages
    read = 0
    samples = [tokenize(m) for m in MESSAGES] + [["hakuna", "improvement"], ["a", "pair", "of"]]
    for tokens in samples:
        for marks in languages:
            found = marks.said_in(tokens)
            assert found is _said_by_scan(tokens, list(marks)), tokens
            read += found
    assert read > 0


@pytest.mark.parametrize("said, read", [
    ("meri kamar mein dard", True),     # Hindi and Urdu mixed with English: its own words
    ("my back pain is bad", False),     # English alone comes back as it is
])
def test_a_mixed_message_is_read_in_english_and_an_english_one_is_left(
        compiled: Compiled, said: str, read: bool) -> None:
    assert (compiled.analyzer.in_english(said) != said) is read


def test_a_set_of_the_words_given_beside_them_reads_as_the_words_alone() -> None:
    words = ("a", "and", "e", "tonight", "or", "wait")
    phrases = PhraseSet([("a", "and", "e"), ("wait",), ("hang", "on")])
    assert list(phrases.said(words, frozenset(words))) == list(phrases.said(words)) == [
        (0, ("a", "and", "e")), (5, ("wait",))]
    assert not phrases.said_in(("hang", "about"), frozenset({"hang", "about"}))


@pytest.mark.parametrize("said, weighed", [
    ("a and e tonight or wait for my gp?", True),        # one side, "or", the other
    ("should i ride it out or go to the hospital", True),
    ("i went to the hospital and waited hours", False),  # near miss: no joining word
    ("hospital or wait which signs mean i go", False),   # asked which signs: unless
    ("or wait", False),                                  # the joining word and one side
])
def test_a_question_weighing_two_courses_is_read_by_its_sides(
        compiled: Compiled, said: str, weighed: bool) -> None:
    assert bool(compiled.matcher._chosen(said)) is weighed
