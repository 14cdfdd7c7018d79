"""Stop 35 (questions35, issue 8): questions from people who live and work with animals,
fixed by cause.

An animal in the writer's day is their situation, not the topic: a cat on the bed at night,
the horses to feed, a vet's bills or a job at a vets. A vet beside an animal is the animal's
care and stays declined; so are the animal's own body, care given to it and a pet's own
doings asked about. The work of a farm, a yard and a stable (feed sacks, mucking out, water
buckets to the field) is an activity of daily life whose entries are lifting, what to avoid
and staying active; riding one's own horse is a sport done with the animal, so a condition
said after it is the rider's. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    # an animal in the writer's day, beside a question of ours
    ("how do i get comfy in bed with this, the dog hogs the whole duvet", "sleeping"),
    ("any tips for doing the stretches safely? the cat sits on my chest every time i lie down",
     "safety-tips"),
    # a vet that is someone's job, or their bills
    ("is a physio worth the money? the vet bills this year have been huge", "physical-therapy"),
    # farm and stable work, asked how
    ("the hay bales are so heavy, how should i be lifting them", "lifting"),
    ("should i rest or keep moving? theres still the mucking out to do every morning",
     "stay-active"),
    # riding one's own horse, the condition the rider's
    ("am i ok to keep riding my pony with sciatica", "other-exercise"),
]

# Near misses: the animal's own body, care given to it, a vet beside an animal, a pet's own
# doings asked about, and farm words with nothing of ours.
DECLINED = [
    "the vet says my old labrador has a slipped disc, should he have the operation",
    "vet put my spaniel on gabapentin for her back, is that a normal dose",
    "my horse has a sore back after the show, physio or vet",
    "the cat keeps jumping on my legs when i'm lying down, how do i make her stop",
    "how many hay bales fit in a horsebox",
    "how long to roast chicken thighs",
    "my dog's hips are stiff in the mornings, what helps",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_an_animal_in_the_writers_day_leaves_the_question_ours(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_the_animals_own_body_care_or_doings_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_a_vet_is_the_animals_care_only_beside_an_animal(kb):
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    assert scope.excepted("the vet wants to scan my dog's back")
    assert not scope.excepted("i work on reception at a vets and sit all day")
    # an exercise named after an animal names none
    assert not scope.excepted("my vet friend showed me the bird dog")


def test_riding_a_horse_is_no_other_trip(ask):
    """A ride somewhere is no riding: an island a ferry ride away is care out of reach."""
    a = ask("nearest a and e is a ferry ride away, what if i cant get there")
    assert_reaches(a, "cant-get-to-hospital")


# Second part: where the writer goes and is, the time they have, and how they ask. A place
# after an activity of theirs ("a flight to Tenerife", "on holiday in Portugal") is where
# they go; a place asked about with no activity of theirs is the topic. A child or an animal
# in a time said ("while the baby sleeps") is no one care is given to. An activity that
# "kills me" is a pain of the writer's own. A cue that asks an entry's own question ("what
# if I can't get to the hospital") asks more than the situation it names. "Mould" is a
# spelling of mould, no "could". Whether to bother the doctor asks when to see one.
WHERE_AND_WHEN = [
    ("do i need to keep up the stretches on my holiday in portugal", "skipping-stretches"),
    ("what if i miss the exercises while im away on hols in crete", "skipping-stretches"),
    ("i have half an hour while the toddler sleeps, which stretches today", "routine"),
    ("standing at the market stall all day kills me, any advice", "sitting-and-work"),
    ("the lane floods every winter and cuts us off, what if i cant get to the hospital",
     "cant-get-to-hospital"),
    ("if i could do just one exercise on freezing mornings, which one", "best-exercise"),
    ("is it silly to bother the gp with this, it's only at night", "when-to-see-doctor"),
    ("how long till i'm better, so fed up being stuck indoors with the dogs",
     "time-to-results"),
]
WHERE_DECLINED = [
    "any good physios in tenerife",
    "how long can i stay in the steam room",
    "is it ok to sit in the car with the heater running to warm up",
    "how do i stop mould on the bathroom ceiling",
    "the dog keeps jumping on my lap while i'm sitting, how do i stop him",
]


@pytest.mark.parametrize(("message", "entry"), WHERE_AND_WHEN)
def test_where_the_writer_goes_and_the_time_they_have_leave_it_ours(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", WHERE_DECLINED)
def test_a_place_or_a_pet_asked_about_is_declined(ask, message):
    assert_declined(ask(message), message)


def test_mould_is_no_could(kb):
    from bot.engine.pipeline import compile_knowledge

    analyzer = compile_knowledge(kb).analyzer
    assert "could" not in analyzer.strict_words("black mould in the bedroom")
