"""How much a refit moves the learned reader: `python -m bot.maintainers.learn_flips`.

Every `make model` after a set moves into tests/data refits the learned second reader, and a
message whose chance sits near a bar may cross it: a near miss starts to warn, or a sign
stops, with no change to the message or the rules. This fits the model twice, as `make
model` would, on the corpus and on the corpus less its latest batch of sets (the last commit
that added files to tests/data, or `--leave FILES`), and counts the messages whose warning
flips: every message of the corpus and every string of six words or more in the focused
tests (tests/*.py and the probe sets in tests/probes), less the left-out sets' own messages
(those the refit is meant to learn). A warning here is the model's alone (its chance reaches
its likeliest flag's bar; six words or more), an upper bound of the bot's churn: most
messages that flip are signs the rules warn of anyway.

The churn a user could see (`the bot`) is read by the engine itself: each message whose
learned opinion moves across a number the model holds (`moved`) is answered by
`bot.engine.answer` with the knowledge's reader set to each of the two models, and the
answers (kind, flag, level) compared, so that every gate the engine has, now or later, is
applied (a count that re-implements the gates misses the ones it forgot: stop 50's refit lost
a catch under the `untimed` bar that no count saw). Each changed answer is sorted by its
message's label in tests/data and the probes: a catch lost or gained, a false alarm gained or
lost, or unlabelled (a focused test's string); the catches lost and the false alarms gained
are listed with their file and line. Slow (two fits). Needs the `learn` extra. With
`--committed`: the committed model file against a refit on tests/data as it is now (one fit),
what `make model` would change, to run before a landing that adds a set.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import subprocess
import sys
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bot.engine.answers import Answer
from bot.engine.learned import probabilities, word_count
from bot.engine.pipeline import answer
from bot.knowledge import DEFAULT_DIR, Knowledge, RedFlag, load
from bot.knowledge.fields import Collector
from bot.knowledge.learned import LearnedModel, model_from_data
from bot.maintainers import learn
from bot.maintainers.evaluate import read_cases
from bot.maintainers.stress import NONE, StressCase, read_stress_cases, warned

TESTS = learn.CORPUS.parent
TODAY = date(2026, 11, 25)
"""The day every message is answered on, both times (a date told is read against it)."""
UNLABELLED = ""
"""The label of a focused test's string: no set says whether it is a sign."""


def _strings(path: Path, least: int) -> list[tuple[str, int]]:
    """A test file's strings of `least` words or more on one line, with their line."""
    return [(node.value, node.lineno)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and "\n" not in node.value and len(node.value) < 400
            and word_count(node.value) >= least]


def _probe_lines(path: Path, least: int) -> list[tuple[str, int]]:
    """A probe set's messages of `least` words or more, with their line."""
    return [(line.split("\t", 1)[0], number)
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if "\t" in line and not line.startswith("#")
            and word_count(line.split("\t", 1)[0]) >= least]


def focused(least: int = 6) -> list[str]:
    """The focused tests' strings of `least` words or more on one line: their messages (and
    some of their explanations, which the model reads like any message), and the messages of
    the probe sets in tests/probes."""
    found = {text for path in sorted(TESTS.glob("*.py")) for text, _ in _strings(path, least)}
    found.update(text for path in sorted((TESTS / "probes").glob("*.tsv"))
                 for text, _ in _probe_lines(path, least))
    return sorted(found)


Place = tuple[str, str]
"""Where a message is (`file:line`, relative to the repository) and its label there: a red
flag id, `none`, `emergency`, `urgent` (a question set's urgent message) or UNLABELLED."""


def places(flags: Sequence[RedFlag]) -> dict[str, list[Place]]:
    """Every place of every message of the corpus, the probes and the focused tests."""
    known = list(flags)
    out: dict[str, list[Place]] = {}
    for path in [*learn.corpus_files(), *sorted((TESTS / "probes").glob("*.tsv"))]:
        shown = path.relative_to(TESTS.parent)
        stress = read_stress_cases(path, known)
        if stress is not None:
            for c in stress:
                out.setdefault(c.message, []).append((f"{shown}:{c.line}", c.flag))
        else:
            for q in read_cases(path):
                label = learn.URGENT if learn.URGENT in q.kinds else NONE
                out.setdefault(q.message, []).append((f"{shown}:{q.line}", label))
    for path in sorted(TESTS.glob("*.py")):
        for text, line in _strings(path, 1):
            out.setdefault(text, []).append((f"{path.relative_to(TESTS.parent)}:{line}",
                                             UNLABELLED))
    return out


def latest_batch(corpus: Path = learn.CORPUS) -> list[str]:
    """The files the last commit that added any to tests/data added."""
    log = subprocess.run(["git", "log", "-1", "--diff-filter=A", "--name-only", "--format=",
                          "--", str(corpus)], capture_output=True, text=True, check=True,
                         cwd=corpus).stdout
    return sorted(Path(line).name for line in log.splitlines() if line.endswith(".tsv"))


def warnings(model: LearnedModel, classes: list[str], probs: Any, texts: Sequence[str]
             ) -> list[str | None]:
    """Each message's warning by the model alone: its likeliest flag, or None."""
    none = classes.index(model.none)
    out: list[str | None] = []
    for p, text in zip(probs, texts, strict=True):
        k = max((i for i in range(len(classes)) if i != none), key=lambda i: p[i])
        sure = 1 - p[none] >= model.bar(classes[k]) and word_count(text) >= model.gates.min_words
        out.append(classes[k] if sure else None)
    return out


Flip = tuple[str, str | None, str | None]
"""A message whose warning by the model alone differs: (message, warning by the first
model, by the second)."""
Said = tuple[str, str | None, str | None]
"""What the bot answers, as the churn counts it: kind, flag (or entry) id, level."""
Change = tuple[str, Said, Said]
"""A message the bot answers differently: (message, answer with the first model, with the
second)."""


def numbers(model: LearnedModel) -> list[float]:
    """Every number the engine may weigh the model's chances against: its bars and each
    number of its gates, whatever gates there are (found by walking the Gates fields)."""
    found = {model.threshold, *model.bars.values()}
    for f in dataclasses.fields(model.gates):
        value = getattr(model.gates, f.name)
        for v in (value.values() if isinstance(value, Mapping) else (value,)):
            if isinstance(v, float):
                found.add(v)
    return sorted(found)


def _views(classes: Sequence[str], none: str, probs: Any) -> list[tuple[Any, Any]]:
    """Each way the engine may read a row of class chances (`judged`): as it is, with any
    one flag set aside (the rules warned of it), and with any one other flag's chance lent
    by a sign the rules calmed (`quieted`), as (likeliest flag, [chance of a sign, the
    flag's own chance, its share, the chance less what one other flag lends]) per message."""
    import numpy as np

    p = np.asarray(probs, dtype=np.float64)
    k_none = list(classes).index(none)
    signs = [k for k in range(len(classes)) if k != k_none]
    out = []
    for aside in (None, *signs):
        rest = 1.0 - (p[:, aside] if aside is not None else 0.0)
        rest = np.maximum(rest, 1e-12)
        left = [k for k in signs if k != aside]
        best = p[:, left].max(axis=1)
        flag = np.asarray(left)[p[:, left].argmax(axis=1)]
        chance = 1.0 - p[:, k_none] / rest
        share = np.where(chance > 0, best / rest / np.where(chance > 0, chance, 1.0), 0.0)
        values = [chance, best, share]
        values.extend(chance - p[:, k] / rest for k in left)
        out.append((flag, np.vstack(values)))
    return out


def moved(model: LearnedModel, classes: Sequence[str], first: Any, second: Any) -> list[bool]:
    """Whether each message's learned opinion differs between two rows of class chances in a
    way the engine could answer differently: its likeliest flag differs, or one of its
    chances lies on either side of a number of the model (`numbers`) for the two, read every
    way the engine may read it (`_views`), where that view's chance of a sign reaches the
    model's lowest bar with one of the two (the reader never warns below its flag's bar:
    without this, a share or a flag that moves on a message the model thinks calm sent
    61,852 of 106,701 messages to the engine on stop 48 to 50's refit). Only these need the
    engine; the rest answer alike (the engine takes tens of milliseconds a message)."""
    import numpy as np

    bars = np.asarray(numbers(model))
    lowest = min(model.threshold, *model.bars.values())
    out = np.zeros(len(first), dtype=bool)
    for (flag_a, a), (flag_b, b) in zip(_views(classes, model.none, first),
                                        _views(classes, model.none, second), strict=True):
        low, high = np.minimum(a, b), np.maximum(a, b)
        crossed = (low[..., None] <= bars) & (bars <= high[..., None]) & (low < high)[..., None]
        out |= (high[0] >= lowest) & ((flag_a != flag_b) | crossed.any(axis=(0, 2)))
    return [bool(x) for x in out]


def _said(a: Answer) -> Said:
    return (a.kind, a.id, a.level)


def answered(kb: Knowledge, first: LearnedModel, second: LearnedModel,
             texts: Sequence[str]) -> list[Change]:
    """The messages the engine answers differently with the knowledge's learned reader set
    to `first` and to `second`: whatever gates the engine has are applied."""
    one = dataclasses.replace(kb, learned=first)
    two = dataclasses.replace(kb, learned=second)
    out = []
    for text in texts:
        a, b = _said(answer(one, text, today=TODAY)), _said(answer(two, text, today=TODAY))
        if a != b:
            out.append((text, a, b))
    return out


def chances(model: LearnedModel, texts: Sequence[str]) -> list[list[float]]:
    """Each message's class chances by `model` as the engine computes them, in its order."""
    return [[row[c] for c in model.classes]
            for row in (probabilities(model, t) for t in texts)]


def compare(kb: Knowledge, texts: Sequence[str], first: LearnedModel, second: LearnedModel,
            every: bool = False) -> tuple[list[Flip], list[Change]]:
    """The messages whose warning by the model alone differs between two models, and those
    the bot answers differently (of the messages whose opinion `moved`, or of `every` one)."""
    assert kb.learned is not None
    bar = kb.learned
    a, b = chances(first, texts), chances(second, texts)
    if list(second.classes) != list(first.classes):
        b = [[dict(zip(second.classes, row, strict=True)).get(c, 0.0) for c in first.classes]
             for row in b]
    classes = list(first.classes)
    flipped = [(t, x, y) for t, x, y in zip(texts, warnings(bar, classes, a, texts),
                                            warnings(bar, classes, b, texts), strict=True)
               if x != y]
    chosen = texts if every else [t for t, m in zip(texts, moved(bar, classes, a, b),
                                                   strict=True) if m]
    return flipped, answered(kb, first, second, chosen)


KINDS = ("catches lost", "catches gained", "false alarms gained", "false alarms lost",
         "unlabelled", "other changes")
"""How a changed answer is sorted (`sort`): `other changes` are labelled messages whose
catch or alarm stays as it was (another flag of the same verdict)."""


def _caught(label: str, said: Said, levels: Mapping[str, str]) -> bool:
    """Whether an answer catches a message labelled `label` as the stress sets count it; a
    question set's urgent message by any warning."""
    if label == learn.URGENT:
        return said[0] == "urgent"
    return warned(StressCase("", label, "", 0), Answer(said[0], said[1], 1.0, "", "",
                                                       level=said[2]), dict(levels))


def sort(kb: Knowledge, changes: Sequence[Change], where: Mapping[str, Sequence[Place]]
         ) -> dict[str, list[Change]]:
    """The changed answers by kind, from the message's label (a flag's anywhere first, then
    `none`): a flagged message is caught as the stress sets count it (`stress.warned`; a
    question set's urgent message by any warning), a `none` one alarms with any warning."""
    levels = {f.id: f.level for f in kb.redflags.flags}
    out: dict[str, list[Change]] = {k: [] for k in KINDS}
    for change in changes:
        text, a, b = change
        labels = [label for _, label in where.get(text, ())]
        flag = next((x for x in labels if x not in (NONE, UNLABELLED)), None)
        if flag is None and NONE not in labels:
            out["unlabelled"].append(change)
            continue
        if flag is None:
            before, after = a[0] == "urgent", b[0] == "urgent"
            kind = ("false alarms gained" if after and not before else
                    "false alarms lost" if before and not after else "other changes")
        else:
            before, after = _caught(flag, a, levels), _caught(flag, b, levels)
            kind = ("catches lost" if before and not after else
                    "catches gained" if after and not before else "other changes")
        out[kind].append(change)
    return out


def exported(kb: Knowledge, vectorizer: Any, model: Any, texts: Sequence[str],
             settings: learn.Settings) -> LearnedModel:
    """A fit as the engine would read it after `make model` (pruned and rounded as the file
    is), with the knowledge's bars and gates."""
    assert kb.learned is not None
    data, _ = learn.export(vectorizer, model, texts, settings, "refit")
    out = Collector(Path("."))
    made = model_from_data(out, "refit", data, kb.learned.threshold,
                           {f.id for f in kb.redflags.flags})
    if made is None:
        raise SystemExit(f"the refit does not load: {out.problems}")
    return dataclasses.replace(kb.learned, classes=made.classes, intercepts=made.intercepts,
                               features=made.features, fingerprint=made.fingerprint)


Counted = tuple[int, list[Flip], list[Change]]


def flips(kb: Knowledge, left_out: Sequence[str], folds: int | None = None,
          every: bool = False) -> Counted:
    """How many messages were read; those whose warning by the model alone differs between
    the model fitted on the whole corpus and the one fitted without `left_out`; and those
    the bot answers differently with the two."""
    assert kb.learned is not None
    settings, _ = learn.Settings.read()
    if folds is not None:
        settings = dataclasses.replace(settings, folds=folds)
    examples = learn.read_corpus([f.id for f in kb.redflags.flags])
    gone = set(left_out)
    theirs = {e.text for e in examples if e.file in gone}
    texts = sorted(({e.text for e in examples} | set(focused())) - theirs)
    fitted = []
    for train in (examples, [e for e in examples if e.file not in gone]):
        vectorizer, model = learn.fit(train, settings)
        fitted.append(exported(kb, vectorizer, model, [e.text for e in train], settings))
    return len(texts), *compare(kb, texts, fitted[0], fitted[1], every)


def against_committed(kb: Knowledge, every: bool = False) -> Counted:
    """What `make model` would change, before it is run: the committed model file against a
    fresh fit on tests/data as it is now, over the corpus and the focused tests' messages
    (read as (message, now, after the refit)). A landing that adds a set can name the
    answers its refit moves, instead of finding them as failing tests."""
    assert kb.learned is not None
    settings, _ = learn.Settings.read()
    examples = learn.read_corpus([f.id for f in kb.redflags.flags])
    texts = sorted({e.text for e in examples} | set(focused()))
    vectorizer, model = learn.fit(examples, settings)
    refit = exported(kb, vectorizer, model, [e.text for e in examples], settings)
    return len(texts), *compare(kb, texts, kb.learned, refit, every)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.maintainers.learn_flips",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--leave", nargs="*", help="the sets to leave out (default: the "
                        "latest batch)")
    parser.add_argument("--folds", type=int, help="fit with this many folds instead of "
                        "learned.yaml's `training.folds`")
    parser.add_argument("--show", action="store_true", help="list every answer that changes")
    parser.add_argument("--every", action="store_true", help="answer every message with both "
                        "models, not only those whose learned opinion moved (slow)")
    parser.add_argument("--committed", action="store_true", help="compare the committed "
                        "model file with a fresh fit on tests/data now (what `make model` "
                        "would change)")
    args = parser.parse_args(argv)
    kb = load(DEFAULT_DIR)
    if args.committed:
        read, flipped, changes = against_committed(kb, args.every)
        what = "the committed model against a refit now"
        first, second = "now", "after"
    else:
        left = args.leave or latest_batch()
        read, flipped, changes = flips(kb, left, args.folds, args.every)
        what = f"left out {', '.join(left)}"
        first, second = "with them", "without"
    print(f"{what}: {len(flipped)} of {read} messages flip for the model alone "
          f"({sum(a is not None for _, a, _ in flipped)} warned only {first}, "
          f"{sum(b is not None for _, _, b in flipped)} only {second})")
    where = places(kb.redflags.flags)
    kinds = sort(kb, changes, where)
    print(f"{what}: {len(changes)} of {read} messages answered differently by the bot "
          f"(the engine; kind, flag, level): "
          + ", ".join(f"{kind} {len(these)}" for kind, these in kinds.items()))

    def show(change: Change) -> None:
        text, a, b = change
        print(f"  {first}: {'/'.join(x or '-' for x in a)}  {second}: "
              f"{'/'.join(x or '-' for x in b)}  {text[:100]!r}")
        for place, label in where.get(text, ()):
            print(f"      {place} ({label or 'unlabelled'})")

    for kind in ("catches lost", "false alarms gained"):
        if kinds[kind]:
            print(f"{kind}:")
            for change in kinds[kind]:
                show(change)
    if args.show:
        for kind in KINDS[1:]:
            if kind != "false alarms gained" and kinds[kind]:
                print(f"{kind}:")
                for change in kinds[kind]:
                    show(change)
    return 0


if __name__ == "__main__":
    sys.exit(main())
