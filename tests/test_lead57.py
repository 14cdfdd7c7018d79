"""Issue 7, stop 57 (lead57): a crisis told with a verb the language layer puts as one word
of another ("knocked back" is "take"). Wordings are the lead's own."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns


def test_words_put_as_one_keep_their_place_as_written(rules_alone):
    """Cause: `_as_written` placed a written word only where the synonyms kept the number of
    words, so "just necked" or "knocked back" (put as "take") had no place and the count
    told after them was never read as an act done. Kind: several written words put as one
    stem are each placed on that stem; a habit or a question with the same verbs stays calm."""
    warn = ("just necked 15 co-codamol",
            "knocked back 20 co-codamol",
            "knocked back 20 paracetamol with vodka")
    calm = ("can i knock back 12 ibuprofen a day",
            "I take 12 naproxen a day, is that too many",
            "how many paracetamol can I knock back in a day")
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, calm)
