"""Warnings about a knowledge base that loads but may answer badly.

A phrasing listed under two entries, or one that the engine would send to another entry, is
a place where users will get the wrong answer. These are warnings, not errors: the clinician
decides.
"""

from __future__ import annotations

from bot.engine import compile_knowledge
from bot.engine.text import frequent_words, stem, tokenize
from bot.knowledge import Knowledge

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
    return [*_phrasing_warnings(kb), *stem_collisions(kb)]


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
