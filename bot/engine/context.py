"""Read each sign in its context, the way clinical text processing does (ConText).

A sign found in a message ("can't pee", "fell") is not yet a red flag. The words around it
say whether it is denied ("no problems peeing"), over ("years ago, fully recovered"), only
imagined ("what if I lost bladder control?"), asked about ("what does foot drop feel
like?"), figurative ("I nearly wet myself laughing") and whose it is ("my dog can't use his
back legs"). ConText (Harkema et al., 2009; medspaCy's `context`) gives every finding such
properties from trigger words within its reach. The triggers, which way they reach, how far
and what ends their reach are data (`context` and `people` in triage.yaml); this module only
applies them to the phrases `PhraseIndex` finds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import accumulate

from bot.engine.phrase_set import PhraseSet
from bot.engine.text import Analyzer, phrase_at, read_cache
from bot.knowledge import ContextRule, TriageRules

SEPARATOR = "\x00,"
"""Stands between two clauses of a sentence (a comma, a colon, a bracket or a dash)."""

MAIN_CLAUSE = "\x00main"
"""Stands where a main clause starts after a condition said without a comma: no denial,
condition or question reaches across it ("if this doesn't ease | I'm going to ..."), while
a cause still does ("if I sit too long | I get a numb bum")."""
ASIDE = "\x00aside"
"""Stands at each side of an aside in brackets: no trigger reaches in or out of it."""
STATEMENT = "\x00statement"
"""Stands where a line typed or dictated without punctuation starts a new statement (see
`dictated`): no trigger reaches across it, except those of the properties that link one
statement to the next (`dictated.crosses`: a cause, "sat in a puddle and my jeans are
wet")."""
MARKS = frozenset({SEPARATOR, ASIDE, MAIN_CLAUSE, STATEMENT})
# the verbs that say what a thing is ("the fever was my roommate('s)")
_LINKING = frozenset({"was", "is", "were", "wa", "s"})
"""Every mark the reader puts between words: none is a word said."""
_TIMES = frozenset({"historical", "earlier", "resolved"})
"""Properties that say when: a correction's time replaces the time of the sign it corrects."""
_CONDITION_SCOPED = frozenset({"negated", "hypothetical", "asked", "possible", "normal"})

_LIST_ITEM = 5
"""How many words one item of a list may have ("bilateral leg symptoms", "change in bladder
habit"): a longer clause tells something of its own."""
_FOLLOW_GAP = 4
"""How many words may stand between a trigger and the concept it must be followed by ("after
| a 6 hr coach | trip")."""

_RULE = "\x00rule"
_STOP = "\x00stop"
_BREAK = "\x00break"
_FILLER = "\x00filler"
_PSEUDO = "\x00pseudo"
_IDIOM = "\x00idiom"
_WHO = "\x00who:"
_OF = "\x00of"
_INTRO = "\x00introduces"
_NEED = "\x00need"
_UNSAID = "\x00unsaid"
_FOLLOWED = "\x00followed"
_LIKENED = "\x00likened"
_CORRECTION = "\x00correction"
_LOOKALIKE = frozenset({_PSEUDO, _IDIOM})
"""The labels of a look-alike phrase or an idiom: the words inside one are not said."""
_LIKENED_GAP = 6
"""How many words a comparison may say before its cause ("like sitting on a bag of frozen")."""
_CAUSE = "explained"
"""The property a cause gives a sign; a cause said in a comparison (`likened`) gives none."""
RETURNED, GONE = "\x00returned", "\x00gone"
"""What `ContextReader.read` says of a sentence that tells a sign came back, or went (before
any return it tells): the sentence's, no mention's, for the triage to read across it."""
WRITER, OTHER, CHILD, ANIMAL, THING, ANYONE, NEUTRAL, PRONOUN, IMPERSONAL = (
    "writer", "other", "child", "animal", "thing", "anyone", "neutral", "pronoun", "impersonal"
)
SOMEONE = (OTHER, CHILD)
"""Someone other than the writer: a person, a child."""
_NAMED = (OTHER, CHILD, ANIMAL)
_INDEFINITE = frozenset({"a", "an"})  # an animal named so may be any one, a kind of work
YOU = "you"
"""The person of a second-person word said of no one in particular ("you", "u", "your")."""
"""Who "he" or "she" can refer to, and whom a sentence naming no one goes on about."""
ADULT = 18  # the age from which someone named by their age is no child
_LIKENED_KINDS = (OTHER, CHILD, ANIMAL, THING)  # what a comparison may liken one to
_NOT_HAD = frozenset({"negated", "normal", "hypothetical", "asked", "figurative"})
"""What makes a mention no telling that someone has it (deciding whose back it is)."""
_ENDS = frozenset({"resolved", "normal"})
"""What says a sign is over or as it should be: a return told after it undoes it."""
_NAMING = frozenset({WRITER, OTHER, CHILD, ANIMAL, PRONOUN, ANYONE})
"""The kinds of word that name someone: a sentence with none of them names no one."""
_LONG_PAST = frozenset({"historical", "resolved"})
"""A back problem long past or over is no one's now: "my wife had sciatica years ago"."""
_NOT_NOW_BACK = _LONG_PAST | frozenset({"usual", "earlier", "brief", "explained"})
"""... nor one known for long, days ago, short or put down to something else."""
_ARTICLES = frozenset({"a", "an", "the"})
"""What opens a person word that says what one was ("I was a passenger", `described_as`)."""
_ROLE_KIND_WORDS = 3
"""The most words between the article and a role that say what kind it is ("a youth football
coach")."""
_JOINT = frozenset({"me", "i", "myself"})
"""The writer named before "and" and a person ("me and my wife", "me and the missus"): the
two are one subject, and what it does the writer does too."""
_RUN_ON = frozenset({STATEMENT, MAIN_CLAUSE})
_REPLIES = frozenset({"no", "nope", "nah"})
"""A reply that may open a sentence before its correction's marker ("No, I meant ...")."""
"""Marks a run-on line's reading puts between words, where the writer typed no comma."""
_ANCHORS = ("now", "own")
"""Categories whose triggers make a clause a report, so `generic` rules do not hold there."""
_NOT_FORMS = ("isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt")
OPENERS = ("anyway", "anyways", "anyhow", "also", "btw", "so", "and", "but", "oh", "ok",
           "okay", "well")
"""Words that open a sentence before what it does ("Anyway, is swimming good for it?" asks
as "Is swimming ...?" does): a new topic, or a turn back to the writer's own."""


@dataclass(frozen=True)
class Span:
    """A phrase found at tokens[start:end] with what it stands for (concepts or cues)."""

    start: int
    end: int
    labels: frozenset[str]

    def within(self, other: Span) -> bool:
        return other.start <= self.start and self.end <= other.end

    @property
    def size(self) -> int:
        return self.end - self.start


def look_alike(start: int, end: int) -> Span:
    """tokens[start:end] read as a look-alike (like an exercise's name): the words inside
    are no sign ("push your chest up" describing an exercise is no chest pain)."""
    return Span(start, end, frozenset({_PSEUDO}))


def _concepts(span: Span) -> frozenset[str]:
    known = _KNOWN_CONCEPTS.get(span.labels)
    return known if known is not None else _concepts_of(span.labels)


@read_cache(maxsize=1 << 14)
def _concepts_of(labels: frozenset[str]) -> frozenset[str]:
    """The concepts among a set of labels (the rest are cues), read once for each set the
    index's spans share, not again in each sentence."""
    return frozenset(label for label in labels if not label.startswith("\x00"))


class PhraseIndex:
    """Every phrase the triage knows (concept terms and context triggers), by first word,
    longest first. A phrase may have one or two small words inside it as people say it:
    "lost (some) feeling", "can't (really) feel"."""

    def __init__(self, analyzer: Analyzer, soft_words: Iterable[str],
                 dropped_words: Iterable[str] = (), dropped_inside: Iterable[str] = (),
                 dropped_into: Iterable[str] = ()) -> None:
        self._analyzer = analyzer
        self._dropped = analyzer.stems_of(dropped_words)
        self._inside = analyzer.stems_of(dropped_inside)
        self._into = analyzer.stems_of(dropped_into)
        self._labels: dict[tuple[str, ...], set[str]] = {}
        self._soft = analyzer.stems_of(soft_words)
        self._index: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        # The same phrases by first and second word ("cant" alone starts hundreds), and
        # the one-word ones by their word: what `find` looks at when no soft word follows.
        self._pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        self._single: dict[str, frozenset[str]] = {}
        # The longer ones by first and then second word, each with its place among those of
        # its first word: what `find` looks at after a soft word.
        self._seconds: dict[str, dict[str, list[tuple[int, tuple[tuple[str, ...],
                                                          frozenset[str]]]]]] = {}

    def add(self, phrase: str, label: str, *, droppable: bool = False) -> None:
        """`droppable`: the phrase is also found without the small words a message typed
        fast leaves out before a word of it ("hit head", "cant feel bum"), when two words
        or more are left. One that ends the phrase stays: it keeps the place of what is
        said next ("cant play with my" is not "cant play with the kids")."""
        key = tuple(self._analyzer.tokens(phrase))
        if key:
            self._labels.setdefault(key, set()).add(label)
            short = (*(t for t in key[:-1] if t not in self._dropped), key[-1]) if droppable \
                else key
            if short != key and len(short) > 1:
                self._labels.setdefault(short, set()).add(label)
            # Articles inside a phrase, never its first or last word, three words left or two
            # after a word of motion: "bent (the) wrong way", "into (a) tree"; "a slip on" and
            # "swallowed (a) whole" stay whole.
            bare = (key[0], *(t for t in key[1:-1] if t not in self._inside), key[-1]) \
                if droppable and len(key) > 2 else key
            if bare != key and (len(bare) > 2 or bare[0] in self._into):
                self._labels.setdefault(bare, set()).add(label)
        if phrase.startswith("not "):  # "is not dieting" is also written "isnt dieting"
            for contraction in _NOT_FORMS:
                self.add(contraction + phrase[3:], label, droppable=droppable)
        elif phrase.startswith("dont "):  # and "I don't want to" is "he doesn't want to"
            for contraction in ("doesnt", "didnt"):
                self.add(contraction + phrase[4:], label, droppable=droppable)
        elif phrase.startswith("havent "):  # "I haven't passed urine", "she hasn't ..."
            for contraction in ("hasnt", "hadnt"):
                self.add(contraction + phrase[6:], label, droppable=droppable)

    def tokens(self, phrase: str) -> tuple[str, ...]:
        """A phrase's words as the index reads them."""
        return tuple(self._analyzer.tokens(phrase))

    def stems_of(self, terms: Iterable[str]) -> frozenset[str]:
        """Every word of `terms` as the index reads it: a word list to look tokens up in."""
        return self._analyzer.stems_of(terms)

    def freeze(self) -> None:
        for key, labels in self._labels.items():
            frozen = frozenset(labels)
            _know_labels(frozen)
            self._index.setdefault(key[0], []).append((key, frozen))
        for options in self._index.values():
            options.sort(key=lambda item: len(item[0]), reverse=True)
            for place, (phrase, found) in enumerate(options):
                if len(phrase) == 1:
                    self._single[phrase[0]] = found
                else:
                    self._seconds.setdefault(phrase[0], {}).setdefault(phrase[1], []).append(
                        (place, (phrase, found)))
                    self._pairs.setdefault((phrase[0], phrase[1]), []).append((phrase, found))

    def find(self, tokens: list[str]) -> list[Span]:
        found = []
        last = len(tokens) - 1
        soft = self._soft
        for i, token in enumerate(tokens):
            if token not in self._index:
                continue
            following = tokens[i + 1] if i < last else None
            if following is not None:
                if following in soft:
                    # After a soft word the phrase may go on past it ("lost (some)
                    # feeling"): its second word is one of the next three (at most two
                    # soft words skipped), so no other phrase of this first word is tried.
                    by_second = self._seconds.get(token, {})
                    options = [option for _, option in sorted(
                        placed for second in set(tokens[i + 1:i + 4])
                        for placed in by_second.get(second, ()))]
                else:
                    options = self._pairs.get((token, following), [])
                for key, labels in options:
                    if len(key) > 1:
                        end = self._end_of(tokens, i, key)
                        if end is not None:
                            found.append(Span(i, end, labels))
            single = self._single.get(token)
            if single is not None:
                found.append(Span(i, i + 1, single))
        return found

    def _end_of(self, tokens: list[str], start: int, key: tuple[str, ...]) -> int | None:
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


@dataclass
class Mention:
    """One concept phrase in one sentence, with the properties its context gives it."""

    sentence: int
    start: int
    end: int
    concepts: frozenset[str]
    words: tuple[str, ...]
    properties: set[str] = field(default_factory=set)
    experiencer: str = WRITER
    negated_by: tuple[str, ...] = ()
    clause: int = 0
    firm_now: bool = False  # tied to now by a word that says so ("today"), not only "can't"
    asking: bool = False  # in a question that names no one: it tells no symptom of one's own
    question: bool = False  # in a sentence that asks, whoever it names
    person: str = ""  # which person, when someone else's: "mother" for "my mum" and "mam"
    taken: frozenset[str] = frozenset()  # the properties a correction gave it ...
    taken_by: int = -1  # ... and which correction (see `ContextReader._take_back`)
    replaces: int = -1  # the correction whose replacement says it
    bare: bool = False  # in a sentence that names no one ("Sciatica 5 weeks.")
    listed: bool = False  # another's, in a line the writer labels with them ("him: ...")


@dataclass(frozen=True)
class Voice:
    """Whose line of a pasted chat a sentence is in ("Dad: ...", "[21:40] Keith: ..."):
    another speaker (`speaks`: their "I" is them, their "you" the writer), or the one a
    line is about ("him: weaker each day ...": `speaks` False, "I" is still the writer)."""

    kind: str = WRITER
    person: str = ""
    speaks: bool = True
    to: tuple[str, str] = (WRITER, "")
    """Whom the speaker answers, so whom their "you" names: the other speaker of the line
    before or after ("Sharon: did you go? Keith: ..." is Keith), else the writer."""
    asks: bool = False  # a question the speaker puts: its subject left out is `to`

    @property
    def subject(self) -> tuple[str, str]:
        """Whose a sentence of the line is when it names no one: the speaker's ("Dad: can't
        work the clutch"), the one asked in a question put ("Lou: managed a wee yet?"), the
        writer's in a line only about someone ("him: ...", until "his" or "he")."""
        if not self.speaks:
            return WRITER, ""
        return self.to if self.asks else (self.kind, self.person)


WRITER_VOICE = Voice()
"""The writer's own line, and every sentence of a message that is no chat."""


@dataclass(frozen=True)
class Speaker:
    """Whose words a sentence starts with, and whom "he" or "she" refers to."""

    state: str = WRITER
    referent: str = OTHER
    named: bool = False  # someone has been named, so "they" may be them
    person: str = ""  # which person the sentence goes on about, when someone else
    referent_person: str = ""  # ... and which one "he" or "she" refers to
    several: bool = False  # two people or more named: "he" or "she" may be any of them
    genders: tuple[tuple[str, str, str], ...] = ()
    """The people named so far, in order, as (kind, person, "male", "female" or ""): "she"
    refers to the last one who may be a she."""


@dataclass
class _Sentence:
    tokens: list[str]
    clause_of: list[int]
    concepts: list[Span]  # concept phrases, less those inside a longer look-alike
    idioms: list[Span]
    triggers: list[tuple[Span, int]]  # context rule triggers in force, with their rule
    who: dict[int, tuple[Span, str]]  # person words in force, by start
    breaks: set[int]
    filler: set[int]
    inner: set[int]  # inside a phrase, after its first word: not counted in a reach
    stops: dict[int, set[int]]  # positions of each rule's own stop words
    of: set[int]  # words that place a sign on someone: "on (my spine)", "in (his leg)"
    asides: set[int]  # the ASIDE marks around an aside in brackets
    mains: set[int]  # the MAIN_CLAUSE marks: where a main clause starts after a condition
    statements: set[int]  # the STATEMENT marks: where a run-on line starts a new statement
    corrections: list[Span] = field(default_factory=list)  # where the writer takes back


_GLOSS_KEEPS = frozenset({"asked", "hypothetical"})
"""What a word put right by the writer ("I think she meant falls") keeps of the word it
glosses: the question or condition it was said in."""

def clause_numbers(tokens: list[str]) -> list[int]:
    """Each token's clause in its sentence, as `Mention.clause` counts them: the separators
    before it, itself included."""
    return list(accumulate(token == SEPARATOR for token in tokens))


def _said(spans: list[Span], prefix: str) -> Iterator[tuple[Span, int]]:
    """Each span with the rule each of its labels of one kind names (`_RULE`, `_NEED`,
    `_UNSAID`), less the spans inside a longer look-alike or idiom ("fell" in "fell asleep"
    is not said)."""
    pseudo = [x for x in spans if not x.labels.isdisjoint(_LOOKALIKE)]
    for x in spans:
        named = _labelled(x, prefix)
        if not named or any(x.within(p) and p.size > x.size for p in pseudo):
            continue
        for i, _ in named:
            yield x, i


def _labelled(x: Span, prefix: str) -> tuple[tuple[int, str], ...]:
    """The rules a span's labels of one kind name, with each label, in the order the rules
    are written in the knowledge: a frozenset's own order changes with the hash seed, and
    where two triggers share a span the order they are applied in decides the order of the
    mentions they split, whose first of equal readings wins."""
    known = _KNOWN_NAMED.get((x.labels, prefix))
    return known if known is not None else _rules_named(x.labels, prefix)


@read_cache(maxsize=1 << 14)
def _rules_named(labels: frozenset[str], prefix: str) -> tuple[tuple[int, str], ...]:
    """`_labelled` of a set of labels, read once: the index's spans share their labels'
    sets, each read for every kind of rule in every sentence it is found in (5.7 million
    `startswith` calls over tests/data before)."""
    return tuple(sorted((int(label[len(prefix):]), label) for label in labels
                        if label.startswith(prefix)))


def _kinds(labels: frozenset[str]) -> tuple[str, ...]:
    """The kinds of person a span's labels name (`_WHO`), in order."""
    known = _KNOWN_KINDS.get(labels)
    return known if known is not None else _kinds_of(labels)


@read_cache(maxsize=1 << 14)
def _kinds_of(labels: frozenset[str]) -> tuple[str, ...]:
    """`_kinds` of a set no phrase of the knowledge has (`_know_labels`), read once a set
    while its message is read."""
    return tuple(sorted(label[len(_WHO):] for label in labels if label.startswith(_WHO)))


_KNOWN_CONCEPTS: dict[frozenset[str], frozenset[str]] = {}
_KNOWN_NAMED: dict[tuple[frozenset[str], str], tuple[tuple[int, str], ...]] = {}
_KNOWN_KINDS: dict[frozenset[str], tuple[str, ...]] = {}
"""`_concepts`, `_labelled` and `_kinds` of the label sets of the knowledge's own phrases (a
`PhraseIndex`'s), read when it is frozen and kept for good: keyed by the knowledge alone, as
`text._KNOWN_STEMS` is. Nearly every span of a message has one of them; any other set is read
by the message caches above, forgotten with its message."""


def _know_labels(labels: frozenset[str]) -> None:
    """Read a set of the knowledge's labels once, for every message to come."""
    if labels in _KNOWN_CONCEPTS:
        return
    _KNOWN_CONCEPTS[labels] = _concepts_of.__wrapped__(labels)
    for prefix in (_RULE, _NEED, _UNSAID, _STOP):
        _KNOWN_NAMED[labels, prefix] = _rules_named.__wrapped__(labels, prefix)
    _KNOWN_KINDS[labels] = _kinds_of.__wrapped__(labels)


def names_someone(spans: Iterable[Span]) -> bool:
    """Whether any of the spans is a word naming someone else, a grown-up or a child ("my
    mum", "our lad"), whoever the sentence's signs turn out to be of."""
    return any(kind in SOMEONE for span in spans for kind in _kinds(span.labels))


class ContextReader:
    """Compiled context rules: their triggers go into the same `PhraseIndex` as the concept
    terms; `read` gives each concept mention of a sentence its properties and experiencer,
    `whose` then decides who the patient is for the whole message."""

    def __init__(self, rules: TriageRules, index: PhraseIndex, names: Iterable[str] = ()
                 ) -> None:
        """`names` are read as one phrase each, like `pseudo` (the exercises' names)."""
        self._rules = rules.context
        self._crossing = frozenset(rules.dictated.crosses)
        self._blocking = index.stems_of((*rules.subjects, *rules.breaks))
        # The small words a phrase may have inside it (`soft`: "to", "of"): a concept phrase
        # that ends in one hides no trigger that opens with it ("ways to" + "to manage").
        self._small = index.stems_of(rules.soft_words)
        self._tails = index.stems_of(rules.phrase_tails)
        self._tail_readings = frozenset(rules.tail_readings)
        # Concepts of a sign's setting or place, not signs ("work", "the bladder").
        self._settings = frozenset(rules.topics) | frozenset(rules.reply.places)
        # Parts of the body a sign is placed on ("back", "foot"): whose they are, whose it is.
        self._parts = frozenset(rules.reply.places)
        # How a clause or a question starts: asking for the writer ("..., any tips?"), or
        # about the one just told of ("Is that the sciatica?", "..., is he ok?").
        self._asking, self._about_them, self._refers, self._not_asking = (
            index.stems_of(terms) for terms in (rules.asking, rules.about_them, rules.refers,
                                                rules.not_asking))
        # The words a clause that asks something starts with ("what", "can", "is").
        self._question_starts = index.stems_of(rules.question_starts)
        # A condition's words, and those that weigh what follows one ("worry if").
        self._conditions = index.stems_of(rules.conditions)
        self._weighing = index.stems_of(rules.condition_weighed)
        self._condition_dates = frozenset(index.tokens(t) for t in rules.condition_dated)
        # The words that join the items of a list, and those that deny what follows them.
        self._joining, self._denying, self._cause_denying, self._list_clauses = (
            index.stems_of(terms)
            for terms in (rules.list_joins, rules.list_denies, rules.cause_denies,
                          rules.list_clauses))
        # a state's first word: "tingling" is read as "pins and needles", whose "and" joins
        self._list_states = frozenset(key[0] for key in map(index.tokens, rules.list_states) if key)
        for i, rule in enumerate(self._rules):
            for term in rule.terms:
                index.add(term, f"{_RULE}{i}")
            for term in rule.stop:
                index.add(term, f"{_STOP}{i}")
            for term in rule.needs:
                index.add(term, f"{_NEED}{i}")
            for term in rule.unsaid:
                index.add(term, f"{_UNSAID}{i}")
            for term in rule.followed_by:
                index.add(term, f"{_FOLLOWED}{i}")
        self._year_labels = frozenset(
            f"{_RULE}{next(i for i, r in enumerate(self._rules) if r.category == category)}"
            for category in ("historical", "earlier")
            if any(r.category == category for r in self._rules)
        ) | {f"{_RULE}{i}" for i, r in enumerate(self._rules) if r.years}
        for term in rules.breaks:
            index.add(term, _BREAK)
        for term in rules.filler:
            index.add(term, _FILLER)
        for term in rules.likened:
            index.add(term, _LIKENED)
        for term in (*rules.pseudo, *names):
            index.add(term, _PSEUDO)
        for term in rules.idioms:
            index.add(term, _IDIOM)
        corrections = rules.corrections
        for term in corrections.markers:
            index.add(term, _CORRECTION)
        self._corrects_alone = frozenset(tuple(index.tokens(t)) for t in corrections.takes_back)
        self._corrects_opens = index.stems_of(corrections.opens)
        self._corrects_pro = index.stems_of(corrections.pro_forms)
        self._corrects_neg = index.stems_of(corrections.negatives)
        self._corrects_aux = index.stems_of(corrections.auxiliaries)
        self._corrects_not_after = index.stems_of(corrections.not_after)
        self._corrects_back = index.stems_of(corrections.back_refs)
        self._corrects_keeps = frozenset(corrections.keeps) | frozenset(
            c for kinds in rules.kinds.values() for signs in (kinds.words, kinds.in_clause)
            for combos in signs.values() for combo in combos for c in combo)
        self._interjections = frozenset(tuple(index.tokens(t)) for t in corrections.interjections)
        self._corrects_openers = frozenset(tuple(index.tokens(t)) for t in corrections.openers)
        self._corrects_degrees = index.stems_of(corrections.degrees)
        self._corrects_milder = frozenset(tuple(index.tokens(t)) for t in corrections.milder)
        self._glosses = frozenset(tuple(index.tokens(t)) for t in corrections.glosses)
        self._gloss_milder = self._corrects_milder | frozenset(
            tuple(index.tokens(t)) for t in corrections.gloss_milder)
        self._corrects_broad = frozenset(corrections.broad)
        self._corrects_hedges = frozenset(  # as the message reads them ("more like")
            w for t in corrections.hedges for w in index.tokens(t))
        self._corrects_also = frozenset(tuple(index.tokens(t)) for t in corrections.also)
        self._corrects_excess = frozenset(tuple(index.tokens(t)) for t in corrections.excess)
        self._corrects_carry = frozenset(corrections.carries)
        self._corrects_worse = frozenset(corrections.worse)
        self._denying_word = index.stems_of(rules.list_denies)
        self._alternatives = index.stems_of(rules.list_alternatives)
        self._fine_before = index.stems_of(rules.fine_before)
        # A sign that goes on or came back, said after a denial or an end (returns40).
        self._goes_on = index.stems_of(rules.goes_on)
        self._goes_on_with = index.stems_of(rules.goes_on_with)
        self._returns = frozenset(rules.returns)
        self._returns_bare = index.stems_of(rules.returns_bare)
        self._returns_after = index.stems_of(rules.returns_after)
        self._returns_when = index.stems_of(rules.returns_when)
        self._returns_gone = PhraseSet(index.tokens(t) for t in rules.returns_gone)
        self._counted = index.stems_of(rules.counted)
        people = rules.people
        for kind, terms in ((WRITER, people.writer), (OTHER, people.others),
                            (CHILD, people.children), (ANIMAL, people.animals),
                            (THING, people.things),
                            (PRONOUN, people.pronouns), (IMPERSONAL, people.impersonal),
                            (ANYONE, people.anyone),
                            (NEUTRAL, people.neutral)):
            for term in terms:
                index.add(term, _WHO + kind)
        for term in people.of:
            index.add(term, _OF)
        for term in people.introduces:
            index.add(term, _INTRO)
        # words that never name the one written for ("writing for my mum", "for him")
        self._not_names = index.stems_of((
            *people.determiners, *people.writer, *people.pronouns, *people.impersonal,
            *people.anyone, *people.others, *people.children, *people.animals,
            *people.things))
        self._back = frozenset(people.back)
        self._sciatic = frozenset(people.sciatic)
        self._same = {tuple(index.tokens(term)): name for name, terms in people.same.items()
                      for term in terms}
        self._reporting = index.stems_of(people.reporting)
        self._beside = frozenset(tuple(index.tokens(term)) for term in people.beside)
        self._looked_after = frozenset(tuple(index.tokens(term)) for term in people.looked_after)
        self._roles = frozenset(tuple(index.tokens(term)) for term in people.roles)
        self._introduced_by = index.stems_of(people.introduced_by) | {SEPARATOR, ASIDE}
        self._owners = index.stems_of((*people.determiners, *people.writer))
        self._described = frozenset(tuple(index.tokens(term)) for term in people.described)
        self._kind_of = index.stems_of(people.kind_of)
        self._kind_of_bare = index.stems_of(people.kind_of_bare)
        self._described_as = frozenset(tuple(index.tokens(term))
                                       for term in people.described_as)
        self._heading = frozenset(tuple(index.tokens(term)) for term in people.heading)
        self._tools = frozenset(tuple(index.tokens(term)) for term in people.tools)
        self._tools_for = frozenset(people.tools_for)
        self._likeness = frozenset(tuple(index.tokens(term)) for term in people.likeness)
        self._by_age = index.stems_of(people.by_age)
        self._unsaid_i = index.stems_of(people.unsaid_i)
        self._unsaid_i_own = index.stems_of(people.unsaid_i_own)
        self._turns = frozenset(index.tokens(t) for t in people.turns)
        # a pasted chat's labels: the writer's own line, and "you" in another speaker's line
        self._chat_writer = index.stems_of(people.chat_writer)
        self._chat_you = index.stems_of(people.chat_you)
        self._chat_about = index.stems_of(people.chat_about)
        # words before a person who is company, not the one the words are about
        self._companions = index.stems_of(people.companions)
        # ... or the one the writer lifts, carries or holds ("lifting my grandson")
        self._handled = frozenset(tuple(index.tokens(term)) for term in people.handled)
        # words before a person who only dates what is told ("after my second baby"), and
        # the words that may stand between
        self._dating = index.stems_of(people.dating)
        # what "you" does when it is the one the writer answers ("you suggested")
        self._addressed = frozenset(tuple(index.tokens(term)) for term in people.addressed)
        self._dated_by = index.stems_of(people.dated_by)
        self._dating_not = index.stems_of(people.dating_not)
        self._dated_then = frozenset(tuple(index.tokens(term)) for term in people.dated_then)
        # pronouns that may be an object, and words that never follow a possessive one
        self._objects = index.stems_of(people.objects)
        self._for_whom = index.stems_of(people.for_whom)
        self._after_object = index.stems_of(people.after_object)
        self._done_to_writer = index.stems_of(people.done_to)
        self._determiners = index.stems_of((*people.determiners, *people.writer))
        # the small words between "I'm" and a role ("I'm his carer"): not the writer's own
        self._before_role = self._determiners - {"i", "im", "me", "my", "mine"}
        # the small words between "and" and a person joined to the writer ("me and my wife")
        self._before_joint = self._determiners - _JOINT
        self._by_subject = frozenset(people.by_subject)
        self._pressed = frozenset(people.pressed)
        self._at = index.stems_of(people.at)
        self._own = frozenset(people.back) | frozenset(people.own)
        self._gone = frozenset(people.gone)
        self._programme = frozenset(people.programme)
        self._programme_for = frozenset(people.programme_for)
        self._together = frozenset(people.together)
        self._shares = frozenset(people.shares)
        self._shares_by = frozenset(people.shares_by)
        self._gender = {tuple(index.tokens(term)): gender
                        for gender, terms in (("male", people.male), ("female", people.female),
                                              ("plural", people.plural))
                        for term in terms}

    def _denied_before(self, tokens: list[str], start: int,
                       signs: list[Span] | None = None) -> bool:
        """Whether the words at `start` are denied by a "no", "without" or "nor" a few words
        before them in their clause ("no shooting pain or tingling"): a word a rule must not
        see beside it ("tingling" beside legs that ache after a walk) is not said when it is
        denied. Never past a comma, a break or a subject ("no, I can't feel ...").

        Given the clause's `signs`, it asks of a cause (`cause_denies`, a little further
        back): denied with no sign's word between or around the denial ("she isnt even on a
        diet"). A denial before the sign, or inside its words, is the sign's own ("couldn't
        pee because the nurse was watching", "if I'm not on tomorrow it's because of ...":
        the reason stands)."""
        denying, reach = (self._denying, 6) if signs is None else (self._cause_denying, 8)
        for k in range(start - 1, max(-1, start - 1 - reach), -1):
            if tokens[k] in MARKS or tokens[k] in self._blocking:
                return False
            if signs is not None and any(c.start <= k < c.end or k < c.start < start
                                         for c in signs):
                return False
            if tokens[k] in denying:
                return True
        return False

    def _is_cause(self, rule: int) -> bool:
        """Whether a rule's trigger is a reason for the sign (`explained`, or a rule marked
        `cause`): said in a comparison or after a denial, it gives none."""
        return self._rules[rule].category == _CAUSE or self._rules[rule].cause

    def _a_count(self, tokens: list[str], x: Span) -> bool:
        """Whether span `x` is a number that counts the unit right after it ("40 mins in the
        snow", "39 weeks"): no reading of a temperature or a weight a rule must not see."""
        return (x.size == 1 and tokens[x.start].replace(".", "", 1).isdigit()
                and x.end < len(tokens) and tokens[x.end] in self._counted)

    def year_span(self, position: int) -> Span:
        """A year before this one ("in 2015") triggers the first historical rule, the
        first earlier one and each rule that says `years` (a stroke's signs told after the
        year it happened: "had a stroke in 2015, face drooped and everything")."""
        return Span(position, position + 1, self._year_labels)

    # ------------------------------------------------------------------ one sentence

    def barring(self, spans: list[Span]) -> frozenset[int]:
        """The `whole` rules one sentence's words bar for the whole message: one of their
        `unsaid` words said, not inside a look-alike phrase."""
        return frozenset(i for _, i in _said(spans, _UNSAID) if self._rules[i].whole)

    def heard(self, spans: list[Span], tokens: list[str]) -> frozenset[int]:
        """The rules that reach the whole message (`within: message`) one sentence's words
        trigger: a reading said once holds for every sentence ("shivering last night. temp
        normal though"), not inside a look-alike phrase. One that must end its clause
        (`ends`) holds only where it does, as in a sentence ("... it never has, it's just
        sore": a short answer, never "it never has been this bad"); `tokens` are the
        sentence's words, needed for that."""
        return frozenset(i for x, i in _said(spans, _RULE)
                         if self._rules[i].within == "message"
                         and (not self._rules[i].ends
                              or self._ends(tokens, x, spans)))

    def names(self, sentences: list[tuple[list[str], list[Span]]]) -> frozenset[str]:
        """The names of those the writer writes for, said right after words that introduce
        them ("Support worker for Anna.", "writing for Craig"): a word no person word,
        small word or number is."""
        return frozenset(
            tokens[x.end] for tokens, spans in sentences for x in spans
            if _INTRO in x.labels and x.end < len(tokens) and tokens[x.end].isalpha()
            and len(tokens[x.end]) > 1 and tokens[x.end] not in self._not_names
            and not any(label.startswith(_WHO) for o in spans if o.start == x.end
                        for label in o.labels))

    def by_age(self, tokens: list[str], i: int,
               number: Callable[[list[str], int], tuple[int, int] | None],
               after: Iterable[tuple[str, ...]]) -> Span | None:
        """The person an age names when it is said as a noun after an owner word ("my
        16-year-old has sciatica", "our 8yo"): a child under 18, else someone else; None
        when the number at `i` is no such age."""
        if i == 0 or tokens[i - 1] not in self._by_age:
            return None
        said = number(tokens, i)
        if said is None:
            return None
        value, end = said
        key = next((k for k in after if tuple(tokens[end:end + len(k)]) == k), None)
        if key is None:
            return None
        return Span(i, end + len(key), frozenset({_WHO + (CHILD if value < ADULT else OTHER)}))

    @staticmethod
    def name_spans(tokens: list[str], names: frozenset[str]) -> list[Span]:
        """Each word of a sentence that is one of those `names`: a person, someone else."""
        return [Span(i, i + 1, frozenset({_WHO + OTHER})) for i, t in enumerate(tokens)
                if t in names]

    def voice(self, tokens: list[str], spans: list[Span], name: bool) -> Voice | None:
        """Whose line a pasted chat's label names: the writer's (`chat_writer`: "Me:"), one
        the line is about ("him:", "my partner:"), another person who speaks ("Mum:", or a
        name written with a capital when `name`: "Keith:"); None when the label names no
        one (a heading: "PMH:", "Update:")."""
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0] in self._chat_writer:
            return WRITER_VOICE
        if len(tokens) == 1 and tokens[0] in self._chat_about:
            return Voice(OTHER, "", speaks=False)
        s = self._sentence(tokens, spans, frozenset())
        # "Wife:" speaks; "my partner:" heads a line the writer gives about them
        owned = len(tokens) > 1 and tokens[0] in self._owners
        found = s.who.get(0)
        if owned and (found is None or found[0].end < len(tokens)):
            found = s.who.get(1)
        if found is not None and found[0].end == len(tokens) and found[1] in SOMEONE:
            return Voice(found[1], self._person(s, found[0]), speaks=not owned)
        if name and len(tokens) == 1 and tokens[0] not in self._not_names:
            return Voice(OTHER, tokens[0])
        return None

    def read(self, number: int, tokens: list[str], spans: list[Span], speaker: Speaker,
             asks: bool = False, barred: frozenset[int] = frozenset(),
             heard: frozenset[int] = frozenset(), before: list[Mention] | None = None,
             voice: Voice = WRITER_VOICE) -> tuple[list[Mention], set[str], Speaker]:
        """The concept mentions of one sentence with their properties; the properties its
        triggers give (a sentence about the past, unless it also ties to now); whose words
        the next sentence starts with (a sentence that names no one goes on about the same
        person or animal, and so does a yes-or-no question that names no one: "Dad is
        dragging his foot. Is that the sciatica?"; any other that `asks` something starts
        with the writer: "Any tips?"). `barred`: the `whole` rules the message bars.
        `before`: the sentence before's mentions, which a correction opening this one
        takes back ("My leg went dead. No wait, it was the foot and it's fine now.").
        `voice`: whose line of a pasted chat the sentence is in: what would be the writer's
        there (a subject left out, "I") is the speaker's."""
        s = self._sentence(tokens, spans, barred)
        own, own_person = voice.subject
        opening = tokens[next((k for k, t in enumerate(tokens) if t not in OPENERS),
                              len(tokens)):]  # "Anyway, is he ...?" asks as "Is he ...?"
        if asks and (s.who or opening[:1] not in ([w] for w in self._about_them)
                     or opening[1:2] not in ([w] for w in self._refers)):
            speaker = replace(speaker, state=own, person=own_person)
        elif asks and speaker.named:  # "Is that the sciatica?": the one last named
            speaker = replace(speaker, state=speaker.referent, named=True,
                              person="" if speaker.several else speaker.referent_person)
        elif opening[:1] and opening[0] in self._unsaid_i:
            speaker = replace(speaker, state=own, person=own_person)  # "Feel dizzy.": the writer
        elif not s.who and self._turns_back(tokens):
            speaker = replace(speaker, state=own, person=own_person)  # "Anyway, back q:"
        elif (speaker.state in _NAMED and opening[:1] and opening[0] in self._unsaid_i_own
              and s.who and all(kind == WRITER for _, kind in s.who.values())):
            # a sentence with its subject left out that names only the writer's own ("Husband
            # left. Been stockpiling my codeine."): the writer's, not the one named before
            speaker = replace(speaker, state=own, person=own_person)
        states, persons, speaker = self._experiencers(s, speaker, voice)
        mentions = []
        for c in s.concepts:
            owner, person = self._owner(s, c, states, persons)
            m = Mention(number, c.start, c.end, _concepts(c), tuple(tokens[c.start:c.end]),
                        experiencer=owner, clause=s.clause_of[c.start],
                        asking=asks and not s.who, question=asks, person=person,
                        bare=not any(kind in _NAMING for _, kind in s.who.values()),
                        listed=not voice.speaks and owner in SOMEONE)
            if any(c.within(i) for i in s.idioms):
                m.properties.add("figurative")
            mentions.append(m)
        said = self._apply_rules(s, mentions, states)
        backs = self._returns_told(s, mentions)
        self._back_again(s, mentions, backs)
        if backs:  # the sentence tells a return: a cause told before it holds no more ...
            said.add(RETURNED)
        gone = self._gone_at(tokens)  # ... once it went, before the return or before it
        if gone is not None and (not backs or gone < max(backs)):
            said.add(GONE)
        if s.corrections:
            self._take_back(number, s, mentions, before or [])
        needed = frozenset(i for x in spans for i, _ in _labelled(x, _NEED))
        self._apply_heard(mentions, frozenset(
            i for i in heard - barred if not self._rules[i].needs or i in needed))
        return mentions, said, speaker

    def _turns_back(self, tokens: list[str]) -> bool:
        """Whether the sentence opens by turning back to the writer's own ("anyway, back
        question: ...", `people.turns`): a new topic, not more of the one told before."""
        words = [t for t in tokens if t not in MARKS]
        return any(tuple(words[:len(p)]) == p for p in self._turns)

    def _apply_heard(self, mentions: list[Mention], heard: frozenset[int]) -> None:
        """Give the property of each message-wide rule the message triggers to its concepts
        in this sentence (`only`, never `never`), unless one of its `unless` is there; one
        that `needs` a word holds in the sentences that say it."""
        for i in sorted(heard):
            rule = self._rules[i]
            only = frozenset(rule.only)
            for k in range(len(mentions)):
                m = mentions[k]
                if not m.concepts & only or m.concepts & set(rule.never) \
                        or set(rule.unless) & m.properties:
                    continue
                if m.concepts - only:  # the same words read as another concept keep it
                    mentions.append(replace(m, concepts=m.concepts - only,
                                            properties=set(m.properties)))
                    m = mentions[k] = replace(m, concepts=m.concepts & only,
                                              properties=set(m.properties))
                m.properties.add(rule.category)

    def _sentence(self, tokens: list[str], spans: list[Span],
                  barred_whole: frozenset[int] = frozenset()) -> _Sentence:
        clause_of = clause_numbers(tokens)
        corrections = [x for x in spans if _CORRECTION in x.labels
                       and self._corrects(tokens, x, spans)]
        corrections = [x for x in corrections  # never inside a longer one, nor a sign's words
                       if not any(x.within(o) and o.size > x.size for o in corrections)
                       and not any(x.within(o) and o.size > x.size for o in spans
                                   if _concepts(o) or not o.labels.isdisjoint(_LOOKALIKE))]
        pseudo = [*(x for x in spans if not x.labels.isdisjoint(_LOOKALIKE)), *corrections]
        look_alikes = [*(x for x in spans if _PSEUDO in x.labels), *corrections]
        concepts = [  # an idiom's sign stays, marked figurative, so an editor sees it
            x for x in spans
            if _concepts(x) and not any(x.within(p) and p.size > x.size for p in look_alikes)
        ]
        idioms = [x for x in spans if _IDIOM in x.labels]
        phrases = [c for c in concepts if c.size > 1]

        def shadowed(x: Span, longer: list[Span]) -> bool:
            return any(x.within(o) and o.size > x.size for o in longer)

        def in_concept(x: Span, rule: int | None = None) -> bool:
            """Inside a longer concept phrase ("no" in "no feeling" denies nothing); never
            a trigger of `tail_readings` that only shares the phrase's closing prepositions
            and articles and runs on past it ("in the fall" after the "started in the" of a
            spreading numb patch: the season a pain began in, time52)."""
            over_tail = rule is not None and self._rules[rule].category in self._tail_readings
            return any(
                c.start <= x.start < c.end and not (c.start == x.start and c.end <= x.end)
                and not (over_tail and x.start > c.start and x.end > c.end
                         and all(t in self._tails for t in tokens[x.start:c.end]))
                for c in phrases
            )

        def said_over(x: Span, rule: int) -> bool:
            """A trigger of working normally that shares only the last word of a concept
            phrase and runs on past it is said over the phrase, not inside it ("feel
            normal" after the "both feel" of "legs both feel normal"), and so is any
            trigger whose shared word is a small word (`soft`: "to manage" after the "ways
            to" of "looked up ways to manage it"); a word of the sign itself keeps any
            other trigger inside ("lift his foot, it slaps"). Never over a phrase that holds
            one of the rule's own stop words ("not be able" before "able to")."""
            if self._rules[rule].category != "normal" and tokens[x.start] not in self._small:
                return False
            stop = f"{_STOP}{rule}"
            stopped = {p for o in spans if stop in o.labels for p in range(o.start, o.end)}
            return all(x.start == c.end - 1 and x.end > c.end
                       and not stopped & set(range(c.start, c.end))
                       for c in phrases if c.start <= x.start < c.end
                       and not (c.start == x.start and c.end <= x.end))

        # A rule that needs another word in the sentence holds only when one is said, and one
        # that a word must not be said beside ("worse") only when none is.
        needed = {i for _, i in _said(spans, _NEED)}
        barred = {i for x, i in _said(spans, _UNSAID)
                  if not self._denied_before(tokens, x.start)
                  and not self._a_count(tokens, x)} | barred_whole
        rules = [(x, i) for x in spans for i, _ in _labelled(x, _RULE)
                 if (not self._rules[i].needs or i in needed)
                 and i not in barred
                 and (not self._rules[i].followed_by
                      or self._followed(i, x, spans, clause_of))]
        asking = {clause_of[i] for i, t in enumerate(tokens)
                  if t in self._question_starts and (i == 0 or tokens[i - 1] == SEPARATOR)}
        likened = [x for x in spans if _LIKENED in x.labels]
        triggers = [
            (x, i)
            for x, i in rules
            if (not shadowed(x, pseudo) or self._supposed(tokens, x, i, clause_of, asking))
            and not self._dated_condition(tokens, x, i, clause_of)
            and not (self._is_cause(i)
                     and (self._likened(x, likened, clause_of)
                          or self._denied_before(tokens, x.start, concepts)))
            and (not self._rules[i].ends
                 or (self._ends(tokens, x, spans) and not self._taken_back(tokens, x, spans)))
            and (not self._rules[i].alone or self._alone(tokens, x, spans))
            and (clause_of[x.start] in asking or not self._rules[i].question)
            and (self._rules[i].category == "now" or not in_concept(x, i) or said_over(x, i))
            # "now" inside "fine now" is part of that trigger, not a trigger of its own
            and not any(x.within(o) and o.size > x.size
                        and self._rules[j].category != self._rules[i].category
                        for o, j in rules)
        ]
        live = [x for x, _ in triggers]
        who: dict[int, tuple[Span, str]] = {}
        # the one a gloss names is still named ("she means achy": hers)
        unnamed = [x for x in pseudo
                   if x not in corrections or tuple(tokens[x.start:x.end]) not in self._glosses]
        for x in spans:
            kinds = _kinds(x.labels)
            if not kinds or (shadowed(x, unnamed) and kinds[0] != THING
                             and not (kinds[0] == WRITER and not shadowed(x, idioms)
                                      and any(c.start == x.start and c.size > x.size
                                              for c in phrases))):
                # a thing is a thing inside a look-alike too: "a chest freezer"; and "my"
                # that opens a sign's phrase says whose it is ("resting my back" after a
                # sentence about a child), never an object ("who's looking after me")
                continue
            # Inside a sign's own words, "my", "his", "me" say whose it is ("both his legs",
            # "threw me"); a noun there is what the sign is done to ("can't pick up my
            # toddler", "fell off a horse"), and "someone else's skin" names no one.
            if kinds[0] not in (WRITER, PRONOUN, IMPERSONAL) and any(
                x.within(c) and c.size > x.size for c in concepts
            ):
                continue
            if x.start not in who or x.size > who[x.start][0].size:
                who[x.start] = (x, kinds[0])
        # A person word inside a longer one is part of it: "a patient of mine" is the patient.
        who = {p: (x, kind) for p, (x, kind) in who.items()
               if not any(x.within(o) and o.size > x.size for o, _ in who.values())}
        asides = {p for p, t in enumerate(tokens) if t == ASIDE}
        mains = {p for p, t in enumerate(tokens) if t == MAIN_CLAUSE}
        breaks = {
            p for x in spans if _BREAK in x.labels
            and not shadowed(x, [*pseudo, *live]) and not in_concept(x)
            and not (x.size == 1 and x.start and tokens[x.start - 1] in _NOUN_BEFORE)
            for p in range(x.start, x.end)
        } | asides | {p for x in corrections for p in range(x.start, x.end)}
        filler = {x.start for x in spans if _FILLER in x.labels}
        inner = {p for x in (*concepts, *pseudo, *live) if x.size > 1
                 for p in range(x.start + 1, x.end)}
        stops: dict[int, set[int]] = {}
        for x in spans:
            for i, _ in _labelled(x, _STOP):
                stops.setdefault(i, set()).update(range(x.start, x.end))
        of = {x.start for x in spans if _OF in x.labels}
        statements = {p for p, t in enumerate(tokens) if t == STATEMENT}
        return _Sentence(tokens, clause_of, concepts, idioms, triggers, who, breaks, filler,
                         inner, stops, of, asides, mains, statements, corrections)

    def _supposed(self, tokens: list[str], x: Span, rule: int, clause_of: list[int],
                  asking: set[int]) -> bool:
        """Whether a condition's word inside a word that weighs it ("worry if", "bad if")
        still opens a condition: in a clause that tells, not asks, with a main clause of its
        own after it ("I worry if my leg gets weak I lose my job"). What would follow makes
        it supposed; "is it bad if my foot drags?" asks of a sign had."""
        clause = clause_of[x.start]
        return (self._rules[rule].category == "hypothetical" and x.size == 1
                and tokens[x.start] in self._conditions and x.start > 0
                and tokens[x.start - 1] in self._weighing and clause not in asking
                and any(tokens[p] == MAIN_CLAUSE for p in range(x.end, len(tokens))
                        if clause_of[p] == clause))

    def _dated_condition(self, tokens: list[str], x: Span, rule: int,
                         clause_of: list[int]) -> bool:
        """Whether a condition's word opens a condition that dates its own start, up to its
        main clause (`condition_dated`: "is it ok to do the stretch if my bum feels dead
        since the weekend"): what has gone on since a day is had, not supposed."""
        if not (self._rules[rule].category == "hypothetical" and x.size == 1
                and tokens[x.start] in self._conditions):
            return False
        end = x.end
        while (end < len(tokens) and clause_of[end] == clause_of[x.start]
               and tokens[end] != MAIN_CLAUSE):
            end += 1
        words = tokens[x.end:end]
        return any(phrase_at(words, k, self._condition_dates) is not None
                   for k in range(len(words)))

    def _corrects(self, tokens: list[str], marker: Span, spans: list[Span]) -> bool:
        """Whether a correction's words take something back here: never right after one of
        `not_after` ("if you know what I mean"); always otherwise, unless they start with a
        denial ("no actually"), which is a correction only before a mark, the end or a word
        a new clause starts with ("no actually, it's my left leg"); before anything else it
        denies ("no actual problems down there")."""
        q = marker.start - 1
        while q >= 0 and tokens[q] in _RUN_ON:
            q -= 1
        if q >= 0 and tokens[q] in self._corrects_not_after:
            return False  # "if you know what I mean"
        if tuple(tokens[marker.start:marker.end]) in self._corrects_openers and (
                q < 0 or tokens[q] in MARKS) and marker.end < len(tokens) and (
                tokens[marker.end] in self._corrects_opens):
            # "ok" opens a clause after a sign ("can't pee!! ok I can", "..., actually not a
            # fall"), never "I'm ok with it" nor "ok thanks"
            return True
        if tuple(tokens[marker.start:marker.end]) in self._interjections:
            # "well", "sorry" correct only as a word of their own between marks ("numb,
            # well, tingly"; never "sleeping well")
            return (q < 0 or tokens[q] in MARKS) and (
                marker.end >= len(tokens) or tokens[marker.end] in MARKS)
        if tuple(tokens[marker.start:marker.end]) in self._corrects_openers:
            return False
        if tokens[marker.start] not in self._denying_word:
            return True
        p = marker.end
        filler = {x.start for x in spans if _FILLER in x.labels}
        while p < len(tokens) and p in filler:
            p += 1
        return p >= len(tokens) or tokens[p] in MARKS or tokens[p] in self._corrects_opens

    def _take_back(self, number: int, s: _Sentence, mentions: list[Mention],
                   before: list[Mention]) -> None:
        """A writer who corrects themself ("my foot's numb, no wait, not numb, more tingly",
        "I wet myself - I mean I nearly did", "My leg gave way. Actually scratch that, it
        held and it's fine.") says the replacement's verdict of the sign they take back: a
        trigger of `carries` after the marker, up to a break, gives its property to the
        signs of the clause just before the marker (of the sentence before, when the marker
        opens this one), when it reaches nothing but the same sign said again, words that
        stand for it ("did", "it") or nothing. What the replacement names of its own is
        read as said. A replacement that makes the sign no smaller ("no wait, both legs",
        "not just the left, the right too") takes nothing back."""
        for marker in s.corrections:
            correction = number * len(s.tokens) * 4 + marker.start  # one id per message
            end = next((p for p in range(marker.end, len(s.tokens))
                        if p in s.breaks or p in s.statements), len(s.tokens))
            signs = [m for m in mentions if m.end <= marker.start
                     and m.concepts - self._settings]
            opening = all(t in MARKS or t in OPENERS or t in _REPLIES
                          for t in s.tokens[:marker.start])  # ("No, I meant ...")
            if not signs and opening:
                signs = [m for m in before if m.concepts - self._settings]
            if not signs:
                continue
            last = max((m.sentence, m.clause) for m in signs)
            old = [m for m in (*before, *mentions) if (m.sentence, m.clause) == last
                   and (m.sentence != number or m.end <= marker.start)]
            said = [m for m in mentions if marker.end <= m.start < end]
            for m in said:
                m.replaces = correction
            words = s.tokens[marker.end:end]
            if any(m.concepts & self._corrects_worse for m in said) or any(
                    phrase_at(words, k, self._corrects_also) is not None
                    and phrase_at(words, k, self._corrects_excess) is None
                    for k in range(len(words))):
                continue  # (never "too" of too much: "I sat down too fast")
            taken = frozenset(c for m in old for c in m.concepts) - self._settings
            first = self._first_clause(s, marker.end, end)
            # the replacement's own signs, said as had (not where, which side or when)
            own = [m for m in said if m.concepts - self._settings - self._corrects_keeps
                   and not m.properties & _NOT_HAD
                   and not all(w in self._corrects_pro for w in m.words)]  # ("they do")
            prior = [m for m in (*before, *mentions)
                     if m.sentence != number or m.end <= marker.start]
            back = [o for o in prior if o.properties & {"negated", "normal"} and o.negated_by
                    and any(o.words == m.words and o.concepts & m.concepts for m in own)]
            if back:
                # a return to the first word, denied just before: "not dragging, scuffing.
                # ok it's dragging"
                self._given_back(back, prior)
                continue
            # ... and the clause after a bare reply ("I mean was, he had surgery 5 years ago")
            verdict = first
            if all(s.tokens[p] in self._corrects_pro or s.tokens[p] in self._corrects_aux
                   or s.tokens[p] in self._corrects_neg for p in first):
                verdict = first + self._first_clause(s, (first[-1] + 1) if first else end, end)
            carried: list[ContextRule] = []
            taken_all: set[str] = set()
            retracts = tuple(s.tokens[marker.start:marker.end]) in self._corrects_alone
            strong = retracts
            # a replacement that points back at the sign ("I had one last week", "it was
            # years ago") says its time or cause of it, whatever else it names
            strong = strong or any(s.tokens[p] in self._corrects_back for p in first)
            whose = self._new_owner(s, first)
            if whose is not None:  # "I mean my husband can't": the same sign, his
                for m in old:
                    m.experiencer, m.person = whose
            if retracts and all(t in MARKS or p in s.filler
                                for p, t in enumerate(words, marker.end)):
                taken_all.add("negated")  # "..., scratch that": all of it taken back
            elif retracts and whose is None and self._accounts(s, said, old, first):
                taken_all.add("negated")  # "... oh wait, the hot water bottle leaked"
            turned = None if any(m.start in first for m in own) else self._turned(old, words)
            if turned == "negated":
                taken_all.add("negated")  # "couldn't feel it, no wait, I could"
            elif turned == "gives":  # "didn't wet myself, no wait, I did"
                self._given_back(old, [*before, *mentions])
                continue
            for span, i in s.triggers:
                rule = self._rules[i]
                if (not marker.end <= span.start < end
                        or rule.category not in self._corrects_carry):
                    continue
                reached = self._reach(s, span, rule, s.breaks | s.stops.get(i, set()))
                if not reached and s.tokens[span.start:span.end] in (["no"], ["nope"], ["nah"]):
                    continue  # "oh wait, no, it was me": a "no" of the marker's own
                hit = [m for m in said if reached.intersection(range(m.start, m.end))
                       and m.concepts - self._settings]
                if hit and rule.category == "negated" and any(
                        s.tokens[p] in self._corrects_degrees
                        for p in range(span.end, min(m.start for m in hit))):
                    continue  # "I mean not a big crash": how much, not whether
                if rule.category == _CAUSE and first and span.start == first[0] and not any(
                        m.start <= span.start < m.end for m in said):
                    # "bottom numb! I mean from sitting on the bleachers": a replacement that
                    # opens with a cause (never a thing named: "I mean my lips")
                    carried.append(rule)
                    continue
                if rule.only:  # a rule for some signs: said of one of those it replaces with
                    hit = [m for m in hit if m.concepts & set(rule.only)]
                    if not hit:
                        continue
                if hit:
                    if not strong and any(not (m.concepts - self._settings) & taken
                                          for m in hit):
                        continue  # it says something of another sign (after a plain "I
                        # mean"; after "scratch that" it is said of what replaces the sign)
                elif rule.category in ("negated", "normal") and any(
                        s.tokens[p] not in self._corrects_pro and s.tokens[p] not in MARKS
                         and not s.tokens[p].isdigit()
                         and p not in s.filler and p not in s.inner for p in reached
                         if not any(m.start <= p < m.end for m in said)):
                    continue  # it denies other words ("not going away"); a time or a
                    # wish may name more ("that was years ago, after the op")
                elif not hit and span.start not in verdict:
                    continue  # past the first clause, it is said of something else ("Well,
                    # my back is agony, what do I do")
                carried.append(rule)
            gloss = tuple(s.tokens[marker.start:marker.end]) in self._glosses
            if gloss and old:  # "asked if I'd had accidents, I think she meant falls": still asked
                kept = set.intersection(*(m.properties for m in old)) & _GLOSS_KEEPS
                for m in said:
                    m.properties |= kept
            swapped = self._swapped(s, old, said, own, first,
                                    self._gloss_milder if gloss else self._corrects_milder)
            if swapped:  # "Pooed myself. Well, a bit of wind"; "numb... well, the thigh"
                old, carried, taken_all = swapped, [], {"negated"}
            # the place a sign of the replacement's own is said of stays ("Can't pee, well,
            # I can, just slow to start": the bladder's), unless it names another place
            placed = [m for m in old if m.concepts & self._parts]
            if not swapped and any(m.concepts - self._parts for m in own) and not any(
                    m.concepts & self._parts for m in said if m.start in first):
                old = [m for m in old if m not in placed]
            for m in old:
                given = {rule.category for rule in carried
                         if not m.concepts & set(rule.never)} | taken_all
                if given & _TIMES:  # the time said again replaces the one taken back
                    m.properties.discard("now")
                    m.firm_now = False
                m.taken = frozenset(given - m.properties) | m.taken
                m.taken_by = correction if given else m.taken_by
                m.properties |= given
                if given & {"negated", "normal"}:
                    m.negated_by += tuple(s.tokens[marker.start:marker.end])

    def _swapped(self, s: _Sentence, old: list[Mention], said: list[Mention],
                 own: list[Mention], first: list[int],
                 milder: frozenset[tuple[str, ...]]) -> list[Mention]:
        """The words of the corrected sign a replacement swaps for others, taken back: an
        everyday complaint said in its stead (`milder`: "Pooed myself. Well, a bit of wind",
        "I can't pee, I meant I can't SLEEP": all but the words said again), or another place
        ("numb down below... well, more like the thigh", "can't pee, I mean can't poo": the
        place and the sign said of it). Nothing when the replacement says the sign again
        ("numb, I mean numb and sore") or names no swap."""
        if not first:
            return []
        words = [s.tokens[p] for p in first]
        # the sign said again in other words (never a word of it said again as it was, "I
        # can't pee, I meant I can't SLEEP")
        taken = frozenset(c for m in old if not set(m.words) <= set(words)
                          for c in m.concepts) - self._settings
        # ... never by a milder complaint's own words, which share a broad concept with it
        # ("said numb but meant it hurts": a pain, not the numbness again)
        if any(m.start in first and m.concepts & taken and m.words not in milder for m in own):
            return []
        # the words the replacement says besides the swap: the corrected clause's own,
        # words that stand for it, and hedges ("a bit of", "more like"); or where and when
        said_before = {w for m in old for w in m.words} | set(
            s.tokens[old[0].start - 1 if old else 0:max((m.end for m in old), default=0)])
        kept = {p for m in said if m.start in first and m.concepts <= self._corrects_keeps
                for p in range(m.start, m.end)}
        bare = [k for k, p in enumerate(first) if not (
            p in kept or words[k] in said_before or words[k] in self._corrects_pro
            or words[k] in self._corrects_neg or words[k] in self._corrects_aux
            or words[k] in self._determiners or p in s.filler
            or words[k] in self._corrects_hedges)]
        if any(tuple(words[k:k + len(ph)]) == ph for k in bare[:2]
               for ph in milder):  # ("a loud trump")
            return [m for m in old if not set(m.words) <= set(words)]

        def widest(ms: list[Mention]) -> list[Mention]:
            """The places named, less those inside a longer one ("legs" in "between my
            legs")."""
            return [m for m in ms if not any(o.start <= m.start and m.end <= o.end
                                             and o.end - o.start > m.end - m.start for o in ms)]

        places = widest([m for m in said if m.start in first and m.concepts & self._parts])
        before = widest([m for m in old if m.concepts & self._parts])
        named = {p for m in places for p in range(m.start, m.end)}
        if not places or not before or any(first[k] not in named for k in bare) or any(
                p.concepts & o.concepts & self._parts - self._corrects_broad
                for p in places for o in before):
            return []
        moved = {w for m in before for w in m.words} - set(words)
        return [m for m in old if moved.intersection(m.words)]

    @staticmethod
    def _given_back(old: list[Mention], earlier: list[Mention]) -> None:
        """A replacement that says again, as had, a sign the clause it corrects denied ("not
        dragging, scuffing. ok it's dragging", "didn't wet myself, no wait, I did") gives
        the sign back: the denial is taken back, and so is what the correction that clause
        replaced took back ("my foot is dragging, no wait, ...")."""
        undone = {m.replaces for m in old if m.replaces >= 0}
        for m in old:
            m.properties -= {"negated", "normal"}
            m.negated_by = ()
        for m in earlier:
            if m.taken_by >= 0 and m.taken_by in undone:
                m.properties -= m.taken
                m.taken, m.taken_by = frozenset(), -1
                m.negated_by = ()

    def _accounts(self, s: _Sentence, said: list[Mention], old: list[Mention],
                  first: list[int]) -> bool:
        """Whether what follows a retraction ("scratch that", "oh wait") tells another
        account of what happened: something besides where, which side or when ("the hot
        water bottle leaked", "I just needed to go and held it too long"), and nothing that
        tells the sign taken back again as the writer's own ("no wait, I can't feel it at
        all"). "No wait, the right one" or "since Monday" only move the sign."""
        owners = {m.experiencer for m in old}
        signs = [m for m in said if m.concepts - self._settings - self._corrects_keeps]
        # (a sign in its first clause: "it's the hot water bottle, I've had it on my back"
        # tells the back after the account)
        here = [m for m in signs if m.start in first] if first else signs
        if any(m.experiencer in owners and not m.properties & (_NOT_HAD | {_CAUSE})
               for m in here):
            return False  # a sign told again, in these words or others ("never felt it")
        if any(m.experiencer not in owners or m.properties & {_CAUSE, "figurative"}
               for m in signs):
            return True  # a cause, someone's or something else's ("the bottle leaked")
        if here:
            return False  # the writer's, denied: no other account
        if not first:
            return False
        # where, which side or when of the writer's own only moves it ("the right one")
        moved = {p for m in said if m.start in first and m.experiencer in owners
                 for p in range(m.start, m.end)}
        return any(p not in moved and w not in MARKS and w not in self._corrects_pro
                   and w not in self._corrects_neg and w not in self._corrects_aux
                   and w not in self._determiners and not w.isdigit()
                   for p, w in zip(first, (s.tokens[p] for p in first), strict=True))

    @staticmethod
    def _first_clause(s: _Sentence, start: int, end: int) -> list[int]:
        """The positions of the replacement's first clause (up to its first mark), after a
        bare reply that opens it ("I mean no, I can feel it fine")."""
        first: list[int] = []
        for p in range(start, end):
            if s.tokens[p] in MARKS:
                if first and not all(s.tokens[q] in _REPLIES for q in first):
                    break
                continue
            first.append(p)
        return first

    def _new_owner(self, s: _Sentence, first: list[int]) -> tuple[str, str] | None:
        """Whose the corrected sign is when the replacement's first clause is no more than
        someone named and words that stand for the sign ("I mean my husband can't", "my
        little boy did"): theirs; None when it names no one or says more."""
        named = [(x, kind) for p, (x, kind) in s.who.items() if p in first and kind in _NAMED]
        if len(named) != 1:
            return None
        span, kind = named[0]
        rest = [p for p in first if not span.start <= p < span.end]
        if any(s.tokens[p] not in self._corrects_pro and s.tokens[p] not in self._corrects_neg
               and s.tokens[p] not in self._corrects_aux and s.tokens[p] not in self._determiners
               for p in rest):
            return None
        return kind, self._person(s, span)

    def _turned(self, old: list[Mention], words: list[str]) -> str | None:
        """Whether the replacement's first clause is a bare reply of the other polarity from
        the sign it corrects (only words of `pro_forms` and `negatives`): a denial takes it
        back ("negated": "couldn't feel it, no wait, I could", "I wet myself, I mean I
        didn't"), one that says it was had gives it ("gives": "didn't wet myself, no wait,
        I did"); None for anything else."""
        first: list[str] = []
        for word in words:
            if word in MARKS:
                if first:
                    break
                continue
            first.append(word)
        if not first or not self._corrects_aux.intersection(first) or any(
                w not in self._corrects_pro and w not in self._corrects_neg
                and w not in self._corrects_aux for w in first):
            return None
        denied = any(w in self._corrects_neg for w in first)
        # the sign's words may deny ("couldn't feel it"), and the sign may have been denied
        # ("didn't wet myself"): what was said is the one, or the other
        told_denied = any(m.properties & {"negated", "normal"} and m.negated_by for m in old)
        was_denied = any(w in self._corrects_neg for m in old for w in m.words) != told_denied
        if denied == was_denied:
            return None
        return "gives" if told_denied else "negated"

    def _ends(self, tokens: list[str], trigger: Span, spans: list[Span]) -> bool:
        """Whether a trigger ends its clause: only filler words after it before the next comma
        or the end ("saddle numbness: no", "bladder - nil"; not "no" in "no pain")."""
        filler = {x.start for x in spans if _FILLER in x.labels}
        for p in range(trigger.end, len(tokens)):
            if tokens[p] in MARKS:
                return True
            if p not in filler:
                return False
        return True

    def _taken_back(self, tokens: list[str], trigger: Span, spans: list[Span]) -> bool:
        """Whether a trigger that ends its clause is taken back by the clause right after
        it: one that says the sign goes on or came back and nothing of its own besides
        ("numb bum - no, still there", "- no, it's still there", "- nope, back again"; never
        "- no, still got the sciatica though", which tells of something else)."""
        filler = {x.start for x in spans if _FILLER in x.labels}
        p = trigger.end
        while p < len(tokens) and tokens[p] not in MARKS:
            p += 1
        while p < len(tokens) and tokens[p] in MARKS:
            p += 1
        words: list[str] = []
        while p < len(tokens) and tokens[p] not in MARKS:
            if p not in filler:
                words.append(tokens[p])
            p += 1
        return bool(self._goes_on.intersection(words)) and all(
            w in self._goes_on or w in self._goes_on_with for w in words)

    def _returns_told(self, s: _Sentence, mentions: list[Mention]) -> list[int]:
        """Where the sentence tells that a sign came back: a return neither asked, supposed
        nor denied ("will it come back?", "if it comes back", "it hasn't come back"), and
        no part of a word of an end itself ("the feeling came back", "never came back")."""
        ends = [x for x, i in s.triggers if self._rules[i].category in _ENDS]
        tokens = s.tokens
        backs = [m.start for m in mentions
                 if m.concepts & self._returns and not m.properties & _NOT_HAD
                 and not self._cause_denying.intersection(
                     tokens[max(0, m.start - 2):m.start])
                 and not any(x.start <= m.start < x.end for x in ends)]
        backs += [p for p in range(1, len(tokens) - 1)
                  if tokens[p] in self._returns_bare and tokens[p + 1] in self._returns_when
                  and (tokens[p - 1] in MARKS or tokens[p - 1] in self._returns_after)]
        return backs

    def _gone_at(self, tokens: list[str]) -> int | None:
        """Where the sentence first tells that a sign went ("went away", "wore off")."""
        return next((k for k, _ in self._returns_gone.said(tokens)), None)

    def _back_again(self, s: _Sentence, mentions: list[Mention], backs: list[int]) -> None:
        """A sign told as over or as normal and then as back in its sentence ("the numb
        patch had gone but it came back this morning", "went away for a week, back since
        Sunday") is neither any more: a return (`backs`, `_returns_told`) told after the
        last word that ended it. An end told after the return ("came back once in April but
        nothing since") ends it again."""
        ends = [x for x, i in s.triggers if self._rules[i].category in _ENDS]
        if not ends or not any(m.properties & _ENDS for m in mentions):
            return
        for m in mentions:
            last = max((x.end for x in ends if x.start >= m.end), default=None)
            if last is not None and m.properties & _ENDS and any(b >= last for b in backs):
                m.properties -= _ENDS

    def _alone(self, tokens: list[str], trigger: Span, spans: list[Span]) -> bool:
        """Whether a trigger is a clause of its own: it ends its clause and nothing but
        filler comes before it in it ("fever 39, finish."; never "I don't know if it's
        finished", where the word asks of a function)."""
        filler = {x.start for x in spans if _FILLER in x.labels}
        for p in range(trigger.start - 1, -1, -1):
            if tokens[p] in MARKS:
                break
            if p not in filler:
                return False
        return self._ends(tokens, trigger, spans)

    @staticmethod
    def _likened(trigger: Span, likened: list[Span], clause_of: list[int]) -> bool:
        """Whether a cause is said in a comparison: a word that opens one ("like", "as if")
        a few words before it, in its clause ("numb, like sitting on a bag of frozen peas":
        how it feels, not why)."""
        clause = clause_of[trigger.start]
        return any(x.end <= trigger.start <= x.end + _LIKENED_GAP
                   and clause_of[x.start] == clause for x in likened)

    @staticmethod
    def _followed(rule: int, trigger: Span, spans: list[Span], clause_of: list[int]) -> bool:
        """Whether a rule that names what must follow its trigger ("after" + an activity)
        has it: one of those words starting within a few words after the trigger, in its
        clause ("after a 12 hr shift", not "after that ... a shift")."""
        label = f"{_FOLLOWED}{rule}"
        clause = clause_of[trigger.start]
        return any(trigger.end <= x.start <= trigger.end + _FOLLOW_GAP
                   and clause_of[x.start] == clause and label in x.labels for x in spans)

    def _named(self, s: _Sentence, span: Span) -> tuple[str, ...]:
        """A person word's words less the small ones before it ("my", "the", "his")."""
        return tuple(t for t in s.tokens[span.start:span.end] if t not in self._determiners)

    def _person(self, s: _Sentence, span: Span) -> str:
        """Which person a person word names, as far as words tell ("my mum" and "mother"
        are one, `same` in triage.yaml; "his neighbour" another)."""
        key = self._named(s, span)
        return self._same.get(key, " ".join(key))

    def _gender_of(self, s: _Sentence, span: Span) -> str:
        """Whether a person word or pronoun names a man or boy ("male"), a woman or girl
        ("female"), or either (""): by its words less the small ones, else its last word
        ("my eldest son")."""
        key = self._named(s, span) or tuple(s.tokens[span.start:span.end])
        return self._gender.get(key) or (self._gender.get(key[-1:], "") if key else "")

    @staticmethod
    def _agreeing(genders: tuple[tuple[str, str, str], ...], gender: str, referent: str,
                  person: str) -> tuple[str, str] | None:
        """The one a pronoun of `gender` refers to when the last one named cannot be its
        referent ("son's girlfriend has cancer ... his back": the son): the last one named
        who agrees with it; None when the last one named agrees, or no one does."""
        if not gender or not genders:
            return None
        last = next((g for k, who, g in reversed(genders) if (k, who) == (referent, person)),
                    "")
        if not last or last == gender:
            return None
        for kind, who, said in reversed(genders):
            if said == gender:
                return kind, who
        return next(((kind, who) for kind, who, said in reversed(genders) if not said), None)

    def _experiencers(self, s: _Sentence, speaker: Speaker, voice: Voice = WRITER_VOICE
                      ) -> tuple[list[str], list[str], Speaker]:
        """Whose each word is about: "my mum" moves to another person, "our dog" to an
        animal, "the match" to a thing, "I" back to the writer, "he" and "she" to whoever
        was last named (a person or an animal). "They" before anyone is named are the
        people who looked after the writer ("they put a catheter in"): the writer's story.
        Beside each kind, which person it is ("" for the writer or no one known). In another
        speaker's line of a pasted chat (`voice`), "I" is that speaker and "you" the writer."""
        speaking = voice.speaks and voice.kind != WRITER
        state, referent, named = speaker.state, speaker.referent, speaker.named
        person, referent_person = speaker.person, speaker.referent_person
        several = speaker.several
        genders = speaker.genders
        here = False  # someone named in this sentence
        named_end = -1  # where the last person named in this sentence ends
        states = []
        persons = []
        roles = {q for x, kind in s.who.values() if kind in _NAMED
                 for q in self._my_role(s, x)}
        owned: dict[int, str] = {}  # a person named through another's ("friend's husband")
        # the one the writer lifts or carries, last named ("lifting my grandson"): still the
        # writer's words in this sentence, and the one the next sentence goes on about
        held: tuple[str, str] | None = None
        # an aside in brackets that says something names whom it names for its own words
        # only: after it, the words are again whoever's they were before it ("tripped over
        # my guide dog (the dog's fine) and came down hard": the writer came down); one that
        # only names someone glosses the words before it ("Mdara wangu (my husband) ...")
        marks = sorted(s.asides)
        opened = {m for k, m in enumerate(marks) if k % 2 == 0 and k + 1 < len(marks)
                  and not self._gloss(s, m, marks[k + 1])}
        closing = {marks[marks.index(m) + 1]: m for m in opened}
        before_aside: dict[int, tuple[str, str, str, str]] = {}
        for p in range(len(s.tokens)):
            if self._asks_again(s.tokens, p):
                state, person = voice.subject
            if p in opened:
                before_aside[p] = (state, person, referent, referent_person)
            elif p in closing and closing[p] in before_aside:
                # ... and "he" after it is the one before it ("my husband (his brother died)
                # has sciatica and he ...")
                state, person, referent, referent_person = before_aside[closing[p]]
            found = s.who.get(p)
            if (found is not None and found[1] in (THING, ANIMAL)
                    and (s.of & {p - 1, p - 2, p - 3}
                         or "by" in s.tokens[max(0, p - 2):p])):
                # "I sat on my phone", "tripped over the dog": where, not whose; "trampled by
                # a cow": who did it, not whose
                found = None
            if (found is not None and found[1] in (THING, ANIMAL)
                    and _just_after(s.tokens, p, self._described)):
                found = None  # "I'm a tap dancer", "as a dog walker": the writer's trade
            if (found is not None and found[1] == ANIMAL and found[0].end < len(s.tokens)
                    and (s.tokens[found[0].end] in self._kind_of
                         or (s.tokens[found[0].end] in self._kind_of_bare
                             and not self._owned(s.tokens, found[0])))):
                found = None  # "goat farmer", "does pet sitting": the work, not an animal
            if (found is not None and found[1] == OTHER and s.tokens[p] in _ARTICLES
                    and any(tuple(s.tokens[p - len(ph):p]) == ph
                            for ph in self._described_as if len(ph) <= p)):
                found = None  # "I was a passenger in the car": the writer was
            if (found is not None and found[1] == THING
                    and _just_after(s.tokens, p, self._heading)):
                found = None  # "on the way to the market the leg failed me": a place
            if (found is not None and found[1] == THING
                    and _just_after(s.tokens, p, self._tools)
                    and any(c.end <= p and s.clause_of[c.start] == s.clause_of[p]
                            and _concepts(c) & self._tools_for for c in s.concepts)):
                found = None  # "sliced his leg with the chainsaw": what did it, not whose
            if (found is not None and found[1] in _LIKENED_KINDS
                    and _just_after(s.tokens, p, self._likeness)):
                found = None  # "sick as a dog", "weak as a kitten": a likeness, no one
            if (found is not None and found[1] == WRITER and state in _NAMED
                    and named_end == p - 1 and p - 1 in s.of):
                found = None  # "the lad on our crew", "a woman at my work": still the lad
            if (found is not None and found[1] == WRITER and state in _NAMED and here
                    and any(tuple(s.tokens[found[0].end - len(ph):found[0].end]) == ph
                            for ph in self._beside)):
                found = None  # "the guy in the bed next to me had ...": still the guy
            if (found is not None and found[1] == WRITER and state in _NAMED
                    and named_end == p
                    and any(tuple(s.tokens[p:p + len(ph)]) == ph for ph in self._looked_after)):
                found = None  # "the resident I look after has ...": still the resident
            if found is not None and p in roles:
                found = None  # "I'm his carer": the writer, and "he" is still the one cared for
            if found is not None and found[1] == OTHER and self._introduces(s, found[0]):
                found = None  # "Rugby player, disc issue", "postie here": who the writer is
            if (found is not None and found[1] == ANYONE
                    and any(tuple(s.tokens[found[0].end:found[0].end + len(ph)]) == ph
                            for ph in self._addressed)):
                found = None  # "the walking you suggested made it worse": the one answered
            if speaking and found is None and s.tokens[p] in self._chat_you:
                found = (Span(p, p + 1, frozenset()), ANYONE)  # "you've", "u": the writer
            if speaking and found is not None and found[1] in (WRITER, ANYONE):
                # "Dad: I've lost weight": the speaker; "Wife: you've gone grey": the writer
                if found[1] == WRITER:
                    found = (found[0], voice.kind)
                    owned[found[0].start] = voice.person
                elif s.tokens[found[0].start] in self._chat_you:
                    found = (found[0], voice.to[0])
                    owned[found[0].start] = voice.to[1]
            if found is not None:
                kind = found[1]
                # "you" said of no one in particular: which one, for telling the generic
                # voice ("you stand there and nothing comes") from "someone", "people"
                who = (YOU if kind == ANYONE and s.tokens[found[0].start] in self._chat_you
                       else "")
                agreeing = (self._agreeing(genders, self._gender_of(s, found[0]), referent,
                                           referent_person) if kind == PRONOUN else None)
                speaker_named = (self._person_speaks(s.tokens, found[0].end, genders)
                                 if kind == PRONOUN and referent == ANIMAL else None)
                if agreeing is not None:
                    # "she" is never the husband just named: the last one who may be a she
                    kind, who = agreeing
                elif speaker_named is not None:
                    # "lifting the dog ... now he says he can't go": one who says is a person
                    kind, who = speaker_named
                    referent, referent_person = kind, who
                elif kind == PRONOUN or (kind == IMPERSONAL and named):
                    # the one named last in this sentence; after two people named before it,
                    # either ("Mum has sciatica. The carer is worried. She's wet herself.")
                    kind, who = referent, ("" if several and not here else referent_person)
                elif kind in (NEUTRAL, IMPERSONAL):
                    kind, who = voice.subject  # the writer's, or a chat line's speaker's
                elif kind in _NAMED:
                    # one who tells of it ("the carer found ...", "dad says ...") may be
                    # telling of anyone
                    reports = self._reporting.intersection(
                        s.tokens[found[0].end:found[0].end + 2])
                    head = found[0]  # "my 12yo daughter": the last of the words is who
                    while (after := s.who.get(head.end)) is not None and after[1] in _NAMED:
                        # "son's girlfriend": the son is named too, for "his" to refer to
                        genders = (*genders, (kind, self._person(s, head),
                                              self._gender_of(s, head)))
                        head = after[0]
                    who = "" if reports else self._person(s, head)
                    owner = self._person(s, found[0])
                    if who and head is not found[0] and owner not in ("", who):
                        # "my friend's husband", "my brother's wife": the friend's partner,
                        # never the writer's (and so when the chain's last word comes round)
                        who = owned[head.start] = f"{owner}'s {who}"
                    who = owned.get(found[0].start, who)
                    genders = (*genders, (kind, who, self._gender_of(s, head)))
                    # one told ("he told my mum he's ...") is not whom "he" refers to
                    told = bool(self._reporting.intersection(s.tokens[max(0, p - 2):p]))
                    if not told:
                        several = several or (named and who != referent_person)
                        here = True
                        referent_person = who
                if kind in _NAMED:
                    referent = kind
                    named = True
                    named_end = found[0].end
                handles = found[1] in _NAMED and self._handles(s.tokens, p)
                if handles:
                    held = (kind, who)
                if not (found[1] in _NAMED and (
                        self._companions.intersection(
                            s.tokens[q] for q in (p - 1, p - 2) if q >= 0)
                        or self._with_writer(s.tokens, p) or handles
                        or self._dates(s.tokens, p, found[0].end))) and not (
                            found[1] == PRONOUN and self._done_to(s.tokens, found[0])):
                    state = kind  # ("with the missus" is company: still the writer's words)
                    person = who
                    held = None
            states.append(state)
            persons.append(person)
        if held is not None and state not in _NAMED:
            state, person = held
        carried = state if state in _NAMED else WRITER
        return states, persons, Speaker(carried, referent, named,
                                        person if carried in _NAMED else "", referent_person,
                                        several, genders)

    def _owned(self, tokens: list[str], span: Span) -> bool:
        """Whether an animal word names one animal or herd in particular: a small word
        other than "a" ("my", "the", "our") in it or up to two words before it ("my old dog
        sitting by me"); a bare one ("does pet sitting", "a dog boarding business") may
        name a kind of work."""
        return any(t in self._determiners and t not in _INDEFINITE
                   for t in tokens[max(0, span.start - 2):span.end])

    def _gloss(self, s: _Sentence, start: int, end: int) -> bool:
        """Whether the aside between the marks `start` and `end` only names someone ("(my
        husband)", "(the carer)"): every word of it a person's or a small word before one."""
        named = {q for x, _ in s.who.values() for q in range(x.start, x.end)}
        return all(q in named or s.tokens[q] in self._determiners
                   or s.tokens[q] in (SEPARATOR, STATEMENT)
                   for q in range(start + 1, end))

    def _dates(self, tokens: list[str], p: int, end: int) -> bool:
        """A person named after a word that dates ("after my second baby", "since my son was
        born") is a time: the words after are still whoever's they were. Only where the one
        named ends the clause or `dated_then` follows: one followed by what they did is the
        subject of their own clause ("after Ivy didn't recognise me")."""
        if not (end >= len(tokens) or tokens[end] in MARKS
                or any(tuple(tokens[end:end + len(ph)]) == ph for ph in self._dated_then)):
            return False
        q = p - 1
        while q >= 0 and p - q <= 3 and (tokens[q] in self._determiners
                                          or tokens[q] in self._dated_by):
            q -= 1
        return (q >= 0 and tokens[q] in self._dating
                and not (q > 0 and tokens[q - 1] in self._dating_not))

    def _handles(self, tokens: list[str], p: int) -> bool:
        """Whether the person named at `p` is what the writer lifts, carries or holds, only
        small words between ("hurt my back lifting my grandson and now both legs are
        numb"): the one handled, not whose the words after are."""
        q = p
        while q > 0 and p - q < 3 and tokens[q - 1] in self._determiners:
            q -= 1
        return any(tuple(tokens[q - len(verb):q]) == verb for verb in self._handled if verb)

    def _person_speaks(self, tokens: list[str], end: int,
                       genders: tuple[tuple[str, str, str], ...]) -> tuple[str, str] | None:
        """The last person named, when the pronoun ending at `end` says or tells something
        ("he says", "she told me") after an animal was named last: an animal tells no one
        anything ("hurt his back lifting the dog, now he says he needs to go"). None when
        the pronoun does not speak or no person was named."""
        if not self._reporting.intersection(tokens[end:end + 1]):
            return None
        return next(((kind, who) for kind, who, _ in reversed(genders) if kind in SOMEONE),
                    None)

    def _done_to(self, tokens: list[str], span: Span) -> bool:
        """Whether a pronoun is the object of what the subject does, not whose the words
        after are: "her" before a clause's end or a word a possessive "her" is never
        followed by ("carrying her about a lot, back's sore", "up all night with her,
        back stiff": the back is the writer's)."""
        if span.size != 1 or tokens[span.start] not in self._objects:
            return False
        after = tokens[span.end] if span.end < len(tokens) else SEPARATOR
        return after in MARKS or after in self._after_object

    def _with_writer(self, tokens: list[str], p: int) -> bool:
        """Whether the person named at `p` is joined to the writer by "and" before it ("me
        and my wife have sex", "me and the missus"): one subject with the writer, so what
        it does or feels is still the writer's."""
        q = p - 1
        while q >= 0 and tokens[q] != "and" and (tokens[q] in self._before_joint
                                                   or tokens[q] in _RUN_ON):
            q -= 1
        if q < 1 or tokens[q] != "and":
            return False
        q -= 1
        while q >= 0 and tokens[q] in _RUN_ON:
            q -= 1
        return q >= 0 and tokens[q] in _JOINT

    def _my_role(self, s: _Sentence, span: Span) -> range:
        """The words of a person word that says who the writer is to someone, after "I'm"
        or "I am" and the small words before it ("I'm his carer", "I am her daughter"), as
        "I'm a patient" does: no one else is named, and "his" there is the one cared for,
        already named. Empty when it is not one."""
        q = span.start - 1
        # misses57: ... and the words after the article that say what kind of role ("I'm a
        # high school lacrosse coach", "I'm a youth football coach"): still the writer's
        # role, never past a mark, a small word, a break or a word that places ("I'm a bit
        # worried my coach ...", "I'm a fan of the coach")
        k = q
        # (or right after "I'm" or "I am", as Indian English says it: "I am speed skating
        # coach")
        while (k >= 0 and q - k < _ROLE_KIND_WORDS and s.tokens[k] not in MARKS
               and s.tokens[k] not in self._owners and s.tokens[k] != "am"
               and k not in s.of and k not in s.breaks):
            k -= 1
        if q > k >= 0 and s.tokens[k] in _ARTICLES:
            q = k
        elif (q > k >= 0 and s.tokens[span.start] not in _ARTICLES
              and (s.tokens[k] == "im" or s.tokens[max(0, k - 1):k + 1] == ["i", "am"])):
            # (never a person named with an article after a doing word: "I'm playing a man
            # who ...", a part played or someone else)
            return range(k + 1, span.end)
        while q >= 0 and s.tokens[q] in self._before_role:
            q -= 1
        if q == span.start - 1 or q < 0:
            return range(0)
        if s.tokens[q] == "im" or s.tokens[max(0, q - 1):q + 1] == ["i", "am"]:
            return range(q + 1, span.end)
        return range(0)

    def _introduces(self, s: _Sentence, span: Span) -> bool:
        """Whether a role said bare opens the sentence with only a word or two before it and
        a comma or "here" after it ("Rugby player, disc issue", "Postie here."): who the
        writer is, not one in their charge ("postie on my team has sciatica")."""
        if tuple(s.tokens[span.start:span.end]) not in self._roles or span.start > 2:
            return False
        if any(t in self._owners for t in s.tokens[:span.start]):
            return False  # "my player, ...", "our postie, ...": someone the writer has
        return span.end == len(s.tokens) or s.tokens[span.end] in self._introduced_by

    def asks_of_it(self, tokens: list[str]) -> bool:
        """Whether a sentence opens by asking of the sign told ("will it settle", "is it
        going to ease", "does this go away"), typed with or without its mark: a hope put as
        a question, never a telling that it is over (misses57)."""
        q = next((k for k, t in enumerate(tokens) if t not in OPENERS), len(tokens))
        return (tokens[q:q + 1] != [] and tokens[q] in self._question_starts
                and tokens[q + 1:q + 2] != [] and tokens[q + 1] in self._refers)

    def puts_question(self, tokens: list[str]) -> bool:
        """Whether a clause of a sentence typed with a question mark opens as a question
        does ("did you have an accident?", "sciatica can make you numb, is that true?"),
        not one told with a question mark ("since sunday you can't feel it come out??"). A
        clause opens after a comma or a word that opens one ("I know but what's that ...")."""
        for p in range(len(tokens)):
            if p and tokens[p - 1] != SEPARATOR and tokens[p - 1] not in OPENERS:
                continue
            q = p
            while q < len(tokens) and tokens[q] in OPENERS:
                q += 1
            if (q < len(tokens) and tokens[q] in self._question_starts
                    and not (tokens[q + 1:q + 2] and tokens[q + 1] in self._not_asking)):
                return True
        return False

    def _asks_again(self, tokens: list[str], p: int) -> bool:
        """Whether a clause after a comma starts at `p` by asking, as a sentence that asks
        does ("my girlfriend's dad has cancer, any tips for the car with sciatica?", "my dad
        got foot drop after his stroke, does sciatica cause that?"): the writer asks, for
        themselves; never "..., is that normal?", "..., is he ok?", which go on about the
        one just told of."""
        if p == 0 or tokens[p - 1] != SEPARATOR:
            return False
        if p > 1 and tokens[p - 2] == ASIDE and tokens[:p - 1].count(ASIDE) % 2 == 0:
            # right after an aside closes ("one of my team (40s) is off with sciatica"): the
            # clause the brackets broke goes on, no new one that asks
            return False
        q = p
        while q < len(tokens) and tokens[q] in OPENERS:
            q += 1
        if q >= len(tokens) or tokens[q] not in self._asking:
            return False
        if tokens[q] in self._question_starts and tokens[q + 1:q + 2] \
                and tokens[q + 1] in self._not_asking:
            return False  # "..., can barely walk": a subject left out, no question
        return not (tokens[q] in self._about_them and tokens[q + 1:q + 2]
                    and tokens[q + 1] in self._refers)

    def _owner(self, s: _Sentence, c: Span, states: list[str], persons: list[str]
               ) -> tuple[str, str]:
        """Whose a concept phrase is, and which person: whose words it stands in, unless a
        thing right after it ("a leaking (kitchen) tap") or a place after it names someone
        ("a bump on my spine")."""
        after = c.end
        if states[c.start] == THING and _concepts(c) & self._pressed:
            return WRITER, ""  # "the clutch is hard to press with my leg": what is pressed
        by_subject = bool(_concepts(c) & self._by_subject)
        if by_subject and states[c.start] != WRITER:
            # "the ceiling is leaking onto my bed": the ceiling leaks
            return states[c.start], persons[c.start]
        if by_subject and self._placed_on_writer(s, c.start):
            return THING, ""  # "the strap on my sandal keeps dragging": the strap drags
        for p in (after, after + 1):  # "a leaking tap", "a leaking kitchen tap"
            found = s.who.get(p)
            if found is not None and found[1] == THING and by_subject:
                return THING, ""  # (but a "numb nappy" is a numb bottom)
        if (states[c.start] == ANYONE and after < len(s.tokens)
                and s.tokens[after] in self._done_to_writer):
            return WRITER, ""  # "someone rear-ended me": done to the writer
        for_whom = self._for_whom_of(s, after)
        if for_whom is not None and states[c.start] == WRITER:
            return for_whom  # "which incontinence pads are best for my mum?"
        said_as = self._said_as_whose(s, after)
        if said_as is not None and states[c.start] == WRITER:
            return said_as  # "the fever was my roommate, not me": whose it was, put right
        for p in range(after, min(after + 3, len(s.tokens))):
            if s.tokens[p] in (SEPARATOR, STATEMENT):
                break
            if p in s.of:
                for q in range(p + 1, min(p + 3, len(s.tokens))):
                    if s.tokens[q] in MARKS:
                        break  # "fevers off and on, I'm ...": the place is in the sign's clause
                    owner = self._whose_part(s, s.who.get(q))
                    if (owner is not None and owner[1] == WRITER
                            and states[c.start] in _NAMED and self._subject_named(s, c.start)
                            and not any(x.start == owner[0].end and _concepts(x) & self._parts
                                        for x in s.concepts)):
                        # "a customer fainted in my shop": the writer's place, not a part of
                        # the writer's body, so still the one named who did it
                        break
                    if (owner is not None and owner[1] in (THING, ANIMAL)
                            and s.tokens[p] in self._at and states[c.start] == WRITER):
                        # "had an accident at the horse fair": where it happened, never on
                        # whom, whatever does what the sign says elsewhere (alarms44)
                        break
                    if (owner is not None and owner[1] == THING and not by_subject
                            and states[c.start] in (WRITER, *SOMEONE)):
                        # "I fainted at the market": where it happened, still mine; "he's not
                        # making sense on the phone": how it was heard, still his
                        break
                    if owner is not None:
                        kind = owner[1]
                        if kind == IMPERSONAL:
                            return states[q], persons[q]
                        if kind == PRONOUN:
                            return (states[q], persons[q]) if states[q] != WRITER else (OTHER, "")
                        if kind in _NAMED:
                            return kind, self._person(s, owner[0])
                        return WRITER if kind == NEUTRAL else kind, ""
                break
        return states[c.end - 1], persons[c.end - 1]

    def _said_as_whose(self, s: _Sentence, after: int) -> tuple[str, str] | None:
        """The person a sign is said to be, as its subject ("the fever was my roommate
        not me", "the fall is my dad's"): a linking verb right after the sign, at most an
        owner word, then the person, who ends the clause or is set against the writer
        ("not me"). The sign is theirs; a person the sign only happened with or near ("the
        fall was my fault with mum there") ends no clause there."""
        p = after
        if p >= len(s.tokens) or s.tokens[p] not in _LINKING:
            return None
        p += 1
        if p < len(s.tokens) and s.tokens[p] in self._owners:
            p += 1
        found = s.who.get(p)
        if found is None or found[1] not in SOMEONE:
            return None
        end = found[0].end
        rest = s.tokens[end:end + 2]
        if rest[:1] and rest[0] not in MARKS and rest not in (["not", "me"], ["s"]):
            return None
        return found[1], self._person(s, found[0])

    def _for_whom_of(self, s: _Sentence, after: int) -> tuple[str, str] | None:
        """The person named after one of `for_whom` later in the clause, a few words on
        ("incontinence pads (are best) for my mum"): whom the thing is for, so whose the
        sign named with it is. None when no one is named so."""
        for p in range(after, min(after + 6, len(s.tokens) - 1)):
            if s.tokens[p] in MARKS:
                return None
            if s.tokens[p] in self._for_whom:
                for q in (p + 1, p + 2):
                    found = s.who.get(q)
                    if found is not None and found[1] in SOMEONE:
                        return found[1], self._person(s, found[0])
                return None
        return None

    @staticmethod
    def _placed_on_writer(s: _Sentence, start: int) -> bool:
        """Whether the one who does what is said at `start` is a thing placed on the
        writer's body or belongings just before it, in its clause ("the strap on my sandal
        keeps dragging", "the hot water bottle on my back leaked"): the words "my ..." after
        "on" tell where the thing is, not who does it."""
        q = start - 1
        while q >= 0 and s.tokens[q] not in MARKS:
            found = s.who.get(q)
            if found is not None:
                return (found[1] == WRITER and q - 1 in s.of
                        and any(span.end == q - 1 and kind == THING
                                for span, kind in s.who.values()))
            q -= 1
        return False

    def _subject_named(self, s: _Sentence, start: int) -> bool:
        """Whether someone named just before the sign at `start` (three words at most) is
        who does it ("a customer fainted"), not one it was done over or to ("tripped over
        mum's tubing and went down": a word of place before the name)."""
        return any(kind in _NAMED and span.end <= start and start - span.end <= 3
                   and not s.of & {span.start - 1, span.start - 2}
                   for span, kind in s.who.values())

    def _whose_part(self, s: _Sentence, owner: tuple[Span, str] | None
                    ) -> tuple[Span, str] | None:
        """The one a place belongs to: "my" is the writer's, unless a person or an animal
        named right after it owns the part of the body that follows ("a lump on my cat's
        back", "a rash on my mum's leg": the possessive's "'s" is gone from the words, so
        the part said right after the name tells it)."""
        if owner is None or owner[1] != WRITER:
            return owner
        named = s.who.get(owner[0].end)
        if named is None or named[1] not in _NAMED:
            return owner
        part = named[0].end
        if any(c.start == part and _concepts(c) & self._parts for c in s.concepts):
            return named
        return owner

    def _apply_rules(self, s: _Sentence, mentions: list[Mention], states: list[str]) -> set[str]:
        # What the sentence says as a whole (a rule for some concepts only says it of them).
        said = {self._rules[i].category for _, i in s.triggers if not self._rules[i].only}
        if "now" in said:
            # ... but unchanged beside a long time is long-standing in any tense
            said -= {"historical", "resolved"} - {self._rules[i].category for _, i in s.triggers
                                                  if self._rules[i].needs}
        if not s.triggers or not mentions:
            return said
        self._split(s, mentions)
        anchored = {
            s.clause_of[p] for p, (span, kind) in s.who.items()
            if kind in (WRITER, OTHER, PRONOUN, IMPERSONAL)
            and not any(span.within(t) for t, _ in s.triggers)  # the "I" of "should I worry"
        } | {
            s.clause_of[x.start] for x, i in s.triggers
            if self._rules[i].category in _ANCHORS and self._rules[i].anchors
        }
        given: dict[int, list[ContextRule]] = {}
        firm: set[int] = set()
        for span, i in s.triggers:
            rule = self._rules[i]
            own = s.stops.get(i, set())
            # A contrast corrects what came before it ("weak last week but it's got stronger
            # every day since"), never what comes after ("stronger, but today weak again").
            back = s.asides if rule.contrast else None
            reached = self._reach(s, span, rule, s.breaks | own,
                                  None if back is None else back | own)
            if rule.inside:
                # a trigger that names the sign as its harmless kind says it of the sign it
                # holds ("it's the same fatty lump": the lump is the fatty one; alarms40)
                reached |= set(range(span.start, span.end))
            for k, m in enumerate(mentions):
                if not reached.intersection(range(m.start, m.end)):
                    continue
                if rule.category == "normal" and own.intersection(range(m.start, m.end)):
                    continue  # a sign that holds a word of trouble itself ("cant push clutch")
                if rule.only and not m.concepts & set(rule.only):
                    continue
                if rule.never and m.concepts & set(rule.never):
                    continue
                if rule.generic and s.clause_of[m.start] in anchored:
                    continue
                if rule.category == "negated" and self._denies_before(s, reached):
                    m.properties.add("historical")  # the time before, said as fine
                    continue
                if rule.category == "now" and states[span.start] != states[m.start]:
                    continue  # "she had a fit last year, I'm fine now": the now is mine
                given.setdefault(k, []).append(rule)
                if rule.category in ("negated", "normal"):
                    m.negated_by += tuple(s.tokens[span.start:span.end])
                if (rule.category == "now" and not rule.weak
                        and s.clause_of[span.start] == s.clause_of[m.start]):
                    firm.add(k)  # tied to now in its own clause ("couldn't pee this morning")
        for k, rules in given.items():
            m = mentions[k]
            # A `weak` now ("can't", also how "couldn't" is read) says little about when: it
            # does not cancel a time said around the sign.
            found = {rule.category for rule in rules if not rule.weak} | m.properties
            m.properties |= {rule.category for rule in rules if not set(rule.unless) & found}
            m.firm_now = m.firm_now or k in firm
        return said

    def _denies_before(self, s: _Sentence, reached: set[int]) -> bool:
        """Whether a denial's reach ends on a time before (`fine_before`) right before a
        break: "no problem peeing before, but since yesterday I can't go" says the time
        before was fine, a past, not a denial of the sign told past the "but" (left54). So
        its words are long past: a sign said whole before the break is over ("no leaking
        before, but ..."), and a place (the bladder) is read by the sign word beside it."""
        last = max(reached)
        after = last + 1
        while after < len(s.tokens) and s.tokens[after] == SEPARATOR:
            after += 1
        return s.tokens[last] in self._fine_before and after in s.breaks

    def _split(self, s: _Sentence, mentions: list[Mention]) -> None:
        """A rule for some concepts only ("on purpose" for weight, "in my neck" for a lump),
        or for all but some ("she is fine" says nothing against a past cancer), gives its
        property to those concepts, not to others said in the same words ("swelling" is
        both a lump and a face swelling)."""
        for _, i in s.triggers:
            only = frozenset(self._rules[i].only or self._rules[i].never)
            if not only:
                continue
            for k in range(len(mentions)):
                m = mentions[k]
                inside = m.concepts & only
                if inside and m.concepts - only:
                    mentions[k] = replace(m, concepts=inside, properties=set(m.properties))
                    mentions.append(replace(m, concepts=m.concepts - only,
                                            properties=set(m.properties)))

    def _reach(self, s: _Sentence, trigger: Span, rule: ContextRule, stops: set[int],
               back_stops: set[int] | None = None) -> set[int]:
        """The positions a trigger reaches: `scope` words (a phrase counts as one, filler
        words not at all) in its direction, never past a break or one of its stop words,
        nor past a comma when it reaches only within its clause."""
        reached: set[int] = set()
        if rule.category in _CONDITION_SCOPED:
            stops = stops | s.mains
        directions = {"forward": (1,), "backward": (-1,), "both": (1, -1)}[rule.direction]
        for step in directions:
            p = trigger.end if step == 1 else trigger.start - 1
            left = rule.scope
            ends = stops if step == 1 or back_stops is None else back_stops
            listed = rule.lists and (step == -1 or not rule.opens
                                     or self._announces(s, trigger))
            while 0 <= p < len(s.tokens) and left > 0:
                if p in s.statements:
                    if rule.category not in self._crossing:
                        break
                    p += step
                    continue
                if listed and s.tokens[p] in (SEPARATOR, ASIDE):
                    # A list goes on past its commas and brackets, item by item, each within
                    # the trigger's reach ("denies saddle numbness, retention, incontinence").
                    item = self._item(s, p + step, step, plain=rule.closed)
                    if item is None or (rule.closed and not self._closed(s, p)):
                        break
                    left = rule.scope
                    p = item
                    continue
                if rule.lists and s.tokens[p] in self._joining:
                    left = rule.scope  # the next item of the list ("retention or weakness")
                elif self._offers(rule, s.tokens[p], step):
                    left = rule.scope  # "not because anything down there is numb or ..."
                if s.asides:
                    over = self._over_aside(s, p, step)
                    if over is not None:
                        # an aside in brackets keeps its words to itself, and the clause it
                        # broke goes on after it ("when I was pregnant with her (she's 6
                        # now) I had ..."): the reach passes over it
                        p = over
                        continue
                if s.tokens[p] == SEPARATOR:
                    if rule.within == "clause":
                        break
                elif p in ends and not self._alternative(s, trigger, rule, p, step):
                    break
                else:
                    reached.add(p)
                    if p not in s.inner and p not in s.filler:
                        left -= 1
                p += step
        return reached

    def _offers(self, rule: ContextRule, word: str, step: int) -> bool:
        """Whether a denial's reach meets a word that offers another item under it ("numb or
        not working"): the item gets the denial's whole reach, as a list's does."""
        return rule.category == "negated" and step == 1 and word in self._alternatives

    def _alternative(self, s: _Sentence, trigger: Span, rule: ContextRule, p: int,
                     step: int) -> bool:
        """Whether a denial's stop word at `p` opens the sign of the next item it offers as
        an alternative ("not because anything's numb or not working"): a denial of one thing
        or another denies both, so the "not" inside "not working" is the sign's own word,
        not a new denial that ends the first one's reach. Only the trigger's own word said
        again ("no feeling or no control"): "no numbness or can't pee" may tell a new thing."""
        if (rule.category != "negated" or step != 1
                or s.tokens[p] != s.tokens[trigger.end - 1]):
            return False
        q = p - 1
        while q >= 0 and q in s.filler and s.tokens[q] not in self._alternatives:
            q -= 1
        return (q >= 0 and s.tokens[q] in self._alternatives
                and any(c.start == p and c.end > p + 1 for c in s.concepts))

    @staticmethod
    def _over_aside(s: _Sentence, p: int, step: int) -> int | None:
        """Where a reach from outside an aside in brackets goes on past it, in the clause it
        broke: from the mark that opens it going forward, from the clause mark right after
        the one that closes it going back; None when `p` is neither, or the aside is not
        closed (a reach from inside one stops at its marks, as every break stops one)."""
        tokens = s.tokens
        marks = sorted(s.asides)
        if step == 1:
            if tokens[p] != ASIDE:
                return None
            k = marks.index(p)
            if k % 2 or k + 1 >= len(marks):
                return None
            after = marks[k + 1] + 1
            return after + 1 if after < len(tokens) and tokens[after] == SEPARATOR else after
        if tokens[p] != SEPARATOR or p - 1 not in s.asides:
            return None
        k = marks.index(p - 1)
        return marks[k - 1] - 1 if k % 2 else None

    def _announces(self, s: _Sentence, trigger: Span) -> bool:
        """Whether a denial opens a list: it ends its clause ("red flags: nil - ...", "screen
        negative (...)") or names a sign in it ("denies saddle numbness, ..."); "none
        of the exercises help, numb bum" denies no list."""
        clause = s.clause_of[trigger.start]
        after = [p for p in range(trigger.end, len(s.tokens))
                 if s.clause_of[p] == clause
                 and s.tokens[p] not in (SEPARATOR, ASIDE, STATEMENT)
                 and p not in s.filler]
        return not after or any(c.start in after and _concepts(c) - self._settings
                                for c in s.concepts)

    def _closed(self, s: _Sentence, p: int) -> bool:
        """Whether the list whose comma is at `p` is closed by a joiner before it ends ("no
        numbness, tingling or bladder problems"): a plain "no" and a comma alone may be a
        contrast ("no pain, numb bum"), as much as a list, so only a closed one is read
        as a list."""
        for q in range(p + 1, len(s.tokens)):
            if (q in s.breaks or q in s.statements or q in s.mains or q in s.who
                    or s.tokens[q] == STATEMENT):
                return False
            if s.tokens[q] in self._joining:
                return True
        return False

    def _item(self, s: _Sentence, p: int, step: int, plain: bool = False) -> int | None:
        """Where the reach goes on when the clause from `p` on (in the direction of `step`)
        is one item of a list: a few words that name a thing, no one named, no break, no
        word of another context ("retention", "bladder/bowel dysfunction", not "I can't pee
        since today" nor "but now my legs are weak"); None when it is not one."""
        while 0 <= p < len(s.tokens) and s.tokens[p] in (SEPARATOR, ASIDE):
            p += step
        if not 0 <= p < len(s.tokens):
            return None
        clause = s.clause_of[p]
        words = [q for q in range(len(s.tokens)) if s.clause_of[q] == clause
                 and s.tokens[q] not in (SEPARATOR, ASIDE, STATEMENT)]
        told = self._told_of(s, words)
        size = longest = 0
        opened = False  # a word said before, in this item
        for q in words:  # "bowel incontinence or weakness in both legs" is two items
            if s.tokens[q] in self._joining:
                size, opened = 0, False
                continue
            if plain and q not in s.filler and (
                    s.tokens[q] in self._list_clauses
                    or (opened and s.tokens[q] in self._list_states)):
                # a plain "no"'s list ends at a clause of its own ("lost control of it", "bum
                # numb"); a letter's or a checklist's items are noun phrases ("bilateral leg
                # weakness", "saddle numbness")
                return None
            opened = opened or q not in s.filler
            if q not in s.filler and q not in s.inner:
                size += 1
                longest = max(longest, size)
        if not words or longest > _LIST_ITEM or any(
                q in s.who or q in s.breaks or q in s.mains or q in told for q in words):
            return None
        return p

    def _told_of(self, s: _Sentence, words: list[int]) -> set[int]:
        """The positions among `words` of the triggers that could read a sign of theirs: a
        rule for some signs only (`only`) whose signs the words do not name is no context of
        them ("back" or "legs" as the trigger of a rule for a tight chest does not end the
        list in "nil - saddle anaesthesia, retention, bilateral leg symptoms")."""
        named = frozenset().union(*(_concepts(c) for c in s.concepts if c.start in words))
        return {q for x, i in s.triggers
                if not self._rules[i].only or named & frozenset(self._rules[i].only)
                for q in range(x.start, x.end)}

    # ------------------------------------------------------------------ the message

    def whose(self, mentions: list[Mention]) -> None:
        """Decide whose back it is, and so the experiencer of every mention: `patient` (the
        writer, or, when the writer tells of no back problem or symptom of their own, someone
        the message says has the back problem: "my husband did his back in ... he can't
        pee"), `other` (another person, when the back problem is someone else's), `unsure`
        (another person, and the message says nothing of anyone's back: a carer may not
        say), `animal` or `thing`. A child's signs are the child's unless the child's back
        is named; someone in general ("can it make you wet yourself?") is another person."""

        def having(kinds: tuple[str, ...], concepts: frozenset[str], told: bool = False
                   ) -> list[Mention]:
            """The mentions that tell one of `kinds` has one of `concepts`."""
            return [m for m in mentions if m.experiencer in kinds and m.concepts & concepts
                    and not (told and m.asking) and not m.properties & _NOT_HAD]

        def has(kinds: tuple[str, ...], concepts: frozenset[str], told: bool = False) -> bool:
            return bool(having(kinds, concepts, told))

        # When the writer tells of their own back or symptoms too, the writer is the patient.
        # ... told, not asked: after a story of someone else's, "Can acupuncture address the
        # pain?" asks for them.
        # ... said so, not only in a sentence that names no one after another adult is told of
        # ("My husband's leg is so weak he can't lift it ... Sciatica 5 weeks."): that one's
        # back, as likely as the writer's
        named = [m.sentence for m in mentions if m.experiencer == OTHER and not m.bare]
        first = min(named, default=len(mentions) + 1)
        writer = has((WRITER,), self._own, told=any(m.experiencer in _NAMED for m in mentions)
                     ) and any(not (m.bare and m.sentence > first)
                               for m in having((WRITER,), self._own))
        # ... and so when they ask about their own exercises ("can I still do me exercises
        # while I'm looking after her?"): asked, but theirs
        # (never one asked for another: "what exercises could help him?" asks for him)
        for_another = {m.sentence for m in mentions if m.concepts & self._programme_for}
        writer = writer or any(m.experiencer == WRITER and m.concepts & self._programme
                               and not m.properties & (_NOT_HAD - {"asked", "hypothetical"})
                               and m.sentence not in for_another
                               for m in mentions)
        # ... never one said to have died ("my nan had cancer in her spine (she passed years
        # ago)"): no one is caring for them now
        gone = {(m.experiencer, m.person) for m in mentions
                if m.experiencer in SOMEONE and m.concepts & self._gone}
        # ... or a grown-up's pain in or down a leg, the sciatic pain itself ("pain in his
        # hip and down his leg"; a child's leg pain is the child's)
        living = [m for m in (*having(SOMEONE, self._back), *having((OTHER,), self._sciatic))
                  if (m.experiencer, m.person) not in gone]
        carer = not writer and bool(living)
        # ... and the patient is the one whose back it is, not everyone the carer names ("my
        # wife's back is bad, our son has a fever"), when each one with the back is known
        # by name: a person named in other words is someone else.
        backs = {m.person for m in living} if carer else set()
        known = bool(backs) and "" not in backs
        # ... and when two people write of their backs in one message ("mine's a bit better;
        # his back is worse at night, he's lost weight"), each one told to have it now is a
        # patient too: a household is two patients, not a patient and a bystander
        # (a partner only, told of as having a back that hurts now: a friend's or a
        # relative's back told beside one's own is a reason to worry or a comparison, "my
        # friend had cancer in her spine", "my colleague's sciatica lasted 3 months, mine's 1
        # week", and a partner's told in the past tense is a story, "my husband's sciatica
        # went after 6 weeks of physio")
        both = {(m.experiencer, m.person) for m in living
                if writer and m.experiencer == OTHER and m.person in self._shares
                and m.concepts & self._shares_by
                and not m.asking and not m.properties & _NOT_NOW_BACK and "now" in m.properties}
        # ... and so is the one told of when the writer says in one sentence that the two
        # share it ("both of us have sciatica!! Mine: 2 weeks. His: 2 months, not shifting")
        # ... and so is one the writer gives a line of their own in a list of cases ("me:
        # sore back. him: weaker each day in his ankle"), told of now: a case put to us
        listed = writer and any(m.listed for m in mentions)
        backs_told = {m.sentence for m in having((WRITER,), self._back)}
        shared = writer and any(m.experiencer == WRITER and m.concepts & self._together
                                and m.sentence in backs_told
                                and not m.properties & (_NOT_HAD | _LONG_PAST)
                                for m in mentions)
        for m in mentions:
            if (carer and known and m.experiencer in SOMEONE and m.person
                    and m.person not in backs):
                m.experiencer = OTHER
            elif (m.experiencer in (WRITER, NEUTRAL) or (carer and m.experiencer in SOMEONE)
                  or (m.experiencer, m.person) in both
                  or (listed and m.listed and not m.properties & _NOT_NOW_BACK)
                  or (shared and m.experiencer == OTHER and m.person in ("", *self._shares)
                      and not m.properties & _LONG_PAST)):
                m.experiencer = "patient"
            elif m.experiencer == OTHER:
                m.experiencer = OTHER if writer else "unsure"
            elif m.experiencer == ANYONE and ("own" in m.properties
                                              or self._told_of_self(m, writer or carer)):
                m.experiencer = "patient"  # "is it normal for the disc to make you ...?"
            elif m.experiencer in (ANYONE, CHILD):
                m.experiencer = OTHER

    @staticmethod
    def _told_of_self(m: Mention, story: bool) -> bool:
        """Whether a sign told of "you" or "one" is the writer's own, told in the generic
        voice ("you stand there and nothing comes", "now you can't feel the seat"): "you",
        never "someone" or "people", in a sentence that tells (not asks), not imagined,
        denied or said for effect, and either tied to now or in a message where the writer
        tells of their own back. "What happens if you can't pee?", "can you get foot drop
        from sciatica?" and "does it mean anything if you can't feel the paper?" still ask."""
        if m.person != YOU or m.question or m.properties & _NOT_HAD:
            return False
        return story or "now" in m.properties or m.firm_now


_NOUN_BEFORE = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "your", "this",
                          "that"})
"""A word one of these comes before is a noun, never a break of the sentence ("keeled over at
the till": the shop's till, not "until")."""


def _just_after(tokens: list[str], p: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether the word at `p` is one of the first two after one of `phrases`: after words
    that say who the writer is ("I'm a tap dancer", "I work as a dog walker": the writer's
    trade, not a thing or an animal), or after a comparison ("sick as a dog", "sleeping like
    a newborn baby": a likeness, not one whose words follow)."""
    return any(tuple(tokens[q - len(ph):q]) == ph
               for q in (p, p - 1) if q > 0 for ph in phrases)
