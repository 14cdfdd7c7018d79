"""Issue 8, stop 54 (words54): covered questions asked bare, or with the thing lifted, were
declined. The causes mended, part 1: the load named after a verb of handling ("lifting
flight cases", "lugging two crash pads up to the boulders") was a word of another topic
(language.yaml `handling`, `carrying`; Scope.loads, read in Scope.equipped); the writer's
night, fear or unfamiliarity and the way taken were words of another topic (`generic`:
overnight, scary, familiar, route); a story's bare question beside where the ice is kept ("a
freezer") read as the home's cold (pipeline `explained` reads what a story asks; a
heat-and-ice phrasing); resting up, the bedroll in the field, the dig and
the trench, a florist's and a grower's flowers (`intents`, `activities`). Wordings are the
author's own, never copied from a set. Near misses stay declined, and a sign told beside a
load still warns, by the rules alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """The entry is the answer, or one of the choices of a "did you mean"."""
    return answer.id == entry_id or (
        answer.kind == "clarify" and any(s.id == entry_id for s in answer.suggestions))


@pytest.mark.parametrize("message", [
    # UK, Australian, Indian, Scottish, young, Nigerian-ish, US
    "whats the best way to lift sandbags when my back is playing up",
    "Kindly tell me how to lift the gas cylinder at home, is it a bad idea with this disc "
    "problem",
    "how shud i lift paint tins at work w my back like this",
    "best way to carry bags of cement without setting the nerve off",
    "how do I lift beer kegs safely with a bad back",
])
def test_the_load_lifted_is_no_other_topic(ask: Ask, message: str) -> None:
    """The thing named right after a verb of handling is the load lifted: where the
    question asks a kind of answer only we give, the lifting entry is offered."""
    answer = ask(message)
    assert _offers(answer, "lifting"), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "how do i carry a tune",
    "how do I lift a coffee stain off the carpet",
    "best way to lift moss off a patio without scratching it",
    "can I carry a pocket knife on a plane",
    "does the corner shop carry oat milk",
    "how much can a crane lift",
    "how to lift a car with a jack",
    "how do I pick up a new language fast",
    "best bus route to the stadium",
    "what's the scariest film of the year",
])
def test_a_load_or_a_word_asked_for_itself_stays_declined(ask: Ask, message: str) -> None:
    """Carrying is also bringing, stocking or holding: only beside something of ours is the
    thing carried a load; a crane's lift, a jack, a language picked up, a bus route and a
    film stay another topic."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # heat or ice beside where the ice is kept (UK, young)
    ("Heat or ice? We've a freezer in the staff room and a microwave for a wheat bag.",
     "heat-and-ice"),
    ("heat or ice? i only have a freezer bag of peas and a hot shower", "heat-and-ice"),
    # driving with it, a night's drive (Scottish)
    ("is it ok to drive with it? got an overnight haul to Glasgow", "driving"),
    # fear and unfamiliarity (young, older)
    ("could this leave me paralysed? scary stuff", "paralysis-risk"),
    ("none of this is familiar to me, what's the first step", "getting-started"),
    # resting up in the field (Australian, archaeologist)
    ("rest up in the swag for a few days or keep working at the trench?", "stay-active"),
    ("is it alright to keep working on the dig with this or should I rest up",
     "stay-active"),
])
def test_a_core_topic_asked_bare_is_answered(ask: Ask, message: str, entry_id: str) -> None:
    """The entry's own words (heat, ice, drive, paralysed, first step,
    rest) are the evidence, with the writer's day, night, fears and kit beside them."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "cheers, that helped loads. back to the daffodils now",
    "thanks pal, sorted. back to the bouquets now",
])
def test_a_thanks_on_the_way_back_to_the_flowers(ask: Ask, message: str) -> None:
    """A thanks with the grower's or the florist's day after it is the thanks."""
    answer = ask(message)
    assert answer.kind == "chitchat" and answer.id == "thanks", (message, answer.kind,
                                                                  answer.id)


@pytest.mark.parametrize("message", [
    "lifting kegs yesterday and now i cant feel my saddle area and cant pee",
    "hauling bags of cement all week, now my leg is going weak and my foot drags",
    "lugging crash pads up the hill and my legs have gone numb and I've wet myself",
])
def test_a_sign_beside_the_load_still_warns(rules_alone: Ask, message: str) -> None:
    """The load is no other topic, and the signs of a squashed nerve root bundle or a
    weakening leg told beside it still warn, by the rules alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # an operation ahead in slang (UK, US)
    ("will i need to go under the knife for my sciatica", "surgery"),
    ("is this going to end up under the knife do you reckon", "surgery"),
    # low about it (UK)
    ("feeling really down about it all lately", "coping"),
    # recovered, and keeping it so (Irish, Australian)
    ("all sorted now thanks be to god, how do I keep it that way", "after-recovery"),
    # steering well clear (UK, Indian)
    ("which activities should I steer well clear of with sciatica", "what-to-avoid"),
    # two painkillers together (Nigerian, young)
    ("please can I double up paracetamol and ibuprofen for this back pain", "painkillers"),
])
def test_one_entry_plainly_meant_is_offered(ask: Ask, message: str, entry_id: str) -> None:
    """An operation ahead in slang, low mood said of the pain, recovery in chat's words,
    steering well clear and doubling up painkillers each ask for one entry."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "what's the best knife for a chef",
    "does salt mess with your blood pressure",
    "does caffeine mess with your teeth",
])
def test_the_new_words_alone_stay_declined(ask: Ask, message: str) -> None:
    """A knife and a thing that messes with another, with nothing of ours, stay declined."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)
