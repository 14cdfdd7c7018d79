"""Stop 27 (questions27, issue 8): covered questions declined and off-topic answered, fixed
by kind. A second complaint told beside the writer's own ("my wrist is dodgy too", "can I do
them with a bad shoulder") is no other topic; a young child's or a teenager's sleep is
theirs when the writer asks how to get "him" to sleep, when the writer's own day only says
when ("before I'm back at the office"), and when a word that is ours only beside the back
("crying") says nothing of anyone's back; "my arms further back" describes no back; red flags
of a date or a landlord are not the back's warning signs; units ("a few kilos", "miles from
a hospital") and numbers in words say no topic; travel sickness and a productive routine are
other topics, while "my routine" stays the writer's. Each kind has its near miss, which
stays ours. Wordings are the author's own, never copied from a set; they live here, not in
tests/data, so that they do not refit the learned reader."""

from __future__ import annotations

import pytest

# A second complaint beside the writer's own, about what this bot showed: the entry asked
# for is answered or offered, never declined.
BESIDE = [
    ("is there anything to watch for before I begin these, my wrist is dodgy too",
     "precautions"),
    ("I've got a gammy ankle as well, are these safe for me", "precautions"),
    ("can I do them with a bad shoulder", "reps-and-sets"),
]

# The same other body part asked about for itself, or with another topic's words: declined.
ELSEWHERE = [
    "what can I do for a bad knee",
    "paddleboarding with a dodgy shoulder, which board is lighter",
    "my elbow clicks when I do press ups too",
]

# Someone else's sleep, and other things' red flags: declined.
OFF_TOPIC = [
    "how can I get my little one to nap in the afternoon and is sleep training cruel",
    "my son is up gaming till 3am, how do I get him to go to bed earlier",
    "best way to get a baby into a bedtime routine before I'm back at the office",
    "what are the red flags in a new landlord",
    "any red flags on a first date?",
    "in pilates how far should my arms reach back in the mermaid",
]

# How heavy, how far and how many, in units or in words, say no topic; the answer is given.
UNITS = [
    ("you said weight matters, would shifting half a stone make a difference",
     "risk-factors"),
    ("we live thirty miles from the hospital, what do I do if the serious signs show up",
     "cant-get-to-hospital"),
]

# Travel sickness and a day's productivity are other topics: declined.
OTHER_TOPICS = [
    "motion sickness on long car trips, any tips",
    "jet lag tablets for a flight to Sydney?",
    "how do I build a productive evening routine after work",
]

# Their near misses stay ours.
OURS = [
    ("what are the red flags for my sciatica", "redflags"),
    ("can I still pick up my toddler with my back like this", "lifting"),
    ("stretch my arms further back or keep them by my sides in the child's pose?",
     "childs-pose"),
    ("my baby won't settle at night and lifting her out of the cot kills my back", "lifting"),
    ("how do I fit my routine in around studying for exams", "routine"),
    ("how do I keep my routine going when work gets really productive and busy", "routine"),
    ("my sciatica is bad and I get travel sickness too, tips for a long coach trip",
     "sitting-and-work"),
]


def _offered(answer) -> set[str | None]:
    return {answer.id, *(s.id for s in answer.suggestions)}


@pytest.mark.parametrize(("message", "entry"), BESIDE)
def test_a_second_complaint_beside_the_writers_own_is_ours(ask, message, entry):
    a = ask(message)
    assert a.kind != "fallback", message
    assert entry in _offered(a), (a.kind, a.id, [s.id for s in a.suggestions])


@pytest.mark.parametrize(("message", "entry"), UNITS)
def test_units_and_numbers_in_words_say_no_topic(ask, message, entry):
    a = ask(message)
    assert (a.kind, a.id) == ("faq", entry), (a.kind, a.id)


@pytest.mark.parametrize("message", [*ELSEWHERE, *OFF_TOPIC, *OTHER_TOPICS])
def test_another_topic_is_declined(ask, message):
    a = ask(message)
    assert a.kind == "fallback", (a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), OURS)
def test_near_misses_stay_ours(ask, message, entry):
    a = ask(message)
    assert a.kind != "fallback", message
    assert entry in _offered(a), (a.kind, a.id, [s.id for s in a.suggestions])
