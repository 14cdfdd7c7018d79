"""A word of ours that another part or thing has too ("disc", "stenosis", "nerve", a torn
hamstring) takes its sense from its clause (language.yaml `senses`): beside the neck, the
jaw, a heart valve, a car's brakes or a sports injury, and nothing else of ours, it is that
one's, and the message is another topic. A clause of ours keeps it ours ("my neck disc and
my lower back disc")."""

from __future__ import annotations

import pytest
from triage_asserts import assert_offered

from bot.engine.pipeline import compile_knowledge


@pytest.mark.parametrize("text", [
    "scan shows a prolapsed disc at C4/5, my hand keeps going numb. what does it mean",
    "what is cervical stenosis, the neurologist mentioned it",
    "the disc in my jaw clicks every time i yawn",
    "echo shows narrowing of the aortic valve, stenosis they called it. how serious",
    "renal artery stenosis on the ultrasound, what is that",
    "one of my front brake discs is warped, is it safe to drive",
    "pinched nerve in my elbow, my ring finger is numb",
    "tore my calf playing squash, how long till i can play",
    "strained my groin at football, ice or heat",
    # a worn hip joint, the bones' density, the spine's curve, a runner's race
    "knee and hip both arthritic now, is a replacement the only answer",
    "bone density scan shows osteoporosis in my spine, what should i eat",
    "my son's scoliosis curve is 25 degrees, what happens now",
    "best way to stretch my calves before a half marathon",
])
def test_a_shared_word_beside_another_part_or_thing_is_declined(ask, text):
    assert ask(text).kind == "fallback"


@pytest.mark.parametrize(("text", "entry"), [
    # another part in its own clause, ours in another: ours
    ("my neck is stiff but the slipped disc in my lower back is the real problem, what is it",
     "slipped-disc"),
    # a level of ours beside the neck, in the same clause: ours
    ("disc bulge at L5/S1 with a stiff neck too, will it heal by itself", "slipped-disc"),
    # a word of ours in another sense's clause only where nothing of ours is there
    ("lumbar stenosis, and my heart is fine, can I walk more", "spinal-stenosis"),
    # arthritis of the spine is ours; a disc or the condition keeps a sense's clause ours
    ("arthritis in my lower spine, does walking help", "spinal-stenosis"),
    ("can osteoporosis in my spine cause sciatica", "risk-factors"),
    ("training for a 10k with sciatica, which hamstring stretch is safest",
     "seated-forward-bend"),
])
def test_a_clause_of_ours_keeps_the_shared_word_ours(ask, text, entry):
    assert_offered(ask(text), entry)


@pytest.fixture(scope="module")
def scope(kb):
    return compile_knowledge(kb).scope  # the session's, compiled once


def test_the_shared_word_is_taken_from_the_evidence(scope):
    neck = scope.evidence("my neck disc is bulging")
    assert neck.elsewhere and not neck.enough
    back = scope.evidence("my neck disc and my lower back disc are bulging")
    assert back.elsewhere and back.enough

