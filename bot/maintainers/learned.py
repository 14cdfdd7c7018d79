"""Measure a learned second opinion for triage, honestly. Nothing in the bot uses it.

The question: could a small text classifier, trained on the labelled triage sets, catch
warning signs the rules miss in messages from new writers, without raising false alarms and
without warning on ordinary questions?

Each set is one writer with one angle, so the model is judged leave-one-SET-out, never on
random lines (lines of one writer share words the model would otherwise learn from their
neighbours). The folds run over both kinds of set: the triage sets (a red flag or `none` per
line) and the in-domain question sets (holdout*, real_questions*, offtopic, longhaul, dev),
whose messages not labelled urgent are learnt as `none`, so the model sees what ordinary
questions look like. A question set's urgent messages are not learnt (their sign is not
labelled one per line); they are counted when the model would add a warning to them.

The combined system is "rules OR model": the model only adds a warning where the rules say
none and its probability of a sign reaches a threshold; it never removes one. A triage fold
is scored as `bot.maintainers.stress` scores the bot (recall on flags, false alarms on near
misses) for the rules, the model alone and the two; a question fold counts the false urgent
answers the model would add (messages not labelled urgent that the rules leave calm).

Two models over the same generic features (stemmed words, word pairs and character n-grams
of the folded text; no knowledge base words, so nothing medical here), written on numpy:
multinomial naive Bayes, whose counts add up so that a fold is the whole less its held-out
set, and complement naive Bayes (each class weighed by what the other classes do not say,
steadier when the classes are as unequal as `none` and one sign). Each score is a sum of
per-feature weights an editor could list. Run: `python -m bot.maintainers.learned [FILES...]`.
"""

from __future__ import annotations

import argparse
import fnmatch
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
Bools = npt.NDArray[np.bool_]

CHAR_SIZES = (3, 4, 5)
"""Character n-gram lengths: long enough to carry a word's root through a typo or an
unknown ending, short enough to be shared between writers."""
MIN_COUNT = 2
"""A feature seen in fewer training messages is dropped (one writer's idiosyncrasy)."""
ALPHA = 0.1
"""Additive smoothing of the per-class feature counts."""
THRESHOLDS = (0.9, 0.95, 0.98, 0.99, 0.995, 0.999)
"""The thresholds reported unless --thresholds names others (a threshold picked by looking
at these figures is not a measurement of it)."""
MODELS = ("nb", "cnb")
NEWEST = ("triage_b[o-z].tsv", "triage_c[a-i].tsv")
"""The writers' triage sets added since stop 18 chose its thresholds on be..bn (stops 18 to
20): no threshold was chosen on them, so pooled on their own they test it."""
UNLEARNT = -1
"""The label of a message no model learns from (a question set's urgent message)."""


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
    """Messages as sparse rows of known features. Each row is scaled by the length of the
    whole message (one over the root of its feature count), so that a long message does not
    outvote a short one and a row weighs the same whatever the vocabulary: counts over
    several sets are the sums of each set's counts."""

    indices: Ints
    starts: Ints
    weights: Floats

    @classmethod
    def of(cls, messages: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> Rows:
        indices: list[int] = []
        starts = [0]
        scales = []
        for feats in messages:
            indices.extend(sorted(vocabulary[f] for f in feats if f in vocabulary))
            starts.append(len(indices))
            scales.append(1.0 / np.sqrt(max(len(feats), 1)))
        bounds = np.array(starts, dtype=np.int64)
        return cls(np.array(indices, dtype=np.int64), bounds,
                   np.repeat(np.array(scales, dtype=np.float64), bounds[1:] - bounds[:-1]))

    def __len__(self) -> int:
        return len(self.starts) - 1

    def part(self, first: int, last: int) -> Rows:
        """Rows first to last (excluded)."""
        a, b = int(self.starts[first]), int(self.starts[last])
        return Rows(self.indices[a:b], self.starts[first:last + 1] - a, self.weights[a:b])

    def times(self, matrix: Floats) -> Floats:
        """rows @ matrix, one row of class sums per message."""
        parts = matrix[self.indices] * self.weights[:, None]
        sums = np.vstack([np.zeros((1, matrix.shape[1])), np.cumsum(parts, axis=0)])
        result: Floats = sums[self.starts[1:]] - sums[self.starts[:-1]]
        return result

    def totals(self, labels: Ints, classes: int, size: int) -> tuple[Floats, Floats]:
        """Per class, the weighted count of each feature (rows.T @ one_hot(labels)), and in
        how many learnt messages each feature occurs; a label of UNLEARNT counts for neither."""
        row_of = np.repeat(np.arange(len(self)), self.starts[1:] - self.starts[:-1])
        out = np.zeros((size, classes))
        for k in range(classes):
            chosen = labels[row_of] == k
            out[:, k] = np.bincount(self.indices[chosen], weights=self.weights[chosen],
                                    minlength=size)
        seen = np.bincount(self.indices[labels[row_of] >= 0], minlength=size)
        return out, seen.astype(np.float64)


def _weights(counts: Floats, seen: Floats, kind: str, min_count: int, alpha: float) -> Floats:
    """Per-feature, per-class log weights from class counts; features seen in fewer than
    `min_count` learnt messages weigh nothing. "nb": log P(feature | class); "cnb": minus
    log P(feature | every other class) (Rennie et al. 2003, without their normalisation of
    each class's weights, which flattens the scores into no probability at all)."""
    keep = seen >= min_count
    kept = counts[keep]
    known = max(int(keep.sum()), 1)
    out = np.zeros_like(counts)
    if kind == "nb":
        out[keep] = np.log(kept + alpha) - np.log(kept.sum(axis=0) + alpha * known)
    elif kind == "cnb":
        other = kept.sum(axis=1, keepdims=True) - kept
        out[keep] = np.log(other.sum(axis=0) + alpha * known) - np.log(other + alpha)
    else:
        raise ValueError(f"unknown model {kind!r}: one of {', '.join(MODELS)}")
    return out


@dataclass(frozen=True)
class NaiveBayes:
    """Naive Bayes over `features` (multinomial, or complement with kind="cnb"); class 0 is
    `none`."""

    classes: tuple[str, ...]
    vocabulary: dict[str, int]
    log_likelihood: Floats  # (features, classes)
    log_prior: Floats  # (classes,)
    kind: str = "nb"

    @classmethod
    def fit(cls, messages: Sequence[frozenset[str]], labels: Sequence[str],
            min_count: int = MIN_COUNT, alpha: float = ALPHA, kind: str = "nb") -> NaiveBayes:
        if not messages or len(messages) != len(labels):
            raise ValueError("need one label for each message, and at least one message")
        classes = (NONE, *sorted(set(labels) - {NONE}))
        seen = Counter(f for feats in messages for f in feats)
        vocabulary = {f: i for i, f in enumerate(sorted(f for f, n in seen.items()
                                                        if n >= min_count))}
        index = {c: i for i, c in enumerate(classes)}
        y = np.array([index[label] for label in labels], dtype=np.int64)
        counts, present = Rows.of(messages, vocabulary).totals(y, len(classes), len(vocabulary))
        members = np.bincount(y, minlength=len(classes)).astype(np.float64)
        return cls(classes, vocabulary, _weights(counts, present, kind, min_count, alpha),
                   _prior(members, kind), kind)

    def posteriors(self, messages: Sequence[frozenset[str]]) -> Floats:
        """Each message's probability of each class."""
        return _softmax(Rows.of(messages, self.vocabulary).times(self.log_likelihood)
                        + self.log_prior)

    def opinions(self, messages: Sequence[frozenset[str]]) -> list[tuple[str, float]]:
        """For each message, the most likely warning sign (never `none`) and its probability."""
        return _opinions(self.classes, self.posteriors(messages))


def _prior(members: Floats, kind: str) -> Floats:
    """Log class priors (complement naive Bayes leaves them out, as its authors do: its
    weights are not log probabilities, so a prior would not be on their scale)."""
    if kind == "cnb":
        return np.zeros(len(members))
    prior: Floats = np.log(np.maximum(members, 1.0) / max(members.sum(), 1.0))
    return prior


def _softmax(z: Floats) -> Floats:
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    result: Floats = p / p.sum(axis=1, keepdims=True)
    return result


def _opinions(classes: tuple[str, ...], p: Floats) -> list[tuple[str, float]]:
    if len(classes) < 2:
        return [(NONE, 0.0) for _ in range(len(p))]
    signs = p[:, 1:]
    best = signs.argmax(axis=1)
    return [(classes[1 + int(k)], float(signs[i, k])) for i, k in enumerate(best)]


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
    """One held-out triage set: the rules, the model and both, at each threshold."""

    name: str
    rules: Tally = field(default_factory=Tally)
    model: dict[float, Tally] = field(default_factory=dict)
    combined: dict[float, Tally] = field(default_factory=dict)


@dataclass
class QuestionFold:
    """One held-out question set: per threshold, the messages the rules leave calm that the
    model would warn on, those not labelled urgent (false urgent added, listed) and those
    labelled urgent (urgent caught added)."""

    name: str
    ordinary: int = 0
    false_urgent: dict[float, list[str]] = field(default_factory=dict)
    urgent_added: dict[float, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Corpus:
    """Every message of every set, as rows over one vocabulary of all their features, and
    the class counts of the whole, so that a fold's model is the whole less one set."""

    names: tuple[str, ...]
    bounds: tuple[int, ...]  # set i holds rows bounds[i] to bounds[i + 1]
    rows: Rows
    labels: Ints
    classes: tuple[str, ...]
    counts: Floats
    seen: Floats

    @classmethod
    def of(cls, sets: dict[str, list[tuple[str, str | None]]]) -> Corpus:
        """`sets`: per set, (message, label) with None for a message not to learn."""
        labels = sorted({label for rows in sets.values() for _, label in rows
                         if label is not None} - {NONE})
        classes = (NONE, *labels)
        index = {c: i for i, c in enumerate(classes)}
        feats = [features(m) for rows in sets.values() for m, _ in rows]
        vocabulary: dict[str, int] = {}
        for found in feats:
            for f in found:
                vocabulary.setdefault(f, len(vocabulary))
        bounds = [0, *itertools.accumulate(len(rows) for rows in sets.values())]
        y = np.array([UNLEARNT if label is None else index[label]
                      for rows in sets.values() for _, label in rows], dtype=np.int64)
        rows = Rows.of(feats, vocabulary)
        counts, seen = rows.totals(y, len(classes), len(vocabulary))
        return cls(tuple(sets), tuple(bounds), rows, y, classes, counts, seen)

    def without(self, name: str, kind: str = "nb", min_count: int = MIN_COUNT,
                alpha: float = ALPHA) -> tuple[Floats, Floats]:
        """Weights and log prior of a model trained on every set but `name`."""
        i = self.names.index(name)
        first, last = self.bounds[i], self.bounds[i + 1]
        part = self.rows.part(first, last)
        own = self.labels[first:last]
        counts, seen = part.totals(own, len(self.classes), len(self.counts))
        members = (np.bincount(self.labels[self.labels >= 0], minlength=len(self.classes))
                   - np.bincount(own[own >= 0], minlength=len(self.classes)))
        return (_weights(self.counts - counts, self.seen - seen, kind, min_count, alpha),
                _prior(members.astype(np.float64), kind))

    def opinions(self, name: str, kind: str = "nb") -> list[tuple[str, float]]:
        """The held-out opinions on set `name`'s messages, from a model that never saw it."""
        i = self.names.index(name)
        weights, prior = self.without(name, kind)
        p = _softmax(self.rows.part(self.bounds[i], self.bounds[i + 1]).times(weights) + prior)
        return _opinions(self.classes, p)


def leave_one_set_out(
    triage: dict[str, list[StressCase]],
    questions: dict[str, list[tuple[str, bool]]],
    rules: Callable[[str], Answer],
    flags: Sequence[RedFlag],
    thresholds: Iterable[float] = THRESHOLDS,
    kind: str = "nb",
    learn_questions: bool = True,
) -> tuple[list[Fold], list[QuestionFold]]:
    """Each set held out in turn, triage and question sets alike, and scored by a model
    trained on all the others: the triage sets' labels, and (with `learn_questions`) the
    question sets' messages not labelled urgent as `none`."""
    by_id = {f.id: f for f in flags}
    levels = {f.id: f.level for f in flags}
    thresholds = tuple(thresholds)
    sets: dict[str, list[tuple[str, str | None]]] = {
        name: [(c.message, c.flag) for c in cases] for name, cases in triage.items()}
    for name, rows in questions.items():
        sets[name] = [(m, None if urgent or not learn_questions else NONE) for m, urgent in rows]
    corpus = Corpus.of(sets)
    folds = []
    for name, cases in triage.items():
        fold = Fold(name, model={t: Tally() for t in thresholds},
                    combined={t: Tally() for t in thresholds})
        for case, opinion in zip(cases, corpus.opinions(name, kind), strict=True):
            said = rules(case.message)
            fold.rules.count(case, said, levels)
            for t in thresholds:
                fold.model[t].count(case, second_opinion(_CALM, opinion, t, by_id), levels)
                fold.combined[t].count(case, second_opinion(said, opinion, t, by_id), levels)
        folds.append(fold)
    asked = []
    for name, rows in questions.items():
        fold_q = QuestionFold(name, sum(not u for _, u in rows),
                              {t: [] for t in thresholds}, {t: 0 for t in thresholds})
        for (message, urgent), (_, score) in zip(rows, corpus.opinions(name, kind), strict=True):
            if rules(message).kind == "urgent":
                continue
            for t in (t for t in thresholds if score >= t):
                if urgent:
                    fold_q.urgent_added[t] += 1
                else:
                    fold_q.false_urgent[t].append(message)
        asked.append(fold_q)
    return folds, asked


def pooled(folds: Sequence[Fold], threshold: float) -> tuple[Tally, Tally, Tally]:
    """Rules, model and combined, summed over the folds."""
    rules, model, combined = Tally(), Tally(), Tally()
    for fold in folds:
        rules.add(fold.rules)
        model.add(fold.model[threshold])
        combined.add(fold.combined[threshold])
    return rules, model, combined


def meets_bar(newest: Sequence[Fold], asked: Sequence[QuestionFold], threshold: float,
              recall_gain: float = 0.01, alarm_rise: float = 0.003,
              most_per_set: int = 2) -> bool:
    """The landing bar set before stop 20's read: on the newest folds pooled, recall up by
    `recall_gain` or more and false alarms up by at most `alarm_rise`; no newest set with more
    than `most_per_set` near-miss alarms added; no false urgent added on any question fold."""
    if not newest:
        return False
    rules, _, both = pooled(newest, threshold)
    return (both.recall - rules.recall >= recall_gain - 1e-9
            and both.false_alarms - rules.false_alarms <= alarm_rise + 1e-9
            and most_alarms_added(newest, threshold)[0] <= most_per_set
            and not any(q.false_urgent[threshold] for q in asked))


def most_alarms_added(folds: Sequence[Fold], threshold: float) -> tuple[int, str]:
    """The most near-miss alarms the model adds on one triage fold, and that fold (the
    project's rule for any change: no set's false alarms up by more than one message)."""
    rises = [(f.combined[threshold].alarms - f.rules.alarms, f.name) for f in folds]
    most = max(rises, default=(0, ""))
    return most if most[0] > 0 else (0, "")


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


def _gain(rules: Tally, both: Tally) -> str:
    return (f"(+{100 * (both.recall - rules.recall):.2f} recall, "
            f"+{100 * (both.false_alarms - rules.false_alarms):.2f} false alarms)")


def report(folds: Sequence[Fold], asked: Sequence[QuestionFold], thresholds: Sequence[float],
           newest: Sequence[str] = NEWEST, shown: int = 3) -> str:
    """The figures: per fold (triage: rules, then rules or model at each threshold; questions:
    false urgent added), then pooled over the newest triage folds and over all, and the bar."""
    lines = ["triage folds: rules | rules or model at " + ", ".join(f"{t:g}" for t in thresholds)]
    for fold in folds:
        lines.append(f"  {fold.name:24} rules {fold.rules.caught}/{fold.rules.flagged} "
                     f"{fold.rules.alarms}/{fold.rules.calm} | " + "  ".join(
                         f"{fold.combined[t].caught}/{fold.combined[t].alarms}"
                         for t in thresholds))
    lines.append("question folds: ordinary messages; false urgent added (+urgent caught added) "
                 "at " + ", ".join(f"{t:g}" for t in thresholds))
    for q in asked:
        lines.append(f"  {q.name:24} {q.ordinary:5} | " + "  ".join(
            f"{len(q.false_urgent[t])}(+{q.urgent_added[t]})" for t in thresholds))
    recent = [f for f in folds if any(fnmatch.fnmatch(f.name, p) for p in newest)]
    for title, chosen in ((f"newest ({' '.join(newest)}, {len(recent)} sets)", recent),
                          (f"all triage ({len(folds)} sets)", list(folds))):
        lines.append(f"pooled, {title}:")
        for t in thresholds:
            rule, model, both = pooled(chosen, t)
            lines.append(f"  {t:<5g} rules {rule.line()}\n        model {model.line()}\n"
                         f"        both  {both.line()}  {_gain(rule, both)}")
    ordinary = sum(q.ordinary for q in asked)
    lines.append(f"question folds pooled ({len(asked)} sets, {ordinary} ordinary messages):")
    for t in thresholds:
        hit = [q for q in asked if q.false_urgent[t]]
        examples = [f"{q.name}: {m[:90]}" for q in hit for m in q.false_urgent[t]][:shown]
        rise, where = most_alarms_added(folds, t)
        lines.append(f"  {t:<5g} +{sum(len(q.false_urgent[t]) for q in asked)} false urgent "
                     f"on {len(hit)} folds, +{sum(q.urgent_added[t] for q in asked)} urgent "
                     f"caught; bar {'MET' if meets_bar(recent, asked, t) else 'not met'}; "
                     f"most near-miss alarms added on one triage set: {rise} ({where})"
                     + "".join(f"\n        {e}" for e in examples))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    from bot.engine import answer
    from bot.knowledge import load

    parser = argparse.ArgumentParser(prog="python -m bot.maintainers.learned",
                                     description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("files", nargs="*", type=Path,
                        help="triage and question sets (default: tests/data and dev)")
    parser.add_argument("--model", choices=MODELS, default="nb",
                        help="multinomial (nb) or complement (cnb) naive Bayes")
    parser.add_argument("--newest", nargs="+", default=list(NEWEST),
                        help="file name patterns of the newest triage sets, pooled on their "
                        "own")
    parser.add_argument("--thresholds", type=float, nargs="+", default=list(THRESHOLDS),
                        help="the model's probabilities from which it adds a warning")
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

    started = time.perf_counter()
    thresholds = tuple(sorted(set(args.thresholds)))
    folds, asked = leave_one_set_out(triage, questions, rules, flags, thresholds, args.model,
                                     not args.no_calm)
    print(f"leave-one-set-out over {len(folds)} triage and {len(asked)} question sets, "
          f"model {args.model} ({time.perf_counter() - started:.0f} s with the rules)")
    print(report(folds, asked, thresholds, args.newest))
    calm = [] if args.no_calm else [m for rows in questions.values() for m, u in rows if not u]
    every = [features(c.message) for cases in triage.values() for c in cases]
    started = time.perf_counter()
    final = NaiveBayes.fit(every + [features(m) for m in calm],
                           [c.flag for cases in triage.values() for c in cases]
                           + [NONE] * len(calm), kind=args.model)
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
