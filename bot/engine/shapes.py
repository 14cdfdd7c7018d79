"""Exercises described by their shape, read as one reads their names.

People who do not know an exercise's name describe it: "the one where you lie on your back
and hug your knee", "seal one, belly down push chest up", "sliding down the wall like sitting
on an invisible chair". Each exercise says what it looks like (exercises.yaml `shape`): its
starting `position`, what moves (`action`), the everyday `pictures` people use for it and,
for those told apart by it, how many knees move (`count`). A feature is said where its words
stand in its order, at most one other word between two of them (small words aside,
language.yaml `shapes.soft`), in one clause, and no word of not being able right before it
("can't lift my foot" tells a sign).

An exercise is described by a position and an action of its own, two actions said apart, or
a picture said as an exercise ("the flamingo one", "like sitting on an invisible chair"); a
picture said otherwise only adds to a description ("flamingos stand on one leg" describes
nothing), and a start from another exercise's position takes from it. The number of knees
said ("hug your knee", "both knees") adds to the exercise that moves that many and takes from
the one that does not. The exercises described are those within a step of the best: one is
that exercise, two or more a "did you mean".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.engine.phrase_set import PhraseSet
from bot.engine.text import Analyzer, in_set_or_singular, singular_in
from bot.knowledge import Knowledge

_BREAK = "\x00"
"""How a clause mark starts (triage's separators): no feature is read across one."""
_UNMARKED = frozenset({"\x00main"})
"""Marks that end no clause (where a main clause starts): skipped like small words."""
_BRACKETS = re.compile(r"\s*\([^)]*\)")
"""A name's words in brackets ("Knees to chest (both knees)"): the name is said without them."""
_GAP = 1
"""Other words that may stand between two words of a feature ("foot resting on the knee")."""
_KIND_AFTER = 2
"""Words after a picture within which a kind word says it names an exercise ("seal one")."""
_LIKENED_BEFORE = 5
"""Words before a picture within which a word of likeness likens to it ("like sitting on an
invisible chair")."""
_NEAR = 8
"""Words between two features of one description at most ("lie on your back and, with both
hands round the shin, pull one knee in")."""
_UNABLE_BEFORE = 2
"""Words before a feature within which a word of not being able makes it a sign told."""

DESCRIBED = 2.0
"""What describes an exercise: a position and an action, or a picture said as an exercise."""
_FURTHER = 1.0
"""Added for each further action said apart: "bum to heels, arms forward" describes as a
position and an action do."""
_ELSEWHERE = 1.0
"""Taken where the description starts from another exercise's position and none of this
one's ("bending over standing up to touch my toes" is no seated stretch), unless a picture
names the exercise ("like sitting on an invisible chair" is no seat)."""
_COUNTED = 0.5
"""Added where the number of knees said is the exercise's; twice it taken where it is not."""
_STEP = 0.5
"""How far below the best an exercise may score and still be one the message describes."""

_POSITION, _ACTION, _PICTURE = "position", "action", "picture"
ONE, BOTH = "one", "both"


@dataclass(frozen=True)
class _Feature:
    exercise: str
    kind: str
    words: tuple[str, ...]


_Found = tuple[_Feature, tuple[int, int], bool]
"""A feature said, where (token positions, end excluded), and for a picture whether it is
said as an exercise."""


@dataclass(frozen=True)
class Described:
    """One exercise a message describes, how well, and where its features are said (token
    positions, end excluded, in the tokens read)."""

    exercise: str
    score: float
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ShapeReading:
    """The exercises a message describes, best first (empty: none), and how many knees or
    legs it says move (`count`: ONE, BOTH or '', not said or both said). Read once a
    message and handed to whatever needs it, so no part reads the shapes again."""

    described: tuple[Described, ...] = ()
    count: str = ""

    @property
    def exercises(self) -> tuple[str, ...]:
        return tuple(d.exercise for d in self.described)

    @property
    def ambiguous(self) -> bool:
        """The shape fits more than one exercise as well: a "did you mean"."""
        return len(self.described) > 1

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Where the description is said: its words are the exercise's, no complaint."""
        return tuple(sorted({s for d in self.described for s in d.spans}))

    def covers(self, start: int, end: int) -> bool:
        """Whether tokens[start:end] lie inside the description."""
        return any(a <= start and end <= b for a, b in self.spans)


def _near(found: list[_Found]) -> list[list[_Found]]:
    """`found` (one exercise's features) in groups said near each other, no more than _NEAR
    words from the one before: one description, not words scattered over a long story."""
    groups: list[list[_Found]] = []
    end = -_NEAR - 1
    for x in sorted(found, key=lambda x: x[1]):
        if x[1][0] - end > _NEAR:
            groups.append([])
        groups[-1].append(x)
        end = max(end, x[1][1])
    return groups


def _apart(spans: list[tuple[int, int]]) -> int:
    """How many of `spans` are said apart: overlapping ones are one."""
    groups = 0
    end = -1
    for a, b in sorted(spans):
        if a >= end:
            groups += 1
        end = max(end, b)
    return groups


class Shapes:
    """The shapes of one knowledge base's exercises, compiled once."""

    def __init__(self, kb: Knowledge, analyzer: Analyzer) -> None:
        self._analyzer = analyzer
        words = kb.language.shapes
        self._soft = analyzer.stems_of(words.soft) | _UNMARKED
        self._kinds = analyzer.stems_of(words.kinds)
        # a likeness is its whole phrase: "if" alone is a condition ("if the ball hits
        # the stumps"), only "as if" likens
        self._likeness = PhraseSet(analyzer.phrases_of(words.likeness))
        self._unable = analyzer.stems_of(words.unable)
        self._counted = frozenset(w for term in words.counted for w in analyzer.words(term))
        self._one = frozenset(w for term in words.one for w in analyzer.words(term))
        self._both = frozenset(w for term in words.both for w in analyzer.words(term))
        self._owners = frozenset(w for term in words.owners for w in analyzer.words(term))
        self._counts = {ex.id: ex.shape.count for ex in kb.exercises if ex.shape.count}
        # An exercise's name is read as its name ("wall sit", "child's pose"), never as a
        # shape: its words are no position, action or picture.
        self._names = {key for ex in kb.exercises
                       for name in (ex.title, _BRACKETS.sub("", ex.title), *ex.aliases)
                       if (key := tuple(analyzer.tokens(name)))}
        self._longest = max(map(len, self._names), default=0)
        features: list[_Feature] = []
        for ex in kb.exercises:
            for kind, texts in ((_POSITION, ex.shape.position), (_ACTION, ex.shape.action),
                                (_PICTURE, ex.shape.pictures)):
                for text in texts:
                    key = tuple(t for t in analyzer.tokens(text) if t not in self._soft)
                    if key:
                        features.append(_Feature(ex.id, kind, key))
        self._positions = {ex.id: frozenset(f.words for f in features
                                            if f.exercise == ex.id and f.kind == _POSITION)
                           for ex in kb.exercises}
        self._by_first: dict[str, list[_Feature]] = {}
        for feature in features:
            self._by_first.setdefault(feature.words[0], []).append(feature)

    def read_text(self, text: str) -> ShapeReading:
        """The exercises `text` describes by their shape, read from its tokens and the words
        as written: the one reading matching and scope share (Matcher.described,
        Scope.shaped)."""
        return self.read(self._analyzer.tokens(text), self._analyzer.spelled_words(text))

    def read(self, tokens: Sequence[str], written: Iterable[str] = ()) -> ShapeReading:
        """The exercises `tokens` (a message's stems, clause marks in them or not) describe;
        `written`, the message's words before the synonyms, tells how many knees."""
        count = self._count(list(written))
        found = self._found(tokens)
        if not found:
            return ShapeReading(count=count)
        scored: list[Described] = []
        started = [(f.words, span) for f, span, _ in found if f.kind == _POSITION]
        for exercise in dict.fromkeys(f.exercise for f, _, _ in found):
            own = max(_near([x for x in found if x[0].exercise == exercise]), key=self._score)
            score = self._score(own)
            # (a position said inside the exercise's own action is that action: "sit on
            # your feet" is no seated start)
            elsewhere = {words for words, (a, b) in started
                         if not any(c <= a and b <= d for _, (c, d), _ in own)}
            if elsewhere and not elsewhere & self._positions[exercise] and not any(
                    named for _, _, named in own):
                score -= _ELSEWHERE
            if score < DESCRIBED:
                continue
            if self.contradicts(exercise, count):
                score -= 2 * _COUNTED
            elif count and self._counts.get(exercise):
                score += _COUNTED
            scored.append(Described(exercise, score, tuple(span for _, span, _ in own)))
        if not scored:
            return ShapeReading(count=count)
        best = max(d.score for d in scored)
        return ShapeReading(tuple(sorted(
            (d for d in scored if d.score >= max(DESCRIBED, best - _STEP)),
            key=lambda d: (-d.score, d.exercise))), count)

    @staticmethod
    def _score(own: list[_Found]) -> float:
        """How well one exercise's features found describe it: a position, an action and
        each further action said apart (features said in the same words are one); a
        picture said as an exercise as much as a position and an action, one said beside
        them as much as either, one said inside an action nothing more ("curled up in a
        ball" is one action)."""
        positions = [span for f, span, _ in own if f.kind == _POSITION]
        actions = [span for f, span, _ in own if f.kind == _ACTION]
        pictures = [named for f, span, named in own if f.kind == _PICTURE and not any(
            a <= span[0] and span[1] <= b for a, b in actions)]
        score = 1.0 if positions else 0.0
        if actions:
            score += 1.0 + _FURTHER * (_apart(actions) - 1)
        if any(pictures):
            score += DESCRIBED
        elif pictures and score >= DESCRIBED:
            score += 1.0
        return score

    def _found(self, tokens: Sequence[str]) -> list[_Found]:
        """Each feature said, where, and for a picture whether it is said as an exercise."""
        found: list[_Found] = []
        named = self._in_names(tokens)
        clause: list[int] = []  # positions of the clause's words that are no small words
        for i, token in enumerate([*tokens, _BREAK]):
            if token.startswith(_BREAK) and token not in _UNMARKED:
                found.extend(self._in_clause(tokens, clause))
                clause = []
            elif token not in self._soft and i not in named:
                clause.append(i)
        return found

    def _in_names(self, tokens: Sequence[str]) -> set[int]:
        """The positions of the words of an exercise's name said in `tokens`."""
        inside: set[int] = set()
        for i in range(len(tokens)):
            for size in range(min(self._longest, len(tokens) - i), 0, -1):
                if tuple(tokens[i:i + size]) in self._names:
                    inside.update(range(i, i + size))
                    break
        return inside

    def _in_clause(self, tokens: Sequence[str], at: list[int]
                   ) -> list[_Found]:
        found: list[_Found] = []
        words = [tokens[i] for i in at]
        seen: set[_Feature] = set()
        for start, word in enumerate(words):
            for feature in self._by_first.get(word, ()):
                if feature in seen:
                    continue
                end = self._match(words, start, feature.words)
                if end is None or self._unable & set(words[max(0, start - _UNABLE_BEFORE):start]):
                    continue
                seen.add(feature)
                first, last = at[start], at[end - 1] + 1
                named = feature.kind == _PICTURE and (
                    bool(self._kinds & set(tokens[last:last + _KIND_AFTER]))
                    or self._likeness.said_in(tokens[max(0, first - _LIKENED_BEFORE):first]))
                found.append((feature, (first, last), named))
        return found

    @staticmethod
    def _match(words: list[str], start: int, key: tuple[str, ...]) -> int | None:
        """Where the feature `key` said from `start` ends (its words in order, at most _GAP
        others between two of them), or None."""
        at = start
        for word in key[1:]:
            for step in range(1, _GAP + 2):
                if at + step < len(words) and words[at + step] == word:
                    at += step
                    break
            else:
                return None
        return at + 1

    def contradicts(self, exercise: str, count: str) -> bool:
        """Whether the number of knees said (`count`, as `count` reads it) is not the one
        the exercise moves: "hug your knee" is no exercise of both knees, though its name
        "hug your knees" reads the same in stems."""
        wanted = self._counts.get(exercise)
        return bool(count and wanted and count != wanted)

    def _count(self, written: list[str]) -> str:
        """How many knees or legs the message says move: one, both, or '' (not said, or
        both said). A number said ("one knee", "both legs") decides; without one, the
        part's form ("knees"; "your knee")."""
        numbered: set[str] = set()
        formed: set[str] = set()
        for i, word in enumerate(written):
            if not in_set_or_singular(word, self._counted):
                continue
            plural = singular_in(word, self._counted)
            before = set(written[max(0, i - 2):i])
            if before & self._both:
                numbered.add(BOTH)
            elif before & self._one:
                numbered.add(ONE)
            elif plural:
                formed.add(BOTH)
            elif before & self._owners:
                formed.add(ONE)
        said = numbered or formed
        return said.pop() if len(said) == 1 else ""
