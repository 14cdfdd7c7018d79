"""speed49: what a span's labels name (its concepts, the rules of each kind, the kinds of
person) is read once for every label set of the knowledge's own phrases, when the phrase
index is frozen, and kept for good; a set no phrase has is still read by a message cache and
forgotten with its message. The tables must read exactly what the plain reading reads, and
no message may add to them."""

from __future__ import annotations

import pytest

from bot.engine import answer, compile_knowledge, context
from bot.engine.context import Span
from bot.knowledge import Knowledge

PREFIXES = (context._RULE, context._NEED, context._UNSAID, context._STOP)


def _plain(labels: frozenset[str]) -> tuple[object, ...]:
    """The labels read as the engine read them before the tables, from scratch."""
    return (frozenset(lb for lb in labels if not lb.startswith("\x00")),
            *(tuple(sorted((int(lb[len(p):]), lb) for lb in labels if lb.startswith(p)))
              for p in PREFIXES),
            tuple(sorted(lb[len(context._WHO):] for lb in labels
                         if lb.startswith(context._WHO))))


def _read(labels: frozenset[str]) -> tuple[object, ...]:
    span = Span(0, 1, labels)
    return (context._concepts(span), *(context._labelled(span, p) for p in PREFIXES),
            context._kinds(labels))


def test_every_label_set_of_the_index_is_known_and_read_as_before(kb: Knowledge) -> None:
    index = compile_knowledge(kb).triage._index
    sets = {labels for options in index._index.values() for _, labels in options}
    assert len(sets) > 500
    assert sets <= context._KNOWN_CONCEPTS.keys()
    for labels in sets:
        assert _read(labels) == _plain(labels), sorted(labels)
    assert any(context._KNOWN_NAMED[labels, context._RULE] for labels in sets)
    assert any(context._KNOWN_KINDS[labels] for labels in sets)


@pytest.mark.parametrize("labels", [
    frozenset({"pain", "\x00rule12", "\x00rule3", "\x00who:partner"}),
    frozenset({"\x00need7", "\x00unsaid2", "\x00stop40", "numb"}),
    frozenset(),
])
def test_a_set_no_phrase_has_is_read_the_same_and_not_kept(kb: Knowledge,
                                                           labels: frozenset[str]) -> None:
    """Near miss: a set made while a message is read (not among the knowledge's) gets the
    same reading, from a message cache that is emptied after, and never joins the tables."""
    analyzer = compile_knowledge(kb).analyzer
    known = len(context._KNOWN_CONCEPTS)
    with analyzer.reading():
        assert _read(labels) == _plain(labels)
    assert context._rules_named.cache_info().currsize == 0
    assert context._kinds_of.cache_info().currsize == 0
    assert len(context._KNOWN_CONCEPTS) == known


def test_answering_adds_nothing_to_the_tables(kb: Knowledge) -> None:
    compile_knowledge(kb)
    sizes = (len(context._KNOWN_CONCEPTS), len(context._KNOWN_NAMED),
             len(context._KNOWN_KINDS))
    answer(kb, "my partner says her leg went numb after the fall, mine is fine")
    answer(kb, "Craig has had back pain for 3 weeks and he is hot, writing for Craig")
    assert sizes == (len(context._KNOWN_CONCEPTS), len(context._KNOWN_NAMED),
                     len(context._KNOWN_KINDS))
