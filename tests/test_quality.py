"""Answer quality on five labelled sets written blind to the knowledge base's phrasings
(holdout2 in the voices of five very different writers, holdout3 mostly short messages,
holdout4 as from a real deployment: follow-ups, voice-to-text, many Englishes).

The thresholds sit a little below today's figures so that a change which makes the bot
worse fails here, while ordinary rewording of the knowledge base does not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.maintainers.evaluate import evaluate, read_cases

DATA = Path(__file__).parent / "data"
SETS = ["holdout.tsv", "holdout2.tsv", "holdout3.tsv", "holdout4.tsv", "holdout5.tsv"]


@pytest.fixture(scope="module", params=SETS)
def report(ask, request):
    return evaluate(read_cases(DATA / request.param), ask)


def test_every_red_flag_is_caught(report):
    missed = [c.message for c, a in report.misses if "urgent" in c.kinds and a.kind != "urgent"]
    assert missed == []


def test_few_false_alarms(report):
    assert report.metrics["false_urgent"] <= 0.02


def test_in_domain_questions_get_the_right_answer(report):
    assert report.metrics["in_domain_top1"] >= 0.85
    assert report.metrics["in_domain_recovered"] >= 0.88


def test_outside_topics_are_declined(report):
    assert report.metrics["oos_rejected"] >= 0.85


@pytest.mark.parametrize("name", SETS)
def test_holdout_is_well_formed(name):
    cases = read_cases(DATA / name)
    assert len(cases) > 200
    assert {k for c in cases for k in c.kinds} <= {
        "urgent", "faq", "exercise", "routine", "redflags", "chitchat", "fallback"
    }
