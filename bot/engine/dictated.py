"""Messages dictated or typed in one breath: where their clauses end, and the words voice
to text heard wrong.

Triage reads a sign with its context (a denial, a time, someone else) within a clause. A
message dictated at night often has no punctuation at all ("my mum had a stroke last year
and she was fine but now i cant feel my bum"), so a "last year" or a "my mum" said early
would reach a sign said later about the writer now, or the other way round. People start
a new statement in a run-on line the way they would after a full stop: with a joining word
and a new subject ("and i", "but now", "anyway"), with a time that changes the time ("last
week ... now i"), or with a capital typed mid-line ("... last year Now i"). There the
reader marks the end of a statement, so no context rule reaches across it, as none reaches
out of an aside in brackets. A condition or a question word before it holds the line
together ("what if i lose control and i cant get to hospital").

Voice to text also writes a word that sounds like a sign's word ("i cant we", "my bowl just
emptied", "i cant fell my feet"). Such a word is read as the sign's word only where the
words beside it make it so (`heard` in triage.yaml): "we" after "i cant" or "my" is a wee,
never in "we cant find it". This is for triage only; answers read the words as typed.

The words are data (`dictated` in triage.yaml); this module only applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.engine.text import fold, phrase_at
from bot.knowledge import Dictation, Homophone

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MARK = re.compile(r"[,:;()\[\]]|\s[-–—]\s")
"""Where a writer already ended a clause: the run-on reading starts afresh after it."""
_WRITER = frozenset({"i", "im", "ive", "id", "ill"})
RUN_ON = "\u2060"
"""Put where a new statement starts in a run-on line: an invisible character (a word
joiner, which folding drops), so only triage's clause reading sees it; the clauses that
durations count are the ones the writer marked."""

Phrase = tuple[str, ...]


def _phrases(terms: Iterable[str]) -> tuple[Phrase, ...]:
    """Each term as its folded words, longest first (so "and then" wins over "and")."""
    found = {tuple(fold(t).split()) for t in terms}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


def places_inside(words: Sequence[str], phrases: Iterable[Phrase]) -> frozenset[int]:
    """The places of `words` inside a phrase said whole, after its first word (`phrase_at` at
    each place, found once for a clause rather than again for each place after it)."""
    return frozenset(j for k in range(len(words)) if (p := phrase_at(words, k, phrases)) is not None
                     for j in range(k + 1, k + len(p)))


def _ending(words: Sequence[str], i: int, phrases: Iterable[Phrase]) -> bool:
    """Whether one of `phrases` ends just before words[i]."""
    return any(len(p) <= i and tuple(words[i - len(p):i]) == p for p in phrases)


def _ends_so(word: str, endings: Iterable[str]) -> bool:
    """Whether a word ends in one of `endings` with more than a short stem before it
    ("leaked", "soiled"; not "red" or "bed")."""
    return any(word.endswith(e) and len(word) >= len(e) + 3 for e in endings)


@dataclass(frozen=True)
class _Heard:
    said: str
    means: str
    after: tuple[Phrase, ...]
    before: tuple[Phrase, ...]
    endings: tuple[str, ...]
    not_before: frozenset[str]
    not_after: frozenset[str]
    both: bool
    capitals: bool = False


class Dictated:
    """The run-on and misheard-word readings of one knowledge base, compiled once."""

    def __init__(self, rules: Dictation) -> None:
        self._min = rules.min_words
        self._joins = _phrases(rules.joins)
        self._opens = _phrases(rules.opens)
        self._starts = _phrases(rules.starts)
        self._times = _phrases(rules.times)
        self._binds = frozenset(fold(w) for w in rules.binds)
        self._verbs = frozenset(fold(w) for w in rules.verbs)
        self._owners = frozenset(fold(w) for w in rules.owners)
        self._reflects = _phrases(rules.reflects)
        self._held = _phrases(rules.holds)
        self._skip = frozenset(fold(w) for w in rules.skip)
        self._whole = _phrases(rules.whole)
        self._heard: dict[str, list[_Heard]] = {}
        for h in rules.heard:
            self._heard.setdefault(fold(h.said), []).append(self._compile(h))

    @staticmethod
    def _compile(h: Homophone) -> _Heard:
        return _Heard(fold(h.said), h.means, _phrases(h.after), _phrases(h.before),
                      tuple(fold(e) for e in h.before_endings),
                      frozenset(fold(w) for w in h.not_before),
                      frozenset(fold(w) for w in h.not_after), h.both, h.capitals)

    def read(self, sentence: str) -> str:
        """The sentence with a mark (`RUN_ON`) where a run-on line starts a new statement, and
        the words voice to text heard wrong put right where their neighbours say so."""
        return self._misheard(self._clauses(sentence))

    # ------------------------------------------------------------------ clauses

    def _clauses(self, sentence: str) -> str:
        if not self._min:
            return sentence
        out: list[str] = []
        start = 0
        for mark in _MARK.finditer(sentence):
            out.append(self._split(sentence[start:mark.start()]))
            out.append(mark.group(0))
            start = mark.end()
        out.append(self._split(sentence[start:]))
        return "".join(out)

    def _split(self, clause: str) -> str:
        """One stretch of words with no clause mark, with `RUN_ON` before each place a new
        statement starts in it."""
        found = list(_WORD.finditer(clause))
        if len(found) < self._min:
            return clause
        words = [fold(m.group(0)) for m in found]
        typed = [m.group(0) for m in found]
        held = next((i for i in range(len(words)) if phrase_at(words, i, self._held)), len(words))
        inside = places_inside(words, self._whole)
        cuts = [i for i in range(2, min(held, len(words) - 1))
                if self._starts_here(words, typed, i, inside)]
        if not cuts:
            return clause
        parts: list[str] = []
        last = 0
        for i in cuts:
            at = found[i].start()
            parts.append(clause[last:at] + RUN_ON)
            last = at
        parts.append(clause[last:])
        return "".join(parts)

    def _starts_here(self, words: list[str], typed: list[str], i: int,
                     inside: frozenset[int]) -> bool:
        """Whether a new statement starts at words[i]: a joining word before a new subject,
        a word that opens one alone ("anyway"), a time after a word that ends a statement
        with a subject after it, or one of these typed with a capital mid-line. `inside`:
        the words inside a phrase said whole, after its first word."""
        if words[i - 1] in self._binds or i in inside:
            return False  # ... nor inside a phrase said whole ("now and then")
        # a word typed with a capital, not in capitals ("AND" is said loud, not begun)
        capital = (typed[i][:1].isupper() and typed[i][1:].islower()
                   and typed[i - 1][:1].islower() and words[i] not in _WRITER)
        opens = phrase_at(words, i, self._opens)
        if opens is not None:
            return True
        join = phrase_at(words, i, self._joins)
        if join is not None:
            return self._subject(words, i + len(join)) or capital
        time = phrase_at(words, i, self._times)
        if time is not None:
            return self._subject(words, i + len(time)) or capital
        return capital and phrase_at(words, i, self._starts) is not None

    def _subject(self, words: list[str], i: int) -> bool:
        """Whether a new statement's subject starts at words[i]: "i", "now", or "my" with
        something said of it ("my leg is ...", not the list "my legs and my bum"), and
        what it says is not about what came before ("and i'm scared", "and i'm fine now")."""
        said = phrase_at(words, i, self._starts)
        if said is None:
            return False
        after = i + len(said)
        while after < len(words) and words[after] in self._skip:
            after += 1
        if phrase_at(words, after, self._reflects) is not None:
            return False
        if said[-1] not in self._owners:
            return True
        return any(w in self._verbs for w in words[after:after + 4])

    # ------------------------------------------------------------------ misheard words

    def _misheard(self, sentence: str) -> str:
        if not self._heard:
            return sentence
        found = list(_WORD.finditer(sentence))
        words = [fold(m.group(0)) for m in found]
        out: list[str] = []
        last = 0
        for i, w in enumerate(words):
            meant = next((h.means for h in self._heard.get(w, ())
                          if (not h.capitals or found[i].group(0).isupper())
                          and self._holds(h, words, i)), None)
            if meant is not None:
                out.append(sentence[last:found[i].start()] + meant)
                last = found[i].end()
        out.append(sentence[last:])
        return "".join(out)

    def _holds(self, h: _Heard, words: list[str], i: int) -> bool:
        """Whether the words beside words[i] make it the sign's word: one of `after` ends
        just before it, or one of `before` starts after it (a small word such as "just"
        may stand between); both when `both`; never before one of `not_before`, nor right
        after one of `not_after`."""
        nxt = i + 1
        if nxt < len(words) and words[nxt] in h.not_before:
            return False
        if i and words[i - 1] in h.not_after:
            return False  # "I wee a bit when I sneeze": the verb
        after = _ending(words, i, h.after)

        def starts(k: int) -> bool:
            return phrase_at(words, k, h.before) is not None or (
                k < len(words) and words[k] not in h.not_before
                and _ends_so(words[k], h.endings))

        before = starts(nxt)
        while not before and nxt < len(words) - 1 and words[nxt] in self._skip:
            nxt += 1
            before = starts(nxt)
        if h.both:
            return after and before
        return after or before
