"""Pain that has lasted, told by someone a specialist already sees: a calm note, not the
"see a doctor soon" warning on every question they ask (NICE NG59: such pain is referred on;
the warning's advice is the step they have taken)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import answer
from bot.knowledge import Knowledge


@pytest.mark.parametrize("message", [
    "sciatica for four months now and the pain clinic want to try a nerve root block, will it"
    " hurt?",
    "Had this leg pain since the spring. Spinal surgeon saw me last week, in the meantime can"
    " I swim",
    "I've had sciatica for 12 weeks, the MRI showed a bulge and I'm waiting for surgery. How"
    " should I sleep?",
    "I've had back and leg pain for 7 months now and had two steroid injections at the spine"
    " clinic. Is walking ok?",
])
def test_pain_under_a_specialist_gets_a_note_and_its_answer(kb: Knowledge, message: str) -> None:
    a = answer(kb, message)
    assert_calm(a, message)
    [finding] = [f for f in a.findings if f.flag.id == "persistent-pain"]
    assert finding.reply == "note" and "under_care" in finding.properties
    assert "GP or physio" in a.text  # the calm line on the sign is still there


@pytest.mark.parametrize("message", [
    # a GP or physio alone: going back to them is the next step
    "sciatica for 10 weeks, the GP gave me naproxen and said wait. what else can i do",
    "two months of physio and this leg pain is no better, what now?",
    # care asked about or denied is no care
    "three months of sciatica, should I ask for a referral to the pain clinic?",
    "sciatica for 9 weeks, I have not been referred to a specialist and it's the same",
    # an operation that is over, with pain that lasts after it
    "7 weeks since my discectomy and the leg pain is the same as before",
])
def test_pain_without_a_specialist_still_warns(kb: Knowledge, message: str) -> None:
    assert_caught(answer(kb, message), message, "persistent-pain")
