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

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from bot.engine.phrase_set import PhraseSet
from bot.engine.shapes import ShapeReading, Shapes
from bot.engine.text import Analyzer
from bot.knowledge import Exercise, Knowledge

_NAMED_BONUS = 0.15
"""Added to an exercise the message calls by one of its names ("should I do the piriformis
stretch?"): a name is stronger evidence than any number of symptom words around it."""

_DESCRIBED = 0.5
"""The least an exercise described by its shape scores before its name's bonus: a shape
said is as good as half a phrasing matched, however few words it shares with them."""

_SITUATION_BONUS = 0.15
"""Added to an entry written for a situation the message puts the writer in ("I had a
discectomy ... is this normal?" is a question for the entry on recovery after surgery)."""

_INTENT_BONUS = 0.1
"""Added to the entries a question's words ask for ("which exercises", "is it worth it"):
the kind of answer asked for, whatever the story around it is about."""

_LIVED_BONUS = 0.1
"""Added to the entries written for an activity of daily life that someone living with the
condition asks about ("a long flight with my leg like this" is a question on sitting): the
activity decides which entry, the condition that it is ours (Scope.lived)."""

_COMMON = 0.8
"""Words weighing less than this (used by most entries) do not pull in candidates alone."""

_SOLID = 2.0
"""Shared word weight below which an overlap counts for less (one rare word is about 3)."""
_FUZZY = 0.25
"""Share of a phrasing's score from rapidfuzz's token-set ratio; the rest is word overlap."""
_SPREAD = 0.3
"""Share of an entry's score from the message's words found anywhere in its phrasings.
These weights were set on the development set and checked on three blind ones."""

_PULLED = 2
"""A cue that asks for this many entries or fewer has them scored whatever words pull in
candidates: it says what kind of answer is wanted."""

_GRAMMAR = 0.5
"""Most a word of grammar (language.yaml `grammar`: "they", "but", "said") weighs: under
_COMMON, so it never pulls in a candidate alone."""


_PAUSE = re.compile(r"[,;:.!?()\u2013\u2014]+|\s-\s")
"""Where a phrase ends: an exercise's name is never read across one."""

_CLAUSE = re.compile(r"[,;:.!?\n]+")
"""Where a clause ends: a choice is weighed within one."""

_CLAUSE_TEXT = re.compile(r"[^,;:.!?\n]+")
"""A clause's own text, between the marks that end one (as `_CLAUSE` splits)."""

_SEVERAL_REACH = 3
"""How many words after a word of several ("each", "all these") the exercises it counts
may come: "all these lying and kneeling stretches"."""

_SHORTLIST = 60
"""Phrasings (best by word overlap) that also get the slower rapidfuzz comparison."""

_TOLD = 0.5
"""Weight of a word a story tells (its situation) against a word of what it asks: in "I'm
a lorry driver ... am I more likely to get it?" the question decides, the story helps."""

_FOREIGN = 2.0
"""Weight of a word of another topic when measuring how much of a message an entry explains:
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
    alike: tuple[str, ...] = ()
    """The exercises a shape fits as well ("lie on your back and pull your knees in" fits
    one knee and both till the number is said), none called by its name: where the best
    entry is one of them, a "did you mean" with them, whatever their phrasings' words make
    of it."""


@dataclass(frozen=True)
class _Choice:
    """A choice between two courses a question weighs (language.yaml `intents` with
    `against`), its words analysed."""

    cues: PhraseSet
    against: PhraseSet
    joined: PhraseSet
    unless: PhraseSet
    entries: tuple[str, ...]


def phrase_spans(words: tuple[str, ...], phrases: PhraseSet, present: frozenset[str]
           ) -> list[tuple[int, int]]:
    """Where each of `phrases` is said in `words` (whose set of words is `present`), word
    for word: (start, end) pairs, by place (the choices' sides are read in every clause of
    every ranking: only where a first word of theirs is said)."""
    return [(i, i + len(p)) for i, p in phrases.said(words, present)]


@dataclass(frozen=True)
class _Phrasing:
    entry_id: str
    tokens: frozenset[str]
    text: str
    weight: float


_MIN_REORDERED = 3
"""Fewest words a cue read in another word order keeps: "what do i do" as "what i do"
would be found in any sentence that tells what the writer does."""

_AUXILIARY_AT = (1, 2)
"""Where a cue's auxiliary may stand: right after its word of asking, or one word on
("how long does", "which exercises should")."""


class WordOrder:
    """A question asked without English's word order (language.yaml `word_order`): the
    auxiliary "do" left out before its subject (a pronoun, or a noun after a determiner:
    "what the stretches do") and the others after a pronoun subject, as questions are asked
    in many languages ("how long it takes", "when I should worry")."""

    def __init__(self, analyzer: Analyzer, parts: dict[str, tuple[str, ...]]) -> None:
        def read(part: str) -> frozenset[str]:
            return frozenset(analyzer.tokens(" ".join(parts.get(part, ()))))

        self._asking = read("asking")
        self._support = read("support")
        self._auxiliaries = read("auxiliaries")
        self._subjects = read("subjects")
        self._determiners = read("determiners")

    def unasked(self, cue: tuple[str, ...]) -> list[tuple[str, ...]]:
        """`cue` as asked in the other order, when it is a question with an auxiliary
        after its word of asking: none, or one reading."""
        if not cue or cue[0] not in self._asking:
            return []
        for at in _AUXILIARY_AT:
            # (a verb after the subject: "why is it" alone is no question in any order)
            if at + 2 >= len(cue):
                return []
            word, after = cue[at], cue[at + 1]
            if word in self._support and after in self._subjects | self._determiners:
                said = (*cue[:at], *cue[at + 1:])
            elif word in self._auxiliaries and after in self._subjects:
                said = (*cue[:at], after, word, *cue[at + 2:])
            else:
                continue
            return [said] if len(said) >= _MIN_REORDERED else []
        return []


class Matcher:
    """Compiled phrasings of one knowledge base; `rank` scores a message against them."""

    def __init__(self, kb: Knowledge, analyzer: Analyzer, shapes: Shapes) -> None:
        self._analyzer = analyzer
        # An exercise described by its shape is read as one called by its name (the one
        # Shapes of the knowledge base, compiled once for every part that reads shapes).
        self._shapes = shapes
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
        # Numbers ("10 days", "5 to 10 reps") say how much, not what about, and a letter
        # alone (the "l" of "L4-L5") says little: weigh them lightly.
        self._idf = {
            t: min(math.log((n + 1) / (c + 0.5)),
                   1.0 if t.isdigit() or len(t) == 1 else math.inf)
            for t, c in df.items()
        }
        # A word no phrasing uses says little about which entry is meant: weigh it lightly.
        self._unknown_idf = 1.0
        # Nor does a word of grammar, however few phrasings happen to use it.
        self._grammar = frozenset(analyzer.tokens(" ".join(kb.language.grammar))) - self._stop
        for t in self._grammar & self._idf.keys():
            self._idf[t] = min(self._idf[t], _GRAMMAR)
        self._reporting = frozenset(analyzer.tokens(" ".join(kb.language.reporting)))
        self._vocab: dict[str, frozenset[str]] = {
            eid: frozenset().union(*phrasings) for eid, phrasings in analysed.items()
        }
        # What an entry's phrasings say of the body outside our exercises' names: "knee to
        # chest" names an exercise, not the chest ("a good chest day workout" is not ours).
        names = sorted({n.lower() for e in kb.entries.values() if isinstance(e, Exercise)
                        for n in (re.sub(r"\s*\([^)]*\)", "", e.title), *e.aliases)
                        if n.strip()}, key=len, reverse=True)
        unnamed = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.I)
        self._unnamed: dict[str, frozenset[str]] = {
            eid: frozenset().union(*(self.content(unnamed.sub(" ", t)) for t in own))
            for eid, own in texts.items()}
        # The words of each exercise's own names ("knee", "chest" for knee to chest): a part
        # of the body said in them may be the exercise's, not the writer's complaint.
        self._named_words: dict[str, frozenset[str]] = {
            e.id: frozenset().union(*(self.content(re.sub(r"[()]", " ", n))
                                      for n in (e.title, *e.aliases)))
            for e in kb.entries.values() if isinstance(e, Exercise)}
        self._all_words = frozenset(df)
        self._phrasings: list[_Phrasing] = []
        for eid, phrasings in analysed.items():
            for tokens in phrasings:
                if tokens:
                    self._phrasings.append(
                        _Phrasing(eid, frozenset(tokens), " ".join(sorted(tokens)),
                                  math.fsum(self._idf[t] for t in tokens))
                    )
        self._by_token: dict[str, list[int]] = {}
        for i, p in enumerate(self._phrasings):
            for t in p.tokens:
                self._by_token.setdefault(t, []).append(i)
        # How many of each entry's phrasings say each word: whose topic the word is.
        self._said: dict[str, Counter[str]] = {}
        for p in self._phrasings:
            for t in p.tokens:
                self._said.setdefault(t, Counter())[p.entry_id] += 1
        self._texts = [p.text for p in self._phrasings]
        self._weights = [p.weight for p in self._phrasings]
        self._token_sets = [p.tokens for p in self._phrasings]
        named = {
            (phrase, ex.id)
            for ex in kb.exercises
            for name in (ex.title, *ex.aliases)
            if (phrase := tuple(t for t in analyzer.tokens(name) if t not in self._stop))
        }
        self._names = sorted(named)
        # A cue is read word for word, small words too: without them, "have to do them"
        # would be found in "am I doing them too fast".
        self._intents: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        self._emphasis = frozenset(analyzer.tokens(" ".join(kb.language.emphasis)))
        # A choice between two courses is read by its sides, not word for word.
        self._choices: list[_Choice] = []
        # The entries of cues asked only of the writer's situation ("normal?")
        self._situated: set[tuple[str, ...]] = set()
        # The entries of cues that tell what followed an activity ("overdid it", "flared up")
        self._follows: set[tuple[str, ...]] = set()
        phrases = self._phrases
        order = WordOrder(analyzer, kb.language.word_order)
        for intent in kb.language.intents:
            if intent.against:
                self._choices.append(_Choice(
                    phrases(intent.cues), phrases(intent.against), phrases(intent.joined),
                    phrases(intent.unless), intent.entries))
                continue
            for cue in intent.cues:
                phrase = analyzer.tokens(cue)
                for said in (phrase, *order.unasked(phrase)) if phrase else ():
                    self._intents.setdefault(said[0], []).append((said, intent.entries))
            if intent.situated:
                self._situated.add(intent.entries)
            if intent.follows:
                self._follows.add(intent.entries)
        domain = kb.language.domain
        # (Read as written: the stem of "ones" is "one", as in "one knee hug".)
        self._several_words = frozenset(w for t in domain.several
                                        for w in analyzer.spelled_words(t))
        self._several_of = frozenset(w for t in domain.several_of
                                     for w in analyzer.spelled_words(t))
        self._situations = [
            (frozenset(words), entry.id)
            for entry in kb.faqs for text in entry.situation
            if (words := self.content(text))
        ]

    def _phrases(self, texts: Iterable[str]) -> PhraseSet:
        return PhraseSet(self._analyzer.tokens(text) for text in texts)

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every analysed word of every phrasing, title and exercise name."""
        return self._all_words

    @property
    def stopwords(self) -> frozenset[str]:
        """Analysed stopwords: words too common to tell one question from another."""
        return self._stop

    def content(self, text: str) -> set[str]:
        """Analysed words of `text` without stopwords."""
        return {t for t in self._analyzer.tokens(text) if t not in self._stop}

    def uses(self, entry_id: str, texts: Iterable[str]) -> bool:
        """Whether one entry's phrasings use every word of `texts` ("knees" for a pillow
        between the knees), outside our exercises' names (no chest in "knee to chest")."""
        vocabulary = self._unnamed.get(entry_id, frozenset())
        return all(set(self.content(text)) <= vocabulary for text in texts)

    def named_with(self, entry_id: str, texts: Iterable[str]) -> bool:
        """Whether every word of `texts` is a word of one exercise's own names ("knee" of
        knee to chest, "hip" of the hip flexor stretch): "why only one knee at a time" is
        about the exercise that names the knee."""
        vocabulary = self._named_words.get(entry_id, frozenset())
        return bool(vocabulary) and all(set(self.content(text)) <= vocabulary for text in texts)

    def idf(self, token: str) -> float:
        return self._idf.get(token, _GRAMMAR if token in self._grammar else self._unknown_idf)

    def coverage(self, ranking: Ranking, entry_id: str, foreign: Iterable[str] = (),
                 plain: frozenset[str] = frozenset()) -> float:
        """Share of what the message says that one entry's phrasings explain: rare words
        weigh more, a word of another topic (`foreign`) as much as a fairly rare one, other
        words no entry uses little, and `plain` words ("how", "get", "out") nothing. One
        shared word next to others explains nothing: "skincare routine order" is not the
        routine, "red wine" not the red flags."""
        query = ranking.query - plain
        shared = query & self._vocab.get(entry_id, frozenset())
        if len(shared) < 2 and len(query) > len(shared):
            return 0.0
        other = set(foreign)
        total = math.fsum(_FOREIGN if t in other and t not in self._idf else self.idf(t)
                          for t in query)
        return math.fsum(self._idf[t] for t in shared) / total if total else 0.0

    def rank(self, text: str, limit: int = 5, ignore: frozenset[str] = frozenset(),
             context: str | None = None, asked: str | None = None,
             cues: str | None = None, told: float = _TOLD,
             current: frozenset[str] | None = None,
             lived: frozenset[str] = frozenset(),
             topics: frozenset[str] = frozenset(),
             aside: frozenset[str] = frozenset(),
             reading: ShapeReading | None = None) -> Ranking:
        """Entries best matching `text`, best first, scores in 0..1. Words in `ignore` (a
        denied symptom: "no numbness") are context, not the question. The situation comes
        from `context` when given (the whole message a question was taken from). With
        `asked` (the sentences of `text` that ask), the other words of `text` tell the
        story: they weigh less (_TOLD) than what is asked. What kind of answer is wanted
        (language.yaml `intents`) is read in `cues`, else in `asked`, else in `text`. An
        entry's situation counts only in the words said of one now (`current`, when given:
        not "not pregnant", not "when I was pregnant"). The entries in `lived` are written
        for an activity of daily life the writer asks about (Scope.lived). `topics` are the
        words of topics with an entry of their own the message names (Scope.topics), and
        `aside` the words said only where they tell when or someone else's (Scope.aside).
        `reading` is `text`'s shape reading (`described`) where the caller has read it: a
        message's shapes are read once, however many rankings read it."""
        if reading is None:
            reading = self.described(text)
        query = self.content(text) - ignore
        situated = self.content(context) - ignore if context is not None else query
        question = self.content(asked) - ignore if asked is not None else query
        weights = {t: self.idf(t) * (1.0 if t in question else told) for t in query}
        # Who said it (a word some phrasing uses: "doctor", "physio") pulls in no entry of
        # its own; words no phrasing uses pull in none anyway.
        sources = self._sources(text)
        for t in sources & weights.keys() & self._all_words:
            weights[t] *= _TOLD
        named = self._named(text, ignore, reading)
        said = [(words, entry_id) for words, entry_id in self._situations
                if words <= situated and (current is None or words <= current)]
        placed = {entry_id for _, entry_id in said}
        # An exercise named beside a topic with an entry of its own, or in a situation an
        # entry is written for, is where or when: "paracetamol before doing the wall sit
        # ok?" asks about painkillers, "had a discectomy 3 weeks ago, can I do the knee hug
        # yet" about recovery. Its name's words tell the story and earn no bonus.
        # The entries a cue asks for alone or nearly ("is that sciatica or something else")
        # are scored on the words they share, even where no rare word pulls them in.
        # The choices a question weighs, read once: they are cues, and they lead below.
        chosen = self._chosen(cues or asked or text)
        cued = [entries for _, entries in self._cues(cues or asked or text, chosen)]
        pulled = frozenset(entry for entries in cued
                           if len(entries) <= _PULLED for entry in entries)
        # So are the exercises spoken of as several ("each stretch, like the knee hugging")
        # where a cue asks for an entry on them ("how many times"): the exercises in general.
        several = bool(pulled - self._named_words.keys()) and self._several(text, named)
        setting = self._setting(named, topics - sources,
                                {entry_id for words, entry_id in said if not words <= aside},
                                several)
        for t in setting & weights.keys():
            weights[t] *= _TOLD
        q_weight = math.fsum(weights.values())
        unknown = sum(1 for t in query if t not in self._idf) / len(query) if query else 0.0
        ranked = self._rank(query, q_weight, weights, pulled)
        # An exercise described by its shape is a candidate however few of its phrasings'
        # words the description shares ("the proposing position stretch"), unless said as
        # context (`setting`).
        shaped = set() if setting else set(reading.exercises)
        if shaped:
            ranked = [replace(c, score=max(c.score, _DESCRIBED)) if c.entry_id in shaped
                      else c for c in ranked]
            ranked.extend(Candidate(e, _DESCRIBED) for e in sorted(
                shaped - {c.entry_id for c in ranked}))
        bonus = {} if setting else dict.fromkeys(named, _NAMED_BONUS)
        # ... and the topic takes the name's place, for the entry that speaks of it most
        # (in a situation an entry is written for, that entry's bonus already leads).
        asked_about = self._about(ranked, topics - sources - setting) if setting else None
        if asked_about is not None and not placed:
            bonus[asked_about] = _NAMED_BONUS
        # The number of knees said ("both knees", "hug your knee") takes from the exercise
        # that moves the other number as much as a name gives.
        for c in ranked:
            if self._shapes.contradicts(c.entry_id, reading.count):
                bonus[c.entry_id] = bonus.get(c.entry_id, 0.0) - _NAMED_BONUS
        for entry_id in placed:
            bonus[entry_id] = bonus.get(entry_id, 0.0) + _SITUATION_BONUS
        # A situation qualifies what is asked: "how long till I'm back to normal" after an
        # operation, "is it safe to stretch" in pregnancy ask the entry written for that
        # situation, which takes the kind of answer asked for from the general entries.
        intended = {entry for entries in cued
                    for entry in entries
                    if entries not in self._situated or entry in placed}
        if placed and intended - placed:
            intended = intended | placed
        for entry_id in intended:
            bonus[entry_id] = bonus.get(entry_id, 0.0) + _INTENT_BONUS
        for entry_id in lived:
            bonus[entry_id] = bonus.get(entry_id, 0.0) + _LIVED_BONUS
        if bonus:
            ranked = sorted(
                (replace(c, score=max(0.0, min(1.0, c.score + bonus[c.entry_id])))
                 if c.entry_id in bonus else c for c in ranked),
                key=lambda c: c.score, reverse=True,
            )
        # A choice the question weighs ("A&E tonight or wait for my GP?") is a kind of
        # question with one entry for it: that entry leads, ahead by a cue's bonus, even
        # where it shares no word with the message.
        kinds = [entries[0] for _, entries in chosen]
        if kinds and ranked:
            kind = kinds[0]
            own = next((c for c in ranked if c.entry_id == kind), Candidate(kind, 0.0))
            others = [c for c in ranked if c.entry_id != kind]
            lead = min(1.0, max(own.score, others[0].score + _INTENT_BONUS if others else 0.0))
            ranked = [replace(own, score=lead), *others]
        return Ranking(ranked[:limit], q_weight, unknown, frozenset(query),
                       self._alike(text, reading))

    def _alike(self, text: str, reading: ShapeReading) -> tuple[str, ...]:
        """The exercises `reading` fits as well, none of them called by its name in `text`
        (Ranking.alike); () when the shape fits one or none, or one of them is named."""
        if not reading.ambiguous or self.names(text) & set(reading.exercises):
            return ()
        return reading.exercises

    def _sources(self, text: str) -> set[str]:
        """The words that name who said something, just before a verb that reports it
        ("my GP said", "the Dr. said", "physio reckons"), and said nowhere else in `text`:
        where the story comes from, not what it asks ("the Dr. said I have a slipped disc
        ... help with the pain" asks about the pain, not about seeing a doctor)."""
        if not self._reporting:
            return set()
        every = self._analyzer.tokens(text)
        named: set[str] = set()
        elsewhere: set[str] = set()
        for i, token in enumerate(every):
            if token in self._stop or token in self._reporting:
                continue
            # right before the verb: "gave me leaflets and said" names no leaflet as a source
            if i + 1 < len(every) and every[i + 1] in self._reporting:
                named.add(token)
            else:
                elsewhere.add(token)
        return named - elsewhere

    def situated(self, text: str) -> frozenset[str]:
        """The entries whose situation `text` names ("30 weeks pregnant": the pregnancy
        entry), said or not as the writer's now."""
        words = self.content(text)
        return frozenset(entry_id for needed, entry_id in self._situations if needed <= words)

    def follows(self, text: str) -> bool:
        """Whether a cue of `text` tells what followed an activity ("overdid it at the gym",
        "flared up after a long drive"; language.yaml `follows`): it is what is asked."""
        return any(entries in self._follows for entries in self.cued(text))

    def asked_for(self, text: str) -> set[str]:
        """The entries a question's cues ask for (language.yaml `intents`)."""
        return {entry for entries in self.cued(text) for entry in entries}

    def asking(self, text: str, specific: int) -> tuple[str, frozenset[str]]:
        """`text` up to the end of its last clause whose cue asks for a kind of answer only
        we give (one that fits `specific` entries or fewer), and those entries, where more
        is said after it: the writer's aside on why they ask ("just give me a daily plan,
        I'm sick of piecing it together"). What is said before the question sets its topic
        ("my kid has chickenpox, how long till it's gone"). Empty when no aside follows."""
        parts = [m for m in _CLAUSE_TEXT.finditer(text) if m.group(0).strip()]
        entries: set[str] = set()
        last = -1
        for i, part in enumerate(parts):
            found = [e for e in self.cued(part.group(0)) if len(e) <= specific]
            if found:
                last = i
                entries.update(entry for e in found for entry in e)
        if last < 0 or last == len(parts) - 1:
            return "", frozenset()
        return text[:parts[last].end()], frozenset(entries)

    def told(self, text: str) -> str:
        """The clauses of `text` with no cue of their own: what the writer tells beside what
        they ask ("stuck in the booth all day" beside "any tips for sitting")."""
        return ", ".join(m.group(0) for m in _CLAUSE_TEXT.finditer(text)
                         if m.group(0).strip() and not self._cues(m.group(0)))

    def cued(self, text: str) -> list[tuple[str, ...]]:
        """For each cue found in `text` (word for word, within one phrase), the entries it
        asks for."""
        return [entries for _, entries in self._cues(text)]

    def asking_words(self, text: str) -> frozenset[str]:
        """The analysed words of the cues found in `text`, stopwords aside: how it asks
        ("what should I not be doing"), not what it tells."""
        return frozenset(word for phrase, _ in self._cues(text) for word in phrase
                         if word not in self._stop)

    def _chosen(self, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """For each choice (an intent with `against`) a clause of `text` weighs, its words
        and its entries: "should I go to A&E tonight or wait for my GP?" weighs going now
        against waiting, one side before the joining word and the other after it. A clause
        that opens with the joining word ("..., or wait?") goes on from the one before."""
        found: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        if not self._choices:
            return found
        clauses: list[tuple[str, ...]] = []
        for part in _CLAUSE.split(text):
            said = self._analyzer.tokens(part)
            if clauses and any(said[:len(j)] == j for c in self._choices for j in c.joined):
                clauses[-1] = clauses[-1] + said
            elif said:
                clauses.append(said)
        for said in clauses:
            present = frozenset(said)
            for choice in self._choices:
                if choice.unless.said_in(said, present):
                    continue
                one = phrase_spans(said, choice.cues, present)
                other = phrase_spans(said, choice.against, present)
                for j_start, j_end in phrase_spans(said, choice.joined, present):
                    if any(a_end <= j_start and j_end <= b_start
                           for first, second in ((one, other), (other, one))
                           for _, a_end in first for b_start, _ in second):
                        found.append((tuple(said), choice.entries))
                        break
        return found

    def _cues(self, text: str,
              chosen: list[tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
              ) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Each cue found in `text` and its entries, the choices it weighs first (`chosen`:
        those of `text` when already read)."""
        found = list(self._chosen(text) if chosen is None else chosen)
        for part in _PAUSE.split(text):
            said = self._analyzer.tokens(part)
            # A word of emphasis inside a cue ("where do I even begin", "how bad is that
            # actually") changes nothing of what is asked.
            plain = tuple(t for t in said if t not in self._emphasis)
            seen: set[tuple[str, ...]] = set()
            for words in (said, plain) if plain != said else (said,):
                for i, token in enumerate(words):
                    for phrase, entries in self._intents.get(token, ()):
                        if phrase not in seen and (words[i : i + len(phrase)] == phrase
                                                   or self._described(words, i, phrase)):
                            seen.add(phrase)
                            found.append((phrase, entries))
        return found

    def _described(self, words: tuple[str, ...], at: int, phrase: tuple[str, ...]) -> bool:
        """A cue of two words with a word or two describing its second between them: "good
        exercises" in "some good lumbar strain exercises", "best stretch" in "best hamstring
        stretch" (words of substance: no small words between)."""
        if len(phrase) != 2:
            return False
        for gap in (1, 2):
            end = at + 1 + gap
            if end < len(words) and words[end] == phrase[1] and all(
                    w not in self._stop for w in words[at + 1:end]):
                return True
        return False

    def _about(self, ranked: list[Candidate], topics: frozenset[str]) -> str | None:
        """Of the entries ranked, the one whose phrasings say the topic's words most often
        (no exercise): "paracetamol" is the painkillers' topic more than the other
        medicines', "coming back" recurrence's more than recovery's. The better ranked of
        two that say them as often."""
        best: tuple[int, str] | None = None
        for c in ranked:
            if c.entry_id in self._named_words:
                continue
            said = sum(self._said[t][c.entry_id] for t in topics if t in self._said)
            if said and (best is None or said > best[0]):
                best = (said, c.entry_id)
        return best[1] if best else None

    def names(self, text: str) -> set[str]:
        """Exercises the text calls by name ("is the piriformis stretch safe?")."""
        return set(self._named_spans(text, frozenset()))

    def _setting(self, named: dict[str, frozenset[str]], topics: frozenset[str],
                 placed: set[str], several: bool = False) -> frozenset[str]:
        """The words of the exercises' names said as context: beside a topic with an entry
        of its own said outside them (`topics`), in a situation an entry other than theirs
        is written for (`placed`), or spoken of as several where a cue asks for an entry on
        them (`several`). None when no exercise is named."""
        if not named:
            return frozenset()
        words = frozenset().union(*named.values())
        if topics - words or placed - named.keys() or several:
            return words
        return frozenset()

    def _several(self, text: str, named: dict[str, frozenset[str]]) -> bool:
        """Whether the exercises are spoken of as several: two or more named ("toe touches
        and sit ups"), or one beside a word of `several` up to three words before one of
        `several_of` ("each stretch, like the knee hugging", "the lying down ones and the
        wall sit"); not "how many each side" (language.yaml `several`)."""
        if len(named) > 1:
            return True
        if not named:
            return False
        every = self._analyzer.spelled_words(text)
        return any(token in self._several_words and any(
            t in self._several_of for t in every[i:i + _SEVERAL_REACH + 1])
            for i, token in enumerate(every))

    def _named(self, text: str, ignore: frozenset[str], reading: ShapeReading
               ) -> dict[str, frozenset[str]]:
        """Exercises the text calls by name or describes by their shape ("lie on your back
        and hug your knee": bot/engine/shapes.py), each with the words it was said in; a
        name whose number of knees the text denies is none ("hug your knee" is no "hug
        your knees"). `reading` is `text`'s shape reading."""
        named = {e: words for e, words in self._named_spans(text, ignore).items()
                 if not self._shapes.contradicts(e, reading.count)}
        tokens = self._analyzer.tokens(text)
        for d in reading.described:
            said = frozenset(tokens[i] for a, b in d.spans for i in range(a, b)) - self._stop
            named[d.exercise] = named.get(d.exercise, frozenset()) | said
        return named

    def described(self, text: str) -> ShapeReading:
        """The exercises the text describes by their shape."""
        return self._shapes.read_text(text)

    def _named_spans(self, text: str, ignore: frozenset[str]) -> dict[str, frozenset[str]]:
        """Exercises the text calls by name, each with the words its name was said in. A
        longer name wins over one inside it ("both knees to chest" is not also "knee to
        chest"); of two overlapping names of the same length, the one that starts first
        wins, so the result never depends on set order. A name never runs across a comma or
        a full stop ("on my knee, pull" is no "knee pull")."""
        skip = self._stop | ignore
        sequence: list[str] = []
        for part in _PAUSE.split(text):
            sequence.extend(t for t in self._analyzer.tokens(part) if t not in skip)
            sequence.append(_PAUSE.pattern)  # no name contains it
        present = set(sequence)
        spans = sorted(
            (-len(phrase), i, entry_id)
            for phrase, entry_id in self._names
            if phrase[0] in present
            for i in range(len(sequence) - len(phrase) + 1)
            if tuple(sequence[i : i + len(phrase)]) == phrase
        )
        taken: set[int] = set()
        found: dict[str, frozenset[str]] = {}
        for minus_size, start, entry_id in spans:
            span = set(range(start, start - minus_size))
            if not span & taken:
                taken |= span
                found[entry_id] = found.get(entry_id, frozenset()) | {
                    sequence[i] for i in span}
        return found

    def _rank(self, query: set[str], q_weight: float, told: dict[str, float],
              pulled: frozenset[str] = frozenset()) -> list[Candidate]:
        if not query:
            return []
        idf = self._idf
        # In a fixed order: the weights below are summed word by word, and a float sum
        # taken in a set's order (which changes with the hash seed from run to run) can
        # break a tie one way in one process and the other way in the next.
        known = sorted(t for t in query if t in idf)
        # Phrasings that share only a very common word ("how", "pain") cannot win; leaving
        # them out keeps a knowledge base 100 times larger fast.
        telling = [t for t in known if idf[t] >= _COMMON] or known
        told_first = frozenset(telling)
        # The weight each candidate phrasing shares with the message, summed along the
        # phrasings that use each word (cheaper than one set intersection per phrasing).
        shared_by: dict[int, float] = {}
        if pulled:
            for t in known:
                for idx in self._by_token.get(t, ()):
                    if self._phrasings[idx].entry_id in pulled:
                        shared_by.setdefault(idx, 0.0)
        for t in telling:
            weight = told[t]
            for idx in self._by_token.get(t, ()):
                shared_by[idx] = shared_by.get(idx, 0.0) + weight
        if not shared_by:
            return []
        token_sets = self._token_sets
        for t in known:
            if t in told_first:
                continue
            weight = told[t]
            postings = self._by_token.get(t, ())
            if len(postings) < len(shared_by):
                for idx in postings:
                    if idx in shared_by:
                        shared_by[idx] += weight
            else:
                for idx in shared_by:
                    if t in token_sets[idx]:
                        shared_by[idx] += weight
        # Dice (harmonic) alone punishes long messages; the share of the phrasing the
        # message covers rewards them, damped when what is shared weighs under _SOLID.
        # (Half the Dice coefficient is shared / (q_weight + weight).)
        weights = self._weights
        overlap: list[tuple[float, float, int]] = []
        add = overlap.append
        for idx, shared in shared_by.items():
            weight = weights[idx]
            covered = shared / weight
            if shared < _SOLID:
                covered *= shared / _SOLID
            add((shared / (q_weight + weight) + 0.5 * covered, shared, idx))
        shortlist = heapq.nlargest(_SHORTLIST, overlap)
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
            support = math.fsum(told[t] for t in query & self._vocab[eid])
            score = (1 - _SPREAD) * phrasing_score + _SPREAD * support / q_weight
            ranked.append(Candidate(eid, score, support, eid in exact))
        ranked.sort(key=lambda c: c.score, reverse=True)
        return ranked
