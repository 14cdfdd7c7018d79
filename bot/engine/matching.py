"""Find the knowledge-base entry a message asks for.

Each phrasing of each entry is analysed once (spellings, corrections, synonyms, stems). A
message is scored against every phrasing with two measures that fail differently: a weighted
word overlap, where rare words (piriformis, MRI) count more than common ones (pain, stretch),
and rapidfuzz's token-set ratio on the analysed text, which forgives word order and leftovers.
An entry also earns credit for words of the message found anywhere in its phrasings, so a long
message whose words are spread over several phrasings still lands, and an exercise the
message calls by name gets a bonus. The engine decides what the scores mean.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from bot.engine.text import Analyzer, english_words, tokenize
from bot.knowledge import EXERCISE_NAME, Exercise, Knowledge

_NAMED_BONUS = 0.15
"""Added to an exercise the message calls by one of its names ("should I do the piriformis
stretch?"): a name is stronger evidence than any number of symptom words around it."""

_COMMON = 0.8
"""Words weighing less than this (used by most entries) do not pull in candidates alone."""

_FULL = "\x00full"
"""Marks a phrase matched with its stopwords kept (see Matcher._phrases)."""

_SOLID = 2.0
"""Shared word weight below which an overlap counts for less (one rare word is about 3)."""
_FUZZY = 0.25
"""Share of a phrasing's score from rapidfuzz's token-set ratio; the rest is word overlap."""
_SPREAD = 0.3
"""Share of an entry's score from the message's words found anywhere in its phrasings.
These weights were set on the development set and checked on three blind ones."""

_SHORTLIST = 60
"""Phrasings (best by word overlap) that also get the slower rapidfuzz comparison."""

_FOREIGN = 2.0
"""Weight of a word no entry uses when measuring how much of a message an entry explains:
as much as a fairly rare word, since "bracket" in "wall mounted tv bracket" says the message
is about something else."""


@dataclass(frozen=True)
class Candidate:
    entry_id: str
    score: float
    support: float = 0.0  # summed weight of the message's words this entry knows
    exact: bool = False  # the message says exactly one of this entry's phrasings


@dataclass(frozen=True)
class Ranking:
    """Best entries first; `information` is how much the message says (summed word weights):
    "stretch" alone says too little to pick one entry."""

    candidates: list[Candidate]
    information: float
    unknown: float = 0.0  # share of the message's words that no entry uses
    query: frozenset[str] = frozenset()  # the analysed words that were scored


@dataclass(frozen=True)
class Evidence:
    """What a message says about being ours: `weight` counts each concept only next to what
    it needs; `loose` counts every concept mentioned except those shared with other topics
    (exercise, routine, doctor: words that hint at nothing alone)."""

    weight: float
    loose: float
    shared: float  # every concept mentioned, the shared ones too
    enough: bool  # weight reaches the domain threshold
    elsewhere: bool  # names another body part or condition
    named: bool  # calls one of our exercises by name
    complaint: bool  # mentions a complaint (pain, a nerve symptom), not only a place or care


@dataclass(frozen=True)
class _Phrasing:
    entry_id: str
    tokens: frozenset[str]
    text: str
    weight: float


class Matcher:
    """Compiled phrasings of one knowledge base; `rank` scores a message against them."""

    def __init__(self, kb: Knowledge, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        self._stop = frozenset(analyzer.tokens(" ".join(kb.language.stopwords)))
        texts: dict[str, list[str]] = {}
        for entry in kb.entries.values():
            own = [entry.title, *entry.phrasings]
            if isinstance(entry, Exercise):
                own.extend(entry.aliases)
            texts[entry.id] = own
        analysed = {
            eid: [self.content(t) for t in own] for eid, own in texts.items()
        }
        df: Counter[str] = Counter()
        for phrasings in analysed.values():
            df.update(set().union(*phrasings))
        n = len(analysed)
        # Numbers ("10 days", "5 to 10 reps") say how much, not what about: weigh them lightly.
        self._idf = {
            t: min(math.log((n + 1) / (c + 0.5)), 1.0 if t.isdigit() else math.inf)
            for t, c in df.items()
        }
        # A word no phrasing uses says little about which entry is meant: weigh it lightly.
        self._unknown_idf = 1.0
        self._vocab: dict[str, frozenset[str]] = {
            eid: frozenset().union(*phrasings) for eid, phrasings in analysed.items()
        }
        self._phrasings: list[_Phrasing] = []
        for eid, phrasings in analysed.items():
            for tokens in phrasings:
                if tokens:
                    self._phrasings.append(
                        _Phrasing(eid, frozenset(tokens), " ".join(sorted(tokens)),
                                  sum(self._idf[t] for t in tokens))
                    )
        self._by_token: dict[str, list[int]] = {}
        for i, p in enumerate(self._phrasings):
            for t in p.tokens:
                self._by_token.setdefault(t, []).append(i)
        self._texts = [p.text for p in self._phrasings]
        self._exceptions = self._phrases(kb.language.exceptions)
        domain = kb.language.domain
        self._threshold = domain.threshold
        self._concepts = [
            (c.name, c.weight, frozenset(c.needs), self._phrases(c.terms))
            for c in domain.concepts
        ]
        self._name_weight = domain.exercise_names
        # An everyday word alone ("cobra", "crunch", "quad") names an exercise to the matcher
        # but is no evidence that a message is ours ("king cobra", "credit crunch").
        everyday = english_words()
        self._name_evidence = self._phrases([
            name for ex in kb.exercises for name in (ex.title, *ex.aliases)
            if len(tokenize(name)) > 1 or tokenize(name)[0] not in everyday
        ], keep_short=False)
        self._elsewhere = self._phrases(domain.elsewhere)
        self._complaints = frozenset(domain.complaints)
        self._care = frozenset(domain.shared)
        named = {
            (phrase, ex.id)
            for ex in kb.exercises
            for phrase in self._phrases([ex.title, *ex.aliases], keep_short=False)
        }
        self._names = sorted(named)

    def _phrases(
        self, texts: list[str] | tuple[str, ...], *, keep_short: bool = True
    ) -> list[tuple[str, ...]]:
        """Analysed phrases without stopwords ("pulled my hamstring" finds "pulled hamstring"),
        unless that leaves one word of several and `keep_short`, or none ("with this"): then
        the whole phrase is matched, so "my dog" does not become "dog" (upward dog)."""
        found = []
        for text in texts:
            tokens = tuple(self._analyzer.tokens(text))
            content = tuple(t for t in tokens if t not in self._stop)
            if (keep_short and len(content) == 1 and len(tokens) > 1) or (tokens and not content):
                found.append((_FULL, *tokens))
            elif content:
                found.append(content)
        return found

    def content(self, text: str) -> set[str]:
        """Analysed words of `text` without stopwords."""
        return {t for t in self._analyzer.tokens(text) if t not in self._stop}

    def idf(self, token: str) -> float:
        return self._idf.get(token, self._unknown_idf)

    def _mentions(self, text: str) -> Callable[[list[tuple[str, ...]]], bool]:
        """A test for "does the text say one of these phrases" (see _phrases)."""
        every = self._analyzer.tokens(text)
        joined = f" {' '.join(t for t in every if t not in self._stop)} "
        full = f" {' '.join(every)} "

        def has(phrases: list[tuple[str, ...]]) -> bool:
            return any(
                f" {' '.join(p[1:])} " in full if p[0] == _FULL else f" {' '.join(p)} " in joined
                for p in phrases
            )

        return has

    def excepted(self, text: str) -> bool:
        """True when the text names a hard exception (an animal, the app, a booking): outside
        the bot's scope whatever else it says."""
        return self._mentions(text)(self._exceptions)

    def evidence(self, text: str) -> Evidence:
        """How strongly the text shows it is about this domain: the summed weights of the
        domain concepts it mentions, each once; a concept with `needs` only counts next to
        one of the concepts it needs."""
        has = self._mentions(text)
        mentioned = {name: weight for name, weight, _, terms in self._concepts if has(terms)}
        if has(self._name_evidence):
            mentioned[EXERCISE_NAME] = self._name_weight
        needs = {name: need for name, _, need, _ in self._concepts}
        weight = sum(
            w for name, w in mentioned.items()
            if not needs.get(name) or needs[name] & mentioned.keys()
        )
        hints = sum(w for name, w in mentioned.items() if name not in self._care)
        return Evidence(weight, hints, sum(mentioned.values()), weight >= self._threshold,
                        has(self._elsewhere), EXERCISE_NAME in mentioned,
                        bool(self._complaints & mentioned.keys()))

    def coverage(self, ranking: Ranking, entry_id: str) -> float:
        """Share of what the message says (rare words weigh more, words no entry uses weigh
        as much as fairly rare ones) that one entry's phrasings explain. One shared word
        among several others explains nothing: "skincare routine order" is not the routine."""
        query = ranking.query
        vocab = self._vocab.get(entry_id, frozenset())
        shared = query & vocab
        if len(shared) == 1 and len(query) > 2:
            return 0.0
        total = sum(self._idf.get(t, _FOREIGN) for t in query)
        return sum(self._idf[t] for t in shared) / total if total else 0.0

    def rank(self, text: str, limit: int = 5, ignore: frozenset[str] = frozenset()) -> Ranking:
        """Entries best matching `text`, best first, scores in 0..1. Words in `ignore` (a
        denied symptom: "no numbness") are context, not the question."""
        query = self.content(text) - ignore
        q_weight = sum(self.idf(t) for t in query)
        unknown = sum(1 for t in query if t not in self._idf) / len(query) if query else 0.0
        ranked = self._rank(query, q_weight)
        named = self._named(text, ignore)
        if named:
            ranked = sorted(
                (replace(c, score=min(1.0, c.score + _NAMED_BONUS)) if c.entry_id in named else c
                 for c in ranked),
                key=lambda c: c.score, reverse=True,
            )
        return Ranking(ranked[:limit], q_weight, unknown, frozenset(query))

    def names(self, text: str) -> set[str]:
        """Exercises the text calls by name ("is the piriformis stretch safe?")."""
        return self._named(text, frozenset())

    def _named(self, text: str, ignore: frozenset[str]) -> set[str]:
        """Exercises the text calls by name. A longer name wins over one inside it ("both
        knees to chest" is not also "knee to chest"); of two overlapping names of the same
        length, the one that starts first wins, so the result never depends on set order."""
        skip = self._stop | ignore
        sequence = [t for t in self._analyzer.tokens(text) if t not in skip]
        present = set(sequence)
        spans = sorted(
            (-len(phrase), i, entry_id)
            for phrase, entry_id in self._names
            if phrase[0] in present
            for i in range(len(sequence) - len(phrase) + 1)
            if tuple(sequence[i : i + len(phrase)]) == phrase
        )
        taken: set[int] = set()
        found: set[str] = set()
        for minus_size, start, entry_id in spans:
            span = set(range(start, start - minus_size))
            if not span & taken:
                taken |= span
                found.add(entry_id)
        return found

    def _rank(self, query: set[str], q_weight: float) -> list[Candidate]:
        if not query:
            return []
        known = {t for t in query if t in self._idf}
        # Phrasings that share only a very common word ("how", "pain") cannot win; leaving
        # them out keeps a knowledge base 100 times larger fast.
        telling = {t for t in known if self._idf[t] >= _COMMON} or known
        candidates: set[int] = set()
        for t in telling:
            candidates.update(self._by_token.get(t, ()))
        if not candidates:
            return []
        overlap: list[tuple[float, float, int]] = []
        for idx in candidates:
            p = self._phrasings[idx]
            shared = sum(self.idf(t) for t in query & p.tokens)
            # Dice (harmonic) alone punishes long messages; the share of the phrasing the
            # message covers rewards them, damped when what is shared weighs under _SOLID.
            dice = 2 * shared / (q_weight + p.weight)
            covered = shared / p.weight * min(1.0, shared / _SOLID)
            overlap.append((0.5 * dice + 0.5 * covered, shared, idx))
        overlap.sort(reverse=True)
        shortlist = overlap[:_SHORTLIST]
        q_text = " ".join(sorted(query))
        fuzzy = [
            fuzz.token_set_ratio(q_text, self._texts[idx], processor=None)
            for _, _, idx in shortlist
        ]
        best: dict[str, float] = {}
        exact = {self._phrasings[idx].entry_id for _, _, idx in shortlist
                 if self._phrasings[idx].tokens == query}
        for (dice, shared, idx), ratio in zip(shortlist, fuzzy, strict=True):
            entry_id = self._phrasings[idx].entry_id
            # rapidfuzz forgives order and leftovers; it only adds to a real word overlap
            score = (1 - _FUZZY) * dice + _FUZZY * (ratio / 100.0) * min(1.0, 2 * shared / q_weight)
            if score > best.get(entry_id, 0.0):
                best[entry_id] = score
        ranked = []
        for eid, phrasing_score in best.items():
            support = sum(self.idf(t) for t in query & self._vocab[eid])
            score = (1 - _SPREAD) * phrasing_score + _SPREAD * support / q_weight
            ranked.append(Candidate(eid, score, support, eid in exact))
        ranked.sort(key=lambda c: c.score, reverse=True)
        return ranked
