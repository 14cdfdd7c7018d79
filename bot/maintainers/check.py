"""Warnings about a knowledge base that loads but may answer badly.

A phrasing listed under two entries, or one that the engine would send to another entry, is
a place where users will get the wrong answer. These are warnings, not errors: the clinician
decides.
"""

from __future__ import annotations

from bot.engine import compile_knowledge
from bot.knowledge import Knowledge

CLOSE = 0.05
"""A phrasing whose own entry wins by less than this is reported as too close."""


def warnings(kb: Knowledge) -> list[str]:
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
