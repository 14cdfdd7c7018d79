"""A span's labels read once for each set of them (stop 32, phrases32).

The context reader asked every label of every span, in every sentence, whether it names a
rule, a word that must be there, a stop word, a person or a concept (millions of
`startswith` calls over tests/data). Those readings are now kept for each set of labels;
here each is checked against the plain reading it replaces, on the spans of sentences of
tests/data and on small cases, near misses beside the hits."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import context
from bot.engine.context import Span
from bot.engine.pipeline import Compiled, compile_knowledge
from bot.engine.text import sentences
from bot.knowledge import Knowledge

DATA = Path(__file__).parent / "data"
SETS = ("triage_aa.tsv", "triage_fi.tsv", "triage_fn.tsv", "holdout47.tsv")
PREFIXES = (context._RULE, context._NEED, context._UNSAID, context._STOP)


def _messages() -> list[str]:
    found: list[str] = []
    for name in SETS:
        path = DATA / name
        if path.exists():
            found.extend(line.split("\t")[0] for line in path.read_text().splitlines()[:100])
    return found


@pytest.fixture(scope="module")
def compiled(kb: Knowledge) -> Compiled:
    return compile_knowledge(kb)


def _rules_by_scan(labels: frozenset[str], prefix: str) -> list[tuple[int, str]]:
    return sorted((int(lb[len(prefix):]), lb) for lb in labels if lb.startswith(prefix))


def test_each_spans_labels_read_once_read_as_each_time(compiled: Compiled) -> None:
    triage = compiled.triage
    named = 0
    for message in _messages():
        for part in sentences(message):
            for x in triage._index.find(triage._tokens(part)[0]):
                for prefix in PREFIXES:
                    assert list(context._labelled(x, prefix)) == _rules_by_scan(x.labels, prefix)
                    named += bool(context._labelled(x, prefix))
                assert context._concepts(x) == frozenset(
                    lb for lb in x.labels if not lb.startswith("\x00"))
                assert list(context._kinds(x.labels)) == sorted(
                    lb[len(context._WHO):] for lb in x.labels if lb.startswith(context._WHO))
    assert named > 100


@pytest.mark.parametrize("labels, prefix, expected", [
    ({"\x00rule12", "\x00rule3", "numbness"}, context._RULE,
     [(3, "\x00rule3"), (12, "\x00rule12")]),                # by number, not as text
    ({"\x00need4", "\x00rule4"}, context._NEED, [(4, "\x00need4")]),
    ({"\x00unsaid7"}, context._RULE, []),        # near miss: another kind of label
    ({"rule5"}, context._RULE, []),             # a concept's name is no rule
    (set(), context._RULE, []),
])
def test_a_kind_of_label_names_its_rules_in_the_order_they_are_written(
        labels: set[str], prefix: str, expected: list[tuple[int, str]]) -> None:
    span = Span(0, 1, frozenset(labels))
    assert list(context._labelled(span, prefix)) == expected
    assert list(context._labelled(Span(2, 4, frozenset(labels)), prefix)) == expected


def test_a_span_inside_a_longer_look_alike_names_no_rule() -> None:
    fell = Span(0, 1, frozenset({"\x00rule2"}))
    asleep = Span(0, 2, frozenset({context._PSEUDO}))
    alone = Span(3, 4, frozenset({"\x00rule2"}))
    assert [(x.start, i) for x, i in context._said([fell, asleep, alone], context._RULE)] == [
        (3, 2)]
    same = Span(0, 1, frozenset({context._IDIOM}))  # as long as it: the rule holds
    assert [(x.start, i) for x, i in context._said([fell, same], context._RULE)] == [(0, 2)]


def test_concepts_and_people_are_read_apart_from_cues() -> None:
    labels = frozenset({"numbness", "\x00rule1", f"{context._WHO}writer", f"{context._WHO}other"})
    assert context._concepts(Span(0, 1, labels)) == frozenset({"numbness"})
    assert context._kinds(labels) == ("other", "writer")
    assert context._kinds(frozenset({"numbness"})) == ()
