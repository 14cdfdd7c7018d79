"""The small word checks of bot/engine/text.py that several readers share."""

from __future__ import annotations

import pytest

from bot.engine.text import in_set_or_singular, singular_in

_SET = frozenset({"knee", "weight", "pain"})


@pytest.mark.parametrize("word, expected", [
    ("knee", True),      # as typed
    ("knees", True),     # a plural
    ("weights", True),   # a possessive whose apostrophe fold dropped ("weight's gone up")
    ("pains", True),
    ("kneess", False),   # one "s" only
    ("s", False),
    ("", False),
    ("hip", False),
    ("hips", False),
])
def test_a_word_is_in_a_set_as_typed_or_less_a_final_s(word, expected):
    """Sets name a word once, in the singular; a plural or a possessive "s" is that word."""
    assert in_set_or_singular(word, _SET) is expected


@pytest.mark.parametrize("word, expected", [
    ("knees", True),
    ("pains", True),
    ("knee", False),     # as typed is not less an "s"
    ("hips", False),
    ("s", False),
    ("", False),
])
def test_singular_in_reads_only_the_word_less_a_final_s(word, expected):
    """A reader that counts a plural apart ("knees": both) asks only for the "s" form."""
    assert singular_in(word, _SET) is expected


def test_singular_in_reads_a_set_whose_word_ends_in_s():
    """A set word that itself ends in "s" ("bus") is found as typed, never cut to "bu"."""
    words = frozenset({"bus"})
    assert in_set_or_singular("bus", words)
    assert not singular_in("bus", words)
