"""Issue 7's upkeep, stop 51 (move51): the refit's churn is counted by the engine itself, so
that no gate it has is forgotten (stop 50's refit lost a catch under the `untimed` bar that
`learn_flips`, which re-implemented the gates without it, did not see). Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

import dataclasses
import math

from bot.knowledge import Knowledge
from bot.knowledge.learned import LearnedModel
from bot.maintainers import learn_flips

PAIN = "persistent-pain"
AFTER_WALKS = "pain down my leg after every walk the physio told me to do"
"""Persistent pain told with no time, no course and nothing it stops: the `untimed` gate's
kind of message, warned of by the reader alone above its bar (0.97) only."""


def _sure(kb: Knowledge, flag: str, chance: float) -> LearnedModel:
    """The shipped model with no features: every message reads `flag` at `chance` of a sign
    (the rest spread thin over the other flags)."""
    model = kb.learned
    assert model is not None
    thin = 1e-4
    others = [c for c in model.classes if c not in (model.none, flag)]
    logits = tuple(math.log(1 - chance) if c == model.none
                   else math.log(chance - thin) if c == flag
                   else math.log(thin / len(others)) for c in model.classes)
    return dataclasses.replace(model, intercepts=logits, features=())


def test_a_refit_that_moves_a_chance_across_a_gates_bar_only_is_a_bot_flip(kb):
    """A chance that falls from 0.975 to 0.965 stays above persistent pain's bar (0.95), so
    the model alone flips nothing, but it crosses the `untimed` gate's 0.97: the engine
    answered the message with a warning before and without one after, a lost catch."""
    before, after = _sure(kb, PAIN, 0.975), _sure(kb, PAIN, 0.965)
    flipped, changes = learn_flips.compare(kb, [AFTER_WALKS], before, after)
    assert flipped == []
    [(text, was, now)] = changes
    assert text == AFTER_WALKS and was == ("urgent", PAIN, "soon") and now[0] != "urgent"
    where = {AFTER_WALKS: [("tests/data/some_set.tsv:3", PAIN)]}
    assert learn_flips.sort(kb, changes, where)["catches lost"] == changes
    assert learn_flips.sort(kb, changes, {})["unlabelled"] == changes


def test_only_a_chance_that_crosses_a_number_of_the_model_needs_the_engine(kb):
    """The gates' numbers are found whatever their names (`untimed` among them); a chance
    that moves without crossing any, nor changing its flag, answers the same and is not
    answered twice; nor is a message the model reads calm (below its lowest bar) with both,
    whatever flag it leans to."""
    assert kb.learned is not None
    assert 0.97 in learn_flips.numbers(kb.learned)
    classes = list(kb.learned.classes)

    def row(flag: str, chance: float) -> list[float]:
        model = _sure(kb, flag, chance)
        return [math.exp(v) / sum(math.exp(x) for x in model.intercepts)
                for v in model.intercepts]

    first = [row(PAIN, 0.975), row(PAIN, 0.975), row(PAIN, 0.975), row(PAIN, 0.3)]
    second = [row(PAIN, 0.965), row(PAIN, 0.974), row("distress", 0.975), row("distress", 0.3)]
    assert learn_flips.moved(kb.learned, classes, first, second) == [True, False, True, False]


def test_a_sign_the_rules_warn_of_is_no_flip_whatever_the_model_says(kb):
    """An emergency the rules warn of answers the same with a calm model and a sure one; a
    near miss the model becomes sure of is answered with its warning (test_triage_learned's
    check of the old count, which read the gates by hand, now read by the engine)."""
    emergency = "my legs gave way and I wet myself and cannot feel the toilet paper"
    near = "the physio reviews my knee twice a year and says it is steady now"
    calm, sure = _sure(kb, PAIN, 0.2), _sure(kb, PAIN, 0.999)
    _, changes = learn_flips.compare(kb, [emergency, near], calm, sure, every=True)
    assert [(t, now[:2]) for t, _, now in changes] == [(near, ("urgent", PAIN))]
