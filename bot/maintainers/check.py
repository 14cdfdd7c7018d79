"""Warnings about a knowledge base that loads but may answer badly.

A phrasing listed under two entries, or one that the engine would send to another entry, is
a place where users will get the wrong answer; so is a triage phrase that swallows a context
word, one listed twice, or a list item that an edit put after another field's comment.
These are warnings, not errors: the clinician decides. Each names the file, the line and the
field, as the loader's errors do.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import Any

from bot.engine import compile_knowledge
from bot.engine.context import PhraseIndex
from bot.engine.text import frequent_words, stem, tokenize
from bot.knowledge import Knowledge, Problem
from bot.knowledge.loading import FILES
from bot.knowledge.yaml_lines import LineDict, LineList, read_yaml

CLOSE = 0.05
"""A phrasing whose own entry wins by less than this is reported as too close."""
COMMON = 20_000
"""How many of the most frequent English words are checked against the triage's terms."""
_ENDINGS = ("ies", "ied", "ing", "ers", "est", "es", "ed", "er", "ly", "s", "d", "y")


def _bases(word: str) -> set[str]:
    """The word with a regular ending taken off, as it may have been before it ("running",
    "runs": "run"; "dancing": "danc", "dance"). Two words that share one are forms of the
    same word, not a collision."""
    found = {word, word[:-1]} if word.endswith("e") else {word}  # "bathe", "bath"
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)]
            found |= {base, base + "e"}
            if ending in ("ies", "ied"):
                found.add(base + "y")
            if base[-1] == base[-2]:
                found.add(base[:-1])
    return found


def stem_collisions(kb: Knowledge) -> list[str]:
    """Common English words that the triage reads as one of its one-word terms because they
    share its stem without being a form of it ("radiator" as "radiating", "several" as
    "severe"): each can raise a false alarm. Words in `stems_checked` were looked at."""
    analyzer = compile_knowledge(kb).analyzer
    rules = kb.triage
    terms = [*(t for ts in rules.concepts.values() for t in ts),
             *(t for rule in rules.context for t in rule.terms)]
    by_stem: dict[str, set[str]] = {}
    for term in terms:
        words = tokenize(term)
        if len(words) == 1 and len(words[0]) >= 4 and analyzer.words(words[0]) == words:
            by_stem.setdefault(stem(words[0]), set()).add(words[0])
    checked = set(rules.stems_checked)
    found = []
    for word in frequent_words(COMMON):
        own = by_stem.get(stem(word)) if len(word) >= 4 else None
        if not own or word in own or word in checked or analyzer.words(word) != [word]:
            continue
        if any(_bases(word) & _bases(term) for term in own):
            continue
        found.append(f"triage.yaml: '{word}' reads as the term '{min(own)}' (same stem); "
                     "give it a spelling, use a longer phrase, or list it in stems_checked")
    return found


def warnings(kb: Knowledge) -> list[str]:
    return [*_phrasing_warnings(kb), *stem_collisions(kb), *swallowed_triggers(kb),
            *repeated_phrases(kb), *split_lists(kb)]


SWALLOWED = ("negated", "historical", "hypothetical")
"""The context properties whose trigger words a phrase can swallow unseen: a word inside a
longer concept phrase is no trigger (`no` in "no feeling" denies nothing), so one that ends
the phrase no longer reaches the sign said after it."""


def _concept_items(kb: Knowledge) -> Iterator[tuple[str, int, str, str]]:
    """(field, line, concept, phrase) for each concept phrase of triage.yaml as written."""
    raw = read_yaml(kb.directory / "triage.yaml")
    concepts = raw.get("concepts") if isinstance(raw, dict) else None
    if not isinstance(concepts, LineDict):
        return
    for name, terms in concepts.items():
        if not isinstance(terms, LineList):
            continue
        for i, (term, line) in enumerate(zip(terms, terms.item_lines, strict=True)):
            if isinstance(term, str) and term.strip():
                yield f"concepts.{name}[{i}]", line, name, term.strip()


def swallowed_triggers(kb: Knowledge) -> list[str]:
    """Concept phrases that end with a negation, a historical or a hypothetical word reaching
    forward (or start with one reaching back): inside the phrase the word is no trigger, so
    the sign said after it keeps no such property ("i no longer" swallows the "no longer" of
    "I no longer leak"). Rules limited to some concepts (`only`) are left out: they reach
    only those."""
    rules = kb.triage
    analyzer = compile_knowledge(kb).analyzer
    index = PhraseIndex(analyzer, rules.soft_words, rules.dropped_words)
    triggers: list[tuple[int, str]] = []
    for i, rule in enumerate(rules.context):
        if rule.category in SWALLOWED and not rule.only:
            for term in rule.terms:
                index.add(term, str(len(triggers)))
                triggers.append((i, term))
    index.freeze()
    file = str(kb.directory / "triage.yaml")
    found = []
    for field_name, line, _, term in _concept_items(kb):
        words = list(analyzer.tokens(term))
        # each rule once per place, by the trigger written in the phrase when there is one
        # ("nothing", not its spelling "nowt" that reads the same)
        said: dict[tuple[int, str], list[str]] = {}
        written = f" {' '.join(tokenize(term))} "
        for span in index.find(words):
            if span.start == 0 and span.end >= len(words):
                continue  # the whole phrase is the trigger too: it still counts
            for label in span.labels:
                i, trigger = triggers[int(label)]
                rule = rules.context[i]
                if rule.direction == "forward" and span.end == len(words):
                    said.setdefault((i, "ends with"), []).append(trigger)
                elif rule.direction == "backward" and span.start == 0 and not rule.ends:
                    said.setdefault((i, "starts with"), []).append(trigger)
        for (i, where), said_as in sorted(said.items()):
            rule = rules.context[i]
            trigger = min(said_as, key=lambda t: (f" {' '.join(tokenize(t))} " not in written, t))
            side = "after" if where == "ends with" else "before"
            found.append(str(Problem(
                file, line, field_name,
                f"'{term}' {where} '{trigger}', a {rule.category} trigger (context.rules[{i}], "
                f"line {rule.line}), which inside the phrase reaches nothing: a sign said "
                f"{side} the phrase is not {rule.category} there; end the phrase before the "
                "word if it tells the context, not the sign")))
    return found


def repeated_phrases(kb: Knowledge) -> list[str]:
    """A phrase listed twice under one concept (two people, or a merge, adding the same
    words): the second does nothing, and an edit to one copy leaves the other."""
    file = str(kb.directory / "triage.yaml")
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    found = []
    for field_name, line, concept, term in _concept_items(kb):
        key = (concept, tuple(tokenize(term)))
        if key in first:
            found.append(str(Problem(file, line, field_name,
                                     f"'{term}' is listed already under {concept} "
                                     f"(line {first[key]})")))
        else:
            first[key] = line
    return found


def _item_fields(data: Any, where: str = "") -> Iterator[tuple[int, str]]:
    """(line, field) for each item of each list in a file read by `read_yaml`."""
    if isinstance(data, LineDict):
        for key, value in data.items():
            yield from _item_fields(value, f"{where}.{key}" if where else key)
    elif isinstance(data, LineList):
        for i, (value, line) in enumerate(zip(data, data.item_lines, strict=True)):
            yield line, f"{where}[{i}]"
            yield from _item_fields(value, f"{where}[{i}]")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def split_lists(kb: Knowledge) -> list[str]:
    """List items after a comment indented less than they are, in the middle of their list:
    the comment reads as the heading of the next field, yet YAML puts the items after it in
    the list above. An item added below such a heading, by hand or by a merge, lands in the
    wrong list unseen ("# the means at hand ..." over more words of no future)."""
    found = []
    for name in FILES:
        path = kb.directory / name
        lines = path.read_text(encoding="utf-8").splitlines()
        fields = dict(_item_fields(read_yaml(path)))
        said = [k for k, line in enumerate(lines)
                if line.strip() and not line.lstrip().startswith("#")]
        for before, after in pairwise(said):
            comments = [k for k in range(before + 1, after) if lines[k].strip()]
            depth = _indent(lines[after])
            if not comments or _indent(lines[before]) < depth \
                    or not lines[after].lstrip().startswith("- ") or after + 1 not in fields:
                continue
            heading = min(comments, key=lambda k: _indent(lines[k]))
            if _indent(lines[heading]) < depth:
                found.append(str(Problem(
                    str(path), after + 1, fields[after + 1],
                    f"follows the comment on line {heading + 1} ('{lines[heading].strip()[:40]}"
                    "'), indented like a field's heading, yet it belongs to the list above; "
                    "move the comment to the field it tells of")))
    return found


def _phrasing_warnings(kb: Knowledge) -> list[str]:
    matcher = compile_knowledge(kb).matcher
    found: list[str] = []
    owners: dict[frozenset[str], str] = {}
    for entry in kb.entries.values():
        for phrasing in entry.phrasings:
            key = frozenset(matcher.content(phrasing))
            if not key:
                continue
            other = owners.setdefault(key, entry.id)
            if other != entry.id:
                found.append(f"{entry.file}: '{phrasing}' ({entry.id}) is also a phrasing of "
                             f"{other}")
                continue
            ranked = matcher.rank(phrasing, limit=2).candidates
            if not ranked:
                continue
            if ranked[0].entry_id != entry.id:
                found.append(f"{entry.file}: '{phrasing}' ({entry.id}) matches "
                             f"{ranked[0].entry_id} better")
            elif len(ranked) > 1 and ranked[0].score - ranked[1].score < CLOSE:
                found.append(f"{entry.file}: '{phrasing}' ({entry.id}) scores too close to "
                             f"{ranked[1].entry_id} ({ranked[0].score:.2f} vs "
                             f"{ranked[1].score:.2f})")
    return found
