"""Issue 8, stop 55 (join55): join54's part 2 landed with its one-word terms that stem like
common words made longer, then off-topic messages answered or read as urgent. Wordings are
the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_each_emergency, assert_each_without

# Part 1: the one a writer calls fit, said without a one-word "person" or "athlete".

FIT_DESCRIPTION = (
    # UK
    "I'm a fit person, so why has my back suddenly gone?",
    # Australian
    "he's a really fit bloke, surfs every morning, now can't bend",
    # Indian English
    "i am a fit athlete sir, still getting pain in lower back while running",
    # older writer
    "as a fit 68 year old I'm surprised sciatica has caught up with me",
    # voice-to-text
    "shes a fit personal trainer and her back locks up after squats",
)
FIT_HAD_STILL = (
    "I'm a carer and my client had a fit this morning, she hit her back on the floor",
    "she's having a fit and her back is arching",
    "he's a fit and he's shaking all over, what do I do",
    "i am a diabetic and had a fit last night, back killing me since",
)


def test_a_fit_said_of_who_one_is_is_fitness(rules_alone):
    """"A fit" said of who one is ("I'm a fit person", "he's a fit bloke", "as a fit 68 year
    old"; triage `figurative` forward from "I'm a", "he's a", "as a") is fitness, read
    without a one-word "person" or "athlete" (they stem like "personal", "athletic"); a fit
    had, or a fit named beside what it does, still calls an ambulance."""
    assert_each_without(rules_alone, FIT_DESCRIPTION, "general-emergency")
    assert_each_emergency(rules_alone, FIT_HAD_STILL)

