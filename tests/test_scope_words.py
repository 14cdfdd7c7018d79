"""How people weigh advice is no other topic: where it comes from (a video, a forum, a
leaflet), whether it works or is only said to (a gimmick, a myth, nagging), what care costs
(a copay, what insurance covers), whether it is proven or only masks the pain (a placebo,
the evidence: how someone months into it weighs any care), how soon or how wise (quicker,
sensible). Said with something of ours it is ours; alone, or beside a word of another
topic, it is not. A jab is an epidural or steroid injection; step one is
the first step."""

from __future__ import annotations

import pytest
from triage_asserts import assert_offered


@pytest.mark.parametrize(("text", "entry"), [
    ("are the physio videos online as good as going in person", "physical-therapy"),
    ("massage: worth it or a gimmick?", "hands-on-therapies"),
    ("is an epidural jab worth trying", "injections"),
    ("how often can you get steroid jabs", "injections"),
    ("are the injections proven or just masking it", "injections"),
    ("is massage proven to help or is it all placebo", "hands-on-therapies"),
    ("are the painkillers just masking things", "painkillers"),
    ("would the surgery get me moving again quicker than physio", "surgery"),
])
def test_words_about_advice_leave_the_question_ours(ask, text, entry):
    assert_offered(ask(text), entry)


@pytest.mark.parametrize("text", [
    "best youtube video for learning guitar",
    "which forum is best for learning python",
    "is the keto diet a fad or does it work",
    "how much is the copay for a dentist",
    "flu jab, good idea?",
    "is there any scientific evidence for homeopathy",
    "which face mask is best for hay fever",
    "quicker way to defrost a freezer",
    "is it sensible to invest in index funds",
])
def test_words_about_advice_do_not_make_another_topic_ours(ask, text):
    assert ask(text).kind == "fallback"


def test_step_one_is_the_first_step(ask):
    assert ask("right, what's step one").id == "getting-started"
    assert ask("step one of making bread").kind == "fallback"
