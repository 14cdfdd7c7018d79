"""Speed-ups that must not change one answer (speed47): a knowledge base that differs only in
its learned reader shares the compiled rules of the one it was made from, the message's
spelled words are cached while it is answered, and the learned reader's sums are taken in
the same order as before. Each fast path is checked against the slow one it replaces."""

from __future__ import annotations

import dataclasses
import math
from datetime import date

from triage_asserts import LEARNED_ALARMS

from bot.engine import answer, compile_knowledge
from bot.engine.learned import probabilities, tfidf_vector
from bot.knowledge import Knowledge
from bot.knowledge.learned import LearnedModel

TODAY = date(2026, 11, 25)  # conftest's day

_MESSAGES = [
    "my back hurts when I bend over to tie my shoes",
    "can't feel my saddle area and I can't pee since this morning",
    "both legs went weak on the stairs tonight",
    "what stretches help sciatica",
    "hello there",
    *LEARNED_ALARMS,
]


def _answers(kb: Knowledge) -> list[dict]:
    return [answer(kb, m, today=TODAY).to_json() for m in _MESSAGES]


def test_a_base_with_another_learned_reader_shares_the_compiled_rules(kb):
    bare = dataclasses.replace(kb, learned=None)
    shared, own = compile_knowledge(bare), compile_knowledge(kb)
    assert shared.analyzer is own.analyzer and shared.matcher is own.matcher
    assert shared.triage is not own.triage  # each reads its own base's learned reader


def test_the_shared_rules_answer_as_rules_compiled_afresh(kb):
    bare = dataclasses.replace(kb, learned=None)
    # A new `messages` dict (equal, not the same object) makes a base compiled from scratch.
    fresh = dataclasses.replace(kb, learned=None, messages=dict(kb.messages))
    assert compile_knowledge(fresh).analyzer is not compile_knowledge(kb).analyzer
    assert _answers(bare) == _answers(fresh)


def test_each_base_keeps_its_own_learned_reader(kb):
    bare = dataclasses.replace(kb, learned=None)
    learned_with = [f for m in LEARNED_ALARMS for f in answer(kb, m, today=TODAY).findings
                    if f.source == "learned"]
    assert learned_with  # the learned reader warns on these near misses ...
    assert not [f for m in LEARNED_ALARMS for f in answer(bare, m, today=TODAY).findings
                if f.source == "learned"]  # ... and the rules alone never do
    # and the base with the reader, compiled first, still has it after the bare one
    assert [f for m in LEARNED_ALARMS for f in answer(kb, m, today=TODAY).findings
            if f.source == "learned"] == learned_with


def test_cached_words_are_the_uncached_words(kb):
    analyzer = compile_knowledge(kb).analyzer
    for text in [*_MESSAGES, "cnt pee n my legz r numbbb", "sigh attica down my leg"]:
        uncached = analyzer.synonyms.apply(list(analyzer._spelled_uncached(text)))
        assert analyzer.words(text) == uncached
        assert analyzer.words(text, strict=True) == \
            analyzer._strict.apply(list(analyzer._spelled_uncached(text)))
    analyzer.forget_messages()


def _probabilities_by_index(model: LearnedModel, text: str) -> dict[str, float]:
    """The learned reader's chances summed class by class, index by index (as before)."""
    logits = list(model.intercepts)
    for features in model.features:
        for gram, value in tfidf_vector(features, text).items():
            weights = features.terms[gram][1]
            if weights is not None:
                for k, w in enumerate(weights):
                    logits[k] += value * w
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    total = math.fsum(exps)
    return {c: e / total for c, e in zip(model.classes, exps, strict=True)}


def test_learned_chances_are_bit_for_bit_the_same(kb):
    assert kb.learned is not None
    for text in _MESSAGES:
        assert probabilities(kb.learned, text) == _probabilities_by_index(kb.learned, text)
