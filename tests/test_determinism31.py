"""The same message gets the same reading whatever the hash seed (stop 31, seed31).

Where two context rules fire on the same words ("I can" is two rules of working
normally), the order they were applied in came from a frozenset of labels, which Python
orders by the per-process hash seed. That order decided the order of the mentions a rule
for some concepts splits, and so which of two equally strong mentions a finding took its
properties from: a leg weakness told as worse than last week was `now` under some seeds and
not under others. Each message here is read in two fresh interpreters with hash seeds that
read some of them differently before, and every finding must come out the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"

# Seeds 0 and 3 read each of the messages marked below differently before the fix.
SEEDS = ("0", "3")

OWN_WORDS = [
    # differed: a stumble caught, weakness denied, a foot that lifts fine
    "tripped on the rug this morning, caught myself, didnt fall. no weakness, foot lifts "
    "fine, just clumsy",
    # near misses and catches of the same kinds, to be read alike too
    "slipped on the ice this morning, caught myself, didn't fall, nothing hurt. no weakness, "
    "toes lift fine, just clumsy",
    "stumbled on a step yesterday, caught myself, didn't fall. no numbness, foot lifts fine",
    "the weakness in my foot is worse than a fortnight ago, I can barely lift my toes",
    "my leg weakness is worse than last month, I can barely push the brake pedal",
    "numbness in my leg is worse than last week, I can barely feel the pedal",
    "I can walk fine and I can stand on my toes, no weakness at all",
]

# Messages of tests/data that read differently under seeds 0 and 3 before (file, line).
FROM_DATA = [("triage_dx.tsv", 29), ("holdout2.tsv", 130)]

_READ = """
import json, sys
from datetime import date
from bot.knowledge import load
from bot.engine.pipeline import compile_knowledge
triage = compile_knowledge(load(learned=True)).triage
out = []
for message in json.loads(sys.argv[1]):
    out.append([[f.flag.id, f.reply, sorted(f.properties), f.experiencer, list(f.concepts),
                 f.source] for f in triage.read(message, date(2026, 12, 4)).findings])
print(json.dumps(out))
"""


def _message(name: str, line: int) -> str:
    return (DATA / name).read_text(encoding="utf-8").splitlines()[line - 1].split("\t")[0]


def test_findings_do_not_depend_on_the_hash_seed() -> None:
    messages = [*OWN_WORDS, *(_message(name, line) for name, line in FROM_DATA)]
    runs = []
    for seed in SEEDS:  # both interpreters at once: the test stays a few seconds long
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        runs.append(subprocess.Popen(
            [sys.executable, "-c", _READ, json.dumps(messages)], cwd=ROOT, env=env, text=True,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    readings = []
    for proc in runs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        readings.append(json.loads(out))
    first, second = readings
    assert len(first) == len(second) == len(messages)
    for message, a, b in zip(messages, first, second, strict=True):
        assert a == b, message
    # the catches stay caught: a weakness worse than before, told now, is a warning
    worse = messages.index("my leg weakness is worse than last month, I can barely push the "
                           "brake pedal")
    assert any(f[0] == "progressive-weakness" and f[1] == "warn" for f in first[worse])
    # ... and the near miss stays calm: a weakness denied after a stumble caught warns nothing
    assert not any(f[1] == "warn" for f in first[0])
