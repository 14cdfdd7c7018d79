"""Dump every answer the engine gives to every message of tests/data and the eval set, one
line per message, so a change meant to keep behaviour (a speed-up) can be checked byte for
byte against the dump of the tree before it.

Run from /tmp: `python -m bot.maintainers.dump OUT [--jobs N] [--bare] [--only GLOB]`. Each line:
file, line number, kind, id, level, the flags triage warned of, and a hash of the whole
answer (its JSON: text, score, suggestions, findings). The CPU seconds of the run (summed
over the workers, `time.process_time`) go to stderr.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import multiprocessing
import sys
import time
from datetime import date
from pathlib import Path

from bot.engine import answer
from bot.knowledge import DEFAULT_DIR, Knowledge, load

TODAY = date(2026, 11, 25)  # tests/conftest.py's fixed day
ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT.parent / "shared" / "eval" / "dev.tsv"


def sources(only: str | None = None) -> list[Path]:
    """Every TSV set of tests/data (sorted) and the eval set, when it is there."""
    files = sorted((ROOT / "tests" / "data").glob(only or "*.tsv"))
    if only is None and EVAL.exists():
        files.append(EVAL)
    return files


def _messages(path: Path) -> list[tuple[int, str]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        message = line.split("\t", 1)[0]
        if message.strip() and not message.startswith("#"):
            out.append((number, message))
    return out


def _line(name: str, number: int, kb: Knowledge, message: str) -> str:
    got = answer(kb, message, today=TODAY)
    flags = ",".join(sorted({f.flag.id for f in got.findings if f.reply == "warn"}))
    whole = [got.to_json(), got.level, got.score, [f.chance for f in got.findings],
             got.then.to_json() if got.then else None]
    digest = hashlib.sha256(json.dumps(whole, sort_keys=True).encode()).hexdigest()[:16]
    return f"{name}:{number}\t{got.kind}\t{got.id}\t{got.level}\t{flags}\t{digest}\n"


def _work(job: tuple[list[Path], bool]) -> tuple[list[str], float]:
    paths, bare = job
    kb = load(DEFAULT_DIR)
    if bare:
        kb = dataclasses.replace(kb, learned=None)
    started = time.process_time()
    lines = [_line(p.name, n, kb, m) for p in paths for n, m in _messages(p)]
    return lines, time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--bare", action="store_true", help="without the learned reader")
    parser.add_argument("--only", help="a glob of tests/data file names (no eval set)")
    args = parser.parse_args(argv)
    files = sources(args.only)
    chunks: list[list[Path]] = [files[i :: args.jobs] for i in range(args.jobs)]
    with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
        results = pool.map(_work, [(c, args.bare) for c in chunks])
    by_file: dict[str, list[str]] = {}
    for lines, _ in results:
        for line in lines:
            by_file.setdefault(line.split(":", 1)[0], []).append(line)
    with open(args.out, "w", encoding="utf-8") as out:
        for path in files:
            out.writelines(by_file.get(path.name, []))
    cpu = sum(seconds for _, seconds in results)
    print(f"{sum(map(len, by_file.values()))} messages, answering CPU {cpu:.1f} s "
          f"({', '.join(f'{s:.1f}' for _, s in results)})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
