"""Find red flags in a message, before anything else is done with it.

A red flag fires when every concept of one of its patterns (from `knowledge/triage.yaml`) is
mentioned, and not denied, in one sentence or two neighbouring ones: "can't" + "pee",
"numb" + "between my legs". Denials are read the way people write them: "no bladder
problems", "toilet stuff is normal". A long duration ("since March", "ten weeks") with an
ongoing symptom is persistent pain.

Missing a red flag is the worst bug this project can have, so where the rules are unsure they
lean towards warning: a term's own words never count as a denial, and a denial stops at a
comma or a "but".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.engine.durations import clinical_days, durations_in_days
from bot.engine.text import Analyzer, fold, sentences, tokenize
from bot.knowledge import LEVELS, Knowledge, RedFlag

_NEG = "\x00neg"
_NEG_AFTER = "\x00neg-after"
_BREAK = "\x00break"
_FILLER = "\x00filler"
_CLAUSE = re.compile(r"[,:()\[\]]|\s[-–—]\s")
_SEPARATOR = "\x00,"
_NOT_FORMS = ("isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt")


@dataclass(frozen=True)
class Finding:
    """One red flag found; `concepts` says which pattern fired (never the message text)."""

    flag: RedFlag
    concepts: tuple[str, ...]


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    labels: frozenset[str]


def _padded(text: str) -> str:
    """Folded words with a space at each end, so " last year " finds whole words only."""
    return f" {' '.join(tokenize(text))} "


def _says(padded: str, markers: list[str]) -> bool:
    return any(marker in padded for marker in markers)


class Triage:
    """Compiled triage rules: build once per knowledge base, then `assess` each message."""

    def __init__(self, kb: Knowledge, analyzer: Analyzer) -> None:
        rules = kb.triage
        self._kb = kb
        self._analyzer = analyzer
        self._scope = rules.negation_scope
        self._patterns = {
            flag: rules.patterns[flag] for flag in (f.id for f in kb.redflags.flags)
            if flag in rules.patterns
        }
        self._flags = sorted(kb.redflags.flags, key=lambda f: LEVELS.index(f.level))
        labelled: dict[tuple[str, ...], set[str]] = {}

        def add(phrase: str, label: str | None) -> None:
            key = tuple(analyzer.tokens(phrase))
            if key:
                labels = labelled.setdefault(key, set())
                if label:
                    labels.add(label)

        for concept, terms in rules.concepts.items():
            for term in terms:
                add(term, concept)
                if term.startswith("not "):  # "is not dieting" is written "isnt dieting"
                    for contraction in _NOT_FORMS:
                        add(contraction + term[3:], concept)
        for cue in rules.negation_before:
            add(cue, _NEG)
        for cue in rules.negation_after:
            add(cue, _NEG_AFTER)
        for word in rules.scope_breaks:
            add(word, _BREAK)
        for phrase in rules.not_negation:
            add(phrase, None)
        for word in rules.negation_filler:
            add(word, _FILLER)
        self._soft = frozenset(t for w in rules.soft_words for t in analyzer.tokens(w))
        self._history = [_padded(m) for m in rules.history_markers]
        self._history_unless = [_padded(m) for m in rules.history_unless]
        self._history_only = set(rules.history_only)
        self._hypothetical = [_padded(m) for m in rules.hypothetical]
        self._resolved = [_padded(m) for m in rules.resolved]
        self._keeps = set(rules.resolved_keeps)
        self._index: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        for key, labels in labelled.items():
            self._index.setdefault(key[0], []).append((key, frozenset(labels)))
        for options in self._index.values():
            options.sort(key=lambda item: len(item[0]), reverse=True)

    # ------------------------------------------------------------------ matching

    def _tokens(self, sentence: str) -> list[str]:
        tokens: list[str] = []
        for number, clause in enumerate(_CLAUSE.split(sentence)):
            if number:  # even after an empty clause, so clause numbers stay aligned
                tokens.append(_SEPARATOR)
            tokens.extend(self._analyzer.tokens(clause))
        return tokens

    def _matches(self, tokens: list[str]) -> tuple[list[_Match], dict[int, _Match]]:
        """Concept mentions, which may overlap ("cant get hard" holds "cant get" and "get
        hard", so neither hides the other), and the cue words by position. A cue inside a
        longer phrase is part of that phrase, not a denial: "dont feel", "no longer". An
        ignored phrase ("fell asleep") hides the concepts inside it."""
        found = []
        for i in range(len(tokens)):
            for key, labels in self._index.get(tokens[i], ()):
                end = self._end_of(tokens, i, key)
                if end is not None:
                    found.append(_Match(i, end, labels))
        ignored = [m for m in found if not m.labels]
        concepts = [
            m for m in found
            if any(not label.startswith("\x00") for label in m.labels)
            and not any(x.start <= m.start and m.end <= x.end for x in ignored)
        ]
        covered = {
            pos for m in (*ignored, *(c for c in concepts if c.end - c.start > 1))
            for pos in range(m.start, m.end)
        }
        cues = {
            m.start: m for m in found
            if m.labels & {_NEG, _NEG_AFTER, _BREAK, _FILLER} and m.start not in covered
        }
        return concepts, cues

    def _end_of(self, tokens: list[str], start: int, key: tuple[str, ...]) -> int | None:
        """Where `key` ends if it is said from `start`, allowing a small word or two inside
        it ("lost some feeling", "is totally normal", "can't really feel")."""
        j = start
        for k, word in enumerate(key):
            skipped = 0
            while j < len(tokens) and tokens[j] != word:
                if k == 0 or tokens[j] not in self._soft or skipped == 2:
                    return None
                j += 1
                skipped += 1
            if j == len(tokens):
                return None
            j += 1
        return j

    def _denial(
        self, m: _Match, cues: dict[int, _Match], tokens: list[str], inner: set[int]
    ) -> _Match | None:
        """The cue that denies `m` ("no", "is fine"), if any. Words inside another phrase
        ("around my bum") do not use up the denial's reach: a phrase counts as one word."""
        before = [p for p in range(m.start - 1, -1, -1) if p not in inner or p in cues]
        after = [p for p in range(m.end, len(tokens)) if p not in inner or p in cues]
        return self._cue_in(before, _NEG, cues, tokens) or self._cue_in(
            after, _NEG_AFTER, cues, tokens
        )

    def _cue_in(
        self, positions: list[int], cue: str, cues: dict[int, _Match], tokens: list[str]
    ) -> _Match | None:
        """The `cue` that starts at one of `positions`, walked outwards, within the denial's
        reach: `scope` words (filler words not counted), stopping at a comma or a break."""
        reach = self._scope
        for pos in positions:
            if tokens[pos] == _SEPARATOR or reach <= 0:
                return None
            other = cues.get(pos)
            if other is not None:
                if _BREAK in other.labels:
                    return None
                if cue in other.labels:
                    return other
                if _FILLER in other.labels:
                    continue
            reach -= 1
        return None

    def _concepts(self, sentence: str, today: date) -> tuple[set[str], set[str]]:
        """Concepts mentioned and not denied in one sentence, and the words of denied ones.
        In a clause that tells of the past ("a fever last year"), the concepts the past can
        hide are dropped."""
        tokens = self._tokens(sentence)
        over = self._is_resolved(sentence)
        clauses = _CLAUSE.split(sentence)
        past = [self._is_history(clause, today) for clause in clauses]
        nobody = [self._is_hypothetical(clause) for clause in clauses]
        matches, cues = self._matches(tokens)
        inner = {p for x in matches if x.end - x.start > 1 for p in range(x.start + 1, x.end)}
        present: set[str] = set()
        denied: set[str] = set()
        for m in matches:
            concepts = {label for label in m.labels if not label.startswith("\x00")}
            clause = tokens[: m.start].count(_SEPARATOR)
            if past[clause]:
                concepts -= self._history_only
            if nobody[clause]:
                concepts = set()
            if over:
                concepts &= self._keeps
            denial = self._denial(m, cues, tokens, inner)
            if denial is not None:
                denied.update(tokens[m.start : m.end])
                denied.update(tokens[denial.start : denial.end])
            else:
                present |= concepts
        return present, denied

    # ------------------------------------------------------------------ assessing

    def _is_resolved(self, sentence: str) -> bool:
        """True when the sentence tells of something that was and is over ("foot drop years
        ago, totally recovered") and does not tie it to now."""
        joined = _padded(sentence)
        if not _says(joined, self._resolved):
            return False
        for m in self._resolved:  # "fixed now" is over, though it says "now"
            joined = joined.replace(m, " ")
        return not _says(joined, self._history_unless)

    def _is_hypothetical(self, clause: str) -> bool:
        """True when the clause is about nobody in particular ("if someone ...")."""
        return _says(_padded(clause), self._hypothetical)

    def _is_history(self, sentence: str, today: date) -> bool:
        """True when the sentence tells of something long past and over."""
        joined = _padded(sentence)
        if _says(joined, self._history_unless):
            return False
        past_year = any(
            w.isdigit() and len(w) == 4 and 1900 < int(w) < today.year for w in joined.split()
        )
        return past_year or _says(joined, self._history)

    def read(
        self, message: str, today: date | None = None
    ) -> tuple[list[Finding], frozenset[str]]:
        """Red flags in `message`, most severe first, and the words of symptoms it denies
        ("no numbness"): those are context for matching, not the question."""
        today = today or date.today()
        parts = sentences(message)
        read = [self._concepts(s, today) for s in parts]
        per_sentence = [present for present, _ in read]
        denied = frozenset().union(*(d for _, d in read)) - frozenset().union(*per_sentence)
        windows = [
            per_sentence[i] | (per_sentence[i + 1] if i + 1 < len(parts) else set())
            for i in range(len(parts))
        ] or [set()]
        rules = self._kb.triage
        found: dict[str, tuple[str, ...]] = {}
        for flag_id, combos in self._patterns.items():
            for combo in combos:
                if any(set(combo) <= window for window in windows):
                    found[flag_id] = combo
                    break
        if rules.duration_flag and rules.duration_flag not in found:
            for i, part in enumerate(parts):
                if self._is_history(part, today) or self._is_resolved(part):
                    continue
                words = tokenize(part)
                days = durations_in_days(" ".join(words), today) + clinical_days(fold(part))
                if days and max(days) >= rules.duration_min_days and (
                    windows[i] & set(rules.duration_needs)
                    or len(words) <= rules.duration_alone_words
                ):
                    found[rules.duration_flag] = ("duration",)
                    break
        findings = [Finding(flag, found[flag.id]) for flag in self._flags if flag.id in found]
        return findings, denied
