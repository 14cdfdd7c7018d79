"""A sign's course and cause (stop 18): a sign told in its sentence with how soon it passed
("fine a second later", "walked it off") or with an everyday cause the sources name as
harmless (a cramp, a lift too heavy, a trip caught in time, a shy bladder, drink, a leak on
effort since a birth, an arm slept on) is dropped, but never when the message says it came
back, lasted, spread, is worse, on both sides or now, wherever in the message that is said
(`whole` on a context rule). Wordings are the author's own, never copied from a set (the
larger probe set is tests/data/triage_probes_explained.tsv).
Its probe lists are in tests/probes/triage_passed.tsv."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from triage_asserts import assert_calm, assert_caught

from bot.knowledge.loading import load


def test_a_return_told_in_the_next_sentence_still_warns(ask):
    """`whole`: the words that bar a passing bout count anywhere in the message."""
    message = "Left leg gave way, fine a moment later. Third time today it's done that."
    assert_caught(ask(message), message, "progressive-weakness")
    calm = "Left leg gave way, fine a moment later. Made a brew and sat down."
    assert_calm(ask(calm), calm)


def test_whole_must_be_true_or_false(tmp_path: Path):
    """A typo in `whole` is an error of the knowledge base, not a silent default."""
    source = Path(__file__).resolve().parent.parent / "knowledge"
    for f in source.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load((tmp_path / "triage.yaml").read_text(encoding="utf-8"))
    data["context"]["rules"][0]["whole"] = "yes"
    (tmp_path / "triage.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(Exception, match="whole"):
        load(tmp_path)
