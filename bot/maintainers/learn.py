"""Train the learned second reader of triage: `make model` (`python -m bot.maintainers.learn`).

The corpus is every labelled set in tests/data: a triage set's lines as their red flag or
`none`, and a question set's messages not labelled urgent as `none` (so the model learns
what ordinary questions, off-topic ones included, look like; a question set's urgent
messages are left out, their sign is not named). scikit-learn fits a multinomial logistic
regression over TF-IDF word 1-2 grams and character 3-5 grams within words (settings in
`knowledge/learned.yaml`, `training`), and the weights are written to the model file as
plain data, with a fingerprint of the corpus and the settings. Features whose weights never
change a decision are pruned, and the weights rounded, only as far as every probability on
the whole corpus moves less than `training.drift`.

The same corpus gives the same file byte for byte: sorted inputs, one thread, and weights
rounded well above the last bits a different summation order could change.
Needs the `learn` extra (scikit-learn); the bot itself never imports this module.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.knowledge import DEFAULT_DIR, RedFlag
from bot.knowledge.learned import FORMAT, SETTINGS
from bot.knowledge.yaml_lines import read_yaml
from bot.maintainers.evaluate import read_cases
from bot.maintainers.stress import EMERGENCY, NONE, read_stress_cases

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "data"
"""The labelled sets the model learns from."""
URGENT = "urgent"


@dataclass(frozen=True)
class Settings:
    """How the model is trained (`training` in learned.yaml)."""

    c: float
    words: tuple[int, int]
    words_min_df: int
    characters: tuple[int, int]
    characters_min_df: int
    max_iter: int
    drift: float
    decimals: int
    folds: int = 1

    @classmethod
    def read(cls, directory: Path = DEFAULT_DIR) -> tuple[Settings, str]:
        """The settings and the name of the model file they train."""
        raw = read_yaml(directory / SETTINGS)
        t = raw["training"]
        return cls(
            c=float(t["c"]),
            words=(int(t["words"]["ngrams"][0]), int(t["words"]["ngrams"][1])),
            words_min_df=int(t["words"]["min_df"]),
            characters=(int(t["characters"]["ngrams"][0]), int(t["characters"]["ngrams"][1])),
            characters_min_df=int(t["characters"]["min_df"]),
            max_iter=int(t["max_iter"]),
            drift=float(t["drift"]),
            decimals=int(t["decimals"]),
            folds=int(t.get("folds", 1)),
        ), str(raw["model"])

    def canonical(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    file: str


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    return sorted(corpus.glob("*.tsv"))


def read_corpus(flags: Sequence[str], corpus: Path = CORPUS) -> list[Example]:
    """Every labelled message: triage sets as their flag or none, question sets' messages
    not labelled urgent as none. A set is a triage set when the bot's own stress reader
    takes it (its second column is a red flag id or `none` on every line)."""
    known = [RedFlag(id=f, level="soon", title="", signs=(), advice="", questions=(),
                     sources=()) for f in flags]
    examples: list[Example] = []
    for path in corpus_files(corpus):
        stress = read_stress_cases(path, known)
        if stress is not None:
            probes = [c.line for c in stress if c.flag == EMERGENCY]
            if probes:
                raise ValueError(f"{path}:{probes[0]}: `{EMERGENCY}` labels a probe (tests/probes),"
                                 " no red flag the model can learn")
            examples.extend(Example(c.message, c.flag, path.name) for c in stress)
        else:
            examples.extend(Example(c.message, NONE, path.name) for c in read_cases(path)
                            if URGENT not in c.kinds)
    return examples


def fingerprint(settings: Settings, corpus: Path = CORPUS) -> str:
    """sha256 of the training settings and every corpus file's name and bytes."""
    digest = hashlib.sha256(settings.canonical().encode())
    for path in corpus_files(corpus):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def vectorizers(settings: Settings) -> Any:
    """The union of the two TfidfVectorizers (words, characters within words), unfitted."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_union

    return make_union(
        TfidfVectorizer(ngram_range=settings.words, min_df=settings.words_min_df,
                        sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=settings.characters,
                        min_df=settings.characters_min_df, sublinear_tf=True),
    )


def fit(examples: Sequence[Example], settings: Settings) -> Any:
    """The fitted pipeline: (union of the two TfidfVectorizers, LogisticRegression). With
    `folds` above 1 the classifier's weights are the mean of that many fits, each on the
    corpus less one fold (bagging; a message's fold is a hash of its words, so a new set
    moves no other message between folds); the vectorizer is the whole corpus's. One new
    set then moves the mean less than it moves any one fit, so fewer messages near a bar
    cross it at a refit (learned.yaml `training.folds`). Each fold starts from the whole
    corpus's fit, which is near its optimum: a few iterations, not a fit from nothing.
    (Each fold at C times folds / (folds - 1), as sure as one fit, was measured and not
    taken: more churn, stop 26.)"""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    def classifier(c: float, warm: bool = False) -> Any:
        return LogisticRegression(C=c, max_iter=settings.max_iter, class_weight="balanced",
                                  warm_start=warm)

    vectorizer = vectorizers(settings)
    labels = [e.label for e in examples]
    with threadpool_limits(1):
        x = vectorizer.fit_transform([e.text for e in examples])
        whole = classifier(settings.c).fit(x, labels)
        if settings.folds < 2:
            return vectorizer, whole
        fold = np.array([int(hashlib.sha256(e.text.encode()).hexdigest()[:8], 16)
                         % settings.folds for e in examples])
        parts = []
        for k in range(settings.folds):
            rows = np.flatnonzero(fold != k)
            part = classifier(settings.c, warm=True)
            part.coef_ = whole.coef_.copy()
            part.intercept_ = whole.intercept_.copy()
            parts.append(part.fit(x[rows], [labels[i] for i in rows]))
    model = classifier(settings.c)
    model.classes_ = whole.classes_
    model.coef_ = np.mean([p.coef_ for p in parts], axis=0)
    model.intercept_ = np.mean([p.intercept_ for p in parts], axis=0)
    return vectorizer, model


def export(vectorizer: Any, model: Any, texts: Sequence[str], settings: Settings,
           mark: str, *, prune: bool = True) -> tuple[dict[str, Any], dict[str, float]]:
    """The model as plain data, and what pruning did (`drift`: the largest change of any
    probability on `texts`; `kept`, `features`). Without `prune`, every weight is kept at
    full precision (the tests compare that with scikit-learn to 1e-9)."""
    import numpy as np
    from scipy.special import softmax

    x = vectorizer.transform(list(texts))
    weights = np.asarray(model.coef_, dtype=np.float64)
    full = model.predict_proba(x)
    keep = np.ones(weights.shape[1], dtype=bool)
    rounded = weights
    drift = 0.0
    if prune:
        rounded = np.round(weights, settings.decimals)
        biggest = np.abs(rounded).max(axis=0)
        for cut in (1.0, 0.5, 0.3, 0.2, 0.1, 0.05, 0.03, 0.02, 0.01, 0.005, 0.002, 0.0):
            keep = biggest >= cut if cut else np.ones_like(keep)
            logits = x @ (rounded * keep).T + model.intercept_
            drift = float(np.abs(softmax(logits, axis=1) - full).max())
            if drift < settings.drift:
                break
        if drift >= settings.drift:
            raise SystemExit(f"rounding to {settings.decimals} decimals moves a probability "
                             f"by {drift:.2e}: raise training.decimals")
    parts = []
    offset = 0
    scale = 10 ** settings.decimals
    for (_, vec), ngrams in zip(vectorizer.transformer_list,
                                (settings.words, settings.characters), strict=True):
        names = vec.get_feature_names_out()
        size = len(names)
        columns = slice(offset, offset + size)
        offset += size
        documents = len(texts)
        # sklearn's smooth idf: ln((1 + n) / (1 + df)) + 1, so df = (1 + n) / e^(idf - 1) - 1
        counts = np.rint((1 + documents) / np.exp(vec.idf_ - 1) - 1).astype(int)
        again = np.log((1 + documents) / (1 + counts)) + 1
        if not np.allclose(again, vec.idf_, rtol=0, atol=1e-12):
            raise SystemExit("the vectorizer's idf is not its smooth idf of the corpus")
        order = sorted(range(size), key=lambda i: (int(counts[i]), str(names[i])))
        position = {i: p for p, i in enumerate(order)}
        groups: list[list[Any]] = []
        for i in order:
            if not groups or groups[-1][0] != int(counts[i]):
                groups.append([int(counts[i]), []])
            groups[-1][1].append(str(names[i]))
        rows = []
        block = rounded[:, columns]
        for column in np.flatnonzero(keep[columns]):
            values = block[:, column]
            rows.append([position[int(column)],
                         *(round(float(v) * scale) if prune else float(v) for v in values)])
        rows.sort(key=lambda r: int(r[0]))
        parts.append({
            "analyzer": vec.analyzer,
            "ngrams": list(ngrams),
            "documents": documents,
            "scale": scale if prune else 1,
            "vocabulary": groups,
            "weights": rows,
        })
    data = {
        "format": FORMAT,
        "about": "Made by `make model` (bot/maintainers/learn.py) from tests/data; do not edit.",
        "fingerprint": mark,
        "classes": [str(c) for c in model.classes_],
        "intercepts": [float(v) for v in model.intercept_],
        "features": parts,
    }
    return data, {"drift": drift, "kept": int(keep.sum()), "features": int(keep.size)}


def dump(data: dict[str, Any]) -> str:
    """Plain, stable JSON: one vectorizer's vocabulary group or weight row per line."""
    lines = ["{"]
    head = {k: v for k, v in data.items() if k != "features"}
    for key, value in head.items():
        lines.append(f"{json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    lines.append('"features": [')
    for n, part in enumerate(data["features"]):
        lines.append("{")
        for key in ("analyzer", "ngrams", "documents", "scale"):
            lines.append(f"{json.dumps(key)}: {json.dumps(part[key])},")
        for key in ("vocabulary", "weights"):
            items = part[key]
            lines.append(f"{json.dumps(key)}: [")
            lines.extend(json.dumps(item, ensure_ascii=False, separators=(",", ":"))
                         + ("," if k < len(items) - 1 else "") for k, item in enumerate(items))
            lines.append("]," if key == "vocabulary" else "]")
        lines.append("}," if n < len(data["features"]) - 1 else "}")
    lines.append("]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def flag_ids(directory: Path = DEFAULT_DIR) -> list[str]:
    raw = read_yaml(directory / "redflags.yaml")
    return [str(f["id"]) for f in raw["flags"]]


def train(directory: Path = DEFAULT_DIR, corpus: Path = CORPUS,
          out: Iterable[str] | None = None) -> Path:
    """Fit on the corpus and write the model file `learned.yaml` names; say what it did."""
    started = time.perf_counter()
    settings, name = Settings.read(directory)
    examples = read_corpus(flag_ids(directory), corpus)
    vectorizer, model = fit(examples, settings)
    data, pruned = export(vectorizer, model, [e.text for e in examples], settings,
                          fingerprint(settings, corpus))
    path = directory / name
    path.write_text(dump(data), encoding="utf-8")
    labels: dict[str, int] = {}
    for e in examples:
        labels[e.label] = labels.get(e.label, 0) + 1
    print(f"learned from {len(examples)} messages in {len(corpus_files(corpus))} files "
          f"({', '.join(f'{k} {v}' for k, v in sorted(labels.items()))})")
    print(f"kept {pruned['kept']} of {pruned['features']} features' weights; largest change "
          f"of any probability on the corpus {pruned['drift']:.1e}")
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB) in "
          f"{time.perf_counter() - started:.0f} s")
    return path


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.maintainers.learn",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--knowledge", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    train(args.knowledge)
    return 0


if __name__ == "__main__":
    sys.exit(main())
