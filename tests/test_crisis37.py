"""Stop 37 (issue 7, crisis37): a crisis told as a way to stop all of it is the rules' own,
with its look-alikes calm; and what triage reads can move which entry a question gets only
on purpose: a denied sign is context for matching only when it is a symptom of the body
(triage.yaml `symptoms`), never a concept of a thought or a plan said in everyday words."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from triage_asserts import assert_calm, assert_no_warning_of, assert_the_rules_warn

from bot.engine import Answer, answer
from bot.engine.pipeline import compile_knowledge
from bot.knowledge import Knowledge

DATA = Path(__file__).parent / "data"
TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def rules(kb: Knowledge) -> Knowledge:
    """The shipped base read by the rules alone (no learned reader)."""
    return dataclasses.replace(kb, learned=None)


@pytest.fixture(scope="module")
def by_rules(rules: Knowledge) -> Callable[[str], Answer]:
    return lambda message: answer(rules, message, today=TODAY)


# ------------------------------------------------------- a way to stop all of it, thought of


@pytest.mark.parametrize("message", [
    "I think about a way to stop all of it, this leg has been agony every single day for 5 "
    "months",
    "most nights I think about how to make it all stop, 14 weeks of this nerve pain",
    "keep thinking of a way to switch it all off, I'm worn out by my back",
    "I've been thinking about ending all of it, the sciatica never gives me a day off",
    "honestly I just want to stop all of it, I can't face another winter like this",
    "been wondering how I could stop everything for good, nobody knows how bad the leg is",
    "I think about stopping everything for good, the pain is a 9 since August",
    "my pills are in the kitchen and I think about a way to stop all of it",
    "im thinkin bout a way to stop everything, this disc has ruined my year",
])
def test_a_way_to_stop_all_of_it_thought_of_is_the_rules_crisis(ask, by_rules, message):
    """Thoughts of a way to stop everything, all of it, for good: the crisis, said
    indirectly, read by the rules alone and given first beside months of pain."""
    assert_the_rules_warn(by_rules(message), message, "distress")
    a = ask(message)
    assert a.kind == "urgent" and a.id == "distress", (message, a.id)


@pytest.mark.parametrize("message", [
    # what is stopped is named right after it: something that happens, or the pain
    "I think about a way to stop all of it flaring up every time I lift the kids",
    "is there a way to stop it all from coming back once it settles?",
    "how do I stop all of it hurting so much at night",
    # stopped with care
    "I want to stop all of it with physio rather than more injections",
    "been thinking about how to stop all of it with the right exercises",
    # a medicine come off for what it does
    "the pregabalin makes me so foggy, I think about a way to stop all of it and taper off",
    "thinking about stopping all of it, the gel and the patches, my GP says I can come off them",
    # life's things stopped for a while, at work or at sport
    "thinking of stopping everything at work till my back settles",
    "considering stopping everything, gym, football, running, until the leg calms down",
    "I'm thinking of stopping all of it, work, gym, the lot, for a month",
    # everything stopped, with no way to it thought of and nothing for good
    "I want to stop everything for a few weeks and just rest my back",
])
def test_stopping_all_of_it_for_an_everyday_end_is_calm(by_rules, message):
    """The look-alikes: stopping a flare, stopping with care, a medicine stopped, work and
    sport stopped for a while: the rules read no crisis."""
    assert_no_warning_of(by_rules(message), message, "distress")


@pytest.mark.parametrize("message", [
    "is there a way to stop it all from coming back once it settles?",
    "I want to stop all of it with physio rather than more injections",
    "thinking of stopping everything at work till my back settles",
    "considering stopping everything, gym, football, running, until the leg calms down",
])
def test_stopping_all_of_it_for_an_everyday_end_is_calm_with_the_reader(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "is there a way to remember if I've had my evening tablets? I'm on naproxen and pregabalin",
    "any way to keep track of my pills, I'm on so many since the back went",
])
def test_a_way_to_a_thing_alone_is_everyday_speech_for_the_reader(ask, message):
    """A way to something, said alone, is no crisis of substance for the learned reader's
    lower bar (learned.yaml `weak_signs`): the rules' patterns say when it is one."""
    assert_calm(ask(message), message)


# -------------------------------------------- a denied sign moves matching only on purpose


def test_a_thought_denied_is_no_symptom_denied(rules):
    """"No way of getting to hospital" denies no symptom: its words stay the question's,
    whatever concept of a thought triage.yaml has ("a way of"); "no numbness" still does."""
    def denied(message: str) -> frozenset[str]:
        return compile_knowledge(rules).triage.read(message, TODAY).denied

    assert not denied("no way of getting to hospital right now, what can i do at home")
    assert not denied("I don't want to overdo it, how many reps should I start with")
    assert "numb" in denied("no numbness down below, just a sore bum. what stretches?")
    assert "fever" in denied("no fever, no weight loss, just sore. what should i avoid")


def _with_everyday_concept(kb: Knowledge) -> Knowledge:
    """The base with one triage concept more, of a plan in everyday words (read beside a
    firearm: a crisis), as a pass might add one."""
    triage = kb.triage
    concepts = {**triage.concepts,
                "everyday_words": ("a way of", "way of", "getting to", "for a swim", "again",
                                   "want to", "end up", "into the wall", "plan for")}
    patterns = {**triage.patterns, "distress": (*triage.patterns["distress"],
                                                ("everyday_words", "firearm"))}
    return dataclasses.replace(kb, learned=None, triage=dataclasses.replace(
        triage, concepts=concepts, patterns=patterns))


def _questions(*names: str) -> list[str]:
    lines = (line.split("\t")[0] for name in names
             for line in (DATA / name).read_text(encoding="utf-8").splitlines())
    return [m for m in lines if m.strip()]


def test_one_triage_concept_more_answers_the_questions_the_same(rules, kb):
    """A concept added to triage.yaml cannot move which entry a question gets: the question
    sets where it did ("no way of getting to hospital" left its entry) answer the same."""
    more = _with_everyday_concept(kb)
    assert "way of" in more.triage.words()
    moved = []
    for message in _questions("holdout52.tsv", "holdout58.tsv", "holdout12.tsv"):
        a, b = answer(rules, message, today=TODAY), answer(more, message, today=TODAY)
        if (a.kind, a.id, a.entry) != (b.kind, b.id, b.entry):
            moved.append((message, a.id, b.id))
    assert not moved
    # (this pass's own `way_sought`, "a way of", moved it on the shipped base before)
    for base in (rules, more):
        a = answer(base, "no way of getting to hospital right now, what can i do at home")
        assert a.id == "cant-get-to-hospital"


def test_the_symptoms_name_red_flags(kb):
    flags = {f.id for f in kb.redflags.flags}
    assert set(kb.triage.symptoms) <= flags
    assert "distress" not in kb.triage.symptoms


# ----------------------------------------------- care sought is no sign gone (second part)


@pytest.mark.parametrize(("message", "flag"), [
    ("I presented to A&E last night with numbness round my bum and they sent me home",
     "cauda-equina"),
    ("went to the walk in centre because I can't feel my bum on the toilet paper, they "
     "discharged me with a leaflet", "cauda-equina"),
    ("111 sent me to A&E for not being able to wee properly, they let me go home after 4 "
     "hours", "cauda-equina"),
])
def test_a_sign_seen_and_sent_home_still_warns(by_rules, message, flag):
    """Being seen, sent home or discharged is care sought, not the sign gone: a sign still
    there, with nothing said of it going, still warns."""
    assert_the_rules_warn(by_rules(message), message, flag)


@pytest.mark.parametrize("message", [
    "numb round my bum last month, sorted after the op and been fine since",
    "numb round my bum on sunday, A&E checked it and it has gone now",
    "went to A&E last month with a numb saddle area, scan clear, discharged and it's gone",
    "my dad collapsed yesterday, they kept him in and discharged him this morning, he's fine "
    "now",
    "fainted in the heat at the festival yesterday, had some water and I'm fine now",
    "felt faint in the heat at work today, sat down and drank water, ok now",
    "grandma gets a bit confused in the evenings, she has dementia, she was fine this morning",
    "I work on the third floor of the building and my back hurts after the stairs",
])
def test_what_truly_ended_or_is_explained_stays_calm(by_rules, message):
    a = by_rules(message)
    assert a.kind != "urgent", (message, a.id)


# ----------------------------------------------------- emergencies outside the back


@pytest.mark.parametrize("message", [
    # sudden confusion in an older person, the time she was well said first
    "grandad doesnt know where he is and keeps asking for his mum. this morning he was fine",
    "nan is muddled and can't find her words, yesterday she was fine",
    # a fall from a height, a floor of a building counted
    "my workmate fell from the second floor of the scaffold, he's lying there not answering",
    "a man fell off the 4th floor of the car park, we're with him",
    # passing out with chest pain, whatever the heat
    "I passed out in the heat in the warehouse and just came round, my chest is hurting",
    "fainted at the bus stop in the heat, woke up on the ground, heart racing",
])
def test_emergencies_outside_the_back_call_now(by_rules, message):
    assert_the_rules_warn(by_rules(message), message, "general-emergency")
