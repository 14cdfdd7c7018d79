"""Stop 34 (declined34b, issue 8): a condition lived with beside sciatica, told after the
writer's own "my" anywhere in the message ("my knee arthritis makes the floor hard", "on
days my new hip aches", "they x-rayed my scoliosis"), is the writer's situation, like one
told after "got" or "with": the rest of the message says what is asked (language.yaml
`mine`). After a word of care or purpose ("what helps my arthritis", "a heat pad for my
fibro") the condition is what is treated, and a message that asks nothing else of ours
("is my hip arthritis getting worse?") stays declined. Wordings are the author's own."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    ("is it bad to miss the stretches now and then, my hip arthritis makes kneeling awful",
     "skipping-stretches"),
    ("any tips to stay safe doing the exercises, my shoulders dislocate easily",
     "safety-tips"),
    ("Can I skip the stretches on the days my new hip aches, or does that set me back?",
     "skipping-stretches"),
    ("should i get an mri or is an x-ray enough, my scoliosis has been x-rayed before",
     "mri"),
]

# Near misses: the condition itself asked about, care or a thing for it, someone else's.
DECLINED = [
    "is my knee arthritis getting worse?",
    "my knee arthritis is flaring up, which stretches help",
    "what helps my fibromyalgia flares",
    "recommend a cushion for my scoliosis",
    "best supplement for my osteoporosis",
    "my mums hip replacement is swollen, is that normal",
    "can my hypermobility get better with age",
    "where can i buy insoles for my flat feet",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_a_condition_after_my_is_the_writers_situation(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_the_condition_asked_about_or_treated_stays_declined(ask, message):
    assert_declined(ask(message), message)
