"""A set of phrases (sequences of words) looked for in a message's words by their first word.

Many small sets of phrases are asked of every clause of every message (the pregnancy
phrases and the writer's own life in triage, the scope's sayings, the marks of each
language mixed with English), and most messages hold none of a set's first words. A scan
of every phrase at every place costs the size of the set times the length of the message;
`PhraseSet` first asks whether any first word is said at all (one pass in C), and then
tries at each place only the phrases that start with the word said there. What it finds is
what the scan finds: a phrase is said where its words stand in a row, word for word.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet

Phrase = tuple[str, ...]
"""A phrase's words, as the reader that looks for it reads a message (stems or folded)."""


class PhraseSet:
    """Phrases by their first word. An empty phrase is no phrase (nothing to find)."""

    __slots__ = ("_by_first", "first")

    def __init__(self, phrases: Iterable[Sequence[str]] = ()) -> None:
        by_first: dict[str, list[Phrase]] = {}
        for words in phrases:
            phrase = tuple(words)
            if phrase and phrase not in by_first.get(phrase[0], ()):
                by_first.setdefault(phrase[0], []).append(phrase)
        self._by_first: dict[str, tuple[Phrase, ...]] = {
            word: tuple(found) for word, found in by_first.items()}
        # Every phrase's first word: words holding none of them hold none of the phrases.
        self.first: frozenset[str] = frozenset(self._by_first)

    def __len__(self) -> int:
        return sum(len(found) for found in self._by_first.values())

    def __iter__(self) -> Iterator[Phrase]:
        for found in self._by_first.values():
            yield from found

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, tuple) and bool(phrase) and \
            phrase in self._by_first.get(phrase[0], ())

    def said(self, words: Sequence[str], present: AbstractSet[str] | None = None
             ) -> Iterator[tuple[int, Phrase]]:
        """Each place in `words` where a phrase is said, with the phrase: by place, and at
        one place in the order the phrases were given. `present`, the set of `words` where
        the caller has it (one clause read against many sets), spares a pass over them."""
        if self.first.isdisjoint(words if present is None else present):
            return
        by_first = self._by_first
        for i, word in enumerate(words):
            for phrase in by_first.get(word, ()):
                if tuple(words[i:i + len(phrase)]) == phrase:
                    yield i, phrase

    def said_in(self, words: Sequence[str], present: AbstractSet[str] | None = None) -> bool:
        """Whether `words` hold one of the phrases whole ("the baby", not "the" alone)."""
        return next(self.said(words, present), None) is not None

    def places(self, words: Sequence[str]) -> set[int]:
        """The places of `words` inside a phrase said (each word of each phrase found)."""
        return {k for i, phrase in self.said(words) for k in range(i, i + len(phrase))}
