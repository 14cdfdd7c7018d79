"""The learned second reader of triage, as data: `knowledge/learned.yaml` (what an editor
sets: the threshold, how it is trained) and the model file it names (made by `make model`:
vocabulary, weights per class, intercepts; nothing to edit by hand).

The engine reads every message the rules leave without a warning with it (README, "Triage"),
so a model file that `learned.yaml` names but that is missing or broken stops start-up,
naming the file and the field, like any other knowledge error: a bot quietly without it, or
with a half-read model, would miss the signs it is there to catch without anyone seeing it.
A knowledge directory without `learned.yaml` reads with its rules alone.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.knowledge.fields import Collector, Fields

SETTINGS = "learned.yaml"
ANALYZERS = ("word", "char_wb")
"""The two ways of cutting a message into features, named as scikit-learn names them."""
ABOUT = ("", "own", "any")
"""The `about` gate: off, the likeliest flag's own sign concepts, or any flag's."""
FORMAT = 1
"""The model file's layout; a file of another layout is an error (run `make model`)."""


@dataclass(frozen=True)
class Features:
    """One vectorizer: how it cuts text (`analyzer`, n-gram sizes) and, for every n-gram it
    knows, its idf and its weight per class (None where pruning found the weights never
    change a decision: the idf still counts in the message's length)."""

    analyzer: str
    ngrams: tuple[int, int]
    terms: dict[str, tuple[float, tuple[float, ...] | None]]


@dataclass(frozen=True)
class Gates:
    """When the learned reader keeps quiet although sure enough (learned.yaml `gates`): the
    rules read the sign it names and calmed it for one of the reasons in `calmed` (a
    ConText property: negated, asked about, over...), or as someone else's (`others`).
    `any_flag`: a sign of another flag calmed so counts too. `timed`: flags whose sign is a
    length of time; where the rules read how long (a duration, a date, a course), their count
    stands. `min_words`: a message of fewer words is the rules' alone (a few words give the
    model no context to be sure of: "my back hurts" is not a serious illness). `about`
    and `own_signs`: what the message must name (bot/engine/learned.py `speaks`); `places`,
    `times` and `courses`: concepts that tell where, when or how a sign goes (a foot, the
    night, worse by the day), not what the body does or feels, and so never count as a sign
    (triage.yaml concept names); `evidence`: per flag, concepts outside its own that tell
    its sign all the same (a leg that "can't", numbers that fall: FALLING). `topics`: per
    flag, concepts that say what a message is about (back pain, how long it has gone on),
    never that the flag's sign is told; `with_course`: per flag, its concepts that tell its
    sign only beside a course (numb toes that spread). `falling_joins`: the words that join
    a number to the lower one it falls to ("4 to 2"). `beside`: flags it may add beside the
    rules' warnings when none of those is an emergency (a crisis told beside months of pain
    the rules read as persistent pain: the crisis reply is never hidden behind a lesser
    one). There the warned flags are set aside and `beside_share` is the least chance the
    model gives the added flag itself: a second sign it reads, not what is left of one.
    `weak_signs`: per flag whose own bar is below the default (`threshold`), its concepts
    of everyday speech (a wish, a thought, the family) that tell its sign only with another:
    a message that names no other of the flag's own concepts needs the default bar.
    `sure`: the chance of any sign from which the rules' calming reasons no longer silence
    it on a sign they read as the writer's own (0: always): where it is all but certain, the
    rules' reading of the context is likelier wrong than it is; nor does `others` on another
    grown-up's sign the rules read as going on (a partner's, told beside the writer's own).
    `denied_sure`: `sure` where every concept of the flag's own sign the message names the
    rules read as denied (`quiet`): a list of denials ("denies perianal numbness, urinary
    hesitancy ...") is all signs' words, so the model's chance is at its highest where the
    rules' reading is likeliest right.
    `unsaid`: per flag, context properties that make a mention of its own concept no naming
    of it where `own_signs` asks for one ("not weak", "normal power"), below `sure`.
    `quiet`: a sign of another flag the rules read with one of these properties (denied)
    lends the chance of a sign nothing, below `sure`.
    `share`: for a flag of `own_signs`, the least part of the chance of a sign it must have
    itself.
    `untimed`: per flag of `timed`, the bar where the rules counted no time at all and the
    message tells no course, none of `lasting` (a stopped life) and no evidence.
    `final`: per flag, of `calmed`, the reasons the rules read that hold even from `sure` (a
    sign said gone after it: the model cannot read the order in which a sign and its end
    are told); never distress, whose "it's all sorted" is a decision made, not a sign over.
    `looks`: concepts that tell how something looks (coffee grounds, tar), a sign only as the
    look of what the body brings up or passes, whose own concept is then named: alone, as
    a place is, no sign."""

    calmed: frozenset[str] = frozenset()
    others: bool = False
    any_flag: bool = False
    timed: frozenset[str] = frozenset()
    min_words: int = 0
    about: str = ""  # "any": a sign concept must be named; "own": the flag's own
    own_signs: frozenset[str] = frozenset()  # flags whose own sign concepts must be named
    beside: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()  # concepts that say only where (a foot, the seat)
    times: frozenset[str] = frozenset()  # concepts that say only when (the night)
    courses: frozenset[str] = frozenset()  # concepts that say only how it goes (worse)
    evidence: dict[str, frozenset[str]] = field(default_factory=dict)  # per flag, beside its own
    topics: dict[str, frozenset[str]] = field(default_factory=dict)  # per flag, what it is about
    with_course: dict[str, frozenset[str]] = field(default_factory=dict)  # per flag, signs
    # that are its sign only told with a course (numb toes that spread: weakness coming on)
    falling_joins: frozenset[str] = frozenset()  # "4 to 2", "10 -> 6": a number falls to the next
    beside_share: float = 0.0  # beside the rules' warnings, the least chance of its flag's own
    others_own: bool = False  # `others` holds only where the writer tells none of the flag's
    # own concepts of themselves (the rules may read whose wrongly: "someone rear-ended me")
    sure: float = 0.0  # from this chance, `calmed` no longer holds on the writer's own sign
    weak_signs: dict[str, frozenset[str]] = field(default_factory=dict)  # per flag: alone,
    # these of its own concepts earn no bar lower than the default
    unsaid: dict[str, frozenset[str]] = field(default_factory=dict)  # per flag, context
    # properties with which a mention of its own concept names none of it ("not weak")
    quiet: frozenset[str] = frozenset()  # a flag the rules calmed so lends no chance
    share: float = 0.0  # the least share of the chance of a sign its likeliest flag must have
    untimed: dict[str, float] = field(default_factory=dict)  # per `timed` flag, its bar where
    # the rules counted no time and the message tells no course nor any of `lasting`
    lasting: frozenset[str] = frozenset()  # what a pain that goes on stops (work, sleep, life)
    looks: frozenset[str] = frozenset()  # concepts that say only how something looks (coffee
    # grounds, tar): a sign only as the look of what the body brings up or passes
    denied_sure: float = 0.0  # `sure` where every concept of the flag's own sign the message
    # names the rules read as denied (0: as `sure`)
    final: dict[str, frozenset[str]] = field(default_factory=dict)  # per flag, of `calmed`,
    # the reasons it yields to even when sure: a sign read as gone ("numb on sunday, it has
    # gone now")

    def not_signs(self) -> frozenset[str]:
        """The concepts that never tell a sign: where, when, how it goes, how it looks."""
        return self.places | self.times | self.courses | self.looks


@dataclass(frozen=True)
class LearnedModel:
    """A multinomial logistic regression over TF-IDF features, exported from scikit-learn.
    `threshold`: the learned reader warns when the chance of any sign reaches it, or the
    bar of its likeliest flag in `bars` (per flag, else per level)."""

    file: str
    threshold: float
    classes: tuple[str, ...]
    intercepts: tuple[float, ...]
    features: tuple[Features, ...]
    fingerprint: str
    none: str = "none"
    bars: dict[str, float] = field(default_factory=dict)
    gates: Gates = Gates()

    def bar(self, flag: str) -> float:
        """The chance of any sign at which the learned reader warns with `flag`."""
        return self.bars.get(flag, self.threshold)


def load_learned(out: Collector, root: Path, settings: Any, levels: dict[str, str]
                 ) -> LearnedModel | None:
    """The model `learned.yaml` names, with its bars and gates. `levels`: each red flag's
    level, by id."""
    shown = str(root / SETTINGS)
    r = Fields(out, shown, settings, "")
    threshold = _number(r, r.data, "threshold")
    bars = _bars(r, levels, threshold)
    gates = _gates(r)
    name = r.text("model")
    if not r.ok or not name:
        return None
    path = root / name
    if not path.is_file():
        out.add(shown, r.line_of("model"), "model",
                f"names {path}, which is missing; run `make model`")
        return None
    try:
        raw = path.read_bytes()
        key = hashlib.sha256(raw).hexdigest()
        model = _PARSED.get(key)
        if model is None:
            data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        out.add(str(path), 0, "", f"is not a readable model file ({exc}); run `make model`")
        return None
    if model is None:
        model = model_from_data(out, str(path), data, threshold, set(levels))
        if model is None:
            return None
        if len(_PARSED) >= _KEEP:
            _PARSED.clear()
        _PARSED[key] = model
    unknown = [c for c in model.classes if c != model.none and c not in levels]
    if unknown:
        out.add(str(path), 0, "classes", f"must be red flag ids and 'none' (unknown: "
                f"{', '.join(unknown)}); run `make model`")
        return None
    return replace(model, file=str(path), threshold=threshold, bars=bars, gates=gates)


_PARSED: dict[str, LearnedModel] = {}
"""Model files parsed in this process, by their bytes' sha256: the same file loaded again (a
test's copy of the knowledge, a reload) is not parsed again (a second or more each time)."""
_KEEP = 4


def _number(r: Fields, data: Any, key: str, where: str = "") -> float:
    value = data.get(key) if isinstance(data, dict) else None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        r.out.add(r.file, r.line_of(where.split(".")[0] or key), f"{where}{key}",
                  "must be a number between 0 and 1")
        return 1.0
    return float(value)


def _bars(r: Fields, levels: dict[str, str], threshold: float) -> dict[str, float]:
    """Each flag's bar: `flags` names it, else `levels` names its level, else `threshold`."""
    by_level = r.data.get("levels") or {}
    by_flag = r.data.get("flags") or {}
    for key, value, known in (("levels", by_level, set(levels.values())),
                              ("flags", by_flag, set(levels))):
        if not isinstance(value, dict):
            r.out.add(r.file, r.line_of(key), key, "must be a mapping of names to numbers")
            return {}
        for name in value:
            if name not in known:
                r.out.add(r.file, r.line_of(key), f"{key}.{name}", f"unknown {key[:-1]}")
    level_bar = {k: _number(r, by_level, k, "levels.") for k in by_level}
    flag_bar = {k: _number(r, by_flag, k, "flags.") for k in by_flag}
    return {flag: flag_bar.get(flag, level_bar.get(level, threshold))
            for flag, level in levels.items()}


def _gates(r: Fields) -> Gates:
    from bot.knowledge.model import CONTEXT  # model.py imports this module

    raw = r.data.get("gates") or {}
    if not isinstance(raw, dict):
        r.out.add(r.file, r.line_of("gates"), "gates", "must be a mapping")
        return Gates()
    calmed = raw.get("calmed") or []
    if not (isinstance(calmed, list) and all(c in CONTEXT for c in calmed)):
        r.out.add(r.file, r.line_of("gates"), "gates.calmed",
                  f"must be a list of context properties ({', '.join(CONTEXT)})")
        return Gates()
    flags = {k: raw.get(k, False) for k in ("others", "any_flag", "others_own")}
    for key, value in flags.items():
        if not isinstance(value, bool):
            r.out.add(r.file, r.line_of("gates"), f"gates.{key}", "must be true or false")
            return Gates()
    timed = _flag_ids(r, raw, "timed")
    if timed is None:
        return Gates()
    least = raw.get("min_words", 0)
    if isinstance(least, bool) or not isinstance(least, int) or least < 0:
        r.out.add(r.file, r.line_of("gates"), "gates.min_words", "must be a whole number")
        return Gates()
    about = raw.get("about", "")
    if about not in ABOUT:
        r.out.add(r.file, r.line_of("gates"), "gates.about", f"must be one of {', '.join(ABOUT)}")
        return Gates()
    own = _flag_ids(r, raw, "own_signs")
    if own is None:
        return Gates()
    beside = _flag_ids(r, raw, "beside")
    if beside is None:
        return Gates()
    shares = {k: raw.get(k, 0.0) for k in ("beside_share", "sure", "share", "denied_sure")}
    for key, share in shares.items():
        if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share <= 1:
            r.out.add(r.file, r.line_of("gates"), f"gates.{key}", "must be a number from 0 to 1")
            return Gates()
    names: dict[str, frozenset[str]] = {}
    for key in ("places", "times", "courses", "falling_joins", "lasting", "looks"):
        value = raw.get(key) or []
        if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            r.out.add(r.file, r.line_of("gates"), f"gates.{key}",
                      "must be a list of words" if key == "falling_joins"
                      else "must be a list of triage.yaml concept names")
            return Gates()
        names[key] = frozenset(value)
    by_flag: dict[str, dict[str, frozenset[str]]] = {}
    for key in ("evidence", "topics", "with_course", "weak_signs"):
        value = raw.get(key) or {}
        if not (isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, list) and all(isinstance(c, str) for c in v)
                for k, v in value.items())):
            r.out.add(r.file, r.line_of("gates"), f"gates.{key}",
                      "must map red flag ids to lists of triage.yaml concept names")
            return Gates()
        by_flag[key] = {k: frozenset(v) for k, v in value.items()}
    by_property: dict[str, dict[str, frozenset[str]]] = {}
    for key in ("unsaid", "final"):  # per flag, lists of context properties
        value = raw.get(key) or {}
        if not (isinstance(value, dict) and all(
                isinstance(k, str) and isinstance(v, list) and all(c in CONTEXT for c in v)
                for k, v in value.items())):
            r.out.add(r.file, r.line_of("gates"), f"gates.{key}", "must map red flag ids to "
                      f"lists of context properties ({', '.join(CONTEXT)})")
            return Gates()
        by_property[key] = {k: frozenset(v) for k, v in value.items()}
    quiet = raw.get("quiet") or []
    if not (isinstance(quiet, list) and all(c in CONTEXT for c in quiet)):
        r.out.add(r.file, r.line_of("gates"), "gates.quiet",
                  f"must be a list of context properties ({', '.join(CONTEXT)})")
        return Gates()
    untimed = raw.get("untimed") or {}
    if not (isinstance(untimed, dict) and all(
            isinstance(k, str) and not isinstance(v, bool) and isinstance(v, int | float)
            and 0 < v <= 1 for k, v in untimed.items())):
        r.out.add(r.file, r.line_of("gates"), "gates.untimed",
                  "must map red flag ids to numbers from 0 to 1")
        return Gates()
    return Gates(frozenset(calmed), flags["others"], flags["any_flag"], timed, least,
                 about, own, beside, names["places"], names["times"], names["courses"],
                 by_flag["evidence"], by_flag["topics"], by_flag["with_course"],
                 names["falling_joins"], float(shares["beside_share"]), flags["others_own"],
                 float(shares["sure"]), by_flag["weak_signs"],
                 by_property["unsaid"], frozenset(quiet),
                 float(shares["share"]), {k: float(v) for k, v in untimed.items()},
                 names["lasting"], names["looks"], float(shares["denied_sure"]),
                 by_property["final"])


def _flag_ids(r: Fields, raw: dict[str, Any], key: str) -> frozenset[str] | None:
    """A gate's list of red flag ids (`timed`, `own_signs`, `beside`); None once its error
    is recorded."""
    value = raw.get(key) or []
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        r.out.add(r.file, r.line_of("gates"), f"gates.{key}", "must be a list of red flag ids")
        return None
    return frozenset(value)


def model_from_data(out: Collector, file: str, data: Any, threshold: float, flags: set[str]
                    ) -> LearnedModel | None:
    """The model a model file's JSON (`data`, as `learn.export` writes it) describes, its
    classes checked against the red flag ids `flags`; None once a problem is recorded in
    `out`. Public so a refit (`learn_flips`, the tests) is read exactly as the engine reads
    the file."""
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
