"""Stop 32 (offtopic32, issue 8): off-topic questions still answered on everyday words.

First part. Heat, cold and ice said of the home and its things (a freezer bag, the boiler,
the laundry) and a piece of furniture bought, set up or mended (a desk's motor, a mattress
sale, a sofa through a doorway) take their sense from their clause, as a car's disc does
(language.yaml `senses`): with nothing of ours there they name another topic. A young
child's sign or medicine ("my little boy has a temperature", "calpol I can give my 3 year
old") is theirs though a sign or care counts as ours, and a teenager's sleep or things are
theirs as a toddler's are (`young`, `asked_of`, `given_to`). Beside the back, the condition
or a leg the same words stay ours, and a typo that reads as a sign beside a name's "child"
is no child's. Wordings are the author's own, never copied from a set."""

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
