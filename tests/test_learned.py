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
    NaiveBayes,
    added_false_urgent,
    features,
    leave_one_set_out,
    main,
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


def test_a_fold_never_learns_from_the_set_it_scores() -> None:
    # Each writer has a word of their own for the sign: held out, nobody else taught it.
    sets = {
        name: [_case(f"my {word} wobbles", "zorp-sign"), _case(f"my {word} wobbles again",
                                                               "zorp-sign"),
               _case("nice weather today"), _case("a nice day out")]
        for name, word in (("one", "quindle"), ("two", "frabble"), ("three", "snorkid"))
    }
    sets["four"] = [_case("my quindle wobbles", "zorp-sign"), _case("nice weather")]
    folds = leave_one_set_out(sets, _rules_never, FLAGS, thresholds=(0.9,))
    by_name = {f.name: f for f in folds}
    assert by_name["four"].model[0.9].caught == 1  # set one taught "quindle"
    rules, model, both = pooled(folds, 0.9)
    assert rules.caught == 0 and rules.flagged == model.flagged == both.flagged == 7
    assert both.caught >= model.caught  # rules OR model: never fewer than the model alone
    assert by_name["four"].rules.calm == 1


def test_ordinary_questions_the_rules_leave_calm_are_counted_when_the_model_alarms() -> None:
    triage = {"s": [_case("my quindle wobbles", "zorp-sign"),
                    _case("the quindle wobbles", "zorp-sign"), _case("nice weather")]}
    questions = {"q1": [("quindle wobbles", False), ("quindle wobbles badly", True)],
                 "q2": [("nice weather", False)]}
    added = added_false_urgent(triage, questions, _rules_never, thresholds=(0.5,),
                               learn_calm=False)
    false, true, seen = added[0.5]
    assert (false, true) == (1, 1) and seen == ["q1: quindle wobbles"]

    def rules_warn(message: str) -> Answer:  # what the rules already warn on is not added
        return Answer("urgent", "zorp-sign", 1.0, "", "", level="emergency")

    assert added_false_urgent(triage, questions, rules_warn, (0.5,))[0.5][:2] == (0, 0)


def test_main_needs_a_triage_set(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    questions = tmp_path / "q.tsv"
    questions.write_text("hello there\tchitchat\t-\tplain\n", encoding="utf-8")
    assert main([str(questions)]) == 1
    assert "no triage set" in capsys.readouterr().err
