"""Score a message with the learned second reader, in pure Python.

The model was fitted with scikit-learn (`bot/maintainers/learn.py`); here its exported
weights are applied exactly as scikit-learn would: TfidfVectorizer's preprocessing (lower
case; words by the pattern `(?u)\\b\\w\\w+\\b` and pairs of them joined by a space; characters
within words, each padded with one space on either side), sublinear tf (1 + ln tf), the
fitted idf, an l2 norm per vectorizer, then a softmax over the classes. The tests prove the
probabilities equal scikit-learn's predict_proba, so the bot needs neither it nor numpy.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.knowledge.learned import Features, Gates, LearnedModel

NOT_THE_WRITERS = frozenset({"other", "child", "animal", "thing"})
"""Whose a sign is when someone or something else has it (bot/engine/context.py)."""
NOT_A_PERSON = frozenset({"animal", "thing"})
"""Whose a concept is when no person has it: a pony's back, a table's legs."""
OWN = "patient"
"""Whose a finding is when it is the writer's own (bot/engine/triage.py `Finding`)."""
ADULT = "other"
"""Whose it is when another grown-up's: a partner, a parent (never a child's, an animal's)."""
FALLING = "numbers_fall"
"""The concept a message tells when its numbers fall ("12 -> 8 -> 4", "from 4 to 2": scores,
counts, a test done again): `gates.evidence` may accept it for a flag, as the rules' own
concepts are accepted (`numbers_move`)."""
RISING = "numbers_rise"
"""... and when they rise ("5/10 in jan, 6/10 in feb, 8/10 now")."""

_SENTENCE = re.compile(r"[.!?;\n]+(?:\s|$)")
_PIECE = re.compile(r"\d+:\d+|\d+(?:\.\d+)?(?:\s*(?:/|out\s+of)\s*\d+)?|[^\W\d_]+|->|→|>")
_SCORE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:/|out\s+of)\s*(\d+)")
_NEAR = 3
"""At most this many words between a number and the lower one it falls to."""
_SAID_AFTER = 10
"""At most this many words between a score out of ten and a higher one said after it."""
_ARTICLES = frozenset({"a", "an"})

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE_SPACES = re.compile(r"\s\s+")


def word_ngrams(text: str, ngrams: tuple[int, int]) -> list[str]:
    """scikit-learn's word analyzer (no stop words): the words, then runs of n of them."""
    tokens = _TOKEN.findall(text.lower())
    low, high = ngrams
    grams = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return grams


def word_count(text: str) -> int:
    """How many words the model reads in `text` (two letters or more)."""
    return len(_TOKEN.findall(text))


def char_wb_ngrams(text: str, ngrams: tuple[int, int]) -> list[str]:
    """scikit-learn's char_wb analyzer: n-grams inside each word padded with a space on
    either side; a word shorter than n gives itself, padded, once."""
    text = _WHITE_SPACES.sub(" ", text.lower())
    low, high = ngrams
    grams: list[str] = []
    for word in text.split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset:offset + n])
            while offset + n < size:
                offset += 1
                grams.append(padded[offset:offset + n])
            if offset == 0:
                break
    return grams


def tfidf_vector(features: Features, text: str) -> dict[str, float]:
    """The l2-normed tf-idf values of the n-grams the vectorizer knows."""
    cut = word_ngrams if features.analyzer == "word" else char_wb_ngrams
    counts = Counter(g for g in cut(text, features.ngrams) if g in features.terms)
    values = {g: (1.0 + math.log(tf)) * features.terms[g][0] for g, tf in counts.items()}
    norm = math.sqrt(math.fsum(v * v for v in values.values()))
    return {g: v / norm for g, v in values.items()} if norm else {}


def probabilities(model: LearnedModel, text: str) -> dict[str, float]:
    """P(class | message) for every class: each red flag, and `none`."""
    logits = list(model.intercepts)
    for features in model.features:
        for gram, value in tfidf_vector(features, text).items():
            weights = features.terms[gram][1]
            if weights is not None:  # each class's sum in the same order as ever
                logits = [logit + value * w for logit, w in zip(logits, weights, strict=True)]
    top = max(logits)
    exps = [math.exp(v - top) for v in logits]
    total = math.fsum(exps)
    return {c: e / total for c, e in zip(model.classes, exps, strict=True)}


def numbers_move(text: str, joins: frozenset[str]) -> frozenset[str]:
    """How a sentence's numbers go, each within a few words of the one before: FALLING or
    RISING when three or more go one way ("sit-to-stand 12 -> 8 -> 4", "mon 10, wed 4, today
    0", "5/10 in jan, 6/10 in feb, 8/10 now"), or two that fall, joined by a word of `joins`
    ("went from 4 to 2"; two that rise so are a range, "3 to 6 weeks"), or a score out of ten
    followed by a higher one (`_score_rises`: "it was a 4 out of 10, now it's an 8"). People tell a
    weakening leg or a pain that builds by its scores and counts rather than in words. A
    score out of ten is its first number; a date or a time ("01/06", "3:00") is no number."""
    found: set[str] = set()
    for sentence in _SENTENCE.split(text.lower()):
        run: list[float] = []
        joined = False
        gap = 0
        glue: list[str] = []
        for piece in _PIECE.findall(sentence):
            if not piece[0].isdigit():
                gap += 1
                glue.append(piece)
                if gap > _NEAR:
                    run, joined, glue = [], False, []
                continue
            score = _SCORE.fullmatch(piece)
            if ":" in piece or (score is not None and score.group(2) not in ("10", "100")):
                run, joined, glue, gap = [], False, [], 0  # a time or a date, not a score
                continue
            value = float(score.group(1) if score else piece)
            falling = len(run) < 2 or run[-1] < run[-2]
            if run and value != run[-1] and (len(run) < 2 or (value < run[-1]) == falling):
                joined = joined or bool(joins & set(glue))
                run.append(value)
            else:
                run, joined = [value], False
            if len(run) >= 3 or (len(run) == 2 and joined and run[1] < run[0]):
                found.add(FALLING if run[-1] < run[0] else RISING)
            gap, glue = 0, []
        if _score_rises(_PIECE.findall(sentence)):
            found.add(RISING)
    return frozenset(found)


def _score_rises(pieces: list[str]) -> bool:
    """Whether a score out of ten is followed, a few words on, by a higher one: another
    score ("4/10 ... 7/10 now") or a number said as a score, after "a" or "an" ("it was a 4
    out of 10 and now it's an 8"): a pain that builds, told in two scores, where two bare
    numbers could be a range or a count ("4/10, 8 weeks")."""
    for i, piece in enumerate(pieces):
        score = _SCORE.fullmatch(piece)
        if score is None or score.group(2) != "10":
            continue
        for k in range(i + 1, min(len(pieces), i + 2 + _SAID_AFTER)):
            if not pieces[k][0].isdigit():
                continue
            later = _SCORE.fullmatch(pieces[k])
            if later is not None:
                said = float(later.group(1)) if later.group(2) == "10" else None
            elif ":" not in pieces[k] and pieces[k - 1] in _ARTICLES:
                said = float(pieces[k])
            else:
                said = None
            if said is not None and float(score.group(1)) < said <= 10:
                return True
            break
    return False


@dataclass(frozen=True)
class Opinion:
    """The learned reader's view of one message: its likeliest sign and the chance that
    the message tells of any sign at all (1 - P(none))."""

    flag: str
    chance: float
    flag_chance: float
    words: int = 0  # how many words the message has, as the model cuts them
    numbers: frozenset[str] = frozenset()  # how its numbers go: FALLING, RISING (`numbers_move`)
    share: float = 1.0  # the flag's part of `chance` (with `aside` set aside, as `chance` is)
    quieted: float = 0.0  # the part of `chance` that flags the rules calmed lend (`calmed`)

    def warns(self, threshold: float) -> bool:
        return self.chance >= threshold


def opinion(model: LearnedModel, text: str, aside: frozenset[str] = frozenset(),
            calmed: frozenset[str] = frozenset()) -> Opinion:
    """The likeliest sign other than `none`, and 1 - P(none) (`judged`)."""
    return judged(model, probabilities(model, text), text, aside, calmed)


def judged(model: LearnedModel, probs: Mapping[str, float], text: str,
           aside: frozenset[str] = frozenset(), calmed: frozenset[str] = frozenset()
           ) -> Opinion:
    """The likeliest sign other than `none` in the message's class chances, and 1 - P(none).
    `aside`: the flags the rules warned of already, set aside with the rest renormalised, so
    that the reader says what else it sees. A message may tell two signs and the model
    shares one chance among them: "I am thinking how to end it, pain 10/10 for months" reads
    persistent pain 0.56 and distress 0.42; with the pain the rules warned of set aside,
    distress is 0.97 of what is left (beside a lesser warning: `gates.beside`). The flag's
    own chance (`flag_chance`) is the model's as it is, never renormalised (`adds_beside`).
    `calmed`: the flags whose sign the rules read and calmed; what the model gives those,
    other than the likeliest flag, is the part of the chance they lend (`Opinion.quieted`,
    `gates.quiet`): "he didn't drink any" of a bottle of white spirit reads a poisoning
    denied, and the chance it lends is no sign of a crisis."""
    rest = 1.0 - math.fsum(p for c, p in probs.items() if c in aside)
    signs = [(p, c) for c, p in probs.items() if c != model.none and c not in aside]
    words, numbers = word_count(text), numbers_move(text, model.gates.falling_joins)
    if not signs or rest <= 1e-12:
        return Opinion(model.none, 0.0, 0.0, words, numbers)
    best, flag = max(signs, key=lambda pc: (pc[0], pc[1]))
    chance = 1.0 - probs[model.none] / rest
    lent = math.fsum(p for p, c in signs if c in calmed and c != flag) / rest
    return Opinion(flag, chance, best, words, numbers,
                   best / rest / chance if chance > 0 else 0.0, lent)


def speaks(model: LearnedModel, seen: Opinion,
           found: Iterable[tuple[str, frozenset[str], str]], timed: bool = False,
           told: Iterable[tuple[str, str]] | None = None,
           signs: Mapping[str, frozenset[str]] | None = None,
           contexts: Iterable[tuple[str, str, frozenset[str]]] | None = None,
           lasted: int | None = None) -> bool:
    """Whether the learned reader warns on a message the rules warn of nothing in: sure
    enough for its likeliest flag's bar, and no sign the rules found (flag id, context
    properties, whose) calmed for a reason its gates respect (learned.yaml `gates`): it
    cannot read whether a sign is denied, asked about, over or someone else's, nor count
    how long (`timed`: the rules read a length of time in the message); the rules can.
    `told`: every concept the rules read in the message and whose it is; `signs`: each
    flag's own sign concepts. With the `about` gate the message must name a sign concept
    (any flag's; for a flag in `own_signs`, one of its own) of a person (the writer or
    someone they care for, never an animal or a thing): a model sure of a sign in a
    message that names nothing of one reads words, not a body or a crisis. Where a flag's
    own concepts are asked for, a place, a time or a course (`gates.places`, `times`,
    `courses`: a foot, the night, worse by the day) is not one: a sign is what the body does
    or feels, and "pain down my leg to the foot" names only where it hurts, "any positions
    worth trying at night" only when. What else tells the flag's sign (`gates.evidence`: a
    leg that "can't", scores that fall) counts as its own; a sign of `gates.with_course`
    only told with a course (numb toes that spread or get worse are weakness coming on,
    numb toes alone are not). `lasted`: the longest time in days the rules counted (0: none
    told), for `gates.untimed`."""
    gates = model.gates
    if seen.chance < model.bar(seen.flag) or seen.words < gates.min_words:
        return False
    if timed and seen.flag in gates.timed:
        return False
    # a sign of its own the model is sure of but cannot tell apart from others is words, not
    # a sign (`gates.share`, for a flag of `own_signs`: "i have no car and cant get there" is
    # a third cauda equina, a fifth a general emergency, a sixth distress); nor is the
    # chance a calmed sign lends (`quiet`)
    if seen.flag in gates.own_signs and seen.share < gates.share:
        return False
    if (seen.quieted and (not gates.sure or seen.chance < gates.sure)
            and seen.chance - seen.quieted < model.bar(seen.flag)):
        return False
    if contexts is not None:
        contexts = list(contexts)
    # what the message tells of people (the writer's numbers that move among it), read once
    # for every gate below that asks
    told = None if told is None else [*told, *((c, OWN) for c in seen.numbers)]
    told_of_people = None if told is None else {c for c, who in told if who not in NOT_A_PERSON}
    # a sign that is a length of time, where the rules counted none and the message tells no
    # course, no evidence and nothing the pain stops (`gates.untimed`: "ETA on the leg pain
    # going" asks when it ends; it tells no time it has lasted)
    untimed = gates.untimed.get(seen.flag)
    if (untimed is not None and lasted == 0 and told_of_people is not None
            and seen.chance < untimed and not told_of_people & (
                gates.courses | gates.lasting | gates.evidence.get(seen.flag, frozenset()))):
        return False
    said = told_of_people
    own = gates.about == "own" or seen.flag in gates.own_signs
    unsaid = gates.unsaid.get(seen.flag, frozenset())
    if (said is not None and own and unsaid and contexts is not None
            and (not gates.sure or seen.chance < gates.sure)):
        # of the flag's own concepts, those told only denied or as normal name nothing
        # ("leg is painful but not weak"); numbers that move are told as they are; all
        # but certain (`sure`), the rules' reading of the context is likelier wrong
        said = {c for c, who, properties in contexts
                if who not in NOT_A_PERSON and not properties & unsaid} | (said & seen.numbers)
    if ((gates.about or seen.flag in gates.own_signs) and said is not None
            and signs is not None):
        wanted = _wanted(gates, seen.flag, signs.get(seen.flag, frozenset()) if own
                         else frozenset().union(*signs.values()))
        coursed = gates.with_course.get(seen.flag, frozenset())
        if not (said & (wanted - coursed) or (said & wanted & coursed and said & gates.courses)):
            return False
    if _denied_only(gates, seen, contexts, signs):
        return False
    # a flag's own bar below the default is for a message that names one of its concepts of
    # substance; a wish, a thought or the family alone is everyday speech (`gates.weak_signs`:
    # "I wish I could wake up without stiffness" names a wish, not what is wished); of its
    # concepts, those `unsaid` names nothing of it (a plan for walking is a normal plan, and
    # "I've got a plan for walking next week" names only a time of distress's)
    weak = gates.weak_signs.get(seen.flag)
    if (weak and seen.chance < model.threshold and said is not None
            and signs is not None and said & _wanted(
                gates, seen.flag, signs.get(seen.flag, frozenset())) <= weak):
        return False
    # the writer tells a concept of the flag's own sign of themselves as going on (`contexts`:
    # in a mention no reason of `gates.calmed` touches, never denied, asked about or over): a
    # sign the rules read as someone else's does not silence the reader (`gates.others_own`)
    going_on = told if contexts is None else [
        *((c, who) for c, who, properties in contexts if not properties & gates.calmed),
        *((c, OWN) for c in seen.numbers)]
    writers = gates.others_own and going_on is not None and signs is not None and bool(
        {c for c, who in going_on if who not in NOT_THE_WRITERS}
        & _wanted(gates, seen.flag, signs.get(seen.flag, frozenset())))
    # all but certain of a sign the rules read as the writer's own, the reader does not yield
    # to the reasons they calmed it for (`gates.sure`): their reading of the context is then
    # likelier wrong ("my foot doesn't come up properly" read as denied); nor, of a sign going
    # on, to their reading of it as another grown-up's, whom the writer asks for (two people
    # in one message: "mine went in 10 days, his has been 3 months and it's worse")
    sure = bool(gates.sure) and seen.chance >= (
        gates.denied_sure if gates.denied_sure and _all_denied(gates, seen, contexts, signs)
        else gates.sure)
    for flag, properties, experiencer in found:
        if flag != seen.flag and not gates.any_flag:
            continue
        if (properties & gates.calmed and not (sure and experiencer == OWN
                                               and not properties
                                               & gates.final.get(flag, frozenset()))) or (
                gates.others and experiencer in NOT_THE_WRITERS and not writers
                and not (sure and experiencer == ADULT)):
            return False
    return True


def _denied_only(gates: Gates, seen: Opinion,
                 contexts: Iterable[tuple[str, str, frozenset[str]]] | None,
                 signs: Mapping[str, frozenset[str]] | None) -> bool:
    """For a flag of `gates.unsaid` whose own concepts are not asked for (`own_signs`):
    whether the message names some of them of a person, each only as `unsaid` says (denied):
    "I don't have a car and can't get there" names a vehicle, denied, and nothing else of an
    emergency. A message that names none of them is left to `about`; all but certain
    (`sure`), the rules' reading of the context is likelier wrong."""
    unsaid = gates.unsaid.get(seen.flag)
    if (not unsaid or seen.flag in gates.own_signs or gates.about == "own" or contexts is None
            or signs is None or (gates.sure and seen.chance >= gates.sure)):
        return False
    wanted = _wanted(gates, seen.flag, signs.get(seen.flag, frozenset()))
    named = [properties for c, who, properties in contexts
             if who not in NOT_A_PERSON and c in wanted]
    return bool(named) and all(properties & unsaid for properties in named)


def _all_denied(gates: Gates, seen: Opinion,
                contexts: Iterable[tuple[str, str, frozenset[str]]] | None,
                signs: Mapping[str, frozenset[str]] | None) -> bool:
    """Whether every concept of the flag's own sign the message names of a person the rules
    read as denied (`gates.quiet`), somewhere: a list of denials ("denies perianal numbness,
    urinary hesitancy, bowel incontinence or weakness in both legs") names a sign's words and
    tells none of it, which the model cannot read; `gates.denied_sure` is then its bar to
    override the rules. One concept of the sign told going on and never denied is enough to
    keep `sure` ("pain is both legs now", "it feels floppy, never had weak ankles")."""
    if contexts is None or signs is None or not gates.quiet:
        return False
    own = _wanted(gates, seen.flag, signs.get(seen.flag, frozenset()))
    named = [(c, properties) for c, who, properties in contexts
             if who not in NOT_A_PERSON and c in own]
    denied = {c for c, properties in named if properties & gates.quiet}
    return bool(denied) and all(c in denied for c, _ in named)


def calmed_flags(gates: Gates, found: Iterable[tuple[str, frozenset[str], str]]
                 ) -> frozenset[str]:
    """The flags whose sign the rules read (flag id, context properties, whose) as denied
    (a property of `gates.quiet`): the chance the model gives them is no sign (`judged`).
    Not a sign over, explained or figurative: the model's chance for a neighbouring flag is
    then often the same sign told ("knocked off my bike this morning ... I'm home now": a
    general emergency over, a serious illness going on)."""
    return frozenset(flag for flag, properties, _ in found if properties & gates.quiet)


def _wanted(gates: Gates, flag: str, concepts: frozenset[str]) -> frozenset[str]:
    """Of `concepts`, those that tell `flag`'s sign: never a place, a time, a course or one
    of the flag's topics; its `evidence` besides."""
    return (concepts - gates.not_signs() - gates.topics.get(flag, frozenset())) \
        | gates.evidence.get(flag, frozenset())


def adds_beside(model: LearnedModel, seen: Opinion) -> bool:
    """Whether `seen` (judged with the rules' warned flags set aside) may be added beside
    their warnings: a flag of `gates.beside` to which the model itself gives a real share of
    the chance (`gates.beside_share`). With one sign set aside the rest is renormalised, and
    what is left of a sign the model is sure of may go to a neighbouring flag ("can't walk
    the dog any more, two months now" is persistent pain 0.99, weakness 0.004): a second
    sign is one the model reads of its own."""
    gates = model.gates
    return seen.flag in gates.beside and seen.flag_chance >= gates.beside_share


def reasons(model: LearnedModel, text: str, flag: str, limit: int = 12
            ) -> list[tuple[str, str, float]]:
    """The n-grams that weighed most for `flag` against `none` in this message: (kind,
    n-gram, weight), heaviest first either way. For an editor asking why it warned."""
    k = model.classes.index(flag)
    n = model.classes.index(model.none)
    found = []
    for features in model.features:
        for gram, value in tfidf_vector(features, text).items():
            weights = features.terms[gram][1]
            if weights is not None:
                found.append((features.analyzer, gram, value * (weights[k] - weights[n])))
    found.sort(key=lambda f: (-abs(f[2]), f[0], f[1]))
    return found[:limit]
