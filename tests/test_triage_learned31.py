"""Stop 31 (learned31): where the learned reader is all but certain of a sign the rules read
as the writer's own, the reasons the rules calmed it for (denied, over, normal, explained)
no longer silence it (learned.yaml `gates.sure`): the rules' reading of the context is then
likelier wrong than the reader. Someone else's sign, or one the rules cannot tell whose, is
still theirs to calm."""

from __future__ import annotations

import dataclasses

import pytest
from triage_asserts import assert_calm

from bot.engine.learned import Opinion, speaks
from bot.knowledge import KnowledgeError, load


def _seen(chance: float, flag: str = "cauda-equina") -> Opinion:
    return Opinion(flag, chance, chance, words=12)


def test_the_configured_bar_is_all_but_certain(kb):
    assert 0.98 < kb.learned.gates.sure < 1.0


@pytest.mark.parametrize("reason", ["negated", "historical", "resolved", "normal",
                                    "explained", "asked"])
def test_all_but_certain_of_the_writers_own_sign_it_does_not_yield(kb, reason):
    found = [("cauda-equina", frozenset({reason}), "patient")]
    assert speaks(kb.learned, _seen(0.996), found)


def test_below_the_bar_the_rules_reading_of_context_stands(kb):
    found = [("cauda-equina", frozenset({"negated"}), "patient")]
    assert not speaks(kb.learned, _seen(kb.learned.gates.sure - 0.005), found)


@pytest.mark.parametrize("whose", ["other", "child", "animal", "unsure"])
def test_a_sign_not_read_as_the_writers_stays_calmed(kb, whose):
    found = [("distress", frozenset({"resolved"}), whose)]
    assert not speaks(kb.learned, _seen(0.999, "distress"), found)


def test_a_calmed_sign_of_another_flag_is_no_bar_either_way(kb):
    found = [("persistent-pain", frozenset({"negated"}), "patient")]
    assert speaks(kb.learned, _seen(0.95), found)


def test_with_the_gate_off_every_calmed_sign_silences_it(kb):
    model = dataclasses.replace(kb.learned,
                                gates=dataclasses.replace(kb.learned.gates, sure=0.0))
    found = [("cauda-equina", frozenset({"negated"}), "patient")]
    assert not speaks(model, _seen(0.9999), found)


def test_a_bar_outside_zero_to_one_stops_start_up(knowledge_copy):
    path = knowledge_copy / "learned.yaml"
    path.write_text(path.read_text().replace("  sure: 0.99\n", "  sure: 1.5\n"))
    with pytest.raises(KnowledgeError, match=r"gates\.sure"):
        load(knowledge_copy)


def test_a_crisis_the_rules_date_to_an_old_flare_is_caught(ask):
    """'like the 2019 flare' dates the sentence for the rules; the thought is now."""
    a = ask("if this drags on like the 2019 flare... I've been thinking about crashing my car"
            " into a tree, really thinking about it")
    assert a.kind == "urgent" and a.id == "distress", a.id


@pytest.mark.parametrize("message", [
    # someone else's crisis, looked after: the rules read it over, and whose is unsure
    "my sister said she'd been thinking of ending it, she's getting help from the crisis "
    "team now",
    # denials the reader is far from sure of
    "Clinic letter: no saddle numbness, no bladder or bowel change, power normal in both "
    "legs.",
    "I don't have any numbness between my legs and I can pee fine, just the sciatica",
    # over, long ago
    "numb down below after the operation in 2019, it went after a week and I've been fine "
    "since",
])
def test_near_misses_the_rules_calm_stay_calm(ask, message):
    assert_calm(ask(message), message)


# Second part: distress's own bar, lower than the default, needs one of its concepts of
# substance; a wish, a thought, the family alone are everyday speech (`gates.weak_signs`).

def _told(*concepts: str) -> list[tuple[str, str]]:
    return [(c, "patient") for c in concepts]


def _signs(kb) -> dict[str, frozenset[str]]:
    from bot.engine.pipeline import compile_knowledge

    return compile_knowledge(dataclasses.replace(kb, learned=None)).triage.flag_signs


def test_weak_concepts_of_distress_are_its_own(kb):
    weak = kb.learned.gates.weak_signs["distress"]
    assert weak and weak <= _signs(kb)["distress"]
    assert kb.learned.bar("distress") < kb.learned.threshold


@pytest.mark.parametrize("chance", [0.86, 0.89])
def test_a_wish_alone_needs_the_default_bar(kb, chance):
    assert not speaks(kb.learned, _seen(chance, "distress"), [],
                      told=_told("self_harm_thought", "welcome"), signs=_signs(kb))


def test_a_wish_alone_past_the_default_bar_still_warns(kb):
    assert speaks(kb.learned, _seen(0.93, "distress"), [],
                  told=_told("self_harm_thought"), signs=_signs(kb))


def test_a_wish_beside_a_concept_of_substance_keeps_the_lower_bar(kb):
    assert speaks(kb.learned, _seen(0.86, "distress"), [],
                  told=_told("self_harm_thought", "not_waking"), signs=_signs(kb))


def test_other_flags_are_untouched(kb):
    assert speaks(kb.learned, _seen(0.93, "cauda-equina"), [],
                  told=_told("numb", "saddle"), signs=_signs(kb))


@pytest.mark.parametrize("message", [
    "I wish I could wake up without stiffness",
    "I wish I could get up in the morning without my back seizing",
    "been a bit teary this week, probably the poor sleep, a chat with my mum helped",
])
def test_everyday_wishes_and_low_days_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I wish I could go to sleep and never wake up, every night the same",
    "honestly if this wait drags on another year i don't think i want to be around for it",
])
def test_crises_told_with_a_wish_are_still_caught(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "distress", (message, a.id)


# Third part: all but certain of a sign going on that the rules read as another grown-up's
# (a partner in a message about two people), the `others` gate yields too.

def test_another_grown_ups_sign_going_on_warns_when_all_but_certain(kb):
    found = [("progressive-weakness", frozenset({"now"}), "other")]
    assert speaks(kb.learned, _seen(0.996, "progressive-weakness"), found)
    assert not speaks(kb.learned, _seen(0.97, "progressive-weakness"), found)


@pytest.mark.parametrize("whose", ["child", "animal", "thing"])
def test_a_childs_an_animals_or_a_things_sign_stays_theirs(kb, whose):
    found = [("cauda-equina", frozenset({"now"}), whose)]
    assert not speaks(kb.learned, _seen(0.999), found)


def test_another_grown_ups_sign_calmed_by_the_rules_stays_calm(kb):
    found = [("serious-illness-signs", frozenset({"resolved"}), "other")]
    assert not speaks(kb.learned, _seen(0.999, "serious-illness-signs"), found)


def test_a_partners_weakening_leg_beside_the_writers_own_back_is_caught(ask):
    message = ("Both of us have bad backs. Mine is just stiff in the mornings. His: the right"
               " leg is weaker every day, he can't lift it onto the step and it folds under"
               " him")
    a = ask(message)
    assert a.kind == "urgent" and a.level == "emergency", (a.kind, a.id)


@pytest.mark.parametrize("message", [
    "my son wet the bed last night and my back is sore from changing all the sheets",
    "our dog's back legs have gone wobbly and he can't get up the stairs, my sciatica is "
    "playing up too",
    "my husband had a lump removed from his back in 2015, all clear since, I've got "
    "sciatica now",
])
def test_near_misses_of_someone_else_stay_calm(ask, message):
    assert_calm(ask(message), message)
