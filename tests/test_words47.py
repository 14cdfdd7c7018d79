"""Issue 8, stop 47 (words47): bakers, butchers and food-factory hands, funeral, cemetery and
faith workers, and camera crews, photographers and journalists ask in their own words.
Their working day (the ovens and the slicer, the coffin and the grave, the camera and the
edit, on location) is no other topic beside a back question, and a bed away from home (a
hostel, an Airbnb) is where they sleep. Sayings are read as what they say: "thanks a
million" and "God bless you" thank someone, "howya" greets, a head "cleared" by a walk, a
load "at shoulder height", "hand digging" and "on the red eye" name no body part, "had the
chop" is an operation, "alright to neck" takes tablets, "tablets for
my heart" tell a heart condition lived with, and "before my 6am" is no race ("5k"). Feasts
and seasons of the faiths are times, and "what do I do first" asks for the first steps.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """The entry is the answer, or one of the choices of a "did you mean"."""
    return answer.id == entry_id or (
        answer.kind == "clarify" and any(s.id == entry_id for s in answer.suggestions))


@pytest.mark.parametrize(("message", "entry_id"), [
    # the working day of the trade, beside what is asked
    ("long days in the edit suite with sciatica, how should I sit", "sitting-and-work"),
    ("can I carry a coffin with sciatica", "lifting"),
    ("pregabalin leaves me foggy on set, is that expected", "nerve-pain-medicines"),
    ("a pillow between my knees in the hostel bunk?", "sleeping"),
    ("a stretching programme to fit around the school run", "routine"),
    ("can you give me a routine for before my 6am start", "routine"),
    # sayings read as what they say
    ("alright to neck ibuprofen before my shift?", "painkillers"),
    ("had the chop on my back a month ago, when can I do the garden", "after-surgery"),
    ("just found this on my phone, what should i do first?", "getting-started"),
    ("I'm on tablets for my heart, are the stretches safe for me?", "precautions"),
    ("we carry at shoulder height, is that ok for my sciatica", "lifting"),
    ("missed my stretches all through Lent, have I lost my progress", "skipping-stretches"),
])
def test_the_trades_day_and_sayings_beside_a_question(ask: Ask, message: str,
                                                       entry_id: str) -> None:
    """The trade's day, a bed away from home and everyday sayings beside a back question:
    the entry the question asks for, never a decline."""
    answer = ask(message)
    assert answer.kind != "fallback", message
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


def test_a_walk_that_clears_the_head_names_no_head(ask: Ask) -> None:
    """"Clears my head" is a mind calmed: the walking question is ours."""
    answer = ask("the only thing that clears my head is a walk, can I keep walking with "
                 "sciatica")
    assert answer.kind == "faq", (answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    ("thanks a million, really helpful", "thanks"),
    ("God bless you, that was kind", "thanks"),
    ("howya", "hello"),
    ("landed on the red eye this morning, hiya", "hello"),
])
def test_small_talk_in_the_groups_sayings(ask: Ask, message: str, entry_id: str) -> None:
    """Thanks said large, a blessing, Ireland's hello, a greeting off a night flight."""
    answer = ask(message)
    assert answer.kind == "chitchat" and answer.id == entry_id, (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # the same words alone, or another's complaint, stay another topic
    "best flour for sourdough bread",
    "how much does a coffin cost",
    "best camera for low light",
    "what's on around town this weekend",
    "our oak tree had the chop last week, will it grow back",
    "is it alright if my neck clicks when I turn",
    "my head hurts, what helps a headache",
    "I woke with a red eye, is it conjunctivitis",
    "what tablets for my heart are best",
    "my shoulder hurts when I lift at shoulder height",
    "how do I hand it over to my manager",
    # a run's distance is still a race's, whatever "am" reads as
    "any stretch for my calves before a 5k",
    "stretch my hamstrings before a 10k",
])
def test_the_same_words_alone_stay_another_topics(ask: Ask, message: str) -> None:
    """Near misses: the trade's or the saying's words with nothing of ours are declined."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)
