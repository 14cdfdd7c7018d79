"""Choose the learned reader's threshold honestly: train as if each batch of blind sets
had not been written yet, and read that batch with the rules and the learned reader.

The sets in tests/data came in batches: a stop's blind triage sets and its held-out
question set moved in together (one commit each), and probe sets were written after them.
For each of the latest batches, the model is trained on every file that was in tests/data
before that batch's commit (so neither the batch nor the probes written after reading it),
and the batch is read by the rules as they are now plus the learned reader at several
thresholds: recall and false alarms on its triage sets, and the new false urgent answers on
its question set (messages not labelled urgent that the rules leave calm). The rules have
been tuned on these batches since, so the rules' own figures are better than they were on
first read and what the learned reader adds is, if anything, understated.

Variants, measured beside the plain one: `finding` speaks only where the rules read any
finding at all (a sign, even one they calmed); `respect` never warns with a flag the rules
read and calmed (asked about, someone else's, over).

Slow (a fit per batch and the rules on every message): `python -m bot.maintainers.learn_cv
[--batches N]`. Not a unit test. Needs the `learn` extra.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bot.engine import answer
from bot.knowledge import DEFAULT_DIR, LEVELS, load
from bot.maintainers import learn
from bot.maintainers.stress import NONE

TODAY = date(2026, 11, 25)
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
VARIANTS = ("plain", "finding", "respect")


def batches(corpus: Path = learn.CORPUS) -> list[tuple[str, list[str], list[str]]]:
    """(commit, files it added, files added before it), oldest first, for each commit that
    added a blind triage set (triage_xx.tsv, two letters) to tests/data."""
    log = subprocess.run(
        ["git", "log", "--reverse", "--diff-filter=A", "--name-only", "--format=@%h", "--",
         str(corpus)], capture_output=True, text=True, check=True, cwd=corpus).stdout
    order: list[tuple[str, list[str]]] = []
    for line in log.splitlines():
        if line.startswith("@"):
            order.append((line[1:], []))
        elif line.endswith(".tsv") and order:
            order[-1][1].append(Path(line).name)
    seen: list[str] = []
    found = []
    for commit, files in order:
        blind = [f for f in files if f.startswith("triage_") and len(f) == len("triage_xx.tsv")]
        if blind:
            found.append((commit, sorted(files), list(seen)))
        seen.extend(f for f in files if f not in seen)
    return found


def rules_reading(kb: Any, examples: Sequence[learn.Example]) -> list[dict[str, Any]]:
    """What the rules alone make of each message: the answer's flag and every finding."""
    rules = dataclasses.replace(kb, learned=None)
    out = []
    for e in examples:
        a = answer(rules, e.text, today=TODAY)
        out.append({"urgent": a.kind == "urgent", "flag": a.id if a.kind == "urgent" else None,
                    "warned": sorted(f.flag.id for f in a.findings if f.reply == "warn"),
                    "calmed": sorted(f.flag.id for f in a.findings if f.reply != "warn"),
                    "found": bool(a.findings)})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.maintainers.learn_cv")
    parser.add_argument("--batches", type=int, default=5, help="the latest N batches")
    parser.add_argument("--cache", type=Path, help="keep the rules' readings in this file")
    args = parser.parse_args(argv)
    kb = load(DEFAULT_DIR)
    levels = {f.id: f.level for f in kb.redflags.flags}
    rank = {f.id: (LEVELS.index(f.level), k) for k, f in enumerate(kb.redflags.flags)}
    settings, _ = learn.Settings.read()
    everything = learn.read_corpus(list(levels))
    # question sets' urgent messages are not in the corpus; read them apart
    if args.cache and args.cache.is_file():
        readings = json.loads(args.cache.read_text())
    else:
        readings = rules_reading(kb, everything)
        if args.cache:
            args.cache.write_text(json.dumps(readings))
    totals: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0] * 8)
    for commit, added, before in batches()[-args.batches:]:
        train = [e for e in everything if e.file in set(before)]
        vectorizer, model = learn.fit(train, settings)
        held = [(e, r) for e, r in zip(everything, readings, strict=True) if e.file in added]
        probs = model.predict_proba(vectorizer.transform([e.text for e, _ in held]))
        classes = list(model.classes_)
        none = classes.index(NONE)
        triage = sorted(f for f in added if f.startswith("triage_"))
        questions = sorted(f for f in added if not f.startswith("triage_"))
        print(f"\nbatch {commit}: {', '.join(triage)} + {', '.join(questions)}; trained on "
              f"{len(train)} messages of {len(before)} files")
        for variant in VARIANTS:
            for t in THRESHOLDS:
                c = [0] * 8  # flagged, rules missed, both missed, calm, rules' alarms,
                # both's alarms, ordinary questions, new false urgent there
                for (e, r), p in zip(held, probs, strict=True):
                    chance = 1 - p[none]
                    flag = classes[max((k for k in range(len(classes)) if k != none),
                                       key=lambda k: p[k])]
                    adds = (chance >= t and flag not in r["warned"]
                            and (variant != "finding" or r["found"])
                            and (variant != "respect" or flag not in r["calmed"]))
                    top = r["flag"]
                    if adds and (top is None or rank[flag] < rank[top]):
                        top = flag
                    if e.file in triage and e.label != NONE:
                        def caught(f: str | None, want: str = e.label) -> bool:
                            if f is None:
                                return False
                            if levels[want] == "emergency":
                                return levels[f] == "emergency"
                            return f == want or levels[f] == "emergency"
                        c[0] += 1
                        c[1] += not caught(r["flag"])
                        c[2] += not caught(top)
                    elif e.file in triage:
                        c[3] += 1
                        c[4] += r["urgent"]
                        c[5] += r["urgent"] or adds
                    else:
                        c[6] += 1
                        c[7] += adds and not r["urgent"]
                for k in range(8):
                    totals[(variant, t)][k] += c[k]
                print(f"  {variant:<8} t={t:.2f}: missed {c[1]:>3} -> {c[2]:>3} of {c[0]}, "
                      f"false alarms {c[4]:>3} -> {c[5]:>3} of {c[3]}, new false urgent on "
                      f"questions {c[7]} of {c[6]}")
    print("\npooled over the batches:")
    for (variant, t), c in totals.items():
        print(f"  {variant:<8} t={t:.2f}: recall {100 * (1 - c[1] / c[0]):.1f}% -> "
              f"{100 * (1 - c[2] / c[0]):.1f}%, false alarms {100 * c[4] / c[3]:.1f}% -> "
              f"{100 * c[5] / c[3]:.1f}%, new false urgent on questions "
              f"{100 * c[7] / max(1, c[6]):.2f}% ({c[7]} of {c[6]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
