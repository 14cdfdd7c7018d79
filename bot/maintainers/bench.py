"""Benchmark the engine: per-message latency, throughput, start-up time and peak memory.

Run on the shipped knowledge base and on ones made 10x and 100x larger with synthetic FAQ
entries, to show how matching scales. Messages are the knowledge base's own phrasings with
typos and filler words added, plus off-topic and urgent ones: no evaluation data is used.
"""

from __future__ import annotations

import dataclasses
import random
import resource
import statistics
import time
from collections.abc import Callable

from bot.engine import answer, compile_knowledge
from bot.knowledge import Faq, Knowledge

_FILLER = ["hey", "so", "um", "pls", "really", "my back is killing me", "quick question", "lol"]
_EXTRA = [
    "best pizza near me", "my neck hurts when i look up", "who won the match", "hello",
    "thanks a lot", "since yesterday i cant control my bladder", "leg giving way on the stairs",
    "pain for three months now", "what is the weather tomorrow", "",
]


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 5 or rng.random() < 0.6:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


def sample_messages(kb: Knowledge, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    phrasings = [p for e in kb.entries.values() for p in e.phrasings]
    messages = []
    for _ in range(count):
        if rng.random() < 0.15:
            messages.append(rng.choice(_EXTRA))
            continue
        words = [_typo(w, rng) for w in rng.choice(phrasings).split()]
        if rng.random() < 0.3:
            words.insert(0, rng.choice(_FILLER))
        messages.append(" ".join(words))
    return messages


def scaled(kb: Knowledge, factor: int, seed: int = 11) -> Knowledge:
    """A knowledge base with (factor - 1) synthetic copies of every FAQ entry."""
    if factor <= 1:
        return kb
    rng = random.Random(seed)
    extra: list[Faq] = []
    for copy in range(1, factor):
        for faq in kb.faqs:
            made_up = f"zq{copy}x{rng.randrange(10**6)}"
            phrasings = tuple(
                " ".join([*rng.sample(p.split(), len(p.split())), made_up]) for p in faq.phrasings
            )
            extra.append(dataclasses.replace(faq, id=f"{faq.id}-{copy}", phrasings=phrasings,
                                             related=()))
    faqs = (*kb.faqs, *extra)
    entries = {**kb.entries, **{f.id: f for f in extra}}
    return dataclasses.replace(kb, faqs=faqs, entries=entries)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(kb: Knowledge, messages: list[str]) -> dict[str, float]:
    started = time.perf_counter()
    compile_knowledge(kb)
    startup = time.perf_counter() - started
    for message in messages[:20]:
        answer(kb, message)  # warm the caches, as a running bot would be
    timings = []
    begin = time.perf_counter()
    for message in messages:  # answer() forgets each message, so each is timed from cold
        t0 = time.perf_counter()
        answer(kb, message)
        timings.append(time.perf_counter() - t0)
    total = time.perf_counter() - begin
    return {
        "entries": len(kb.entries),
        "phrasings": sum(len(e.phrasings) for e in kb.entries.values()),
        "compile_s": startup,
        "p50_ms": statistics.median(timings) * 1000,
        "p99_ms": _percentile(timings, 0.99) * 1000,
        "max_ms": max(timings) * 1000,
        "msgs_per_s": len(messages) / total,
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run(load: Callable[[], Knowledge], count: int = 2000, factors: tuple[int, ...] = (1, 10, 100),
        write: Callable[[str], None] = print) -> dict[str, dict[str, float]]:
    started = time.perf_counter()
    kb = load()
    load_s = time.perf_counter() - started
    write(f"load knowledge (parse + validate): {load_s * 1000:.0f} ms")
    write(f"{'knowledge':<10}{'entries':>8}{'phrasings':>10}{'compile':>10}{'p50':>9}"
          f"{'p99':>9}{'max':>9}{'msg/s':>9}{'peak RSS':>10}")
    results = {}
    for factor in factors:
        big = scaled(kb, factor)
        n = count if factor < 100 else max(200, count // 10)
        r = measure(big, sample_messages(big, n))
        results[f"{factor}x"] = r
        write(f"{factor:>3}x{'':<6}{r['entries']:>8.0f}{r['phrasings']:>10.0f}"
              f"{r['compile_s'] * 1000:>8.0f}ms{r['p50_ms']:>7.2f}ms{r['p99_ms']:>7.2f}ms"
              f"{r['max_ms']:>7.2f}ms{r['msgs_per_s']:>9.0f}{r['peak_rss_mib']:>7.0f}MiB")
    return results
