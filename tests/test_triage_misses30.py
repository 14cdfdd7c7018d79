"""Stop 30's missed kinds (issue 7): the flagged probes of tests/probes/triage_misses30.tsv
are read by the rules themselves, not left to the learned reader, and the near misses
beside them stay calm (tests/test_triage_probes.py checks every probe's answer)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_triage_probes import read_probes

FLAGGED = [(m, label) for m, label, _ in
           read_probes(Path(__file__).parent / "probes" / "triage_misses30.tsv")
           if label != "none"]


@pytest.mark.parametrize(("message", "flag"), FLAGGED)
def test_the_missed_kinds_are_read_by_the_rules(ask, message: str, flag: str) -> None:
    a = ask(message)
    assert a.kind == "urgent", (message, a.kind, a.id)
    assert any(f.source == "rules" and f.flag.id == flag and f.reply == "warn"
               for f in a.findings), message


@pytest.mark.parametrize("message", [
    "if the stretches make my leg hurt more afterwards, should I stop them?",
    "my leg is worse after sitting at my desk, the stretches help",
    "the pain was worse after the gym last month, it's fine now",
])
def test_an_exercise_asked_about_or_over_gets_no_warning(ask, message: str) -> None:
    """A pain worse after exercise is a sign told now of one's own pain, not a question
    about exercise, a pain worse after something else, or one long over."""
    a = ask(message)
    assert not any(f.source == "rules" and f.reply == "warn" for f in a.findings), (
        message, a.findings)
