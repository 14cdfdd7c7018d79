"""How much a refit moves the learned reader: `python -m bot.maintainers.learn_flips`.

Every `make model` after a set moves into tests/data refits the learned second reader, and a
message whose chance sits near its flag's bar may cross it: a near miss starts to warn, or a
sign stops, with no change to the message or the rules. This fits the model twice, as `make
model` would, on the corpus and on the corpus less its latest batch of sets (the last commit
that added files to tests/data, or `--leave FILES`), and counts the messages whose warning
flips: every message of the corpus and every string of six words or more in the focused
tests (tests/*.py and the probe sets in tests/probes), less the left-out sets' own messages
(those the refit is meant to learn). A warning here is the model's alone (its chance reaches
its likeliest flag's bar; six words or more), an upper bound of the bot's churn: most
messages that flip are signs the rules warn of anyway. So the messages that flip are then
read by the rules and the gates, as the engine reads them, and those whose answer would
change are counted apart (`the bot`): the churn a user could see. Slow (two fits). Needs the
`learn` extra. With `--committed`: the committed model file against a refit on tests/data as
it is now (one fit), what `make model` would change, to run before a landing that adds a
set.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bot.engine.learned import Opinion, numbers_move, opinion, speaks, word_count
from bot.engine.pipeline import compile_knowledge
from bot.knowledge import DEFAULT_DIR, Knowledge, load
from bot.knowledge.learned import LearnedModel
from bot.maintainers import learn

TESTS = learn.CORPUS.parent


def focused(least: int = 6) -> list[str]:
    """The focused tests' strings of `least` words or more on one line: their messages (and
    some of their explanations, which the model reads like any message), and the messages of
    the probe sets in tests/probes."""
    found: set[str] = set()
    for path in sorted(TESTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if "\n" not in text and len(text) < 400 and word_count(text) >= least:
                    found.add(text)
    for path in sorted((TESTS / "probes").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = line.split("\t", 1)[0]
            if "\t" in line and not line.startswith("#") and word_count(text) >= least:
                found.add(text)
    return sorted(found)


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
"""A message whose warning differs: (message, warning with the batch, warning without)."""


def opinions(classes: list[str], none: str, probs: Any, texts: Sequence[str],
             joins: frozenset[str] = frozenset()) -> list[Opinion]:
    """Each message's learned opinion from a row of probabilities (`joins`: the gates'
    `falling_joins`, for whether its numbers fall)."""
    k_none = classes.index(none)
    out = []
    for p, text in zip(probs, texts, strict=True):
        k = max((i for i in range(len(classes)) if i != k_none), key=lambda i: p[i])
        out.append(Opinion(classes[k], 1 - p[k_none], p[k], word_count(text),
                           numbers_move(text, joins)))
    return out


def seen_by_the_bot(kb: Knowledge, flipped: Sequence[Flip],
                    chances: dict[str, tuple[Opinion, Opinion]]) -> list[Flip]:
    """Of the messages that flip, those whose answer from the bot would change: the rules
    read each (a warning of theirs stands, an emergency above all) and the gates decide, as
    the engine's second reader does (`speaks`, `beside`)."""
    from bot.maintainers.learn_cv import rules_reading

    assert kb.learned is not None
    model = kb.learned
    signs = compile_knowledge(dataclasses.replace(kb, learned=None)).triage.flag_signs
    levels = {f.id: f.level for f in kb.redflags.flags}
    readings = rules_reading(kb, [learn.Example(t, "", "") for t, _, _ in flipped])
    out = []
    for (text, _, _), r in zip(flipped, readings, strict=True):
        found = [(f, frozenset(props), who) for f, props, who in r["found"]]
        told = [(c, who) for c, who in r["told"]]
        said: list[str | None] = []
        for seen in chances[text]:
            if r["urgent"] and (levels[r["flag"]] == "emergency"
                                or seen.flag not in model.gates.beside):
                said.append(None)
                continue
            warns = speaks(model, seen, found, r["timed"], told, signs)
            said.append(seen.flag if warns else None)
        if said[0] != said[1]:
            out.append((text, said[0], said[1]))
    return out


def flips(left_out: Sequence[str], folds: int | None = None
          ) -> tuple[int, list[Flip], list[Flip]]:
    """How many messages were read; those whose warning by the model alone differs between
    the model fitted on the whole corpus and the one fitted without `left_out`; and of
    those, the ones whose answer from the bot (rules and gates) differs."""
    kb = load(DEFAULT_DIR)
    assert kb.learned is not None
    settings, _ = learn.Settings.read()
    if folds is not None:
        settings = dataclasses.replace(settings, folds=folds)
    examples = learn.read_corpus([f.id for f in kb.redflags.flags])
    gone = set(left_out)
    theirs = {e.text for e in examples if e.file in gone}
    texts = sorted(({e.text for e in examples} | set(focused())) - theirs)
    read = []
    seen = []
    for train in (examples, [e for e in examples if e.file not in gone]):
        vectorizer, model = learn.fit(train, settings)
        classes = [str(c) for c in model.classes_]
        probs = model.predict_proba(vectorizer.transform(texts))
        read.append(warnings(kb.learned, classes, probs, texts))
        seen.append(opinions(classes, kb.learned.none, probs, texts,
                             kb.learned.gates.falling_joins))
    flipped = [(t, a, b) for t, a, b in zip(texts, *read, strict=True) if a != b]
    chances = {t: (x, y) for t, x, y in zip(texts, *seen, strict=True)}
    return len(texts), flipped, seen_by_the_bot(kb, flipped, chances)


def warned(model: LearnedModel, seen: Opinion) -> str | None:
    """The model's warning alone: its likeliest flag when sure enough, on six words or more."""
    sure = seen.chance >= model.bar(seen.flag) and seen.words >= model.gates.min_words
    return seen.flag if sure else None


def compare(kb: Knowledge, texts: Sequence[str], first: Sequence[Opinion],
            second: Sequence[Opinion]) -> tuple[list[Flip], list[Flip]]:
    """The messages whose warning by the model alone differs between two readings, and of
    those the ones whose answer from the bot differs (`seen_by_the_bot`)."""
    assert kb.learned is not None
    model = kb.learned
    flipped = [(t, warned(model, a), warned(model, b))
               for t, a, b in zip(texts, first, second, strict=True)
               if warned(model, a) != warned(model, b)]
    moved = {t for t, _, _ in flipped}
    chances = {t: (a, b) for t, a, b in zip(texts, first, second, strict=True) if t in moved}
    return flipped, seen_by_the_bot(kb, flipped, chances)


def against_committed() -> tuple[int, list[Flip], list[Flip]]:
    """What `make model` would change, before it is run: the committed model file against a
    fresh fit on tests/data as it is now, over the corpus and the focused tests' messages
    (flips read as (message, warning now, warning after the refit)). A landing that adds a
    set can name the answers its refit moves, instead of finding them as failing tests."""
    kb = load(DEFAULT_DIR)
    assert kb.learned is not None
    settings, _ = learn.Settings.read()
    examples = learn.read_corpus([f.id for f in kb.redflags.flags])
    texts = sorted({e.text for e in examples} | set(focused()))
    vectorizer, model = learn.fit(examples, settings)
    probs = model.predict_proba(vectorizer.transform(texts))
    after = opinions([str(c) for c in model.classes_], kb.learned.none, probs, texts,
                     kb.learned.gates.falling_joins)
    before = [opinion(kb.learned, t) for t in texts]
    return len(texts), *compare(kb, texts, before, after)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.maintainers.learn_flips",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--leave", nargs="*", help="the sets to leave out (default: the "
                        "latest batch)")
    parser.add_argument("--folds", type=int, help="fit with this many folds instead of "
                        "learned.yaml's `training.folds`")
    parser.add_argument("--show", action="store_true", help="list the messages that flip")
    parser.add_argument("--committed", action="store_true", help="compare the committed "
                        "model file with a fresh fit on tests/data now (what `make model` "
                        "would change)")
    args = parser.parse_args(argv)
    if args.committed:
        read, flipped, bot = against_committed()
        what = "the committed model against a refit now"
        first, second = "now", "after"
    else:
        left = args.leave or latest_batch()
        read, flipped, bot = flips(left, args.folds)
        what = f"left out {', '.join(left)}"
        first, second = "with them", "without"
    for who, these in (("the model alone", flipped), ("the bot (rules and gates)", bot)):
        print(f"{what}: {len(these)} of {read} messages flip for "
              f"{who} ({sum(a is not None for _, a, _ in these)} warned only {first}, "
              f"{sum(b is not None for _, _, b in these)} only {second})")
    if args.show:
        for text, a, b in bot:
            print(f"  {a or '-':<22} {b or '-':<22} {text[:100]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
