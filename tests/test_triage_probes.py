"""The hand-written triage probes, every set in one test: tests/probes/*.tsv, in the stress
format of tests/data (message <TAB> red flag id, `none` or `emergency` <TAB> note; `#` starts
a comment, and each file opens with what its probes are for). A flagged probe must get its
own warning or an emergency one, `emergency` an emergency-level answer from any flag, `none`
its normal answer (a near miss the learned reader is known to warn on is a strict expected
failure: LEARNED_ALARMS). They live apart from tests/data so that they never refit the
learned reader: `make model` trains on tests/data alone. Each test is named by file and line
(`triage_alarms26.tsv:14`), so a failure points at the probe to read."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

from bot.maintainers import learn
from bot.maintainers.stress import EMERGENCY, NONE, read_stress_cases

PROBES = Path(__file__).parent / "probes"


def probe_files() -> list[Path]:
    return sorted(PROBES.glob("*.tsv"))


def read_probes(path: Path) -> list[tuple[str, str, int]]:
    """(message, label, line) of each probe; read as `read_stress_cases` reads a set (checked
    below), without the knowledge base it needs for the flag ids, at collection time."""
    probes = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(rows, 1):
            if row and "".join(row).strip() and not row[0].startswith("#"):
                probes.append((row[0], row[1].strip() if len(row) > 1 else "", number))
    return probes


# Probe sets written as a measure before their fixes, read by counts in their own test (a
# ceiling on misses and false alarms that a later pass may lower), not probe by probe here:
# emergencies50.tsv (general emergencies in a busy scene's words), tests/test_emerg50.py.
COUNTED = frozenset({"emergencies50.tsv"})

PARAMS = [pytest.param(message, label, id=f"{path.name}:{line}")
          for path in probe_files() if path.name not in COUNTED
          for message, label, line in read_probes(path)]


@pytest.mark.parametrize(("message", "label"), PARAMS)
def test_probe(ask, message: str, label: str) -> None:
    a = ask(message)
    if label == NONE:
        assert_calm(a, message)
    elif label == EMERGENCY:
        assert_emergency(a, message)
    else:
        assert_caught(a, message, label)


def test_every_probe_set_is_a_stress_set_eval_can_score(kb) -> None:
    """`lumbar-bot eval` (and the stress reader) takes every file whole: each label a red
    flag, `none` or `emergency`; a misspelt flag would make the file no stress set."""
    flags = list(kb.redflags.flags)
    assert probe_files()
    for path in probe_files():
        cases = read_stress_cases(path, flags)
        assert cases is not None, f"{path.name}: a label is no red flag, none or emergency"
        assert [(c.message, c.flag, c.line) for c in cases] == read_probes(path), path.name


def test_no_message_is_probed_twice() -> None:
    """One message, one probe: a second copy adds no check, and two labels contradict."""
    where: dict[str, list[str]] = defaultdict(list)
    for path in probe_files():
        for message, _, line in read_probes(path):
            where[message].append(f"{path.name}:{line}")
    assert {m: w for m, w in where.items() if len(w) > 1} == {}


def test_the_learned_reader_never_trains_on_the_probes() -> None:
    """`make model` reads tests/data alone: a probe there would refit the reader and move
    borderline messages across its bars."""
    corpus = {p.resolve() for p in learn.corpus_files()}
    assert corpus and not any(PROBES.resolve() in p.parents for p in corpus)
