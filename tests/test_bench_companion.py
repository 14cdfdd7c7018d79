"""The companion's benchmark runs (on small numbers, so the suite stays fast) and reports
every figure the README quotes."""

from __future__ import annotations

from bot.knowledge import Knowledge
from bot.maintainers import bench_companion


def test_the_companion_benchmark_runs_and_reports(kb: Knowledge) -> None:
    lines: list[str] = []
    results = bench_companion.run(lambda: kb, people=300, charts=2, messages=20, rounds=1,
                                  write=lines.append)
    assert results["restore"]["people"] == 300 and results["restore"]["jobs"] == 300
    assert results["progress"]["chart_p50_ms"] > 0
    for mode in ("process", "thread"):
        figures = results["answers_per_s"][mode]
        assert figures["alone"] > 0 and figures["with_charts"] > 0
    assert len(lines) == 4 and "restore reminders: 300 people" in lines[0]
