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

Each candidate is a set of bars and gates (learned.yaml's `levels`, `flags` and `gates`):
`configured` is learned.yaml as it is; the others change one thing, so each gate's worth is
measured on batches the model never saw, which is the honest figure. The engine decides with
the same function (`bot.engine.learned.speaks`).

Slow (a fit per batch and the rules on every message): `python -m bot.maintainers.learn_cv
[--batches N] [--cache DIR]` (DIR keeps the rules' readings and each batch's chances, to
measure other candidates quickly; delete it after a change to the rules or the sets). Not a
unit test. Needs the `learn` extra.
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

from bot.engine.learned import adds_beside, calmed_flags, judged, speaks
from bot.engine.pipeline import MAX_TRIAGE_CHARS, compile_knowledge
from bot.knowledge import CONTEXT, DEFAULT_DIR, load
from bot.knowledge.learned import ABOUT, Gates, LearnedModel
from bot.maintainers import learn
from bot.maintainers.stress import NONE

TODAY = date(2026, 11, 25)


def candidates(model: LearnedModel) -> dict[str, LearnedModel]:
    """learned.yaml's bars and gates, and variants that each change one thing."""
    g = model.gates
    everything = frozenset(CONTEXT) - {"now", "own"}
    flags = model.bars
    out = {
        "configured": model,
        "no gates": dataclasses.replace(model, gates=Gates()),
        "gate: own flag, all reasons": dataclasses.replace(
            model, gates=dataclasses.replace(g, calmed=everything)),
        "gate: any flag, configured reasons": dataclasses.replace(
            model, gates=dataclasses.replace(g, any_flag=True)),
        "gate: any flag, all reasons": dataclasses.replace(
            model, gates=dataclasses.replace(g, calmed=everything, any_flag=True)),
        "gate: no others": dataclasses.replace(model, gates=dataclasses.replace(g, others=False)),
        "gate: not timed": dataclasses.replace(
            model, gates=dataclasses.replace(g, timed=frozenset())),
    }
    for about in ABOUT:
        if about != g.about:
            out[f"gate: about {about or 'off'}"] = dataclasses.replace(
                model, gates=dataclasses.replace(g, about=about))
    for own in (frozenset(), frozenset({"distress"})):
        if own != g.own_signs:
            out[f"gate: own signs {', '.join(sorted(own)) or 'none'}"] = dataclasses.replace(
                model, gates=dataclasses.replace(g, own_signs=own))
    out["gate: others unless own" if not g.others_own else "gate: others always"] = \
        dataclasses.replace(model, gates=dataclasses.replace(g, others_own=not g.others_own))
    for sure in (0.0, 0.97, 0.98, 0.99, 0.995):
        if sure != g.sure:
            out[f"gate: sure {sure or 'off'}"] = dataclasses.replace(
                model, gates=dataclasses.replace(g, sure=sure))
    for quiet in (frozenset(), frozenset({"negated"}), frozenset({"negated", "normal"}),
                  g.calmed):
        if quiet != g.quiet:
            out[f"gate: quiet {', '.join(sorted(quiet)) or 'none'}"] = dataclasses.replace(
                model, gates=dataclasses.replace(g, quiet=quiet))
    if g.unsaid:
        out["gate: no unsaid"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, unsaid={}))
    for flag in sorted(g.own_signs):
        if flag not in g.unsaid:
            out[f"gate: unsaid + {flag}"] = dataclasses.replace(model, gates=dataclasses.replace(
                g, unsaid={**g.unsaid, flag: frozenset({"negated", "normal"})}))
    for share in (0.0, 0.3, 0.4, 0.5, 0.6):
        if share != g.share:
            out[f"gate: share {share or 'off'}"] = dataclasses.replace(
                model, gates=dataclasses.replace(g, share=share))
    for flag in sorted(g.timed):
        for bar in (0.0, 0.97, 0.99, 1.0):
            if g.untimed.get(flag, 0.0) != bar:
                untimed = {k: v for k, v in g.untimed.items() if k != flag}
                if bar:
                    untimed[flag] = bar
                out[f"gate: untimed {flag} {bar or 'off'}"] = dataclasses.replace(
                    model, gates=dataclasses.replace(g, untimed=untimed))
    if g.weak_signs:
        out["gate: no weak_signs"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, weak_signs={}))
    if g.beside_share:
        out["gate: beside share 0"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, beside_share=0.0))
    if g.places:
        out["gate: no places"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, places=frozenset()))
    if g.times:
        out["gate: no times"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, times=frozenset()))
    if g.courses:
        out["gate: no courses"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, courses=frozenset()))
    if g.evidence:
        out["gate: no evidence"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, evidence={}))
    if g.topics:
        out["gate: no topics"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, topics={}))
    if g.with_course:
        out["gate: no with_course"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, with_course={}))
    for flag in sorted(g.own_signs - {"distress"}):
        out[f"gate: own signs - {flag}"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, own_signs=g.own_signs - {flag}))
    physical = sorted(set(flags) - g.own_signs - {"distress"})
    for flag in physical:
        out[f"gate: own signs + {flag}"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, own_signs=g.own_signs | {flag}))
    if physical:
        out["gate: own signs + every physical flag"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, own_signs=g.own_signs | set(physical)))
    for flag in sorted(f for f in flags if f not in g.beside):
        out[f"gate: beside + {flag}"] = dataclasses.replace(
            model, gates=dataclasses.replace(g, beside=g.beside | {flag}))
    for least in (3, 4, 5, 6, 8):
        if least != g.min_words:
            out[f"gate: min_words {least}"] = dataclasses.replace(
                model, gates=dataclasses.replace(g, min_words=least))
    for flag in sorted(flags):
        for bar in (0.9, 0.95, 0.97, 0.99):
            if bar > flags[flag]:
                out[f"{flag} {bar}"] = dataclasses.replace(model, bars={**flags, flag: bar})
    for bar in (0.8, 0.85, 0.9):
        out[f"all {bar}, soon 0.95"] = dataclasses.replace(
            model, bars={f: (0.95 if flags[f] >= 0.95 else bar) for f in flags})
    for shift in (-0.05, -0.03, -0.02):
        out[f"every bar {shift:+.2f}"] = dataclasses.replace(
            model, bars={f: round(b + shift, 3) for f, b in flags.items()})
    return out


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
    """What the rules alone make of each message: the answer's flag and every finding
    (flag, context properties, whose)."""
    rules = compile_knowledge(dataclasses.replace(kb, learned=None))
    out = []
    for e in examples:
        reading = rules.triage.read(e.text[:MAX_TRIAGE_CHARS], TODAY)
        rules.analyzer.forget_messages()
        warned = reading.warnings
        out.append({"urgent": bool(warned), "flag": warned[0].flag.id if warned else None,
                    "warned": [f.flag.id for f in warned],
                    "timed": reading.timed, "lasted": reading.lasted,
                    "told": sorted(reading.told),
                    "contexts": sorted([c, who, sorted(p)] for c, who, p in reading.contexts),
                    "found": [[f.flag.id, sorted(f.properties), f.experiencer]
                              for f in reading.findings]})
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.maintainers.learn_cv")
    parser.add_argument("--batches", type=int, default=6, help="the latest N batches")
    parser.add_argument("--cache", type=Path, help="keep readings and chances in this folder")
    parser.add_argument("--show", action="store_true", help="list what `configured` adds")
    parser.add_argument("--folds", type=int, help="fit with this many folds instead of "
                        "learned.yaml's `training.folds` (use its own --cache folder)")
    args = parser.parse_args(argv)
    kb = load(DEFAULT_DIR)
    assert kb.learned is not None
    levels = {f.id: f.level for f in kb.redflags.flags}
    settings, _ = learn.Settings.read()
    if args.folds is not None:
        settings = dataclasses.replace(settings, folds=args.folds)
    everything = learn.read_corpus(list(levels))
    if args.cache:
        args.cache.mkdir(exist_ok=True)
    chosen = batches()[-args.batches:]
    held_out = {f for _, added, _ in chosen for f in added}
    read = [e for e in everything if e.file in held_out]
    by_message = iter(_cached(args.cache, "rules.json", lambda: rules_reading(kb, read)))
    readings: list[Any] = [next(by_message) if e.file in held_out else None
                           for e in everything]
    variants = candidates(kb.learned)
    signs = compile_knowledge(dataclasses.replace(kb, learned=None)).triage.flag_signs
    totals: dict[str, list[int]] = defaultdict(lambda: [0] * 8)
    for commit, added, before in chosen:
        held_files = set(added)
        held = [(e, r) for e, r in zip(everything, readings, strict=True)
                if e.file in held_files]

        def chances(before: list[str] = before, held: list[Any] = held) -> Any:
            vectorizer, model = learn.fit([e for e in everything if e.file in set(before)],
                                          settings)
            probs = model.predict_proba(vectorizer.transform([e.text for e, _ in held]))
            return {"classes": list(model.classes_), "probs": probs.tolist()}

        fitted = _cached(args.cache, f"batch-{commit}.json", chances)
        classes, probs = fitted["classes"], fitted["probs"]
        triage = sorted(f for f in added if f.startswith("triage_"))
        questions = sorted(f for f in added if not f.startswith("triage_"))
        print(f"\nbatch {commit}: {', '.join(triage)} + {', '.join(questions)}; trained on "
              f"{len(before)} files")
        for name, model in variants.items():
            c = [0] * 8  # flagged, rules missed, both missed, calm, rules' alarms,
            # both's alarms, ordinary questions, new false urgent there
            for (e, r), p in zip(held, probs, strict=True):
                # beside a lesser warning of the rules, a flag of `gates.beside`, the warned
                # flags set aside (as the engine)
                lesser = r["urgent"] and levels[r["flag"]] != "emergency"
                found = [(f, frozenset(props), who) for f, props, who in r["found"]]
                seen = judged(model, dict(zip(classes, p, strict=True)), e.text,
                              frozenset(r["warned"]) if lesser else frozenset(),
                              calmed_flags(model.gates, found))
                flag = seen.flag
                lesser = lesser and adds_beside(model, seen)
                told = [(c, who) for c, who in r["told"]]
                contexts = [(c, who, frozenset(p)) for c, who, p in r["contexts"]]
                adds = (not r["urgent"] or lesser) \
                    and speaks(model, seen, found, r["timed"], told, signs, contexts,
                               r.get("lasted"))
                top = flag if adds else r["flag"]
                if args.show and adds and name == "configured":
                    print(f"    + {flag} {seen.chance:.3f} [{e.label}] {e.text[:110]!r}")
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
                    c[7] += adds
            for k in range(8):
                totals[name][k] += c[k]
            print(f"  {name:<36} missed {c[1]:>3} -> {c[2]:>3} of {c[0]}, false alarms "
                  f"{c[4]:>3} -> {c[5]:>3} of {c[3]}, new false urgent on questions "
                  f"{c[7]} of {c[6]}")
    print("\npooled over the batches:")
    for name, c in totals.items():
        print(f"  {name:<36} recall {100 * (1 - c[1] / c[0]):.1f}% -> "
              f"{100 * (1 - c[2] / c[0]):.1f}% ({c[1]} -> {c[2]} misses of {c[0]}), false "
              f"alarms {100 * c[4] / c[3]:.1f}% -> {100 * c[5] / c[3]:.1f}% ({c[4]} -> {c[5]}"
              f" of {c[3]}), new false urgent on questions "
              f"{100 * c[7] / max(1, c[6]):.2f}% ({c[7]} of {c[6]})")
    return 0


def _cached(folder: Path | None, name: str, make: Any) -> Any:
    """`make()`, kept as JSON in `folder` when there is one."""
    path = folder / name if folder else None
    if path and path.is_file():
        return json.loads(path.read_text())
    value = make()
    if path:
        path.write_text(json.dumps(value))
    return value


if __name__ == "__main__":
    sys.exit(main())
