"""Score the triage on a stress set: message <TAB> red flag id or `none` <TAB> note.

A line that starts with `#` is a comment. The probe sets in tests/probes may also label a
message `emergency`: any emergency-level warning, whichever flag gives it (a sign that may be
read as more than one of the emergency flags); the sets in tests/data never do.

Stress sets hold messages that need a warning and near misses that must not get one
(someone else's illness, a question about a sign, an idiom, something long over). Two
figures matter: recall (each flagged message gets a warning: its own flag, or any
emergency-level one; an emergency needs an emergency-level answer) and the false-alarm rate
(near misses answered with a warning).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.answers import Answer
from bot.knowledge import RedFlag
from bot.maintainers.evaluate import metric_lines

NONE = "none"
EMERGENCY = "emergency"
"""A probe's label: it needs an emergency-level answer, from any flag."""
TARGETS = {"recall": ">= 97%", "false_alarms": "<= 8%"}


@dataclass(frozen=True)
class StressCase:
    message: str
    flag: str  # a red flag id, or NONE
    note: str
    line: int


@dataclass
class StressReport:
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    per_flag: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[tuple[StressCase, Answer]] = field(default_factory=list)
    alarms: list[tuple[StressCase, Answer]] = field(default_factory=list)


def read_stress_cases(path: Path, flags: list[RedFlag]) -> list[StressCase] | None:
    """The cases, or None when the file is not a stress set (its second column is not a red
    flag id, `none` or `emergency` on every line but the comments)."""
    known = {f.id for f in flags} | {NONE, EMERGENCY}
    cases = []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for number, row in enumerate(rows, 1):
            if not row or not "".join(row).strip() or row[0].startswith("#"):
                continue
            if len(row) < 2 or row[1].strip() not in known:
                return None
            note = row[2].strip() if len(row) > 2 else ""
            cases.append(StressCase(row[0], row[1].strip(), note, number))
    return cases or None


def warned(case: StressCase, a: Answer, levels: dict[str, str]) -> bool:
    """A flagged message is caught by its own flag or by any emergency warning; an emergency
    (`emergency`, or a flag of that level) needs an emergency answer."""
    if a.kind != "urgent":
        return False
    if case.flag == EMERGENCY or levels.get(case.flag) == "emergency":
        return a.level == "emergency"
    return a.id == case.flag or a.level == "emergency"


def evaluate_stress(cases: list[StressCase], answer: Callable[[str], Answer],
                    flags: list[RedFlag]) -> StressReport:
    levels = {f.id: f.level for f in flags}
    report = StressReport()
    for case in cases:
        a = answer(case.message)
        if case.flag == NONE:
            if a.kind == "urgent":
                report.alarms.append((case, a))
            continue
        hit = warned(case, a, levels)
        caught, total = report.per_flag.get(case.flag, (0, 0))
        report.per_flag[case.flag] = (caught + hit, total + 1)
        if not hit:
            report.misses.append((case, a))
    flagged = sum(total for _, total in report.per_flag.values())
    calm = sum(case.flag == NONE for case in cases)
    report.metrics = {
        "recall": (flagged - len(report.misses)) / flagged if flagged else 1.0,
        "false_alarms": len(report.alarms) / calm if calm else 0.0,
    }
    report.counts = {"flagged": flagged, "near_misses": calm}
    return report


def stress_table(report: StressReport) -> str:
    lines = metric_lines(report.metrics, TARGETS)
    for flag, (caught, total) in sorted(report.per_flag.items()):
        lines.append(f"  {flag:<20}{caught:>4}/{total:<4}")
    lines.append(f"({', '.join(f'{k} {v}' for k, v in report.counts.items())})")
    return "\n".join(lines)


def stress_errors(report: StressReport) -> str:
    """Each miss and false alarm, with the findings that explain it."""
    lines = []
    for label, items in (("missed", report.misses), ("false alarm", report.alarms)):
        for case, a in items:
            why = "; ".join(
                f"{f.flag.id} {f.reply} {f.experiencer} {','.join(sorted(f.properties))}".rstrip()
                for f in a.findings
            ) or "no finding"
            lines.append(f"line {case.line} {label}: want {case.flag}, got {a.kind}:{a.id or '-'}"
                         f" [{why}]\n    {case.message}")
    return "\n".join(lines)
