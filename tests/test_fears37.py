"""Issue 7, stop 37 (fears37): a fear, a worry, a plan to check or a word asked for is no
report of the sign it names.

A sign that is the object of a fear told as what is to come (a word of fear, then one of
the future or of a possibility), a fear named and then what it is ("my biggest fear is
losing ..."), an ability tested or checked, a word asked for, and a weighed "if" whose
condition has a consequence of its own are imagined or asked, not told. Each calm reading
sits beside the same words with the sign told as now or had, which must still warn.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_the_rules_warn


@pytest.mark.parametrize("message", [
    # a word of fear, then what may come
    "I'm frightened my legs could give out on the ladder at work, they're fine so far",
    "grandad is afraid he'll lose control of his bowels like his brother did",
    "I'm nervous that my foot might drop eventually from all the lifting",
    "terrified that one day I won't feel it when I need a wee, my aunt had that",
    # a fear named, then what it is
    "my nightmare is ending up with a numb bum like the woman on the forum",
    "what frightens me is losing feeling down there, it hasn't happened",
    "my biggest fear is wetting myself in a meeting. sciatica down the right leg",
])
def test_a_sign_feared_as_what_is_to_come_is_imagined(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), [
    # a cause after the fear word: the sign is had
    ("I'm scared because my bum has gone numb since this morning", "cauda-equina"),
    # told as now, in its own clause
    ("I'm frightened, my legs could barely hold me on the stairs today",
     "progressive-weakness"),
    # a word that says it has begun
    ("I'm worried my foot will keep dragging, it started on Monday", "progressive-weakness"),
    # a fear named, then a clause with a subject of its own that tells what happened
    ("what's worrying me is my leg gave way twice on the stairs", "progressive-weakness"),
    # a fear named, then a thing pointed at, new
    ("my worst worry is the numbness between my legs, it's new", "cauda-equina"),
    # a hedge on now is no fear of what is to come
    ("worried it might be cauda equina, my bum is numb when I wipe", "cauda-equina"),
])
def test_a_fear_beside_the_sign_now_still_warns(ask, message, flag):
    assert_caught(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    "should I be checking my heel walking every morning?",
    "I test my tiptoe walking each day like the physio showed me",
])
def test_an_ability_checked_is_looked_for_not_found(ask, message):
    assert_calm(ask(message), message)


def test_an_ability_checked_and_failed_still_warns(ask):
    message = "I tested my tiptoe walking and the left side can't do it anymore"
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    "whats the medical term for when your leg gives way?",
    "what is it called when your foot slaps down? the physio said it and I forgot",
])
def test_a_word_asked_for_is_asked(ask, message):
    assert_calm(ask(message), message)


def test_a_word_asked_for_what_the_writer_has_still_warns(ask):
    message = "what's the word for it when my foot slaps down? it started yesterday"
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    # a weighed "if" with a consequence of its own: supposed
    "I worry if my foot starts dragging I'll lose my job",
    "I get worried if my bladder goes funny I'll be out of work",
])
def test_a_worry_with_a_consequence_is_supposed(ask, message):
    assert_calm(ask(message), message)


def test_a_weighed_if_asked_still_reports(ask):
    # asked, with a comment after it: the sign asked of is had
    message = "is it bad if I can't feel my bum when I wipe, I'm really scared"
    assert_caught(ask(message), message, "cauda-equina")
