"""The command line: `lumbar-bot ask|chat|check|eval|explain|learn|bench|stats|report|run`
(also `python -m bot`).

Every command takes --knowledge DIR (or LUMBAR_BOT_KNOWLEDGE) so a clinic can use its own.
With no command: Telegram when a token is set, otherwise the terminal chat.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bot import __version__
from bot.care.store import StoreError
from bot.knowledge import Knowledge, KnowledgeError, load
from bot.telegram_bot.settings import ConfigError, Settings, load_settings

if TYPE_CHECKING:
    from bot.terminal.companion import TerminalCompanion


_KNOWLEDGE_HELP = "knowledge directory (default: $LUMBAR_BOT_KNOWLEDGE, else shipped)"


def _parser() -> argparse.ArgumentParser:
    # --knowledge goes before or after the command. The commands' copy of it has no default
    # of its own: argparse would otherwise set the default over a DIR given before the command
    # ("lumbar-bot --knowledge DIR ask ..." read the shipped knowledge).
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--knowledge", metavar="DIR", default=argparse.SUPPRESS,
                        help=_KNOWLEDGE_HELP)
    parser = argparse.ArgumentParser(
        prog="lumbar-bot",
        description="Answers for people with lumbar radiculopathy. No command: Telegram when "
                    "TELEGRAM_BOT_TOKEN is set, otherwise a chat in the terminal.",
    )
    parser.add_argument("--knowledge", metavar="DIR",
                        help=_KNOWLEDGE_HELP)
    parser.add_argument("--version", action="version", version=f"lumbar-bot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ask = sub.add_parser("ask", parents=[common], help="answer one message, or each line of stdin")
    ask.add_argument("message", nargs="*", help="the message (default: read lines from stdin)")
    ask.add_argument("--json", action="store_true", help="one JSON object per message")
    sub.add_parser("chat", parents=[common], help="chat in the terminal")
    sub.add_parser("check", parents=[common], help="validate the knowledge base")
    ev = sub.add_parser("eval", parents=[common], help="score the engine on a labelled TSV file")
    ev.add_argument("file", type=Path)
    ev.add_argument("--json", action="store_true", help="print the metrics as one JSON object")
    ev.add_argument("--errors", action="store_true", help="list the messages answered wrongly")
    explain = sub.add_parser("explain", parents=[common],
                             help="why the learned triage reader scores a message as it does")
    explain.add_argument("message", nargs="+", help="the message")
    sub.add_parser("learn", parents=[common],
                   help="retrain the learned triage reader on tests/data (`make model`)")
    bench = sub.add_parser("bench", parents=[common], help="latency, throughput, memory")
    bench.add_argument("--messages", type=int, default=2000, help="messages per run")
    bench.add_argument("--only", choices=("engine", "companion"),
                       help="only the engine's figures, or only the companion's (reminders at "
                            "start-up, /progress charts, answers while charts are drawn)")
    sub.add_parser("stats", parents=[common], help="counts from the store (no personal data)")
    sub.add_parser("report", parents=[common],
                   help="the questions the bot could not answer, most frequent first")
    run = sub.add_parser("run", parents=[common], help="run the Telegram bot")
    run.add_argument("--webhook", metavar="URL", help="use a webhook at this public URL")
    run.add_argument("--port", type=int, default=8443, help="webhook port (default 8443)")
    run.add_argument("--listen", default="0.0.0.0", help="webhook listen address")
    run.add_argument("--secret-token", help="webhook secret (default: $LUMBAR_BOT_WEBHOOK_SECRET)")
    return parser


def _settings() -> Settings:
    try:
        return load_settings()
    except ConfigError as exc:
        raise SystemExit(f"lumbar-bot: {exc}") from None


def _knowledge(args: argparse.Namespace, settings: Settings | None = None) -> Knowledge:
    directory = args.knowledge or (settings.knowledge_dir if settings else None)
    number = settings.emergency_number if settings else None
    try:
        return load(directory, emergency_number=number)
    except KnowledgeError as exc:
        raise SystemExit(f"lumbar-bot: {exc}") from None


def _ask(kb: Knowledge, args: argparse.Namespace) -> int:
    from bot.terminal.chat import answer_line

    if args.message:
        messages: Iterable[str] = [" ".join(args.message)]
    else:
        messages = (line.rstrip("\n") for line in sys.stdin)
    for message in messages:  # each on its own: no memory from one line to the next
        reply = answer_line(kb, message).answer
        if args.json:
            print(json.dumps(reply.to_json(), ensure_ascii=False))
        else:
            print(reply.text)
            for s in reply.suggestions:
                print(f"  - {s.title} ({s.id})")
            print()
    return 0


def _check(args: argparse.Namespace) -> int:
    from bot.maintainers.check import warnings

    try:
        kb = load(args.knowledge, learned=True)
    except KnowledgeError as exc:
        print(exc, file=sys.stderr)
        return 1
    found = warnings(kb)
    entries = len(kb.entries)
    phrasings = sum(len(e.phrasings) for e in kb.entries.values())
    print(f"{kb.directory}: OK, {entries} entries, {phrasings} phrasings, "
          f"{len(kb.redflags.flags)} red flags")
    if found:
        print(f"{len(found)} warning(s):")
        for line in found:
            print(f"  {line}")
    return 0


def _eval(kb: Knowledge, args: argparse.Namespace) -> int:
    from bot.engine import answer
    from bot.maintainers.evaluate import errors, evaluate, read_cases, table
    from bot.maintainers.stress import (
        evaluate_stress,
        read_stress_cases,
        stress_errors,
        stress_table,
    )

    flags = list(kb.redflags.flags)
    try:
        stress = read_stress_cases(args.file, flags)
        cases = read_cases(args.file) if stress is None else []
    except (OSError, ValueError) as exc:
        raise SystemExit(f"lumbar-bot: {exc}") from None
    if stress is not None:  # message <TAB> red flag or none <TAB> note: a triage stress set
        scored = evaluate_stress(stress, lambda m: answer(kb, m), flags)
        metrics, counts = scored.metrics, scored.counts
        shown, listed = stress_table(scored), stress_errors(scored)
    else:
        report = evaluate(cases, lambda m: answer(kb, m))
        metrics, counts = report.metrics, report.counts
        shown, listed = table(report), errors(report)
    if args.json:
        print(json.dumps({**metrics, **{f"n_{name}": n for name, n in counts.items()}}))
    else:
        print(shown)
    if args.errors:
        print(listed)
    return 0


def _explain(kb: Knowledge, message: str) -> int:
    """The learned reader's chances for a message and the n-grams that weighed most for its
    likeliest sign (against `none`), so an editor can see why it did or did not warn."""
    from bot.engine.learned import opinion, probabilities, reasons

    model = kb.learned
    if model is None:
        print("no learned triage model in this knowledge base (run `make model`)")
        return 1
    from bot.engine import answer

    seen = opinion(model, message)
    bar = model.bar(seen.flag)
    reaches = "reaches" if seen.warns(bar) else "is under"
    print(f"chance of any sign {seen.chance:.3f}, likeliest {seen.flag}: {reaches} its bar "
          f"({bar})")
    said = answer(kb, message)
    if any(f.source == "learned" for f in said.findings):
        print("the engine: the learned reader warns (the rules gave no warning)")
    elif said.kind == "urgent":
        print(f"the engine: the rules warn ({said.id}); the learned reader is not asked")
    else:
        print("the engine: no warning (under the bar, or a gate in learned.yaml: a sign the "
              "rules calmed, a time they counted, too few words)")
    for flag, p in sorted(probabilities(model, message).items(), key=lambda fp: -fp[1]):
        print(f"  {flag:<22}{p:.3f}")
    print(f"n-grams weighing for {seen.flag} (+) or for none (-):")
    for kind, gram, weight in reasons(model, message, seen.flag):
        print(f"  {weight:+.3f}  {'word' if kind == 'word' else 'chars':<5} {gram!r}")
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.telegram_bot.app import run_bot

    if not settings.token:
        raise SystemExit("lumbar-bot: TELEGRAM_BOT_TOKEN is not set (see README: Telegram).")
    if getattr(args, "knowledge", None):
        settings = replace(settings, knowledge_dir=Path(args.knowledge))
    try:
        run_bot(settings, webhook_url=getattr(args, "webhook", None),
                port=getattr(args, "port", 8443), listen=getattr(args, "listen", "0.0.0.0"),
                secret_token=getattr(args, "secret_token", None))
    except (KnowledgeError, StoreError) as exc:
        raise SystemExit(f"lumbar-bot: {exc}") from None
    return 0


def _stats(settings: Settings, command: str) -> int:
    """`stats` or `report`: read the store the bot writes, without creating one."""
    from datetime import UTC, datetime

    from bot.care.stats import stats_text
    from bot.care.store import open_store
    from bot.care.unanswered import report_text

    try:
        store = open_store(settings.data_dir, create=False)
    except StoreError as exc:
        raise SystemExit(f"lumbar-bot: {exc}") from None
    today = datetime.now(UTC).date()
    try:
        print(stats_text(store, today) if command == "stats" else report_text(store, today))
    finally:
        store.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    command = args.command
    if command == "check":
        return _check(args)
    settings = _settings()
    if command in ("stats", "report"):
        return _stats(settings, command)
    if command == "run" or (command is None and settings.token):
        return _run(args, settings)
    kb = _knowledge(args, settings)
    if command == "ask":
        try:
            return _ask(kb, args)
        except BrokenPipeError:  # `lumbar-bot ask < file | head` stopped reading
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if command == "eval":
        return _eval(kb, args)
    if command == "explain":
        return _explain(kb, " ".join(args.message))
    if command == "learn":
        from bot.maintainers.learn import train

        train(kb.directory)
        return 0
    if command == "bench":
        from bot.maintainers import bench, bench_companion

        if args.only != "companion":
            bench.run(lambda: _knowledge(args, settings), count=args.messages)
        if args.only != "engine":
            bench_companion.run(lambda: _knowledge(args, settings))
        return 0
    from bot.terminal.chat import run as chat

    if command is None:
        print(kb.message("telegram_setup"))
    return chat(kb, companion=_terminal_companion(kb, settings))


def _terminal_companion(kb: Knowledge, settings: Settings) -> TerminalCompanion | None:
    """The companion for the chat; without a usable store the chat still answers."""
    from bot.care.clock import ShiftedClock, SystemClock
    from bot.care.companion import Companion
    from bot.care.store import open_store
    from bot.terminal.companion import TerminalCompanion

    try:
        store = open_store(settings.data_dir)
    except StoreError as exc:
        print(f"lumbar-bot: {exc}. /remind, /pain and /progress are off.", file=sys.stderr)
        return None
    clock = ShiftedClock(settings.clock_start) if settings.clock_start else SystemClock()
    return TerminalCompanion(Companion(kb, store, clock), settings.data_dir)
