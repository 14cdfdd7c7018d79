"""General emergencies told in the words of a busy scene, not a leaflet's (issue 7, emerg50):
the tool or substance that did it named after "with" is no one whose sign it is; a bleed, a
burn, a fit and a fall said by another word form or by what they do to a body; someone else's
emergency in front of the writer is happening now. Near misses beside each stay calm. The
probe set tests/probes/emergencies50.tsv, written from the seed list before the fix, is read
here by counts (ceilings to lower, never raise). Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from test_triage_probes import read_probes
from triage_asserts import assert_calm, assert_the_rules_warn

from bot.engine import Answer

PROBES = Path(__file__).parent / "probes" / "emergencies50.tsv"
EMERGENCY = "general-emergency"

# At the first read (before the fix) the set had 10 of 99 signs missed and 1 of 58 near
# misses warned; after it, 1 and 1 (a stomach pain said as lasting hours and the chest of a
# cold: part 2's kinds, left for it).
MISSES_AT_MOST = 1
ALARMS_AT_MOST = 1


def test_the_probe_set_stays_within_its_counts(ask: Callable[[str], Answer]) -> None:
    probes = read_probes(PROBES)
    signs = [(m, flag) for m, flag, _ in probes if flag != "none"]
    calm = [m for m, flag, _ in probes if flag == "none"]
    assert len(signs) >= 90 and len(calm) >= 50
    missed = [m for m, flag in signs
              if not ((a := ask(m)).kind == "urgent" and (a.id == flag or a.level == "emergency"))]
    alarms = [m for m in calm if ask(m).kind == "urgent"]
    assert len(missed) <= MISSES_AT_MOST, missed
    assert len(alarms) <= ALARMS_AT_MOST, alarms


@pytest.mark.parametrize("message", [
    # a tool after "with" did the harm; the sign is the person's
    "my brother gashed his arm with the grinder and blood is pouring out",
    # a bleed by what it does, and said hard from a limb
    "blood is pumping out of the cut on his thigh",
    "she's bleeding like crazy from her forearm",
    # a substance splashed over the face
    "oven cleaner sprayed over her face",
    # a burn by its size, or skin burnt raw; clothes or hair alight on someone
    "he has a burn bigger than his hand on his back from the bonfire",
    "scalded my thigh with the kettle and the skin is burned raw",
    "my nan's nightie caught fire on the heater",
    # a fit by its verb and by what the body does
    "my son is seizing and his arms keep jerking",
    "grandma went rigid and jerking in her chair",
    # a fall told by another verb; a heavy thing come down on someone; a fall down a whole
    # flight with the feeling gone
    "he toppled off the scaffold at work",
    "my husband slid off the roof while fixing a tile",
    "a wall collapsed onto my uncle",
    "my mum fell down the whole staircase and can't feel her legs",
])
def test_the_rules_warn_of_the_emergency(ask: Callable[[str], Answer], message: str) -> None:
    assert_the_rules_warn(ask(message), message, EMERGENCY)
    assert ask(message).level == "emergency"


@pytest.mark.parametrize("message", [
    "the grinder keeps cutting out and there's dust everywhere",
    "my heart was pumping after the run and my back felt fine",
    "my gums bleed like crazy when I brush",
    "I had a burn bigger than my hand ten years ago, is heat ok on my back now",
    "the toaster caught fire this morning, all fine now",
    "my back is on fire after the gym",
    "my back keeps seizing up and my leg is twitching",
    "my leg keeps jerking at night, is that the sciatica",
    # a thing after "with" with no harm said before it is still the one that fails
    "problem with the pump, it keeps cutting out and leaking everywhere",
    "trouble with my laptop, it crashed and I lost everything",
    "I'm fed up with the website crashing all the time",
    "shares plunged again today, stressful week for my back",
])
def test_the_near_misses_stay_calm(ask: Callable[[str], Answer], message: str) -> None:
    assert_calm(ask(message), message)


def test_a_slipped_foot_is_no_fall_from_a_height(ask: Callable[[str], Answer]) -> None:
    """"slipped off" is a fall only of a person: a foot off a pedal is no call-now reply."""
    a = ask("my foot slipped off the pedal and I jarred my back")
    assert not (a.kind == "urgent" and a.level == "emergency"), (a.kind, a.id)
