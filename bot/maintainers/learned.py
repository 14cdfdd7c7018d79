"""Measure a learned second opinion for triage, honestly. Nothing in the bot uses it.

The question: could a small text classifier, trained on the labelled triage sets, catch
warning signs the rules miss in messages from new writers, without raising false alarms?
Each triage set is one writer with one angle, so the model is judged leave-one-SET-out
(trained on every other set, scored on the set held out), never on random lines: lines of
one writer share words the model would otherwise learn from their neighbours.

The combined system is "rules OR model": the model only adds a warning where the rules say
none and its score reaches a threshold; it never removes one. For each fold: the rules
alone, the model alone and the two combined, as recall and false alarms on the near
misses (scored as `bot.maintainers.stress` scores the bot), then pooled over the folds;
and, on the question sets (holdout*, real_questions*, offtopic, dev), the false urgent
answers the model would add.

The model is multinomial naive Bayes on generic features (stemmed words, word pairs and
character n-grams of the folded text; no knowledge base words, so nothing medical here),
written on numpy: small, fast, and each score is a sum of per-feature weights an editor
could list. Run: `python -m bot.maintainers.learned [FILES...]`.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.engine.answers import Answer
from bot.engine.text import stem, tokenize
from bot.knowledge import RedFlag
from bot.maintainers.evaluate import read_cases
from bot.maintainers.stress import NONE, StressCase, read_stress_cases, warned

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

CHAR_SIZES = (3, 4, 5)
"""Character n-gram lengths: long enough to carry a word's root through a typo or an
unknown ending, short enough to be shared between writers."""
MIN_COUNT = 2
"""A feature seen in fewer training messages is dropped (one writer's idiosyncrasy)."""
ALPHA = 0.1
"""Additive smoothing of the per-class feature counts."""
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.99)


def features(text: str) -> frozenset[str]:
    """Generic features of a message: stemmed words, pairs of neighbouring words, and
    character n-grams of the stemmed words (typos and new word forms still share most)."""
    words = [stem(w) for w in tokenize(text)]
    found = {f"w:{w}" for w in words}
    found.update(f"b:{a}_{b}" for a, b in itertools.pairwise(words))
    joined = f" {' '.join(words)} "
    for size in CHAR_SIZES:
        found.update(f"c:{joined[i:i + size]}" for i in range(len(joined) - size + 1))
    return frozenset(found)


@dataclass(frozen=True)
class Rows:
    """Messages as sparse rows of known features, each row scaled to unit length (a long
    message does not outvote a short one by its length)."""

    indices: Ints
    starts: Ints
    weights: Floats

    @classmethod
    def of(cls, messages: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> Rows:
        indices: list[int] = []
        starts = [0]
        for feats in messages:
            indices.extend(sorted(vocabulary[f] for f in feats if f in vocabulary))
            starts.append(len(indices))
        bounds = np.array(starts, dtype=np.int64)
        lengths = bounds[1:] - bounds[:-1]
        scale = 1.0 / np.sqrt(np.maximum(lengths, 1))
        return cls(np.array(indices, dtype=np.int64), bounds, np.repeat(scale, lengths))

    def __len__(self) -> int:
        return len(self.starts) - 1

    def times(self, matrix: Floats) -> Floats:
        """rows @ matrix, one row of class sums per message."""
        parts = matrix[self.indices] * self.weights[:, None]
        sums = np.vstack([np.zeros((1, matrix.shape[1])), np.cumsum(parts, axis=0)])
        result: Floats = sums[self.starts[1:]] - sums[self.starts[:-1]]
        return result

    def totals(self, labels: Ints, classes: int, size: int) -> Floats:
        """Per class, the weighted count of each feature: rows.T @ one_hot(labels)."""
        row_of = np.repeat(np.arange(len(self)), self.starts[1:] - self.starts[:-1])
        out = np.zeros((size, classes))
        for k in range(classes):
            chosen = labels[row_of] == k
            out[:, k] = np.bincount(self.indices[chosen], weights=self.weights[chosen],
                                    minlength=size)
        return out


@dataclass(frozen=True)
class NaiveBayes:
    """Multinomial naive Bayes over `features`; class 0 is `none`."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    log_likelihood: Floats  # (features, classes)
    log_prior: Floats  # (classes,)

    @classmethod
    def fit(cls, messages: Sequence[frozenset[str]], labels: Sequence[str],
            min_count: int = MIN_COUNT, alpha: float = ALPHA) -> NaiveBayes:
        if not messages or len(messages) != len(labels):
            raise ValueError("need one label for each message, and at least one message")
        classes = (NONE, *sorted(set(labels) - {NONE}))
        seen = Counter(f for feats in messages for f in feats)
        vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in seen.items()
                                                        if n >= min_count))}
        index = {c: i for i, c in enumerate(classes)}
        y = np.array([index[label] for label in labels], dtype=np.int64)
        counts = Rows.of(messages, vocabulary).totals(y, len(classes), len(vocabulary))
        log_likelihood = (np.log(counts + alpha)
                          - np.log(counts.sum(axis=0) + alpha * max(len(vocabulary), 1)))
        members = np.bincount(y, minlength=len(classes)).astype(np.float64)
        log_prior = np.log(np.maximum(members, 1.0) / len(labels))
        return cls(classes, vocabulary, log_likelihood, log_prior)

    def posteriors(self, messages: Sequence[frozenset[str]]) -> Floats:
        """Each message's probability of each class."""
        z = Rows.of(messages, self.vocabulary).times(self.log_likelihood) + self.log_prior
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        result: Floats = p / p.sum(axis=1, keepdims=True)
        return result

    def opinions(self, messages: Sequence[frozenset[str]]) -> list[tuple[str, float]]:
        """For each message, the most likely warning sign (never `none`) and its probability."""
        if len(self.classes) < 2:
            return [(NONE, 0.0) for _ in messages]
        p = self.posteriors(messages)[:, 1:]
        best = p.argmax(axis=1)
        return [(self.classes[1 + int(k)], float(p[i, k])) for i, k in enumerate(best)]


@dataclass
class Tally:
    """Recall on flagged messages and false alarms on near misses, as counts."""

    flagged: int = 0
    caught: int = 0
    calm: int = 0
    alarms: int = 0

    def add(self, other: Tally) -> None:
        self.flagged += other.flagged
        self.caught += other.caught
        self.calm += other.calm
        self.alarms += other.alarms

    def count(self, case: StressCase, reply: Answer, levels: dict[str, str]) -> None:
        if case.flag == NONE:
            self.calm += 1
            self.alarms += reply.kind == "urgent"
        else:
            self.flagged += 1
            self.caught += warned(case, reply, levels)

    @property
    def recall(self) -> float:
        return self.caught / self.flagged if self.flagged else 1.0

    @property
    def false_alarms(self) -> float:
        return self.alarms / self.calm if self.calm else 0.0

    def line(self) -> str:
        return (f"recall {100 * self.recall:5.1f}% ({self.caught}/{self.flagged}) "
                f"false alarms {100 * self.false_alarms:4.1f}% ({self.alarms}/{self.calm})")


_CALM = Answer("fallback", None, 0.0, "", "")


def second_opinion(rules: Answer, opinion: tuple[str, float], threshold: float,
                   flags: dict[str, RedFlag]) -> Answer:
    """Rules OR model: the rules' warning stands; where they give none, the model's sign
    becomes one when its probability reaches `threshold`."""
    if rules.kind == "urgent":
        return rules
    sign, score = opinion
    if sign == NONE or score < threshold:
        return rules
    flag = flags[sign]
    return Answer("urgent", flag.id, score, flag.title, "", level=flag.level)


@dataclass
class Fold:
    """One held-out set: the rules, the model and both, at each threshold."""

    name: str
    rules: Tally = field(default_factory=Tally)
    model: dict[float, Tally] = field(default_factory=dict)
    combined: dict[float, Tally] = field(default_factory=dict)


def leave_one_set_out(
    sets: dict[str, list[StressCase]],
    rules: Callable[[str], Answer],
    flags: Sequence[RedFlag],
    thresholds: Iterable[float] = THRESHOLDS,
    extra_calm: Sequence[str] = (),
) -> list[Fold]:
    """Train on every set but one (and `extra_calm` messages as `none`), score the one."""
    by_id = {f.id: f for f in flags}
    levels = {f.id: f.level for f in flags}
    feats = {name: [features(c.message) for c in cases] for name, cases in sets.items()}
    calm = [features(m) for m in extra_calm]
    thresholds = tuple(thresholds)
    folds = []
    for name, cases in sets.items():
        train = [f for other in sets if other != name for f in feats[other]] + calm
        labels = [c.flag for other in sets if other != name for c in sets[other]]
        model = NaiveBayes.fit(train, labels + [NONE] * len(calm))
        fold = Fold(name, model={t: Tally() for t in thresholds},
                    combined={t: Tally() for t in thresholds})
        for case, opinion in zip(cases, model.opinions(feats[name]), strict=True):
            said = rules(case.message)
            fold.rules.count(case, said, levels)
            for t in thresholds:
                fold.model[t].count(case, second_opinion(_CALM, opinion, t, by_id), levels)
                fold.combined[t].count(case, second_opinion(said, opinion, t, by_id), levels)
        folds.append(fold)
    return folds


def pooled(folds: Sequence[Fold], threshold: float) -> tuple[Tally, Tally, Tally]:
    """Rules, model and combined, summed over the folds."""
    rules, model, combined = Tally(), Tally(), Tally()
    for fold in folds:
        rules.add(fold.rules)
        model.add(fold.model[threshold])
        combined.add(fold.combined[threshold])
    return rules, model, combined


def added_false_urgent(
    triage_sets: dict[str, list[StressCase]],
    question_sets: dict[str, list[tuple[str, bool]]],
    rules: Callable[[str], Answer],
    thresholds: Iterable[float] = THRESHOLDS,
    learn_calm: bool = True,
) -> dict[float, tuple[int, int, list[str]]]:
    """On the question sets (message, whether its label is urgent): per threshold, the
    messages not labelled urgent that the rules leave calm and the model would alarm on,
    and the urgent ones it would add. With `learn_calm`, each question set is scored by a
    model that also learnt the other question sets' ordinary messages as `none`."""
    thresholds = tuple(thresholds)
    base = [features(c.message) for cases in triage_sets.values() for c in cases]
    labels = [c.flag for cases in triage_sets.values() for c in cases]
    ordinary = {name: [features(m) for m, urgent in rows if not urgent]
                for name, rows in question_sets.items()}
    shared = None if learn_calm else NaiveBayes.fit(base, labels)
    result: dict[float, tuple[int, int, list[str]]] = {t: (0, 0, []) for t in thresholds}
    for name, rows in question_sets.items():
        if shared is None:
            calm = [f for other in question_sets if other != name for f in ordinary[other]]
            model = NaiveBayes.fit(base + calm, labels + [NONE] * len(calm))
        else:
            model = shared
        opinions = model.opinions([features(m) for m, _ in rows])
        for (message, urgent), (_, score) in zip(rows, opinions, strict=True):
            if rules(message).kind == "urgent":
                continue
            for t in thresholds:
                if score >= t:
                    false, true, seen = result[t]
                    result[t] = (false + (not urgent), true + urgent,
                                 seen if urgent else [*seen, f"{name}: {message}"])
    return result


def _read(paths: Iterable[Path], flags: list[RedFlag]
          ) -> tuple[dict[str, list[StressCase]], dict[str, list[tuple[str, bool]]]]:
    triage: dict[str, list[StressCase]] = {}
    questions: dict[str, list[tuple[str, bool]]] = {}
    for path in paths:
        cases = read_stress_cases(path, flags)
        if cases is not None:
            triage[path.name] = cases
        else:
            questions[path.name] = [(c.message, "urgent" in c.kinds) for c in read_cases(path)]
    return triage, questions


def main(argv: Sequence[str] | None = None) -> int:
    from bot.engine import answer
    from bot.knowledge import load

    parser = argparse.ArgumentParser(prog="python -m bot.maintainers.learned",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path,
                        help="triage and question sets (default: tests/data and dev)")
    parser.add_argument("--threshold", type=float, default=0.95,
                        help="the threshold shown per fold (every one is pooled)")
    parser.add_argument("--no-calm", action="store_true",
                        help="train on the triage sets only, not on ordinary questions too")
    args = parser.parse_args(argv)
    paths = args.files or [*sorted(Path("tests/data").glob("*.tsv")),
                           Path("../shared/eval/dev.tsv")]
    kb = load()
    flags = list(kb.redflags.flags)
    triage, questions = _read([p for p in paths if p.exists()], flags)
    if not triage:
        print("no triage set among the files", file=sys.stderr)
        return 1
    memo: dict[str, Answer] = {}

    def rules(message: str) -> Answer:
        if message not in memo:
            memo[message] = answer(kb, message)
        return memo[message]

    calm = [] if args.no_calm else [m for rows in questions.values() for m, u in rows if not u]
    thresholds = tuple(sorted({*THRESHOLDS, args.threshold}))
    started = time.perf_counter()
    folds = leave_one_set_out(triage, rules, flags, thresholds, calm)
    print(f"leave-one-set-out over {len(folds)} sets "
          f"({time.perf_counter() - started:.0f} s); per fold at {args.threshold}:")
    for fold in folds:
        print(f"  {fold.name:24} rules {fold.rules.line()}\n{'':26} model "
              f"{fold.model[args.threshold].line()}\n{'':26} both  "
              f"{fold.combined[args.threshold].line()}")
    print("pooled:")
    for t in thresholds:
        rule, model, both = pooled(folds, t)
        print(f"  {t:4.2f}  rules {rule.line()}\n        model {model.line()}\n"
              f"        both  {both.line()}  (+{100 * (both.recall - rule.recall):.2f} recall, "
              f"+{100 * (both.false_alarms - rule.false_alarms):.2f} false alarms)")
    if questions:
        added = added_false_urgent(triage, questions, rules, thresholds, not args.no_calm)
        total = sum(not u for rows in questions.values() for _, u in rows)
        print(f"question sets ({total} not urgent): false urgent the model adds")
        for t in thresholds:
            false, true, seen = added[t]
            print(f"  {t:4.2f}  +{false} false urgent, +{true} urgent caught"
                  + "".join(f"\n        {s[:100]}" for s in seen[:5]))
    every = [features(c.message) for cases in triage.values() for c in cases]
    started = time.perf_counter()
    final = NaiveBayes.fit(every + [features(m) for m in calm],
                           [c.flag for cases in triage.values() for c in cases]
                           + [NONE] * len(calm))
    trained = time.perf_counter() - started
    sample = [c.message for cases in triage.values() for c in cases][:1000]
    started = time.perf_counter()
    for message in sample:
        final.opinions([features(message)])
    each = (time.perf_counter() - started) / len(sample)
    print(f"cost: training on everything {trained:.1f} s, {len(final.vocabulary)} features; "
          f"{1000 * each:.2f} ms a message")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
