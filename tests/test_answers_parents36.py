"""Stop 36 (issue 8, answers36): a birth, a feed, a device or a way of seeing the physio is
the writer's situation, not the topic.

A caesarean and its scar told as the writer's own are a condition lived with beside ours,
also beside one of our exercises; physio over a video call is physio; a sport's machine
named by its brand is the machine; a painkiller asked about while breastfeeding is the
painkiller's question. Each beside the same words asked about alone, still declined."""

from __future__ import annotations

import pytest

from bot.engine import answer
from bot.knowledge import Knowledge


def _got(kb: Knowledge, message: str) -> tuple[str, str | None, tuple[str, ...]]:
    a = answer(kb, message)
    return a.kind, a.id, tuple(s.id for s in a.suggestions)


@pytest.mark.parametrize(("message", "entry"), [
    # a caesarean told as the writer's situation, after one of `owning`
    ("what should i know before i try the stretches, 6 weeks after my caesarean",
     "precautions"),
    # the scar beside one of our exercises: the exercise's question
    ("double knee to chest tugs at my caesarean scar, is that ok", "double-knee-to-chest"),
    # care given at a distance is care
    ("is a physio appointment over a video call worth it for sciatica", "physical-therapy"),
    # a sport's machine by its brand
    ("is a peloton alright for my sciatica", "other-exercise"),
    # the medicine is what is asked, the feeding is when
    ("is naproxen ok for my sciatica while im breastfeeding", "painkillers"),
])
def test_the_situation_is_not_the_topic(kb: Knowledge, message: str, entry: str) -> None:
    kind, got, offered = _got(kb, message)
    assert kind != "fallback", message
    assert got == entry or entry in offered, (message, kind, got, offered)


@pytest.mark.parametrize("message", [
    # the caesarean asked about itself is another condition's
    "how long does a caesarean take to heal",
    # a call named as what is done, with nothing of ours
    "how do i video call my grandson",
    "whats the best app for a video call",
    # a brand's price, with nothing of ours
    "peloton vs zwift which is cheaper",
])
def test_the_situation_alone_is_another_topic(kb: Knowledge, message: str) -> None:
    assert answer(kb, message).kind == "fallback", message


def test_pregnancy_still_answers_medicine_in_pregnancy(kb: Knowledge) -> None:
    # the pregnancy entry speaks of ibuprofen in pregnancy itself
    assert answer(kb, "can i take ibuprofen when im 20 weeks pregnant").id == "pregnancy"
