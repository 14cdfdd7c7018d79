"""An unknown word is neutral where it says what someone does or how something is: a
verb after its subject ("should I fret"), a quality after a linking verb ("the nights are
so grim"), an adverb and the word it qualifies ("permanently wonky"). Beside something of
ours said in its own words such a word does not make a covered question another topic's.
An unknown thing named still points elsewhere, and so does an unknown verb in a message
that says nothing of ours, or only names a part that is no one's ("the chair legs")."""

from __future__ import annotations

import pytest

from bot.engine.pipeline import compile_knowledge


@pytest.mark.parametrize("text", [
    "should i fret about my back",
    "my physio is brilliant but i dread the exercises",
    "i get so grouchy with this sciatica",
    "can i gallivant about with sciatica",
    "the stretches feel futile, should i persevere",
    "my back feels rickety after the gym, is that normal",
])
def test_an_unknown_verb_or_quality_beside_ours_is_not_declined(ask, text):
    assert ask(text).kind != "fallback"


def test_an_unknown_verb_leaves_the_entry_to_the_rest(ask):
    assert ask("should i pester my gp about my leg").id == "when-to-see-doctor"


@pytest.mark.parametrize("text", [
    "how do i learn to juggle",  # a verb, and nothing of ours
    "the chair legs are wobbly, how do i fix them",  # a part that is no one's body
    "the ps4 disc keeps getting stuck",  # a model's name
    "is traffic awful on the a1 today",  # the subject after "is", not a quality
    "i feel stranded at work, should i resign",
    "i feel hemmed in at work, should i resign",  # "feel" links; it says nothing of ours
    "wall squat contest for charity, what do i win",  # our name among others' words
])
def test_an_unknown_word_still_points_elsewhere_without_ours(ask, text):
    assert ask(text).kind == "fallback"


@pytest.fixture(scope="module")
def scope(kb):
    return compile_knowledge(kb).scope  # the session's, compiled once


def test_neutral_words_are_told_apart_from_foreign_ones(scope):
    # (stop 34: a thing named, not a time the writer is at: "before the auction" is when)
    evidence = scope.evidence("should i fret about my back or the auction")
    assert "fret" in evidence.neutral
    assert "fret" not in evidence.foreign
    assert any(w.startswith("auction") for w in evidence.foreign)


def test_the_writers_day_is_neutral_beside_their_back(scope):
    # an activity of daily life (a wedding) is the writer's day beside "my back" said with
    # what it needs, not another topic; without it, it is what the message is about
    assert any(w.startswith("wed") for w in scope.evidence(
        "should i fret about my back before the wedding").neutral)
    assert any(w.startswith("wed") for w in scope.evidence(
        "should i fret about the wedding").foreign)


def test_without_ours_an_unknown_verb_is_foreign(scope):
    evidence = scope.evidence("should i fret about the exam")
    assert not evidence.neutral
    assert "fret" in evidence.foreign


def test_a_question_word_leaves_the_subject_a_thing(scope):
    assert "traffic" in scope.evidence("how is traffic near my physio").foreign
