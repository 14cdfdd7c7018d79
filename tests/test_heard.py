"""Voice-to-text breaks our long, rare words into everyday words that sound alike ("sigh
attica"): the analyser hears them as the word again, by Double Metaphone's keys and nearly
the same letters, and never turns everyday words into ours."""

from __future__ import annotations

import pytest

from bot.engine import compile_knowledge


@pytest.fixture(scope="module")
def words(kb):
    analyzer = compile_knowledge(kb).analyzer
    return analyzer.words


@pytest.mark.parametrize(("message", "heard"), [
    ("is gabba pentin any good for the sigh attic a", {"gabapentin", "sciatica"}),
    ("my physio showed me the pair a form is stretch", {"piriformis"}),
    ("the pain clinic offered an eppy dural", {"epidural"}),
    ("can i mix nap rocks in with it", set()),  # pieces our own words: left alone
    # one sound off, and closer in letters
    ("would a cairo practor help", {"chiropractor"}),
    ("they said spinal stent oasis", {"stenosis"}),
    ("my hammer strings are so tight", {"hamstring"}),
])
def test_words_broken_by_voice_to_text_are_heard_again(words, message, heard):
    assert heard <= set(words(message))


@pytest.mark.parametrize("message", [
    "she sits at her desk all day",  # "chests"
    "scan the code on the box",  # "codeine"
    "it might have a negative effect",  # "inactive"
    "he reckons a week is enough",  # "recognise"
    "i tried the rice sack trick",
    "best tv box sets to binge",
    "im a continence nurse on a ward",  # a small word beside a whole one is no split
    "retail therapy ideas for a rainy day",  # a word of ours is a word of its own
])
def test_everyday_words_are_never_heard_as_ours(words, kb, message):
    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.heard(message.split()) == message.split()


@pytest.mark.parametrize(("message", "kind", "entry_id"), [
    ("which is better for sigh attic a, i bee pro fen or para set a mol", "faq", "painkillers"),
    ("the pain clinic offered an eppy dural, is it worth it", "faq", "injections"),
    ("what's the best way to do the quad ri seps stretch", "exercise", "quadriceps-stretch"),
])
def test_a_question_said_into_a_phone_is_answered(ask, message, kind, entry_id):
    a = ask(message)
    assert (a.kind, a.id) == (kind, entry_id)
