"""Is a message about this bot's domain? Scope from positive evidence.

The model is data (language.yaml `domain`): concepts that show a message is ours (the
condition, the back, the legs, a nerve symptom, pain, care), each counted once with its
weight, some only next to what they need ("pain" with "leg"). Without that much, a message
is still ours while nothing in it points elsewhere: no other body part or condition, and no
word of another topic; then everyday words of ours ("stretch", "heat", "crunch") hint at it.
A word of another topic is one that nothing in the knowledge base uses (no entry, answer,
exercise step or domain term) and that is neither common English nor listed as generic:
"bracket" in "best wall mounted tv bracket", "spanish" in "routine for learning spanish";
nor merely another form of such a word ("thatll", "strongest", "undone", the chat spelling
"agn"): being unknown is not enough to be another topic's. Nor is an unknown word in the
place of a verb or a quality ("should I fret", "the nights are so grim"), beside something
of ours said in its own words: what someone does or how something is says no topic; a
thing named does ("a wall bracket", "a ps5").
This module only measures; the engine decides what the evidence means.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Generic, TypeVar

from bot.engine.durations import TIME_UNITS
from bot.engine.numbers import ADULT_FROM, CARDINALS, ORDINALS, UNITS, number_at
from bot.engine.phrase_set import PhraseSet
from bot.engine.shapes import ShapeReading, Shapes
from bot.engine.text import (
    SENTENCE,
    Analyzer,
    common_words,
    english_words,
    frequency,
    frequent_words,
    questions,
    sentences,
    stem,
    tokenize,
)
from bot.knowledge import EXERCISE_NAME, Exercise, Faq, Knowledge

T = TypeVar("T")


@dataclass(frozen=True)
class Evidence:
    """What a message says about being ours.

    `weight` sums the concepts it mentions, each once, those with `needs` only next to what
    they need; `hints` sums every concept it mentions, needs or not, except the general ones
    (words other topics use as much), with an exercise's everyday name ("crunch")."""

    weight: float
    hints: float
    foreign: tuple[str, ...]  # words of another topic (see the module's docstring)
    elsewhere: bool  # names another body part or condition
    named: bool  # calls one of our exercises by a name no other topic uses
    exercise: bool  # calls one of our exercises by any name, everyday ones too ("crunches")
    complaint: bool  # mentions a complaint (pain, a nerve symptom), not only a place or care
    enough: bool  # weight reaches the domain threshold
    own: float = 0.0  # weight without an exercise's name: what the message says of the body
    places: tuple[str, ...] = ()  # the other body parts and conditions it names
    animal: bool = False  # every body part it names is an animal's or a small child's
    # hints, and half a concept's weight for each further term of it the message says in
    # its own words ("chiropractors, injections, yoga, surgery"): how much a story says
    strength: float = 0.0
    # all it names of ours is care for an animal or a young child ("give my dog ibuprofen",
    # "a mattress for a toddler"), nothing of anyone's body or condition
    theirs: bool = False
    # unknown words that say what someone does or how something is ("should I fret"),
    # beside something of ours: neither ours nor another topic's
    neutral: tuple[str, ...] = ()
    # a complaint said in words of its own, not the nerve alone ("how does it help the
    # nerve" names what is helped, no complaint of a place)
    hurting: bool = False
    # names a goal of another topic ("a bigger bum", "belly fat"): `goals` in the domain
    goal: bool = False

    @property
    def clear(self) -> bool:
        """Nothing in the message points to another topic."""
        return not self.foreign and not self.elsewhere


class _Phrases(Generic[T]):
    """Analysed phrases, each with a label, found in one pass over a message's tokens.

    A phrase is matched on the message's words without stopwords ("pulled my hamstring"
    finds "pulled hamstring"), unless that leaves one word of several, or none ("with this"):
    then on all its words, so "my dog" does not become "dog" (upward dog)."""

    def __init__(self, read: Callable[[str], tuple[str, ...]], stop: frozenset[str],
                 items: Iterable[tuple[str, T]], *, keep_short: bool = True) -> None:
        self._content: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        self._full: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        for text, label in items:
            tokens = read(text)
            content = tuple(t for t in tokens if t not in stop)
            if (keep_short and len(content) == 1 and len(tokens) > 1) or (tokens and not content):
                self._full.setdefault(tokens[0], []).append((tokens, label))
            elif content:
                self._content.setdefault(content[0], []).append((content, label))
        # Every phrase's first word: a message with none of them has none of the phrases
        # (most messages, for most of the many small sets of phrases read in each).
        self._first = frozenset(self._content) | frozenset(self._full)

    def spans(self, every: tuple[str, ...], stop: frozenset[str]) -> list[tuple[T, range]]:
        """Each phrase found, with the positions in `every` of the words it matched."""
        if self._first.isdisjoint(every):
            return []
        where = [i for i, t in enumerate(every) if t not in stop]
        content = tuple(every[i] for i in where)
        found: list[tuple[T, range]] = []
        for i, token in enumerate(content):
            for phrase, label in self._content.get(token, ()):
                if content[i : i + len(phrase)] == phrase:
                    found.append((label, range(where[i], where[i + len(phrase) - 1] + 1)))
        for i, token in enumerate(every):
            for phrase, label in self._full.get(token, ()):
                if every[i : i + len(phrase)] == phrase:
                    found.append((label, range(i, i + len(phrase))))
        return found

    def find(self, every: tuple[str, ...], content: tuple[str, ...]) -> set[T]:
        found: set[T] = set()
        if self._first.isdisjoint(every) and self._first.isdisjoint(content):
            return found
        for sequence, index in ((content, self._content), (every, self._full)):
            for i, token in enumerate(sequence):
                for phrase, label in index.get(token, ()):
                    if sequence[i : i + len(phrase)] == phrase:
                        found.add(label)
        return found


_Term = tuple[str, tuple[str, ...]]
"""A domain term found: its concept's name and its words (stems)."""

_ANIMAL = "animal"
_GAP = "\x00"  # where a word taken by another place stood: no phrase runs across it
_SMALL = "small child"
_PERSON = "person"
_REACH = 6
"""How many words before a body part the word that says whose it is may be ("my dog's
stiff old hips", "his back legs")."""
_AFTER = 3
"""How many words after a body part a placing word may be ("back pain in dogs")."""
_THIRD = frozenset({"has", "is", "was", "hes", "shes", "keep", "seem"})
"""A third person's verb, what an animal named before a writer's clause has or is
(`_relative`): "the dog I walk has ..." (a message's tokens, as the analyzer reads them)."""
_DOER = 3
"""How many words a being may be before what it does ("my toddler still won't sleep")."""
_PHRASE_END = re.compile(r"[,;:.!?()\u2013\u2014]+|\s-\s|\b(?:but|so|and then)\b", re.I)
"""Where what a rejecting word rules out ends ("I don't want pills, but is heat ok?")."""
_PREDICATE_END = re.compile(r"[,;:.!?()\u2013\u2014/]+|\s-\s|\b(?:or|and|but|than)\b", re.I)
"""Where a clause ends for what its words do (`predicated`): "so" is a word of degree
there ("so brutal")."""
_ADVERB = "ly"
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s|$)")
"""Where a sentence ends, for the sense of a shared word (`_senses`)."""
_LINKING = ("is", "are", "am", "was", "were", "be", "been", "being", "feel", "feels", "felt",
            "feeling", "get", "gets", "got", "getting", "go", "goes", "went", "s", "re", "m",
            "im", "not")
_DEGREE_SO = "".join(rf"(?<!\b{w}\s)" for w in _LINKING) + r"\bso\b"
""""So" after a linking verb is a word of degree, no clause's end ("my calves are so
tight after my run" is one clause)."""
_SENSE_END = re.compile(
    r"[,;:.!?()\u2013\u2014]+|\s-\s|\b(?:or|and|but|than)\b|" + _DEGREE_SO, re.I)
"""Where a clause ends for the sense of a shared word (`_senses`): as `_CLAUSE_END`, but
a slash stays inside ("C5/6 disc") and "so" said of degree does not end it."""
_SENSE_MARKED = re.compile(rf"({_SENSE_END.pattern})", re.I)
"""`_SENSE_END` keeping the marks, for the word that opens a comparison ("than")."""
_CLAUSE_END = re.compile(r"[,;:.!?()\u2013\u2014/]+|\s-\s|\b(?:or|and|but|so|than)\b", re.I)
# ... and, where a comparison is read whole ("worse than my arthritic knee"), not at "than"
_COMPARING_CLAUSE_END = re.compile(r"[,;:.!?()\u2013\u2014/]+|\s-\s|\b(?:or|and|but|so)\b",
                                   re.I)
"""Where a clause ends: the writer's own words about what is asked (`_own`) stay in theirs."""
_OWNING_REACH = 3
"""How many words (a determiner, describing words) may come between a word that tells a
condition as the writer's own and the condition: "also have a new hip", "got really bad
hip arthritis"."""
_OWN_WORDS = 3
"""How many words a judgment ("is that daft"), a self-description ("I'm a keen runner") or
a self-introduction ("newbie here") holds at most."""
_REJECT_REACH = 6
"""How many words after a rejecting word it rules out."""
_BRACKETS = re.compile(r"\s*\([^)]*\)")
_CONTRACTED = ("ll", "ve", "v", "re", "d", "s")
"""What is left of a contraction once its apostrophe is gone: "thatll", "wouldve", "itd",
"hes"."""
_PREFIXES = ("un", "re")
"""Prefixes that make a word of a word: "undone", "rejoining"."""
_CODE = 3
"""A model's or a road's letters before its number are this short at most ("ps5", "m25")."""
_SUPERLATIVE = "est"
_CHAT_LENGTH = 3
"""A chat spelling of a common word is this short at most ("agn", "wot", "tho")."""
_CHAT_RARE = 1_000
"""... and rarer than this in the English frequency list: "hay" and "lid" are words."""
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_NUMBER_WORDS = (*CARDINALS, *ORDINALS, "hundred", "hundreds", "thousand", "thousands",
                 "dozen", "dozens", "zero")
"""A number in words says how many, as one in digits does, never a topic ("thirty miles
from the hospital", "nine months")."""
_INFLECTIONS = ("s", "es", "ing", "ed", "d")
"""Endings of a plural or a verb's forms, for an activity's own words (`_daily_form`)."""
_PLACE_NAMED = re.compile(r"\b([a-z]+)\s+(?:the\s+)?((?:[A-Z][a-z]{2,}\s*)+)")
"""A small word, then a name written with a capital, or several ("in Donegal", "to Port
Douglas"), "the" between where a place takes it ("to the Algarve", "in the Cotswolds"):
where `named_places` looks."""
_EXCEPTION = "\x00exception"
_EVERYDAY_NAME = "\x00everyday name"


def _nearest_at(at: int, label_of: Callable[[int], T | None],
                skip: set[int] | frozenset[int] = frozenset()) -> T | None:
    """The label of the nearest position before `at` that has one, within reach (not a
    position in `skip`): whose the words at `at` are."""
    for j in range(at - 1, max(-1, at - 1 - _REACH), -1):
        if j not in skip and (label := label_of(j)) is not None:
            return label
    return None


def _nearest(every: tuple[str, ...], at: int, table: dict[str, T],
             skip: set[int] | frozenset[int] = frozenset()) -> T | None:
    """The label `table` gives the nearest word before position `at` (`_nearest_at`)."""
    return _nearest_at(at, lambda j: table.get(every[j]), skip)


def _by_word(analyzer: Analyzer, groups: Iterable[tuple[T, Iterable[str]]]) -> dict[str, T]:
    """Each one-word term of `groups` (its stem), labelled with its group's label; a word
    in several groups keeps the first group's."""
    found: dict[str, T] = {}
    for label, terms in groups:
        for term in terms:
            words = analyzer.tokens(term)
            if len(words) == 1:
                found.setdefault(words[0], label)
    return found


class Scope:
    """The domain evidence of one knowledge base, compiled once."""

    def __init__(self, kb: Knowledge, analyzer: Analyzer, stop: frozenset[str],
                 phrasing_words: frozenset[str], shapes: Shapes) -> None:
        self._analyzer = analyzer
        self._stop = stop
        # An exercise described by its shape is ours as one called by its name is, and the
        # body parts and pictures of the description are the exercise's ("seal one, belly
        # down push chest up": no chest of another topic, no seal). The knowledge base's one
        # Shapes, compiled at load for every part that reads them.
        self._shapes = shapes
        domain = kb.language.domain
        self._threshold = domain.threshold
        self._weights = {c.name: c.weight for c in domain.concepts}
        self._weights[EXERCISE_NAME] = domain.exercise_names
        self._needs = {c.name: frozenset(c.needs) for c in domain.concepts}
        self._general = frozenset(domain.general)
        self._situation = frozenset(domain.situation)
        self._complaints = frozenset(domain.complaints)
        self._bare_nerve = frozenset({analyzer.strict_tokens("nerve"),
                                      analyzer.strict_tokens("nerves")})
        # An everyday word alone ("cobra", "crunch", "bridge") names an exercise to the matcher
        # and to someone talking about exercise, but "king cobra" and "credit crunch" are not
        # ours: such a name counts as an everyday word.
        # A name's words in brackets tell two of ours apart ("Knees to chest (both knees)"):
        # without them it is still a name of ours ("the knees to chest one").
        names = [
            (name, EXERCISE_NAME if len(tokenize(name)) > 1
             or tokenize(name)[0] not in english_words() else _EVERYDAY_NAME)
            for ex in kb.exercises
            for name in dict.fromkeys((ex.title, _BRACKETS.sub("", ex.title), *ex.aliases))
            if tokenize(name)
        ]
        tokens = analyzer.tokens
        # The domain's terms are read strictly, as messages are for them: "moved house" is no
        # exercise, "mould keeps coming back" no recurrence of this condition.
        # Each term is labelled with its concept and its words (stems): "stretch" and
        # "stretches" are one term, "yoga" and "surgery" two terms of one concept.
        labelled = [(term, (c.name, analyzer.strict_tokens(term)))
                    for c in domain.concepts for term in c.terms]
        self._phrases: _Phrases[_Term] = _Phrases(analyzer.strict_tokens, stop, labelled)
        # ... and, in a message that shows something of ours in its own words, with the
        # synonyms that hold in context ("surgeon says op now", "movements for the spine").
        self._in_context: _Phrases[_Term] = _Phrases(tokens, stop, labelled)
        # Other body parts are read by whole words, not stems ("handful" is no hand); the
        # list names their plurals.
        self._words_stop = frozenset(
            w for word in kb.language.stopwords for w in analyzer.words(word)
        )
        # Read both ways, so a term holding a word that is ours only in context ("hip
        # operation") is found in the message's strict words and in its words in context.
        self._elsewhere: _Phrases[str] = _Phrases(
            lambda text: tuple(analyzer.words(text[1:], strict=text[0] == "s")),
            self._words_stop,
            ((f"{way}{term}", term) for term in (*domain.elsewhere, *domain.goals)
             for way in "sl")
        )
        self._goals = frozenset(domain.goals)
        # A word of ours that other parts and things have too ("disc", "stenosis") is
        # another's in a clause that names one of `senses` ("neck", "valve", "brake") and
        # nothing else of ours (see `_senses`). Senses are read by whole words, as the other
        # body parts are; the shared words strictly, as the domain's terms.
        self._senses_of = [
            (_Phrases(lambda text: tuple(analyzer.words(text, strict=True)), self._words_stop,
                      ((term, term) for term in sense.terms)),
             _Phrases(analyzer.strict_tokens, stop, ((term, True) for term in sense.takes)),
             frozenset(sense.kept_by))
            for sense in domain.senses]
        # What keeps a clause ours beside a sense: the condition, a disc or a part of the
        # body of ours, in words the sense does not take ("lumbar", "L5", "my leg").
        # ... and the writer's own exercises said as theirs ("my routine", "my stretches":
        # `this condition`), which no machine's upkeep or day's productivity has.
        self._protecting = frozenset(("condition", "disc", "this condition", *domain.body))
        # A body part is the last word of a term of the body's concepts ("upper back").
        self._body = frozenset(
            tokens(term)[-1] for c in domain.concepts if c.name in domain.body
            for term in c.terms if tokens(term)
        )
        # ... and what an animal may have of ours besides: the condition, a disc ("my dog's
        # slipped disc", "our spaniel's sciatica").
        # Their one-word terms only: "pain" in "back pain" is anyone's ("sick as a dog but
        # the pain is unreal").
        self._conditions = frozenset(
            words[0] for c in domain.concepts if c.name in ("condition", "disc")
            for term in c.terms if len(words := tokens(term)) == 1)
        # A body part has a body; the care a term names after one has not ("back stretch",
        # "back exercise": the stretch is done, not owned, so "should I be stretching her
        # legs" says nothing of the writer's body).
        care = {words[0] for c in domain.concepts if c.name not in domain.body
                for term in c.terms if len(words := tokens(term)) == 1}
        self._owned = (self._body - (care - self._conditions)) | self._conditions
        people = kb.triage.people
        self._owners = _by_word(analyzer, (
            (_ANIMAL, people.animals),
            (_SMALL, domain.small),
            (_PERSON, (*people.writer, *people.others, *people.children))))
        self._pronouns = analyzer.stems_of(people.pronouns)
        self._writer = analyzer.stems_of(people.writer)
        # Beings whose care is never ours: animals and young children (an adult may be
        # the writer's patient, a carer asking for them).
        # Teenagers (`young` in the domain) with them: a teenager's sleep is theirs too.
        young = (*domain.young, *people.children, *people.animals)
        self._beings = _by_word(analyzer, ((True, young),
                                           (False, (*people.writer, *people.others))))
        # ... and those named in several words ("a 3 year old", "my little one"), read
        # word for word: each of their words is the being.
        self._being_phrases: _Phrases[bool] = _Phrases(tokens, frozenset(), (
            (term, is_young) for is_young, terms in ((True, young),
                                                     (False, (*people.writer, *people.others)))
            for term in terms if len(tokens(term)) > 1))
        # ... and those named by their age after a number ("my two year old"), a number
        # read as triage reads one (in digits or words); not beside any other word
        self._aged: _Phrases[bool] = _Phrases(tokens, frozenset(), (
            *((term, True) for term in domain.aged),
            *((term, False) for term in domain.aged_years)))
        self._number_words = {stem(word): value for word, value in CARDINALS.items()}
        self._unit_words = {stem(word): value for word, value in UNITS.items()}
        self._given = analyzer.stems_of(domain.given_to)
        self._asked = analyzer.stems_of(domain.asked_of)
        self._doing = analyzer.stems_of(domain.doing)
        self._acting = analyzer.stems_of(domain.acting)
        self._objects = analyzer.stems_of(domain.objects)
        # Whom "he" or "her" stands for: the last being named, never the writer.
        self._third = _by_word(analyzer, ((True, young), (False, people.others)))
        self._rejecting: _Phrases[bool] = _Phrases(
            tokens, frozenset(), ((t, True) for t in domain.rejecting))
        self._rejectable = frozenset(domain.rejectable)
        self._judging = analyzer.phrases_of(domain.judging)
        self._self_described = analyzer.phrases_of(domain.self_described)
        self._introducing = analyzer.stems_of(domain.introducing)
        self._particles = analyzer.stems_of(domain.particles)
        self._tail = analyzer.stems_of(domain.particle_tail)
        self._timing = analyzer.stems_of(domain.timing)
        # ... and the writer doing it or going back to it ("I bowl fast", "back on the round")
        self._playing = analyzer.stems_of(domain.playing)
        self._said_as_day = self._timing | self._playing
        self._where = analyzer.stems_of(domain.whereabouts)
        self._when = analyzer.stems_of(domain.whereabouts_times)
        self._likeness = analyzer.stems_of(domain.likeness)
        # ... and phrases that open one ("same as when", "as if"): a sense named after one is
        # a yardstick (`_senses`)
        self._likening: _Phrases[bool] = _Phrases(
            analyzer.strict_tokens, frozenset(), ((phrase, True) for phrase in domain.likening))
        self._going_to = analyzer.stems_of(domain.going_to)
        self._handling = analyzer.phrases_of(domain.handling)
        self._carrying = analyzer.phrases_of(domain.carrying)
        self._sent_from = analyzer.stems_of(domain.sent_from)
        self._named_at = frozenset(domain.named_at)
        self._liking = analyzer.stems_of(domain.liking)
        self._predicating = analyzer.phrases_of(domain.predicating)
        # The same by their last word: what a word may come right after.
        self._predicating_by_last: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self._predicating:
            self._predicating_by_last.setdefault(phrase[-1], []).append(phrase)
        self._linking = analyzer.stems_of(domain.linking)
        self._questioning = analyzer.stems_of(domain.questioning)
        self._asking_after = analyzer.stems_of(domain.asking_after)
        self._yours = analyzer.stems_of(domain.yours)
        self._besides = analyzer.phrases_of(domain.besides)
        self._sayings = PhraseSet(analyzer.phrases_of(domain.sayings))
        self._referring = analyzer.stems_of(domain.referring)
        # The words of several exercises ("stretches", "exercises") and the determiners that
        # make them the writer's set ("the stretches", "my exercises"; not "a stretch").
        self._several_of = analyzer.stems_of(domain.several_of)
        self._set_owners = (self._referring | analyzer.stems_of(domain.determiners)) - {"a"}
        # The conditions lived with beside ours, read by whole words as the other body parts
        # are, and the words that tell one as the writer's own (see `lived_beside`).
        self._lived_with: _Phrases[str] = _Phrases(
            lambda text: tuple(analyzer.words(text)), self._words_stop,
            ((term, term) for term in domain.lived_with))
        self._owning = analyzer.phrases_of(domain.owning)
        self._lived_care = frozenset(stem(w) for w in domain.lived_care)
        self._taking = analyzer.stems_of(domain.taking)
        self._mine = analyzer.stems_of(domain.mine)
        self._aiding = analyzer.stems_of(domain.aiding)
        # Someone else named before a condition makes it theirs ("my mum had osteoporosis").
        self._someone = analyzer.phrases_of((*people.others, *people.pronouns))
        self._bodily = frozenset((*domain.body, *domain.complaints, "condition"))
        # What is anyone's body or condition, whoever's it is ("heat pack for my son's
        # sciatica" stays ours); a sign or care alone may be a young child's ("my toddler
        # has a temperature", "calpol for my 4 year old").
        self._anyones = self._bodily | {"disc", "this condition", EXERCISE_NAME}
        # A body term that is a determiner and a word ("my back") is that word after any
        # determiner and describing words too ("with a dodgy back").
        self._determiners = analyzer.stems_of(domain.determiners)
        self._after_determiner: dict[str, _Term] = {
            words[-1]: (c.name, words) for c in domain.concepts if c.name in domain.body
            for term in c.terms if len(words := analyzer.strict_tokens(term)) == 2
            and words[0] in self._determiners}
        # What a noun phrase's describing words describe: a body part or the condition in
        # one word ("back", "legs", "sciatica"). Not a complaint, nor the last word of a
        # longer term: before those, a word names a thing ("my tailbone aches", "a vinyl
        # disc", "the square root").
        # Another body part between a determiner and "back" owns the determiner: "my arms
        # further back" is where the arms go, no back described.
        self._other_words = frozenset(
            words[0] for term in domain.elsewhere if len(words := analyzer.tokens(term)) == 1)
        self._heads = frozenset(self._after_determiner) | frozenset(
            words[0] for c in domain.concepts if c.name in (*domain.body, "condition")
            for term in c.terms if len(words := analyzer.strict_tokens(term)) == 1)
        # Words that place a body part on someone after it: "back pain in dogs".
        self._placing = analyzer.stems_of(people.of)
        # Whose a situation is: the writer's ("I", "my", "me") or someone else's ("my son",
        # "my brother is a ...", "she"): words of one word only, as for the owners.
        self._whose = _by_word(analyzer, (
            (True, people.writer),
            (False, (*people.others, *people.children, *people.animals, *people.pronouns))))
        self._ended = frozenset(w for term in domain.ended
                                if len(words := analyzer.tokens(term)) == 1 for w in words)
        # Back pain that is another condition's: each referral's terms, and the terms that
        # keep a message ours, read strictly like the domain's terms.
        self._referred = [
            (r.name,
             _Phrases(analyzer.strict_tokens, stop, ((t, True) for t in r.terms)),
             _Phrases(analyzer.strict_tokens, stop, ((t, True) for t in r.unless)),
             frozenset(r.needs), frozenset(r.unless_concepts))
            for r in domain.referred
        ]
        self._name_phrases: dict[str, set[tuple[str, ...]]] = {}
        for name in (*(n for n, _ in names), *domain.other_exercises):
            if len(words := analyzer.tokens(name)) > 1:
                self._name_phrases.setdefault(words[0], set()).add(words)
        self._names: _Phrases[str] = _Phrases(tokens, stop, names, keep_short=False)
        # Every word of an exercise's name ("child" in child's pose, "baby" in happy baby)
        self._name_words = frozenset(w for phrases in self._name_phrases.values()
                                     for phrase in phrases for w in phrase)
        # Living with the condition: an activity of daily life (its entries), and what ties
        # it to the writer's own condition (see `lived`).
        self._activities: _Phrases[tuple[str, ...]] = _Phrases(
            tokens, stop, ((t, a.entries) for a in domain.activities for t in a.terms))
        self._living: _Phrases[bool] = _Phrases(analyzer.strict_tokens, stop,
                                                ((t, True) for t in domain.living))
        self._lived_by = frozenset(domain.lived_by)
        self._continuing: _Phrases[bool] = _Phrases(analyzer.strict_tokens, frozenset(),
                                                    ((t, True) for t in domain.continuing))
        # Care the writer is given ties an activity to their condition: read in context,
        # so a medicine's brand ("co-codamol") and "my op" are that care.
        self._treated: _Phrases[bool] = _Phrases(tokens, stop,
                                                 ((t, True) for t in domain.treated))
        # Topics with an entry of their own, read in context as care is ("my op", a brand).
        self._topics: _Phrases[bool] = _Phrases(tokens, stop,
                                                ((t, True) for t in domain.topics))
        self._topic_times = analyzer.stems_of(domain.topic_times)
        self._body_concepts = frozenset(domain.body)
        # A part of the body right before a word of `part_of` is a thing's side or part,
        # no body of anyone's ("the back of my embroidery", "the foot of the bed"); the back
        # of a body part is that part's, and the part after "of" still counts.
        self._part_of = frozenset(w for term in domain.part_of for w in analyzer.words(term))
        self._body_words = frozenset(
            words[-1] for c in domain.concepts if c.name in domain.body
            for term in c.terms if (words := analyzer.strict_tokens(term)))
        # An illness said in one word is another condition, never a part of the body.
        self._illnesses = frozenset(
            words[0] for term in domain.illnesses if len(words := analyzer.tokens(term)) == 1)
        # Exceptions are read word for word, small words included: "my dogs back" must not
        # shrink to "dog back" and refuse "upward facing dog for back pain".
        self._exceptions: _Phrases[str] = _Phrases(
            tokens, frozenset(), ((t, _EXCEPTION) for t in kb.language.exceptions)
        )
        self._carers: _Phrases[str] = _Phrases(
            tokens, frozenset(), ((t, _EXCEPTION) for t in domain.animal_carers))
        common = common_words(domain.common_words)
        # Chat spellings and typos the analyser knows (triage lists many: "serius", "doin")
        # are no words of another topic either.
        english = english_words()
        # (Not the synonyms' own words: see _vocabulary.)
        canonical = {w for v in (*kb.language.synonyms.values(),
                                 *kb.language.contextual_synonyms.values()) for w in tokenize(v)}
        typed = {stem(w) for w in analyzer.vocabulary
                 if w.isalpha() and w not in english and w not in canonical}
        # Words that are ours in context ("fix", "remedy", "scan", "moves") are no other
        # topic's either: alone they point nowhere.
        contextual = {stem(variant) for variant in kb.language.contextual_synonyms
                      if len(tokenize(variant)) == 1}
        # Words that name people ("hes", "shes", "my nephew") say whose a story is, never
        # what it is about (triage.yaml `people`; not animals: "my dog's hips").
        people_words = analyzer.stems_of((*kb.triage.people.writer, *kb.triage.people.others,
                                          *kb.triage.people.children,
                                          *kb.triage.people.pronouns))
        self._known = (self._vocabulary(kb) | phrasing_words | stop | common | typed
                       | contextual | people_words)
        # Things named with our words, made one word by the synonyms ("back wheel" is
        # "backseat", "back pay" "backpay"): names, never a verb.
        self._things = frozenset(stem(w) for w in canonical if stem(w) not in self._known)
        # The activities of daily life the sources speak of (a wedding, rugby, the
        # dishwasher, a nap) are the writer's day: beside something of ours said in its
        # own words they are neutral, as a verb or a quality is ("bedtime yoga for nerve
        # pain?"); in a message that says nothing of ours they are what it is about ("a
        # hotel cot for a toddler").
        self._daily = frozenset(
            w for a in domain.activities for term in a.terms for w in tokens(term))
        # ... each with the entries written for it (a loom's sitting, a sewing machine's
        # lifting)
        daily_entries: dict[str, set[str]] = {}
        for a in domain.activities:
            for term in a.terms:
                for w in tokens(term):
                    daily_entries.setdefault(w, set()).update(a.entries)
        self._daily_entries = {w: frozenset(e) for w, e in daily_entries.items()}
        self._daily_words = frozenset(
            w for a in domain.activities for term in a.terms for w in analyzer.words(term))
        # ... of which those only an `owned` activity has are the writer's day only beside
        # the writer's own condition (`lived`): "glute bridge vs bridge pose" and "bridge
        # card game rules" name no bridge table (words56).
        self._owned_daily = self._daily - frozenset(
            w for a in domain.activities if not a.owned for term in a.terms for w in tokens(term))
        # ... and things bought for it, read the same way beside something of ours
        self._kit = frozenset(w for term in domain.kit for w in tokens(term)) - self._known
        self._english = english
        self._numbers = frozenset(stem(w) for w in _NUMBER_WORDS)
        # words a number counts time in, as the tokens read them ("4 days": "day")
        self._time_units = frozenset(stem(w) for w in TIME_UNITS) | TIME_UNITS
        self._chat_bases = frozenset(w for w in frequent_words(domain.common_words)
                                     if len(w) > 1)
        # Unknown words seen, each read once in a message: a message cache, forgotten with it.
        self._form_of_known = analyzer.message_cache(self._form_of_known_uncached, 65536)
        # The animals handled in a message's tokens, read once for every part that asks
        # (`others_named`, `pets` and `kept` of one message all read the same set).
        self._handled = analyzer.message_cache(self._handled_uncached, 4096)
        # Our words: a term's own word ("sciatica", "pain"), the body part a term names
        # ("back" in "my back"), and the uncommon words of longer terms ("spasms" in "back
        # spasms", not "went" in "back went").
        ours = {t for n, _ in names for t in tokens(n)}
        for c in domain.concepts:
            for term in c.terms:
                kept = [t for t in tokens(term) if t not in stop]
                ours.update(kept if len(kept) == 1 else (t for t in kept if t not in common))
                if c.name in domain.body and kept:
                    ours.add(kept[-1])
        generic = analyzer.stems_of(domain.generic)
        self.plain = frozenset((common | generic) - ours)
        """Words that say nothing of any topic: common English and the generic words,
        less our words (the domain's terms, our exercises' names)."""
        self._ours = frozenset(ours)

    def _vocabulary(self, kb: Knowledge) -> frozenset[str]:
        """Every word the knowledge base uses beyond its phrasings (stems: answers, steps,
        the chat spellings, domain terms), and the generic words."""
        texts: list[str] = []
        for entry in kb.entries.values():
            if isinstance(entry, Faq):
                texts.append(entry.answer)
            if isinstance(entry, Exercise):
                texts.extend([*entry.aliases, entry.purpose, *entry.steps, entry.hold,
                              entry.reps, *entry.cautions])
        routine = kb.routine
        texts.extend([routine.intro, routine.warm_up, routine.dose, routine.progression,
                      routine.stop_if, *(s.note for s in routine.steps)])
        guide = kb.redflags
        texts.extend([guide.intro, *guide.headings.values()])
        for flag in guide.flags:
            texts.extend([flag.title, *flag.signs, flag.advice, *flag.questions])
        for chat in kb.chitchat:
            texts.append(chat.answer)
        language = kb.language
        # Not the synonyms' words: one that no entry uses ("backseat" for "back seat") is a
        # word of another topic.
        texts.extend([*language.spellings, *language.spellings.values(), *language.stopwords,
                      *language.domain.generic,
                      *(t for c in language.domain.concepts for t in c.terms)])
        known: set[str] = set()
        for text in set(texts):
            known.update(self._analyzer.tokens(text))
        return frozenset(known)

    def situation(self, text: str, denied: frozenset[str] = frozenset()) -> float:
        """How much a story says of the writer's own situation that is ours (language.yaml
        `situation`, each concept once, read in context: "the surgeon says I could wait"):
        a term whose nearest person word before it is someone else's ("my son wants to be a
        surgeon", "my daughter has an operation") tells their situation, not the writer's."""
        every = tuple(t for t in self._analyzer.tokens(text) if t not in denied)
        seen: set[str] = set()
        for (name, _), where in self._in_context.spans(every, self._stop):
            if name in self._situation and name not in seen and self._writers(every,
                                                                              where.start):
                seen.add(name)
        return math.fsum(self._weights[name] for name in seen)

    def current(self, text: str) -> frozenset[str]:
        """The words said, at least once, of someone's situation now: the word or two right
        before them do not end it ("I'm pregnant", "my husband had the op", not "not
        pregnant" nor "when I was pregnant with my first"). What puts the writer, or the one
        they ask for, in an entry's situation."""
        every = self._analyzer.tokens(text)
        return frozenset(t for i, t in enumerate(every)
                         if not self._ended & set(every[max(0, i - 2):i]))

    def _writers(self, every: tuple[str, ...], at: int) -> bool:
        """Whether the words before position `at` leave it the writer's: the nearest person
        word within reach is the writer's, or there is none."""
        mine = _nearest(every, at, self._whose)
        return True if mine is None else mine

    def _sequences(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        every = self._analyzer.tokens(text)
        return every, tuple(t for t in every if t not in self._stop)

    def excepted(self, text: str) -> bool:
        """True when the text names a hard exception (someone's small pet, the app, a
        booking), or one who cares for animals beside an animal (`animal_carers`: "the vet
        thinks my spaniel's disc has gone"): outside the bot's scope whatever else it says.
        A vet with no animal is someone's work or bills ("vet bills have cleaned me out")."""
        every, _ = self._sequences(text)
        # (The writer's own trade is who asks, no animal's care: "I'm a vet and I lift
        # Labradors all day", "as a small animal vet".)
        carers = [where for _, where in self._carers.spans(every, frozenset())
                  if not self._self_told(every, where.start)]
        return bool(self._exceptions.find(every, every)) or bool(
            carers and self.stray_animals(text))

    def _self_told(self, every: tuple[str, ...], at: int) -> bool:
        """Whether the words before `at` say the writer is what follows (`self_described`:
        "I'm a vet", "as a vet nurse"), up to two words between ("I'm a small animal vet")."""
        return any(every[end - len(phrase):end] == phrase
                   for end in range(at, max(-1, at - 3), -1)
                   for phrase in self._self_described if end >= len(phrase))

    def _senses(self, text: str, reader: Callable[[str], tuple[str, ...]]
                ) -> tuple[tuple[str, ...], set[int], set[str]]:
        """`text`'s words (read by `reader`), the positions of the shared words that are
        another's, and the senses that take them (language.yaml `shared`, `senses`). In a
        clause that names a sense and nothing of ours that no other part or thing shares, a
        shared word is that sense's: "neck MRI says C5/6 disc bulge", "my mitral valve
        stenosis", "the clutch disc is slipping". "my neck disc and my lower back disc" keeps
        the second; "L5/S1 disc, neck stiff too" the disc. A message with no sense is read
        whole, as ever; one with a sense, clause by clause."""
        words = reader(text)
        if not any(terms.spans(words, self._words_stop) for terms, _, _ in self._senses_of):
            return words, set(), set()
        taken: set[int] = set()
        senses: set[str] = set()
        read: list[str] = []
        # Senses whose clause shares no word of ours but one inside the thing's own name
        # ("heated seats"), each with the word shared (words48): said beside a clause where
        # that word is ours, a domain term's own word ("Heat or ice? The car has heated
        # seats"; not "office chair or gaming chair"), they name a thing of the writer's
        # day, no other place.
        self_named: list[tuple[set[str], set[str]]] = []
        for sentence in _SENTENCE_END.split(text):
            # a clause that names no sense takes the one of the clause before it ("echo
            # shows the aortic valve narrowing, stenosis they called it"), not the one after
            # ("how can a trapped nerve hurt worse than when I broke my arm")
            before: list[tuple[int, set[str]]] = []
            pieces = _SENSE_MARKED.split(sentence)
            for at in range(0, len(pieces), 2):
                piece = reader(pieces[at])
                stems = tuple(stem(w) for w in piece)
                spans = [(k, terms.spans(piece, self._words_stop))
                         for k, (terms, _, _) in enumerate(self._senses_of)]
                named = [(k, {sense for sense, _ in found}) for k, found in spans if found]
                inside = {i for _, found in spans for _, where in found for i in where}
                concepts = self._phrases.spans(stems, self._stop)
                ours = {i for (name, _), where in concepts
                        if name in self._protecting for i in where}
                # A clause said as a comparison is a yardstick the writer's own pain is
                # measured by, no other place ("unlike when my legs ache after the gym",
                # "worse than when my calves cramp after a run").
                compared = (at > 0 and pieces[at - 1].strip().lower() == _THAN) or any(
                    t in self._likeness and not (i > 0 and stems[i - 1] in self._liking)
                    for i, t in enumerate(stems))
                # ... and so is a sense named after a phrase that opens a comparison ("I hold
                # my breath, same as when I'm threading a needle"; join54); one named before
                # it is still its own ("is a C6 disc bulge the same as a slipped disc").
                opened = min((where.stop for _, where in self._likening.spans(
                    stems, frozenset())), default=len(stems))
                yardsticks = {k for k, found in spans
                              if found and all(where.start >= opened for _, where in found)}
                compared = compared or (bool(named) and all(k in yardsticks for k, _ in named))
                named = [(k, found) for k, found in named if k not in yardsticks]
                for k, found in [] if compared else named or before:
                    _, takes, kept_by = self._senses_of[k]
                    # a concept this sense leaves ours keeps the clause ("my calf burns
                    # after a run")
                    if any(name in kept_by for (name, _), _ in concepts):
                        continue
                    shared = {i for _, where in takes.spans(stems, self._stop) for i in where}
                    if shared and ours <= shared:
                        taken.update(len(read) + i for i in shared)
                        if shared <= inside:
                            self_named.append((found, {stems[i] for i in shared}))
                        else:
                            senses.update(found)
                before = named
                read.extend(piece)
        free = {stem(w) for i, w in enumerate(read) if i not in taken}
        for found, named_by in self_named:
            if not named_by & free & self._ours:
                senses.update(found)
        return tuple(read), taken, senses

    def _animal_body(self, every: tuple[str, ...]) -> bool:
        """True when every body part, disc or condition the message names is an animal's or
        a small child's (`small`: never ours, whatever it feels): the nearest word before it
        that says whose it is names one ("my dog's hips", "my dog's been diagnosed with a
        slipped disc"), or is "his" or "her" when one was the last named ("my dog can't use
        his back legs", "my toddler wakes crying with pains in his legs").
        Words inside an exercise's name ("upward dog") name no animal, and one the writer
        does something with, named in an activity of daily life, owns nothing after it
        ("walking the dog with sciatica": the writer's; "his back legs" after it is still
        the dog's)."""
        last = _PERSON
        owners: list[str] = []
        named = self._in_names(every)
        # (A being named alone right before a body part owns it: "the baby's hips".)
        done_with = {i for _, where in self._activities.spans(every, self._stop)
                     for i in where if not (len(where) == 1 and i + 1 < len(every)
                                            and every[i + 1] in self._owned)}
        for i, token in enumerate(every):
            if token in self._owned:
                whose = _PERSON
                for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
                    word = every[j]
                    if word in self._pronouns:
                        whose = last
                        break
                    # The writer right after an animal, in a clause that says what they do
                    # with it, before what the animal has or is ("the retriever I walk has
                    # hip dysplasia", "the cob I ride is lame in the back leg"), owns
                    # nothing: the animal does (not "the dog I get leg pain", no verb of
                    # the animal's).
                    if word in self._writer and self._relative(every, j, i):
                        continue
                    kind = self._owners.get(word)
                    # An animal a likeness names is the feeling's yardstick, no owner ("like
                    # a cattle prod down the leg", "like a dog chewing my calf").
                    if kind == _ANIMAL and self._likened(every, j):
                        continue
                    if kind is not None and j not in named and j not in done_with:
                        whose = kind
                        break
                else:
                    whose = (self._placed(every, i, named)
                             or self._given_animal(every, i, named | done_with) or whose)
                # A small child has a body, never the condition or a disc: those named
                # after one are a grown-up's ("my wife has a toddler she has to pick up,
                # how does she do that with sciatica").
                if whose == _SMALL and token in self._conditions:
                    whose = _PERSON
                owners.append(whose)
            kind = self._owners.get(token)
            # "He" or "her" stands for the last being named, never the writer: "the baby's
            # hips are tight, should I be stretching her legs" names the baby's legs.
            if kind is not None and i not in named and token not in self._writer:
                last = kind
        return bool(owners) and all(o in (_ANIMAL, _SMALL) for o in owners)

    def _relative(self, every: tuple[str, ...], at: int, part: int) -> bool:
        """Whether the writer's word at `at` opens a clause about an animal named right
        before it, with the animal's own verb (`_THIRD`) after the writer's and before the
        body part at `part`: "the dog I walk has ...", "the horse I look after is ..."."""
        return (at > 0 and self._owners.get(every[at - 1]) == _ANIMAL
                and any(every[k] in _THIRD for k in range(at + 2, part)))

    def _likened(self, every: tuple[str, ...], at: int) -> bool:
        """Whether the word at `at` follows a likeness within two words ("like a horse",
        "like some"), one that is no verb of liking ("I like my dog")."""
        return any(every[k] in self._likeness
                   and not (k > 0 and every[k - 1] in self._liking)
                   for k in range(max(0, at - 2), at))

    def _placed(self, every: tuple[str, ...], at: int, named: set[int]) -> str | None:
        """Whose a body part is said to be after it, when nothing before it says: a
        placing word and then, next or after one word, an animal ("back pain in dogs",
        "sciatica in my cat")."""
        for j in range(at + 1, min(len(every), at + 1 + _AFTER)):
            if every[j] in self._placing:
                for k in range(j + 1, min(len(every), j + 3)):
                    if k not in named and self._owners.get(every[k]) == _ANIMAL:
                        return _ANIMAL
                return None
        return None

    def _given_animal(self, every: tuple[str, ...], at: int, skip: set[int]) -> str | None:
        """Whose care or body part is, said after it when nothing before it says: the first
        word of giving within reach (`given_to`: "for", "to"), then a word saying whose
        ("my", "our", "her") and, next or after one word, an animal ("good stretches for my
        dog", "a massage for our old greyhound"; not "stretches for my back so I can walk
        the dog", nor "for the hamster rings", the hamstrings misheard)."""
        for j in range(at + 1, min(len(every), at + 1 + _REACH)):
            if every[j] in self._given:
                whose = j + 1
                if whose >= len(every) or not (self._owners.get(every[whose]) == _PERSON
                                               or every[whose] in self._pronouns):
                    return None
                for k in range(whose + 1, min(len(every), whose + 3)):
                    if k in skip or every[k] in self._owned:
                        return None
                    if self._owners.get(every[k]) == _ANIMAL:
                        return _ANIMAL
                return None
        return None

    def _beings_at(self, every: tuple[str, ...]) -> dict[int, bool]:
        """The beings named in `every`, by position: True for a young child or an animal,
        False for the writer or another adult. A being named in several words ("a 4 year
        old") is each of its words."""
        found = {i: b for i, t in enumerate(every) if (b := self._beings.get(t)) is not None}
        for young, where in self._being_phrases.spans(every, frozenset()):
            found.update(dict.fromkeys(where, young))
        found.update(self._aged_at(every))
        return found

    def _aged_at(self, every: tuple[str, ...]) -> dict[int, bool]:
        """The young named by their age after a number, by position ("my two year old",
        "an 18 month old": `aged`, `aged_years`), each word of the age the being; an age in
        years from `ADULT_FROM` names no young one ("my 40 year old back")."""
        found: dict[int, bool] = {}
        for any_count, where in self._aged.spans(every, frozenset()):
            said = next(((i, n[0]) for i in range(max(0, where.start - 2), where.start)
                         if (n := number_at(every, i, self._number_words, self._unit_words))
                         and n[1] == where.start), None)
            if said is not None and (any_count or said[1] < ADULT_FROM):
                found.update(dict.fromkeys(range(said[0], where.stop), True))
        return found

    def _doer(self, every: tuple[str, ...], at: int, beings: dict[int, bool]) -> bool:
        """Whether the activity at position `at` is done by a young child or an animal
        named right before it, only words of doing between ("my newborn to sleep", "the
        toddler won't nap"; "her" for the last one named): theirs, not the writer's ("can I
        lift my toddler")."""
        for j in range(at - 1, max(-1, at - 1 - _DOER), -1):
            being = beings.get(j)
            if being is not None:
                return being
            if every[j] in self._pronouns or every[j] in self._objects:
                # "he", "her" or "him": the last being named before it ("my toddler is up
                # at 5, how do I get her to sleep later"), in one word or several ("our 18
                # month old")
                return next((b for k in range(j - 1, -1, -1)
                             if (b := self._third.get(every[k], beings.get(k) or None))
                             is not None), False)
            if every[j] not in self._doing:
                return False
        return False

    def _theirs(self, every: tuple[str, ...], beings: dict[int, bool]) -> bool:
        """True when every term of ours the message names is care for an animal or a young
        child: the nearest being named before it is one ("give my dog ibuprofen"), or one
        is given it after ("a firm mattress for a toddler", "chiropractor for baby colic");
        and no activity of daily life it names is a person's ("pick up my grandson",
        "my usual dog walk"). With no term of ours, when each activity it names is done by
        one ("how do I get my newborn to sleep", "toddler won't nap"), not with one
        ("lifting my old dog onto the bed")."""
        if not any(beings.values()):
            return False
        spans = self._in_context.spans(every, self._stop)
        # A term counted only next to what it needs, and not said next to it, is nobody's
        # body or condition ("should I try controlled crying" with nothing of ours: no
        # feelings about a back). The body and its complaints stay someone's ("why does a
        # nerve hurt this much"), and care stays care, whoever is given it (`rejectable`:
        # the concepts of care, "a firm mattress for a toddler").
        said = {name for (name, _), _ in spans}
        unsaid = not spans
        spans = [(term, where) for term, where in spans
                 if term[0] in self._rejectable or term[0] in self._bodily
                 or not self._needs.get(term[0]) or self._needs[term[0]] & said]
        # An activity's own words that name the being ("toddler", "baby") are no activity,
        # and one said in a term of ours ("a mattress") is read as that term.
        taken = {i for _, where in spans for i in where}
        activities = self._activities.spans(every, self._stop)
        # A young child or an animal as the subject of a message the writer does nothing
        # in ("my dog keeps pulling on the lead", "the kids keep fighting in the car"): what
        # is done near them is theirs; not "can I still lift my toddler".
        named = self._in_names(every)
        subject = not self._acting & set(every) and any(
            beings.get(i) and every[i + 1] in self._doing
            for i in range(len(every) - 1) if i not in named)
        done: dict[tuple[str, ...], bool] = {}
        # The beings of an activity said as when ("while the baby naps"): the time the
        # writer has, no one care is given to.
        timed: set[int] = set()
        # The last activity a young child or an animal was read doing, by where it ends.
        theirs_until, placed = -1, False
        for entries, where in activities:
            if taken.intersection(where) or all(
                    beings.get(i) is not None for i in where):
                continue
            # An activity's thing said where the being does the one before ("my toddler to
            # sleep in a cot", "to nap in the pram"): where they do it, theirs (words42).
            between = every[theirs_until:where.start] if theirs_until >= 0 else None
            if between is not None and (
                    (placed and not between) or (between and between[0] in self._where and all(
                        t in self._where or t in self._stop for t in between))):
                done[entries] = True
                theirs_until, placed = where.stop, True  # "in a hotel cot": the whole place
                continue
            placed = False
            # An activity said as when ("before I go back to work") tells when the being's
            # is asked about, not what the writer asks.
            before = range(max(0, where.start - 3), where.start)
            if any(every[k] in self._timing for k in before):
                timed.update(k for k in before if beings.get(k))
                continue
            doer = self._doer(every, where.start, beings)
            nearest = _nearest_at(where.start, beings.get)
            if not doer and nearest is None:
                # A thing of daily life made for a young child or an animal, named after it
                # ("which car seat for a newborn", "a desk chair for a 10 year old"), is
                # theirs: the one it is given to; so is one asked of them after it ("how
                # much sleep does a teenager need").
                doer = bool(self._given_to(every, where.stop, beings)
                            or self._asked_of(every, where.stop, beings))
            if not doer and nearest is False:
                return False
            doer = doer or bool(subject and nearest)
            if not doer and nearest is None and any(done.values()):
                # Out of reach of anyone, an activity is the last being's named before it
                # when a young child or an animal does another in the message ("how long
                # should a baby sit in a car seat on a long drive"): they are what it is
                # about ("lifting the kids into their car seats" is the writer's lifting).
                doer = next((b for k in range(where.start - 1, -1, -1)
                             if (b := beings.get(k)) is not None), False)
            # An activity's other words ("through the night") are its own: one done by the
            # being is enough for its kind.
            done[entries] = done.get(entries, False) or doer
            theirs_until = where.stop if doer else -1
        if not spans:
            if done:
                return all(done.values())
            # Nothing of ours and no activity of daily life: a message whose subject is a
            # young child or an animal is about them; so is one that names only young ones,
            # each as a being, where the writer does nothing and no word of ours is said even
            # without what it needs ("how warm should the bath be for a 1 year old", "how
            # hot should a baby's bath be"; not "can I lift my toddler", "my wife and the
            # baby", nor "can't play on the floor with my kids, so fed up").
            return subject or (unsaid and not self._acting & set(every)
                               and all(beings.values()) and self._introduced(every, beings))
        named = self._in_names(every) | timed
        # A being inside an activity of daily life named in several words is the writer's
        # day, not one given care: "ok on tramadol to walk the dog" (not "a mattress for a
        # toddler": one word names the being alone).
        named |= {i for _, where in activities if len(where) > 1 for i in where}
        # ... and so is one the writer's activity is done with, right after it ("pick up my
        # 2 year old without wincing"): the wincing is not the child's.
        named |= self._carried(every, activities, beings)
        # A term with no being within reach is the last one's: the illness care is given
        # for ("give my kid calpol and nurofen together for a fever").
        last: bool | None = None
        for _, where in spans:
            whose = _nearest_at(where.start, beings.get, named)
            if whose is None:
                whose = self._given_to(every, where.stop, beings, named)
            if whose is None:
                whose = last
            if not whose:
                return False
            last = whose
        return True

    def _asked_of(self, every: tuple[str, ...], at: int, beings: dict[int, bool]) -> bool:
        """Whether what ends before position `at` is asked of a young child or an animal
        named right after a word of asking (`asked_of`: "how many hours sleep does a
        teenager need", "how long should a puppy nap"), only small words between."""
        if at >= len(every) or every[at] not in self._asked:
            return False
        for j in range(at + 1, min(len(every), at + 1 + _AFTER)):
            if (being := beings.get(j)) is not None:
                return being
            if every[j] not in self._determiners:
                return False
        return False

    def _for_young(self, every: tuple[str, ...], weight: float, counted: set[str]) -> bool:
        """Whether all the message names of ours is care for, or a sign of, an animal or a
        young child (`_theirs`): with nothing of ours at all, or with a sign or care that
        counts but nothing of anyone's body or condition ("my toddler has a temperature",
        "give my kid calpol for a fever"), each young one then named as a being, after a
        word such as "my" or in several words ("a 4 year old"), not a bare word that may be
        a name's ("childs pos" is the child's pose misspelt)."""
        beings = self._beings_at(every)
        if weight and (counted & self._anyones or not self._introduced(every, beings)):
            return False
        return self._theirs(every, beings)

    def _introduced(self, every: tuple[str, ...], beings: dict[int, bool]) -> bool:
        """Whether each young being the message names is named as one: after a determiner,
        in several words, or opening the message in a word no exercise's name has
        ("grandson's got a temperature"; not "childs pos", the child's pose misspelt)."""
        young = [i for i, b in beings.items() if b]
        return bool(young) and all(
            (i > 0 and (every[i - 1] in self._determiners or beings.get(i - 1)))
            or beings.get(i + 1) or (i == 0 and every[0] not in self._name_words)
            for i in young)

    def _carried(self, every: tuple[str, ...],
                 activities: list[tuple[tuple[str, ...], range]],
                 beings: dict[int, bool]) -> set[int]:
        """The positions of the beings an activity is done with, named right after it, only
        small words between ("lift my toddler", "pick up my 2 year old"); not one it is given
        to ("a mattress for a toddler")."""
        found: set[int] = set()
        for _, where in activities:
            for j in range(where.stop, len(every)):
                if every[j] in self._given or (j not in beings and every[j] not in self._stop):
                    break
                if beings.get(j):
                    found.add(j)
        return found

    def _given_to(self, every: tuple[str, ...], at: int, beings: dict[int, bool],
                  skip: set[int] | frozenset[int] = frozenset()) -> bool | None:
        """Whether what ends before position `at` is given to a young child or an animal:
        the first word of giving within reach after it (`given_to`: "for", "to") is followed
        closely by one ("a firm mattress for a toddler", "calpol for my 4 year old"). None
        when no word of giving follows."""
        for j in range(at, min(len(every), at + _REACH)):
            if every[j] in self._given:
                return any(beings.get(k) and k not in skip
                           for k in range(j + 1, min(len(every), j + 1 + _AFTER)))
        return None

    def lived(self, text: str, denied: frozenset[str] = frozenset(),
              about: bool = False, reading: ShapeReading | None = None) -> frozenset[str]:
        """The entries written for the activities of daily life a message asks about ("a
        six hour flight", "loading the dishwasher", "the school run"), when it also says
        something of the writer's own condition: a concept of `lived_by` (language.yaml
        `domain`), read strictly, whose nearest person word is the writer's or none, a body
        part only when said to be the writer's ("with my leg like this", not "a hard floor
        fixed his back" nor "the last leg of our trip"), counted only next to what it needs,
        or a phrase of `living` ("will it make it worse", "without setting it off"), or
        care the writer is given for it (`treated`: "on pregabalin, ok to drive?"), or, with
        `about`, the conversation before it. Empty otherwise: "how do I get my toddler to
        sleep" is about a toddler's sleep. `reading`: `text`'s shapes, where read already."""
        # The activity is read whole: what a message denies or leaves aside is no part of
        # it, but its words still name it ("walk the dog" with no upward dog in it).
        whole = self._analyzer.tokens(text)
        entries = {e for found, _ in self._said_activities(text) for e in found}
        every = tuple(t for t in whole if t not in denied)
        if not entries or about:
            return frozenset(entries)
        if self._treated_in(every):
            return frozenset(entries)
        # What ties it to the condition is read strictly, as the domain's terms are: "came
        # back" and "wreck the house" are no recurrence or damage of ours.
        strict = self._analyzer.strict_words(text)
        sided = self._sided(strict)
        every = tuple(t for i, t in enumerate(stem(w) for w in strict)
                      if t not in denied and i not in sided)
        if self._living.find(every, tuple(t for t in every if t not in self._stop)):
            return frozenset(entries)
        # (A term that opens with its owner, "my back", is that owner's: words50.)
        said = {name for (name, _), where in self._phrases.spans(every, self._stop)
                if (_nearest(every, where.start + 1, self._whose)
                    if name in self._body_concepts else self._writers(every, where.start))}
        if any(name in self._lived_by and (not self._needs.get(name) or self._needs[name] & said)
               for name in said):
            return frozenset(entries)
        # Whether one may still do it, or go back to it, asked of this bot: a tie only where
        # nothing but the activity's own words points elsewhere ("can I still go
        # hillwalking", not "can I still fly if my passport runs out").
        if self._continuing.find(every, every):
            # In a story, what it asks (words48): the writer's day told beside the question
            # ("can I still go swimming? I do lengths on Sundays") is their situation; a
            # question with a word of another topic still points there.
            asked = " ".join(questions(text)) if len(sentences(text)) > 1 else ""
            foreign, _ = self._foreign(asked, None) if asked else self._foreign(text, reading)
            if (all(t in self._daily for t in foreign)
                    and not self._elsewhere.spans(tuple(self._analyzer.words(text)),
                                                  self._words_stop)):
                return frozenset(entries)
        return frozenset()

    def chatted(self, text: str) -> bool:
        """Whether `text` speaks of the condition as a chat with this bot does, by a phrase
        of `living` ("until this settles", "make it worse"): what a story asks so is asked of
        the writer's own condition, however little else of ours it says (words49)."""
        every = tuple(stem(w) for w in self._analyzer.strict_words(text))
        return bool(self._living.find(every, tuple(t for t in every if t not in self._stop)))

    def others_named(self, text: str) -> bool:
        """Whether `text` names someone other than the writer ("my kid has chickenpox"):
        then "this" and "it" may be theirs."""
        every = self._analyzer.tokens(text)
        handled = self._handled(every)
        return (self._someone_named(tuple(stem(w) for w in self._analyzer.strict_words(text)))
                or any(self._beings.get(t) for i, t in enumerate(every) if i not in handled))

    def _handled_uncached(self, every: tuple[str, ...]) -> frozenset[int]:
        """The animals the writer does an activity of daily life to, right after its words
        (a determiner between): "lifting Labradors onto the table", "carrying the lambs",
        "walking the dog". They are the writer's work or day, no one whose "this" it is;
        a child lifted is still someone ("lifting my toddler"). Read through `_handled`, a
        message cache keyed by the message's tokens."""
        ends = {where.stop for _, where in self._activities.spans(every, self._stop)}
        handled: set[int] = set()
        for i, token in enumerate(every):
            if self._owners.get(token) != _ANIMAL:
                continue
            at = i
            while at > 0 and every[at - 1] in self._determiners and at - 1 not in ends:
                at -= 1
            if at in ends:
                handled.add(i)
        return frozenset(handled)

    def activity_words(self, text: str) -> tuple[str, ...]:
        """The words of each activity of daily life the message names ("fly", "a long
        drive"), one string each: what a situation-only question asks about."""
        every = self._analyzer.tokens(text)
        return tuple(dict.fromkeys(" ".join(every[i] for i in where)
                                   for _, where in self._said_activities(text)))

    def _said_activities(self, text: str) -> list[tuple[tuple[str, ...], range]]:
        """The activities of daily life a message names, each with its entries and where:
        said in the activity's own words, not one that only stems alike ("how do I manage
        it" names no manager at work)."""
        every = self._analyzer.tokens(text)
        said = self._analyzer.words(text)
        return [(entries, where) for entries, where in self._activities.spans(every, self._stop)
                if all(i < len(said) and self._daily_form(said[i])
                       for i in where if every[i] not in self._stop)]

    def _daily_form(self, word: str) -> bool:
        """Whether a word is an activity's own word or one of its forms ("vans", "loading"):
        the word with a plural's or a verb's ending taken off (an "e" it dropped put back);
        "manage" is no form of "manager"."""
        if word in self._daily_words:
            return True
        return any(word.endswith(end) and len(word) > len(end) + 1
                   and (word[:-len(end)] in self._daily_words
                        or f"{word[:-len(end)]}e" in self._daily_words)
                   for end in _INFLECTIONS)

    def parts(self, places: Iterable[str]) -> bool:
        """Whether every other place named is a part of the body in one word ("arms",
        "heels", "knee"), not an injury, an event, a goal or an illness ("pulled hamstring",
        "before a 10k", "belly fat", "since his stroke"): only a part may be where one of our
        exercises is done."""
        return all(len(words := self._analyzer.tokens(p)) == 1 and words[0] in self._other_words
                   and words[0] not in self._illnesses for p in places)

    def _sided(self, words: tuple[str, ...]) -> set[int]:
        """Positions of a part of the body said as a thing's side or part, right before a
        word of `part_of` ("the back of my embroidery", "the legs of the table"): what
        follows names the thing, so the part is no body of anyone's."""
        return {i for i, (word, after) in enumerate(pairwise(words))
                if after in self._part_of and stem(word) in self._body_words}

    def besides(self, text: str) -> frozenset[str] | None:
        """The words of the other body parts or conditions a message names (with the words
        that describe them, "a gammy ankle"), when every one is said beside the writer's
        own, in a chat with this bot, not as what is asked about (language.yaml `besides`,
        `referring`): at the end of its clause, "as well" or "too" ("anything to know before
        I try these, my wrist is dodgy too"), or after "with" and a determiner, as what
        something of ours is done with ("can I do it with a dodgy knee"). None otherwise:
        "what can I do for a bad knee", "the neck too tight"."""
        told: set[str] = set()
        for clause in _COMPARING_CLAUSE_END.split(text):
            words = tuple(self._analyzer.words(clause))
            spans = self._elsewhere.spans(words, self._words_stop)
            if not spans:
                continue
            beside = self._beside_clause(tuple(stem(w) for w in words), spans)
            if beside is None:
                return None
            told |= beside
        return frozenset(told) if told else None

    def lived_beside(self, text: str) -> frozenset[str] | None:
        """The words of the other body parts and conditions a message names, when each is
        said as `besides` reads it or is a condition lived with beside ours told as the
        writer's own situation (language.yaml `lived_with`): after one of `owning` in its
        clause ("how many reps with a new hip", "I also have scoliosis"; not after `aiding`,
        "what helps with arthritis"), in a clause that says little else ("EDS here", "hip
        arthritis so keep it simple"), or in a sentence that does not ask beside one that
        does ("Will it come back? My scoliosis makes me think so."). None otherwise: "is my
        hip arthritis getting worse?". Whether the rest asks something of ours is the
        caller's to weigh."""
        asked = frozenset(questions(text))
        clauses = []
        for sentence in SENTENCE.findall(text):
            aside = bool(asked) and sentence.strip() not in asked
            # The opening words of a sentence's first clause are what it asks about: "is my
            # hip arthritis getting worse?" (see `_owned_here`); only when it opens as a
            # question does: "some days my COPD is too bad to ..." tells (words42).
            later = False
            for clause in _COMPARING_CLAUSE_END.split(sentence):
                words = tuple(self._analyzer.words(clause))
                opening = stem(words[0]) if words else ""
                if not later and opening and all(opening not in kind for kind in (
                        self._linking, self._questioning, self._mine)):
                    later = True
                # The parts an exercise of ours is named by are the exercise, no other
                # place ("knee to chest pulls on my c section scar").
                named = self._in_names(tuple(stem(w) for w in words))
                spans = [(place, where) for place, where in
                         self._elsewhere.spans(words, self._words_stop)
                         if not set(where) <= named]
                # A condition's own care said right after it is that care, asked about:
                # "my blood pressure tablets" (language.yaml `lived_care`); unless the
                # writer is on it ("I'm on blood pressure tablets", `taking`): then it is
                # their situation, as the condition is.
                kept = [(name, where) for name, where in
                        self._lived_with.spans(words, self._words_stop)
                        if where.stop >= len(words)
                        or stem(words[where.stop]) not in self._lived_care
                        or (where.start > 0 and stem(words[where.start - 1]) in self._taking)]
                if spans or kept:
                    clauses.append((tuple(stem(w) for w in words), spans, kept, aside, later))
                later = later or bool(words)
        # A condition once told as the writer's own is theirs when said again ("when you
        # have fibro ... cold makes my fibro worse").
        owned: set[str] = set()
        for stems, spans, kept, aside, later in clauses:
            if kept and self._lived_here(stems, spans, kept, aside, later):
                owned.update(stems[i] for _, where in kept for i in where)
        told: set[str] = set()
        lived = False
        for stems, spans, kept, aside, later in clauses:
            beside = self._beside_clause(stems, spans) if spans else None
            if beside is None:
                if not kept or not (self._lived_here(stems, spans, kept, aside, later) or all(
                        stems[i] in owned for _, where in kept for i in where)):
                    return None
                beside = set()
                lived = True
                for _, where in (*spans, *kept):
                    beside.update(stems[i] for i in where)
                    for k in range(where.start - 1, max(-1, where.start - 4), -1):
                        if stems[k] in self._determiners:
                            beside.update(stems[k + 1:where.start])
                            break
            told |= beside
        return frozenset(told) if told and lived else None

    def _lived_here(self, stems: tuple[str, ...], spans: list[tuple[str, range]],
                    kept: list[tuple[str, range]], aside: bool, later: bool = False) -> bool:
        """Whether one clause tells its condition lived with as the writer's own (see
        `lived_beside`); someone else named before it makes it theirs ("my mum had
        osteoporosis"). `later`: the clause follows another in its sentence."""
        if self._someone_named(stems[:min(where.start for _, where in kept)]):
            return False
        # Another place in the clause is the condition's own only as where it is ("knee
        # arthritis", "arthritis in both hips", "hypermobile hips"), not another complaint
        # beside it ("restless legs at night with fibro").
        # (In a sentence that does not ask, the clause is all about it: "my knees don't
        # bend far since the replacements".)
        if not all(self._where_lived(stems, where, kept, aside) for _, where in spans):
            return False
        return aside or self._owned_here(stems, spans, kept, later)

    def _where_lived(self, stems: tuple[str, ...], where: range,
                     kept: list[tuple[str, range]], anywhere: bool = False) -> bool:
        """Whether the other place at `where` is a condition lived with itself or one part
        of the body within a few words of one ("arthritis in both hips"), or `anywhere` in
        the clause. A word of `owning` between them joins two things, the condition told
        beside the other (words42: "what can I take for gout with kidney disease" asks about
        the gout)."""
        if any(set(where) & set(k) for _, k in kept):
            return True
        return len(where) == 1 and stems[where.start] in self._other_words and any(
            anywhere or (max(k.start - where.stop, where.start - k.stop) <= _OWNING_REACH
                         and not self._joined(stems, where, k))
            for _, k in kept)

    def _joined(self, stems: tuple[str, ...], where: range, kept: range) -> bool:
        """Whether a one-word phrase of `owning` stands between the place at `where` and the
        condition at `kept` ("gout with kidney disease")."""
        between = stems[where.stop:kept.start] if where.stop <= kept.start else stems[
            kept.stop:where.start]
        return any((word,) in self._owning for word in between)

    def _beside_clause(self, stems: tuple[str, ...], spans: list[tuple[str, range]]
                       ) -> set[str] | None:
        """`besides` for one clause: the words told, or None when a part is asked about."""
        told: set[str] = set()
        tail = len(stems)
        while tail > 0 and stems[tail - 1] in self._tail:
            tail -= 1
        additive = any(stems[max(0, tail - len(p)):tail] == p for p in self._besides)
        for _, where in spans:
            if not additive and not self._done_with(stems, where.start) and not (
                    _yardstick(stems, where)):
                return None
            told.update(stems[i] for i in where)
            for k in range(where.start - 1, max(-1, where.start - 4), -1):
                if stems[k] in self._determiners:
                    told.update(stems[k + 1:where.start])
                    break
        return told

    def _someone_named(self, stems: tuple[str, ...]) -> bool:
        """Whether someone else is named in `stems` ("my mum had", "she has")."""
        return any(stems[k:k + len(p)] == p for p in self._someone for k in range(len(stems)))

    def _owned_here(self, stems: tuple[str, ...], spans: list[tuple[str, range]],
                    kept: list[tuple[str, range]], later: bool = False) -> bool:
        """Whether a clause tells its condition lived with as the writer's own: one of
        `owning` before it (not "with" after `aiding`: "what helps with fibro"), or the
        writer's possessive (`mine`, not after `aiding`: "my knee replacement is swollen",
        not "a heat pad for my fibro"; in a sentence's first clause, only past its opening
        words, which say what is asked: "is my hip arthritis getting worse?"), or next to
        nothing else said ("scoliosis girl here", "hip replacement side"). Each condition
        in the clause is told so, or follows one told so closely: "how often do my joints
        sublux with EDS" asks about the first."""
        owned: range | None = None
        for where in sorted((w for _, w in kept), key=lambda found: found.start):
            if not (self._owning_before(stems, where.start)
                    or self._mine_before(stems, where.start, 0 if later else _OWNING_REACH) or (
                    owned is not None and where.start - owned.stop <= _OWNING_REACH)):
                break
            owned = where
        else:
            return True
        said = {i for _, where in (*spans, *kept) for i in where}
        rest = [t for i, t in enumerate(stems) if i not in said
                and t not in self._determiners and t not in self._introducing]
        return len(rest) <= 1

    def _mine_before(self, stems: tuple[str, ...], at: int, past: int = 0) -> bool:
        """Whether one of `mine` comes a few words before `at` ("my knee arthritis", "my
        osteoporosis"), at index `past` or later, not right after one of `aiding` ("what
        helps my arthritis", "a heat pad for my fibro": the condition is what is treated)."""
        return any(stems[k] in self._mine and not (k > 0 and stems[k - 1] in self._aiding)
                   for k in range(max(past, at - _OWNING_REACH), at))

    def _owning_before(self, stems: tuple[str, ...], at: int) -> bool:
        """Whether one of `owning` ends a few words before `at` ("got bad hip arthritis"),
        not "with" after `aiding` ("what helps with fibro")."""
        for k in range(max(0, at - _OWNING_REACH - 2), at):
            for phrase in self._owning:
                end = k + len(phrase)
                if stems[k:end] == phrase and at - _OWNING_REACH <= end <= at and not (
                        phrase == ("with",) and k > 0 and stems[k - 1] in self._aiding):
                    return True
        return False

    def _done_with(self, stems: tuple[str, ...], at: int) -> bool:
        """Whether the body part at `at` is what something referred to is done with: "it
        with a dodgy", "these with my bad" before it (up to two describing words); so are
        our exercises spoken of as the writer's set ("do the stretches with a new hip",
        words46), not asked for ("what stretches with a bad knee" asks about the knee)."""
        for k in range(at - 1, max(-1, at - 4), -1):
            if stems[k] in self._determiners:
                if k < 2 or stems[k - 1] != "with":
                    return False
                done = stems[k - 2]
                return done in self._referring or (
                    done in self._several_of and k >= 3 and stems[k - 3] in self._set_owners)
        return False

    def cared(self, text: str, denied: frozenset[str] = frozenset()) -> bool:
        """Whether the message names care of ours in its own words, read strictly (the
        concepts of care, `rejectable` in the domain: "a stretch", "physio"; not "since the
        move", which is care only in context)."""
        every = tuple(t for t in (stem(w) for w in self._analyzer.strict_words(text))
                      if t not in denied)
        return any(name in self._rejectable
                   for (name, _), _ in self._phrases.spans(every, self._stop))

    def treated(self, text: str, denied: frozenset[str] = frozenset()) -> bool:
        """Whether the message names care the writer is given for the condition
        (language.yaml `treated`): part of their condition ("I'm on pregabalin", "the
        epidural I'm booked for"); someone else's is theirs ("my dad's surgery")."""
        return self._treated_in(tuple(t for t in self._analyzer.tokens(text)
                                      if t not in denied))

    def _treated_in(self, every: tuple[str, ...]) -> bool:
        """`treated` on the message's tokens, for a caller that has them already."""
        return any(self._writers(every, where.start)
                   for _, where in self._treated.spans(every, self._stop))

    def topics(self, text: str, denied: frozenset[str] = frozenset()) -> frozenset[str]:
        """The words (stems) of each topic with an entry of its own that the message names
        as the writer's (language.yaml `topics`: a medicine, a scan, an operation, a
        flare-up, it coming back, sleep), not said aside (`aside`: when, or someone else's:
        "my dad's operation"): beside one of our exercises, what is asked (Matcher.rank)."""
        every = tuple(t for t in self._analyzer.tokens(text) if t not in denied)
        found = {every[i] for _, where in self._topics.spans(every, self._stop)
                 if self._writers(every, where.start) for i in where
                 if every[i] not in self._stop}
        return frozenset(found - self.aside(text))

    def aside(self, text: str) -> frozenset[str]:
        """The words (stems) said only aside from what the writer asks: in clauses that a
        word of `topic_times` opens, when something is done ("crunches right before sleep",
        "child's pose while I wait for my epidural", "ok while I'm still on pregabalin?"),
        or as someone else's ("my dad had an operation, can I do the wall sit")."""
        timed: set[str] = set()
        untimed: set[str] = set()
        for clause in _CLAUSE_END.split(text):
            every = self._analyzer.tokens(clause)
            opened = next((i for i, t in enumerate(every) if t in self._topic_times),
                          len(every))
            untimed.update(every[:opened])
            timed.update(every[opened:])
        every = self._analyzer.tokens(text)
        mine = {t for i, t in enumerate(every) if self._writers(every, i)}
        return frozenset((timed - untimed) | (set(every) - mine))

    def rejected(self, text: str) -> frozenset[str]:
        """Words of care the message rules out ("I don't want medicine or stretching",
        "instead of painkillers"), and the words that rule them out ("dont wanna be that
        guy": no "don't" of a question): context, not what is asked for."""
        if not self._rejectable:
            return frozenset()
        out: set[str] = set()
        for part in _PHRASE_END.split(text):
            every = self._analyzer.tokens(part)
            found = self._rejecting.spans(every, frozenset())
            if not found:
                continue
            out.update(every[i] for _, where in found for i in where
                       if every[i] not in self._stop)
            rest = every[min(where.stop for _, where in found):][:_REJECT_REACH]
            kept = {t for (name, words), _ in self._in_context.spans(rest, self._stop)
                    if name not in self._rejectable for t in words}
            out.update(t for t in rest if t not in self._stop and t not in kept)
        return frozenset(out)

    def asks_others(self, question: str) -> bool:
        """Whether a question asks other people about their own body or pain ("what was
        your nerve pain like?", "did your sciatica ease?"): in a story told to a forum, that
        is not what the writer needs answered. ("Has anyone tried acupuncture?" is: it asks
        whether acupuncture helps.)"""
        every = self._analyzer.tokens(question)
        if not self._yours & set(every):
            return False
        for (name, _), where in self._in_context.spans(every, self._stop):
            if name in self._bodily and any(
                    every[j] in self._yours for j in range(max(0, where.start - 3),
                                                           where.start)):
                return True
        return False

    def stray_animals(self, text: str) -> frozenset[str]:
        """Words that name an animal outside any exercise's name ("walking the dog"): they
        say nothing of upward dog. A verb made of an animal's name is work done, no animal
        ("lambing season", "calving")."""
        every = self._analyzer.tokens(text)
        if not any(self._owners.get(t) == _ANIMAL for t in every):
            return frozenset()
        named = self._in_names(every)
        said = self._analyzer.words(text)
        named |= {i for i, w in enumerate(said)
                  if i < len(every) and w.endswith(_DOING) and w != every[i]}
        stray = {t for i, t in enumerate(every)
                 if self._owners.get(t) == _ANIMAL and i not in named}
        return frozenset(stray - {every[i] for i in named})

    def pets(self, text: str) -> frozenset[str]:
        """The animals a message names outside an exercise's name and outside an activity
        of daily life done with them ("walking the dog" is the writer's day; "bring my dog
        into the office" is about the dog)."""
        stray = self.stray_animals(text)
        if not stray:
            return stray
        every = self._analyzer.tokens(text)
        inside = {every[i] for _, where in self._activities.spans(every, self._stop)
                  for i in where}
        # (... nor one right after an activity's words: "lifting Labradors onto the table".)
        inside |= {every[i] for i in self._handled(every)}
        return stray - inside

    def kept(self, text: str) -> bool:
        """Whether a pet the message names (`pets`) is someone's or does something in it:
        after a word that says whose ("my dog", "our cat") or before a word of doing ("the
        puppy keeps"); not a word of another kind that sounds like one ("the hamster rings"
        are the hamstrings)."""
        pets = self.pets(text)
        if not pets:
            return False
        every = self._analyzer.tokens(text)
        return any(t in pets and ((i > 0 and every[i - 1] in self._whose)
                                  or (i + 1 < len(every) and every[i + 1] in self._doing))
                   for i, t in enumerate(every))

    def _in_names(self, every: tuple[str, ...]) -> set[int]:
        """Positions of words inside an exercise's name of two words or more."""
        inside: set[int] = set()
        for i, token in enumerate(every):
            for phrase in self._name_phrases.get(token, ()):
                if every[i : i + len(phrase)] == phrase:
                    inside.update(range(i, i + len(phrase)))
        return inside

    def _described(self, every: tuple[str, ...]) -> tuple[set[int], set[_Term]]:
        """The positions of the words that describe a body part, a complaint or the
        condition, between a determiner and it ("a dodgy back", "my knackered old legs",
        "this stupid sciatica": how it is, however it is spelt, is no other topic); and
        the body terms said with such words between ("a dodgy back" is "my back"). A
        describing word is no small word, number or everyday word that is not ours: "get
        my money back" and "come back" are no body."""
        described: set[int] = set()
        terms: set[_Term] = set()
        for i, head in enumerate(every):
            if head not in self._heads:
                continue
            for j in range(i - 1, max(-1, i - 4), -1):
                word = every[j]
                if word in self._determiners:
                    if j < i - 1:
                        described.update(range(j + 1, i))
                        if head in self._after_determiner:
                            terms.add(self._after_determiner[head])
                    break
                if (word in self._stop or word.isdigit() or word in self._other_words
                        or (word in self.plain and word not in self._ours)):
                    break
        return described, terms

    def shaped(self, text: str) -> ShapeReading:
        """The exercises `text` describes by their shape (bot/engine/shapes.py)."""
        return self._shapes.read_text(text)

    def _described_places(self, every: tuple[str, ...], shaped: ShapeReading,
                          places: set[str]) -> set[str]:
        """The other places named only inside the description of an exercise ("pull one knee
        to your chest", "grab your ankle behind you"): the exercise's, no other part's."""
        inside: set[str] = set()
        for place in places:
            key = self._analyzer.tokens(place)
            at = [i for i in range(len(every) - len(key) + 1)
                  if key and every[i:i + len(key)] == key]
            if at and all(shaped.covers(i, i + len(key)) for i in at):
                inside.add(place)
        return inside

    def _foreign(self, text: str, reading: ShapeReading | None = None
                 ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The words of another topic in `text` (see the module's docstring), less those
        that describe something of ours and the writer's own words around what is asked;
        and, apart, the unknown words that say what someone does or how something is
        (`predicated`): neutral, not another topic's. `reading`: `text`'s shapes, where the
        caller has read them (a message's shapes are read once)."""
        every = self._analyzer.tokens(text)
        described, _ = self._described(every)
        # An exercise's name ("cat cow", "bird dog") names an exercise, no other topic; nor
        # do the words of one described by its shape ("the flamingo one").
        described |= self._in_names(every)
        if reading is None:
            reading = self.shaped(text)
        described |= {i for a, b in reading.spans for i in range(a, b)}
        # A saying's words say how things go, no other topic ("back to square one").
        described |= self._sayings.places(every)
        candidates = [
            t for i, t in enumerate(every)
            if i not in described and t not in self._stop and t not in self._known
            and not t.isdigit() and t not in self._numbers and len(t) > 2
            and not self._form_of_known(t)]
        # Letters and a number that are no word ("ps5", "m25", not "L5" or "S1") name a
        # thing: a model, a road; not a number that counts time ("been at em 4 days": a
        # chat word before a count; words49).
        candidates.extend(
            f"{t}{every[i + 1]}" for i, t in enumerate(every[:-1])
            if every[i + 1].isdigit() and t.isalpha() and len(t) <= _CODE
            and t not in self._known and t not in self._stop
            and not (i + 2 < len(every) and every[i + 2] in self._time_units))
        if not candidates:
            return (), ()
        own = self._own(text) | self.named_places(text)
        predicated = self.predicated(text)
        foreign = [t for t in candidates if t not in own and t not in predicated]
        neutral = [t for t in candidates if t not in own and t in predicated]
        return tuple(dict.fromkeys(foreign)), tuple(dict.fromkeys(neutral))

    def _supports(self, text: str, found: set[str]) -> bool:
        """Whether the message says something of ours in its own words (read strictly): a
        concept other topics do not use as much, not said by a linking word alone ("I feel
        trapped in my job"), a part of the body only where it is someone's ("my back", "his
        legs"; not "the table legs", "the disc of my PS5"), or one of our exercises."""
        if EXERCISE_NAME in found:
            return True
        every = tuple(stem(w) for w in self._analyzer.strict_words(text))
        for (name, _), where in self._phrases.spans(every, self._stop):
            if (name in self._general or not self._weights.get(name)
                    or all(every[i] in self._linking for i in where)):
                continue
            if (name not in self._body_concepts
                    or _nearest(every, where.start, self._owners) == _PERSON):
                return True
        return False

    def _timed(self, every: tuple[str, ...],
               words: frozenset[str] | None = None) -> frozenset[str]:
        """The words of activities of daily life said as when (language.yaml `timing`, up to
        three words before: "on my honeymoon", "the week of the wedding"), or as what the
        writer does or goes back to (`playing`: "because I bowl fast", "I played 36 holes",
        "back on the post round"). `words`: only these before it (the writer's doing)."""
        before = self._said_as_day if words is None else words
        return frozenset(t for i, t in enumerate(every) if t in self._daily and any(
            w in before for w in every[max(0, i - 3):i]))

    def _whereabouts_of(self, text: str, where: bool,
                        asking: frozenset[str] = frozenset()) -> frozenset[str]:
        """The unknown words of a place or a time the writer is at, clause by clause: after
        a word of `whereabouts_times` (and of `whereabouts` too when `where`), up to
        `_WHEREABOUTS` words on, through small words, numbers, the writer's day and other
        unknown words ("before my shift at the bakery", "on the church pew every Sunday",
        "by the second hymn"); a word of ours or of common English ends it ("after
        pregnancy any cream" places no cream). A word of how the question asks (`asking`)
        opens nothing: "how long until my exam results" asks about the exam. So are those of
        where an activity of daily life goes on or goes to: after the activity and a word of
        `going_to` ("a flight to Lanzarote", "on hols in Greece"), through small words and
        numbers. Where the writer goes says no topic; a place asked about without an
        activity of theirs does ("a physio in Leeds", "ice in my drink")."""
        found: set[str] = set()
        opening = (self._when | self._where if where else self._when) - asking
        for clause in _PREDICATE_END.split(text):
            every = self._analyzer.tokens(clause)
            for i, token in enumerate(every):
                # A likeness is read as a time is, unless the word is one who likes ("I
                # like knitting", "would like").
                if token in self._likeness and token not in asking:
                    if i > 0 and every[i - 1] in self._liking:
                        continue
                elif token not in opening:
                    continue
                for t in every[i + 1:i + 1 + _WHEREABOUTS]:
                    if t in self._stop or t.isdigit() or t in self._numbers or t in opening:
                        continue
                    if t not in self._known:
                        found.add(t)
                    elif t not in self._daily:
                        break
            for _, span in self._activities.spans(every, self._stop):
                if span.stop >= len(every) or every[span.stop] not in self._going_to:
                    continue
                # A known word, or another activity's, ends it: "sit in the sauna" names
                # the sauna, "sit in the car with the engine running" no place of the car.
                for t in every[span.stop + 1:span.stop + 1 + _WHEREABOUTS]:
                    if t in self._stop or t.isdigit() or t in self._numbers:
                        continue
                    if t in self._known or t in self._daily:
                        break
                    found.add(t)
        return frozenset(found)

    def loads(self, text: str, carried: bool = False) -> frozenset[str]:
        """The unknown words of the load a verb of handling names right after it, clause by
        clause (language.yaml `handling`: "lifting flight cases", "lugging two crash pads";
        with `carried`, `carrying` too: "carry a stack of cable"), through determiners,
        numbers, known words and "of", up to `_LOAD` words, and where it is taken
        after a word of `going_to` or a particle ("lugging two crash pads up to the
        boulders", "buckets to the cooler"); any other small word ends it ("with a jack",
        "for my mate": with what or for whom, no load)."""
        verbs = self._handling | self._carrying if carried else self._handling
        found: set[str] = set()
        for clause in _PREDICATE_END.split(text):
            every = self._analyzer.tokens(clause)
            for i in range(len(every)):
                ends = [i + len(p) for p in verbs if every[i:i + len(p)] == p]
                if not ends:
                    continue
                for t in every[max(ends):max(ends) + _LOAD]:
                    if (t in self._determiners or t.isdigit() or t in self._numbers or t == _OF
                            or t in self._going_to or t in self._particles):
                        continue
                    if t in self._stop or t in self._questioning:
                        break
                    if t not in self._known:
                        found.add(t)
        return frozenset(found)

    def named_places(self, text: str) -> frozenset[str]:
        """The unknown words of places named with a capital after a word of `named_at`
        (language.yaml `domain`: "my daughter in Melbourne", "a drive to my mam's grave in
        Donegal", "out past Longreach"), in a sentence that tells beside one that asks:
        where the story goes on says no topic. Never in what is asked ("a physio in
        Leeds?" asks about Leeds), nor in a message that asks nothing."""
        asked = {q.strip() for q in questions(text)}
        if not asked:
            return frozenset()
        found: set[str] = set()
        for sentence in SENTENCE.findall(text):
            if sentence.strip() in asked or any(q in sentence for q in asked):
                continue
            for match in _PLACE_NAMED.finditer(sentence):
                if match.group(1) in self._named_at:
                    found.update(t for t in self._analyzer.tokens(match.group(2))
                                 if t not in self._known)
        return frozenset(found)

    def sent_from(self, text: str) -> frozenset[str]:
        """The unknown words of where the writer writes from or comes back from, clause by
        clause: after a word of `sent_from` (language.yaml `domain`), up to `_WHEREABOUTS`
        words on, through known words ("morning from a very wet Lake District"): a place
        is no topic in a greeting (not beside a question: "a burn from the oven door")."""
        found: set[str] = set()
        for clause in _PREDICATE_END.split(text):
            every = self._analyzer.tokens(clause)
            for i, token in enumerate(every):
                if token not in self._sent_from:
                    continue
                found.update(t for t in every[i + 1:i + 1 + _WHEREABOUTS]
                             if t not in self._known and t not in self._stop)
        return frozenset(found)

    def day_told(self, text: str, words: Iterable[str]) -> bool:
        """Whether every one of `words` is the writer's day, where they write from or kit
        of theirs (`kit`: "would have loved this gadget", words46), told in a message that
        asks nothing (no word of `questioning`): "thanks, off back to the caravan now", not
        "cheers, where can I buy a fishing rod"."""
        # "namaste, which train is fastest from Delhi" asks of the place; a clause that asks
        # with nothing but small words asks after the writer, as a greeting does ("good
        # morning from Lagos, how are you?": words49).
        for clause in _CLAUSE_END.split(text):
            said = self._analyzer.tokens(clause)
            if any(t in self._questioning for t in said) and any(
                    t not in self._stop and t not in self._questioning
                    and t not in self._asking_after for t in said):
                return False
        where = self.sent_from(text) | self.signed_off(text)
        return all(w in where or w in self._daily or w in self._kit for w in words)

    def signed_off(self, text: str) -> frozenset[str]:
        """The words of a sign-off, a clause of `_SIGN_OFF` words or fewer besides small
        ones and the reader ("blue skies!", "merry Christmas", "up the Rangers", "peace be
        upon you"): a wish or a cheer that ends a thanks or a greeting names no topic. Read
        only where `day_told` is: in a chitchat message that asks nothing ("thanks, where
        can I buy a rod" asks). None in a message that names a being other than the writer
        (a child, a relative, an animal, "he", "she"): its short clauses tell of that one's
        trouble ("my baby has colic, what to do", "the pup's been sick, worms?"), no
        wish."""
        every = self._analyzer.tokens(text)
        if any(t in self._pronouns or (t in self._owners and t not in self._writer)
               for t in every):
            return frozenset()
        found: set[str] = set()
        for clause in _CLAUSE_END.split(text):
            # The reader a blessing is wished on is no word of it ("peace be upon you", "God
            # be with you"), as in asking after someone (`asking_after`).
            said = [t for t in self._analyzer.tokens(clause) if t not in self._stop]
            if len([t for t in said if t not in self._asking_after]) <= _SIGN_OFF:
                found.update(said)
        return frozenset(found)

    def _adverb(self, word: str) -> bool:
        """Whether a word is an adverb made of a word ("fairly", "permanently")."""
        return (word.endswith(_ADVERB) and len(word) > len(_ADVERB) + 2
                and word[:-len(_ADVERB)] in self._english)

    def predicated(self, text: str) -> frozenset[str]:
        """The words of `text` in the place of a verb or a quality, clause by clause
        (language.yaml `predicating`, `linking`): after a subject, a negation, an adverb or
        a verb that takes another ("should I fret", "if I bunk off", "he never grumbles",
        "meant to lug"), or after a modal, a linking verb or a word of degree that follows
        its subject ("the nights are brutal", "why is nerve pain so brutal"). Not after one
        that opens its clause or follows a question word: "is traffic bad", "how is netflix"
        name their subject there. An adverb made of a word ("fairly", "realistically") says
        how too, and so does the word after it ("permanently wonky"). (Not the word before
        a complaint: "my tailbone aches" names where.)"""
        found: set[str] = set()
        for clause in _PREDICATE_END.split(text):
            stems = self._analyzer.tokens(clause)
            words = self._analyzer.context_words(clause)
            for i, (token, word) in enumerate(zip(stems, words, strict=True)):
                if token in self._stop:
                    continue
                # (An -ly word after a determiner describes the noun after it: "my monthly
                # budget" names a budget, as "permanently wonky" does not.)
                if (self._adverb(word) or (i > 0 and self._adverb(words[i - 1]) and not (
                        i > 1 and stems[i - 2] in self._determiners))
                        or (i > 0 and any(
                            stems[max(0, i - len(p)):i] == p
                            for p in self._predicating_by_last.get(stems[i - 1], ())))
                        or (i > 1 and stems[i - 1] in self._linking
                            and stems[i - 2] not in self._questioning)):
                    found.add(token)
        return frozenset(found)

    def _own(self, text: str) -> frozenset[str]:
        """The writer's own words in `text`, clause by clause: neither ours nor another
        topic's (language.yaml `judging`, `self_described`, `introducing`, `particles`).
        "can I still go swimming or is that daft": the writer weighs the question; "I'm a
        keen runner": who asks; "newbie here": who asks; "when do they kick in": how things
        go, an everyday verb with its particle."""
        own: set[str] = set()
        for clause in _CLAUSE_END.split(text):
            words = self._analyzer.tokens(clause)
            if not words:
                continue
            small = [w in self._stop or w in self.plain for w in words]
            for phrase in self._judging:
                # opening its clause, and the clause ends soon after: "is that a setback?",
                # not "is it a good time to buy bitcoin"
                rest = words[len(phrase):]
                if words[:len(phrase)] == phrase and len(rest) <= _OWN_WORDS - 1:
                    own.update(rest)
            for i in range(len(words)):
                for phrase in self._self_described:
                    if words[i:i + len(phrase)] == phrase:
                        # to the first small word: "I'm a nurse doing nights" is a nurse
                        for w in words[i + len(phrase):][:_OWN_WORDS]:
                            if w in self._stop:
                                break
                            own.add(w)
            content = [w for w, s in zip(words, small, strict=True) if not s]
            if (words[-1] in self._introducing and len(words) <= _OWN_WORDS + 1
                    and len(content) <= _OWN_WORDS - 1):
                own.update(content)
            tail = len(words) - 1
            while tail > 0 and words[tail] in self._tail:
                tail -= 1
            # (a thing before the particle is what is moved, no verb: "get the back wheel
            # off" asks about the wheel; scope53)
            if (words[tail] in self._particles and tail > 0 and not small[tail - 1]
                    and words[tail - 1] not in self._things):
                own.add(words[tail - 1])
        return frozenset(own)

    def _form_of_known_uncached(self, word: str) -> bool:
        """Whether an unknown word (a stem) is only another form of a known or common one,
        and so no word of another topic: a contraction without its apostrophe ("thatll",
        "wouldve", "hes"), a form whose stem is not its word's ("experiencing"), a
        superlative ("strongest"), a prefixed word ("undone", "rejoining"), an adjective in
        -y ("stretchy"), an adverb of a known word ("easily"), or a chat spelling of a common
        word ("agn", "wot", "tho": short, rare, one letter from it)."""
        def known(base: str) -> bool:
            return len(base) > 1 and (base in self._known or stem(base) in self._known)

        if word not in self._english and any(
                word.endswith(end) and known(word[: -len(end)]) for end in _CONTRACTED):
            return True
        if word.endswith(_SUPERLATIVE):
            base = word[: -len(_SUPERLATIVE)]
            undoubled = base[:-1] if len(base) > 2 and base[-1] == base[-2] else base
            if any(known(b) for b in (base, undoubled, f"{base}e", f"{base}y")):
                return True
        for prefix in _PREFIXES:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) > 2 and (known(rest) or known(f"{rest}e")):
                return True
        if word.endswith("i") and known(word[:-1]) and f"{word[:-1]}y" in self._english:
            return True
        # An adverb made of a known word says how, as the word does ("easily", "badly":
        # stems "easili", "badli").
        if word.endswith("li") and (known(word[:-2]) or (
                word.endswith("ili") and known(f"{word[:-3]}y"))):
            return True
        # Stems of one word's forms differ at times: "experiencing" is "experienc", and
        # "experience" "experi".
        if (word not in self._english and f"{word}e" in self._english
                and stem(f"{word}e") in self._known):
            return True
        if len(word) <= _CHAT_LENGTH and frequency(word) < _CHAT_RARE:
            variants = {word[:i] + word[i + 1:] for i in range(len(word))}
            variants |= {word[:i] + c + word[i + 1:] for i in range(len(word)) for c in _LETTERS}
            variants |= {word[:i] + c + word[i:] for i in range(len(word) + 1) for c in _LETTERS}
            return not variants.isdisjoint(self._chat_bases)
        return False

    def written_for(self, word: str) -> frozenset[str]:
        """The entries written for the activity of daily life a word (a stem) is one of
        ("sleeper": sleeping); none for any other word."""
        return self._daily_entries.get(word, frozenset())

    def equipped(self, evidence: Evidence, asked: Iterable[str] = (),
                 text: str = "", asking: frozenset[str] = frozenset()) -> Evidence:
        """`evidence` with kit bought for the condition (`kit` in the domain) as neutral:
        for a message that asks a kind of answer only we give ("how many reps, I've got a
        counter app", "a daily plan, I've got a mat and a foam roller"), the kit is what it
        is done with, not another topic. So are the words of an activity of daily life
        whose entries include one the question asks for (`asked`): the activity is where
        it is asked of ("how long can I sit at the loom before I get up" asks what the
        sitting entry answers; "the damp keeps coming back" is the weather's, no recurrence
        of ours). So is when the writer is, said in `text` outside the cue's own words
        (`asking`: "how do I stop it coming back before lambing season", not "how long until
        my exam results come back"; `whereabouts_times` in the domain)."""
        wanted = frozenset(asked)
        where = self._whereabouts_of(text, False, asking) if text else frozenset()
        # ... and the writer's day said as what they do or go back to ("because I bowl
        # fast", "when I go back to squash": stop 43, words43); not a thing's time or cause
        # said alone ("because of the frost", "until my exam results come back").
        if text:
            where |= self._timed(self._analyzer.tokens(text), self._playing)
        # An animal that is no pet's question (`kept`) is in the writer's day too ("stuck
        # indoors with the cats, how long until I feel better").
        animals = self.stray_animals(text) if text and not self.kept(text) else frozenset()
        # ... and the load the writer handles ("how should I lift flight cases", "liftin
        # heavy pots, bad idea?"): what is lifted is no topic of its own (words54).
        # (Only beside something of ours: to lift is also to take off, "lift a wine stain
        # off a jacket", "lift moss off a roof", and to carry is to bring.)
        loads = (self.loads(text, True)
                 if text and wanted and (evidence.weight or evidence.hints) else frozenset())
        kit = tuple(t for t in evidence.foreign if t in self._kit or t in where
                    or t in animals or t in loads
                    or self._daily_entries.get(t, frozenset()) & wanted)
        if not kit or evidence.elsewhere:
            return evidence
        return replace(evidence, foreign=tuple(t for t in evidence.foreign if t not in kit),
                       neutral=(*evidence.neutral, *kit))

    def done_at(self, evidence: Evidence, text: str, told: str,
                asked: Iterable[str]) -> Evidence:
        """`evidence` with where the writer is as neutral, told in a clause that asks
        nothing (`told`: "stuck in the ticket booth all day"), when the question asks for an
        entry written for an activity of daily life the message names (`asked`: "any tips
        for sitting"): the place is where they do it, no topic (words57). Not a place in
        what is asked ("tips for sitting in a kayak" asks of the kayak)."""
        wanted = frozenset(asked)
        if (not told or evidence.elsewhere
                or not any(self.written_for(w) & wanted for w in self.activity_words(text))):
            return evidence
        where = self._whereabouts_of(told, True)
        placed = tuple(t for t in evidence.foreign if t in where)
        if not placed:
            return evidence
        return replace(evidence, foreign=tuple(t for t in evidence.foreign if t not in where),
                       neutral=(*evidence.neutral, *placed))

    def referred(self, text: str, denied: frozenset[str] = frozenset()) -> str | None:
        """The other condition a message's back pain may be (language.yaml `referred`):
        "stomach pain that travels to my back", "back pain with a rash", "pain between my
        shoulder blades". Not when the message says what keeps it ours: the pain's path
        down the leg, the condition by name, one of our exercises. None when it is ours."""
        if not self._referred:
            return None
        stems = tuple(stem(w) for w in self._analyzer.strict_words(text))
        stems = tuple(t for t in stems if t not in denied)
        content = tuple(t for t in stems if t not in self._stop)
        concepts = {name for name, _ in self._phrases.find(stems, content)}
        every, content_words = self._sequences(text)
        if self._names.find(every, content_words) - {_EVERYDAY_NAME}:
            concepts.add(EXERCISE_NAME)
        for name, terms, unless, needs, unless_concepts in self._referred:
            if (terms.find(stems, content) and (not needs or needs & concepts)
                    and not unless.find(stems, content) and not unless_concepts & concepts):
                return name
        return None

    def evidence(self, text: str, denied: frozenset[str] = frozenset(),
                 asked: str | None = None, reading: ShapeReading | None = None) -> Evidence:
        """`denied`: words of symptoms the message denies. Beside another body part they
        show nothing of ours ("my back is fine, it's my wrist"); alone they are still about
        ours ("no numbness, can I garden?"). With `asked` (what a story asks), words of
        another topic are looked for there only: the story's own (a job, a town, a hen
        party) tell the situation, not the topic. `reading` is `text`'s shape reading where
        the caller has read it (the pipeline reads a message's shapes once and hands the
        reading to every part that needs it; no cache keyed by the message's text)."""
        every, content = self._sequences(text)
        places: set[str] = set()

        def read(reader: Callable[[str], tuple[str, ...]],
                 phrases: _Phrases[_Term]) -> set[_Term]:
            words, theirs, senses = self._senses(text, reader)
            places.update(senses)
            spans = self._elsewhere.spans(words, self._words_stop)
            places.update(place for place, _ in spans)
            # The words of another place's name are not ours: "hip replacement", "flat feet";
            # nor a shared word that is another's ("neck MRI says C5/6 disc bulge").
            taken = ({i for _, where in spans if len(where) > 1 for i in where} | theirs
                     | self._sided(words))
            # A goal's words said again elsewhere are the goal's ("glute bridges for bigger
            # glutes": the glutes trained, no buttock of ours).
            aimed = {words[i] for place, where in spans if place in self._goals
                     for i in where}
            taken |= {i for i, w in enumerate(words) if w in aimed}
            # A goal's words leave a gap, never joining the words around them: "my chest day
            # routine" is no "my routine" (a condition lived with does not: "my hip
            # replacement exercises" are the writer's exercises).
            gap = {i for place, where in spans if place in self._goals for i in where}
            stems = tuple(_GAP if i in gap else stem(w) for i, w in enumerate(words)
                          if i not in taken or i in gap)
            if denied and spans:
                stems = tuple(t for t in stems if t not in denied)
            return phrases.find(stems, tuple(t for t in stems if t not in self._stop)
                                ) | self._described(stems)[1]

        said = read(self._analyzer.strict_words, self._phrases)
        found = {name for name, _ in said}
        meant = read(self._analyzer.context_words, self._in_context)
        loose = {name for name, _ in meant}
        if any(not self._needs.get(name) or self._needs[name] & found for name in found):
            found |= loose
        # More than one term of a concept in its own words says more than one ("yoga,
        # injections, surgery"): each further term adds half its concept's weight.
        further = math.fsum(self._weights[name] / 2
                            for name in found - self._general
                            for _ in range(len({t for n, t in said if n == name}) - 1))
        if denied and places:
            every = tuple(t for t in every if t not in denied)
            content = tuple(t for t in content if t not in denied)
        found |= self._names.find(every, content)
        shaped = self.shaped(text) if reading is None else reading
        if shaped.described:
            found.add(EXERCISE_NAME)
            places -= self._described_places(every, shaped, places)
        everyday_name = _EVERYDAY_NAME in found
        found.discard(_EVERYDAY_NAME)
        weight = math.fsum(
            self._weights[name] for name in found
            if not self._needs.get(name) or self._needs[name] & found
        )
        counted = {name for name in found if not self._needs.get(name) or self._needs[name] & found}
        foreign, neutral = (self._foreign(text, shaped) if asked is None
                            else self._foreign(asked))
        # Where nothing points elsewhere, words that are ours in context hint at us too
        # ("surgeon says op now or wait, what would u do").
        hinted = found if foreign or places else found | loose
        hints = math.fsum(self._weights[name] for name in hinted - self._general)
        if neutral and not everyday_name and not self._supports(text, found):
            # An unknown verb or quality is neutral beside something of ours said in its own
            # words ("should I fret about my back"); in a message that says nothing of ours
            # it is all there is to say what the message is about ("how do I learn Tagalog",
            # "one of the table legs is wobbly").
            foreign, neutral = (*foreign, *neutral), ()
        if weight and not places:
            # The writer's day is neutral beside something of ours said with what it needs
            # ("bedtime yoga for nerve pain"), never beside a word that only hints ("a
            # bedtime routine for a toddler", "hamstring stretches for a marathon").
            # Kit bought for it only beside something said of ours in full ("a yoga mat for
            # my sciatica"), not a brand's name beside a sport ("which yoga mat brand").
            # So is where or when the writer is ("my leg buzzes on the church pew").
            kit = self._kit if weight >= self._threshold / 2 else frozenset()
            kit |= self._whereabouts_of(text if asked is None else asked,
                                        bool((self._body_concepts | self._complaints) & counted))
            daily = self._daily
            if (self._owned_daily.intersection(foreign)
                    and not self.lived(text, denied, reading=shaped)):
                daily = daily - self._owned_daily
            neutral = (*neutral, *(t for t in foreign if t in daily or t in kit))
            foreign = tuple(t for t in foreign if t not in daily and t not in kit)
        elif hints and not places:
            # ... and beside a word that hints at us when it says when ("skip the stretches
            # on my honeymoon", "a bad flare the week of the wedding"), or where or when the
            # writer is ("a routine to do before my shift at the bakery").
            timed = self._timed(every) | self._whereabouts_of(
                text if asked is None else asked, False)
            neutral = (*neutral, *(t for t in foreign if t in timed))
            foreign = tuple(t for t in foreign if t not in timed)
        if everyday_name:
            hints += self._weights[EXERCISE_NAME]
        named = EXERCISE_NAME in found
        own = weight - (self._weights[EXERCISE_NAME] if named else 0.0)
        return Evidence(weight, hints, foreign, bool(places), named, named or everyday_name,
                        bool(self._complaints & found), weight >= self._threshold, own,
                        tuple(sorted(places)), self._animal_body(every),
                        hints + further, self._for_young(every, weight, counted), neutral,
                        any(name in self._complaints and term not in self._bare_nerve
                            for name, term in said | meant),
                        bool(places & self._goals))


_THAN = "than"
_OF = "of"  # a load's "of" goes on naming it: "buckets of spoil", "a stack of cable"
_WHEREABOUTS = 6  # words a place or a time may run on for after its first word
_LOAD = 8  # words a load and where it is taken may run on for after the verb
_SIGN_OFF = 2  # words of a wish or a cheer that ends a thanks ("blue skies", "tight lines")
_DOING = "ing"  # a verb's ending: "lambing" is work done, no lamb
_COMPARED = frozenset({"this", "that", "it", "mine"})


def _yardstick(stems: tuple[str, ...], where: range) -> bool:
    """Whether the other part or condition at `where` is a yardstick the writer's own pain
    is measured by (stop 28): said after "than" in its clause ("worse than when I broke my
    wrist", "worse than my arthritic knee"), or before "than this" ("broken bones that hurt
    less than this"). Said so, it is no other topic, as one told "as well" is not."""
    before = stems[:where.start]
    after = stems[where.stop:]
    return _THAN in before or any(
        a == _THAN and b in _COMPARED for a, b in pairwise(after))

