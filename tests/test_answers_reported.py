"""What people ask after a GP, physio or friend told them something (stop 21, issue 8):
the report's content decides the entry, not who said it or the words that report it; going
back to the GP is seeing one again; a physio seen without a GP's letter is physio; an X-ray
is a scan; "which one works best" takes its options from the story; deciding on a treatment
offered is a question about that treatment."""

from __future__ import annotations

import pytest

from bot.engine.matching import Matcher
from bot.engine.pipeline import compile_knowledge


@pytest.mark.parametrize(("message", "entry"), [
    # who said it is where the story comes from: "Dr." is no question about seeing one
    ("the Dr. said I have a slipped disc, what can I do about the pain", "slipped-disc"),
    ("my physio said heat is better than ice for the spasms, is that right?", "heat-and-ice"),
    ("the chemist says paracetamol alone won't help my sciatica, is that right?", "painkillers"),
])
def test_a_report_is_answered_by_what_was_said(ask, message, entry):
    a = ask(message)
    assert (a.kind, a.id) == ("faq", entry), (a.kind, a.id)


def test_the_one_who_said_it_weighs_as_the_story(kb):
    matcher: Matcher = compile_knowledge(kb).matcher
    assert matcher._sources("my GP said it should settle") == {"doctor"}
    # named again as what is asked, it is no mere source
    assert matcher._sources("the doctor said I should see a doctor") == set()
    assert matcher._sources("should I see a doctor") == set()


@pytest.mark.parametrize(("message", "entry"), [
    ("when should I go back to my doctor if the leg pain is still there", "when-to-see-doctor"),
    ("can I self refer to a physio for sciatica", "physical-therapy"),
    ("is an x-ray worth having for sciatica", "mri"),
    ("will the x ray show the disc", "mri"),
])
def test_seeing_someone_again_self_referral_and_x_rays(ask, message, entry):
    a = ask(message)
    assert (a.kind, a.id) == ("faq", entry), (a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), [
    ("GP offered tablets, an injection or physio. which one works best?", "best-treatment"),
    ("knee to chest, child's pose or the piriformis stretch, which one works best?",
     "best-exercise"),
    ("the surgeon offered a discectomy, the physio wants to wait. how do I decide?", "surgery"),
])
def test_which_one_and_how_to_decide_take_their_options_from_the_story(ask, message, entry):
    a = ask(message)
    assert (a.kind, a.id) == ("faq", entry), (a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), [
    ("what is the proper way to lift a heavy box with a bad back", "lifting"),
    ("is it worth getting an automatic car for my sciatica", "driving"),
    ("leg flared on the shop floor, how do i get through the rest of the shift", "flare-up"),
])
def test_work_questions_find_the_entry_their_cue_asks_for(ask, message, entry):
    a = ask(message)
    assert (a.kind, a.id) == ("faq", entry), (a.kind, a.id)
