"""Numbers as people write them: in digits or in words ("sixteen", "seventy two",
"twenty-one"), ordinals ("the third"), rough amounts ("a couple of", "a few"), and an age
given as one has it ("I have 19 years").

`durations` reads times with these and `triage` reads ages with them; `triage` and `course`
read a score out of ten with one pattern. They live here once so that each is read the same
way everywhere: "I have 19 years and ..." is never an age to one and
nineteen years of pain to the other. Nothing here is medical.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
CARDINALS = {**UNITS, **TEENS, **TENS}
"""Whole numbers in words; a unit may follow a tens word ("seventy two")."""
ROUGH = {"a": 1, "an": 1, "couple": 2, "few": 3, "several": 3, "many": 4, "some": 2}
"""Amounts said without a number ("a couple of weeks", "a few months"), at a typical value."""
AMOUNTS = {**ROUGH, **CARDINALS}
"""The words an amount of time is counted in ("two months", "a few weeks")."""
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}

OUT_OF_TEN = r"\b(\d{1,2}(?:\.\d)?)\s*(?:/|out\s+of|outta)\s*10\b"
"""A score out of ten ("5/10", "7.5 out of 10", "6 outta 10"), its value the one group: the
triage masks it so that its 10 is never counted as a time ("5/10 wk 1" is a first week, not
ten weeks), and the course reads its value as a point's pain."""

AGE_IN_WORDS_FROM = 10
"""A smaller number in words is rarely an age ("I'm sixteen", a parent's "my daughter is
twelve"; "one of two")."""
AGE_WORDS = {word: value for word, value in CARDINALS.items() if value >= AGE_IN_WORDS_FROM}
"""The number words an age may start with; a unit may follow a tens word ("seventy two")."""
OLDEST = 120
"""A larger number is no age."""
TEN_VALUES = frozenset(TENS.values())
"""The values a unit word may follow to make one number ("seventy two", "twenty-one")."""

ADULT_FROM = 18
"""Someone named by an age under this many years ("my 13 year old") is young: their sleep,
care and things are theirs, as a child's are."""

YEARS = ("year", "years", "yr", "yrs")
HAVE_AGE_FROM = 12
"""'I have 19 years' is an age from this up; 'I have 2 years and still pain' is a time."""
AGE_HAD_BY = (*(f"{who} {verb}" for who in ("i", "he", "she", "son", "daughter")
                 for verb in ("have", "has")), "ive")
"""What comes before an age given as one has it, as Spanish, French, Italian and Portuguese
speakers give it in English ("I have 19 years", "my son has 15 years and ..."); "ive" is how
the words as typed read "I have" (and "I've")."""
AFTER_AGE_HAD = ("and", "old")
"""What may follow "years" in an age had: the clause ends, or "and" goes on to something
else; "I have 3 years of pain" is a time."""


def number_at(words: Sequence[str], i: int, values: Mapping[str, int] = CARDINALS,
              units: Mapping[str, int] = UNITS) -> tuple[int, int] | None:
    """The whole number said at `words[i]`, in digits or in `values` (a tens word may take
    one of `units` after it: "seventy two"), and where it ends; None when none starts there.
    The tables are given as the caller's words are spelled (triage reads stems)."""
    word = words[i]
    if word.isdigit():
        return int(word), i + 1
    value = values.get(word)
    if value is None:
        return None
    if value in TEN_VALUES and i + 1 < len(words) and words[i + 1] in units:
        return value + units[words[i + 1]], i + 2
    return value, i + 1


def value_of(said: str) -> float:
    """The value of an amount as `durations` finds it: digits ("8", "2.5"), a word of
    `AMOUNTS` ("eight", "a couple"), or a tens word and a unit ("twenty one", "twenty-one")."""
    if said[0].isdigit():
        return float(said)
    words = said.replace("-", " ").split()
    return float(sum(AMOUNTS[word] for word in words))


def age_had(words: Sequence[str], start: int, end: int, value: int,
            by: Collection[tuple[str, ...]], years: Collection[str], after: Collection[str]
            ) -> bool:
    """Whether the number `value` said from `words[start]` to `end` is an age given as one
    has it: `HAVE_AGE_FROM` to `OLDEST`, after one of `by` (phrases, as word tuples), with one
    of `years` right after it that ends what is said of it (the words end, or one of `after`
    follows). The word sets are given as the caller's words are spelled."""
    if not HAVE_AGE_FROM <= value <= OLDEST:
        return False
    if end >= len(words) or words[end] not in years:
        return False
    if end + 1 < len(words) and words[end + 1] not in after:
        return False
    return any(tuple(words[start - len(key): start]) == key for key in by if len(key) <= start)
