"""Stop 35 (issue 7, learned35): what the refit of move35 moved across a bar, owned by the
rules or by a gate stated in general terms, so that the next refit neither keeps nor loses
it; and kinds the learned reader alone caught on stop 34's and 35's sets, taught to the
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


def _reading(kb, message: str):
    from datetime import date

    from bot.engine.pipeline import compile_knowledge

    rules = compile_knowledge(dataclasses.replace(kb, learned=None))
    return rules.triage.read(message, date(2026, 12, 5))


# ------------------------------------------------------------------ a plan for exercise


@pytest.mark.parametrize("message", [
    "I dont see myself running again, it's just getting old, and I have a plan for walking",
    "I dont see myself running again, but I've got a plan for walking next week",
    "the physio and I made a plan for getting back to football after christmas",
    "I've got a plan for my bad days now: heat, a short walk and the stretches",
    "got a plan for swimming twice a week, is front crawl ok with a disc?",
])
def test_a_plan_for_exercise_or_the_pains_care_is_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I've got a plan for walking into the sea tonight, I can't do this any more",
    "I have a plan for walking off the cliff path on Sunday, nobody will miss me",
    "I've made a plan. Tablets saved up, and I'm done with everything",
    "made a plan for when the dog's gone. after that theres nothing keeping me here",
])
def test_a_plan_beside_a_means_or_an_ending_is_still_a_crisis(ask, message: str) -> None:
    a = ask(message)
    assert a.kind == "urgent" and a.level == "emergency", message


def test_a_plan_for_walking_is_read_as_normal(kb) -> None:
    """The rules read a plan whose object is exercise as a normal plan: no crisis concept
    told as going on."""
    reading = _reading(kb, "I have a plan for walking every morning")
    planned = {(c, p) for c, _, p in reading.contexts if c == "plan_made"}
    assert planned and all("normal" in p for _, p in planned)
    # never beside a place one goes into, said anywhere in the message
    reading = _reading(kb, "I have a plan for walking. Into the river, tonight")
    assert any(c == "plan_made" and "normal" not in p for c, _, p in reading.contexts)


def test_concepts_told_as_normal_count_for_no_weak_sign(kb) -> None:
    """Below the default bar, distress needs one of its own concepts of substance told as
    going on: a normal plan is none, and a time ("next week", `end_soon`) is half of one."""
    contexts = [("plan_made", "patient", frozenset({"normal"})),
                ("self_harm_thought", "patient", frozenset({"normal"})),
                ("end_soon", "patient", frozenset())]
    told = [(c, who) for c, who, _ in contexts]
    seen = Opinion("distress", 0.87, 0.86, words=14)
    assert kb.learned.bar("distress") < 0.87 < kb.learned.threshold
    assert not speaks(kb.learned, seen, [], told=told, signs=_signs(kb), contexts=contexts)
    # the same plan told as going on is a concept of substance
    going_on = [("plan_made", "patient", frozenset()), ("end_soon", "patient", frozenset())]
    assert speaks(kb.learned, seen, [], told=[(c, w) for c, w, _ in going_on],
                  signs=_signs(kb), contexts=going_on)
    # at the default bar a time beside a wish still warns (`weak_signs` is only the lower bar)
    high = Opinion("distress", 0.93, 0.92, words=14)
    wish = [("self_harm_thought", "patient", frozenset()), ("end_soon", "patient", frozenset())]
    assert speaks(kb.learned, high, [], told=[(c, w) for c, w, _ in wish], signs=_signs(kb),
                  contexts=wish)


# ------------------------------------------------------------------ a look alone


def test_a_look_alone_is_no_sign(kb) -> None:
    """Coffee grounds, told with nothing the body brings up or passes, name no sign
    (`looks`), however sure the model is below `sure`."""
    assert "coffee_look" in kb.learned.gates.looks
    told = [("coffee_look", "patient")]
    seen = Opinion("general-emergency", 0.97, 0.95, words=9)
    assert not speaks(kb.learned, seen, [], told=told, signs=_signs(kb))
    brought_up = [*told, ("vomit_act", "patient")]
    assert speaks(kb.learned, seen, [], told=brought_up, signs=_signs(kb))


def test_all_over_a_place_is_where_not_an_ending(kb) -> None:
    reading = _reading(kb, "I spilled coffee grounds all over the kitchen floor")
    assert not any(c == "key_intent" for c, _ in reading.told)
    reading = _reading(kb, "I just want it all over, I can't go on")
    assert any(c == "key_intent" for c, _ in reading.told)


@pytest.mark.parametrize("message", [
    "I spilled coffee grounds all over the kitchen floor",
    "the coffee grounds went all over the worktop when the bin bag split",
    "the dog left muddy paw prints all over the kitchen floor again",
])
def test_a_spill_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


def test_coffee_grounds_brought_up_are_still_an_emergency(ask) -> None:
    a = ask("I brought up what looked like coffee grounds this morning and my back is agony")
    assert a.kind == "urgent" and a.level == "emergency"


# ------------------------------------------------------------------ kinds the reader alone
# caught on stop 34's and 35's sets, taught to the rules


@pytest.mark.parametrize(("message", "flag"), [
    # one who died named as late, beside joining them
    ("my late husband would hate to see me like this, I keep thinking about joining him, and I"
     " mean properly", "distress"),
    # what one would have done by now, with the modal said in full
    ("if it wasn't for the cat I would have done something stupid by now, the pain is that bad",
     "distress"),
    # the limit of a medicine asked for anyone, by one worn out by the pain
    ("what's the most co-codamol someone could take? I'm so tired of all this pain", "distress"),
    # a flow that will not start, and the tap run to start it
    ("tried three times to wee this morning and couldn't start the flow, ran the tap, hardly"
     " anything came. new since the back went", "cauda-equina"),
    ("I went to the toilet twice and couldnt start the flow, had to run the tap. back is agony"
     " since Monday", "cauda-equina"),
    # a temperature said without its article
    ("I have temperature since the spinal injection on Monday and my lower back is swollen and"
     " red", "serious-illness-signs"),
])
def test_the_readers_kinds_are_the_rules(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # joining someone for something everyday
    "my late wife's sister asked me to join her for lunch, is sitting in a cafe ok for my back?",
    # something stupid done with money
    "if I didn't have a budget I would have done something stupid with the credit card by now,"
    " new mattress prices are mad",
    # a day's limit, and a limit of something that is no medicine
    "how much ibuprofen is too much in a day? I'm tired of this pain",
    "how much walking is too much? I'm done with this pain",
    # a temperature checked, and a child's
    "I have temperature checks at work, does standing in the queue hurt the back",
    "my little boy has temperature and my back is sore from carrying him",
    # a flow of something else
    "couldnt start the flow of the presentation, my back was killing me",
])
def test_the_kinds_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
