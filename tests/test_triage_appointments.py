"""Going to an appointment is no farewell: "before I go back to the clinic", "before I go in
for my scan" name where someone is going, so the farewell "before I go" is not read in them.
A farewell said on its own still gets the crisis reply."""

from __future__ import annotations

import pytest

from tests.triage_asserts import assert_calm, assert_caught, assert_emergency


@pytest.mark.parametrize("message", [
    "can you explain radiculopathy in plain words before i go back to the clinic next week",
    "anything I should write down before I go in for the scan next week?",
    "what should I ask about my sciatica before I go to the GP next week",
    "need to know what 'nerve root' means before i go for my follow up this weekend",
])
def test_going_to_an_appointment_is_no_farewell(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I just want to say goodbye before i go, it ends this weekend",
    "love you all, wanted to say it properly before i go next week",
])
def test_a_farewell_is_still_a_crisis(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", [
    "the consultant said surgery and physio end up about the same after a year, is that true",
    "surgery or physio, people do about as well either way after 2 years?",
])
def test_an_outcome_compared_is_no_course_of_pain(ask, message):
    """"The same at 2 years" compares what an operation and waiting come to: no pain that
    stayed the same that long."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "been 8 weeks and the leg pain is the same, no better",
    "three months on, the sciatica is just the same as day one",
])
def test_a_pain_that_stays_the_same_still_warns(ask, message):
    assert_caught(ask(message), message, "persistent-pain")
