"""Stop 34 (issue 7, learned34): what the refit of move34 moved across a bar, owned by the
rules or by a gate stated in general terms, so that the next refit neither keeps nor loses
it; and kinds the learned reader alone caught on stop 33's and 34's sets, taught to the
rules. The gates are tested on made-up chances too, so that a refit does not move what these
tests say."""

from __future__ import annotations

import dataclasses

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn

from bot.engine.learned import Opinion, speaks


def _signs(kb) -> dict[str, frozenset[str]]:
    from bot.engine.pipeline import compile_knowledge

    return compile_knowledge(dataclasses.replace(kb, learned=None)).triage.flag_signs


# ------------------------------------------------------------------ the rules' own signs


@pytest.mark.parametrize("message", [
    # no old age seen for oneself is no future; beside a plan or a decision, a crisis
    "I can't see myself growing old with this, I've made a plan",
    "don't see myself getting older to be honest. I've already decided",
    # a decision said with the mind last, a plan had, beside no future
    "the pain wins every day. I'm done with all of it, I've made my mind up",
    "if the scan is clear again I'm done with everything, I've got it all planned",
])
def test_no_future_beside_a_plan_is_a_crisis(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "distress")


@pytest.mark.parametrize("message", [
    "my left leg just hasn't got the push to get me up the kerb now, last month it had",
    "going upstairs my right leg doesn't have the power any more, since the weekend",
])
def test_a_leg_without_the_push_is_weakness(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    # the adjective of thin bones beside an everyday knock
    "osteoporotic spine, and I sneezed hard on Tuesday, now a sharp pain mid back",
    "I have osteopenic bones and I slipped on the kitchen floor, the back pain is new",
])
def test_thin_bones_said_as_an_adjective(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    # a precaution beside the same thing told as happened today
    "I wear pads in case I wet myself again, it happened twice this morning",
    "in case my leg gives way again, it happened today on the stairs, what do I do",
])
def test_a_precaution_beside_it_happening_today(ask, message: str) -> None:
    a = ask(message)
    assert a.kind == "urgent" and any(f.source == "rules" and f.reply == "warn"
                                      for f in a.findings), message


def test_a_part_told_as_if_it_had_had_the_dentists_injection(ask) -> None:
    message = "my bum cheeks feel like they've had an injection at the dentist, since Monday"
    assert_the_rules_warn(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    # getting old as the cause of aches, and old bones in an older person's plan
    "I dont see myself running again, it's just getting old, and I have a plan for walking",
    "my dad always said he'd never make old bones, he's 88 now and still gardening",
    # a mind made up, or a plan had, about everyday things
    "I've made my mind up, I'm going to try the pool instead of the gym",
    "got it all planned, physio on Monday and a swim on Wednesday",
    # a leg's push in a sport, said of a bike
    "the bike doesn't have the power to get up the hill with me on it",
    # the dentist's injection as the cause, and over
    "had an injection at the dentist and my bum went numb in the chair, it wore off in an hour",
    "my lip still feels like I've had an injection at the dentist, and my back aches as usual",
    # a precaution beside something long ago
    "in case I wet myself again, it happened once after my second baby years ago",
    "I keep pads in my bag in case I leak, it happened last year after a bad cold",
])
def test_the_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ------------------------------------------------------------------ the gates


@pytest.mark.parametrize("message", [
    "honestly all I want is to sleep through the night without the pain waking me",
    "I just wish I could get a good nights sleep, the leg keeps me up",
    "I wish this pain would just go away so I can play with the grandkids",
])
def test_a_wish_for_sleep_or_the_pain_gone_is_a_normal_wish(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I just want to go to sleep and never wake up",
    "I want to sleep through the night and not wake up again, ever",
    "I wish I could sleep forever, I'm done with everything",
])
def test_a_wish_to_not_wake_is_still_a_crisis(ask, message: str) -> None:
    a = ask(message)
    assert a.kind == "urgent" and any(f.flag.id == "distress" and f.reply == "warn"
                                      for f in a.findings), message


def test_a_wish_told_as_normal_names_no_crisis(kb) -> None:
    """distress's own concepts told only as a normal wish name none of it, below `sure`."""
    contexts = [("self_harm_thought", "patient", frozenset({"normal"})),
                ("pain_said", "patient", frozenset())]
    told = [(c, who) for c, who, _ in contexts]
    seen = Opinion("distress", 0.95, 0.95, words=14)
    assert not speaks(kb.learned, seen, [], told=told, signs=_signs(kb), contexts=contexts)
    going_on = [("self_harm_thought", "patient", frozenset())]
    assert speaks(kb.learned, seen, [], told=told, signs=_signs(kb), contexts=going_on)
    sure = Opinion("distress", 0.995, 0.995, words=14)
    assert speaks(kb.learned, sure, [], told=told, signs=_signs(kb), contexts=contexts)


def test_an_emergency_named_only_as_denied_is_none(kb) -> None:
    """A flag of `unsaid` whose own concepts are not asked for: named, all denied, nothing."""
    g = kb.learned.gates
    assert "general-emergency" in g.unsaid and "general-emergency" not in g.own_signs
    denied = [("vehicle", "patient", frozenset({"negated"})),
              ("cannot", "patient", frozenset())]
    told = [(c, who) for c, who, _ in denied]
    seen = Opinion("general-emergency", 0.97, 0.9, words=9)
    assert not speaks(kb.learned, seen, [], told=told, signs=_signs(kb), contexts=denied)
    # the same concept going on, or nothing of an emergency's own named at all: `about` decides
    going_on = [("vehicle", "patient", frozenset()), ("cannot", "patient", frozenset())]
    assert speaks(kb.learned, seen, [], told=told, signs=_signs(kb), contexts=going_on)
    none = [("cannot", "patient", frozenset())]
    assert speaks(kb.learned, seen, [], told=[("cannot", "patient")], signs=_signs(kb),
                  contexts=none)
    # all but certain, the rules' reading of the denial is likelier wrong
    sure = Opinion("general-emergency", 0.995, 0.9, words=9)
    assert speaks(kb.learned, sure, [], told=told, signs=_signs(kb), contexts=denied)


@pytest.mark.parametrize("message", [
    "I don't have a car and can't get there",
    "honestly I just want to sleep through the night without waking up in pain",
])
def test_move34s_churn_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


def test_a_condition_of_being_gone_alone_needs_the_default_bar(kb) -> None:
    """distress's bar under the default is for a concept of substance; "if I'm not around"
    alone is half of a crisis, as a wish is (`weak_signs`)."""
    told = [("own_death_if", "patient"), ("absence", "patient"), ("family", "unsure")]
    seen = Opinion("distress", 0.87, 0.85, words=12)
    assert kb.learned.bar("distress") < 0.87 < kb.learned.threshold
    assert not speaks(kb.learned, seen, [], told=told, signs=_signs(kb))
    planned = [*told, ("plan_made", "patient")]
    assert speaks(kb.learned, seen, [], told=planned, signs=_signs(kb))
    high = Opinion("distress", 0.93, 0.9, words=12)
    assert speaks(kb.learned, high, [], told=told, signs=_signs(kb))


# ------------------------------------------------------------------ stop 33's held-out kinds


@pytest.mark.parametrize(("message", "flag"), [
    # a panic only guessed at, or a first one, explains no chest that stops the breath
    ("I think it's a panic attack or something, I can't breathe and my chest is so tight",
     "general-emergency"),
    ("chest really tight and I can't catch my breath, a panic attack maybe but I've never had"
     " one before", "general-emergency"),
    # some of the feeling lost where one sits
    ("I've lost a bit of feeling around my back passage since yesterday, back is agony",
     "cauda-equina"),
    # the rest of life doubted and refused
    ("if this pain is the rest of my life then I don't think I want it", "distress"),
    # weight that keeps going, and nobody knows why
    ("Dad keeps losing weight, we haven't a clue why, and now his back aches every night",
     "serious-illness-signs"),
])
def test_stop_33s_held_out_kinds_are_the_rules(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    "had a panic attack at work, chest tight and couldn't breathe, passed in ten minutes, I get"
    " them with exams",
    "I don't think I want it, the steroid injection I mean, the GP offered it for my leg",
    "the dog keeps losing weight and the vet hasn't a clue why, my back is sore from lifting him",
    "I lost some feeling in my bum after the spinal anaesthetic for my knee, it wore off that"
    " night",
])
def test_their_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
