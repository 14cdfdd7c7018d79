"""Stop 32 (offtopic32, issue 8): off-topic questions still answered on everyday words.

First part. Heat, cold and ice said of the home and its things (a freezer bag, the boiler,
the laundry) and a piece of furniture bought, set up or mended (a desk's motor, a mattress
sale, a sofa through a doorway) take their sense from their clause, as a car's disc does
(language.yaml `senses`): with nothing of ours there they name another topic. A young
child's sign or medicine ("my little boy has a temperature", "calpol I can give my 3 year
old") is theirs though a sign or care counts as ours, and a teenager's sleep or things are
theirs as a toddler's are (`young`, `asked_of`, `given_to`). Beside the back, the condition
or a leg the same words stay ours, and a typo that reads as a sign beside a name's "child"
is no child's.

Second part. Our exercise described beside an injury, an event or a goal ("stretch my
quads before a parkrun", "tore my calf") is that one's: only a part of the body is where
one of ours is done ("lying on my tummy, pushing up with my arms"). A message that says
nothing of ours reaches an entry only for its situation when it asks about an activity the
entry never speaks of ("can I go on a long haul flight while pregnant"). Giving up smoking
asked as the goal is another topic; whether smoking harms the back stays ours.

Third part. A goal of another topic (`goals` in the domain: a flat stomach, muscle, the
splits) is read as another place is, and an exercise of ours named for one, with nothing of
ours said in its own words, is the goal's; an event is not a goal ("the knee hug before a
half marathon" stays ours). A home's network is another topic's thing. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

# The home's heat and cold, and things bought or mended, with nothing of ours.
HOUSEHOLD = [
    "how long will ice packs keep a cool bag cold on a picnic",
    "is a heat gun safe for thawing a frozen pipe under the sink",
    "should towels go in hot or cold water in the washing machine",
    "what should the thermostat be set to so the heating bill stays down",
    "which electric heater is cheapest to run in a home office",
    "are there any good deals on a memory foam mattress this weekend",
    "the motor on my standing desk makes a grinding noise, how do I reset it",
    "is there a way to tidy the cables behind my standing desk",
    "will a corner sofa fit through a narrow doorway",
    "best gaming chair for a small bedroom",
]

# A young child's sign or medicine, and a teenager's sleep or things.
YOUNG = [
    "my little boy has a temperature, should I keep him off nursery",
    "is it safe to give my 3 year old calpol and ibuprofen for a fever",
    "how much sleep should a teenager get on a school night",
    "what time should a 14 year old go to bed",
]

# The same words beside something of ours stay ours.
OURS = [
    ("ice pack straight from the freezer on my lower back, how long for", "heat-and-ice"),
    ("is a heated car seat any good for my sciatica on long drives", "driving"),
    ("is an old saggy mattress bad for my back", "sleeping"),
    ("can I still lift my toddler with this sciatica", "lifting"),
    ("my teenager has sciatica, which stretches are safe for him", "precautions"),
    ("can I give my dad ibuprofen for his bad back", "painkillers"),
    ("how much sleep do I need when the sciatica keeps waking me", "sleeping"),
    ("childs pos instructions", "childs-pose"),
]


@pytest.mark.parametrize("message", HOUSEHOLD + YOUNG)
def test_another_topics_thing_or_a_young_ones_care_is_declined(ask, message):
    """The home's heat, a thing bought or mended, a young one's sign, care or sleep."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), OURS)
def test_the_same_words_beside_something_of_ours_stay_ours(ask, message, entry):
    """Heat, a mattress, a child or a teenager beside the writer's own back or condition."""
    assert_reaches(ask(message), entry)


# An injury, an event or a goal beside an exercise described; a situation and an activity
# the situation's entry never speaks of; quitting smoking as the goal.
ELSEWHERE = [
    "tore my hamstring at rugby training, how long until I can play",
    "whats the best way to loosen up my hamstrings before a half marathon",
    "can I go on a long haul flight while 32 weeks pregnant",
    "what is the best way to quit smoking for good",
    "how can I stop smoking without putting on weight",
    "do nicotine patches help you quit smoking",
]

SAME_WORDS_OURS = [
    ("the one lying on your tummy pushing up with your arms, how long do I hold it",
     "upward-dog"),
    ("pregnant, is sleeping on my back still ok", "pregnancy"),
    ("I live hours from a hospital, how long can I manage this on my own", "cant-get-to-hospital"),
    ("will giving up smoking help my sciatica", "risk-factors"),
    ("does smoking make a slipped disc worse", "risk-factors"),
]


@pytest.mark.parametrize("message", ELSEWHERE)
def test_an_injury_an_event_a_situation_or_quitting_is_declined(ask, message):
    """An injury or an event beside an exercise, a situation's activity, quitting smoking."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), SAME_WORDS_OURS)
def test_an_exercise_described_a_situation_or_smoking_of_ours_stays_ours(ask, message, entry):
    """A part of the body in a description, the situation's own question, smoking's harm."""
    assert_reaches(ask(message), entry)


GOALS = [
    "are sit ups or crunches better for burning fat around the middle, or just cardio",
    "which is better for a six pack, crunches or planks",
    "the router keeps losing connection in the back bedroom",
    "is broadband or a wifi extender better for a garden office",
]

GOALS_OURS = [
    ("crunches to lose belly fat, will they hurt my back", "curl-up"),
    ("can I do the knee to chest stretch before a half marathon", "knee-to-chest"),
    ("how do I stop smoking making my sciatica worse", "risk-factors"),
]


@pytest.mark.parametrize("message", GOALS)
def test_an_exercise_for_another_goal_or_a_homes_network_is_declined(ask, message):
    """An exercise named for a goal of another topic, a home's network."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), GOALS_OURS)
def test_a_goal_beside_something_of_ours_or_an_event_stays_ours(ask, message, entry):
    """The goal beside the back, an event, smoking's harm to the condition."""
    assert_reaches(ask(message), entry)
