"""Stop 30's second round of missed kinds (issue 7, misses30b): a child the pain stops one
lifting, named as a son, a daughter or by age, is an everyday thing the pain stops (a
persistent-pain sign), while lifting one's own limb, or a question about lifting, is not."""

from __future__ import annotations

import pytest
from triage_asserts import assert_the_rules_warn


@pytest.mark.parametrize("message", [
    "since the sciatica started I can't lift my daughter at all",
    "my leg is so bad I can't lift my 2 year old into the bath any more",
    "can't pick up my 4 year old because of this back",
    "I can't carry my son up to bed, it's been weeks of this",
])
def test_a_child_one_cannot_lift_is_an_activity_the_pain_stops(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    "is it safe to lift my 3 year old with sciatica?",
    "my son can't lift his leg after football, is that sciatica?",
    "how should I pick my daughter up without hurting my back?",
    "I lift my 2 year old every day and the back is fine",
])
def test_lifting_asked_about_or_another_s_gets_no_persistent_warning(ask, message: str) -> None:
    """A question about lifting, or someone else who cannot lift, is no sign of one's own."""
    a = ask(message)
    assert not any(f.source == "rules" and f.reply == "warn" and f.flag.id == "persistent-pain"
                   for f in a.findings), (message, a.findings)


@pytest.mark.parametrize("message", [
    "I can't sit long enough to drive to my mum's because of the sciatica",
    "can't sit long enough to work any more, the leg is awful",
    "with this sciatica I can't sit long enough to do my job",
])
def test_a_sitting_too_short_for_work_or_the_drive_stops_them(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    "I couldn't sit long enough to drive last year but it's fine now",
    "how do I sit long enough to drive to Cornwall with sciatica?",
    "can't sit long enough to eat my tea, the kids keep me running about",
])
def test_sitting_asked_about_over_or_for_another_reason_gets_no_warning(
        ask, message: str) -> None:
    """A question, a stop long over, or a sitting cut short by something else is no sign."""
    a = ask(message)
    assert not any(f.source == "rules" and f.reply == "warn" and f.flag.id == "persistent-pain"
                   for f in a.findings), (message, a.findings)
