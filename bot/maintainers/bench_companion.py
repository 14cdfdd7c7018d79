"""Benchmark the companion where it could hurt the running bot:

- start-up: restoring 10,000 people's reminders from the store into the JobQueue;
- /progress for someone with 90 days of entries: the reply and the chart (p50/p99);
- answers per second through the real Telegram Application while charts are drawn for
  other people, against the rate without charts; in a worker process (what the bot does)
  and, for comparison, in a worker thread.

Nothing reaches the network: requests to Telegram are answered by a stub.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.care.chart import ChartDrawer
from bot.care.clock import SystemClock
from bot.care.companion import Companion
from bot.care.schedule import local_day
from bot.care.store import Store, open_store
from bot.knowledge import Knowledge
from bot.maintainers.bench import sample_messages
from bot.telegram_bot import reminders
from bot.telegram_bot.app import BotApplication, build_application
from bot.telegram_bot.settings import Settings

TOKEN = "1000001:" + "B" * 35
ZONES = ("UTC", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Kolkata",
         "Australia/Sydney", "America/Los_Angeles", "Asia/Tokyo")


class _Offline(BaseRequest):
    """Answers every Bot API call at once, as a healthy Telegram would."""

    def __init__(self) -> None:
        self._ids = 0

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(  # type: ignore[override]  # the timeouts are not used here
            self, url: str, method: str, request_data: RequestData | None = None,
            **kwargs: Any) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        result: Any = True
        if name == "getMe":
            result = {"id": 1000001, "is_bot": True, "first_name": "Bench",
                      "username": "bench_bot"}
        elif name.startswith("send"):
            self._ids += 1
            params = request_data.parameters if request_data else {}
            result = {"message_id": self._ids, "date": 0, "text": "ok",
                      "chat": {"id": int(str(params.get("chat_id", 1))), "type": "private"}}
        return 200, json.dumps({"ok": True, "result": result}).encode()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _fill(store: Store, people: int, rng: random.Random) -> None:
    """`people` reminders at random times in several zones, none due while measuring. The
    last one sent is tomorrow in the person's own zone (not in UTC: just after midnight UTC,
    New York is still on the day before)."""
    now = datetime.now(UTC)
    for user in range(1, people + 1):
        place = rng.choice(ZONES)
        store.set_zone(user, place, now.date())
        at = clock_time(rng.randrange(24), rng.randrange(60))
        store.set_reminder(user, at, now - timedelta(days=2), now.date())
        # next one in two days
        store.claim_reminder(user, local_day(now, place) + timedelta(days=1))

def _diary(store: Store, user: int, days: int, today: date, rng: random.Random) -> None:
    for n in range(days):
        day = today - timedelta(days=n)
        store.record_pain(user, day, rng.randrange(2, 9))
        if rng.random() < 0.7:
            store.record_session(user, day)


def _application(kb: Knowledge, store: Store, charts: ChartDrawer) -> BotApplication:
    settings = Settings(token=TOKEN, data_dir=store.path.parent, burst=10**6)
    return build_application(settings, kb, store=store, charts=charts, request=_Offline())


async def _restore(kb: Knowledge, folder: Path, people: int) -> dict[str, float]:
    store = open_store(folder / "restore")
    _fill(store, people, random.Random(3))
    app = _application(kb, store, ChartDrawer())
    await app.initialize()
    queue = app.job_queue
    assert queue is not None
    started = time.perf_counter()
    restored = reminders.ReminderJobs(queue, app.bot_data["companion"]).restore()
    read_and_planned = time.perf_counter() - started
    await queue.start()  # the scheduler takes the planned jobs, as at a real start-up
    total = time.perf_counter() - started
    jobs = sum(1 for job in queue.jobs() if job.name == reminders.DAILY)
    await queue.stop(wait=False)
    await app.shutdown()
    store.close()
    return {"people": restored, "jobs": jobs, "plan_s": read_and_planned, "total_s": total,
            "matplotlib_loaded": float("matplotlib" in sys.modules)}


async def _charts(kb: Knowledge, folder: Path, count: int) -> dict[str, float]:
    store = open_store(folder / "charts")
    today = datetime.now(UTC).date()
    _diary(store, 1, 90, today, random.Random(5))
    companion = Companion(kb, store, SystemClock())
    drawer = ChartDrawer()
    first_started = time.perf_counter()
    reply = companion.progress(1)
    assert reply.chart is not None
    await drawer.draw(reply.chart)
    first = time.perf_counter() - first_started  # worker start and matplotlib import
    replies, charts = [], []
    for _ in range(count):
        t0 = time.perf_counter()
        reply = companion.progress(1)
        t1 = time.perf_counter()
        assert reply.chart is not None
        await drawer.draw(reply.chart)
        replies.append(t1 - t0)
        charts.append(time.perf_counter() - t1)
    drawer.close()
    store.close()
    return {"first_s": first, "reply_p50_ms": statistics.median(replies) * 1000,
            "reply_p99_ms": _percentile(replies, 0.99) * 1000,
            "chart_p50_ms": statistics.median(charts) * 1000,
            "chart_p99_ms": _percentile(charts, 0.99) * 1000}


async def _throughput(kb: Knowledge, folder: Path, messages: list[str], mode: str,
                      rounds: int) -> tuple[float, float, int]:
    """Answers per second through the Application without charts and while charts are drawn
    without pause for other people (in the worker `mode`: "process" or "thread").

    The two are measured in alternating windows, so load from the rest of the machine
    (which changes slowly) falls on both alike; the medians are returned, with the number
    of charts drawn during the measured windows.
    """
    store = open_store(folder / f"answers-{mode}")
    today = datetime.now(UTC).date()
    _diary(store, 2, 90, today, random.Random(7))
    drawer = ChartDrawer(process=mode == "process")
    app = _application(kb, store, drawer)
    await app.initialize()
    companion: Companion = app.bot_data["companion"]
    chart = companion.progress(2).chart
    assert chart is not None
    await drawer.draw(chart)  # warm: the worker is up before the clock starts
    updates = [Update.de_json(_update(i, text), app.bot) for i, text in enumerate(messages)]
    for update in updates:  # warm every cache before measuring
        await app.process_update(update)
    drawn = 0
    rates: dict[bool, list[float]] = {False: [], True: []}

    async def draw_until(stop: asyncio.Event) -> None:
        nonlocal drawn
        while not stop.is_set():
            await drawer.draw(chart)
            drawn += 1

    for number in range(rounds):
        for with_charts in ((False, True) if number % 2 else (True, False)):
            stop = asyncio.Event()
            background = asyncio.create_task(draw_until(stop)) if with_charts else None
            await asyncio.sleep(0.1)  # drawing is under way
            started = time.perf_counter()
            for update in updates:
                await app.process_update(update)
                await asyncio.sleep(0)  # the loop turns between updates, as with network I/O
            rates[with_charts].append(len(updates) / (time.perf_counter() - started))
            stop.set()
            if background is not None:
                await background
    drawer.close()
    await app.shutdown()
    store.close()
    return statistics.median(rates[False]), statistics.median(rates[True]), drawn


def _update(number: int, text: str) -> dict[str, Any]:
    user = 1000 + number % 50
    return {"update_id": number + 1, "message": {
        "message_id": number + 1, "date": 0, "text": text or "hello",
        "chat": {"id": user, "type": "private"}, "from": {"id": user, "is_bot": False,
                                                         "first_name": "B"}}}


def run(load: Callable[[], Knowledge], *, people: int = 10_000, charts: int = 40,
        messages: int = 300, rounds: int = 8,
        write: Callable[[str], None] = print) -> dict[str, Any]:
    kb = load()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="lumbar-bench-") as tmp:
        folder = Path(tmp)
        restore = asyncio.run(_restore(kb, folder, people))
        results["restore"] = restore
        write(f"restore reminders: {restore['people']:.0f} people, {restore['jobs']:.0f} jobs "
              f"in {restore['total_s'] * 1000:.0f} ms (read + plan {restore['plan_s'] * 1000:.0f}"
              f" ms; target < 2000 ms); matplotlib loaded at start-up: "
              f"{'yes' if restore['matplotlib_loaded'] else 'no'}")
        chart = asyncio.run(_charts(kb, folder, charts))
        results["progress"] = chart
        write(f"/progress, 90 days of entries: reply p50 {chart['reply_p50_ms']:.1f} ms, "
              f"p99 {chart['reply_p99_ms']:.1f} ms; chart p50 {chart['chart_p50_ms']:.0f} ms, "
              f"p99 {chart['chart_p99_ms']:.0f} ms (first chart, worker start and matplotlib "
              f"import: {chart['first_s'] * 1000:.0f} ms)")
        sample = sample_messages(kb, messages)
        results["answers_per_s"] = {}
        for mode in ("process", "thread"):
            alone, busy, drawn = asyncio.run(_throughput(kb, folder, sample, mode, rounds))
            results["answers_per_s"][mode] = {"alone": alone, "with_charts": busy,
                                              "charts": drawn}
            what = ("in the worker process (the bot's way; target: within 20%)"
                    if mode == "process" else "in a worker thread (for comparison)")
            write(f"answers/s through the Application: {alone:.0f} alone, {busy:.0f} "
                  f"({busy / alone - 1:+.0%}) while {drawn} charts were drawn {what}")
    return results
