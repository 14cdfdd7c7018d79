"""Questions asked in the negative (language.yaml `negative_questions`).

"Don't injections just mask the pain?", "should I not bend forward at all?", "there's no
chance it could paralyse me, is there?", "not allowed to carry the shopping then?": the
negation is how the question asks, and what it negates is what it asks about. Triage reads
"no" and "don't" before a word of ours as that word denied, and a denied word is context for
matching ("no numbness, can I garden?" asks about gardening); in a question asked in the
negative it is the question's own word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.engine.text import Analyzer, marked_sentences

_PLURAL_OR_DOING = re.compile(r"^[a-z]{3,}(?:ing|[^su]s)$")
"""A word that names things or a doing ("injections", "stretches", "resting"): after an
auxiliary with its "not", a subject ("don't injections help?"), not a verb ("don't know")."""
_THERE = frozenset({"there", "theres"})
_OR = "or"
"""A judged clause with "or" weighs a choice ("too much or fine?"), no whether."""
_TAG = 2
"""A tag is an auxiliary and its subject: "is there?", "am I?", "isn't it?"."""


@dataclass(frozen=True)
class NegativeReading:
    """`asked`: the analysed words of the sentences that ask in the negative (what they
    negate is asked, not denied). `form`: the auxiliaries with their "not" that open them
    ("shouldn't it have got better by now?" asks whether it should have): how they ask, no
    word of what they ask ("shouldn't" is no "what shouldn't I do")."""

    asked: frozenset[str] = frozenset()
    form: frozenset[str] = frozenset()


class NegativeQuestions:
    """The sentences of a message that ask in the negative, compiled once per knowledge base."""

    def __init__(self, analyzer: Analyzer, parts: dict[str, tuple[str, ...]],
                 word_order: dict[str, tuple[str, ...]]) -> None:
        def words(named: dict[str, tuple[str, ...]], *keys: str) -> frozenset[str]:
            return frozenset(w for key in keys for term in named.get(key, ())
                             for w in analyzer.spelled_words(term))

        self._analyzer = analyzer
        self._negated = words(parts, "negated")
        self._progressive = words(parts, "progressive")
        self._negations = words(parts, "negations") | self._negated
        self._opening = words(parts, "opening")
        self._before = words(parts, "before")
        self._judged = words(parts, "judged")
        self._auxiliaries = words(word_order, "auxiliaries", "support")
        self._subjects = words(word_order, "subjects") | _THERE
        # What may follow a negated auxiliary that opens a question, and what may open a tag.
        self._openers = self._subjects | words(word_order, "determiners")
        self._tags = self._auxiliaries | self._negated

    def read(self, text: str) -> NegativeReading:
        """What the sentences of `text` that ask in the negative say (see NegativeReading).
        An auxiliary before its subject asks, with a question mark or without one, in any
        clause ("the GP wants me on pregabalin, wouldn't I be better off with ibuprofen":
        that clause on is asked); "not" opening a sentence and a tag only in one that asks."""
        asked: set[str] = set()
        form: set[str] = set()
        for sentence, asks in marked_sentences(text):
            clauses = sentence.split(",")
            for at in range(len(clauses)):
                opening = self._inverted(clauses[at])
                if opening is None and not at and asks:
                    opening = self._asked(sentence)
                if opening is not None:
                    asked.update(self._analyzer.tokens(",".join(clauses[at:])))
                    form.update(self._analyzer.tokens(opening))
        return NegativeReading(frozenset(asked), frozenset(form))

    def whether(self, text: str) -> frozenset[str]:
        """The analysed words of the last clause of each sentence that ends asking, judged
        by a word of `judged` with no negation in it: "sciatica in pregnancy normal?",
        "numbness normal after the op?" ask whether it is so. Triage reads "normal" there as
        the word before it calmed; for matching it is what is asked, nothing denied
        (words49). Not "... without wincing?": no judging word."""
        asked: set[str] = set()
        for sentence, asks in marked_sentences(text):
            if not asks or not sentence.rstrip().endswith("?"):
                continue
            clause = sentence.split(",")[-1]
            said = self._analyzer.spelled_words(clause)
            # (A choice, "too much or fine?", weighs two sides: triage's reading stands.)
            if any(w in self._negations or w == _OR for w in said) or not any(
                    w in self._judged for w in said):
                continue
            asked.update(self._analyzer.tokens(clause))
        # The judging word itself stays what triage read it as: "too much or fine?" asks
        # nothing more of "fine" than the dose it weighs.
        return frozenset(asked) - self._analyzer.stems_of(self._judged)

    def _opened(self, clause: str) -> list[str]:
        """The words of `clause` as written, the words said before a question aside."""
        said = list(self._analyzer.spelled_words(clause))
        while said and said[0] in self._before:
            said.pop(0)
        return said

    def _inverted(self, clause: str) -> str | None:
        """How `clause` opens a question in the negative: the auxiliary with its "not"
        before its subject ("don't injections help?"), or '' for an auxiliary, its subject
        and "not" ("should I not bend?", "is it not safe?"); None when it does not."""
        said = self._opened(clause)
        if len(said) < _TAG:
            return None
        first, second = said[0], said[1]
        if first in self._negated and (
                second in self._openers
                or (first not in self._progressive and _PLURAL_OR_DOING.match(second))):
            return first
        if (first in self._auxiliaries and second in self._subjects and len(said) > _TAG
                and said[2] in self._negations):
            return ""
        return None

    def _asked(self, sentence: str) -> str | None:
        """'' when `sentence`, a question, asks in the negative by its first word ("not
        allowed to lift then?") or by a tag ("there's no chance, is there?"); else None."""
        said = self._opened(sentence)
        if len(said) < _TAG:
            return None
        # "not" opening a question of one clause: "not allowed to lift then?"
        if said[0] in self._opening and "," not in sentence:
            return ""
        # a tag after a clause that negates: "there's no chance it could, is there?"
        head, tag = said[:-_TAG], said[-_TAG:]
        if (tag[0] in self._tags and tag[1] in self._subjects
                and any(w in self._negations for w in head)):
            return ""
        return None
