"""Emergencies that are not about the back, built by body function and by mechanism from the
NHS, ambulance-service and first-aid pages (../shared/seed/general-emergencies.md): a weapon,
a crush, poisoning and fumes, sepsis and meningitis, sudden loss of sight, vomit like coffee
grounds, a blow to the head with its danger signs, a mains shock, a chemical or a face
burn, drowning, a hypo that will not come up, pregnancy, a collapse. Someone else's accident
told with nothing said of when is happening now; said as long past, over or feared, it is
not. Wordings are the author's own, never copied from a set.
Its probe lists are in tests/probes/triage_emergencies.tsv."""

from __future__ import annotations

from bot.knowledge import ReplyRules


def test_a_flag_concept_rule_holds_for_that_flag_only():
    rules = ReplyRules(order=("other",), default={"other": "note"}, flags={}, concepts={},
                       flag_concepts={"general-emergency": {"fall_word": {"other": "warn"}}})
    assert rules.action("general-emergency", "fall_word", {"other"}) == "warn"
    assert rules.action("serious-illness-signs", "fall_word", {"other"}) == "note"
    assert rules.action("general-emergency", "height_word", {"other"}) == "note"


def test_someone_elses_accident_is_now_unless_said_as_past(ask):
    assert ask("my son fell off the garage roof").kind == "urgent"
    assert ask("my son fell off the garage roof when he was little").kind != "urgent"


def test_a_baby_said_beside_a_duration_leaves_the_duration_to_the_pain(ask):
    """'baby' is no sign word: 'since I had my baby 5 months ago' still dates the pain."""
    a = ask("started after I had my baby 5 months ago and hasn't settled")
    assert a.kind == "urgent" and a.id == "persistent-pain", (a.kind, a.id)
