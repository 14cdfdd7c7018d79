"""Stop 30 (declined30, issue 8): covered questions no longer declined for a word of the aside.

A question only we answer, followed by the writer's aside on why they ask ("give me a plan
for each day, I'm tired of dithering"), is ours: an unknown word after the question in the
place of a verb or a quality says what the writer does or how things are, not another
topic. Before the question, or naming a thing ("..., I'm learning Spanish"), such a word
still sets the topic and the message is declined. Being keen on something said without
"I'm a" ("keen swimmer") says who asks. Second part: a saying of how a choice or a feeling
goes ("a game changer", "stir crazy", "until the tablets kick in") names no other topic, as
"back to square one" did; a thing named beside it still does. Wordings are the author's own,
never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

# A question only we answer, then an aside in a verb or a quality of the writer's.
ASIDE = [
    ("give me a plan for each day, I'm tired of dithering", "routine"),
    ("what should I do each day, sick of faffing about with leaflets", "routine"),
    ("when can I go back to work, I'm climbing the walls here", "sitting-and-work"),
    ("recently diagnosed, keen swimmer, where do I start", "getting-started"),
]

# The same shapes where the other words set the topic: declined.
TOPIC = [
    "give me a daily plan, I'm learning Spanish",
    "what's the daily plan, I want to learn the violin",
    "how long till it's gone, my son has chickenpox",
    "how many sets and reps should he do, my flatmate is starting bench press",
    "what exercise is best, training for a triathlon",
    "my daughter is sick of revising, give me a daily plan for her exams",
    "keen swimmer, which goggles are best",
]


# A saying beside a question of ours, and its near misses: a thing named beside the saying.
SAYING = [
    ("is a lumbar roll for my chair a game changer or a waste of money", "sitting-and-work"),
    ("how long do the painkillers take to kick in", "painkillers"),
    ("is walking ok, going stir crazy on the sofa", "stay-active"),
]
SAYING_ELSEWHERE = [
    "is the new games console a game changer",
    "my toddler is going stir crazy indoors, any soft play near me",
    "how long does caffeine take to kick in",
]


@pytest.mark.parametrize(("message", "entry"), [*ASIDE, *SAYING])
def test_an_aside_or_a_saying_beside_the_question_is_no_other_topic(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", [*TOPIC, *SAYING_ELSEWHERE])
def test_a_thing_named_before_the_question_or_beside_a_saying_is_its_topic(ask, message):
    assert_declined(ask(message), message)
