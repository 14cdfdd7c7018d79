"""Words of appointments, letters and reports (a referral, a consultation, the receptionist,
occupational health, 'prolonged', 'as tolerated') say where a question comes from, not
another topic, and so do words of weighing up (downsides) and chat (cool, stupid); a
letter's 'dermatomal' pain is radicular pain, 'appt' is an appointment and an x-ray is a
scan; forgetting to ask is asking. The gut's conditions, a knee's ligaments and a
pregnancy's scans are other topics."""

from __future__ import annotations

import pytest
from triage_asserts import assert_offered


@pytest.mark.parametrize(("text", "entry"), [
    ("consultant's report mentions dermatomal leg pain, what is that",
     "what-is-lumbar-radiculopathy"),
    ("should i get an xray for my sciatica", "mri"),
    ("the receptionist says I need an x-ray first, does that show a trapped nerve", "mri"),
    ("how long counts as prolonged sitting with sciatica", "sitting-and-work"),
    # forgetting to ask is asking, no exercise skipped
    ("forgot to ask my physio how many times a day to do the stretches", "reps-and-sets"),
    ("my back hurts when I walk, shouldn't I be resting instead", "stay-active"),
    # words of weighing something up and of chat say nothing of another topic
    ("any downsides to gabapentin for sciatica", "nerve-pain-medicines"),
    ("can I get hooked on codeine for my back", "painkillers"),
    ("why has my GP added omeprazole to my naproxen for my sciatica", "painkillers"),
    ("how do you do the seated forward stretch", "seated-forward-bend"),
])
def test_words_of_appointments_leave_the_question_ours(ask, text, entry):
    assert_offered(ask(text), entry)


@pytest.mark.parametrize("text", [
    "ibs flare up, what should i eat",
    "is my ibs making my gut hurt, gastro appt on monday",
    "acl reconstruction, when can i go back to football",
    "what happens at the anomaly scan",
    "had my 12 week scan today, baby is fine, what happens next",
    "my crohns is bad this week, any tips",
])
def test_other_conditions_and_scans_are_not_ours(ask, text):
    assert ask(text).kind == "fallback"
