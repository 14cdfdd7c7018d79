"""The progress chart: pain over the last six weeks, routine days shaded, as a PNG.

matplotlib is imported only when the first chart is drawn (start-up stays fast), and only
its object API is used (no pyplot state), so drawing is safe off the main thread. Charts are
drawn by `ChartDrawer` away from the event loop, one at a time, so a chart never delays
another person's answer. Every word on the chart comes from messages.yaml, passed in.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import cast

WIDTH_PX, HEIGHT_PX, DPI = 800, 450, 100


@dataclass(frozen=True)
class ChartLabels:
    title: str
    pain_axis: str
    pain: str
    routine: str


@dataclass(frozen=True)
class ChartData:
    """What one chart shows: the days on the x axis, the entries, the routine days."""

    first_day: date
    last_day: date
    pain: tuple[tuple[date, int], ...]
    routine_days: tuple[date, ...]
    labels: ChartLabels


def draw_png(data: ChartData) -> bytes:
    """Draw the chart and return the PNG's bytes (800 x 450 pixels)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import DateFormatter, date2num
    from matplotlib.figure import Figure

    def day(value: date) -> float:  # matplotlib's own day numbers (its stubs lack a type)
        return float(cast(Callable[[date], float], date2num)(value))

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    if data.routine_days:  # one shaded column per routine day, drawn as one artist
        axes.broken_barh([(day(d) - 0.45, 0.9) for d in data.routine_days], (-0.25, 10.5),
                         facecolors="#c8e6c9", label=data.labels.routine, zorder=1)
    if data.pain:
        days, scores = zip(*data.pain, strict=True)
        axes.plot([day(d) for d in days], list(scores), marker="o", color="#1565c0",
                  linewidth=2, label=data.labels.pain, zorder=3)
    first, last = day(data.first_day), day(data.last_day)
    axes.set_xlim(first - 0.6, last + 0.6)
    axes.set_xticks([last - 7 * week for week in range(int((last - first) // 7), -1, -1)])
    axes.set_ylim(-0.25, 10.25)
    axes.set_yticks(range(0, 11, 2))
    axes.set_ylabel(data.labels.pain_axis)
    axes.set_title(data.labels.title)
    axes.xaxis.set_major_formatter(DateFormatter("%d %b"))  # type: ignore[no-untyped-call]
    axes.grid(axis="y", color="#e0e0e0", zorder=0)
    if data.pain or data.routine_days:
        axes.legend(loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=2, frameon=False)
    figure.subplots_adjust(left=0.08, right=0.98, top=0.92, bottom=0.2)  # fixed: fast
    out = io.BytesIO()
    figure.savefig(out, format="png", pil_kwargs={"compress_level": 3})
    return out.getvalue()


def _leave_with_parent(parent: int) -> None:
    """In the chart worker: give way to the bot's answers (a lower CPU priority), and exit
    when the bot is gone, even killed with SIGKILL (which gives it no chance to stop its
    workers)."""
    with contextlib.suppress(OSError):
        os.nice(10)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


class ChartDrawer:
    """Draws charts away from the event loop, one at a time.

    `process=True` (the default) draws in a separate process: matplotlib is Python-heavy, and
    in a thread it would hold the interpreter lock that answering needs (the companion
    benchmark measures both). The worker starts, and imports matplotlib, on the first chart.
    """

    def __init__(self, *, process: bool = True) -> None:
        self._process = process
        self._executor: Executor | None = None

    async def draw(self, data: ChartData) -> bytes:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool(), draw_png, data)

    def _pool(self) -> Executor:
        if self._executor is None:
            if self._process:
                spawn = multiprocessing.get_context("spawn")  # no fork of a threaded process
                self._executor = ProcessPoolExecutor(
                    max_workers=1, mp_context=spawn, initializer=_leave_with_parent,
                    initargs=(os.getpid(),))
            else:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chart")
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None
