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


# Issue 8's blind sets (read once, first read in the README): 200 real public questions on
# sciatica, discs, stenosis and back surgery (sources in real_questions_SOURCES.md), and 230
# off-topic messages full of the knowledge base's words. Kinds may be alternatives ("faq|
# fallback"); `acceptable` counts a fitting "did you mean" and a decline where one is allowed.

@pytest.fixture(scope="module")
def real_questions(ask):
    return evaluate(read_cases(DATA / "real_questions.tsv"), ask)


@pytest.fixture(scope="module")
def offtopic(ask):
    return evaluate(read_cases(DATA / "offtopic.tsv"), ask)


def test_real_questions_get_an_acceptable_reply(real_questions):
    # Most of the rest are "see a doctor soon" warnings from triage on long-lasting pain.
    assert real_questions.metrics["acceptable"] >= 0.58


def test_real_questions_on_covered_topics_are_rarely_declined(real_questions):
    assert real_questions.counts["declined_covered"] <= 10


def test_offtopic_messages_full_of_our_words_are_declined(offtopic):
    assert offtopic.metrics["oos_rejected"] >= 0.90
    urgent = [c.message for c, a in offtopic.misses if a.kind == "urgent"]
    assert len(urgent) <= 5, urgent


@pytest.mark.parametrize("name", ["real_questions.tsv", "offtopic.tsv"])
def test_issue_8_sets_are_well_formed(name):
    cases = read_cases(DATA / name)
    assert len(cases) >= 200
    assert {k for c in cases for k in c.kinds} <= {
        "urgent", "faq", "exercise", "routine", "redflags", "chitchat", "fallback"
    }
