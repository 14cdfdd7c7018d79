"""Loading validates everything, and a broken file names file, line and field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.knowledge import LEVELS, Exercise, Faq, KnowledgeError, load

FAQ_IDS = [
    "what-is-lumbar-radiculopathy",
    "why-it-hurts",
    "how-exercise-helps",
    "what-exercises-do",
    "skipping-stretches",
    "precautions",
    "common-mistakes",
    "reps-and-sets",
    "what-to-avoid",
    "physical-therapy",
    "when-to-see-doctor",
    "time-to-results",
    "after-recovery",
    "safety-tips",
    "how-serious",
    "best-treatment",
    "sciatica-vs-radiculopathy",
    "paralysis-risk",
    "best-exercise",
    "mri",
]
EXERCISE_IDS = [
    "childs-pose",
    "knee-to-chest",
    "seated-forward-bend",
    "wall-squat",
    "piriformis-stretch",
    "hip-flexor-stretch",
    "quadriceps-stretch",
    "double-knee-to-chest",
    "upward-dog",
    "curl-up",
]
FLAGS = {
    "general-emergency": "emergency",
    "distress": "emergency",
    "cauda-equina": "emergency",
    "progressive-weakness": "emergency",
    "serious-illness-signs": "urgent",
    "persistent-pain": "soon",
}


def test_shipped_knowledge_has_every_required_entry(kb):
    assert {f.id for f in kb.faqs} >= set(FAQ_IDS)
    assert {e.id for e in kb.exercises} == set(EXERCISE_IDS)
    assert {f.id: f.level for f in kb.redflags.flags} == FLAGS


def test_every_entry_names_a_known_source_and_has_phrasings(kb):
    for entry in kb.entries.values():
        if entry.kind != "chitchat":
            assert entry.sources and all(s in kb.sources for s in entry.sources), entry.id
        assert len(entry.phrasings) >= 5, entry.id
    for flag in kb.redflags.flags:
        assert flag.sources and all(s in kb.sources for s in flag.sources)


def test_exercises_have_steps_hold_reps_and_cautions(kb):
    for ex in kb.exercises:
        assert isinstance(ex, Exercise)
        assert len(ex.steps) >= 2 and ex.hold and ex.reps and ex.purpose and ex.cautions


def test_article_numbers_are_carried(kb):
    """The facts with numbers in them must survive the rewording."""
    by_id = kb.entries
    assert "30 seconds" in by_id["childs-pose"].hold
    assert re.search(r"10 seconds|ten seconds", by_id["wall-squat"].hold, re.I)
    assert re.search(r"90|ninety", " ".join(by_id["wall-squat"].steps), re.I)
    reps = by_id["reps-and-sets"]
    assert isinstance(reps, Faq) and "5 to 10" in reps.answer
    assert re.search(r"three to six weeks|3 to 6 weeks", by_id["time-to-results"].answer, re.I)
    assert "5 to 10" in kb.routine.dose and re.search(r"two|2", kb.routine.dose)


def test_emergency_advice_names_the_emergency_number(kb):
    loaded = load(kb.directory, emergency_number="000")
    for flag in loaded.redflags.flags:
        if flag.level == "emergency":
            assert "{emergency_number}" in flag.advice
    asked = {f.id for f in loaded.redflags.flags if f.questions}
    assert asked == {"cauda-equina", "progressive-weakness"}  # the symptom check
    assert "000" in loaded.message("welcome")


def test_levels_are_known(kb):
    assert all(f.level in LEVELS for f in kb.redflags.flags)


def _errors(directory: Path) -> str:
    with pytest.raises(KnowledgeError) as caught:
        load(directory)
    return str(caught.value)


def _edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_bad_yaml_names_file_and_line(knowledge_copy):
    faq = knowledge_copy / "faq.yaml"
    lines = faq.read_text().splitlines()
    lines.insert(3, "  phrasings: [unclosed")
    faq.write_text("\n".join(lines))
    message = _errors(knowledge_copy)
    assert re.search(r"faq\.yaml:\d+: is not valid YAML", message)


def test_missing_field_names_file_line_and_field(knowledge_copy):
    path = knowledge_copy / "exercises.yaml"
    text = path.read_text()
    start = text.index("- id: wall-squat")
    hold = text.index("\n  hold:", start)
    end = text.index("\n", hold + 1)
    path.write_text(text[:hold] + text[end:])
    line = text[:start].count("\n") + 1
    found = re.search(
        r"exercises\.yaml:(\d+): field '\[\d+\]\.hold': is missing", _errors(knowledge_copy)
    )
    assert found and int(found.group(1)) == line


def test_duplicate_id_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "faq.yaml", "id: mri", "id: best-exercise")
    message = _errors(knowledge_copy)
    assert re.search(r"faq\.yaml:\d+: field 'id': duplicate id 'best-exercise'", message)


def test_empty_answer_is_an_error(knowledge_copy):
    path = knowledge_copy / "chitchat.yaml"
    text = path.read_text()
    start = text.index("answer:")
    end = text.index("\n- ", start) if "\n- " in text[start:] else len(text)
    path.write_text(text[:start] + 'answer: ""' + text[end:])
    assert re.search(
        r"chitchat\.yaml:\d+: field '\[0\]\.answer': must not be empty", _errors(knowledge_copy)
    )


def test_unknown_routine_exercise_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "routine.yaml", "exercise: wall-squat", "exercise: wall-sit")
    assert "unknown exercise 'wall-sit'" in _errors(knowledge_copy)


def test_unknown_source_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "sources.yaml", "id: article", "id: the-article")
    assert "unknown source 'article'" in _errors(knowledge_copy)


def test_unknown_triage_concept_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "triage.yaml", "- [giving_way]", "- [giving_wya]")
    assert re.search(
        r"triage\.yaml:\d+: field 'patterns.progressive-weakness\[\d+\]': "
        r"unknown concept 'giving_wya'",
        _errors(knowledge_copy),
    )


def test_missing_file_and_not_utf8(knowledge_copy):
    (knowledge_copy / "sources.yaml").unlink()
    (knowledge_copy / "faq.yaml").write_bytes(b"\xff\xfe- id: x\n")
    message = _errors(knowledge_copy)
    assert "sources.yaml:0: file is missing" in message
    assert "faq.yaml:1: is not valid YAML: not UTF-8" in message


def test_words_like_no_and_on_stay_words(knowledge_copy):
    """YAML 1.1 would read `no` as false; a phrase list must not change meaning."""
    kb = load(knowledge_copy)
    negation = [r for r in kb.triage.context if r.category == "negated"]
    assert any("no" in r.terms for r in negation)


def test_check_reports_shared_and_too_close_phrasings(knowledge_copy):
    from bot.maintainers.check import warnings

    _edit(knowledge_copy / "faq.yaml", "    - what is lumbar radiculopathy\n",
          "    - what is lumbar radiculopathy\n    - can an mri show radiculopathy\n")
    found = "\n".join(warnings(load(knowledge_copy)))
    assert ("'can an mri show radiculopathy' (mri) is also a phrasing of "
            "what-is-lumbar-radiculopathy") in found


def test_check_warns_about_common_words_that_share_a_term_stem(kb, knowledge_copy):
    """'several' stems like 'severe': a one-word term 'severe' would make 'I've had several
    chest infections' an emergency. The shipped rules have no such word left unchecked."""
    from bot.maintainers.check import stem_collisions

    assert stem_collisions(kb) == []  # the shipped base, as the copy is until edited
    _edit(knowledge_copy / "triage.yaml", "    - really severe\n",
          "    - really severe\n    - severe\n")
    # "leg radiation" is how far pain spreads: checked and harmless, until taken off the list
    _edit(knowledge_copy / "triage.yaml", "hallucinations, radiation,", "hallucinations,")
    found = "\n".join(stem_collisions(load(knowledge_copy)))
    assert "'several' reads as the term 'severe'" in found
    assert "'radiation' reads as the term 'radiating'" in found
    assert "'severely'" not in found  # a form of the word itself is no collision


def _warned(found: str, triage: Path, item: str, message: str, after: int = 0) -> None:
    """`found` has a warning naming the line `after` lines below `item` in triage.yaml, that
    line's concept field and `message` (a pattern)."""
    line = triage.read_text(encoding="utf-8").splitlines().index(item) + 1 + after
    assert re.search(rf"triage\.yaml:{line}: field 'concepts\.\w+\[\d+\]': {message}", found)


def test_check_warns_about_phrases_that_swallow_a_context_word(knowledge_copy):
    """A word inside a concept phrase is no trigger, so a phrase that ends with a negation or
    a hypothetical word reaching forward ("... if", "... never") stops it reaching the sign
    said after it. Words that start the phrase and reach into it ("no feeling") are the
    sign's own and are not reported; rules kept to some concepts (`only`) are left out."""
    from bot.maintainers.check import swallowed_triggers

    triage = knowledge_copy / "triage.yaml"
    _edit(triage, "    - really severe\n",
          "    - really severe\n    - really severe if\n    - pain never\n")
    found = "\n".join(swallowed_triggers(load(knowledge_copy)))
    _warned(found, triage, "    - really severe if", r"'really severe if' ends with 'if', a "
            r"hypothetical trigger \(context\.rules\[\d+\], line \d+\)")
    _warned(found, triage, "    - pain never", "'pain never' ends with 'never', a negated trigger")
    assert "'no feeling'" not in found
    assert "'really severe'" not in found


def test_check_warns_about_a_phrase_listed_twice_under_one_concept(kb, knowledge_copy):
    """Two engineers (or a merge) adding the same words: the second copy does nothing, and an
    edit to one leaves the other. Spellings that read the same count too ("don't", "dont")."""
    from bot.maintainers.check import repeated_phrases

    assert repeated_phrases(kb) == []  # the shipped base, as the copy is until edited
    triage = knowledge_copy / "triage.yaml"
    _edit(triage, "    - really severe\n", "    - really severe\n    - Really severe\n")
    found = repeated_phrases(load(knowledge_copy))
    assert len(found) == 1
    _warned(found[0], triage, "    - really severe", r"'Really severe' is listed already under "
            r"chest_heavy \(line \d+\)", after=1)


def test_check_warns_about_list_items_after_another_fields_heading(kb, knowledge_copy):
    """A comment indented like a field's heading in the middle of a list: the items after it
    still belong to the list above, whatever the comment says (an item added below such a
    heading once landed in `no_future` under the heading of `lethal_means`)."""
    from bot.maintainers.check import split_lists

    assert split_lists(kb) == []  # the shipped base, as the copy is until edited
    triage = knowledge_copy / "triage.yaml"
    _edit(triage, "    - really severe\n", "    - really severe\n  # chest pain at rest\n")
    _edit(triage, "    - a rope in\n", "    - a rope in\n# a heading at column 0\n")
    found = "\n".join(split_lists(load(knowledge_copy)))
    _warned(found, triage, "  # chest pain at rest", r"follows the comment on line \d+ \('# "
            r"chest pain at rest'\), indented like a field's heading, yet it belongs to the list "
            "above", after=1)
    _warned(found, triage, "# a heading at column 0", r"follows the comment on line \d+ \('# a "
            r"heading at column 0'\)", after=1)
    # a comment as deep as the items, or one above a field's key, is where it belongs
    assert "# a rope kept or got" not in found


def test_broken_context_rules_are_named_with_file_line_and_field(knowledge_copy):
    """A clinician editing the context rules learns exactly what is wrong, all at once."""
    triage = knowledge_copy / "triage.yaml"
    _edit(triage, "      direction: backward\n", "      direction: backwards\n")
    _edit(triage, "    - is: hypothetical\n", "    - is: imagined\n")
    _edit(triage, "      only: [lump]\n", "      only: [lumps]\n")
    _edit(triage, "    hypothetical: note\n", "    hypothetical: shout\n")
    _edit(triage, "    possible: warn\n    earlier: warn\n",
          "    possible: warn\n    earlier: warn\n    later: drop\n")
    errors = _errors(knowledge_copy)
    assert re.search(r"triage\.yaml:\d+: field 'context\.rules\[\d+\]\.direction': must be one "
                     r"of forward, backward, both, not 'backwards'", errors)
    assert re.search(r"field 'context\.rules\[\d+\]\.is': must be one of .*not 'imagined'",
                     errors)
    assert re.search(r"field 'context\.rules\[\d+\]\.only': unknown concept 'lumps'", errors)
    assert re.search(r"field 'reply\.default\.hypothetical': must be one of warn, note, drop, "
                     r"warn-now, keep, not 'shout'", errors)
    assert re.search(r"field 'reply\.default\.later': unknown property 'later'", errors)


def test_reply_rules_must_name_known_red_flags_and_concepts(knowledge_copy):
    triage = knowledge_copy / "triage.yaml"
    _edit(triage, "    general-emergency:\n      earlier: note",
          "    general-emergancy:\n      earlier: note")
    _edit(triage, "    unresponsive:\n      other: warn", "    unresponsiv:\n      other: warn")
    _edit(triage, "  back: [back_problem, back_hurts]", "  back: [back_problems, back_hurts]")
    errors = _errors(knowledge_copy)
    assert "unknown red flag 'general-emergancy'" in errors
    assert "unknown concept 'unresponsiv'" in errors
    assert re.search(r"field 'people\.back': unknown concept 'back_problems'", errors)


def test_a_flags_own_concept_rules_name_known_flags_concepts_and_properties(knowledge_copy):
    triage = knowledge_copy / "triage.yaml"
    _edit(triage, "      penetrating: {other: warn, unsure: warn}",
          "      penetratng: {other: warn, unsure: warn}")
    _edit(triage, "      ingested: {other: warn, unsure: warn}",
          "      ingested: {other: warn, sometime: warn}")
    _edit(triage, "  flag_concepts:\n    general-emergency:",
          "  flag_concepts:\n    general-emergncy:")
    errors = _errors(knowledge_copy)
    assert "unknown concept 'penetratng'" in errors
    assert "unknown property 'sometime'" in errors
    assert "unknown red flag 'general-emergncy'" in errors


def test_every_sign_level_has_its_calm_note(knowledge_copy):
    _edit(knowledge_copy / "messages.yaml", "sign_note_urgent:", "sign_note_urgnet:")
    assert re.search(r"messages\.yaml:\d+: field 'sign_note_urgent': is missing",
                     _errors(knowledge_copy))


def test_an_intent_for_an_unknown_entry_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "language.yaml", "    entries: [what-to-avoid]",
          "    entries: [what-to-dodge]")
    assert re.search(r"language\.yaml:\d+: field 'intents.entries': unknown entry 'what-to-dodge'",
                     _errors(knowledge_copy))


def test_a_word_both_synonym_and_contextual_synonym_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "language.yaml", "  exercise: [exercising]",
          "  exercise: [exercising, moving]")
    assert re.search(r"language\.yaml:\d+: field 'contextual_synonyms.exercise': 'moving' is "
                     r"also listed under synonyms 'exercise'", _errors(knowledge_copy))


def test_unknown_concept_in_a_pattern_across_the_message_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "triage.yaml", "- [affairs_done, end_near]",
          "- [affairs_dne, end_near]")
    assert re.search(
        r"triage\.yaml:\d+: field 'across.distress\[\d+\]': unknown concept 'affairs_dne'",
        _errors(knowledge_copy),
    )


def test_unknown_concept_in_a_pattern_of_one_clause_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "triage.yaml", "    - [limb_part, power_gone]",
          "    - [limb_part, power_gon]")
    assert re.search(
        r"triage\.yaml:\d+: field 'in_clause.progressive-weakness\[\d+\]': unknown concept "
        r"'power_gon'",
        _errors(knowledge_copy),
    )


def test_a_pair_of_kinds_naming_no_kind_is_an_error(knowledge_copy):
    """`kinds.together` pairs two categories defined under `signs`; a slip is an error at
    its line, never a pair silently ignored."""
    _edit(knowledge_copy / "triage.yaml", "      - [means, plan]\n", "      - [means, plna]\n")
    assert re.search(r"triage\.yaml:\d+: field 'kinds.distress.together': .*must name two "
                     r"kinds", _errors(knowledge_copy))


def test_a_pair_of_key_word_kinds_naming_no_kind_is_an_error(knowledge_copy):
    """`kinds.within` pairs two categories defined under `words`, the same way."""
    _edit(knowledge_copy / "triage.yaml", "      - [medicine, resolve]\n",
          "      - [medicine, resolv]\n")
    assert re.search(r"triage\.yaml:\d+: field 'kinds.distress.within': .*must name two "
                     r"kinds under words", _errors(knowledge_copy))


def test_unknown_concept_in_a_kind_is_an_error(knowledge_copy):
    _edit(knowledge_copy / "triage.yaml", "        - [calm_word]\n", "        - [calm_wrd]\n")
    assert re.search(r"triage\.yaml:\d+: field 'kinds.distress.signs.calm\[\d+\]': unknown "
                     r"concept 'calm_wrd'", _errors(knowledge_copy))


def test_unknown_concept_in_a_clause_sign_is_an_error(knowledge_copy):
    """`kinds.<flag>.in_clause` names concepts the file defines, like `signs`."""
    _edit(knowledge_copy / "triage.yaml", "        - [key_place, key_there]\n",
          "        - [key_place, key_thre]\n")
    assert re.search(r"triage\.yaml:\d+: field 'kinds.distress.in_clause.place\[\d+\]': "
                     r"unknown concept 'key_thre'", _errors(knowledge_copy))


def test_kinds_are_kept_as_categories_and_pairs(kb):
    """The categories are loaded as sets of signs and pairs of categories, not expanded into
    every pair of signs (that took hundreds of patterns read on every message)."""
    kinds = kb.triage.kinds["distress"]
    assert ("means", "plan") in kinds.together
    assert ("lethal_means",) in kinds.signs["means"]
    across = {frozenset(c) for c in kb.triage.across["distress"]}
    assert len(across) < 100  # the explicit patterns only (the pairs made 745)


def test_two_kinds_together_are_read_across_the_message(kb):
    """The categories a message says are found once; each pair of them said is every sign
    of one beside every sign of the other; a sign is never paired with one that holds it,
    and one category alone is no pair."""
    from bot.engine import compile_knowledge

    triage = compile_knowledge(kb).triage
    said = frozenset({"lethal_means", "plan_made", "calm_word", "end_near"})
    combos = {frozenset(c) for c in triage._across_combos("distress", said)}
    assert {"lethal_means", "plan_made"} in combos
    assert {"calm_word", "end_near"} in combos
    assert not any(c <= {"no_future"} for c in combos)
    alone = {frozenset(c) for c in triage._across_combos("distress", frozenset({"plan_made"}))}
    assert not any(len(c) > 1 and c <= {"plan_made"} for c in alone)
    assert alone <= {frozenset(c) for c in kb.triage.across["distress"]}


def test_referred_back_pain_names_known_concepts_and_needs_its_message(knowledge_copy):
    """A referral (back pain that is another condition's) that names a concept nobody
    defined is an error at its line, and the decline it gives must exist."""
    _edit(knowledge_copy / "language.yaml", "unless_concepts: [leg, lower limb, exercise name]",
          "unless_concepts: [leg, lower limbs, exercise name]")
    _edit(knowledge_copy / "messages.yaml", "another_condition: |", "another_conditon: |")
    errors = _errors(knowledge_copy)
    assert re.search(r"language\.yaml:\d+: field 'domain\.referred\[0\]\.unless_concepts': "
                     r"unknown concept 'lower limbs'", errors)
    assert "another_condition" in errors and "is missing" in errors


def test_a_concept_read_as_written_must_be_known(knowledge_copy):
    _edit(knowledge_copy / "triage.yaml", "as_written: [legs_plural,",
          "as_written: [legs_plrual,")
    assert re.search(r"triage\.yaml:\d+: field '\.?as_written': unknown concept 'legs_plrual'",
                     _errors(knowledge_copy))


def test_a_rule_for_the_whole_message_must_name_its_concepts(knowledge_copy):
    """A rule that reaches every sentence (`within: message`) would otherwise deny every sign
    of a message: it must say which concepts it speaks of."""
    triage = knowledge_copy / "triage.yaml"
    _edit(triage, "      within: message\n      whole: true\n      only: [fever, night_sweats]\n",
          "      within: message\n      whole: true\n")
    errors = _errors(knowledge_copy)
    assert re.search(r"triage\.yaml:\d+: field 'context\.rules\[\d+\]\.within': a rule for the "
                     r"whole message needs `only`", errors)
