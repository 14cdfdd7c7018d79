"""Find red flags in a message, before anything else is done with it, and read each in context.

Concept phrases come from `knowledge/triage.yaml` ("can't" + "pee", "numb" + "between my
legs"); a red flag is found when every concept of one of its patterns is mentioned in one
sentence or two neighbouring ones. `context` then gives each mention its properties (denied,
past, imagined, asked about, figurative, whose), and `reply` in triage.yaml says what each
property does: a sign reported now, for the person with the back problem, gets the warning;
a sign asked about, imagined or someone else's gets the normal answer with a calm note; a
sign denied, over or figurative gets nothing. A long duration ("since March", "ten weeks")
with an ongoing symptom is persistent pain.

Missing a red flag is the worst bug this project can have, so where the context is unclear
the sign counts: only a trigger within reach takes it away, and nothing hides an emergency
that is reported in another part of the message.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from difflib import SequenceMatcher
from itertools import pairwise, product
from typing import Any

from bot.engine.context import (
    ANYONE,
    ASIDE,
    GONE,
    MAIN_CLAUSE,
    MARKS,
    OPENERS,
    OTHER,
    RETURNED,
    SEPARATOR,
    SOMEONE,
    STATEMENT,
    THING,
    WRITER,
    WRITER_VOICE,
    ContextReader,
    Mention,
    PhraseIndex,
    Span,
    Speaker,
    Voice,
    clause_numbers,
    look_alike,
    names_someone,
)
from bot.engine.course import BETTER, SAME, WORSE, Course, CourseReader
from bot.engine.dictated import RUN_ON, Dictated
from bot.engine.durations import (
    DATE_NAMES,
    MONTH_NAMES,
    TIME_WORDS,
    VAGUE,
    ago_at,
    began_at_birth,
    clinical_days,
    durations_in_days,
    may_say_a_duration,
    numeric_dates,
    reference,
    reference_day,
    said_weekly,
    stages_now,
    unit_of,
    words_besides_time,
    work_pattern,
)
from bot.engine.learned import adds_beside, calmed_flags, opinion, speaks
from bot.engine.numbers import (
    AFTER_AGE_HAD,
    AGE_HAD_BY,
    AGE_WORDS,
    CARDINALS,
    OLDEST,
    OUT_OF_TEN,
    UNITS,
    YEARS,
    age_had,
    number_at,
)
from bot.engine.phrase_set import PhraseSet
from bot.engine.shapes import Shapes
from bot.engine.text import (
    Analyzer,
    fold,
    frequent_words,
    phrase_at,
    sentences_asked,
    stem,
    tokenize,
)
from bot.knowledge import CONTEXT, LEVELS, Kinds, Knowledge, RedFlag, clause_sign
from bot.knowledge.learned import LearnedModel

_CLAUSE = re.compile(r"[,:()\[\]]|\s[-–—]\s")
_OUT_OF_TEN = re.compile(OUT_OF_TEN, re.IGNORECASE)
"""A pain or strength score ("5/10", "7 out of 10"): its 10 is no count of the unit said
after it ("my sciatica 5/10 wk 1" is a first week, never ten weeks)."""
_DECIMAL = re.compile(r"(\d)[.,](\d)")
_QUESTION = re.compile(
    rf"^\W*(?:(?:{'|'.join(OPENERS)})\W+)*"
    r"(what|whats|how|why|when|which|can|could|should|is|are|do|does|will|would|"
    r"any|anything|anyone|anybody|tips|advice|ideas|suggestions)\b",
    re.IGNORECASE,
)
"""A sentence that starts like this is the writer asking ("Any tips for lifting ...?"), after
a word that opens it too ("Anyway, is swimming good for it?")."""
_ELLIPSIS = re.compile(r"\.{2,}|…")  # "a massive fall... in the rankings" is one thought
_PERCENT = re.compile(r"(\d)\s*%")
_ONE_SIDE = "left|right|one|other"
_OWNERS = "my|his|her|your|their|the|this|that|me|mi|ma"
_SAID_WELL = re.compile(r"\s+(?:strong|fine|normal|ok|okay|good|grand)\b", re.IGNORECASE)
"""What may follow "leg's" not named by its side: the legs said to work ("Leg's strong
otherwise"), read as written, as a plural that tells of both is harmless there."""


def _one_of_plural(match: re.Match[str]) -> str:
    """"Leg's" read as its one ("my leg's a bit dead": "leg is"), unless only an owner or
    nothing came before it and it is said to work (`_SAID_WELL`): left as written."""
    side = match.group(1).strip().lower()
    if side not in _ONE_SIDE.split("|") and _SAID_WELL.match(match.string, match.end()):
        return match.group(0)
    return match.group(1) + match.group(2)
_PLURAL_VERBS = ("are|were|have|r|feel|feels|keep|go|get|dont|don['’]t|give|both|tingle|ache|hurt"
                 "|buckle|arent|aren['’]t")
_WHERE_WORDS = 3  # the most words a sentence that only says where has ("My right leg.")
_LIST_ITEMS = 3  # the fewest items a sentence that is only a list has ("Sitting, lying, heat.")
_HEADING = r"^\W*?(?:[a-z]+(?:\s+[a-z]+){0,3}\s*:\s*)?"
"""What a list may open with before its first mark ("Q:", "symptoms today:")."""
_DATED_FROM = ("since", "from", "after")
"""Words that count from a day: a season or a holiday after one of them is a date."""
_OVER_SINCE = ("since",)
"""A sentence that says something is over counting from then ("All sorted since.", "Been
normal ever since the op.") dates what the sentence before told: it was over before now.
There "ever since" counts from the episode: no sign of its own ("Been fine ever since.")."""
_EVER = ("ever",)
_FROM_WORDS = 3
"""At most this many words between a word of `_DATED_FROM` and the day's name ("since the
end of the summer")."""
_EVENT_WORDS = 2
"""At most this many words after a day's name name its event ("the Easter egg hunt")."""
_ITEM_MARKS = (
    (re.compile(_HEADING + r"[-•*–]", re.I), re.compile(r"\s+[-•*–]+(?=\s*\w)")),
    (re.compile(_HEADING + r"\(?\d{1,2}\)", re.I), re.compile(r"\s+\(?\d{1,2}\)(?=\s*\w)")),
    (re.compile(_HEADING + r"\(?[a-hA-H]\)", re.I), re.compile(r"\s+\(?[a-hA-H]\)(?=\s*\w)")),
)
"""A list typed on one line, as its opening mark shows ("- sore back - leg numb", "1) ... 2)
...", "a) ... b) ..."): each item is a statement of its own, as it would be on a line of its
own, so no context rule reaches from one item into the next ("- can't pee properly - back
same as usual": the usual is the back's)."""
"""A share typed with its sign ("90% gone") is read as said ("90 percent gone")."""
_FALL = 0.98
"""A later reading at or under this share of the first is a fall (2%: scales wander less)."""
LEARNED = "learned"
"""A finding's source when the learned second reader made it (bot/engine/learned.py)."""
_RANK = {"drop": 0, "note": 1, "warn-now": 2, "warn": 3}
RISK = "risk"
"""A finding's property when it is a risk factor said beside what it needs, not a sign."""
_DISCOUNTED = frozenset({"negated", "normal", "explained", "figurative", "historical",
                         "resolved", "brief", "usual"})
_UNTOLD = _DISCOUNTED | frozenset({"asked", "hypothetical", "possible"})
"""What makes a mention no sign the writer tells of their own (`Triage._taken_over`)."""
_FIGURES = frozenset({"figurative"})
"""A figure of speech in the clause of a time names nothing that lasted ("now the conkers
are falling" tells the season, no one falls)."""
_NOT_AN_AGE = frozenset({"minut", "min", "mins", "hour", "hr", "hrs", "second", "sec", "secs",
                         "day", "week", "wk", "wks", "mile", "km", "metr", "meter", "feet",
                         "foot", "step", "percent", "pound", "kg", "stone", "lb", "lbs",
                         "ft", "cm", "inch"})
"""Words after a number that make it something other than an age ("when I was 30 minutes
into my walk"; a height, "im 6ft4", venting39)."""
_CLOCK = frozenset({"am", "pm", "oclock", "o", "point", "ish", "hundred", "h", "mph", "kph",
                    "degre", "degree", "c", "f"})
"""Words after a number that make it a time of day or a measure, not an age ("at 14 00")."""
_DECADE_END = frozenset({"s"})
"""What ends a decade written in digits: "60s", "60's"."""
_MONTHS = ("month", "mth", "mths")
"""With `YEARS`, units of time: after one, a number is an age only when "old" follows."""
_REFERRING = frozenset({"that", "this", "it", "which"})
_WAS = frozenset({"was", "were", "happened"})
"""How a sentence that dates the one before starts ("That was ...", "This was ...")."""
_NOT_PATIENT = frozenset({"other", "animal", "thing"})
_OTHERS = frozenset({"other", "animal"})
"""Someone else, a person or an animal: not a thing said to speak ("the website says")."""
_PARTICIPLE = "ing"
_PAST_AUXILIARY = frozenset({"was", "were", "wasnt", "werent", "had"})
_PAST = frozenset({"historical", "resolved"})
_ENDED = frozenset({"resolved", "negated", "normal"})
"""What a sign said in a sentence that says a story is over may be and still leave it
saying only that: over, denied ("all good since, no problems at all") or working normally."""
_KEPT = _PAST | {"explained", "usual"}
"""What a sign named again keeps of the one told before: its time, and its ordinary cause
or the person's usual (stop 40, alarms40: "leaking when I sneeze since my second baby ... The
leaking hasn't changed"), each read message-wide already for a change said anywhere."""
_DEFINITE = frozenset({"the", "that"})  # a sign named again as the one told before
"""A sentence's mentions that put it in the past (`past_sentences`)."""
_NOT_NOW = _DISCOUNTED | {"earlier", "hypothetical", "asked"}
"""What makes a sign not happening now: discounted, earlier, imagined or asked about."""
_CAPITALISED = re.compile(r"\b([A-Z][a-z]{2,})(['’]s\b)?(?=\W|$)")
"""A word written with a capital, with its "'s" if it owns something: a name when it is no
word of ours and a person's verb follows it, or it owns what a person does."""
_NEXT_WORD = re.compile(r"\s+([A-Za-z'’]+)")
_LAST_WORD = re.compile(r"([A-Za-z'’]+)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n:;\"“(•]|\s[-–—])\W*$")
_STAMP = (r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+)?"
          r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ \t]?[apAP]\.?[mM]\.?)?")
_LABEL = r"[^\W\d_][\w'’]*(?:[ \t][^\W\d_][\w'’]*)?"
_TURN = re.compile(
    rf"(?:^|(?<=\s))(?:\[(?P<inside>{_LABEL})[ \t]+{_STAMP}\]:?"  # [Sis 19:40]
    rf"|(?P<named>{_LABEL})[ \t]+\(?{_STAMP}\)?[ \t]*:"  # Mum 21:40: / Keith (21:40):
    rf"|(?P<stamp>\[{_STAMP}[^\]\n]{{0,16}}\]|{_STAMP}(?:[ \t]+[-–—])?)?"  # [21:40] / 21:40 -
    rf"[ \t]*(?P<label>{_LABEL})[ \t]*:)"
    rf"(?=\s|$)")
"""A speaker's label opening a line of a pasted chat or text thread: "Mum:", "[21:40] Keith:",
"14:22 Pete:", "[Sis 19:40]", "Keith (21:40):", and as chat apps export them, "[05/12/2026,
21:40:12] Keith:" and "05/12/2026, 21:40 - Keith:" (a time, or one or two words and a
colon)."""
_LINE_ENDS = ".!?;\n"
"""What a line about someone ("him: ...") follows, when it does not open the message."""
_NAME = re.compile(r"[A-Z][a-z]+")
"""A name as labels write one: a capital, then small letters ("Keith", never "PMH")."""
_COMMON_NAMES = 2_000
"""A word among the most frequent English ones is no name, even capitalised ("And",
"Will")."""
_TITLE_CASE = 0.3
"""Above this share of capitalised words a message is written in title case: no names."""
_NEAR = 3
"""How many words may stand between a sign word and the part it is said of ("numbness in my
left foot")."""
_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
"""A number said as an ordinal ("72nd"), as a birthday is."""


@dataclass(frozen=True)
class Finding:
    """One red flag found and what its context makes of it: `reply` is warn (the warning),
    note (the normal answer and a calm line on the sign) or drop (nothing). `concepts` says
    which pattern fired; `properties` and `experiencer` say why (never the message text)."""

    flag: RedFlag
    concepts: tuple[str, ...]
    reply: str = "warn"
    properties: frozenset[str] = frozenset()
    experiencer: str = "patient"
    source: str = "rules"  # or "learned": the second reader warned where the rules did not
    chance: float | None = None  # the learned reader's chance that the message tells of a sign

    def to_json(self) -> dict[str, Any]:
        return {
            "flag": self.flag.id,
            "level": self.flag.level,
            "source": self.source,
            **({"chance": round(self.chance, 3)} if self.chance is not None else {}),
            "concepts": list(self.concepts),
            "reply": self.reply,
            "experiencer": self.experiencer,
            **{name: name in self.properties for name in CONTEXT},
        }


@dataclass(frozen=True)
class Reading:
    """All findings, most severe first, and the words of the symptoms the message denies
    ("no numbness"): those are context for matching, not the question."""

    findings: tuple[Finding, ...]
    denied: frozenset[str]
    timed: bool = False  # the rules counted a time too short for a warning, or getting better
    told: frozenset[tuple[str, str]] = frozenset()  # each concept the message names, and whose
    # ... and each mention's context properties (concept, whose, properties): the learned
    # reader's gates read whether a concept is told as going on (not denied, asked, over)
    contexts: frozenset[tuple[str, str, frozenset[str]]] = frozenset()
    lasted: int = 0  # the longest time in days the rules counted the message to tell (0: none)

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.reply == "warn"]

    @property
    def notes(self) -> list[Finding]:
        return [f for f in self.findings if f.reply == "note"]


@dataclass(frozen=True)
class _Measure:
    """A `measured` entry compiled: its concept, least number, units (stems) and the phrases
    around the number that make it so or something else."""

    concepts: frozenset[str]
    least: int
    units: frozenset[str]
    not_after: frozenset[tuple[str, ...]]
    after: frozenset[str]
    within: int
    not_before: frozenset[tuple[str, ...]]


def _told_after(tokens: list[str], spans: list[Span], i: int, after: frozenset[str],
                within: int) -> bool:
    """Whether a span of one of the concepts `after` ends before `i` with at most `within`
    words between, none a mark: the number is what that act told of ("took about 20")."""
    return any(s.labels & after and s.end <= i and i - s.end <= within
               and not any(t in MARKS for t in tokens[s.end:i]) for s in spans)


def _items(line: str) -> str:
    """A list typed on one line (it opens with a list's mark and has a second one) with
    each item on a line of its own."""
    for opens, mark in _ITEM_MARKS:
        if opens.match(line) and mark.search(line):
            return mark.sub("\n", opens.sub("", line, count=1))
    return line


def _after_one_of(tokens: list[str], i: int, phrases: Iterable[tuple[str, ...]]) -> bool:
    """Whether one of `phrases` is said right before position `i` ("when I was" before 15)."""
    return any(tuple(tokens[i - len(key): i]) == key for key in phrases)


def _clause_before(tokens: list[str], start: int) -> list[str]:
    """The words of the clause just before the one starting at `start`."""
    end = start
    while end > 0 and tokens[end - 1] in MARKS:
        end -= 1
    begin = end
    while begin > 0 and tokens[begin - 1] not in MARKS:
        begin -= 1
    return tokens[begin:end]


def _yes_only(replies: list[tuple[int, str, int]], words: list[str]) -> bool:
    """Whether a sentence is nothing but a yes to the one before ("it says loss of feeling
    when you open your bowels. yes. didn't feel it come out"): what it agrees to and what the
    writer tells after it are one account, read together."""
    return (len(replies) == 1 and replies[0][0] == 0 and replies[0][2] == len(words)
            and replies[0][1] in ("confirm", "report"))


def _overlap(mentions: list[Mention]) -> bool:
    """Whether two of these mentions share words: the same phrase read as two concepts."""
    spans = sorted((m.sentence, m.start, m.end) for m in mentions)
    return any(a[0] == b[0] and b[1] < a[2] for a, b in pairwise(spans))


class Triage:
    """Compiled triage rules: build once per knowledge base, then `read` each message."""

    def __init__(self, kb: Knowledge, analyzer: Analyzer, shapes: Shapes) -> None:
        rules = kb.triage
        self._kb = kb
        self._analyzer = analyzer
        # An exercise described by its shape is no sign, as its name is not: "lying on my
        # tummy pushing up with my arms so my chest lifts", "I wobble on one leg pulling my
        # foot back" (bot/engine/shapes.py; a sign beside the description is still read).
        # The knowledge base's one Shapes, compiled at load for every part that reads them.
        self._shapes = shapes
        self._reply = rules.reply
        self._patterns = {
            flag: rules.patterns[flag] for flag in (f.id for f in kb.redflags.flags)
            if flag in rules.patterns
        }
        # Signs of a kind people spread over a whole message ("Sorted my will. ... Thanks
        # for everything."): their concepts may be said in any sentence.
        self._across = {flag: rules.across.get(flag, ()) for flag in self._patterns
                        if flag in rules.across or flag in rules.kinds}
        # ... or read by their categories: which a message says, then which pairs of them.
        self._kinds = {flag: rules.kinds[flag] for flag in self._patterns if flag in rules.kinds}
        self._across_seen = {flag: frozenset(frozenset(c) for c in combos)
                             for flag, combos in self._across.items()}
        # A part of the body and a change said in words too common to mean a sign a
        # sentence apart ("my knee folds", never "my knee hurts. I fold the washing"): one
        # clause.
        self._in_clause = {flag: rules.in_clause[flag] for flag in self._patterns
                           if flag in rules.in_clause}
        self._flags = sorted(kb.redflags.flags, key=lambda f: LEVELS.index(f.level))
        self._signs = frozenset(
            c for patterns in (rules.patterns, rules.across, rules.in_clause,
                               *(kinds.signs for kinds in rules.kinds.values()))
            for combos in patterns.values() for combo in combos for c in combo
        ) - set(rules.topics)  # never the key words (`words`): none is a sign of itself
        # The key words of categories (`words`, `in_clause`) that no pattern names: each alone
        # is ordinary ("fine", "sitting"), so it never tells that someone's sign is going on.
        self._key_words = frozenset(
            c for kinds in rules.kinds.values()
            for signs in (kinds.words, kinds.in_clause) for combos in signs.values()
            for combo in combos for c in combo) - self._signs
        self._by_id = {f.id: f for f in kb.redflags.flags}
        # Each flag's own signs: what a message must name for the learned reader to warn of it
        # where learned.yaml's `about` gate asks for that flag's own concepts.
        self.flag_signs = {
            flag: frozenset(c for combos in (
                rules.patterns.get(flag, ()), rules.across.get(flag, ()),
                rules.in_clause.get(flag, ()),
                *(rules.kinds[flag].signs.values() if flag in rules.kinds else ()))
                for combo in combos for c in combo) & self._signs
            for flag in self._by_id}
        # The signs of the body (`symptoms`): a denied one is context for matching, never
        # the question ("no numbness, what stretches?"). Only these, so a concept of a
        # thought or a plan added to triage.yaml ("no way of ...") moves no question.
        self._symptom_signs = frozenset(c for flag in rules.symptoms
                                        for c in self.flag_signs.get(flag, ()))
        self._risks = {flag: combos for flag, combos in rules.risks.items()
                       if flag in self._by_id}
        index = PhraseIndex(analyzer, rules.soft_words, rules.dropped_words,
                            rules.dropped_inside, rules.dropped_into)
        # Words a short reply may have around it ("it has now", "no, nothing like that").
        self._quiet = (analyzer.stems_of((*rules.soft_words, *rules.filler))
                       - analyzer.stems_of(rules.telling)) | {MAIN_CLAUSE, ASIDE, STATEMENT}
        self._replies = {
            key: kind
            for kind, terms in (("confirm", rules.confirm), ("deny", rules.deny),
                                ("report", rules.report), ("report_start", rules.report_start))
            for key in (tuple(t for t in analyzer.tokens(term) if t not in self._quiet)
                        for term in terms)
            if key
        }
        # The words a reply clause can start with (its own first word, or a quiet one).
        self._reply_starts = frozenset(k[0] for k in self._replies) | self._quiet
        # A side said alone ("foot drop?? left.") tells where the sign is: only a word that
        # limits it ("just the left", "only the left") makes it a denial of the other side.
        self._sides = analyzer.stems_of(rules.telling)
        self._taken_since = frozenset(rules.taken_since)
        # The concepts that are a warning sign by themselves ("foot drop")
        self._whole_signs = frozenset(combo[0] for combos in rules.patterns.values()
                                      for combo in combos if len(combo) == 1)
        # The concepts that echo no asked sign (`_echoed`): places, a back problem and the
        # words of pain that lasts
        self._echo_plain = (self._reply.places | set(rules.people.back)
                            | set(rules.duration_needs)
                            | self.flag_signs.get(rules.duration_flag, frozenset()))
        # left55: what each sign word is read with in one clause (`in_clause`: "can't go at
        # all" with peeing): a question about that, then the writer's own sign word of it in
        # the next sentence, is the writer's own (`_echoed`)
        paired: dict[str, set[str]] = {}
        for combos in rules.in_clause.values():
            for combo in combos:
                for c in combo:
                    paired.setdefault(c, set()).update(set(combo) - {c})
        self._read_with = {c: frozenset(found) for c, found in paired.items()}
        # ... and what someone named tells of it, after their name ("Dad mentioned it"): the
        # words that name another person, and what they tell
        people = kb.triage.people
        writer = analyzer.stems_of(people.writer)
        self._tellers = analyzer.stems_of((*people.others, *people.children, *people.pronouns)
                                          ) - writer
        self._teller_words = self._tellers | analyzer.stems_of(people.determiners) | writer
        # ... word for word ("has it now", never "my friend has it": "now" is a quiet word)
        self._told_by = frozenset(tuple(analyzer.tokens(term)) for term in rules.told_by)
        self._told_alone = frozenset(tuple(analyzer.tokens(term)) for term in rules.told_alone)
        self._not_started = frozenset(rules.not_started)
        self._mine = analyzer.stems_of(rules.mine)
        # "you" said of anyone ("it can make your legs numb"): a claim put generally
        self._generic_you = analyzer.stems_of(people.chat_you)
        self._mine_leads = analyzer.stems_of(rules.mine_leads)
        self._mine_verbs = analyzer.stems_of(rules.mine_verbs)
        self._mine_then = analyzer.stems_of(rules.mine_then)
        self._mine_turned = analyzer.stems_of((*rules.mine_turned, *rules.yes_turned))
        self._mine_ends = analyzer.stems_of(rules.mine_ends)
        self._mine_selves = analyzer.stems_of(rules.mine_selves)
        self._mine_recent = PhraseSet(analyzer.phrases_of(rules.mine_recent))
        self._mine_dated = analyzer.stems_of(rules.mine_dated)
        self._mine_lost = analyzer.stems_of(rules.mine_lost)
        self._mine_lasting = PhraseSet(analyzer.phrases_of(rules.mine_lasting))
        self._mine_lasting_then = analyzer.stems_of(rules.mine_lasting_then)
        self._mine_lost_of = frozenset(rules.mine_lost_of)
        self._views = analyzer.stems_of(rules.views)
        self._made_light = analyzer.stems_of(rules.made_light)
        self._returned = PhraseSet(analyzer.phrases_of(rules.returned))
        self._admits = PhraseSet(analyzer.phrases_of(rules.admits))
        self._admits_after = analyzer.stems_of(rules.admits_after)
        # A case put for study or as a test: its marks, the writer's words about it, and
        # what a clause says that makes it the writer's own account (`frames`).
        frames = rules.frames
        self._frame_marks = PhraseSet(analyzer.phrases_of(frames.marks))
        self._frame_said = PhraseSet(analyzer.phrases_of(frames.said))
        self._frame_own = analyzer.stems_of(frames.own)
        self._frame_now = PhraseSet(analyzer.phrases_of(frames.now))
        self._frame_kin = frozenset(frames.kin)
        self._kin_words = PhraseSet(analyzer.phrases_of(
            term for group in frames.kin for term in kb.triage.people.same.get(group, ())))
        self._case_people = analyzer.stems_of(frames.cases)
        self._returned_after = analyzer.phrases_of(rules.returned_after)
        self._report_sizes = sorted({len(k) for k, kind in self._replies.items()
                                     if kind == "report_start"}, reverse=True)
        self._neutral = frozenset(rules.duration_neutral)
        self._dated = frozenset(rules.duration_dated)
        self._begun = analyzer.stems_of(rules.duration_begun)
        self._owned = frozenset(rules.duration_owned)
        self._owned_unless = analyzer.stems_of(rules.duration_owned_unless)
        self._earlier_for = frozenset(rules.duration_earlier_for)
        # a sentence only of where ("Right leg."), and the small words it may have besides
        self._where = frozenset(rules.where_only)
        self._soft_words = analyzer.stems_of((*rules.soft_words, *rules.dropped_words))
        # (read without the small words of `soft`, as the sentence is: "never used to")
        self._new_after = frozenset(tuple(w for w in phrase if w not in self._soft_words)
                                    for phrase in analyzer.phrases_of(rules.new_after))
        self._began = frozenset(rules.duration_began_with)
        self._began_unless = frozenset(rules.duration_began_unless)
        self._short_for = frozenset(rules.duration_short_for)
        self._short_easing = frozenset(rules.duration_short_easing)
        self._timed_for = frozenset(rules.duration_timed_for)
        self._intense_for = frozenset(rules.duration_intense_for)
        self._intense_unless = frozenset(rules.duration_intense_unless)
        self._names = frozenset(rules.duration_names)
        self._chronic_for = frozenset(rules.duration_chronic_for)
        self._changed = analyzer.stems_of(rules.changed)
        self._no = analyzer.phrases_of(rules.plain_no) | {(word,) for word in rules.plain_no}
        self._writer = analyzer.stems_of(kb.triage.people.writer)
        self._affirming = analyzer.stems_of(rules.no_turned)
        self._item_no = analyzer.stems_of(rules.item_no)
        self._item_trouble = analyzer.stems_of(rules.item_trouble)
        self._yes = analyzer.stems_of(rules.plain_yes)
        self._yes_turned = analyzer.stems_of(rules.yes_turned)
        self._unchanged = analyzer.stems_of(rules.unchanged)
        self._same_as = analyzer.phrases_of(rules.same_as)
        self._same_times = analyzer.stems_of(rules.same_times)
        self._same_reach = rules.same_reach
        self._tied = analyzer.stems_of(rules.tied)
        # The small words that place a sign on a part ("an ache in my lower back").
        self._placing = analyzer.stems_of((*kb.triage.people.of,
                                           *kb.triage.people.determiners,
                                           *kb.triage.people.writer))
        # The signs that can be someone's usual: a clause that tells none of them beside the
        # back ("the back pain is the new thing") is about the back itself.
        self._usual_signs = frozenset(rules.duration_chronic_for) | frozenset(
            c for rule in rules.context if rule.category == "usual" for c in rule.only)
        self._lasting = frozenset(rules.duration_needs)
        self._no_better = frozenset(rules.duration_unchanged)
        self._pregnancy = PhraseSet(analyzer.phrases_of(rules.duration_pregnancy))
        # A writer who corrects themself: an ellipsis before the marker ends the clause it
        # corrects ("numb... well, more like the thigh"), and a count said again after one
        # replaces the first ("3 months... sorry, 3 weeks").
        said_markers = "|".join(
            re.escape(m).replace(r"\ ", r"\s+")
            for m in sorted(rules.corrections.markers, key=len, reverse=True))
        self._repair = re.compile(rf"(?:\.{{2,}}|…)(?=\s*(?:{said_markers})\b)", re.I)
        count = (r"(?:\d+(?:\.\d+)?|a|an|a\s+few|a\s+couple\s+of|few|couple\s+of|"
                 + "|".join(CARDINALS) + r")")
        unit = r"(?:days?|weeks?|wks?|fortnights?|months?|mths?|years?|yrs?)"
        self._recount = re.compile(
            rf"\b{count}\s+{unit}\b(?=[\s,.…!?\x00-]*(?:{said_markers}|no|nope|sorry|oops)\b"
            rf"[\s,.…!-]*(?:(?:more|nearer|closer)\s+(?:like|to)|like|about|around|"
            rf"actually|its|it's|only|just|make\s+that)?\s*{count}\s+{unit}\b)", re.I)
        self._light = analyzer.stems_of((*kb.language.stopwords, *rules.duration_light,
                                         *TIME_WORDS)) | MARKS
        # Never a word that joins: the corrector reads "an" (an amount: "an hour") as "and".
        self._joins = analyzer.stems_of(rules.duration_part_ends) | {MAIN_CLAUSE}
        self._times = analyzer.stems_of(TIME_WORDS) - self._joins
        self._self_told = PhraseSet(analyzer.phrases_of(rules.duration_self))
        self._pointing = analyzer.stems_of(rules.duration_refers)
        self._date_names = analyzer.stems_of(DATE_NAMES)
        self._dated_from = analyzer.stems_of(_DATED_FROM)
        self._over_since = analyzer.stems_of(_OVER_SINCE)
        self._counting = self._over_since | analyzer.stems_of(_EVER)
        self._continuing = frozenset(analyzer.phrases_of(rules.duration_continuing))
        self._aged = frozenset(rules.duration_aged)
        self._vocabulary = analyzer.vocabulary
        people = rules.people
        self._pronouns = frozenset(fold(w) for w in people.pronouns)
        self._beings = frozenset(fold(w) for w in (
            *people.animals, *people.others, *people.children) if " " not in w)
        self._named_by = frozenset(fold(w) for w in people.named_by)
        self._named_owns = frozenset(fold(w) for w in people.named_owns)
        self._common = frozenset(frequent_words(_COMMON_NAMES))
        self._chat_not = analyzer.stems_of(people.chat_not)
        # Concepts read in the words as written ("legs", not its stem "leg") are looked up
        # apart from the others, by their words.
        written = frozenset(rules.as_written)
        self._written: dict[tuple[str, ...], frozenset[str]] = {}
        for concept, terms in rules.concepts.items():
            for term in terms:
                if concept in written:
                    key = analyzer.spelled_words(term)
                    self._written[key] = self._written.get(key, frozenset()) | {concept}
                else:
                    index.add(term, concept, droppable=True)
        # "Left leg's numb" is one leg ("leg is"), never "legs": a plural of `as_written`
        # said with an apostrophe after a side is read as its one, unless a verb of the
        # plural follows it, as the grocer's apostrophe writes one ("left leg's are numb")
        plurals = sorted({term[:-1] for concept in written for term in rules.concepts[concept]
                          if " " not in term and term.endswith("s") and len(term) > 3})
        # (stop 40, alarms40: after an owner word or opening its clause too, "my leg's a bit
        # dead", "leg's gone numb": "leg is"; never after "both" or "two")
        self._singular = re.compile(
            rf"(?<!\bboth\s)(?<!\btwo\s)(?<!\b2\s)(?<![\w'’])((?:(?:{_ONE_SIDE}|{_OWNERS})\s+)?)"
            rf"(?<!\bboth\s)(?<!\btwo\s)(?<!\b2\s)"
            rf"({'|'.join(map(re.escape, plurals))})['’]s\b"
            rf"(?!\s+(?:{_PLURAL_VERBS})\b)", re.IGNORECASE) if plurals else re.compile(r"(?!)")
        # The same phrases by their first word, each with its place in `_written`.
        self._written_first: dict[str, list[tuple[int, tuple[str, ...], frozenset[str]]]] = {}
        for order, (key, concepts) in enumerate(self._written.items()):
            if key:
                self._written_first.setdefault(key[0], []).append((order, key, concepts))
        # An exercise's name is no sign and names no one: "knee to chest", "upward dog".
        names = [name for ex in kb.exercises for name in (ex.title, *ex.aliases)]
        self._context = ContextReader(rules, index, names)
        index.freeze()
        self._index = index
        self._ages = analyzer.phrases_of(rules.ages)
        self._age_before = analyzer.phrases_of(rules.age_before)
        self._age_after = analyzer.phrases_of(rules.age_after)
        # A concept said by a number and a unit ("fell about 4m"): its least, units, and the
        # words that make the number something else before it ("I'm 6 foot")
        self._measured = [
            _Measure(frozenset({m.concept}), m.least, analyzer.stems_of(m.units),
                     analyzer.phrases_of(m.not_after), frozenset(m.after), m.within,
                     analyzer.phrases_of(m.not_before))
            for m in kb.triage.measured]
        self._age_had_by = analyzer.phrases_of(AGE_HAD_BY)
        self._years = analyzer.stems_of(YEARS)
        self._compared = analyzer.stems_of(rules.compared_years)
        self._compared_glue = analyzer.stems_of(rules.compared_glue)
        self._spans = self._years | analyzer.stems_of(_MONTHS)
        self._after_age_had = analyzer.stems_of(AFTER_AGE_HAD) | {SEPARATOR, STATEMENT}
        self._is = tuple(analyzer.tokens("is"))
        self._age_is_from = rules.age_is_from
        self._age_groups = rules.age_groups
        self._age_tags = analyzer.stems_of(rules.age_tags)
        self._age_opens_from = rules.age_opens_from
        self._age_opening = analyzer.phrases_of(rules.age_opening)
        self._age_own = analyzer.phrases_of(rules.age_own)
        self._age_then = analyzer.phrases_of(rules.age_then)
        self._age_decades = analyzer.phrases_of(rules.age_decades)
        self._age_later = analyzer.stems_of(rules.age_later)
        self._age_ordinal = analyzer.phrases_of(rules.age_ordinal)
        self._number_words = {stem: value for word, value in AGE_WORDS.items()
                              for stem in analyzer.tokens(word)}
        self._unit_words = {stem: value for word, value in UNITS.items()
                            for stem in analyzer.tokens(word)}
        self._functions = [frozenset(c) for c in rules.functions.values()]
        # Headings, longest first: "past medical history" before "history".
        self._headings = sorted(
            {(key, kind) for kind, terms in rules.sections.items() for term in terms
             if (key := tuple(analyzer.tokens(term)))},
            key=lambda heading: -len(heading[0]))
        self._conditions = analyzer.stems_of(rules.conditions)
        self._subjects = analyzer.stems_of(rules.subjects)
        self._whether_after = analyzer.stems_of(rules.whether_after)
        self._condition_joins = analyzer.stems_of(rules.condition_joins)
        self._main_opens = analyzer.stems_of(rules.main_opens)
        self._condition_times = analyzer.phrases_of(rules.condition_times)
        self._condition_ellipses = analyzer.stems_of(rules.condition_ellipses)
        # "Say my foot started dragging, what then?": a clause opened so supposes
        opens = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                         for w in sorted(rules.supposing, key=len, reverse=True))
        before = "|".join(re.escape(w) for w in rules.supposing_before)
        self._supposing = re.compile(
            rf"(^\s*|[.!?,;:]\s*)(?:{opens})\b(?=,?\s+(?:{before})\b)", re.I
        ) if opens and before else re.compile(r"(?!)")
        self._dictated = Dictated(rules.dictated)
        self._course = CourseReader(rules.course)
        # the words of a change in a course, for a sentence of someone else's course (alarms45)
        self._others_change = frozenset(rules.course.others)
        # the steps of care a question about lasting pain may name (scope47, `_care_asked`)
        self._asked_care = frozenset(rules.duration_asked_care)

    # ------------------------------------------------------------------ reading

    def _shaped(self, tokens: list[str]) -> list[Span]:
        """Where a sentence describes one of our exercises by its shape: look-alikes."""
        return [look_alike(a, b) for a, b in self._shapes.read(tokens).spans]

    def _tokens(self, sentence: str) -> tuple[list[str], list[Span]]:
        """The sentence's stems, clauses marked, and the spans of the concepts read in the
        words as written there."""
        tokens: list[str] = []
        written: list[Span] = []
        marks = _CLAUSE.findall(sentence)
        for number, clause in enumerate(_CLAUSE.split(sentence)):
            if number:  # even after an empty clause, so clause numbers stay aligned
                if marks[number - 1] in "()[]":
                    tokens.append(ASIDE)  # an aside in brackets keeps its words to itself
                tokens.append(SEPARATOR)
            # where a run-on line starts a new statement: no reach goes across it but a
            # cause's
            for piece_number, piece in enumerate(clause.split(RUN_ON)):
                if piece_number:
                    tokens.append(STATEMENT)
                start = len(tokens)
                tokens.extend(self._main_clause(list(self._analyzer.tokens(piece))))
                if self._written:
                    written.extend(self._as_written(piece, tokens, start))
        return tokens, written

    def _as_written(self, clause: str, tokens: list[str], start: int) -> list[Span]:
        """Where the clause's words as written say a concept of `as_written`; `start` is
        where the clause's stems begin in `tokens` (a main clause's mark is no word)."""
        clause = self._singular.sub(_one_of_plural, clause)
        words = self._analyzer.spelled_words(clause)
        hits = self._written_hits(words)
        if not hits:
            return []
        # The synonyms may say a phrase in fewer or more words ("lower leg" is "leg"): a
        # word as written is where the same word, or the one put for it, is in the stems.
        at = [k for k in range(start, len(tokens)) if tokens[k] != MAIN_CLAUSE]
        place: dict[int, int] = {}
        read = self._analyzer.context_words(clause)
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, words, read, autojunk=False
                                                   ).get_opcodes():
            if tag in ("equal", "replace") and i2 - i1 == j2 - j1:
                place.update((i1 + d, at[j1 + d]) for d in range(i2 - i1) if j1 + d < len(at))
            elif tag == "replace" and j2 - j1 == 1 and j1 < len(at):
                # several words put as one ("knocked back" is "take"): each is that one's place
                place.update((i, at[j1]) for i in range(i1, i2))
        return [Span(place[i], place[end - 1] + 1, concepts) for i, end, concepts in hits
                if i in place and end - 1 in place]

    def _written_hits(self, words: tuple[str, ...]
                      ) -> list[tuple[int, int, frozenset[str]]]:
        """Each phrase of `_written` said in `words`: (start, end, concepts). Looked up by
        each word, then put in the order of `_written` and of where in the words: the order
        a scan of every phrase along the words gives."""
        found = sorted((order, i, len(key), concepts) for i, word in enumerate(words)
                       for order, key, concepts in self._written_first.get(word, ())
                       if words[i:i + len(key)] == key)
        return [(i, i + size, concepts) for _, i, size, concepts in found]

    def _main_clause(self, tokens: list[str]) -> list[str]:
        """A condition ends where the main clause starts, said or not with a comma: "if
        this pain doesn't go I'm ...", "if the scan shows nothing then I ...". The main
        clause starts at the first subject ("I", "she") after the condition has said
        something (two words or more, or one that stands for a whole clause: "if not I'm
        done"), unless "and" or "or" joins it to the condition."""
        for k, token in enumerate(tokens):
            if token not in self._conditions or (k and tokens[k - 1] in self._whether_after):
                continue
            # "if one day I ...": words that only say when the condition would hold say
            # nothing of it yet
            said = k + 1
            while (when := next((len(p) for p in self._condition_times
                                 if tuple(tokens[said:said + len(p)]) == p), 0)):
                said += when
            # "if not I'm done": "not" says all the condition says (an ellipsis)
            least = 1 if said < len(tokens) and tokens[said] in self._condition_ellipses else 2
            for j in range(said + least, len(tokens)):
                if tokens[j] in self._subjects and tokens[j - 1] not in self._condition_joins:
                    cut = j - 1 if tokens[j - 1] in self._main_opens else j
                    return [*tokens[:cut], MAIN_CLAUSE, *self._main_clause(tokens[cut:])]
            break
        return tokens

    def _action(self, flag_id: str, concept: str, m: Mention) -> str:
        """What one mention of `concept` does for `flag_id` (reply rules in triage.yaml)."""
        return self._reply.action(flag_id, concept, m.properties | {m.experiencer})

    def _best(self, flag_id: str, combo: tuple[str, ...], mentions: list[Mention],
              apart: bool = False) -> tuple[int, list[Mention]] | None:
        """How strongly `combo` is said in these mentions, and by which mentions. `apart`:
        each concept by a mention of its own, in words of its own (two kinds of sign are two
        things said, not one phrase, or two readings of the same words, that belong to
        both: "made my peace" is no affairs put in order beside a calm decision)."""
        options = [[(self._action(flag_id, concept, m), m) for m in mentions
                    if concept in m.concepts] for concept in combo]
        if not all(options):
            return None
        options = self._beside_their_place(combo, options)
        if not apart:
            said_of = self._said_of(combo, options, mentions)
            if said_of is None:
                return None
            picks = [max(found, key=lambda o: _RANK[o[0]]) for found in said_of]
            return self._rank(picks, mentions), [m for _, m in picks]
        best: tuple[int, list[Mention]] | None = None
        for tried in product(*(sorted(found, key=lambda o: -_RANK[o[0]])[:4]
                               for found in options)):
            if len({id(m) for _, m in tried}) < len(tried) or _overlap([m for _, m in tried]):
                continue
            rank = self._rank(list(tried), mentions)
            if best is None or rank > best[0]:
                best = (rank, [m for _, m in tried])
        return best

    def _beside_their_place(self, combo: tuple[str, ...],
                            options: list[list[tuple[str, Mention]]]
                            ) -> list[list[tuple[str, Mention]]]:
        """A place (`reply.places`: a bladder, a bowel) is read by the sign word beside it,
        which carries whose it is; so a place told only of an animal or a thing is put
        together only with sign words of its own sentence ("the cat came in blocked,
        couldn't pee. I can't sit down with my sciatica": the cat's bladder, never the
        writer's "can't" of another sentence; alarms52), when that sentence has them."""
        where = [k for k, concept in enumerate(combo) if concept in self._reply.places]
        if not where or len(where) == len(combo):
            return options
        places = [m for k in where for _, m in options[k]]
        if any(m.experiencer not in _THINGS for m in places):
            return options
        sentences = {m.sentence for m in places}
        kept = [found if k in where else [o for o in found if o[1].sentence in sentences]
                for k, found in enumerate(options)]
        # (a place with no sign word of its own sentence is left as it was read: whose it is
        # may have been carried over from the sentence before, "lifting labradors all day.
        # both inner thighs numb ... the bath felt weird")
        return kept if all(kept) else options

    def _said_of(self, combo: tuple[str, ...], options: list[list[tuple[str, Mention]]],
                 mentions: list[Mention]) -> list[list[tuple[str, Mention]]] | None:
        """A sign of a place that must be said of it (numbness of the saddle or the
        buttocks) is not put together across a long story: a sign word told in another clause
        beside another part of the body, and no word of the place, is that part's, when the
        place's own clause tells something else of it ("I have severe pain in my butt. ... my
        leg goes numb", "left leg issues. ... groin hurting"). A list still names one place
        per item ("My groin, legs and feet are numb")."""
        local, elsewhere = self._reply.local, self._reply.elsewhere
        where = [k for k, concept in enumerate(combo) if concept in local]
        if not where or not elsewhere:
            return options
        clauses: dict[tuple[int, int], list[Mention]] = {}
        for o in mentions:
            clauses.setdefault((o.sentence, o.clause), []).append(o)

        def here(m: Mention) -> list[Mention]:
            return clauses.get((m.sentence, m.clause), [])

        def another_part(m: Mention) -> bool:
            told = here(m)
            # (a part said of when it began dates the sign, never places it: "since my back
            # flared last week nothing comes out")
            return (any(o.concepts & elsewhere and "earlier" not in o.properties
                        for o in told)
                    and not any(o.concepts & local for o in told))

        def telling(m: Mention) -> bool:
            return any(o is not m and o.concepts - self._reply.places - elsewhere
                       for o in here(m))

        def between(m: Mention, start: int, end: int, concepts: frozenset[str]) -> bool:
            return any(o.sentence == m.sentence and o.concepts & concepts
                       and start <= o.start and o.end <= end for o in mentions)

        def placed(m: Mention) -> bool:
            """Said right before another part ("numbness in my left foot")."""
            return any(o.sentence == m.sentence and o.concepts & elsewhere
                       and not o.concepts & local and 0 <= o.start - m.end <= _NEAR
                       and not between(m, m.end, o.start, local) for o in mentions)

        def owns(p: Mention) -> bool:
            """The place has its own sign said right before it ("pain in my left buttock")."""
            return any(o.sentence == p.sentence and o.concepts & self._reply.own
                       and 0 <= p.start - o.end <= _NEAR
                       and not between(p, o.end, p.start, elsewhere) for o in mentions)

        places = [m for k in where for _, m in options[k]]
        kept: list[list[tuple[str, Mention]]] = []
        for k, found in enumerate(options):
            if k not in where:
                found = [o for o in found if any(
                    ((o[1].sentence, o[1].clause) == (p.sentence, p.clause)
                     or not another_part(o[1]) or not telling(p))
                    and not (placed(o[1]) and owns(p)) for p in places)]
                if not found:
                    return None
            kept.append(found)
        return kept

    def _rank(self, picks: list[tuple[str, Mention]], mentions: list[Mention]) -> int:
        """The reply the weakest of the chosen mentions allows."""
        actions = [action for action, _ in picks]
        chosen = [m for _, m in picks]
        if "warn-now" in actions:  # someone else's emergency counts when it happens now
            # ... said of it, or of the same person beside it ("fell from the roof, he can't
            # move"); never the "now" of its outcome ("passed out last night, she's fine now":
            # over, nothing happening now)
            # (a sign of theirs said now is its own finding)
            whose = {m.experiencer for m in chosen} - {"patient"}
            over = all("resolved" in m.properties for m in chosen)
            now = not over and (any("now" in m.properties for m in chosen) or any(
                "now" in m.properties and m.experiencer in whose
                and not m.concepts <= self._key_words for m in mentions))
            actions = [("warn" if now else "note") if a == "warn-now" else a for a in actions]
        return min(_RANK[a] for a in actions)

    def _reply_clauses(self, tokens: list[str]) -> list[tuple[int, str, int]]:
        """The clauses that answer what was said before: where each starts, and whether it
        confirms ("It has."), denies ("No, nothing like that"), both only when the clause is
        nothing else, or starts by telling the writer has it ("because I did this morning")."""
        found = []
        start = 0
        ends = [i for i, t in enumerate(tokens) if t == SEPARATOR]
        for end in (*ends, len(tokens)):
            told = self._told_of(tokens, start, end)
            if told:  # "Dad mentioned it today": a report, theirs
                found.append((start, "started", end))
                start = end + 1
                continue
            # "Does your leg give way? Mine's done it twice now" (after the replies listed:
            # "mine went" tells every sign asked)
            mine = self._mine_told(tokens[start:end])
            if start == end or tokens[start] not in self._reply_starts:  # most clauses
                if mine is not None:
                    found.append((start, mine, end))
                start = end + 1
                continue
            words = tuple(t for t in tokens[start:end] if t not in self._quiet)
            kind = self._replies.get(words)
            if kind == "deny" and self._sides.issuperset(tokens[start:end]):
                kind = None  # "left": where, not "just the left"
            if kind is None and self._denials(words):  # "no, not at all", "nope none of that"
                kind = "deny"
            alone = start == 0 and end == len(tokens) and end <= 2  # "No diarrhea."
            if kind is None and words[:1] in self._no and not alone and not (
                    self._changed | self._affirming).intersection(words[1:]):
                # "nah my knee just clicks": a no, then what it was instead (its clause is
                # read for signs of its own in `_answer`); a sentence of a no and one thing
                # ("No diarrhea.") denies that thing, and answers nothing said before it
                kind = "deny_lead"
            if kind is None and words[:1] and words[0] in self._yes and not alone and not (
                    self._changed | self._yes_turned).intersection(words[1:]):
                # "- yes actually now you mention it": a yes that goes on says the item
                # before it is so, unless what follows hedges it ("yes but only after gym")
                kind = "confirm"
            if kind is None or kind == "report_start":
                kind = next(("started" for size in self._report_sizes
                             if self._replies.get(words[:size]) == "report_start"), mine)
            if kind is not None:
                found.append((start, kind, end))
            start = end + 1
        return found

    def _mine_told(self, clause: list[str]) -> str | None:
        """Whether a clause answers the question before it with the writer's own case,
        "mine" standing for what was asked: "started" when a verb that stands for the
        predicate asked follows it ("Mine's done it twice now", "because mine definitely is",
        "cos mine do since last night"), "echo" when another verb does ("mine goes slap
        slap"), which tells only the sign whose own word it says again; None when a word of
        the clause turns it round ("mine is fine", "mine did years ago", "mine started after
        a fall", "mine is only the left") or nothing of the kind is said; a clause that ends
        saying theirs has not gone ("mine hasn't gone", `mine_lasting`) is "lasting", going
        on, whatever turned words it says. "lost" when what
        turns it is only that theirs has gone, which tells a function asked of as lost."""
        words = [t for t in self._mine_clause(clause) if t not in self._quiet]
        k = 0
        while k < len(words) and words[k] in self._mine_leads and words[k] not in self._mine:
            k += 1
        if k + 1 >= len(words) or words[k] not in self._mine:
            return None
        rest = words[k + 1:]
        if any(all(t in self._mine_lasting_then for t in rest[i + len(phrase):])
               for i, phrase in self._mine_lasting.said(rest)):
            return "lasting"  # "mine hasn't gone", "mine's still not gone away": going on
        turned = self._mine_turned
        recent = self._mine_recent.said_in(rest)
        if recent:  # "mine started yesterday": going on
            turned = turned - self._mine_dated
        lost = bool(self._mine_lost.intersection(rest))
        if (turned - self._mine_lost).intersection(rest):
            return None
        if lost:
            return "lost"
        if recent and rest[0] in self._mine_dated:  # "mine came on this morning"
            return "started"
        end = k + 1
        while end < len(words) and words[end] in self._mine_verbs:
            end += 1  # "mine has done it", "mine's been doing it"
        if end > k + 1 and (end == len(words) or words[end] in self._mine_then):
            return "started"
        return "echo"

    def _mine_clause(self, clause: list[str]) -> list[str]:
        """The words of "mine"'s own clause: up to where the writer goes on about themself
        ("mine have been since tuesday and im panicking a bit before the gig": the panic's
        "before" turns nothing of the sign)."""
        k = next((i for i, t in enumerate(clause) if t in self._mine), len(clause))
        for i in range(k + 2, len(clause) - 1):
            if clause[i] in self._mine_ends and clause[i + 1] in self._mine_selves:
                return clause[:i]
        return clause

    def _taken_over(self, per_sentence: list[list[Mention]], asked: list[bool]) -> None:
        """A place named in words passed on from a source ("Leaflet asks about ejaculation
        problems.") is the writer's when the very next sentence tells a sign of the writer's
        own that started just now ("Since my back flared last week nothing comes out"): the
        writer answers the source with their own case. The source's sign words stay its own;
        only the place is taken, so the writer's sign must be told to make a warning."""
        if not self._taken_since:
            return
        places = self._reply.places
        for j in range(1, len(per_sentence)):
            if asked[j - 1] or asked[j]:
                continue
            # ... the writer's own, or that of the one the source's words were about ("The
            # sheet says go back if she can't pass urine. She's been trying since lunch")
            # (a sign placed on another part is that part's: "since last week my calf has
            # been sore"; a part said of when it began only dates it)
            elsewhere = {o.clause for o in per_sentence[j] if o.concepts & self._reply.elsewhere
                         and "earlier" not in o.properties}
            # ... told now, or in the clause that dates it ("nothing else" after it is none)
            dating = {m.clause for m in per_sentence[j] if m.concepts & self._taken_since}
            own = {(m.experiencer, m.person) for m in per_sentence[j]
                   if m.concepts & self._signs - places and not m.properties & _UNTOLD
                   and m.clause not in elsewhere
                   and ("now" in m.properties or m.clause in dating)}
            if not own or not dating:
                continue
            denied = frozenset(c for m in per_sentence[j] if m.properties & _DISCOUNTED
                               for c in m.concepts & places)
            for m in per_sentence[j - 1]:
                # (never a place inside the name of a sign, "foot drop", nor one the writer
                # says is fine: "feet work fine")
                if ("asked" in m.properties and m.concepts & places
                        and not m.concepts & denied
                        and (m.experiencer, m.person) in own
                        and not any(o.start <= m.start and m.end <= o.end
                                    and o.end - o.start > m.end - m.start
                                    and o.concepts & self._whole_signs
                                    for o in per_sentence[j - 1])):
                    m.properties.discard("asked")

    def _echoed(self, per_sentence: list[list[Mention]], asked: list[bool]) -> None:
        """A sign asked about in general and told as going on in the very next sentence, by
        the same concept, is the writer's own ("can a disc make you not know you need a poo?
        keep getting caught short"): a question form never calms a sign told as happening.
        The asked clause that the telling echoes is the writer's; another asked clause is
        not ("... make your leg numb? my bladder's fine, my leg is numb")."""
        # (the words of pain itself echo nothing: "can it make you numb down there? my leg
        # is sore today" tells a pain, no numbness; so the concepts of a back problem and
        # of the pain that lasts are no echo)
        plain = self._echo_plain
        for j in range(1, len(per_sentence)):
            if not asked[j - 1] or asked[j]:
                continue
            # (... nor does a common word alone: "can't find it", "stopping it", "trip"; the
            # telling is a phrase, "caught short", or a sign whole by itself)
            echo = frozenset(c for m in per_sentence[j]
                             if m.experiencer == WRITER and "now" in m.properties
                             and not m.properties & _UNTOLD
                             for c in m.concepts & self._signs - plain
                             if len(m.words) > 1 or c in self._whole_signs)
            # (a sign word whole by itself echoes the place it is read with too: "can sciatica
            # stop you peeing? I can't go since last night")
            echo |= frozenset().union(*(self._read_with.get(c, frozenset())
                                        for c in echo))
            clauses = {m.clause for m in per_sentence[j - 1]
                       if "asked" in m.properties and m.concepts & echo}
            for m in per_sentence[j - 1]:
                if m.clause in clauses and "asked" in m.properties and not m.properties & (
                        _DISCOUNTED - {"explained"}):
                    m.properties -= {"asked", "hypothetical"}
                    m.properties.add("own")

    def _told_of(self, tokens: list[str], start: int, end: int) -> bool:
        """Whether a clause opens by naming someone else, then tells what they said or have of
        the sign just asked about (`told_by`: "Dad mentioned it today", "she says she has it
        now"; `told_alone`, the whole clause, with a time now after it: "my sister did, 2 mins
        ago"): a report, like the writer's own "I did"."""
        p = start
        while p < end and tokens[p] in self._teller_words:  # "my wife", "Dad", "she"
            p += 1
        if p == end or not self._tellers.intersection(tokens[start:p]):
            return False
        words = tuple(tokens[p:end])
        # ... or, a clause of its own, that they did or have it, with a time that is now
        # after it ("what would you say if someone fainted? my sister did, 2 mins ago";
        # never "my cousin did", a story of theirs)
        if words in self._told_alone and self._frame_now.said_in(tokens[start:]):
            return True
        return any(words[:len(key)] == key for key in self._told_by)

    def _trouble_only(self, words: list[str]) -> bool:
        """Whether the words after a no name trouble in general and nothing else ("no
        issues", "nope, no problems at all"): the no of a checklist's item, whatever it is."""
        said = [w for w in words if w not in self._quiet and w != SEPARATOR]
        return bool(said) and all(w in self._item_trouble or w in self._item_no for w in said)

    def _a_view(self, words: list[str]) -> bool:
        """Whether `words` say a view of the sign ("he thinks it's funny"), or someone
        else's making light of it ("she's laughing it off"; never the writer's own laugh)."""
        return bool(self._views.intersection(words)) or bool(
            self._made_light.intersection(words) and not self._writer.intersection(words))

    def _denials(self, words: tuple[str, ...]) -> bool:
        """Whether a clause is only denials said one after another ("no not at all", "nope
        none of that", "nah not me"): people say no twice as often as once."""
        ends = {0}
        for i in range(len(words)):
            if i in ends:
                ends |= {j for j in range(i + 1, len(words) + 1)
                         if self._replies.get(words[i:j]) == "deny"}
        return len(words) > 1 and len(words) in ends

    def _answer(self, per_sentence: list[list[Mention]],
                replies: list[list[tuple[int, str, int]]], asked: list[bool],
                said: list[list[str]], lines: list[int] | None = None,
                put: list[bool] | None = None) -> None:
        """A short answer is about the signs just before it: in its own sentence, else in one
        of the two before. "It has." after "... report if my leg got weaker" makes the sign
        real, and so does "because I did" after a question about it ("Does sciatica make
        you wet yourself?"); "No, nothing like that" after "Legs giving way?" (or "I don't
        have one" after what a friend said about fever) denies a sign the writer had only
        asked about or told of someone else. A denial never takes away a sign the writer
        reported. In a pasted chat (`lines`: each sentence's line) a reply answers its own
        line or, opening one, the line before ("Mum: covid? Me: no": the covid, never the
        fever told two lines up); a yes to what another speaker asked the writer (`put`:
        "Wife: have you wet yourself? Me: yes") tells it."""
        for j, found in enumerate(replies):
            for start, kind, end in found:
                # a denial said whole keeps its own words ("right now it's only my left
                # foot": its "now" is the denial's, no change told after the no)
                after = end if kind == "deny" else start
                item_only = False  # a no that denies a sign of its own answers an item only
                if kind == "deny_lead":  # a no, then no sign of its own in what follows
                    own = any(start <= m.start < end
                              and m.concepts & self._signs - self._reply.places
                              for m in per_sentence[j])
                    # (a no of trouble in general, "- no issues", answers the item named bare
                    # just before it, never a sign told before: "... can't hold him up. no
                    # problems otherwise" is no answer)
                    if own and not self._trouble_only(said[j][start + 1:end]):
                        continue
                    item_only = own
                    kind = "deny"
                if kind == "deny" and self._changes(said[j][after:]):
                    continue  # "improving? no, it's worse": the no is of the better
                # ... a word said for effect is no sign ("saw it online, I don't have it")
                targets = [m for m in per_sentence[j] if m.end <= start
                           and "figurative" not in m.properties]
                # ... and a view said between the signs and the denial ("his foot flops, he
                # thinks it's funny, I don't"): the denial is of the view, as across sentences
                if kind == "deny" and self._a_view(_clause_before(said[j], start)):
                    continue
                # A sign named bare in the clause just before, tied to no time by a word
                # that says so, is a question typed without its mark, a checklist's item
                # ("pins and needles down there - nope", "cant pee - no", "numbness down
                # below - none at all, ..."): the clause that answers it opens with a no,
                # and neither it nor the item names the writer or turns the no round.
                last = max((m.clause for m in targets), default=-1)
                item = _clause_before(said[j], start)
                bare = (kind == "deny" and said[j][start] in self._item_no
                        and not self._writer.intersection(item)
                        and not self._affirming.intersection([*item, *said[j][start:]]))
                told = [(m, bare and m.clause == last and not m.firm_now
                         and not m.properties & {"earlier", "historical"}) for m in targets]
                if item_only:
                    told = [(m, question) for m, question in told
                            if question and m.experiencer == WRITER]
                elif not targets:
                    # ... the sentence before it, and the one before that when both ask
                    # ("Numb bum? Is that a thing with sciatica? I don't have it.")
                    # (past a sentence only of someone else's: "should I worry if my
                    # foot goes floppy? my aunt's did. mine's ok so far")
                    for k in (j - 1, j - 2):
                        if lines is not None and k >= 0 and lines[k] not in (
                                lines[j], lines[j - 1]):
                            break
                        if (kind == "deny" and k == j - 1 >= 0 and not asked[k]
                                and self._a_view(said[k])):
                            break  # "He thinks it's funny. I don't.": a view, not a sign
                        if k >= 0 and per_sentence[k]:
                            told += [(m, asked[k]) for m in per_sentence[k]]
                            # (a sentence that tells no sign, "had to google that",
                            # stands between no answer and its question)
                            if not asked[k] and any(m.experiencer == WRITER
                                                    and m.concepts & self._signs
                                                    for m in per_sentence[k]):
                                break
                if kind == "lost":  # "lose your erection? mine's gone": the loss asked
                    clauses = {(m.sentence, m.clause) for m, _ in told
                               if m.concepts & self._mine_lost_of}
                    told = [(m, question) for m, question in told
                            if (m.sentence, m.clause) in clauses]
                    kind = "started"
                if kind == "lasting":  # "numb from sitting? mine hasn't gone": a cause asked
                    for m, _ in told:  # of explains no sign that outlasts it (misses50)
                        m.properties.discard("explained")
                    kind = "started"
                if kind == "echo":  # "when your foot slaps? mine goes slap slap": the slap
                    again = set(said[j][start:end])
                    told = [(m, question) for m, question in told
                            if again.intersection(w for w in m.words if w not in self._quiet)]
                    kind = "started"
                # "mine" answers with the writer's own case: what someone else claimed of
                # the sign ("a mate reckons it makes your legs numb. mine have since Sunday")
                # is the writer's now, not the claimant's
                mine = kind in ("report", "started") and bool(
                    self._mine.intersection(said[j][start:end]))
                for m, question in told:
                    if kind == "started" and m.concepts <= self._not_started:
                        continue  # "more likely to be cancer? it came on after gardening"
                    if kind in ("report", "started"):  # "Does sciatica make you wet? I did."
                        m.properties -= {"hypothetical", "asked"}
                        if question:  # "is a lump there normal? it's warm": asked, then told
                            m.properties.discard("normal")
                        m.properties.add("own")
                        # (a sign another put of "you", what it may do to anyone, never their
                        # own course: "my colleague had it 6 months. mine just started")
                        if (mine and m.experiencer == OTHER
                                and self._generic_you.intersection(said[m.sentence])):
                            m.experiencer = WRITER
                    elif kind == "confirm" and (not question or (put and put[m.sentence])):
                        m.properties -= {"hypothetical", "asked"}
                        if m.experiencer == ANYONE:  # "it says ... when you pass a motion. yes."
                            m.properties.add("own")
                    elif kind == "deny" and (question or m.experiencer != WRITER or m.properties
                                             & {"asked", "hypothetical", "possible"}):
                        m.properties.add("negated")

    def with_knowledge(self, kb: Knowledge) -> Triage:
        """This triage for `kb`, a knowledge base that differs from the one compiled only in
        its learned reader: the learned reader is read from the knowledge base at answer
        time, never compiled, so the rules are shared (pipeline `_compile`)."""
        triage = copy.copy(self)
        triage._kb = kb
        return triage

    def read(self, message: str, today: date | None = None) -> Reading:
        today = today or date.today()
        text = _ELLIPSIS.sub(" ", self._repair.sub(", ", _DECIMAL.sub(r"\1 point \2", message)))
        text = _PERCENT.sub(r"\1 percent", text)
        text = self._supposing.sub(r"\1suppose", text)
        text = "\n".join(map(_items, text.split("\n")))
        # A pasted chat is read line by line, each line its speaker's ("Dad: I've lost 8
        # kilos. Me: how much? ..."); a reply opening a line answers the line before.
        turns = self._turns(text) or [(text, WRITER_VOICE)]
        text = "\n".join(line for line, _ in turns)
        typed: list[tuple[str, bool]] = []
        voices: list[Voice] = []
        line_of: list[int] = []
        for number, (line, voice) in enumerate(turns):
            for sentence in sentences_asked(line):
                typed.append(sentence)
                voices.append(voice)
                line_of.append(number)
        # A line dictated or typed in one breath: its left-out commas put in, the words
        # voice to text heard wrong put right where the words beside them say so.
        marked = [(self._dictated.read(part), asked) for part, asked in typed]
        parts = [part for part, _ in marked]
        mentions: list[Mention] = []
        per_sentence: list[list[Mention]] = []
        replies: list[list[tuple[int, str, int]]] = []
        clause_starts: list[list[int]] = []  # where each clause of each sentence starts
        said_words: list[list[str]] = []  # each sentence's words
        speaker = Speaker()
        put: list[Mention] = []  # what another speaker asked the one they answer
        past_sentences = set()
        over: set[int] = set()  # sentences that say something is over ("Fine now.")
        dated: set[int] = set()  # sentences that say when ("that was 3 weeks ago")
        came_back: set[int] = set()  # sentences that tell a sign came back ("it's back")
        gone = len(parts)  # the first sentence that tells a sign went
        pregnant = False
        # Each sentence's words, found once; a rule whose `unsaid` words count in the whole
        # message ("fine in a second ... it's happened three times today") is barred by any.
        read_parts = [(tokens, written, [*self._index.find(tokens), *self._shaped(tokens)])
                      for tokens, written in map(self._tokens, parts)]
        # The one a support worker or carer writes for, named ("writing for Craig"), is a
        # person in every sentence that names them ("Craig has had back pain ... he is hot").
        names = self._context.names([(tokens, found) for tokens, _, found in read_parts])
        names |= self._written_names(message)
        if names:
            read_parts = [(tokens, written, [*found, *self._context.name_spans(tokens, names)])
                          for tokens, written, found in read_parts]
        barred = frozenset().union(*(self._context.barring(found)
                                     for _, _, found in read_parts))
        own_age = max((self._own_age(tokens, i) for tokens, _, _ in read_parts
                       for i in range(len(tokens))), default=0)
        heard = frozenset().union(*(self._context.heard(found, tokens)
                                     for tokens, _, found in read_parts))
        for number, (part, (tokens, written, found_spans)) in enumerate(
                zip(parts, read_parts, strict=True)):
            said_words.append(tokens)
            clause_starts.append([0, *(k + 1 for k, t in enumerate(tokens) if t == SEPARATOR)])
            pregnant = pregnant or self._pregnancy.said_in(tokens)
            replies.append(self._reply_clauses(tokens))
            spans = [*found_spans, *written]
            spans.extend(self._falling(tokens, spans))
            spans.extend(self._measures(tokens, spans))
            then = self._ages_then(tokens, own_age)
            for i, token in enumerate(tokens):  # "in 2015": a year before this one
                if token.isdigit() and ((len(token) == 4 and 1900 < int(token) < today.year
                                         and not self._yardstick(tokens, i))
                                        or self._an_age(tokens, i) or i in then):
                    spans.append(self._context.year_span(i))
                    # "When I was 19 years old, I slipped": an age that opens the sentence
                    # dates the clause it leads into too
                    after = self._opening_age(tokens, i)
                    if after is not None:
                        spans.append(self._context.year_span(after))
                age, end = self._age_now(tokens, i) if i not in then else (frozenset(), i + 1)
                # "my 16-year-old has sciatica": the age names a person
                aged = self._context.by_age(tokens, i, self._number, self._age_after)
                if aged is not None:
                    spans.append(aged)
                if age:
                    spans.append(Span(i, end, age))
            asks = _QUESTION.match(part) is not None
            voice = voices[number]
            if marked[number][1] and voice.speaks and voice.kind != WRITER:
                voice = replace(voice, asks=True)  # "Lou: managed a wee yet?": Lou asks Tom
            if (number and line_of[number] != line_of[number - 1]) or (
                    number == 0 and voice != WRITER_VOICE):
                # a new line of a chat starts with its speaker (or the one a question put
                # asks), or the one it is about
                state, person = voice.subject if voice.speaks else (voice.kind, voice.person)
                speaker = replace(speaker, state=state, person=person)
                if not voice.speaks:
                    speaker = replace(speaker, referent=voice.kind,
                                      referent_person=voice.person, named=True)
            found, said, speaker = self._context.read(
                number, tokens, spans, speaker, asks, barred, heard,
                per_sentence[-1] if per_sentence else None, voice)
            if marked[number][1] and self._context.puts_question(tokens):
                for m in found:  # "did you have an accident?", "..., is that true?"
                    m.question = True
            if voice.asks:
                for m in found:  # "Mum: have you been back to the GP?": asked, not told
                    if (m.experiencer, m.person) == voice.to and "asked" not in m.properties:
                        m.properties.add("asked")
                        put.append(m)
            if not said & _NOT_NOW and any(m.experiencer in SOMEONE for m in found):
                self._going_on(part, found)
            # (never what a source says is over: "the leaflet says most sciatica settles")
            passed = [m for m in found if m.properties & _PAST]
            if said & _PAST and not (passed and all("asked" in m.properties for m in passed)):
                past_sentences.add(number)
            # (never one that asks whether it will be: "will it settle", its mark left off)
            if "resolved" in said and not self._context.asks_of_it(tokens):
                over.add(number)
            if GONE in said:
                gone = min(gone, number)
            if (RETURNED in said or (number and self._returns(tokens, clause_starts[-1]))) \
                    and gone <= number and not marked[number][1]:
                came_back.add(number)  # told, not asked ("will it come back?")
            if said & {"earlier", "historical"} or (
                    "resolved" in said and self._over_since.intersection(tokens)):
                dated.add(number)
            mentions.extend(found)
            per_sentence.append(found)
        self._answered(put, per_sentence, replies, voices, line_of)
        if self._headings:
            self._under_headings(text, [p for p, _ in typed], parts, said_words, per_sentence)
        self._dated_after(parts, per_sentence, past_sentences)
        self._new_after_told(said_words, per_sentence)
        self._referred_back(said_words, per_sentence)
        self._cause_undone(per_sentence, came_back)
        # (nor one that the next sentence denies: "A&E sent me home and said it would
        # settle in 6 weeks. It hasn't.": what was to be over is not)
        denied_next = {i for i in range(len(parts) - 1)
                       if any(start == 0 and kind == "deny" for start, kind, _ in replies[i + 1])}
        # (nor one that a later sentence says came back: "Fine now. It went again today.";
        # each sentence after the first that is over read once, the last return kept)
        last_return = max((j for j in range(min(over, default=len(parts)) + 1, len(parts))
                           if self._returns(said_words[j], clause_starts[j])), default=-1)
        returned = {i for i in over if i < last_return}
        self._back_after(per_sentence, said_words, clause_starts, over)
        self._over_after(per_sentence, over - denied_next - returned
                         - {i for i, (_, asked) in enumerate(marked) if asked}, dated)
        # A case owned up to is the writer's; one put for study is asked about, until a
        # reply after it says it happened ("I did, this morning"), read next.
        admitted = max(((i, at) for i, tokens in enumerate(said_words)
                        for at in self._admitted(tokens)), default=None)
        if admitted is None and self._frame_marks:
            self._framed(said_words, per_sentence, [q for _, q in marked])
        if any(replies):
            chat = len(turns) > 1
            self._answer(per_sentence, replies, [q for _, q in marked], said_words,
                         line_of if chat else None,
                         [q and v.speaks and v.kind != WRITER
                          for (_, q), v in zip(marked, voices, strict=True)])
            # A duration asked and then denied is no duration: "six weeks? nope, six days";
            # a question that is nothing but a time is denied by a no that goes on to say
            # what it is instead ("over six weeks? no this is only day 4")
            past_sentences |= {i for i in range(len(parts) - 1) if marked[i][1]
                               and any(start == 0 and (kind == "deny" or (
                                   kind == "deny_lead"
                                   and words_besides_time(fold(parts[i]))
                                   <= self._kb.triage.duration_alone_words))
                                       for start, kind, _ in replies[i + 1])}
        self._taken_over(per_sentence, [q for _, q in marked])
        self._echoed(per_sentence, [q for _, q in marked])
        if admitted is not None:
            self._owned_up(mentions, admitted)
        self._context.whose(mentions)
        if self._functions:
            self._stories(per_sentence)
        # (a count said again in the next sentence replaces it too: "3 months. Sorry, 3 weeks")
        recounted = self._recount.sub("", "\x00".join(parts)).split("\x00")
        days = _Durations(recounted if len(recounted) == len(parts) else parts, today,
                          pregnant, self._analyzer.typed, self._aged)
        self._injuries_long_ago(days, per_sentence)
        self._short_bouts(days, per_sentence)
        self._long_standing(days, per_sentence, clause_starts, said_words)
        self._unless_changed(per_sentence, clause_starts, said_words)
        for kinds in self._kinds.values():
            if kinds.in_clause:
                mentions.extend(self._in_clauses(kinds, per_sentence))

        def asked_between(j: int) -> bool:
            """Whether sentence `j` is a line of a chat that only asks, between two lines of
            another speaker ("Dad: I'm losing weight. Me: how much? Dad: 8 kilos, not
            trying"): the answer after it goes on with the line before it."""
            return (marked[j][1] and line_of[j - 1] != line_of[j] != line_of[j + 1]
                    and voices[j - 1] == voices[j + 1] != voices[j])

        windows = [
            per_sentence[i] + (per_sentence[i + 1] if i + 1 < len(parts) else [])
            + (per_sentence[i + 2] if i + 2 < len(parts)
               and (self._where_only(said_words[i + 1], per_sentence[i + 1])
                    or self._list_only(said_words[i + 1])
                    or asked_between(i + 1)
                    or _yes_only(replies[i + 1], said_words[i + 1])) else [])
            for i in range(len(parts))
        ] or [[]]
        present = [frozenset(c for m in window for c in m.concepts) for window in windows]
        everything = frozenset(c for m in mentions for c in m.concepts)
        by_clause: dict[tuple[int, int], list[Mention]] = {}
        for m in mentions:
            by_clause.setdefault((m.sentence, m.clause), []).append(m)
        clauses = list(by_clause.values())
        findings: dict[str, Finding] = {}
        for flag_id, combos in self._patterns.items():
            best: tuple[int, tuple[str, ...], list[Mention]] | None = None
            read = [(w, c, combos, False) for w, c in zip(windows, present, strict=True)]
            if flag_id in self._across:
                read.append((mentions, everything, self._across_combos(flag_id, everything),
                             True))
            if flag_id in self._in_clause:
                read.extend((window, frozenset(c for m in window for c in m.concepts),
                             self._in_clause[flag_id], False) for window in clauses)
            if flag_id in self._kinds:
                read.extend((w, c, combos_here, True) for w, c, combos_here
                            in self._within(self._kinds[flag_id], per_sentence))
            for window, concepts, combos_here, apart in read:
                for combo in combos_here:
                    if not concepts.issuperset(combo):
                        continue
                    result = self._best(flag_id, combo, window, apart)
                    if result is not None and (best is None or result[0] > best[0]):
                        best = (result[0], combo, result[1])
            if best is not None:
                rank, combo, chosen = best
                findings[flag_id] = _finding(self._by_id[flag_id], combo, rank, chosen)
        self._risk_notes(findings, windows, present)
        self._stops_in_hand(findings, per_sentence, marked)
        duration = self._duration(days, per_sentence, past_sentences, clause_starts, said_words,
                                  marked)
        if duration is not None:
            known = findings.get(duration.flag.id)
            if known is None or known.reply != "warn":
                findings[duration.flag.id] = duration
        someone = any(names_someone(found) for _, _, found in read_parts)
        better = self._by_course(findings, marked, per_sentence, past_sentences, today,
                                 pregnant, someone)
        denied = frozenset(w for m in mentions if m.properties & {"negated", "normal"}
                           and m.concepts & self._symptom_signs
                           for w in (*m.words, *m.negated_by))
        reported = frozenset(w for f in findings.values() if f.reply == "warn"
                             for m in mentions if m.concepts & set(f.concepts) for w in m.words)
        timed = better or self._short_or_better(days, past_sentences, mentions)
        lasted = self._days_told(days, past_sentences)
        told = frozenset((c, m.experiencer) for m in mentions for c in m.concepts)
        contexts = frozenset((c, m.experiencer, frozenset(m.properties))
                             for m in mentions for c in m.concepts)
        warned = [f for f in findings.values() if f.reply == "warn"]
        if self._kb.learned is not None and not warned:
            self._second_reader(self._kb.learned, message, findings, timed, told, contexts,
                                lasted=lasted)
        elif (self._kb.learned is not None and self._kb.learned.gates.beside
              and not any(f.flag.level == "emergency" for f in warned)):
            # a crisis told beside a lesser sign ("pain 8/10, 11 weeks, and I keep hoping I
            # won't wake up"): the lesser warning must not hide the crisis reply
            self._second_reader(self._kb.learned, message, findings, timed, told, contexts,
                                self._kb.learned.gates.beside, lasted)
        ordered = tuple(findings[f.id] for f in self._flags if f.id in findings)
        return Reading(ordered, denied - reported, timed, told, contexts, lasted)

    def _where_only(self, words: list[str], found: list[Mention]) -> bool:
        """Whether a sentence of a few words only says where ("Right leg.", "Left foot"):
        each word is in a mention of a place (`where_only`) or a small word of `soft`."""
        where = [m for m in found if m.concepts & self._where]
        covered = {k for m in where for k in range(m.start, m.end)}
        return (0 < len(words) <= _WHERE_WORDS and bool(where)
                and all(k in covered or w in self._soft_words for k, w in enumerate(words)))

    def _list_only(self, words: list[str]) -> bool:
        """Whether a sentence is only a list of short items ("Lying flat, walking, tablets,
        heat."): it spells out the sentence before it, so the one after is still its
        neighbour ("Nothing changes it. <list>. Worst at night.")."""
        items: list[int] = [0]
        for w in words:
            if w == SEPARATOR:
                items.append(0)
            elif w not in self._soft_words and w not in self._quiet:
                items[-1] += 1
        return len(items) >= _LIST_ITEMS and all(0 < n <= _WHERE_WORDS for n in items)

    @staticmethod
    def _answered(put: list[Mention], per_sentence: list[list[Mention]],
                  replies: list[list[tuple[int, str, int]]], voices: list[Voice],
                  line_of: list[int]) -> None:
        """What another speaker asked in a chat (`put`) is told when the one asked answers in
        the next line with something of their own now, no denial first ("Sharon: did you
        go to the loo? Keith: been stood there 10 mins, nothing comes out"): the answer
        says it happened. "Mum: still numb? Me: no, fine" leaves it asked (and denied)."""
        for j in sorted({m.sentence for m in put}):
            k = j + 1
            if k >= len(per_sentence) or line_of[k] == line_of[j]:
                continue
            to = voices[j].to
            if not voices[k].speaks or (voices[k].kind, voices[k].person) != to:
                continue  # the next line is no answer of the one asked
            if any(kind in ("deny", "deny_lead") for _, kind, _ in replies[k]):
                continue
            if any((m.experiencer, m.person) == to and "now" in m.properties
                   and not m.properties & {"negated", "asked", "hypothetical"}
                   for m in per_sentence[k]):
                for m in put:
                    if m.sentence == j:
                        m.properties.discard("asked")

    def _turns(self, text: str) -> list[tuple[str, Voice]] | None:
        """The lines of a pasted chat or text thread, each with whose it is (`Voice`): the
        text before the first label is the writer's. None when the message is no chat: it
        needs two labels or more, of two speakers or with a time ("Me: ... Wife: ..."), so a
        heading ("Update: ...") or a label said once is read as the words it is."""
        found: list[tuple[int, int, Voice, bool, bool]] = []
        for match in _TURN.finditer(text):
            first = match.group("inside") or match.group("named")
            label = first or match.group("label")
            stamped = bool(first or match.group("stamp"))
            start = match.start("inside" if match.group("inside") else "named") if first else (
                match.start("stamp" if match.group("stamp") else "label"))
            voice, sure = self._voice(label, stamped)
            group = "named" if match.group("named") else "label"
            if (voice is None and " " in label.strip() and not match.group("inside")
                    and not match.group("stamp")):
                # "... back throbbing Mum:": the label is the last word only
                label = label.split()[-1]
                start = match.end(group) - len(label)
                voice, sure = self._voice(label, stamped)
            if voice is not None and not voice.speaks and text[:start].rstrip()[-1:] not in (
                    "", *_LINE_ENDS):
                continue  # "took the phone off him: he won't sit still": no label mid-line
            if voice is not None:
                found.append((start, match.end(), voice, sure or stamped, stamped))
        voices = [voice for _, _, voice, _, _ in found]
        # a name is a speaker beside a label that surely names one (the writer's, a person
        # word, a time), or when names take turns ("Jen: ... Rob: ... Jen: ..."); never two
        # headings said once each ("Update: ... Edit: ...")
        if len(found) < 2 or not (any(sure for *_, sure, _ in found) or any(
                voices[k] == voices[k + 2] != voices[k + 1] for k in range(len(voices) - 2))):
            return None
        if len(set(voices)) < 2 and not any(stamped for *_, stamped in found):
            return None  # "Me: ... Me: ...": one speaker, no times, no chat
        turns = [(text[:found[0][0]], WRITER_VOICE)] if text[:found[0][0]].strip() else []
        for number, (_, end, voice, _, _) in enumerate(found):
            after = found[number + 1][0] if number + 1 < len(found) else len(text)
            line = text[end:after].strip()
            # whom the line answers: the other speaker just before it, else just after
            near = sorted(range(len(voices)), key=lambda k: (abs(k - number), k > number))
            to = next((voices[k] for k in near if voices[k] != voice), WRITER_VOICE)
            if line:
                turns.append((line, replace(voice, to=(to.kind, to.person))))
        return turns

    def _voice(self, label: str, stamped: bool) -> tuple[Voice | None, bool]:
        """Whose line a chat label names (`ContextReader.voice`), and whether surely a
        speaker's (a person word, not only a name). A name written with a capital counts
        when it is no word of ours, nor a month, a heading's word (`chat_not`: "Update:")
        or a frequent word (unless a time stamps the line: "[07:31] Mark:")."""
        tokens, _ = self._tokens(label)
        if not tokens or len(tokens) > 2:
            return None, False
        spans = self._index.find(tokens)
        voice = self._context.voice(tokens, spans, False)
        if voice is not None:
            return voice, True
        word = label.strip()
        name = (_NAME.fullmatch(word) is not None and len(tokens) == 1
                and tokens[0] not in self._vocabulary and tokens[0] + "s" not in self._vocabulary
                and fold(word) not in MONTH_NAMES and tokens[0] not in self._chat_not
                and (stamped or fold(word) not in self._common))
        return (self._context.voice(tokens, spans, True) if name else None), False

    def _written_names(self, message: str) -> frozenset[str]:
        """The stems of the people a carer names ("the dementia makes Len wet himself",
        "Terry's legs gave way"): a word written with a capital, never one of the knowledge
        base's words, a month or a most frequent English word, followed by a verb of
        `people.named_by` or owning one of `people.named_owns` (never a shop or a day: "in
        Tesco and", "since Thurs"); none in a message written in title case."""
        found = list(_CAPITALISED.finditer(message))
        words = re.findall(r"[A-Za-z]+", message)
        if not found or len(found) > _TITLE_CASE * len(words):
            return frozenset()
        names: set[str] = set()
        for match in found:
            word = match.group(1).lower()
            after = _NEXT_WORD.match(message, match.end())
            following = fold(after.group(1)) if after else ""
            before = _LAST_WORD.search(message[:match.start()])
            if (word in self._vocabulary or word + "s" in self._vocabulary
                    or word in MONTH_NAMES or word in self._common
                    or following not in (self._named_owns if match.group(2)
                                         else self._named_by)
                    # the name of a being just named ("our spaniel Bella", "my husband
                    # Terry"): that word says who or what it is
                    or (before is not None
                        and fold(before.group(1)) in self._beings)
                    # a sentence's first word may be an exclamation or a day ("Yoh got
                    # tackled", "Weds woke up"): a name there needs "he" or "she" after it
                    or (not match.group(2) and _SENTENCE_START.search(message[:match.start()])
                        and not self._pronouns & set(tokenize(message[match.end():])))):
                continue
            # as the sentence reads it, its "'s" too (the corrector may read "Howard's" as
            # another word), and alone
            for written in {match.group(0).lower(), word}:
                stems = list(self._analyzer.tokens(written))
                if len(stems) == 1 and stems[0].isalpha():
                    names.add(stems[0])
        return frozenset(names)

    def _yardstick(self, tokens: list[str], i: int) -> bool:
        """Whether the year at `i` is what now is measured against ("worse than 2019", "than
        back in 2021", `compared_years` with `compared_glue` between): a comparison made
        now, so no time the sign is dated to."""
        k = i - 1
        while k >= 0 and i - k <= 4 and tokens[k] in self._compared_glue:
            k -= 1
        return k >= 0 and tokens[k] in self._compared

    def _falling(self, tokens: list[str], spans: list[Span]) -> list[Span]:
        """Readings in a unit that fall over the sentence (`readings` in triage.yaml: "jan
        84kg, mar 78kg, now 74" is weight lost), as a span of what they say at the later
        reading: people give the scales' numbers rather than the words."""
        if len(self._kb.triage.readings) != 2:
            return []
        unit, falling = self._kb.triage.readings
        values: dict[int, float] = {}
        for span in spans:
            k = span.start - 1
            if unit not in span.labels or k < 0 or not tokens[k].isdigit():
                continue
            if k >= 2 and tokens[k - 1] == "point" and tokens[k - 2].isdigit():
                values[k - 2] = float(f"{tokens[k - 2]}.{tokens[k]}")  # "72.4 kg"
            else:
                values[k] = float(tokens[k])
        said = [values[k] for k in sorted(values)]
        if len(said) < 2 or said[-1] > said[0] * _FALL:
            return []
        at = max(values)
        return [Span(at, at + 1, frozenset({falling}))]

    @staticmethod
    def _days_told(days: _Durations, past: set[int]) -> int:
        """The longest time in days the message says something has lasted, outside the
        sentences told in the past (0: it tells none): what the learned reader's `untimed`
        gate asks of a sign that is a length of time."""
        return max((days.longest(i) for i in range(len(days.parts)) if i not in past),
                   default=0)

    def _short_or_better(self, days: _Durations, past: set[int],
                         mentions: list[Mention]) -> bool:
        """Whether the rules counted how long the pain has lasted and it is short of the
        duration bar (triage.yaml `duration.min_days`), or the message says it is getting
        better: then the rules' count stands, not a guess from words."""
        rules = self._kb.triage
        longest = max((days.longest(i) for i in range(len(days.parts)) if i not in past),
                      default=0)
        return (0 < longest < rules.duration_min_days
                or self._says(rules.duration_flag, rules.duration_unless, mentions))

    def _second_reader(self, model: LearnedModel, message: str,
                       findings: dict[str, Finding], timed: bool,
                       told: frozenset[tuple[str, str]],
                       contexts: frozenset[tuple[str, str, frozenset[str]]],
                       only: frozenset[str] | None = None, lasted: int = 0) -> None:
        """Where the rules warn of nothing, the learned reader warns when sure enough that the
        message tells of a sign (its likeliest flag's bar, learned.yaml), unless the rules
        read that sign and calmed it for a reason its gates respect, or counted how long
        (`timed`): it cannot read who a sign is of, whether it is denied, asked about or
        over, nor count days, and the rules can. With `only`, it warns of those flags alone
        (beside a lesser warning of the rules: `gates.beside`)."""
        # beside a warning of the rules, what else the reader sees: the warned flags set aside
        aside = frozenset(f.flag.id for f in findings.values() if f.reply == "warn") \
            if only is not None else frozenset()
        found = [(f.flag.id, f.properties, f.experiencer) for f in findings.values()]
        seen = opinion(model, message, aside, calmed_flags(model.gates, found))
        if seen.flag not in self._by_id or not speaks(model, seen, found, timed, told,
                                                      self.flag_signs, contexts, lasted):
            return
        if only is not None and (seen.flag not in only or not adds_beside(model, seen)):
            return
        findings[seen.flag] = Finding(self._by_id[seen.flag], (LEARNED,), "warn",
                                      source=LEARNED, chance=seen.chance)

    def _risk_notes(self, findings: dict[str, Finding], windows: list[list[Mention]],
                    present: list[frozenset[str]]) -> None:
        """A risk factor (a weak immune system, long-term steroids, injecting drugs) beside
        what it needs, with no warning of its flag: a risk that lowers the threshold, not a
        sign by itself, so the calm line for it (the flag's `risks`) instead of the warning.
        It takes the place of a plain note of its flag, keeping what that note was."""
        for flag_id, combos in self._risks.items():
            known = findings.get(flag_id)
            if known is not None and known.reply == "warn":
                continue
            found = next((combo for window, concepts in zip(windows, present, strict=True)
                          for combo in combos if concepts.issuperset(combo)
                          and (result := self._best(flag_id, combo, window)) is not None
                          and result[0] >= _RANK["note"]), None)
            if found is not None:
                before = known.properties if known is not None and known.reply == "note" \
                    else frozenset()
                findings[flag_id] = Finding(self._by_id[flag_id], found, "note",
                                            before | {RISK})

    def _across_combos(self, flag_id: str, everything: frozenset[str]
                       ) -> tuple[tuple[str, ...], ...]:
        """The patterns read across the whole message: its own `across` ones, then those of
        its categories (`kinds`). Which categories the message says is found once, each by
        any of its signs whose concepts are all there; each pair of categories said is then
        every sign of one beside every sign of the other (never one that holds the other: a
        category's sign is no second category)."""
        combos = self._across[flag_id]
        kinds = self._kinds.get(flag_id)
        if kinds is None:
            return combos
        present = {kind: [s for s in signs if everything.issuperset(s)]
                   for kind, signs in kinds.signs.items()}
        found = list(combos)
        seen = set(self._across_seen[flag_id])
        for a, b in kinds.together:
            if not (present[a] and present[b]):
                continue
            for one in present[a]:
                for other in present[b]:
                    combo = _joined(one, other)
                    if combo is not None and frozenset(combo) not in seen:
                        seen.add(frozenset(combo))
                        found.append(combo)
        return tuple(found)

    @staticmethod
    def _in_clauses(kinds: Kinds, per_sentence: list[list[Mention]]) -> list[Mention]:
        """The categories whose key words must stand in one clause (`in_clause`): each
        clause that says one is a mention of its own (`clause_sign`), spanning its words, put
        with its sentence's, so that the pairs read across the message can use it ("sat at
        the top of the multi storey. ... can't face another night"). It is someone else's,
        denied or asked only when all of its words are."""
        found: list[Mention] = []
        for mentions in per_sentence:
            clauses: dict[int, list[Mention]] = {}
            for m in mentions:
                clauses.setdefault(m.clause, []).append(m)
            for clause, ms in clauses.items():
                said = frozenset(c for m in ms for c in m.concepts)
                for kind, signs in kinds.in_clause.items():
                    sign = next((s for s in signs if said.issuperset(s)), None)
                    if sign is None:
                        continue
                    # the first mention of each of the sign's concepts: a span no wider than
                    # it needs, so another category said in the clause stands apart from it
                    parts = list({id(m): m for m in (
                        next(m for m in ms if concept in m.concepts) for concept in sign)
                    }.values())
                    # a rope or a bridge reads as a thing's: the person is whoever else
                    # the words name, the writer when they name no one
                    people = [m.experiencer for m in parts if m.experiencer not in _THINGS]
                    new = Mention(ms[0].sentence, min(m.start for m in parts),
                                  max(m.end for m in parts), frozenset({clause_sign(kind)}),
                                  tuple(w for m in parts for w in m.words),
                                  set.intersection(*(set(m.properties) for m in parts)),
                                  _PATIENT if _PATIENT in people or not people else people[0],
                                  clause=clause,
                                  firm_now=any(m.firm_now for m in parts),
                                  asking=all(m.asking for m in parts))
                    found.append(new)
                    mentions.append(new)
        return found

    @staticmethod
    def _within(kinds: Kinds, per_sentence: list[list[Mention]]
                ) -> list[tuple[list[Mention], frozenset[str], tuple[tuple[str, ...], ...]]]:
        """The categories said by their key words (`words`): each sign's words in one clause,
        in any order; two categories of a pair in `within` said in one sentence, each in
        words of its own ("been saving the tablets, there's enough now"). Each pair of
        clauses that says them is read as a window of its own."""
        read: list[tuple[list[Mention], frozenset[str], tuple[tuple[str, ...], ...]]] = []
        if not kinds.within:
            return read
        for found in per_sentence:
            clauses: dict[int, list[Mention]] = {}
            for m in found:
                clauses.setdefault(m.clause, []).append(m)
            said = {k: frozenset(c for m in ms for c in m.concepts) for k, ms in clauses.items()}
            present = {kind: [(sign, k) for k, concepts in said.items() for sign in signs
                              if concepts.issuperset(sign)]
                       for kind, signs in kinds.words.items()}
            for a, b in kinds.within:
                for one, k in present[a]:
                    for other, j in present[b]:
                        combo = _joined(one, other)
                        if combo is None:
                            continue
                        window = clauses[k] if k == j else clauses[k] + clauses[j]
                        read.append((window, said[k] | said[j], (combo,)))
        return read

    def _heading(self, words: list[str]) -> tuple[str, int] | None:
        """The kind of section the words end with a heading of ("my past medical history":
        historical) and how many words the heading has, or None."""
        for key, kind in self._headings:
            if len(words) >= len(key) and tuple(words[-len(key):]) == key:
                return kind, len(key)
        return None

    def _sections(self, text: str, typed: list[str], parts: list[str],
                  said_words: list[list[str]]
                  ) -> list[list[tuple[int, str]]]:
        """Where each sentence's sections start (clause number, kind). A heading followed by
        a colon or a dash heads the rest of its sentence ("PMH: retention 2015, hernia");
        one standing on a line of its own ("Past medical history", "FHx:") heads the lines
        after it, up to the next heading or a blank line."""
        starts: list[list[tuple[int, str]]] = []
        block: str | None = None
        at = 0
        for as_typed, part, tokens in zip(typed, parts, said_words, strict=True):
            found = text.find(as_typed, at)
            before = text[at:found] if found >= 0 else ""
            at = found + len(as_typed) if found >= 0 else at
            if re.search(r"\n\s*\n", before):
                block = None  # a blank line ends a section
            own_line = (found <= 0 or "\n" in before or not text[:found].strip()) and (
                text[at:].split("\n", 1)[0].strip(" \t.:-") == "")
            words = [t for t in tokens if t not in MARKS]
            here: list[tuple[int, str]] = []
            heading = self._heading(words) if own_line else None
            if heading is not None and len(words) == heading[1]:  # the line is the heading
                block = None if heading[0] == "current" else heading[0]
                starts.append([])
                continue
            if block is not None:
                here.append((0, block))
            marks = _CLAUSE.findall(part)
            clause: list[str] = []
            number = 0
            for token in tokens:
                if token != SEPARATOR:
                    if token not in MARKS:
                        clause.append(token)
                    continue
                mark = marks[number].strip() if number < len(marks) else ""
                number += 1
                if mark in (":", "-", "–", "—"):
                    heading = self._heading(clause)
                    if heading is not None:
                        block = None
                        here.append((number, heading[0]))
                clause = []
            starts.append(here)
        return starts

    def _under_headings(self, text: str, typed: list[str], parts: list[str],
                        said_words: list[list[str]], per_sentence: list[list[Mention]]
                        ) -> None:
        """Each sign takes what its section says: long past under a past history, imagined
        under safety-netting advice, someone else's under a family history; unless its own
        clause ties it to now ("PMH: ... retention since this morning")."""
        for found, starts in zip(per_sentence, self._sections(text, typed, parts, said_words),
                                 strict=True):
            for m in found:
                kind = next((k for c, k in reversed(starts) if c <= m.clause), None)
                if kind is None or kind == "current" or m.firm_now:
                    continue
                if kind == "other":
                    if m.experiencer == WRITER:
                        m.experiencer = OTHER
                else:
                    m.properties.add(kind)

    def _going_on(self, sentence: str, found: list[Mention]) -> None:
        """Someone else's sign said as going on, a present participle with the "is" left out
        as a message typed fast leaves it ("hubby's face drooping", "neighbour bleeding
        loads"), is happening now; never after "was" or "were" ("his face was drooping"),
        nor in a sentence that says a time, an end, a denial or a question."""
        going: set[str] = set()
        for clause in _CLAUSE.split(sentence):
            words = self._analyzer.context_words(clause)
            going.update(stem(w) for i, w in enumerate(words)
                         if w.endswith(_PARTICIPLE) and len(w) > len(_PARTICIPLE) + 2
                         and (i == 0 or words[i - 1] not in _PAST_AUXILIARY))
        for m in found:
            if (m.experiencer in SOMEONE and going.intersection(m.words)
                    and not m.properties & _NOT_NOW):
                m.properties.add("now")

    def _admitted(self, tokens: list[str]) -> list[int]:
        """Where a clause is nothing but an owning up ("ok it's me.", "(it's my leg)", after
        words that lead it: "and yeah the patient is me"): said alone, it takes back the
        what-if or the someone the case was put as."""
        found = []
        for i, phrase in self._admits.said(tokens):
            end = i + len(phrase)
            start = i
            while start and tokens[start - 1] in self._admits_after:
                start -= 1
            if (start == 0 or tokens[start - 1] in MARKS) and (end == len(tokens)
                                                               or tokens[end] in MARKS):
                found.append(i)
        return found

    def _framed(self, said_words: list[list[str]], per_sentence: list[list[Mention]],
                asked: list[bool]) -> None:
        """A message put as a case for study or a test ("Vignette: 70F, weight loss, night
        pain", "exam q: ...", "case study: patient with ..."): a sign of the case is asked
        about, so it gets the normal answer with a calm note. The case is told in the
        sentence of its mark, and asked about in questions and in the writer's words about
        it ("I said fever ..."); any other sentence is the writer telling ("... crushing
        chest pain, sweaty"). A frame never hides what is happening: never a sign in a
        clause that speaks of the writer outside the frame's words ("OSCE next week ... my
        bum's gone numb"), tells a time that is now ("since this morning"), or is said of
        one of the writer's own people ("my dad")."""
        if not any(self._frame_marks.said_in(words) for words in said_words):
            return
        for words, found, question in zip(said_words, per_sentence, asked, strict=True):
            marks = self._frame_marks.places(words)
            said = self._frame_said.places(words)
            if not (marks or said or question):
                continue
            # one of the writer's own people named ("Dad", "my wife"), not a case's ("a man")
            kin = any(i == 0 or words[i - 1] not in self._case_people
                      for i, _ in self._kin_words.said(words))
            framed = marks | said
            clause_of = clause_numbers(words)
            told = {clause_of[p] for p, w in enumerate(words)
                    if w in self._frame_own and p not in framed}
            told |= {clause_of[p] for p in self._frame_now.places(words)}
            for m in found:
                if m.clause in told or (kin and m.experiencer in SOMEONE
                                        and m.person in self._frame_kin):
                    continue
                m.properties.add("asked")

    @staticmethod
    def _owned_up(mentions: list[Mention], admitted: tuple[int, int]) -> None:
        """A case owned up to is the writer's and going on: its what-if is lifted, and the
        someone it was put as ("if someone's bum went numb") is the writer. Only a case told
        before the owning up ("Hi, it's me. What if my foot drops?" owns nothing)."""
        for m in mentions:
            if (m.sentence, m.start) >= admitted:
                continue
            if "hypothetical" in m.properties or m.experiencer == ANYONE:
                m.properties.discard("hypothetical")
                if m.experiencer in (OTHER, ANYONE):
                    m.experiencer = WRITER

    def _returns(self, tokens: list[str], starts: list[int]) -> bool:
        """Whether a clause opens by telling that what was over came back ("It went again
        today.", "and then it happened again"): only words of `returned_after` may come
        before it in its clause, so "if it happened again" is a what-if, not a return."""
        for i, _ in self._returned.said(tokens):
            j = max(start for start in starts if start <= i)
            while j < i:
                step = next((len(p) for p in self._returned_after
                             if tuple(tokens[j:j + len(p)]) == p), 0)
                if not step:
                    break
                j += step
            if j == i:
                return True
        return False

    @staticmethod
    def _cause_undone(per_sentence: list[list[Mention]], came_back: set[int]) -> None:
        """A sign put down to an ordinary cause ("woke with a numb bum after a night on
        the sofa") that is told to have come back later ("it went, then came back the next
        day") is explained no more, as it is over no more: the cause was that night's. What
        was told up to the sentence of the last return; a sign told with its cause again
        and no return ("numb bum from the sofa again") is still explained."""
        if not came_back:
            return
        for found in per_sentence[:max(came_back) + 1]:
            for m in found:
                m.properties.discard("explained")

    def _back_after(self, per_sentence: list[list[Mention]], said_words: list[list[str]],
                    clause_starts: list[list[int]], over: set[int]) -> None:
        """A sign told as over in its own sentence, and as back in a later one that opens
        with the return ("The numbness had gone. It came back this morning."), is over no
        longer, unless a sentence after the return ends something again ("It came back in
        April. Nothing since.")."""
        ended = [i for i, found in enumerate(per_sentence)
                 if any("resolved" in m.properties for m in found)]
        if not ended:
            return
        back = max((j for j in range(ended[0] + 1, len(per_sentence))
                    if self._returns(said_words[j], clause_starts[j])), default=-1)
        if back < 0 or any(i >= back for i in (*ended, *over)):
            return
        for found in per_sentence[:back]:
            for m in found:
                m.properties.discard("resolved")

    def _over_after(self, per_sentence: list[list[Mention]], over: set[int],
                    dated: set[int]) -> None:
        """A sentence that only says it is over ("Fine now.", "All gone by the morning.",
        "Fine once I'd walked about.") ends what the sentence before told, unless a word
        there ties it to now, even "can't" ("I can't pee. Fine now otherwise.": not over).
        Its signs may be denied or normal ("All good since, no problems at all."). One that
        also dates it ("That was 3 weeks ago and it's been normal since.") tells
        a story in the past: "couldn't" (read as "can't") there is no now, a word that
        says so ("today") still is."""
        for i in sorted(over):
            if i == 0 or any(m.concepts & self._signs - self._reply.places
                             and not m.properties & _ENDED
                             and not (i in dated and set(m.words) <= self._counting)
                             for m in per_sentence[i]):
                continue
            for m in per_sentence[i - 1]:
                if not (m.firm_now if i in dated else "now" in m.properties):
                    m.properties.add("resolved")

    def _dated_after(self, parts: list[str], per_sentence: list[list[Mention]],
                     past: set[int]) -> None:
        """A sentence that only dates what was just told ("That was 6 years ago.", "It
        was years back.") makes the sentence before it long past, unless a word there ties
        it to now."""
        for i in range(1, len(parts)):
            if i not in past or any(m.concepts - self._neutral for m in per_sentence[i]):
                continue
            words = tokenize(parts[i])[:2]
            if words[:1] == ["thats"] or (len(words) == 2 and words[0] in _REFERRING
                                          and words[1] in _WAS):
                for m in per_sentence[i - 1]:
                    if not m.firm_now:
                        m.properties.add("historical")

    def _new_after_told(self, said_words: list[list[str]], per_sentence: list[list[Mention]]
                        ) -> None:
        """A sentence that only says what the one before told is new ("Never used to.",
        "That's new."): an ordinary cause or usualness read there does not hold, since the
        cause was always there and the sign was not (flip flops that slap now)."""
        for i in range(1, len(said_words)):
            words = tuple(w for w in said_words[i]
                          if w not in self._soft_words and w not in (SEPARATOR, STATEMENT))
            if words not in self._new_after:
                continue
            # (what the worn thing did is the wearer's: "Mum's flip flop slaps on her left
            # side" is Mum's foot, once the slap is new)
            wearer = next(((m.experiencer, m.person) for m in per_sentence[i - 1]
                           if m.experiencer in (WRITER, *SOMEONE)), None)
            for m in per_sentence[i - 1]:
                m.properties -= {"explained", "usual"}
                if m.experiencer == THING and wearer is not None:
                    m.experiencer, m.person = wearer

    def _referred_back(self, said_words: list[list[str]], per_sentence: list[list[Mention]]
                       ) -> None:
        """A sign named again with "the" or "that" in a later sentence ("When I was 20 I
        was in a car crash ... Nothing to do with the crash right?") is the one told before:
        it keeps that one's time, long past or over, and its ordinary cause or usualness
        ("The leaking hasn't changed"), unless its own sentence ties anything to now
        ("Today another car hit me, the crash hurt my back"). Only the nearest telling
        before it counts; a cause or usualness only to a sentence that says no change
        ("The leaking got worse" is a change, "hasn't changed" none)."""
        for i in range(1, len(per_sentence)):
            words = said_words[i]
            same = not any(
                w in self._changed and not self._unchanged.intersection(words[max(0, n - 2):n])
                for n, w in enumerate(words))
            if any("now" in m.properties or m.firm_now for m in per_sentence[i]):
                # "Today another car hit me, the crash hurt my back": today's; but "the
                # leaking is no different" is the leak told before, its cause kept
                kept = _KEPT - _PAST if same else frozenset()
            else:
                kept = _KEPT if same else _PAST
            if not kept:
                continue
            for m in per_sentence[i]:
                # (the "the" may be the sign's own first word: "the crash", "that tumble")
                if m.words[0] not in _DEFINITE and (
                        m.start == 0 or said_words[i][m.start - 1] not in _DEFINITE):
                    continue
                before = [o for j in range(i) for o in per_sentence[j]
                          if o.concepts & m.concepts and o.experiencer == m.experiencer]
                if before and before[-1].properties & kept:
                    m.properties |= before[-1].properties & kept

    def _an_age(self, tokens: list[str], i: int) -> bool:
        """Whether the number at `i` is an age long past: "when I was 15", not "when I was
        30 minutes into my walk"."""
        if int(tokens[i]) > OLDEST or (i + 1 < len(tokens) and tokens[i + 1] in _NOT_AN_AGE):
            return False
        return _after_one_of(tokens, i, self._ages)

    def _own_age(self, tokens: list[str], i: int) -> int:
        """The writer's own age said now by the number at `i` ("I'm 37 now", "Now 41, ...",
        "44F"), 0 when it is none (or someone else's: "dad is 80")."""
        value, end = self._age_value(tokens, i)
        if not value and not tokens[i].isdigit():
            return 0  # most words: no number, no age (asked of every word of a message)
        own = _after_one_of(tokens, i, self._age_own)
        if not value and own:
            said = self._number(tokens, i)  # "now 41, sciatica from sitting"
            if said is not None and said[0] <= OLDEST and not (
                    said[1] < len(tokens) and (tokens[said[1]] in _NOT_AN_AGE
                                               or tokens[said[1]] in self._spans)):
                value, end = said
        if not value or value < self._age_opens_from:
            return 0
        if own or (self._alone(tokens, i, value, end)
                   and not _after_one_of(tokens, i, self._age_then)):
            return value
        return 0

    def _ages_then(self, tokens: list[str], own: int) -> set[int]:
        """Where a number after `then` ("at 24") is below the writer's own age now (`own`):
        an age long past, like "when I was 24", never the age now nor a time of day."""
        if not own or not self._age_then:
            return set()
        found = set()
        for i, token in enumerate(tokens):
            if not token.isdigit() or not _after_one_of(tokens, i, self._age_then):
                continue
            said = self._number(tokens, i)
            if said is None or not self._age_opens_from <= said[0] < own:
                continue
            after = tokens[said[1]] if said[1] < len(tokens) else ""
            if after in _NOT_AN_AGE or after in self._spans or after in _CLOCK or after.isdigit():
                continue  # "at 20 weeks", "at 10 pm", "at 15 30"
            found.add(i)
        return found

    def _opening_age(self, tokens: list[str], i: int) -> int | None:
        """The mark before the clause after an age long past, when the age opens the sentence
        ("When I was 19 years old, | I slipped"); None otherwise."""
        if not self._an_age(tokens, i) or not any(
                tuple(tokens[:len(key)]) == key and len(key) == i for key in self._ages):
            return None
        for j in range(i + 1, min(i + 4, len(tokens))):
            if tokens[j] == SEPARATOR:
                return j if j + 1 < len(tokens) else None
        return None

    def _measures(self, tokens: list[str], spans: list[Span]) -> list[Span]:
        """Where a number and a unit say a concept of `measured` ("about 4m", "25 feet"
        fallen): the number at least the entry's least, right before one of its units, and
        none of its `not_after` right before the number ("I'm 6 foot" is one's height), none
        of its `not_before` right after the unit, after a concept of its `after` (in
        `spans`) when it has them ("took about 20 ..." told as done), nor alone in its clause
        (", 24m": an age and a sex)."""
        found: list[Span] = []
        if not self._measured:
            return found
        for i in range(len(tokens) - 1):
            said = self._number(tokens, i)
            if said is None or said[1] >= len(tokens):
                continue
            value, end = said
            if ((i == 0 or tokens[i - 1] in MARKS)
                    and (end + 1 == len(tokens) or tokens[end + 1] in MARKS)):
                continue  # alone in its clause: a tag ("..., 24m": an age and a sex)
            for m in self._measured:
                if (value >= m.least and tokens[end] in m.units
                        and not _after_one_of(tokens, i, m.not_after)
                        and phrase_at(tokens, end + 1, m.not_before) is None
                        and (not m.after or _told_after(tokens, spans, i, m.after, m.within))):
                    found.append(Span(i, end + 1, m.concepts))
        return found

    def _number(self, tokens: list[str], i: int) -> tuple[int, int] | None:
        """The number said at `i`, in digits or words ("sixteen", "seventy two"), and where
        it ends; None when none starts there."""
        return number_at(tokens, i, self._number_words, self._unit_words)

    def _age_now(self, tokens: list[str], i: int) -> tuple[frozenset[str], int]:
        """The age groups (concepts) of the number at `i` when it is an age said now, and
        where it ends: "I'm 63", "a 15 year old", "dad is 80", "I'm sixteen", "in my late
        60s", "Marathoner, 56.", "(56M)"; never a score ("the pain is 8") or a measure ("I'm
        20 weeks")."""
        value, end = self._age_value(tokens, i)
        return (self._age_groups_of(value) if value else frozenset()), end

    def _age_value(self, tokens: list[str], i: int) -> tuple[int, int]:
        """The age said now by the number at `i` (0: none) and where it ends."""
        none = (0, i + 1)
        ordinal = _ORDINAL.fullmatch(tokens[i]) if self._age_ordinal else None
        if ordinal is not None and int(ordinal[1]) <= OLDEST:
            # "my 72nd birthday next week": the ordinal of a birthday is an age now
            for key in self._age_ordinal:
                if tuple(tokens[i + 1: i + 1 + len(key)]) == key:
                    return int(ordinal[1]), i + 1 + len(key)
        said = self._number(tokens, i) if self._age_groups else None
        if said is None or said[0] > OLDEST:
            return none
        value, end = said
        if end < len(tokens) and tokens[end] in _NOT_AN_AGE:
            return none
        decade = self._decade(tokens, i, value, end)
        if decade is not None:
            return decade
        if age_had(tokens, i, end, value, self._age_had_by, self._years, self._after_age_had):
            return value, end  # "I have 19 years", as Spanish say it
        after = any(tuple(tokens[end: end + len(key)]) == key for key in self._age_after)
        if not after and tokens[end: end + 1] in ([w] for w in self._spans):
            return none  # "I'm 2 years post op", "I am 3 months in": a time
        before = [key for key in self._age_before if tuple(tokens[i - len(key): i]) == key]
        if before == [self._is] and value < self._age_is_from:
            before = []
        if after or before or self._alone(tokens, i, value, end):
            return value, end
        return none

    def _decade(self, tokens: list[str], i: int, value: int, end: int
                ) -> tuple[int, int] | None:
        """The age a decade says ("in my sixties": 60, "in his late 70s": 75) and where it
        ends; None when the number is no decade after `decades` words."""
        if value % 10 or value < 20:
            return None
        later = i > 0 and tokens[i - 1] in self._age_later
        start = i - 1 if later else i
        if not any(tuple(tokens[start - len(key): start]) == key for key in self._age_decades):
            return None
        if tokens[end: end + 1] and tokens[end] in _DECADE_END:
            end += 1
        return value + (5 if later else 0), end

    def _alone(self, tokens: list[str], i: int, value: int, end: int) -> bool:
        """An age said alone, as a profile gives it: a number that fills its clause
        ("Marathoner, 56."), one with a sex beside it that fills its clause or opens the
        sentence ("(56M)", "F, 71", "M56 new back pain"), one opening the sentence before
        "and" ("67 n first ever back pain"; not "2 and a half weeks"), or one after an
        `opening` word at a clause's start ("at 68 I've never had it")."""
        edges = MARKS
        start = i - 1 if i and tokens[i - 1] in self._age_tags else i
        tagged = start < i
        if not tagged and end < len(tokens) and tokens[end] in self._age_tags:
            end, tagged = end + 1, True
        opens = start == 0
        closes = end == len(tokens) or tokens[end] in edges
        starts = start == 0 or tokens[start - 1] in edges
        if value >= self._age_opens_from:
            if tagged and (opens or (starts and closes)):
                return True
            if opens and tokens[end: end + 1] == ["and"] and not (
                    set(tokens[end + 1: end + 3]) & {"half"}):
                return True
            for key in self._age_opening:
                k = i - len(key)
                if tuple(tokens[k: i]) == key and (k == 0 or tokens[k - 1] in edges) \
                        and not closes:
                    return True
        return starts and closes and value >= self._age_is_from

    def _age_groups_of(self, value: int) -> frozenset[str]:
        return frozenset(name for name, (low, high) in self._age_groups.items()
                         if low <= value <= high)

    def _stories(self, per_sentence: list[list[Mention]]) -> None:
        """A story ends with how things are now: a sentence or clause saying a body function
        is normal ("I can pee by myself now", "peeing has been normal since") ends the
        earlier episode of it, told before without a word in its clause tying it to now
        ("they put a catheter in", "last month I couldn't pee"): those mentions, and the
        others in their clause, are over. One tied to now ("couldn't pee this morning") still
        counts. A normal state dated before now that the sentence sets against now ("Week ago
        I can stand on toes, now I cannot", "on monday i can climb the stairs, now i need the
        hand rail") is the change the story reports, not its end. A sentence that asks
        whether the function is normal ("is tingling a normal part of a flare?") ends
        nothing."""
        told = [m for found in per_sentence for m in found]
        for function in self._functions:
            for later in told:
                if not (later.concepts & function and later.properties & {"normal", "resolved"}):
                    continue
                if later.question and "resolved" not in later.properties:
                    continue  # "is fizzing a normal part of a flare?" asks, it tells no end
                if "earlier" in later.properties and (any(
                        m.firm_now and (m.concepts & (function | {"cannot"})
                                        or m.clause > later.clause)
                        and not m.properties & {"normal", "resolved"}
                        for m in per_sentence[later.sentence]) or any(
                        m.firm_now and m.concepts & (function | {"cannot"})
                        and not m.properties & {"normal", "resolved"}
                        and (m.sentence, m.clause) < (later.sentence, later.clause)
                        for m in told)):
                    # ... or anything told of now after it ("now I need the rail"), or a
                    # loss tied to now told before it ("can't do it now ... could last week")
                    continue
                when = (later.sentence, later.clause)
                ended = {(m.sentence, m.clause) for m in told
                         if (m.sentence, m.clause) < when and m.concepts & function
                         and m.experiencer == later.experiencer and not m.firm_now
                         and not m.properties & {"negated", "normal"}}
                for m in told:
                    if (m.sentence, m.clause) in ended and not m.firm_now:
                        m.properties.add("resolved")

    def _injuries_long_ago(self, days: _Durations, per_sentence: list[list[Mention]]) -> None:
        """An injury told beside how long the pain has lasted ("I injured it by falling off
        a horse ... for 12 months now") happened that long ago, unless tied to now. A
        history of years dates only its own sentence, where the injury is long past ("fell
        off a horse and it's hurt on and off for 15 years"), not a crash told beside it
        ("... the car rolled. Old sciatica from 2015.")."""
        rules = self._kb.triage
        concepts = self._earlier_for
        if not any(m.concepts & concepts for found in per_sentence for m in found):
            return
        least, history = max(rules.duration_earlier_days, 1), rules.duration_history_days
        for i in range(len(per_sentence)):
            if days.longest(i) < least:
                continue
            reach, when = 1, "earlier"
            if history and not days.between(i, least, history):
                # "Bad back since 2011." told after a fall is the back's history; a fall told
                # with years of pain since is long past
                reach, when = 0, "historical"
            for near in per_sentence[max(0, i - reach): i + reach + 1]:
                for m in near:
                    if m.concepts & concepts and "now" not in m.properties:
                        m.properties.add(when)

    def _short_bouts(self, days: _Durations, per_sentence: list[list[Mention]]) -> None:
        """A stop said with a short time in its own clause ("off sick for a week", "took
        two days off work") is a short bout: not pain that stops one's life; so is work lost
        to the pain (`timed_for`) told with no time or a short one; and so is a pain told only
        by how bad it is (`intense_for`: "unbearable tonight", "10/10") in a message whose
        every time is short ("started 5 days ago"): an intense pain is not a long one."""
        rules = self._kb.triage
        concepts = self._short_for | self._timed_for | self._intense_for
        if not concepts or not any(m.concepts & concepts for found in per_sentence
                                   for m in found):
            return
        # (a stop told with no time of its own is a bout too where every time the message
        # says is short and it says the pain is easing: "stopped my walks. Only a week, and
        # already a bit better")
        easing = self._short_easing
        longest = max((days.longest(i) for i in range(len(days.parts))), default=0)
        short_and_easing = (0 < longest < rules.duration_short_days and bool(easing)
                            and any(m.concepts & easing and m.experiencer == _PATIENT
                                    and not m.properties & _NOT_NOW
                                    for found in per_sentence for m in found))
        # (an intense pain that stops work, study or life is no bout: work lost is its own rule)
        stopped = any(m.concepts & self._intense_unless for found in per_sentence for m in found)
        for i, found in enumerate(per_sentence):
            for m in found:
                lasted = days.in_clause(i, m.clause)
                # (a stop told only with its time, "haven't been able to work for a
                # fortnight", is a bout unless that time is said and long enough)
                if (m.concepts & self._short_for and 0 < lasted < rules.duration_short_days) or (
                        m.concepts & self._timed_for and lasted < rules.duration_timed_days) or (
                        m.concepts & self._short_for and not lasted and short_and_easing) or (
                        m.concepts & self._intense_for and not stopped
                        and 0 < longest < rules.duration_intense_days):
                    m.properties.add("brief")

    def _long_standing(self, days: _Durations, per_sentence: list[list[Mention]],
                       starts: list[list[int]], said: list[list[str]]) -> None:
        """A bladder, bowel or sexual sign told in the same part of a clause as years of it
        ("had erection problems for years", "an overactive bladder for years, on
        mirabegron") is the person's usual (`usual`, like the words "my usual" or "as
        always"): there before the back problem, not a new sign of one, unless the message
        says it is new, worse or changed (`_unless_changed`), nor when the back is told in
        the same part ("wetting myself for a year with this back pain")."""
        rules = self._kb.triage
        concepts = self._chronic_for
        if not concepts or rules.duration_chronic_days < 1:
            return
        back = frozenset(rules.people.back)
        for i, found in enumerate(per_sentence):
            if not any(m.concepts & concepts for m in (
                    *found, *(per_sentence[i - 1] if i else ()))):
                continue
            for clause in days.clauses_over(i, rules.duration_chronic_days):
                where = {k for k, _ in self._part(said[i], starts[i], clause)}
                if any(m.concepts & back and where.intersection(range(m.start, m.end))
                       for m in found):
                    continue  # "wetting myself for a year with this back pain": the back's
                for m in found:
                    if (m.clause == clause and m.concepts & concepts
                            and where.issuperset(range(m.start, m.end))):
                        m.properties.add("usual")
                if clause == 0 and i and self._points_back(said[i], starts[i], found):
                    # "Numbness on the outside of my foot. It has been like that for 2
                    # years.": the sign of the sentence before, in its last clause
                    last = max((m.clause for m in per_sentence[i - 1]), default=0)
                    told = [m for m in per_sentence[i - 1] if m.clause == last]
                    if not any(m.concepts & back for m in told):
                        for m in told:
                            if m.concepts & concepts:
                                m.properties.add("usual")

    def _points_back(self, said: list[str], starts: list[int], found: list[Mention]) -> bool:
        """Whether the first clause of a sentence says how long only of something named
        before it, in words of going on that name nothing ("It has been like that for 2
        years", "had it for years")."""
        lasting = [m for m in found if m.clause == 0 and m.concepts & self._lasting]
        return bool(lasting) and all(self._only_going_on(m) for m in lasting) \
            and self._refers(said, starts, 0, lasting)

    def _unless_changed(self, per_sentence: list[list[Mention]], starts: list[list[int]],
                        said: list[list[str]]) -> None:
        """A sign told as the person's usual is not reported now, unless the message says
        something is new, worse, different or now (`changed` in triage.yaml): a careful
        clinician still worries about a new or changed sign in someone with a known
        condition. Not when the change is only the back's ("the sciatica is the new thing"),
        nor denied ("nothing new", "no worse"); a clause that ties what it tells to the back's
        start ("since the back went", "can't get hard since the disc went") says it changed."""
        usual = [m for found in per_sentence for m in found if "usual" in m.properties]
        own = {(m.sentence, k) for m in usual for k in range(m.start, m.end)}
        if usual and self._said_changed(per_sentence, starts, said, own):
            for m in usual:
                m.properties.discard("usual")

    def _said_changed(self, per_sentence: list[list[Mention]], starts: list[list[int]],
                      said: list[list[str]], own: set[tuple[int, int]]) -> bool:
        """Whether the message says something is new, worse or now, in a part of a clause
        (between the words that join parts: "and", "but") not about the back itself, or
        ties a part to the back's start. The words of the usual signs themselves (`own`:
        "can't feel my toes, as always") say no change."""
        back = frozenset(self._kb.triage.people.back)
        for k, words in enumerate(said):
            for c in range(len(starts[k])):
                for part in self._pieces(self._part(words, starts[k], c, whole=True)):
                    places = {at for at, _ in part}
                    told = sorted((m for m in per_sentence[k] if m.start in places
                                   and m.concepts - self._neutral), key=lambda m: m.start)
                    backs = [m for m in told if m.concepts & back]
                    # the back's parts named in this piece
                    parts = [m for m in per_sentence[k] if m.start in places
                             and m.concepts & back]
                    later = min((m.start for m in parts if told and m.start > told[0].start),
                                default=None)
                    if later is not None and told[0] not in backs and any(
                            w in self._tied for at, w in part if told[0].start < at < later):
                        return True  # "can't get hard since the disc went": tied after it
                    # ... and what is placed on the back ("a new ache in my lower back") is
                    # the back's too
                    said_at = dict(part)
                    placed = {id(m) for m in told for b in parts
                              if m.concepts & self._usual_signs
                              and self._placed_on(m, b, said_at)}
                    backs = backs or (parts if placed else [])
                    # about the back: it comes first ("the sciatica is the new problem"), or
                    # nothing else that can be usual is told ("only new thing is the sciatica")
                    if backs and (told[0] in backs or not any(
                            m.concepts & self._usual_signs and id(m) not in placed and not any(
                                b.start <= m.start and m.end <= b.end for b in backs)
                            for m in told)):
                        if any(w in self._tied for at, w in part if at < backs[0].start):
                            return True  # "since the back went ...": tied to its start
                        continue  # "the back pain is the new thing"
                    compared = self._same_timed([w for _, w in part])
                    for n, (at, word) in enumerate(part):
                        if word in self._changed and (k, at) not in own and not any(
                                w in self._unchanged for _, w in part[max(0, n - 2):n]
                        ) and n not in compared:
                            return True
        return False

    def _same_timed(self, words: list[str]) -> set[int]:
        """The positions of the times a comparison of sameness reaches ("same as the last 2
        years", "the same as before"): what the thing is the same as, never a change."""
        found: set[int] = set()
        for i in range(len(words)):
            if not _after_one_of(words, i, self._same_as):
                continue
            for n in range(i, min(len(words), i + self._same_reach)):
                if words[n] in MARKS:
                    break
                if words[n] in self._same_times:
                    found.add(n)
        return found

    def _changes(self, words: list[str]) -> bool:
        """Whether words say something is new, worse or now (`changed`), leaving out the
        times a comparison of sameness names ("nope, same as the last 2 years")."""
        compared = self._same_timed(words)
        return any(w in self._changed and n not in compared for n, w in enumerate(words))

    def _placed_on(self, m: Mention, part: Mention, said_at: dict[int, str]) -> bool:
        """Whether a sign is placed on a part named right after it, only small words
        between ("an ache in my lower back"): the part's, not a sign of its own."""
        between = range(m.end, part.start)
        return 0 < len(between) <= 3 and all(said_at.get(k) in self._placing for k in between)

    def _pieces(self, words: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
        """A clause's words cut at the words that join its parts ("he's had back pain a
        week and today he's soaked himself": the second part is not the back's)."""
        pieces: list[list[tuple[int, str]]] = [[]]
        for at, word in words:
            if word in self._joins:
                pieces.append([])
            pieces[-1].append((at, word))
        return [p for p in pieces if p]

    def _says(self, flag_id: str, concepts: tuple[str, ...], mentions: list[Mention]) -> bool:
        """Whether one of `concepts` is reported (not denied, not someone else's...). Words
        a rule for some concepts discounted ("numb for years because of my diabetes") say
        nothing of the others either."""
        discounted = {(m.sentence, m.start, m.end) for m in mentions
                      if m.properties & _DISCOUNTED}
        return any(c in m.concepts and self._action(flag_id, c, m) == "warn"
                   and (m.sentence, m.start, m.end) not in discounted
                   for m in mentions for c in concepts)

    def _duration(self, days: _Durations, per_sentence: list[list[Mention]], past: set[int],
                  starts: list[list[int]], said: list[list[str]],
                  marked: list[tuple[str, bool]]) -> Finding | None:
        """Persistent pain from a duration: six weeks or more of an ongoing symptom (five when
        the message says outright it is no better or worse), not one that is getting
        better, and not in a sentence about the past ("last year it went on for 3 months").
        A duration is of what its clause tells ("Lost 8kg on purpose since January" is the
        weight's; "up twice a night to pee for 20 years" the nights'); one
        said alone ("Month and a half in.", "its week 9 now") is of the nearest clause, or
        sentence before or after, that tells of something."""
        rules = self._kb.triage
        flag = self._by_id.get(rules.duration_flag)
        if flag is None:
            return None
        needs, unless = rules.duration_needs, rules.duration_unless
        everything = [m for sentence in per_sentence for m in sentence]
        for i in range(len(per_sentence) if days.parts else 0):
            near = [m for k in (i, i + 1) if k < len(per_sentence) for m in per_sentence[k]]
            least = rules.duration_min_days
            if (rules.duration_unchanged_days
                    and self._says(flag.id, rules.duration_unchanged, near)):
                least = min(least, rules.duration_unchanged_days)  # "5 weeks, no better"
            if i in past and not self._lasted_now(days, per_sentence[i], i, least,
                                                  rules.duration_history_days):
                continue
            if days.longest(i) < least or days.only_felt(i, least):
                continue
            if (rules.duration_history_days
                    and not days.between(i, least, rules.duration_history_days)
                    and not self._says(flag.id, rules.duration_history_needs, everything)):
                continue  # "sciatica since 2016, quiet these days": a history, not a pain now
            lasted: list[Mention] = per_sentence[i]
            if days.words(i) > rules.duration_alone_words:
                found = next((m for c in days.clauses_over(i, least)
                              if (m := self._what_lasted(
                                  per_sentence, i, c, days.ago(i, c), starts[i], said[i],
                                  (said[i - 1], starts[i - 1]) if i else None,
                                  days.in_clause(i, c))) is not None),
                             None)
                if found is None or not self._says(flag.id, needs, found):
                    continue
                lasted = found
            if self._steady(flag.id, near, per_sentence):
                continue
            if not self._says(flag.id, unless, _outside(near + lasted, (
                    *needs, *rules.duration_unchanged))):
                return self._lasted(flag, per_sentence, marked)
        return None

    @staticmethod
    def _lasted_now(days: _Durations, mentions: list[Mention], i: int, least: int,
                    history: int) -> bool:
        """Whether a sentence that tells of the past in a clause after another counts, in
        that earlier clause that tells of something and nothing past, a time long enough
        and short of a history ("sciatica 2 months, no change, knee op last year": the knee
        is an aside, the two months are now; never a story that opens with its past, "old
        disc problem from 20 years ago, flares twice a year for about a week").
        """
        past = {m.clause for m in mentions if m.properties & _PAST}
        return bool(past) and any(
            c < min(past) and any(m.clause == c for m in mentions)
            and (not history or days.in_clause(i, c) < history)
            for c in days.clauses_over(i, least))

    def _steady(self, flag_id: str, near: list[Mention], per_sentence: list[list[Mention]]
                ) -> bool:
        """Whether what lasted is a numbness or weakness told as holding steady ("a numb
        patch on my shin, the same for months", "weak since the summer but exactly the same,
        physio's happy"), with no pain told anywhere in the message: a known, stable deficit
        (NICE CKS: a deficit that is progressive is the red flag), not pain that goes on."""
        rules = self._kb.triage
        if not rules.duration_steady or not self._says(flag_id, rules.duration_steady, near):
            return False
        own = [m for sentence in per_sentence for m in sentence
               if not m.properties & {"negated", "normal"} and m.experiencer not in _NOT_PATIENT]
        signs, pain = frozenset(rules.duration_steady_signs), frozenset(rules.duration_steady_pain)
        return (any(m.concepts & signs for m in own)
                and not any(m.concepts & pain for m in own))

    def _stops_in_hand(self, findings: dict[str, Finding], per_sentence: list[list[Mention]],
                       marked: list[tuple[str, bool]]) -> None:
        """Persistent pain found from what the pain stops alone (`under_for`: sleep, work,
        walking) gets the calm note, as a duration does, when the writer tells that a
        specialist already has it in hand: "my spinal consultant sees me for it, it stops me
        working full days" tells them to see no one new. Getting worse still warns."""
        rules = self._kb.triage
        known = findings.get(rules.duration_flag)
        if (known is None or known.reply != "warn" or not rules.duration_under_for
                or not set(known.concepts) <= set(rules.duration_under_for)):
            return
        noted = self._lasted(known.flag, per_sentence, marked)
        if noted.reply == "note":
            findings[known.flag.id] = replace(known, reply=noted.reply,
                                              properties=known.properties | noted.properties)

    def _by_course(self, findings: dict[str, Finding], marked: list[tuple[str, bool]],
                   per_sentence: list[list[Mention]], past: set[int], today: date,
                   pregnant: bool, someone: bool = False) -> bool:
        """Persistent pain told as a course (`course` in triage.yaml): one that has got
        worse for weeks, stayed the same for longer, or run well past the time it usually
        takes; and no warning for a course that gets better ("8/10 a month ago, now 3/10"),
        however long. Read in the sentences that tell, not ask, and are not about the past,
        and only when the writer's own pain or back is in the message. True when the course
        told gets better or is a deficit held steady: the rules' reading of the time stands."""
        words = self._kb.triage.course
        flag = self._by_id.get(self._kb.triage.duration_flag)
        if flag is None or not words.about:
            return False
        told = [self._analyzer.in_english(fold(part)) for i, (part, asked) in enumerate(marked)
                if i not in past and not asked and not self._of_another(per_sentence, i)]
        text = "\n".join(told)
        if not may_say_a_duration(text):
            return False
        counted = VAGUE.sub(" ", text)
        if counted != text and may_say_a_duration(counted):
            text = counted  # "12 days, feels like ages": the count is how long it has been
        course = self._course.read(text, reference_day(text, today), pregnant)
        if course.deficit == WORSE:
            self._deficit_course(findings, per_sentence)
        known = findings.get(flag.id)
        if course.direction == BETTER:
            if known is not None and known.concepts == ("duration",):
                del findings[flag.id]
            return True
        if known is not None and known.reply == "warn":
            return False
        if words.history_days and course.span >= words.history_days:
            return False  # "on and off for 15 years, same as ever": a history, read by durations
        about = frozenset(words.about)
        own = [m for s in per_sentence for m in s
               if m.experiencer not in _NOT_PATIENT and not m.properties & _DISCOUNTED]
        if not any(m.concepts & about for m in own) and (someone or not _scored_alone(course)):
            return False
        history = words.history_days or course.lasted + 1
        if (course.usual and course.usual < course.lasted < history
                and course.lasted >= words.outlasted_days > 0):
            # "usually settles in a fortnight, two months now": what it usually does
            # (settles) is not what this one does
            findings[flag.id] = self._lasted(flag, per_sentence, marked)
            return False
        rules = self._kb.triage
        if self._says(flag.id, rules.duration_unless,
                      _outside(own, (*rules.duration_needs, *rules.duration_unchanged))):
            return False  # it is getting better, or has only just come back
        if course.direction == SAME and self._steady(flag.id, own, per_sentence):
            return True  # a numbness or weakness held steady, no pain told: a stable deficit
        spread = frozenset(words.spread)
        if ((course.direction == WORSE and course.span >= words.worse_days > 0)
                or (course.direction == SAME and course.span >= words.same_days > 0)
                or (course.direction == WORSE and course.span >= words.spread_days > 0
                    and any(m.concepts & spread for m in own))):
            findings[flag.id] = self._lasted(flag, per_sentence, marked)
        return False

    def _of_another(self, per_sentence: list[list[Mention]], i: int) -> bool:
        """Whether a sentence tells only of someone else's course: every word of a sign, a
        pain or a change in it is another person's ("my mum's memory has got worse over
        months. My back aches."), so its times and directions are theirs, not the writer's
        course (alarms45)."""
        if i >= len(per_sentence):
            return False
        told = [m for m in per_sentence[i] if m.concepts - self._neutral]
        # (a person or an animal: what "the website says" of the writer's pain is theirs;
        # and only a sentence that tells a change: "Jumper alone took me six weeks." names
        # no one's course; alarms50: or a sign of theirs, whose date is when they had it,
        # "the dog had a fit last month, he's fine now": no point of the writer's course)
        return (any(m.concepts & (self._others_change | self._signs) for m in told)
                and all(m.experiencer in _OTHERS for m in told))

    def _deficit_course(self, findings: dict[str, Finding],
                        per_sentence: list[list[Mention]]) -> None:
        """Readings of what a leg can do that fall, or of a numbness or weakness that rise,
        day after day ("mon 5/5, wed 4/5, fri 3/5 lifting my foot", "15 reps last mon, 5
        today"): a deficit that progresses (`course.deficit_flag`; NICE CKS), when the
        writer's own leg, foot or strength is in the message (`deficit_about`), not a
        child's or a dog's."""
        words = self._kb.triage.course
        flag = self._by_id.get(words.deficit_flag)
        known = findings.get(words.deficit_flag)
        if flag is None or (known is not None and known.reply == "warn"):
            return
        about = frozenset(words.deficit_about)
        if any(m.concepts & about for s in per_sentence for m in s
               if m.experiencer not in _NOT_PATIENT and not m.properties & _DISCOUNTED):
            findings[flag.id] = Finding(flag, ("course",))

    def _lasted(self, flag: RedFlag, per_sentence: list[list[Mention]],
                marked: list[tuple[str, bool]]) -> Finding:
        """Pain that has lasted: the warning, or only a calm note when the person tells (not
        asks) that a specialist already has it in hand (`under`): "see your GP or physio"
        tells them nothing new, and a warning on every question they ask teaches them to
        skip it. Not for care told as a step dated back and the pain as no better
        (`_care_failed`): care that has not helped is to be seen again. A clause that asks
        ("should I ask for the pain clinic?") tells of no such care (`marked`: each sentence
        and whether it asks)."""
        under = self._kb.triage.duration_under
        if not under:
            return Finding(flag, ("duration",))
        asking = [{k for k, c in enumerate(_CLAUSE.split(part)) if asked and _QUESTION.match(c)}
                  for part, asked in marked]
        told = [m for i, s in enumerate(per_sentence) for m in s if m.clause not in asking[i]]
        if self._says(flag.id, under, told) and not self._care_failed(flag.id, under, told):
            return Finding(flag, ("duration",), "note", frozenset({"under_care"}))
        if self._care_asked(flag.id, per_sentence, marked):
            return Finding(flag, ("duration",), "note", frozenset({"asked"}))
        return Finding(flag, ("duration",))

    def _care_asked(self, flag_id: str, per_sentence: list[list[Mention]],
                    marked: list[tuple[str, bool]]) -> bool:
        """Whether a sentence that asks names a step of care for pain that lasts (`asked_care`:
        "do I need an operation?", "how do people cope with it long term?"), and the message
        tells of no pain getting worse, no better or stopping work or life (`asked_unless`):
        the writer already asks what a clinician would take up with them, so the answer with
        a calm line to see the GP serves them better than a warning on the question (NHS: see
        a GP if it is not improving or getting worse: those still warn)."""
        if not self._asked_care:
            return False
        asked = any(m.concepts & self._asked_care and not m.properties & {"negated", "normal"}
                    for i, sentence in enumerate(per_sentence)
                    if i < len(marked) and marked[i][1] for m in sentence)
        everything = [m for sentence in per_sentence for m in sentence]
        return asked and not self._says(flag_id, self._kb.triage.duration_asked_unless,
                                        everything)

    def _care_failed(self, flag_id: str, under: tuple[str, ...], told: list[Mention]) -> bool:
        """Whether the care told is only a step dated back (`under_past`: "had the steroid
        injection 6 weeks ago") and the pain told as no better (`under_unless`: "zero
        improvement"): care that has not helped, to be seen again, not care in hand."""
        rules = self._kb.triage
        past = frozenset(rules.duration_under_past)
        care = [m for m in told if m.concepts & set(under) and not m.properties & _DISCOUNTED]
        return (bool(past) and bool(care) and all(m.properties & past for m in care)
                and self._says(flag_id, rules.duration_under_unless, told))

    def _what_lasted(self, per_sentence: list[list[Mention]], i: int, clause: int,
                     ago: int | None, starts: list[int], said: list[str],
                     previous: tuple[list[str], list[int]] | None = None, days: int = 0
                     ) -> list[Mention] | None:
        """The mentions a duration in this clause is about, or None when it is about
        something that does not count (weight lost on purpose, nights up to pee that the GP
        put down to the prostate, someone else's illness). A duration said as "N ago"
        (`ago`: the words before it) dates what was told just before it: "had a heart
        attack 10 years ago and now I have sciatica" is not ten years of sciatica."""
        needs = self._lasting
        own = self._unnamed(per_sentence[i])
        began = False
        if ago is not None:
            before = [m for m in own if m.clause == clause and m.start - starts[clause] <= ago
                      and m.concepts - self._neutral]
            if before and not max(before, key=lambda m: m.start).concepts & needs and not (
                    days < self._kb.triage.duration_began_days
                    and any(m.concepts & self._began for m in before
                            if not m.properties & _DISCOUNTED - {"earlier"})):
                return None  # ... unless it dates how the back went ("lifted a sofa 8 weeks ago")
            began = bool(before) and not max(before, key=lambda m: m.start).concepts & needs
        lasting = [m for m in own if m.clause == clause and m.concepts & needs]
        # only words of going on ("had it for years") name what lasted: nothing of their own
        going_on = bool(lasting) and all(self._only_going_on(m) for m in lasting)
        if going_on and any(
                m.clause == clause and m.concepts & self._usual_signs
                and not self._only_going_on(m)
                and (m.properties & _DISCOUNTED or m.experiencer in _NOT_PATIENT)
                for m in own):
            return None  # "the leaking after my op has been the same for 3 years": the leak's
        if (clause or previous is not None) and self._refers(said, starts, clause, lasting):
            # "it's my anxiety, had it for years": "it" is the last thing the clause before
            # names, a pain or something else; at a sentence's start, the lasting sign the
            # sentence before ends with ("I have numbness on my foot. It has been like that
            # for 2 years.")
            if clause:
                named = self._named_last(said, starts, clause - 1, own)
            else:
                assert previous is not None
                last = len(previous[1]) - 1
                told = [m for m in per_sentence[i - 1] if m.clause == last
                        and m.concepts & needs]
                named = max(told, key=lambda m: m.start) if told else None
            if named is not None:
                started = [m for m in own if clause and m.clause == clause - 1
                           and m.concepts & needs and not m.properties & _DISCOUNTED
                           and not (m.start and said[m.start - 1] in self._subjects)]
                if not named.concepts & needs and ago is not None and started:
                    # "it started the week we did the fit-out, which was ten weeks ago":
                    # the "which" dates the event the start was told by, so the sign the
                    # clause before tells began that long ago, never what a person started
                    # ("I started the new job the week we moved, which was ...") (misses50)
                    return started
                if not named.concepts & needs:
                    return None
                told = [m for m in own if m.clause >= clause and m.concepts & needs
                        and not m.properties & (_DISCOUNTED | {"hypothetical"})]
                if named.properties & {"hypothetical", "asked"} and told:
                    # "if it's not better by 6 weeks see the GP. It's week 7 and about the
                    # same": the pain the condition named, told as going on here; so is the
                    # one a question named ("how long does sciatica last? I've had it 4
                    # months", stop 37)
                    return told
                return [named] if going_on else [named, *lasting]
            if going_on and not any(
                    m.clause == clause and m.concepts & self._no_better
                    and not m.properties & _DISCOUNTED for m in own):
                # "night sweats again, had them since I started it 4 years ago": the going-on
                # words name nothing, the clause before says what lasted (never one that says
                # the pain is no better: "it's week 7 and about the same" is the bout's)
                lasting = []
                own = [m for m in own if m.clause != clause]
        elif not lasting and (self._tells_what(said, starts, clause, own)
                              or self._of_self(said, starts, clause)):
            return None  # "lost 10 kg on banting since January": the weight's, not a pain's
        elif lasting and self._of_its_own(said, starts, clause, own, lasting):
            return None  # "worked in this job for 6 years and my back started hurting"
        elif lasting and self._owned_apart(said, starts, clause, own, lasting):
            return None  # "dropped a dress size since Easter on purpose and my back is sore"
        rest = [m for m in own if m.clause != clause]
        places = [
            [m for m in own if m.clause == clause],
            [m for m in rest if m.clause == clause - 1],
            [m for m in rest if m.clause == clause + 1],
            rest,
            per_sentence[i - 1] if i else [],
            per_sentence[i + 1] if i + 1 < len(per_sentence) else [],
        ]
        for mentions in places:
            lasting = sorted((m for m in mentions if m.concepts & needs), key=lambda m: m.start)
            if lasting and mentions is places[0] and lasting[0].experiencer in _NOT_PATIENT:
                return None  # "my brother had sciatica for a year and ...": his year
            if began and lasting and any(
                    m.concepts & self._began_unless or "earlier" in m.properties
                    for m in mentions
                    if (m.sentence, m.clause) == (lasting[0].sentence, lasting[0].clause)):
                return None  # "slipped 8 weeks ago, ... my back has hurt since Monday"
            if lasting:
                return mentions
            # a figure of speech in the clause that tells the time names nothing that lasted
            # ("since the summer fete and now the conkers are falling"); one in a clause
            # beside it is what that clause tells ("weight keeps dropping off, 5 kilos in 6
            # weeks": the weight's weeks)
            figures = _FIGURES if mentions is places[0] else frozenset()
            if any(m.concepts - self._neutral and (m.properties & _DISCOUNTED - figures
                                                   or m.experiencer in _NOT_PATIENT)
                   for m in mentions):
                return None  # of something denied, explained or someone else's
        return None

    def _unnamed(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions less those read inside the name of a thing taken (`names` under
        `duration`): amitriptyline is read as a nerve pain antidepressant, and its "pain"
        is the medicine's name, not a pain that lasted ("dry mouth since I started
        amitriptyline 3 years ago")."""
        names = [m for m in mentions if m.concepts & self._names]
        if not names:
            return mentions
        return [m for m in mentions if m.concepts & self._names or not any(
            n.start <= m.start and m.end <= n.end and (n.end - n.start) > (m.end - m.start)
            for n in names)]

    def _tells_what(self, said: list[str], starts: list[int], clause: int,
                    mentions: list[Mention], whole: bool = False) -> bool:
        """Whether the part of a clause that says how long ("... and", "but ...", "because
        ..." end it; `whole`: the whole clause) says what lasted in words of its own,
        besides the words of time and the signs found in it: "I have thyroid since 10
        years", "type 1 for 20 years", "the waiting list is 10 weeks" tell of a thyroid, a
        diabetes and a waiting list, and their duration is no pain's."""
        words = self._part(said, starts, clause, whole)
        covered = {k for m in mentions for k in range(m.start, m.end)} | self._events(words)
        return any(k not in covered and word not in self._light and word not in self._pointing
                   and not word[:1].isdigit() for k, word in words)

    def _events(self, words: list[tuple[int, str]]) -> set[int]:
        """The places of the words that name a dated day's event, right after a season or a
        holiday counted from ("since the summer fete", "since the Christmas party", "from
        the Easter egg hunt"; at most `_EVENT_WORDS`): they tell when, as the season does,
        not a thing of their own that lasted. The day's name must follow a word that counts
        from it within a few words (`_DATED_FROM`): "my summer job for 10 years" is a job."""
        found: set[int] = set()
        for n, (_, word) in enumerate(words):
            if word not in self._date_names or not any(
                    w in self._dated_from for _, w in words[max(0, n - _FROM_WORDS):n]):
                continue
            for k, after in words[n + 1:n + 1 + _EVENT_WORDS]:
                if after in self._light or after in self._joins or after[:1].isdigit():
                    break
                found.add(k)
        return found

    def _of_its_own(self, said: list[str], starts: list[int], clause: int,
                    mentions: list[Mention], lasting: list[Mention]) -> bool:
        """Whether the part of a clause that says how long tells of something in words of
        its own while the lasting signs are all in another part of it, dated days ago: "I've
        worked in this job for 6 years and my back started hurting on Monday" is the job's
        six years, not the back's; "waiting 14 weeks for physio and the pain's no better"
        still tells of the pain's weeks."""
        part = {k for k, _ in self._part(said, starts, clause)}
        if any(m.start in part for m in lasting):
            return False
        dated = any(m.clause == clause and m.start not in part
                    and ("earlier" in m.properties or m.concepts & self._dated)
                    for m in mentions) or self._begun_after(said, starts, clause, part)
        return (dated and self._tells_what(said, starts, clause, mentions)) \
            or self._of_self(said, starts, clause)

    def _begun_after(self, said: list[str], starts: list[int], clause: int, part: set[int]
                     ) -> bool:
        """Whether a part of the clause after the one that says how long opens, right after
        its join, with a word that tells it as new ("... for three months and now my back
        hurts"); never a word inside it ("since Feb and it's now April")."""
        last = max(part, default=-1)
        words = self._part(said, starts, clause, whole=True)
        return any(k > last and word in self._begun and n and words[n - 1][1] in self._joins
                   for n, (k, word) in enumerate(words))

    def _owned_apart(self, said: list[str], starts: list[int], clause: int,
                     mentions: list[Mention], lasting: list[Mention]) -> bool:
        """Whether the part of a clause that says how long tells of a change the writer
        meant or gave a cause of its own (`owned` under `duration`, discounted there: weight
        lost on purpose), while every lasting sign is in another part of it: the time is the
        change's, and the clause says nothing of how long the pain has lasted."""
        part = {k for k, _ in self._part(said, starts, clause)}
        # (a word of going on in the change's own part names nothing that lasted: "since I
        # started dieting in January" is the diet's start, time54)
        if not self._owned or any(m.start in part and not self._only_going_on(m)
                                  for m in lasting):
            return False
        # ... never when another part of the sentence says a time of its own ("and my back
        # has hurt since then", after a comma too): the pain's; a figure that counts no time
        # ("couch to 5k") says none
        covered = {k for m in mentions for k in range(m.start, m.end)}
        if any(k not in part and (word in self._owned_unless or word.isdigit()
                                  or (word in self._times and k not in covered))
               for k, word in enumerate(said) if k >= starts[clause]):
            return False
        return any(m.clause == clause and m.start in part and m.concepts & self._owned
                   and m.properties & _DISCOUNTED for m in mentions)

    def _of_self(self, said: list[str], starts: list[int], clause: int) -> bool:
        """Whether the part of a clause that says how long tells of the writer's own life (a
        job, a marriage: `self` under `duration`): "I've been a bus driver for 15 years and
        my back hurts" is fifteen years at the wheel, not of pain, whatever the job's words
        are (a bus is also a vehicle of a crash)."""
        return self._self_told.said_in([word for _, word in self._part(said, starts, clause)])

    def _part(self, said: list[str], starts: list[int], clause: int, whole: bool = False
              ) -> list[tuple[int, str]]:
        """The words of a clause, with their places; unless `whole`, only the part of it
        around its first word of time, between the words that join parts."""
        end = starts[clause + 1] - 1 if clause + 1 < len(starts) else len(said)
        words = list(enumerate(said[starts[clause]:end], starts[clause]))
        timed = [n for n, (_, word) in enumerate(words) if word in self._times]
        if timed and not whole:
            before = [n for n in range(timed[0]) if words[n][1] in self._joins]
            after = [n for n in range(timed[0], len(words)) if words[n][1] in self._joins]
            words = words[(before[-1] + 1 if before else 0):(after[0] if after else None)]
        return words

    def _named_last(self, said: list[str], starts: list[int], clause: int,
                    mentions: list[Mention]) -> Mention | None:
        """The last thing a clause names: the mention of a lasting sign ("sciatica down my
        leg"), or a mention without concepts for words of its own ("because of piles", "my
        overactive bladder"); None when it names nothing."""
        needs = self._lasting
        for k, word in reversed(self._part(said, starts, clause, whole=True)):
            found = [m for m in mentions if m.start <= k < m.end]
            lasting = [m for m in found if m.concepts & needs]
            if lasting:
                return lasting[0]
            if not found and word not in self._light and word not in self._pointing \
                    and not word[:1].isdigit():
                return Mention(-1, k, k + 1, frozenset(), (word,))
        return None

    def _refers(self, said: list[str], starts: list[int], clause: int,
                lasting: list[Mention]) -> bool:
        """Whether a clause says how long only of something named before it: "which I've
        had for years", "had it for years", "I've had them for ages" (words of going on
        beside it, "since it started", name nothing of their own)."""
        words = [word for _, word in self._part(said, starts, clause)]
        if not any(word in self._pointing for word in words):
            return False
        return all(self._pointing.intersection(m.words) or self._only_going_on(m)
                   for m in lasting)

    def _only_going_on(self, m: Mention) -> bool:
        """Whether a lasting mention only says that something goes on, naming nothing
        (`continuing` under `duration`: "it's been", "the same", "started")."""
        return tuple(m.words) in self._continuing


class _Durations:
    """How long each sentence, and each clause of it, says something has lasted, read once
    and only when asked. In a message about a pregnancy, "34 weeks" said alone is how far
    along it is."""

    def __init__(self, parts: list[str], today: date, pregnant: bool = False,
                 typed: Callable[[str], list[str]] = tokenize,
                 aged: frozenset[str] = frozenset()) -> None:
        self.parts = parts
        self._aged = aged  # a pain whose age is how long it lasted ("sciatica is 8 weeks old")
        self._typed = typed  # the words as typed, chat spellings read ("b4 xmas", "4 ages")
        self._today = today
        self._dated = False  # the message says what day it is now ("It's February.")
        self._bare = False  # ... and it is a month, no more (taken at its middle)
        self._stages: dict[str, int] = {}  # ... and where a term or a season is now
        self._units: list[int | None] | None = None
        self._folded: list[str] | None = None
        self._pregnant = pregnant
        self._birth: bool | None = None
        self._read: dict[int, tuple[list[int], int]] = {}
        self._ago: dict[tuple[int, int], int] = {}
        self._counted: dict[tuple[int, int], int] = {}  # a clause's count, less "ages"
        self._all: dict[int, list[int]] = {}  # every time each sentence says, not only the longest

    def _text(self, i: int) -> str:
        """Sentence `i` folded into words, read once for every use."""
        if self._folded is None:
            self._folded = [" ".join(self._typed(part)) for part in self.parts]
        return self._folded[i]

    def _get(self, i: int) -> tuple[list[int], int]:
        if i not in self._read:
            part = self.parts[i]
            joined = self._text(i)
            unit = self._unit_before(i)
            if not may_say_a_duration(joined) and "/" not in part and unit is None:
                self._read[i] = ([0], joined.count(" ") + 1)
                return self._read[i]
            today = reference_day(joined, self._message_day())
            per_clause = []
            weekly = said_weekly(joined)  # ("missed nine games, one every Saturday")
            rota = work_pattern(joined)  # ("three hitches now, 2 on 2 off")
            for number, clause in enumerate(_CLAUSE.split(part)):
                text = " ".join(self._typed(_OUT_OF_TEN.sub(" score ", clause)))
                days = durations_in_days(text, today, self._pregnant, unit, self._bare,
                                         self._at_birth(), self._aged, weekly, rota,
                                         self._stages)
                if "/" in clause:  # "9/52" as notes write it, "since 12/09" as a date
                    days += clinical_days(fold(clause)) or (
                        [] if days else numeric_dates(fold(clause), today))
                longest = max(days, default=0)
                per_clause.append(longest)
                self._all.setdefault(i, []).extend(days)
                if longest and VAGUE.search(text):
                    counted = max(durations_in_days(
                        VAGUE.sub(" ", text), today, self._pregnant, unit, self._bare,
                        self._at_birth(), self._aged), default=0)
                    self._counted[(i, number)] = counted
                ago = [where for length, where in ago_at(text) if length == longest]
                if ago:
                    self._ago[(i, number)] = ago[0]
            self._read[i] = (per_clause, -1)
        return self._read[i]

    def _at_birth(self) -> bool:
        """Whether any sentence says the pain began in the pregnancy or at the birth."""
        if self._birth is None:
            self._birth = any(began_at_birth(self._text(k)) for k in range(len(self.parts)))
        return self._birth

    def _unit_before(self, i: int) -> int | None:
        """The unit of time the sentences before `i` counted in ("give it six weeks"), for
        a number said alone ("It's been eight.")."""
        if self._units is None:
            said = (self._text(k) for k in range(len(self.parts)))
            self._units = [unit_of(t) if may_say_a_duration(t) else None for t in said]
        return next((u for u in reversed(self._units[:i]) if u is not None), None)

    def _message_day(self) -> date:
        """The day a 'since' counts to: what the message says it is now, in any sentence
        ("Started in November. ... It's February."), else today."""
        if not self._dated:
            self._dated = True
            said = " ".join(t for t in (self._text(k) for k in range(len(self.parts)))
                            if may_say_a_duration(t))
            self._today, self._bare = reference(said, self._today)
            self._stages = stages_now(said)
        return self._today

    def ago(self, i: int, clause: int) -> int | None:
        """Where the longest duration of a clause is said as "N ago": how many words come
        before it in the clause; None when it is not said so."""
        self._get(i)
        return self._ago.get((i, clause))

    def in_clause(self, i: int, clause: int) -> int:
        """How long clause `clause` of sentence `i` says something lasted (0: not said)."""
        clauses = self._get(i)[0]
        return clauses[clause] if clause < len(clauses) else 0

    def longest(self, i: int) -> int:
        return max(self._get(i)[0])

    def counted(self, i: int) -> int:
        """How long sentence `i` says something lasted by a count, a long time said without
        one ("for ages", "forever") left out."""
        clauses = self._get(i)[0]
        return max((self._counted.get((i, c), d) for c, d in enumerate(clauses)), default=0)

    def only_felt(self, i: int, least: int) -> bool:
        """Whether sentence `i` says `least` days or more only by a long time said without a
        count ("it's been going on for ages"), while the message counts a shorter time
        ("well. 12 days. feels like ages"): the count is how long it has been, the rest how
        long it feels."""
        return self.counted(i) < least and any(
            0 < self.counted(k) < least for k in range(len(self.parts)))

    def between(self, i: int, least: int, most: int) -> bool:
        """Whether sentence `i` says something lasted at least `least` days and less than
        `most` ("on and off since 2015, this flare 8 weeks": the flare's eight weeks)."""
        clauses = self._get(i)[0]
        return any(least <= d < most for d in (*self._all.get(i, ()), *clauses))

    def clauses_over(self, i: int, days: int) -> list[int]:
        """The clauses of sentence `i` that say something lasted at least `days`."""
        return [c for c, d in enumerate(self._get(i)[0]) if d >= days]

    def words(self, i: int) -> int:
        """How many words sentence `i` says besides when and how long."""
        clauses, said = self._get(i)
        if said < 0:
            said = words_besides_time(self._text(i))
            self._read[i] = (clauses, said)
        return said


_PATIENT = "patient"
"""Whose a sign is once `ContextReader.whose` has read it: the writer's own."""
_THINGS = frozenset({"thing", "animal"})
"""Whose a means word or a belonging reads as when it names no person (`_in_clauses`)."""


def _scored_alone(course: Course) -> bool:
    """A course told by pain scores alone, two readings or more of a score out of ten with
    no other measure ("a 5 out of 10 when I came in, now it's an 8"): a score out of ten is
    the pain's, as the course reads it, so it needs no word of pain beside it (the caller
    asks that no one else is named, whose pain it might be)."""
    return sum(1 for p in course.points
               if p.score is not None and p.measure is None and not p.unit) >= 2


def _joined(one: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...] | None:
    """Two signs of two categories as one pattern, or None when one holds the other (a
    category's sign is no second category)."""
    if set(one) <= set(other) or set(other) <= set(one):
        return None
    return tuple(dict.fromkeys((*one, *other)))


def _outside(mentions: list[Mention], longer: Iterable[str]) -> list[Mention]:
    """The mentions not inside a longer phrase of one of the `longer` concepts: "hasn't
    eased" and "won't settle" say the pain goes on, though "eased" or "settle" alone would
    say it is getting better."""
    wide = [m for m in mentions if not m.concepts.isdisjoint(longer)]
    return [m for m in mentions if not any(
        w.sentence == m.sentence and w.start <= m.start and m.end <= w.end
        and w.end - w.start > m.end - m.start for w in wide)]


def _finding(flag: RedFlag, combo: tuple[str, ...], rank: int, chosen: list[Mention]
             ) -> Finding:
    properties = frozenset().union(*(m.properties for m in chosen))
    others = [m.experiencer for m in chosen if m.experiencer != "patient"]
    reply = {0: "drop", 1: "note"}.get(rank, "warn")
    return Finding(flag, combo, reply, properties, others[0] if others else "patient")
