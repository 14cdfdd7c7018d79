"""Stop 32 (learned32): what made the learned reader's warnings fragile under a refit, as gates
(learned.yaml `share`, `quiet`, `unsaid`, `untimed`): a flag of its own told by a small share
of the chance of a sign, the chance a sign the rules calmed lends, a weakness told only as
denied, and persistent pain with no time told at all. Each gate is tested on made-up chances,
so that a refit does not move what these tests say."""

from __future__ import annotations

import dataclasses

import pytest
from triage_asserts import assert_calm

from bot.engine.learned import Opinion, calmed_flags, judged, speaks
from bot.knowledge import KnowledgeError, load


def _signs(kb) -> dict[str, frozenset[str]]:
    from bot.engine.pipeline import compile_knowledge

    return compile_knowledge(dataclasses.replace(kb, learned=None)).triage.flag_signs


def _told(*concepts: str) -> list[tuple[str, str]]:
    return [(c, "patient") for c in concepts]


# ----------------------------------------------------------------------------- share


def _spread(kb, top: str, shares: dict[str, float], none: float) -> Opinion:
    probs = {c: 0.0 for c in kb.learned.classes}
    probs.update(shares)
    probs[kb.learned.none] = none
    opinion = judged(kb.learned, probs, "a message of more than six words in all")
    assert opinion.flag == top
    return opinion


def test_a_sign_of_its_own_spread_over_many_flags_is_no_warning(kb):
    seen = _spread(kb, "cauda-equina", {"cauda-equina": 0.33, "general-emergency": 0.25,
                                        "distress": 0.2, "persistent-pain": 0.13}, 0.09)
    assert seen.chance > kb.learned.bar("cauda-equina") and seen.share < kb.learned.gates.share
    assert not speaks(kb.learned, seen, [], told=_told("numb", "saddle"), signs=_signs(kb))


def test_the_same_chance_held_by_one_flag_still_warns(kb):
    seen = _spread(kb, "cauda-equina", {"cauda-equina": 0.8, "general-emergency": 0.1,
                                        "distress": 0.05}, 0.05)
    assert speaks(kb.learned, seen, [], told=_told("numb", "saddle"), signs=_signs(kb))


def test_a_flag_of_many_signs_is_not_asked_for_a_share(kb):
    """A serious illness is told by any flag's concepts (a lump, a fever): its chance is
    spread by nature, and learn_cv loses a lump told in Hinglish with the share asked."""
    assert "serious-illness-signs" not in kb.learned.gates.own_signs
    seen = _spread(kb, "serious-illness-signs", {"serious-illness-signs": 0.33,
                                                 "persistent-pain": 0.32,
                                                 "general-emergency": 0.32}, 0.03)
    lump = sorted(_signs(kb)["serious-illness-signs"] - kb.learned.gates.not_signs()
                  - kb.learned.gates.topics.get("serious-illness-signs", frozenset()))[0]
    assert speaks(kb.learned, seen, [], told=_told(lump), signs=_signs(kb))


# ----------------------------------------------------------------------------- quiet


def test_a_sign_the_rules_denied_lends_no_chance(kb):
    found = [("general-emergency", frozenset({"negated"}), "patient")]
    calmed = calmed_flags(kb.learned.gates, found)
    assert calmed == {"general-emergency"}
    probs = {c: 0.0 for c in kb.learned.classes}
    probs.update({"distress": 0.46, "general-emergency": 0.44, kb.learned.none: 0.1})
    seen = judged(kb.learned, probs, "a message of more than six words in all", calmed=calmed)
    assert seen.flag == "distress" and seen.quieted == pytest.approx(0.44)
    assert not speaks(kb.learned, seen, found)
    # the same chances with nothing calmed: the reader warns
    loud = judged(kb.learned, probs, "a message of more than six words in all")
    assert speaks(kb.learned, loud, [])


@pytest.mark.parametrize("reason", ["now", "resolved", "figurative"])
def test_a_sign_going_on_over_or_a_figure_of_speech_is_not_quieted(kb, reason):
    """The chance of a neighbouring flag is then often the same sign told."""
    assert not calmed_flags(kb.learned.gates, [("general-emergency", frozenset({reason}),
                                                "patient")])


def test_all_but_certain_nothing_is_quieted(kb):
    probs = {c: 0.0 for c in kb.learned.classes}
    probs.update({"serious-illness-signs": 0.55, "general-emergency": 0.445,
                  kb.learned.none: 0.005})
    found = [("general-emergency", frozenset({"negated"}), "patient")]
    seen = judged(kb.learned, probs, "a message of more than six words in all",
                  calmed=calmed_flags(kb.learned.gates, found))
    assert seen.quieted > 0.4 and speaks(kb.learned, seen, found)


# ----------------------------------------------------------------------------- unsaid


def _weak(chance: float) -> Opinion:
    return Opinion("progressive-weakness", chance, chance, words=15)


def test_weakness_told_only_as_denied_names_none(kb):
    contexts = [("drop_action", "patient", frozenset({"negated"})),
                ("weakness", "patient", frozenset({"normal"}))]
    told = [(c, who) for c, who, _ in contexts]
    assert not speaks(kb.learned, _weak(0.93), [], told=told, signs=_signs(kb),
                      contexts=contexts)


def test_weakness_told_once_as_going_on_is_named(kb):
    contexts = [("drop_action", "patient", frozenset({"negated"})),
                ("drop_action", "patient", frozenset())]
    told = [(c, who) for c, who, _ in contexts]
    assert speaks(kb.learned, _weak(0.93), [], told=told, signs=_signs(kb), contexts=contexts)


def test_all_but_certain_the_rules_denial_does_not_hold(kb):
    contexts = [("drop_action", "patient", frozenset({"negated"}))]
    told = [(c, who) for c, who, _ in contexts]
    assert speaks(kb.learned, _weak(0.995), [], told=told, signs=_signs(kb), contexts=contexts)


def test_distress_keeps_its_crises_told_beside_a_denial(kb):
    """The rules misread a crisis as denied more often than a weakness: not gated (learned34
    gates only a wish told as a normal one: tests/test_triage_learned34.py)."""
    assert not kb.learned.gates.unsaid.get("distress", frozenset()) & {"negated"}


# ----------------------------------------------------------------------------- untimed


def _lasting(chance: float) -> Opinion:
    return Opinion("persistent-pain", chance, chance, words=8)


def test_persistent_pain_with_no_time_told_needs_the_higher_bar(kb):
    told = _told("pain_said", "ongoing", "leg_symptom")
    assert not speaks(kb.learned, _lasting(0.96), [], told=told, signs=_signs(kb), lasted=0)
    assert speaks(kb.learned, _lasting(0.975), [], told=told, signs=_signs(kb), lasted=0)


@pytest.mark.parametrize("concept", ["stops_work", "worsening", "numbers_rise"])
def test_a_course_or_a_stopped_life_is_enough(kb, concept):
    told = _told("pain_said", "ongoing", concept)
    assert speaks(kb.learned, _lasting(0.96), [], told=told, signs=_signs(kb), lasted=0)


def test_a_time_the_rules_counted_is_enough(kb):
    told = _told("pain_said", "ongoing")
    assert speaks(kb.learned, _lasting(0.96), [], told=told, signs=_signs(kb), lasted=60)


def test_an_untimed_bar_outside_zero_to_one_stops_start_up(knowledge_copy):
    path = knowledge_copy / "learned.yaml"
    path.write_text(path.read_text().replace("    persistent-pain: 0.97\n",
                                             "    persistent-pain: 1.5\n"))
    with pytest.raises(KnowledgeError, match=r"gates\.untimed"):
        load(knowledge_copy)


def test_unsaid_must_name_context_properties(knowledge_copy):
    path = knowledge_copy / "learned.yaml"
    path.write_text(path.read_text().replace("    progressive-weakness: [negated, normal]\n",
                                             "    progressive-weakness: [denied]\n"))
    with pytest.raises(KnowledgeError, match=r"gates\.unsaid"):
        load(knowledge_copy)


# ------------------------------------------------------------------------ whole messages


@pytest.mark.parametrize("message", [
    "ETA on the leg pain going",
    "Sciatica in right leg. Leg is painful but not weak, I can climb stairs and stand on my "
    "toes and heels fine.",
    "my son found a bottle of white spirit in the garage and brought it to me, he didn't "
    "drink any",
    "i have no car and cant get there",
])
def test_the_refits_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), [
    ("my left leg is getting weaker by the day and now my foot slaps when I walk",
     "progressive-weakness"),
    ("sciatica for ten weeks now and it is getting worse, I can't work", "persistent-pain"),
])
def test_signs_told_outright_are_still_caught(ask, message, flag):
    a = ask(message)
    assert a.kind == "urgent" and a.id == flag, (a.kind, a.id)
