"""Stop 37 (issue 8, topics37): the topic asked, not the exercise named beside it.

A message that names one of our exercises and asks about a topic with an entry of its own
(a medicine, a scan, an operation, an injection, hands-on therapy, heat, a flare-up, it
coming back, sleep), or in a situation an entry is written for, asks that entry: the
exercise is where or when. So do the exercises spoken of as several ("each stretch", "sit
ups and toe touches") where a cue asks for an entry on them. An exercise asked about in
itself stays the exercise, and so does one beside a topic said only as when ("before I go
to sleep", "while I wait for my epidural") or as someone else's ("my dad had an
operation")."""

from __future__ import annotations

import pytest

from bot.engine import answer
from bot.knowledge import Knowledge


@pytest.mark.parametrize(("message", "entry"), [
    # a medicine taken before the exercise
    ("can i take ibuprofen before i do the piriformis stretch", "painkillers"),
    # a scan before starting
    ("do i need an x-ray before i try the cobra", "mri"),
    # an operation: recovery after it
    ("just had my microdiscectomy last week, is the wall squat allowed yet", "after-surgery"),
    ("had my op 2 weeks ago, wall sits ok yet?", "after-surgery"),
    # an injection
    ("had an epidural on monday, is child's pose ok now", "injections"),
    # the pain's course
    ("my back flared up this morning, still do the cobra?", "flare-up"),
    ("does doing the wall sit every day stop sciatica recurring", "coming-back"),
    ("is the cobra any good to stop it coming back again", "coming-back"),
    # heat
    ("hot water bottle on my back before the knee hugs?", "heat-and-ice"),
    # the situation a medicine's entry is written for
    ("on gabapentin, is the wall squat ok", "nerve-pain-medicines"),
    # sleep in an exercise's position
    ("sleeping in child's pose all night, is that bad", "sleeping"),
])
def test_a_topic_beside_an_exercise_is_what_is_asked(kb: Knowledge, message: str,
                                                     entry: str) -> None:
    a = answer(kb, message)
    assert (a.kind, a.id) == ("faq", entry), (message, a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), [
    # the exercise asked about in itself
    ("how do i do the knee hug", "knee-to-chest"),
    ("is the wall sit meant to burn", "wall-squat"),
    ("knee hug, how many times each side", "knee-to-chest"),
    # a topic said as when the exercise is done
    ("crunches right before i go to sleep, ok?", "curl-up"),
    ("can you show me the cobra while i wait for my epidural", "upward-dog"),
    # someone else's care or situation
    ("my dad had an operation, can i do the wall sit", "wall-squat"),
    ("my wife is on gabapentin, can i do the wall squat", "wall-squat"),
    # who told the writer to do it
    ("my chiro says do the piriformis stretch, how do i do it", "piriformis-stretch"),
])
def test_the_exercise_asked_about_stays_the_exercise(kb: Knowledge, message: str,
                                                     entry: str) -> None:
    a = answer(kb, message)
    assert (a.kind, a.id) == ("exercise", entry), (message, a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), [
    # several exercises named, a cue for what to avoid
    ("should i stay away from sit ups and toe touches", "what-to-avoid"),
    # one named beside "each" or "all these" stretches
    ("how long should i hold each of the stretches, like the cobra", "reps-and-sets"),
    ("what do most people get wrong with all these floor stretches like the wall sit",
     "common-mistakes"),
])
def test_exercises_spoken_of_as_several_are_the_exercises_in_general(
        kb: Knowledge, message: str, entry: str) -> None:
    a = answer(kb, message)
    assert (a.kind, a.id) == ("faq", entry), (message, a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), [
    # a vowel dropped or slipped in a word of asking (second part, on the branch)
    ("how lng before my leg stops hurting", "time-to-results"),
    ("is this serous or just a bad week with it", "how-serious"),
])
def test_a_word_of_asking_typed_short_is_read(kb: Knowledge, message: str, entry: str) -> None:
    a = answer(kb, message)
    assert a.kind != "fallback" and (a.id == entry or entry in {s.id for s in a.suggestions}), (
        message, a.kind, a.id)


def test_a_word_of_asking_typed_short_names_no_topic_of_ours(kb: Knowledge) -> None:
    assert answer(kb, "how lng is the drive to leeds").kind == "fallback"
