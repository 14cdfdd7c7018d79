"""Numbers as people write them (bot/engine/numbers.py), and that durations and triage read a
number the same way: an age given as one has it is never a time (wordings our own)."""

from datetime import date

import pytest

from bot.engine.durations import clinical_days, durations_in_days
from bot.engine.numbers import (
    AFTER_AGE_HAD,
    AGE_HAD_BY,
    AGE_WORDS,
    YEARS,
    age_had,
    number_at,
    value_of,
)

TODAY = date(2026, 6, 15)
BY = frozenset(tuple(phrase.split()) for phrase in AGE_HAD_BY)


@pytest.mark.parametrize(("words", "said"), [
    ("16", (16, 1)), ("sixteen", (16, 1)), ("seventy two", (72, 2)), ("twenty", (20, 1)),
    ("ninety nine", (99, 2)), ("eight", (8, 1)),
    ("sixteen two", (16, 1)),  # only a tens word takes a unit after it
    ("thirty thirty", (30, 1)), ("twelfth", None), ("teen", None), ("16yo", None),
])
def test_number_at_reads_digits_and_words(words, said):
    assert number_at(words.split(), 0) == said


def test_number_at_an_empty_place_or_a_table_without_the_word():
    assert number_at([""], 0) is None
    assert number_at(["eight"], 0, AGE_WORDS) is None  # a small number in words is no age


@pytest.mark.parametrize(("said", "value"), [
    ("8", 8.0), ("2.5", 2.5), ("a", 1.0), ("couple", 2.0), ("several", 3.0),
    ("twenty one", 21.0), ("twenty-one", 21.0), ("sixty", 60.0),
])
def test_value_of_an_amount(said, value):
    assert value_of(said) == value


def _age(text: str) -> bool:
    words = text.split()
    for i in range(len(words)):
        said = number_at(words, i, AGE_WORDS)
        if said and age_had(words, i, said[1], said[0], BY, YEARS, AFTER_AGE_HAD):
            return True
    return False


@pytest.mark.parametrize("text", [
    "i have 23 years", "she has 14 years and her back hurts", "daughter has 16 years old",
    "ive 41 years and a sore back", "i have nineteen years", "he has seventy one years",
    "son have 13 years",
])
def test_an_age_given_as_one_has_it(text):
    assert _age(text)


@pytest.mark.parametrize("text", [
    "i have 3 years and still pain",  # under twelve: a time
    "i have 20 years of pain",  # what follows says it is a time
    "i have 200 years and",  # no one is that old
    "i have eleven years",  # under twelve in words too: a time
    "we have 30 years", "i have 30 months", "23 years", "", "have 23 years",
])
def test_no_age_had(text):
    assert not _age(text)


@pytest.mark.parametrize(("text", "days"), [
    ("twenty one days of this", 21), ("twenty-one weeks now", 147), ("ninety days", 90),
    ("seventy two days", 72), ("a couple of weeks", 14), ("half a year", 182),
    ("my seventh week of it", 49), ("the 3rd week", 21), ("for 5 weeeks", 35),
])
def test_amounts_of_time_in_words(text, days):
    assert max(durations_in_days(text, TODAY)) == days


@pytest.mark.parametrize("text", [
    "", "   ", "twenty", "eighty one", "six wkes",  # no unit, or one typed past reading
    "ive 41 years and a sore back", "i have nineteen years", "he has 70 yrs",
])
def test_no_amount_of_time(text):
    assert durations_in_days(text, TODAY) == []


def test_an_age_had_is_not_a_time_but_the_time_beside_it_is():
    assert durations_in_days("ive 35 years and sciatica 2 months", TODAY) == [60]
    assert max(durations_in_days("i have 200 years and it hurts", TODAY)) == 200 * 365


def test_clinical_shorthand():
    assert clinical_days("6/52 of it") == [42]
    assert clinical_days("3/12") == [90]
    assert clinical_days("bp 130/80") == []


@pytest.mark.parametrize(("message", "flag"), [
    # the age had reads as an age, never as years of pain (persistent)
    ("I have 72 years and first time my back hurts like this", "serious-illness-signs"),
    ("I have 33 years and my back is sore", None),
    ("I have 33 years, my back is sore since 2 months and down my leg", "persistent-pain"),
])
def test_triage_reads_an_age_had_as_durations_do(ask, message, flag):
    found = {f.flag.id for f in ask(message).findings if f.reply == "warn"}
    assert found == ({flag} if flag else set())
