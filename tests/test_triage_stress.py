"""Triage on a stress set written blind to the triage rules: euphemisms, third person,
non-native and formal English, flags split over sentences, and alarming-looking words that
are not alarms ("fell asleep", "hay fever", "both knees to chest")."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

STRESS = Path(__file__).parent / "data" / "triage_stress.tsv"


def _rows() -> list[tuple[str, str]]:
    with STRESS.open(encoding="utf-8", newline="") as handle:
        return [(row[0], row[1]) for row in csv.reader(handle, delimiter="\t",
                                                         quoting=csv.QUOTE_NONE) if row]


ROWS = _rows()
FLAGGED = [(m, label) for m, label in ROWS if label != "none"]
CALM = [m for m, label in ROWS if label == "none"]


@pytest.mark.parametrize(("message", "flag"), FLAGGED)
def test_every_red_flag_is_caught(ask, message, flag):
    a = ask(message)
    assert a.kind == "urgent", message
    assert a.id == flag or a.level == "emergency", (message, a.id)


def test_few_false_alarms_on_near_misses(ask):
    alarms = [m for m in CALM if ask(m).kind == "urgent"]
    assert len(alarms) <= 0.02 * len(CALM), alarms


def test_the_set_is_balanced():
    assert len(FLAGGED) > 150 and len(CALM) > 100
