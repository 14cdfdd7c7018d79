"""The learned second reader of triage, as data: `knowledge/learned.yaml` (what an editor
sets: the threshold, how it is trained) and the model file it names (made by `make model`:
vocabulary, weights per class, intercepts; nothing to edit by hand).

A missing model file leaves the bot with its rules alone, which are a complete reader on
their own (a notice is logged, and `lumbar-bot check` says so); a model file that is there
but broken stops start-up, naming the file and the field, like any other knowledge error:
a half-read model would score every message wrong without anyone seeing it.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.knowledge.fields import Collector, Fields

SETTINGS = "learned.yaml"
ANALYZERS = ("word", "char_wb")
"""The two ways of cutting a message into features, named as scikit-learn names them."""
FORMAT = 1
"""The model file's layout; a file of another layout is an error (run `make model`)."""

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Features:
    """One vectorizer: how it cuts text (`analyzer`, n-gram sizes) and, for every n-gram it
    knows, its idf and its weight per class (None where pruning found the weights never
    change a decision: the idf still counts in the message's length)."""

    analyzer: str
    ngrams: tuple[int, int]
    terms: dict[str, tuple[float, tuple[float, ...] | None]]


@dataclass(frozen=True)
class LearnedModel:
    """A multinomial logistic regression over TF-IDF features, exported from scikit-learn.
    `threshold`: the learned reader warns when the chance of any sign reaches it."""

    file: str
    threshold: float
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    features: tuple[Features, ...]
    fingerprint: str
    none: str = "none"


def load_learned(out: Collector, root: Path, settings: Any, flags: set[str]
                 ) -> LearnedModel | None:
    """The model `learned.yaml` names, or None when there is no model file (rules only)."""
    shown = str(root / SETTINGS)
    r = Fields(out, shown, settings, "")
    threshold = _number(r, "threshold")
    name = r.text("model")
    if not r.ok or not name:
        return None
    path = root / name
    if not path.is_file():
        log.warning("no learned triage model at %s: the rules read every message alone "
                    "(run `make model` to make one)", path)
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        out.add(str(path), 0, "", f"is not a readable model file ({exc}); run `make model`")
        return None
    return _model(out, str(path), data, threshold, flags)


def _number(r: Fields, key: str) -> float:
    value = r.data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        r.out.add(r.file, r.line_of(key), key, "must be a number between 0 and 1")
        return 1.0
    return float(value)


def _model(out: Collector, file: str, data: Any, threshold: float, flags: set[str]
           ) -> LearnedModel | None:
    def bad(field: str, message: str) -> None:
        out.add(file, 0, field, f"{message}; run `make model`")

    if not isinstance(data, dict):
        bad("", "must be a JSON object")
        return None
    if data.get("format") != FORMAT:
        bad("format", f"must be {FORMAT}")
        return None
    classes = data.get("classes")
    if not (isinstance(classes, list) and classes and all(isinstance(c, str) for c in classes)):
        bad("classes", "must be a list of red flag ids and 'none'")
        return None
    unknown = [c for c in classes if c != "none" and c not in flags]
    if unknown or "none" not in classes:
        bad("classes", f"must be red flag ids and 'none' (unknown: {', '.join(unknown)})")
        return None
    size = len(classes)
    intercepts = data.get("intercepts")
    if not _floats(intercepts, size):
        bad("intercepts", f"must be {size} numbers")
        return None
    fingerprint = data.get("fingerprint")
    if not isinstance(fingerprint, str) or not fingerprint:
        bad("fingerprint", "must be text")
        return None
    parts = data.get("features")
    if not isinstance(parts, list) or not parts:
        bad("features", "must be a list of vectorizers")
        return None
    features = []
    for i, part in enumerate(parts):
        made = _features(bad, f"features[{i}]", part, size)
        if made is None:
            return None
        features.append(made)
    assert isinstance(intercepts, list)
    return LearnedModel(file, threshold, tuple(classes), tuple(map(float, intercepts)),
                        tuple(features), fingerprint)


def _floats(value: Any, size: int) -> bool:
    return (isinstance(value, list) and len(value) == size
            and all(isinstance(v, int | float) and not isinstance(v, bool)
                    and math.isfinite(v) for v in value))


def _features(bad: Any, where: str, part: Any, size: int) -> Features | None:
    """One vectorizer: `vocabulary` is [[document frequency, [terms...]], ...]; the idf is
    scikit-learn's smooth idf, ln((1 + documents) / (1 + df)) + 1, recomputed here so the
    file holds small integers; `weights` is [[position in the vocabulary, w1..wk], ...], each
    weight times `scale` (whole numbers are shorter to write than decimals)."""
    if not isinstance(part, dict):
        bad(where, "must be a mapping")
        return None
    analyzer = part.get("analyzer")
    if analyzer not in ANALYZERS:
        bad(f"{where}.analyzer", f"must be one of {', '.join(ANALYZERS)}")
        return None
    ngrams = part.get("ngrams")
    if not (isinstance(ngrams, list) and len(ngrams) == 2
            and all(isinstance(n, int) and n > 0 for n in ngrams) and ngrams[0] <= ngrams[1]):
        bad(f"{where}.ngrams", "must be [smallest, largest]")
        return None
    documents = part.get("documents")
    if not isinstance(documents, int) or documents < 1:
        bad(f"{where}.documents", "must be a whole number")
        return None
    scale = part.get("scale")
    if isinstance(scale, bool) or not isinstance(scale, int) or scale < 1:
        bad(f"{where}.scale", "must be a whole number")
        return None
    vocabulary = part.get("vocabulary")
    if not isinstance(vocabulary, list):
        bad(f"{where}.vocabulary", "must be a list of [df, [terms]]")
        return None
    order: list[str] = []
    idf: list[float] = []
    for k, group in enumerate(vocabulary):
        if not (isinstance(group, list) and len(group) == 2 and isinstance(group[0], int)
                and 0 < group[0] <= documents and isinstance(group[1], list)
                and all(isinstance(t, str) for t in group[1])):
            bad(f"{where}.vocabulary[{k}]", "must be [df, [terms]]")
            return None
        value = math.log((1 + documents) / (1 + group[0])) + 1
        order.extend(group[1])
        idf.extend([value] * len(group[1]))
    if len(set(order)) != len(order):
        bad(f"{where}.vocabulary", "names a term twice")
        return None
    weights: dict[int, tuple[float, ...]] = {}
    raw = part.get("weights")
    if not isinstance(raw, list):
        bad(f"{where}.weights", "must be a list of [position, weights...]")
        return None
    for k, row in enumerate(raw):
        if not (isinstance(row, list) and len(row) == size + 1 and isinstance(row[0], int)
                and 0 <= row[0] < len(order) and _floats(row[1:], size)):
            bad(f"{where}.weights[{k}]", f"must be [position, {size} numbers]")
            return None
        weights[row[0]] = tuple(w / scale if scale > 1 else float(w) for w in row[1:])
    terms = {t: (idf[i], weights.get(i)) for i, t in enumerate(order)}
    return Features(analyzer, (ngrams[0], ngrams[1]), terms)
