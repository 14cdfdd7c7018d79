"""The learned second opinion's measurement (bot/maintainers/learned.py): generic features,
a naive Bayes that learns what it is shown and nothing else, folds that never see the set
they score, and a combination that only ever adds a warning. Made-up words throughout: the
module is about the method, not about any sign."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.answers import Answer
from bot.knowledge import RedFlag
from bot.maintainers.learned import (
    Corpus,
    Fold,
    NaiveBayes,
    QuestionFold,
    Tally,
    features,
    leave_one_set_out,
    main,
    meets_bar,
    most_alarms_added,
    pooled,
    second_opinion,
)
from bot.maintainers.stress import NONE, StressCase

FLAGS = [
    RedFlag(id="zorp-sign", level="emergency", title="Zorp", signs=(), advice="",
            questions=(), sources=()),
    RedFlag(id="blim-sign", level="soon", title="Blim", signs=(), advice="", questions=(),
            sources=()),
]
BY_ID = {f.id: f for f in FLAGS}
CALM = Answer("faq", "x", 1.0, "", "")


def _case(message: str, flag: str = NONE) -> StressCase:
    return StressCase(message, flag, "", 1)


def _rules_never(message: str) -> Answer:
    return CALM


def test_features_are_generic_and_survive_a_typo() -> None:
    plain, slipped = features("the quindle wobbles badly"), features("the quindel wobbles badly")
    assert "w:wobbl" in plain and "b:the_quindl" in plain
    assert len(plain & slipped) > len(plain) / 2  # the character n-grams still meet
    assert features("") == frozenset()


def test_naive_bayes_learns_what_it_is_shown() -> None:
    messages = [features(m) for m in ["my quindle wobbles", "quindle wobbles again",
                                      "the weather is nice", "nice weather today",
                                      "a blim for weeks", "still a blim for weeks"]]
    labels = ["zorp-sign", "zorp-sign", NONE, NONE, "blim-sign", "blim-sign"]
    model = NaiveBayes.fit(messages, labels, min_count=1)
    assert model.classes[0] == NONE
    (sign, score), (_, calm_score) = model.opinions(
        [features("quindle wobbles"), features("nice weather")])
    assert sign == "zorp-sign" and score > 0.8
    assert calm_score < 0.5
    p = model.posteriors([features("nothing known here at all")])
    assert p.shape == (1, 3) and abs(float(p.sum()) - 1.0) < 1e-9


def test_naive_bayes_refuses_mismatched_or_empty_training() -> None:
    with pytest.raises(ValueError):
        NaiveBayes.fit([], [])
    with pytest.raises(ValueError):
        NaiveBayes.fit([features("a b")], [NONE, NONE])


def test_a_model_that_knows_no_sign_has_no_opinion() -> None:
    model = NaiveBayes.fit([features("nice weather"), features("nice day")], [NONE, NONE])
    assert model.opinions([features("nice weather")]) == [(NONE, 0.0)]


def test_the_second_opinion_only_adds_a_warning() -> None:
    warning = Answer("urgent", "blim-sign", 1.0, "Blim", "", level="soon")
    assert second_opinion(warning, ("zorp-sign", 0.99), 0.5, BY_ID) is warning
    assert second_opinion(CALM, ("zorp-sign", 0.4), 0.5, BY_ID) is CALM
    assert second_opinion(CALM, (NONE, 1.0), 0.5, BY_ID) is CALM
    added = second_opinion(CALM, ("zorp-sign", 0.6), 0.5, BY_ID)
    assert (added.kind, added.id, added.level) == ("urgent", "zorp-sign", "emergency")


def _writers() -> dict[str, list[StressCase]]:
    """Three writers, each with a word of their own for the sign, and a fourth who shares
    the first one's word."""
    sets = {
        name: [_case(f"my {word} wobbles", "zorp-sign"),
               _case(f"my {word} wobbles again", "zorp-sign"),
               _case("nice weather today"), _case("a nice day out")]
        for name, word in (("one", "quindle"), ("two", "frabble"), ("three", "snorkid"))
    }
    sets["four"] = [_case("my quindle wobbles", "zorp-sign"), _case("nice weather")]
    return sets


def test_a_fold_never_learns_from_the_set_it_scores() -> None:
    folds, asked = leave_one_set_out(_writers(), {}, _rules_never, FLAGS, thresholds=(0.9,))
    by_name = {f.name: f for f in folds}
    assert asked == []
    assert by_name["four"].model[0.9].caught == 1  # set one taught "quindle"
    rules, model, both = pooled(folds, 0.9)
    assert rules.caught == 0 and rules.flagged == model.flagged == both.flagged == 7
    assert both.caught >= model.caught  # rules OR model: never fewer than the model alone
    assert by_name["four"].rules.calm == 1


def test_a_fold_is_the_model_trained_without_its_set() -> None:
    # The whole less one set's counts is the same model as one trained on the rest.
    sets = {name: [(c.message, c.flag) for c in cases] for name, cases in _writers().items()}
    sets["asked"] = [("is the weather nice", NONE), ("my quindle wobbles, is it bad", None)]
    corpus = Corpus.of(sets)
    for kind in ("nb", "cnb"):
        for held in sets:
            rest = [(m, label) for name, rows in sets.items() if name != held
                    for m, label in rows if label is not None]
            alone = NaiveBayes.fit([features(m) for m, _ in rest], [lab for _, lab in rest],
                                   kind=kind)
            expected = alone.opinions([features(m) for m, _ in sets[held]])
            for (sign, p), (sign_alone, p_alone) in zip(corpus.opinions(held, kind), expected,
                                                         strict=True):
                assert sign == sign_alone and p == pytest.approx(p_alone), (kind, held)


def test_question_sets_are_held_out_in_turn_and_their_ordinary_messages_learnt() -> None:
    triage = {"s": [_case("my quindle wobbles", "zorp-sign"),
                    _case("the quindle wobbles", "zorp-sign"), _case("nice weather")]}
    questions = {"q1": [("quindle wobbles", False), ("quindle wobbles badly", True)],
                 "q2": [("quindle wobbles", False), ("quindle wobbles", False),
                        ("quindle wobbles", False)]}
    _, alone = leave_one_set_out(triage, questions, _rules_never, FLAGS, (0.5,),
                                 learn_questions=False)
    q1 = alone[0]
    assert (q1.name, q1.ordinary) == ("q1", 1)
    assert q1.false_urgent[0.5] == ["quindle wobbles"] and q1.urgent_added[0.5] == 1
    # Learnt as ordinary from q2 (never from q1 itself), the same words no longer alarm in q1.
    _, learnt = leave_one_set_out(triage, questions, _rules_never, FLAGS, (0.5,))
    assert learnt[0].false_urgent[0.5] == []

    def rules_warn(message: str) -> Answer:  # what the rules already warn on is not added
        return Answer("urgent", "zorp-sign", 1.0, "", "", level="emergency")

    _, warned_already = leave_one_set_out(triage, questions, rules_warn, FLAGS, (0.5,),
                                          learn_questions=False)
    assert warned_already[0].false_urgent[0.5] == [] and warned_already[0].urgent_added[0.5] == 0


def test_complement_naive_bayes_learns_too_and_an_unknown_model_is_refused() -> None:
    messages = [features(m) for m in ["my quindle wobbles", "quindle wobbles again",
                                      "the weather is nice", "nice weather today",
                                      "a blim for weeks", "still a blim for weeks"]]
    labels = ["zorp-sign", "zorp-sign", NONE, NONE, "blim-sign", "blim-sign"]
    model = NaiveBayes.fit(messages, labels, min_count=1, kind="cnb")
    assert model.opinions([features("quindle wobbles")])[0][0] == "zorp-sign"
    assert model.posteriors([features("nice weather")]).argmax() == 0
    with pytest.raises(ValueError):
        NaiveBayes.fit(messages, labels, kind="svm")


def _fold(name: str, rules: Tally, both: Tally) -> Fold:
    return Fold(name, rules, {0.9: Tally()}, {0.9: both})


def test_the_bar_needs_recall_few_alarms_and_no_ordinary_question_warned() -> None:
    rules = Tally(flagged=100, caught=90, calm=100, alarms=10)
    gained = _fold("a", rules, Tally(flagged=100, caught=92, calm=100, alarms=10))
    calm = [QuestionFold("q", 10, {0.9: []}, {0.9: 0})]
    assert meets_bar([gained], calm, 0.9)
    assert not meets_bar([], calm, 0.9)
    wide = Tally(flagged=1000, caught=900, calm=1000, alarms=100)
    short = _fold("a", wide, Tally(flagged=1000, caught=909, calm=1000, alarms=100))
    assert not meets_bar([short], calm, 0.9)  # +0.9 points of recall
    noisy = _fold("a", rules, Tally(flagged=100, caught=95, calm=100, alarms=11))
    assert not meets_bar([noisy], calm, 0.9)
    three = _fold("a", wide, Tally(flagged=1000, caught=920, calm=1000, alarms=103))
    assert not meets_bar([three], calm, 0.9)  # +0.3 pooled, but +3 alarms on one set
    two = _fold("a", wide, Tally(flagged=1000, caught=920, calm=1000, alarms=102))
    assert meets_bar([two], calm, 0.9)
    warned_one = [QuestionFold("q", 10, {0.9: ["hello"]}, {0.9: 0})]
    assert not meets_bar([gained], warned_one, 0.9)
    assert most_alarms_added([gained, noisy], 0.9) == (1, "a")
    assert most_alarms_added([], 0.9) == most_alarms_added([gained], 0.9) == (0, "")


def test_main_needs_a_triage_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    questions = tmp_path / "q.tsv"
    questions.write_text("hello there\tchitchat\t-\tplain\n", encoding="utf-8")
    assert main([str(questions)]) == 1
    assert "no triage set" in capsys.readouterr().err


def test_main_reports_every_fold_and_the_bar(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for name, word in (("triage_one.tsv", "quindle"), ("triage_two.tsv", "quindle")):
        (tmp_path / name).write_text(
            f"my {word} is wobbling\tcauda-equina\tx\nlovely weather\tnone\tx\n",
            encoding="utf-8")
    (tmp_path / "asked.tsv").write_text("hello there\tchitchat\t-\tplain\n", encoding="utf-8")
    assert main([*(str(p) for p in sorted(tmp_path.iterdir())), "--thresholds", "0.9",
                 "--newest", "triage_two.tsv"]) == 0
    out = capsys.readouterr().out
    assert "over 2 triage and 1 question sets" in out
    assert "triage_one.tsv" in out and "asked.tsv" in out
    assert "pooled, newest (triage_two.tsv, 1 sets)" in out and "bar " in out
