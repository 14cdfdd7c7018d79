"""The learned second reader of triage: its pure-Python scores are scikit-learn's, the
committed model is the one the corpus makes, and a broken model file is an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.engine.learned import char_wb_ngrams, probabilities, word_ngrams
from bot.knowledge import DEFAULT_DIR, KnowledgeError, load
from bot.knowledge.fields import Collector
from bot.knowledge.learned import model_from_data
from bot.maintainers import learn


@pytest.fixture(scope="module")
def settings() -> learn.Settings:
    return learn.Settings.read()[0]


@pytest.fixture(scope="module")
def examples(kb) -> list[learn.Example]:
    return learn.read_corpus([f.id for f in kb.redflags.flags])


def test_the_analyzers_cut_text_as_scikit_learn_does():
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = ["Can't  PEE since\tTuesday!! numb 'down there' 🦵 a b", "I", "", "naïve café x2",
             "word  word   word", "ok\n\nthen"]
    for text in texts:
        words = TfidfVectorizer(ngram_range=(1, 2)).build_analyzer()(text)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()(text)
        assert word_ngrams(text, (1, 2)) == words
        assert char_wb_ngrams(text, (3, 5)) == chars


def test_scores_equal_scikit_learns_predict_proba(settings, examples):
    """Fitted on a few sets and exported without pruning, the pure-Python scorer gives
    scikit-learn's probabilities to 1e-9 on messages from other sets (unknown n-grams,
    long and short messages, every class)."""
    pytest.importorskip("sklearn")
    taught = {"triage_cx.tsv", "triage_da.tsv", "triage_emergencies.tsv", "offtopic.tsv",
              "triage_stress.tsv", "holdout20.tsv"}
    train = [e for e in examples if e.file in taught]
    vectorizer, model = learn.fit(train, settings)
    data, _ = learn.export(vectorizer, model, [e.text for e in train], settings, "test",
                           prune=False)
    out = Collector(Path("."))
    flags = {c for c in data["classes"] if c != "none"}
    exported = model_from_data(out, "test.json", json.loads(learn.dump(data)), 0.5, flags)
    assert exported is not None, out.problems
    unseen = [e.text for e in examples if e.file not in taught][::97][:300]
    assert len(unseen) == 300
    expected = model.predict_proba(vectorizer.transform(unseen))
    for text, row in zip(unseen, expected, strict=True):
        got = probabilities(exported, text)
        for k, cls in enumerate(model.classes_):
            assert abs(got[cls] - row[k]) < 1e-9, (text, cls, got[cls], row[k])


def test_the_bot_loads_the_model_it_reads_with(kb):
    """The engine reads with it, so the bot loads it; tools ask for the rules alone."""
    assert kb.learned is not None
    assert load(DEFAULT_DIR, learned=False).learned is None


def test_the_committed_model_is_the_one_the_corpus_makes(settings):
    kb = load(DEFAULT_DIR, learned=True)
    """Any change to a set in tests/data (a new probe set too) or to the training settings
    makes the model stale."""
    assert kb.learned is not None
    assert kb.learned.fingerprint == learn.fingerprint(settings), (
        "knowledge/learned.json was trained on other data than tests/data holds now: "
        "run `make model` and commit knowledge/learned.json")


def test_a_missing_model_file_stops_start_up_naming_it(knowledge_copy):
    """A bot quietly without its second reader would miss what it is there to catch."""
    (knowledge_copy / "learned.json").unlink()
    with pytest.raises(KnowledgeError) as raised:
        load(knowledge_copy)
    problem = raised.value.problems[0]
    assert problem.file.endswith("learned.yaml") and problem.field == "model"
    assert "learned.json" in problem.message and "make model" in problem.message


def test_without_learned_yaml_the_rules_read_alone(knowledge_copy):
    (knowledge_copy / "learned.yaml").unlink()
    assert load(knowledge_copy).learned is None


@pytest.mark.parametrize(("text", "field"), [
    ("levels:\n  someday: 0.9\n", "levels.someday"),
    ("flags:\n  back-ache: 0.9\n", "flags.back-ache"),
    ("flags:\n  distress: 1.5\n", "flags.distress"),
    ("gates:\n  calmed: [sarcastic]\n", "gates.calmed"),
    ("gates:\n  others: maybe\n", "gates.others"),
    ("gates:\n  about: body\n", "gates.about"),
    ("gates:\n  own_signs: distress\n", "gates.own_signs"),
    ("gates:\n  places: foot_part\n", "gates.places"),
])
def test_a_wrong_bar_or_gate_stops_start_up_naming_it(knowledge_copy, text, field):
    path = knowledge_copy / "learned.yaml"
    kept = [block for block in path.read_text(encoding="utf-8").split("\n\n")
            if not block.startswith(("levels:", "flags:", "gates:", "# A higher", "# When"))]
    path.write_text("\n\n".join([*kept, text]), encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load(knowledge_copy)
    assert any(p.field == field for p in raised.value.problems), raised.value.problems


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.pop("classes"), "classes"),
    (lambda d: d.update(intercepts=[1.0]), "intercepts"),
    (lambda d: d["features"][1]["weights"].append([0, 1]), "features[1].weights"),
    (lambda d: d["features"][0].update(analyzer="sentence"), "features[0].analyzer"),
    (lambda d: d.update(classes=["none", "back-ache", *d["classes"][2:]]), "classes"),
])
def test_a_broken_model_file_stops_start_up_naming_the_field(knowledge_copy, change, field):
    path = knowledge_copy / "learned.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load(knowledge_copy, learned=True)
    problem = raised.value.problems[0]
    assert problem.file.endswith("learned.json") and problem.field.startswith(field)
    assert "make model" in problem.message


def test_a_model_file_that_is_not_json_stops_start_up(knowledge_copy):
    (knowledge_copy / "learned.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"learned\.json.*make model"):
        load(knowledge_copy, learned=True)


def test_the_threshold_is_a_probability(knowledge_copy):
    path = knowledge_copy / "learned.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("threshold: 0.", "threshold: 8"),
                    encoding="utf-8")
    with pytest.raises(KnowledgeError, match="threshold"):
        load(knowledge_copy, learned=True)


def test_the_same_model_file_is_parsed_once(knowledge_copy):
    """A copy of the knowledge (every broken-file test makes one) does not parse the 4 MB
    model again, but a changed file is read afresh."""
    first, again = load(DEFAULT_DIR).learned, load(knowledge_copy).learned
    assert first is not None and again is not None
    assert again.features is first.features and again.file.startswith(str(knowledge_copy))
    path = knowledge_copy / "learned.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["intercepts"] = [v + 1 for v in data["intercepts"]]
    path.write_text(json.dumps(data), encoding="utf-8")
    changed = load(knowledge_copy).learned
    assert changed is not None and changed.intercepts != first.intercepts


def test_the_churn_count_reads_the_latest_batch_and_the_focused_tests():
    """`learn_flips` counts what a refit moves over the corpus and the focused tests'
    messages, less the batch left out: it must find both (a cheap check; the fits are not)."""
    from triage_asserts import LEARNED_ALARMS

    from bot.maintainers import learn_flips

    latest = learn_flips.latest_batch()
    assert latest and all(name.endswith(".tsv") for name in latest)
    assert all((learn.CORPUS / name).is_file() for name in latest)
    texts = set(learn_flips.focused())
    assert {m for m in LEARNED_ALARMS if len(m.split()) >= 6} <= texts


def test_a_place_is_no_sign_of_a_flag_whose_own_concepts_are_asked_for(kb):
    """A sign is what the body does or feels: a foot named where the pain goes is no sign of
    weakness, a foot that drops is. Where any flag's concepts will do, a place is none either
    (learned28): it says where, whatever the flag."""
    import dataclasses

    from bot.engine.learned import Opinion, speaks

    assert kb.learned is not None
    gates = dataclasses.replace(kb.learned.gates, own_signs=frozenset({"progressive-weakness"}),
                                places=frozenset({"foot_part"}))
    model = dataclasses.replace(kb.learned, gates=gates)
    seen = Opinion("progressive-weakness", 0.97, 0.9, 8)
    signs = {"progressive-weakness": frozenset({"foot_part", "giving_way"}),
             "serious-illness-signs": frozenset({"back_problem"})}
    assert not speaks(model, seen, [], told=[("foot_part", "patient")], signs=signs)
    assert speaks(model, seen, [], told=[("foot_part", "patient"), ("giving_way", "patient")],
                  signs=signs)
    anyone = dataclasses.replace(model, gates=dataclasses.replace(gates, own_signs=frozenset()))
    assert not speaks(anyone, seen, [], told=[("foot_part", "patient")],
                      signs={"progressive-weakness": frozenset({"foot_part"})})
    assert speaks(anyone, seen, [], told=[("foot_part", "patient"), ("giving_way", "patient")],
                  signs=signs)


def test_every_place_is_a_concept_of_the_rules(kb):
    """A misspelt place in learned.yaml would silently name nothing."""
    assert kb.learned is not None and kb.learned.gates.places
    assert kb.learned.gates.places <= set(kb.triage.concepts)


def test_every_concept_a_gate_names_is_one_the_rules_read(kb):
    """Times, courses, topics and evidence name triage.yaml concepts (or how the numbers
    go), each flag by its id: a misspelt name would silently let a warning through or stop
    a catch."""
    from bot.engine.learned import FALLING, RISING

    assert kb.learned is not None
    gates = kb.learned.gates
    known = set(kb.triage.concepts)
    assert gates.times and gates.courses and gates.topics and gates.evidence
    assert gates.times | gates.courses <= known
    flags = {f.id for f in kb.redflags.flags}
    for by_flag in (gates.topics, gates.evidence, gates.with_course):
        assert set(by_flag) <= flags
        assert all(names <= known | {FALLING, RISING} for names in by_flag.values())


@pytest.mark.parametrize(("text", "moves"), [
    ("tiptoe raises on the left: 14 -> 9 -> 5 -> 2 this month", {"numbers_fall"}),
    ("stairs I can climb: sat 12, mon 7, today 3", {"numbers_fall"}),
    ("my grip score went from 40 to 25", {"numbers_fall"}),
    ("pain 3/10 in june, 5/10 in august, 7/10 this week", {"numbers_rise"}),
    ("told it settles in 4 to 6 weeks", set()),  # a range
    ("seen on 12/05, again 02/06", set()),  # dates
    ("awake from 02:30 to 01:15 most nights", set()),  # times
    ("i am 62 and have had it since i was 40", set()),  # too far apart
    ("pain 8/10 this morning, 5/10 now", set()),  # two, not joined
    ("it was a 3 out of 10 at the start and these days it's a 7", {"numbers_rise"}),
    ("pain 2/10 in spring, 6/10 by autumn", {"numbers_rise"}),
    ("pain 4/10 and I've had it 9 weeks", set()),  # a score, then a count
    ("pain 6/10 back then, now it's a 3", set()),  # a score that falls
])
def test_numbers_that_fall_or_rise_are_read_near_each_other(text, moves):
    """A weakening leg is often told by its scores and counts, a pain that builds by its
    scores: three numbers or more one way, two that fall joined by "to" or an arrow, or a
    score out of ten and a higher one said as a score; never a range, a date, a time, a
    count after a score or numbers far apart."""
    from bot.engine.learned import numbers_move

    assert numbers_move(text, frozenset({"to", "->", "then"})) == moves


def test_a_time_a_course_or_a_topic_is_no_sign(kb):
    """The learned reader needs a sign told: a time of day, how a pain goes or what the
    message is about (the back, how long) is none, a flag's `evidence` (numbers that fall)
    counts as one of its own, and a sign of `with_course` only beside a course."""
    import dataclasses

    from bot.engine.learned import Opinion, speaks

    assert kb.learned is not None
    gates = dataclasses.replace(
        kb.learned.gates, own_signs=frozenset({"progressive-weakness"}), about="any",
        times=frozenset({"night"}), courses=frozenset({"worsening"}),
        topics={"serious-illness-signs": frozenset({"back_hurts"})},
        evidence={"progressive-weakness": frozenset({"numbers_fall"})})
    model = dataclasses.replace(kb.learned, gates=gates)
    signs = {"progressive-weakness": frozenset({"worsening", "giving_way"}),
             "serious-illness-signs": frozenset({"night", "back_hurts", "fever"})}
    weak = Opinion("progressive-weakness", 0.97, 0.9, 8)
    assert not speaks(model, weak, [], told=[("worsening", "patient")], signs=signs)
    assert speaks(model, weak, [], told=[("giving_way", "patient")], signs=signs)
    falling = dataclasses.replace(weak, numbers=frozenset({"numbers_fall"}))
    assert speaks(model, falling, [], told=[("worsening", "patient")], signs=signs)
    coursed = dataclasses.replace(model, gates=dataclasses.replace(
        gates, with_course={"progressive-weakness": frozenset({"giving_way"})}))
    assert not speaks(coursed, weak, [], told=[("giving_way", "patient")], signs=signs)
    assert speaks(coursed, weak, [], told=[("giving_way", "patient"), ("worsening", "patient")],
                  signs=signs)
    ill = Opinion("serious-illness-signs", 0.97, 0.9, 8)
    assert not speaks(model, ill, [], told=[("night", "patient"), ("back_hurts", "patient")],
                      signs=signs)
    assert speaks(model, ill, [], told=[("back_hurts", "patient"), ("fever", "patient")],
                  signs=signs)
