"""The course of a pain as people tell it: where it began, points in time on the way, and
which way it went.

People rarely say "eight weeks and no better" in those words. They tell the course: "week 1
a 5, week 4 an 8", "4/10 a month ago, now 7/10", "rested, stretched, still the same",
"usually settles in a fortnight, two months now". This module reads such a message into
points in time (each with a pain score or a direction, if said), in days before now, and
says which way the course went, how long it has run and, when the writer compares it with
how long it usually takes, how long that is. It knows nothing medical: the words it reads
come from `course` in triage.yaml, and triage decides what a course means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.engine.durations import DATE_NAMES, amounts_in_days, date_said, durations_in_days
from bot.engine.numbers import CARDINALS, ORDINALS, OUT_OF_TEN, value_of
from bot.engine.text import in_set_or_singular
from bot.knowledge.model import CourseWords

WORSE, BETTER, SAME = "worse", "better", "same"
STRENGTH, DEFICIT = "strength", "deficit"
"""What a score measures when not the pain: what the leg can do (higher is better), or a
deficit (numbness, weakness: higher is worse)."""

_SEGMENT_BASE = r"[,.;:!?()\n]+|\s[-–—]+\s|\s(?=(?:but|then|whereas|and\s+now|now)\s)"
_COUNT = r"(\d{1,3}|" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r")"
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "wk": 7, "wks": 7, "fortnight": 14,
          "fortnights": 14, "month": 30, "months": 30, "mth": 30, "mths": 30, "mo": 30,
          "mos": 30, "year": 365, "years": 365, "yr": 365, "yrs": 365}
_UNIT = r"(" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_NTH_UNIT = re.compile(r"\b(?:(week|wk|day|month)\s*-?\s*" + _COUNT + r"|("
                       + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+(week|day|month))\b")
"""'Week 4', 'week four', 'the second week', 'day one': how far into the course."""
_PAIN_SCORE = re.compile(OUT_OF_TEN
                         + r"|\b(?:a|an|at|is|its|was|to)\s+(\d{1,2})(?:/10)?(?=\s*(?:$|,|\.|"
                         r"and\b|now\b|most\b|every\b|today\b|this\b|at\b|by\b))"
                         r"|\b(\d{1,2})s\b")
"""A pain score of a point of the course: out of ten ('7/10', '7 out of 10'), or a number said
as one ('it's a 7', 'at a 2', '6s in April'); its value is the group that matched."""
_DECIMAL_SAID = re.compile(r"\b(\d{1,3}) point \d{1,2}\b")
"""'2 point 5 weeks in' (a decimal as triage writes it): read at its whole number, so that no
reading of the course takes the fraction alone ('5 weeks in') for a time (time53)."""
_GRADE = re.compile(r"(?<![\w/])([0-5])\s*(?:/|out\s+of\s+)5\b")
"""A grade out of five, as a muscle is tested ('4/5'; never a level, 'L4/5'): read out of ten."""
_COUNT_OF = re.compile(r"\b(\d{1,3})\s*(reps?|times?|steps?|stairs?|flights?|secs?|seconds?|"
                       r"metres?|meters?|yards?|laps?)\b")
"""A count of what a leg did ('15 reps', '2 flights'): a reading of a measure, with its unit."""
_WEEKDAYS = {name: day for day, names in enumerate((
    ("monday", "mon", "mondays"), ("tuesday", "tue", "tues", "tuesdays"),
    ("wednesday", "wed", "weds", "wednesdays"), ("thursday", "thu", "thur", "thurs", "thursdays"),
    ("friday", "fri", "fridays"), ("saturday", "sat", "saturdays"),
    ("sunday", "sun", "sundays"))) for name in names}
_FULL_DAYS = sorted((d for d in _WEEKDAYS if d.endswith(("day", "days"))), key=len, reverse=True)
_SHORT_DAYS = sorted((d for d in _WEEKDAYS if d not in _FULL_DAYS), key=len, reverse=True)
_WEEKDAY = re.compile(r"\b(" + "|".join(_FULL_DAYS) + r")\b"
                      r"|\b(?:last|on|since|this|by|from|every|each|till|until)\s+("
                      + "|".join(_SHORT_DAYS) + r")\b"
                      r"|\b(" + "|".join(_SHORT_DAYS) + r")\b(?=\s*:?\s*\d)")
"""A day of the week a reading was taken ('mon 8, wed 6, today 4'); a short name ("sat",
"wed", "sun" are words too) only before a number or after a word of time."""
_SEGMENT = re.compile(
    _SEGMENT_BASE + r"|\s(?=and\s+(?:today|tonight|yesterday|this\s+morning|"
    + "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
    + r")\s*:?\s*(?:(?:is|its|was|at|a)\s+)?\d)")
"""Where a point of a course ends: a mark, a dash, a word that moves the story on, or "and"
before the next reading's day and score ("mon 2 and today 6": two points, not one)."""
_SENTENCE = re.compile(r"[.!?\n]+(?!\d)")
"""Where a sentence ends: a measure named in it holds for its other readings."""
_THAN = re.compile(r"\b(?:than|as)\s+(?:it\s+was\s+)?(?:(?:at|in|on|back\s+in)\s+)?")
"""Where a direction is said against another time: "better than (at) week 2"."""
_BARE_SCORE = re.compile(r"(?<![\d/])\b(\d{1,2})\b(?![\d/%])")
_NOT_A_SCORE = re.compile(r"\b(?:kg|kgs|lbs?|miles?|km|reps?|sets?|mg|times?|percent|pm|am|"
                          r"hours?|hrs?|mins?|minutes?|years?|yrs?|days?|weeks?|wks?|mos?|"
                          r"months?|mths?|old)\b")


def _bare_count(segment: str) -> float | None:
    """The one bare number of a segment that is no time, unit or ordinal ("manage 2 now",
    "was doing 15 last week"), if there is exactly one."""
    rest = _NTH_UNIT.sub(" ", segment)
    numbers = [m for m in _BARE_SCORE.finditer(rest)
               if not _NOT_A_SCORE.match(rest[m.end():].lstrip())]
    return float(numbers[0].group(1)) if len(numbers) == 1 else None


@dataclass(frozen=True)
class Point:
    """A point of a course: how many days before now, and what was said of it then."""

    ago: int
    score: float | None = None
    trend: str | None = None
    measure: str | None = None  # None: the pain; STRENGTH or DEFICIT: what the score is of
    unit: str = ""  # "": a score out of ten; else a count's unit ("rep", "flight")


@dataclass(frozen=True)
class Course:
    """A course as told: its points (earliest first), which way it went (`worse`,
    `better`, `same` or None), how long it has run (days from its first point to now), and
    how long the writer says it usually takes (days; 0: not said) beside the longest time
    this one has run outside what is usual. `deficit`: which way the readings of a measure
    that is not the pain went, as a deficit goes (strength falling is `worse`)."""

    points: tuple[Point, ...] = ()
    direction: str | None = None
    span: int = 0
    usual: int = 0
    lasted: int = 0
    deficit: str | None = None


_Said = tuple[str, int, float | None, str | None, str | None, str]
"""A point as read: when (its kind and days), its score, direction, measure and unit."""


def _phrases(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                          for w in sorted(words, key=len, reverse=True))
                      + r")\b")


class CourseReader:
    """Reads the course a message tells, with the words of `course` in triage.yaml."""

    def __init__(self, words: CourseWords) -> None:
        self.words = words
        self._worse = _phrases(words.worse)
        self._better = _phrases(words.better)
        self._same = _phrases(words.same)
        self._negations = frozenset(words.negations)
        self._unreal = frozenset(words.unreal)
        self._asking = frozenset(words.asking)
        self._same_then = frozenset(words.same_then)
        self._contrast = frozenset(words.contrast)
        self._worse_then = frozenset(words.worse_then)
        self._things = frozenset(words.things)
        self._usual = _phrases(words.usual)
        self._now = _phrases(words.now)
        self._start = _phrases(words.start)
        self._partial = _phrases(words.partial)
        self._later = re.compile(r"\b(?:a|an|" + _COUNT[1:-1] + r")\s+" + _UNIT + r"\s+(?:"
                                 + "|".join(map(re.escape, words.later)) + r")\b") \
            if words.later else None
        self._ago = re.compile(r"\b(?:a|an|" + _COUNT[1:-1] + r")\s+" + _UNIT + r"\s+(?:"
                               + "|".join(map(re.escape, words.ago)) + r")\b") \
            if words.ago else None
        self._before = {fold_phrase(k): v for k, v in words.before.items()}
        self._before_re = _phrases(tuple(words.before))
        self._effort = _phrases(words.effort_words)
        self._counted = _phrases(words.counted_words)
        self._sides = _phrases(words.sides)
        self._event = re.compile(
            r"\b(?:" + "|".join(sorted(DATE_NAMES, key=len, reverse=True)) + r")\s+(?:"
            + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words.events) + r")\b"
        ) if words.events else None
        self._measures = [(m, p) for m, p in ((None, _phrases(words.pain_words)),
                                               (STRENGTH, _phrases(words.strength_words)),
                                               (DEFICIT, _phrases(words.deficit_words)))
                          if p is not None]

    def read(self, text: str, today: date, pregnant: bool = False) -> Course:
        """The course `text` (folded, marks kept) tells; an empty one when it tells none.
        With `pregnant`, "32 weeks" said alone is how far along, not a time lasted. A score
        is the pain's unless its part, or the part before it in its sentence, names another
        measure (`strength_words`, `deficit_words`): "strength mon 8, wed 6, today 4", or a
        sentence before names a counted test (`counted_words`) and none since a measure; those
        readings tell no deficit beside a workout or the tiredness after one
        (`effort_words`: "squats at the gym, 20 reps mon, 15 wed")."""
        text = _DECIMAL_SAID.sub(r"\1", text)
        points: list[_Said] = []
        usual = lasted = 0
        compared: str | None = None  # the direction said against a time before now
        untimed: str | None = None  # a direction said with no time: of now
        carried: str | None = None  # a counted test named in a sentence before
        side = ""  # the side the last reading of a measure was of
        for sentence in _SENTENCE.split(text):
            measure: str | None = None
            segments = [seg.strip() for seg in self._listed(sentence, today)]
            named = [self._measure(seg) for seg in segments]
            first = next((m for m in named if m is not None), None)
            if first is not None:
                counted = self._counted is not None and self._counted.search(sentence)
                carried = first if counted and first != "pain" else None
            first = first or carried
            for segment, own in zip(segments, named, strict=True):
                if not segment:
                    continue
                if own is not None:
                    measure = own
                of = measure or first
                of = None if of == "pain" else of
                trend = self._trend(segment)
                if self._usual is not None and self._usual.search(segment):
                    usual = max(usual, max(amounts_in_days(segment), default=0))
                    continue
                if trend is None and segment.split()[0] in self._contrast:
                    untimed = None  # "the IBS has settled but the sciatica hasn't"
                where = self._when(segment, today, of is not None)
                said = max(durations_in_days(segment, today, pregnant), default=0)
                lasted = max(lasted, said)
                if said and (where is None or where == ("ago", 0)):
                    points.append(("ago", said, None, None, None, ""))  # "two months of it"
                if where is None:
                    untimed = trend or untimed
                    continue
                score, unit = self._reading(segment, where, of, carried is not None)
                if (score is None and trend is None and self._event is not None
                        and self._event.search(segment)):
                    continue  # "fell over at the Christmas do": an event's day, no point
                if trend is not None and of is None and self._compared(segment, today):
                    compared = trend  # "a fair bit better than week 2"
                if of is not None and self._sides is not None:
                    named_side = self._sides.search(segment)
                    side = named_side.group(0) if named_side else side
                    unit = f"{unit} {side}".strip()  # "8 on the left ... right still 10"
                points.append((where[0], where[1], score, trend, of, unit))
        if not points:
            return Course(usual=usual, lasted=lasted)
        points = self._weekdays(points, today)
        if untimed is not None and not any(kind == "ago" and value == 0 and trend
                                           for kind, value, _, trend, _, _ in points):
            points.append(("ago", 0, None, untimed, None, ""))  # "..., rested, still the same"
        latest = max((value for kind, value, *_ in points if kind == "in"), default=0)
        timed = sorted((Point(latest - value if kind == "in" else value, score, trend, of,
                              unit)
                        for kind, value, score, trend, of, unit in points),
                       key=lambda p: -p.ago)
        span = max(latest, timed[0].ago)
        pain = [p for p in timed if p.measure is None]
        effort = self._effort is not None and self._effort.search(text) is not None
        direction = self._direction(pain)
        if compared is not None and direction in (SAME, None):
            direction = compared  # "better than week 2. Still can't bend": it got better
        return Course(tuple(timed), direction, span, usual, lasted,
                      None if effort else self._deficit(timed))

    def _compared(self, segment: str, today: date) -> bool:
        """Whether a part says its direction against a time before now ("better than week
        2", "worse than at Christmas", "the same as a month ago"): the way the course went,
        which a plain "still can't bend" said beside it does not take back (time54)."""
        found = _THAN.search(segment)
        if found is None:
            return False
        where = self._when(segment[found.end():], today)
        return where is not None and (where[0] == "in" or where[1] >= 7)

    def _measure(self, segment: str) -> str | None:
        """What a part names that a score could be of: "pain", STRENGTH, DEFICIT or None."""
        for measure, pattern in self._measures:
            if pattern.search(segment):
                return measure or "pain"
        return None

    def _reading(self, segment: str, where: tuple[str, int],
                 measure: str | None, counted: bool = False) -> tuple[float | None, str]:
        """The reading a part gives: the pain's score, or of another measure a grade out of
        five (as ten), a score out of ten or a count with its unit ("15 reps"). Of a test
        the physio counts (`counted`: `counted_words` named in this sentence or before), a
        lone bare number of any size is its count ("only manage 2 now, I was doing 15 last
        week"): a count is no score out of ten."""
        if measure is None:
            return self._score(segment, where), ""
        if found := _GRADE.search(segment):
            return 2.0 * int(found.group(1)), ""
        if found := _COUNT_OF.search(segment):
            return float(found.group(1)), found.group(2).rstrip("s")
        if counted and (count := _bare_count(segment)) is not None:
            return count, ""
        return self._score(segment, where), ""

    @staticmethod
    def _weekdays(points: list[_Said], today: date) -> list[_Said]:
        """Points dated by a day of the week ("mon 8, wed 6, today 4"), in days before now:
        the last such day before `today`, each said earlier at least a day before the one
        said after it, and any said before a point of now at least a day before it."""
        days = [k for k, p in enumerate(points) if p[0] == "weekday"]
        if not days:
            return points
        out = list(points)
        after = None  # days before now of the weekday said after this one
        for k in reversed(days):
            _, day, score, trend, measure, unit = points[k]
            ago = (today.weekday() - day) % 7
            if after is None and ago == 0 and any(p[:2] == ("ago", 0) for p in points[k + 1:]):
                ago = 7  # "mon 8 ... today 4" said on a Monday
            while after is not None and ago <= after:
                ago += 7
            out[k] = ("ago", ago, score, trend, measure, unit)
            after = ago
        return out

    @staticmethod
    def _deficit(points: list[Point]) -> str | None:
        """Which way the readings of a measure other than the pain went, as a deficit goes:
        the first and the last reading of one measure in one unit, at different times, of
        one side (`sides`: a reading with none is of the side named before it). A side that
        got worse is a deficit whatever the other did (misses50)."""
        found: list[str] = []
        for measure in (STRENGTH, DEFICIT):
            read = [p for p in points if p.measure == measure and p.score is not None]
            for unit in dict.fromkeys(p.unit for p in read):
                same = [p for p in read if p.unit == unit]
                if len(same) < 2 or same[0].ago == same[-1].ago:
                    continue
                first, last = same[0].score, same[-1].score
                assert first is not None and last is not None
                if first == last:
                    found.append(SAME)
                    continue
                rising = last > first
                found.append(WORSE if rising == (measure == DEFICIT) else BETTER)
        return WORSE if WORSE in found else next(iter(found), None)

    def _listed(self, text: str, today: date) -> list[str]:
        """The segments of `text`, a time and what follows its colon read as one point, as
        lists and notes give them ("1 yr ago: pain 9. now: 2", "week 1: 8/10")."""
        pieces = _SEGMENT.split(text)
        marks = [m.group(0).strip() for m in _SEGMENT.finditer(text)]
        joined: list[str] = []
        for i, piece in enumerate(pieces):
            if (joined and i > 0 and marks[i - 1] == ":" and self._when(joined[-1], today)
                    is not None and self._score(joined[-1], ("in", 0)) is None):
                joined[-1] = f"{joined[-1].strip()} {piece.strip()}"
            else:
                joined.append(piece)
        return joined

    def _when(self, segment: str, today: date, weekdays: bool = False
              ) -> tuple[str, int] | None:
        """When a segment is, as ("in", days into the course) or ("ago", days before now);
        with `weekdays`, also ("weekday", which day) for a day of the week named (the
        readings of a measure: when the pain's are, "sat" and "sun" stay words)."""
        if self._start is not None and self._start.search(segment):
            return ("in", 0)
        if found := _NTH_UNIT.search(segment):
            if found.group(1):
                count, unit = value_of(found.group(2)), found.group(1)
            else:
                said = found.group(3)
                count = ORDINALS[said] if said in ORDINALS else int(said[:-2])
                unit = found.group(4)
            return ("in", int(count * _UNITS.get(unit, 7)))
        if self._later is not None and (found := self._later.search(segment)):
            return ("in", int(value_of(found.group(0).split()[0]) * _UNITS[found.group(1)]))
        if self._ago is not None and (found := self._ago.search(segment)):
            return ("ago", int(value_of(found.group(0).split()[0]) * _UNITS[found.group(1)]))
        if self._before_re is not None and (found := self._before_re.search(segment)):
            return ("ago", self._before[fold_phrase(found.group(0))])
        if self._now is not None and self._now.search(segment):
            return ("ago", 0)
        if weekdays and (found := _WEEKDAY.search(segment)):
            return ("weekday", _WEEKDAYS[next(g for g in found.groups() if g)])
        days = date_said(segment, today)
        return ("ago", days) if days is not None else None

    @staticmethod
    def _score(segment: str, where: tuple[str, int]) -> float | None:
        """The pain score said in a segment that tells a point of the course, if any."""
        if found := _PAIN_SCORE.search(segment):
            value = float(next(g for g in found.groups() if g))
            return value if value <= 10 else None
        rest = _NTH_UNIT.sub(" ", segment)
        numbers = [m for m in _BARE_SCORE.finditer(rest)
                   if not _NOT_A_SCORE.match(rest[m.end():].lstrip())]
        if len(numbers) == 1 and where[0] == "ago" and int(numbers[0].group(1)) <= 10:
            return float(numbers[0].group(1))  # "last week 6, the week before 8"
        if len(numbers) == 1 and int(numbers[0].group(1)) <= 10 and \
                not re.search(r"\b(?:week|day|month)\s*$", rest[: numbers[0].start()]):
            return float(numbers[0].group(1))
        return None

    def _trend(self, segment: str) -> str | None:
        """Which way a segment says the pain went: worse, the same or better, in that order
        when it says more than one ("worse rather than better"). A direction denied is the
        same ("no better", "not any worse"); one hoped or asked ("will it get better", "I
        thought it would have gone") is none; "the same" said of something named right
        after it ("still the same routine") is none; words that say no change without "same"
        ("no change whatsoever", "nothing helps the leg") need no such check. A part that
        tells of some of the time only ("some days a tiny bit better", `partial`) tells
        none."""
        words = segment.split()
        if words and words[0] in self._asking:
            return None
        if self._partial is not None and self._partial.search(segment):
            return None  # "some days a tiny bit better": some of the time, not the course
        found: set[str] = set()
        for pattern, trend in ((self._worse, WORSE), (self._better, BETTER),
                               (self._same, SAME)):
            if pattern is None:
                continue
            for match in pattern.finditer(segment):
                before = segment[: match.start()].split()
                if not self._unreal.isdisjoint(before[-4:]):
                    continue
                if self._of_a_thing(before):
                    continue  # "my weight's gone up": the weight's course, not the pain's
                after = segment[match.end():].split()[:1]
                if trend == SAME and after and after[0] not in self._same_then \
                        and "same" in match.group(0).split():
                    continue
                if trend == WORSE and after and after[0] in self._worse_then:
                    continue
                denied = trend != SAME and not self._negations.isdisjoint(before[-3:])
                found.add(SAME if denied else trend)
        return next((t for t in (WORSE, SAME, BETTER) if t in found), None)

    def _of_a_thing(self, before: list[str]) -> bool:
        """Whether a direction is said of a measure that is not the pain (`things`), named
        in the two words right before it ("weights gone up", "my bp went up"), as typed or
        with a possessive "s" ("weights")."""
        return any(in_set_or_singular(word, self._things) for word in before[-2:])

    @staticmethod
    def _direction(points: list[Point]) -> str | None:
        """Which way a course went: by its scores when two or more are said at different
        times, else by the direction said of its latest point that has one."""
        scored = [p for p in points if p.score is not None]
        if len(scored) >= 2 and scored[0].ago != scored[-1].ago:
            first, last = scored[0].score, scored[-1].score
            assert first is not None and last is not None
            return WORSE if last > first else BETTER if last < first else SAME
        said = [p.trend for p in points if p.trend is not None]
        return said[-1] if said else None


def fold_phrase(phrase: str) -> str:
    """A phrase with its spaces made one, as a key."""
    return " ".join(phrase.split())
