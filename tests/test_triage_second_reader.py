"""The learned second reader in the engine: it warns only where the rules warn of nothing,
never softens nor replaces a warning of theirs, keeps quiet on a sign the rules read and
calmed for a reason its gates respect, says in the findings that it spoke and how sure it
was, and costs little time. A model made sure of one flag whatever the message says shows
the wiring apart from what the real model happens to think of any message."""

from __future__ import annotations

import dataclasses
import time
from datetime import date

import pytest

from bot.engine import answer
from bot.engine.learned import opinion
from bot.engine.render import flag_advice
from bot.knowledge import Knowledge

TODAY = date(2026, 11, 25)


def _sure_of(kb: Knowledge, flag: str) -> Knowledge:
    """The shipped knowledge with a model whose every opinion is `flag`, all but certain."""
    model = kb.learned
    assert model is not None
    intercepts = tuple(100.0 if c == flag else -100.0 if c == model.none else 0.0
                       for c in model.classes)
    return dataclasses.replace(kb, learned=dataclasses.replace(model, intercepts=intercepts))


@pytest.fixture(scope="module")
def sure_soon(kb: Knowledge) -> Knowledge:
    return _sure_of(kb, "persistent-pain")


@pytest.fixture(scope="module")
def sure_emergency(kb: Knowledge) -> Knowledge:
    return _sure_of(kb, "cauda-equina")


def test_it_warns_where_the_rules_warn_of_nothing_as_the_rules_warn(kb, sure_soon):
    message = "which stretch is best for my lower back?"
    rules = answer(dataclasses.replace(kb, learned=None), message, today=TODAY)
    assert rules.kind != "urgent"
    a = answer(sure_soon, message, today=TODAY)
    assert (a.kind, a.id, a.level) == ("urgent", "persistent-pain", "soon")
    flag = sure_soon.flag("persistent-pain")
    assert flag is not None and a.title == flag.title
    advice = a.text.index(flag_advice(sure_soon, flag))
    assert a.text.index(rules.text) > advice  # then the answer the rules would give
    [finding] = [f for f in a.to_json()["findings"] if f["source"] == "learned"]
    assert finding["flag"] == "persistent-pain" and finding["reply"] == "warn"
    assert finding["chance"] == pytest.approx(1.0)


def test_it_never_adds_to_nor_softens_a_warning_of_the_rules(kb, sure_soon, sure_emergency):
    emergency = "I can't feel anything when I wipe and I wet myself this morning"
    rules = answer(dataclasses.replace(kb, learned=None), emergency, today=TODAY)
    assert rules.level == "emergency"
    for sure in (sure_soon, sure_emergency):
        a = answer(sure, emergency, today=TODAY)
        assert (a.id, a.level, a.text) == (rules.id, rules.level, rules.text)
        assert all(f["source"] == "rules" for f in a.to_json()["findings"])


def test_it_keeps_quiet_on_a_sign_the_rules_read_and_calmed(kb, sure_emergency):
    """Denied, asked about, someone else's: the rules can read that and it cannot (below
    `gates.sure`, the chance from which it no longer yields to them: learned31)."""
    model = sure_emergency.learned
    assert model is not None
    gates = dataclasses.replace(model.gates, sure=0.0)
    yielding = dataclasses.replace(sure_emergency,
                                   learned=dataclasses.replace(model, gates=gates))
    for message in ("no numbness down there at all, just the usual ache",
                    "what does it mean if you can't feel your saddle area?",
                    "my uncle lost control of his bladder after his back op years ago"):
        a = answer(yielding, message, today=TODAY)
        assert a.kind != "urgent", message
        assert any(f["flag"] == "cauda-equina" and f["source"] == "rules"
                   for f in a.to_json()["findings"]), message


def test_the_real_model_adds_little_time(kb):
    """Scored only where the rules warn of nothing, in pure Python: a message of a few
    lines is read in a few milliseconds (the best of five, on a shared machine)."""
    message = ("been off work three weeks with this leg pain, the physio exercises help a "
               "bit and I walk every day but sitting is awful, what else can I try? ") * 4
    assert kb.learned is not None
    took = []
    for _ in range(5):
        started = time.perf_counter()
        opinion(kb.learned, message)
        took.append(time.perf_counter() - started)
    assert min(took) < 0.02, took


def test_it_leaves_a_counted_short_or_improving_time_to_the_rules(kb, sure_soon):
    """Pain that lasts is a count, and the rules can count: a time short of the bar, or pain
    getting better, is theirs to judge whatever the words sound like."""
    for message in ("three weeks of this sciatica now and the physio exercises help a bit",
                    "nine weeks since it started and it is easing off nicely every day"):
        a = answer(sure_soon, message, today=TODAY)
        assert a.kind != "urgent", message


def test_a_message_of_a_few_words_is_the_rules_alone(kb, sure_emergency):
    """A few words give the model no context to be sure of anything ("my back hurts")."""
    assert kb.learned is not None and kb.learned.gates.min_words > 3
    a = answer(sure_emergency, "my back hurts", today=TODAY)
    assert a.kind != "urgent"


def test_it_needs_the_message_to_name_a_sign_of_a_person(kb, sure_emergency):
    """Sure of a sign in a message that names no concept of one, or only an animal's, it
    reads words, not a body (learned.yaml `about`)."""
    assert kb.learned is not None and kb.learned.gates.about == "any"
    for message in ("my pony's saddle doesn't fit and he seems sore",
                    "the dishwasher has been making a funny noise all week"):
        a = answer(sure_emergency, message, today=TODAY)
        assert a.kind != "urgent", message
    # cauda equina asks for a concept of its own (learned28): back pain is none; a flag that
    # any flag's concepts will do for warns
    a = answer(sure_emergency, "which stretch is best for my lower back?", today=TODAY)
    assert a.kind != "urgent"
    sure_any = _sure_of(kb, "general-emergency")
    a = answer(sure_any, "which stretch is best for my lower back?", today=TODAY)
    assert a.kind == "urgent" and a.level == "emergency"  # the rules warn of nothing there


def test_distress_needs_something_of_its_own(kb):
    """Distress needs a concept of harm, ending, not coping or the self, not a medicine
    named beside a body (learned.yaml `own_signs`); a stash saved up has one."""
    sure = _sure_of(kb, "distress")
    a = answer(sure, "I took 20 mg of amitriptyline last night", today=TODAY)
    assert a.kind != "urgent"
    a = answer(sure, "been putting aside my oxycodone for weeks, quite a pile now",
               today=TODAY)
    assert a.kind == "urgent" and a.id == "distress"
