"""Issue 8, stop 54 (join54): scope53 and words53 landed together, and off-topic messages
of stop 54's question sets. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_offered

# Part 1: a sense named inside a comparison is the writer's yardstick.

LIKENED = (
    # UK
    "Think I'm doing the cat stretch wrong - I hold my breath, same as when I'm threading a "
    "needle. Is that one of the usual mistakes?",
    # US
    "I hold my breath through the stretches as if I was threading a needle, is that wrong",
    # Indian English
    "sir while doing stretches i am holding breath similar to when i am threading needle, is "
    "it mistake",
    # voice-to-text
    "am i doing the stretches wrong i hold my breath the same as when im threading a needle",
)


@pytest.mark.parametrize("message", LIKENED)
def test_a_sense_named_in_a_comparison_is_a_yardstick(rules_alone, message):
    """A sense of a shared word ("sewing and its machine": a needle threaded) named after a
    phrase that opens a comparison (`likening`: "same as when", "as if", "similar to") is
    the writer's yardstick for what they do in the stretches, no other topic: the question
    about the stretches' mistakes is answered (holdout52 was declined with scope53)."""
    assert_offered(rules_alone(message), "common-mistakes")


SEWING_COMPARED = (
    "is a twin needle the same as a normal needle on a sewing machine",
    "my sewing machine skips stitches as if the needle is blunt, what do I do",
    "is a C6 disc bulge the same as a slipped disc",
)


@pytest.mark.parametrize("message", SEWING_COMPARED)
def test_a_sense_named_before_the_comparison_is_still_its_own(rules_alone, message):
    """A sense named before the comparison is what the message is about: sewing's needles
    and stitches, the neck's disc, still declined."""
    assert_declined(rules_alone(message), message)
