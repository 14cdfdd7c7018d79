"""Stop 35 (offtopic35, issue 8): a leg muscle at sport is the sport's, not the nerve's.

A calf, a thigh muscle or a foot sore, tight or cramping from training ("after a run", "a
spin class", "when swimming", "DOMS") takes its clause's sense, as a torn hamstring or a
race does (`senses` in language.yaml, "training"): the message names another place and is
declined. A nerve symptom in the clause keeps it ours (`kept_by`: "my calf burns and
tingles after a run"), and so does a clause said as a comparison, a yardstick for the
writer's own pain ("unlike when my legs ache after the gym", "worse than my calves after a
run"). A gym's day or programme named for the legs is the training, no leg ("leg day",
"push pull legs"); a sport's knee is a condition of its own ("jumper's knee"), and the
splits in every direction a goal of another topic. Wordings are the author's own, never
copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

THE_SPORTS = [
    "my calves are really tight after my run this morning, which stretch",
    "quads still sore two days after spin class, normal?",
    "why do my hamstrings cramp when swimming front crawl",
    "thighs ache after netball every week, what helps",
    "foot keeps cramping after football, should i eat more bananas",
    "hamstrings always tight after a session at the gym, best stretch?",
    "new to the gym, is push pull legs good for a beginner",
    "jumpers knee from volleyball, what exercises",
    "how long to get my side splits",
]

STILL_OURS = [
    # a nerve symptom in the clause: the nerve's
    ("my calf burns and goes numb after a run, could it be my back", None),
    ("pins and needles in my foot after running, plus my lower back aches", None),
    # the condition said beside the sport
    ("calves cramp after a run since my sciatica started, is that linked", None),
    ("can i still go to spin class with sciatica", "other-exercise"),
    # a yardstick, no other place
    ("resting doesn't help it, unlike when my thighs ache after the gym, why is that",
     None),
    ("this nerve pain is worse than my calves after a marathon, why does it hurt so much",
     "why-it-hurts"),
    # the leg's flare after the gym, the leg on fire
    ("flared up after leg day, my leg is on fire, what now", None),
    # a lorry's run is no sport
    ("lorry driver here, how often should i stop to stretch my legs on a long run",
     "driving"),
]


@pytest.mark.parametrize("message", THE_SPORTS)
def test_a_leg_muscle_at_sport_is_declined(ask, message):
    """Soreness, tightness or cramp from training, a gym's programme, a sport's knee."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), STILL_OURS)
def test_the_nerve_the_condition_or_a_yardstick_keeps_it_ours(ask, message, entry):
    """A nerve symptom, the condition, a comparison or another run: never declined."""
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)


# Second part: the home's warmth, a room's temperature, and a young child named alone.
# A house heated, a hot water bottle's knitted cover: the home's heat (`senses`). A room's,
# a workplace's or a thing's temperature is no fever. A message that names only young ones,
# each as a being, where the writer does nothing and says no word of ours, is about them.
THE_HOMES_AND_THE_CHILDS = [
    "best way to keep a draughty flat warm without the heating bill going mad",
    "anyone got a crochet pattern for a hot water bottle cover",
    "what temperature should a nursery be overnight",
    "is there a maximum temperature for a workplace in summer",
    "how warm should bath water be for a newborn",
    "granddaughter's got a temperature, how much calpol for a 2 year old",
]

STILL_OURS_AT_HOME = [
    ("the house is freezing first thing, should i warm up before the stretches", None),
    ("hot water bottle or ice pack for the sciatica", "heat-and-ice"),
    ("i've got a temperature and my back is agony", None),
    ("can i still lift my toddler into the bath", "lifting"),
    ("cant even play on the floor with my kids now, so fed up with it", None),
    ("childs pos ok if i'm on ibuprofen?", None),
]


@pytest.mark.parametrize("message", THE_HOMES_AND_THE_CHILDS)
def test_the_homes_heat_a_rooms_temperature_and_a_young_child_are_declined(ask, message):
    """A house kept warm, a knitted cover, a room's temperature, a young child's bath."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), STILL_OURS_AT_HOME)
def test_the_writers_cold_house_fever_or_child_stays_ours(ask, message, entry):
    """The writer's own back, fever, lifting or feelings beside the home or a child."""
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)


# Third part: another place's own troubles and everyday things said in words of ours (the
# toes' chilblains, a meal to make, a cold caught from someone, a video call), and a gym's
# warm-up for a lift as a goal of its own (`elsewhere`, `goals`).
EVERYDAY_ELSEWHERE = [
    "what causes chilblains on your toes in winter",
    "quick lunch ideas for when the grandkids are over",
    "my grandson gave me a cold, how long till it clears",
    "how do i set up a video call with my daughter abroad",
    "glute activation drills before deadlifts, which ones",
]

STILL_OURS_EVERYDAY = [
    ("my toes go numb and the pain shoots down my leg, is that the nerve", None),
    ("cold weather makes my sciatica worse, any tips", None),
    ("which exercises work my glutes without hurting my back", None),
]


@pytest.mark.parametrize("message", EVERYDAY_ELSEWHERE)
def test_another_places_trouble_and_everyday_things_are_declined(ask, message):
    """Chilblains, a meal, a cold caught, a video call, a warm-up for a lift."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), STILL_OURS_EVERYDAY)
def test_the_toes_the_cold_and_the_glutes_of_ours_stay_ours(ask, message, entry):
    """Numb toes with a shooting leg, the cold on sciatica, glutes with the back: ours."""
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)
