"""Score the engine on a labelled TSV file (format: ../shared/eval/README.md).

Metrics, in the order they matter: urgent_recall, false_urgent, in_domain_top1 (with
in_domain_recovered, which also counts a clarify answer offering the right entry),
oos_rejected, chitchat, overall.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.engine.answers import ENTRY_KINDS, Answer

IN_DOMAIN = frozenset(ENTRY_KINDS)


@dataclass(frozen=True)
class Case:
    message: str
    kinds: frozenset[str]
    ids: frozenset[str]  # empty: any id
    tag: str
    line: int

    def right(self, a: Answer) -> bool:
        """Right kind, and one of the ids where the kind names an entry or a red flag (so a
        "see a doctor soon" answer to a cauda equina message is wrong, though urgent)."""
        return a.kind in self.kinds and (
            not self.ids or a.kind not in ("faq", "exercise", "urgent") or a.id in self.ids
        )

    def recovered(self, a: Answer) -> bool:
        return self.right(a) or (
            a.kind == "clarify" and any(s.id in self.ids for s in a.suggestions)
        )

    def acceptable(self, a: Answer) -> bool:
        """Right, a "did you mean" that offers a right entry, a decline where declining is
        acceptable (the `fallback` kind is among the labels), or a non-emergency warning
        followed by a right entry's answer: what the person reads after the advice."""
        return (
            self.recovered(a)
            or (a.kind == "fallback" and "fallback" in self.kinds)
            or (a.entry is not None and a.entry in self.ids)
        )


@dataclass
class Report:
    metrics: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[Case, Answer]] = field(default_factory=list)


def read_cases(path: Path) -> list[Case]:
    """Read the TSV; a malformed line is an error naming its number."""
    cases = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not "".join(row).strip():
                continue
            if len(row) < 3:
                raise ValueError(f"{path}:{number}: expected message, kind, ids[, tag]")
            ids = frozenset(i.strip() for i in row[2].split(",") if i.strip() not in ("", "-"))
            kinds = frozenset(k.strip() for k in row[1].split("|") if k.strip())
            tag = row[3].strip() if len(row) > 3 else ""
            cases.append(Case(row[0], kinds, ids, tag, number))
    return cases


def _share(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def evaluate(cases: list[Case], answer: Callable[[str], Answer]) -> Report:
    report = Report()
    urgent = other = urgent_hit = false_urgent = 0
    in_domain = top1 = recovered = oos = oos_hit = chit = chit_hit = right = 0
    acceptable = declined_covered = 0
    for case in cases:
        a = answer(case.message)
        ok = case.right(a)
        right += ok
        acceptable += case.acceptable(a)
        declined_covered += a.kind == "fallback" and "fallback" not in case.kinds
        if not ok:
            report.misses.append((case, a))
        if "urgent" in case.kinds:
            urgent += 1
            urgent_hit += a.kind == "urgent"
            continue
        other += 1
        false_urgent += a.kind == "urgent"
        if case.kinds & IN_DOMAIN:
            in_domain += 1
            top1 += ok
            recovered += case.recovered(a)
        if "fallback" in case.kinds:
            # Declined, or answered with an entry where the label allows either
            # ("how much does a chiropractor cost": fallback|faq).
            oos += 1
            oos_hit += ok
        if "chitchat" in case.kinds:
            chit += 1
            chit_hit += a.kind == "chitchat"
    report.metrics = {
        "urgent_recall": _share(urgent_hit, urgent),
        "false_urgent": false_urgent / other if other else 0.0,
        "in_domain_top1": _share(top1, in_domain),
        "in_domain_recovered": _share(recovered, in_domain),
        "oos_rejected": _share(oos_hit, oos),
        "chitchat": _share(chit_hit, chit),
        "overall": _share(right, len(cases)),
        "acceptable": _share(acceptable, len(cases)),
    }
    report.counts = {"messages": len(cases), "urgent": urgent, "in_domain": in_domain,
                     "oos": oos, "chitchat": chit,
                     "declined_covered": declined_covered}  # shown as n_<name> in JSON
    return report


TARGETS = {"urgent_recall": ">= 100%", "false_urgent": "<= 2%", "in_domain_top1": ">= 90%",
           "oos_rejected": ">= 85%"}


def metric_lines(metrics: dict[str, float], targets: dict[str, str]) -> list[str]:
    """The metrics as a table, each beside its target: the one layout the question sets and
    the triage sets are reported in."""
    lines = [f"{'metric':<22}{'value':>8}  target", "-" * 40]
    for name, value in metrics.items():
        lines.append(f"{name:<22}{value:>8.1%}  {targets.get(name, '')}".rstrip())
    return lines


def table(report: Report) -> str:
    lines = metric_lines(report.metrics, TARGETS)
    counts = ", ".join(f"{k} {v}" for k, v in report.counts.items())
    lines.append(f"({counts})")
    return "\n".join(lines)


def errors(report: Report) -> str:
    lines = []
    for case, a in report.misses:
        want = f"{'|'.join(sorted(case.kinds))}:{','.join(sorted(case.ids)) or '-'}"
        got = f"{a.kind}:{a.id or '-'} {a.score:.2f}"
        if a.kind == "clarify":
            got += " [" + ",".join(s.id for s in a.suggestions) + "]"
        lines.append(f"line {case.line} [{case.tag}] want {want} got {got}\n    {case.message}")
    return "\n".join(lines)
