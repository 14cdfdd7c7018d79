"""Stop 30 (learned30): beside a lesser warning of the rules, the learned reader sets the
flags they warned of aside and says what else it reads, so a crisis told beside months of
pain is not lost to the likelier persistent pain; what is left of one sure sign, spread to
a neighbouring flag, adds nothing (learned.yaml `beside_share`)."""

from __future__ import annotations

import dataclasses

import pytest

from bot.engine.learned import adds_beside, judged
from bot.knowledge import KnowledgeError, load

# a crisis and months of pain in one message: the model shares its chance between the two
SHARED = {"none": 0.013, "persistent-pain": 0.563, "distress": 0.423, "cauda-equina": 0.001}
# one sure sign of pain that lasts: what is left of it is no second sign
ONE_SIGN = {"none": 0.001, "persistent-pain": 0.993, "progressive-weakness": 0.004,
            "distress": 0.002}


def _probs(kb, chances: dict[str, float]) -> dict[str, float]:
    return {c: chances.get(c, 0.0) for c in kb.learned.classes}


def test_with_nothing_set_aside_the_likeliest_flag_is_read(kb):
    seen = judged(kb.learned, _probs(kb, SHARED), "a message of six words or more")
    assert seen.flag == "persistent-pain"
    assert seen.chance == pytest.approx(0.987)


def test_the_warned_flags_set_aside_the_rest_is_renormalised(kb):
    seen = judged(kb.learned, _probs(kb, SHARED), "a message of six words or more",
                  frozenset({"persistent-pain"}))
    assert seen.flag == "distress"
    assert seen.chance == pytest.approx(1 - 0.013 / 0.437)
    assert seen.flag_chance == pytest.approx(0.423)  # the model's own, not renormalised
    assert adds_beside(kb.learned, seen)


def test_what_is_left_of_one_sure_sign_is_not_a_second_one(kb):
    seen = judged(kb.learned, _probs(kb, ONE_SIGN), "a message of six words or more",
                  frozenset({"persistent-pain"}))
    assert seen.flag == "progressive-weakness" and seen.chance > 0.8
    assert not adds_beside(kb.learned, seen)


def test_a_flag_outside_beside_is_never_added(kb):
    chances = {"none": 0.01, "persistent-pain": 0.5, "cauda-equina": 0.49}
    seen = judged(kb.learned, _probs(kb, chances), "a message of six words or more",
                  frozenset({"persistent-pain"}))
    assert seen.flag == "cauda-equina" and not adds_beside(kb.learned, seen)


def test_every_flag_set_aside_leaves_no_sign(kb):
    chances = {"persistent-pain": 1.0}
    seen = judged(kb.learned, _probs(kb, chances), "a message of six words or more",
                  frozenset({"persistent-pain"}))
    assert seen.chance == 0.0 and not adds_beside(kb.learned, seen)


def test_without_a_share_what_is_left_would_be_added(kb):
    """The share is what keeps a sure sign's remains out (the gate measured, learned.yaml)."""
    gates = dataclasses.replace(kb.learned.gates, beside_share=0.0)
    model = dataclasses.replace(kb.learned, gates=gates)
    seen = judged(model, _probs(kb, ONE_SIGN), "a message of six words or more",
                  frozenset({"persistent-pain"}))
    assert adds_beside(model, seen)


@pytest.mark.parametrize("message", [
    "I have been thinking about a way to stop everything, the sciatica is every day since "
    "4 months",
    # move36 to move37: on those refits distress had under its share (0.25) of the chance
    # beside the pain; move38's refit gives the crisis its reply again, and crisis37: the
    # rules read "a way to stop all of it" thought of as the crisis on their own
    # (triage.yaml `stop_all`)
    "I think about a way to stop all of it, this leg has been agony every single day for 5 "
    "months",
    "the pain is a 9 every day since the summer and I think about stopping everything for good",
])
def test_a_crisis_beside_months_of_pain_gets_the_crisis_reply_first(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "distress", (message, a.id)
    found = {f.flag.id: f for f in a.findings}
    # crisis37: the rules read these crises on their own now (triage.yaml `stop_all`); the
    # reader's adding beside a lesser warning is tested on made-up chances above
    assert found["distress"].source == "rules"
    assert found["persistent-pain"].reply == "warn"  # the rules' warning stands


@pytest.mark.parametrize("message", [
    # stopping the pain, not one's life
    "I want to stop all the pain for good, my sciatica has been bad every day for 5 months",
    "been looking up ways to stop my sciatica pain for good, 5 months of it now, physio next "
    "week",
    # a pain that lasts and takes away what one can do: no leg that weakens
    "can't walk the dog or pick up my grandson any more, nine weeks of this now and getting "
    "worse",
    "nine weeks of sciatica and now I can't pick up my toddler or drive to work",
])
def test_months_of_pain_alone_keep_their_own_warning(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "persistent-pain", (message, a.id)
    assert not any(f.source == "learned" for f in a.findings)


@pytest.mark.parametrize("value", ["half", 1.5, -0.1, True])
def test_a_wrong_share_stops_start_up_naming_it(knowledge_copy, value):
    path = knowledge_copy / "learned.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  beside_share: 0.25\n" in text
    path.write_text(text.replace("  beside_share: 0.25\n", f"  beside_share: {value}\n"),
                    encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load(knowledge_copy)
    assert any(p.field == "gates.beside_share" for p in raised.value.problems)


def _sure_of(kb, flag: str):
    """The shipped knowledge with a model all but certain of `flag` on every message."""
    model = kb.learned
    intercepts = tuple(100.0 if c == flag else -100.0 if c == model.none else 0.0
                       for c in model.classes)
    return dataclasses.replace(kb, learned=dataclasses.replace(model, intercepts=intercepts))


def _answer(kb, message: str):
    from conftest import TODAY

    from bot.engine import answer
    return answer(kb, message, today=TODAY)


def test_a_sign_the_rules_give_another_does_not_silence_the_writers_own(kb):
    """`others_own`: the rules read the pain as mum's (she "says" it is sciatica); the
    writer tells of their own back and leg, at 14."""
    sure = _sure_of(kb, "serious-illness-signs")
    message = ("mum says it's just sciatica but I'm 14 and the pain has gone from my back "
               "into my leg for five weeks")
    a = _answer(sure, message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs"
    gates = dataclasses.replace(sure.learned.gates, others_own=False, sure=0.0)
    before = dataclasses.replace(sure, learned=dataclasses.replace(sure.learned, gates=gates))
    assert _answer(before, message).kind != "urgent"


@pytest.mark.parametrize(("flag", "message"), [
    # someone else's sign, and of the writer only a back that aches or a concept denied
    ("serious-illness-signs", "my brother's cancer went to his spine. I've never had cancer "
     "myself and my back only aches after gardening"),
    ("serious-illness-signs", "my little boy had a temperature of 39 last night and I was up "
     "with him, now my back is stiff"),
    ("cauda-equina", "my mum has been wetting herself since her stroke, I'm her carer and my "
     "back is killing me from lifting her"),
    ("cauda-equina", "grandad can't feel his bum when he sits, the nurse is coming, my own "
     "back is sore from helping him up"),
])
def test_someone_elses_sign_beside_the_writers_back_stays_theirs(kb, flag, message):
    # a reader certain of every message, less `gates.sure` (learned31: from that chance a
    # grown-up's sign going on is no longer the rules' alone; the real reader is far from
    # sure of these, 0.10 to 0.49)
    sure = _sure_of(kb, flag)
    gates = dataclasses.replace(sure.learned.gates, sure=0.0)
    a = _answer(dataclasses.replace(sure, learned=dataclasses.replace(sure.learned, gates=gates)),
                message)
    assert a.kind != "urgent", (message, a.id)


def test_others_own_must_be_true_or_false(knowledge_copy):
    path = knowledge_copy / "learned.yaml"
    text = path.read_text(encoding="utf-8")
    assert "  others_own: true\n" in text
    path.write_text(text.replace("  others_own: true\n", "  others_own: sometimes\n"),
                    encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load(knowledge_copy)
    assert any(p.field == "gates.others_own" for p in raised.value.problems)
