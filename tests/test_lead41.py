"""Stop 41 (lead): a pet named by its breed is the animal, and "he" after it is the animal's;
the writer's own sign beside a pet still warns."""
import pytest

from bot.engine.pipeline import answer
from bot.knowledge.loading import load


@pytest.fixture(scope="module")
def kb():
    return load()


@pytest.mark.parametrize("message", [
    "our shiba keeps falling over, his legs are getting weaker by the day",
    "my corgi can't get up the step any more, his back end is going weaker and weaker",
    "the dachshund's neighbour, a little westie, is wetting himself and can't stand, vet tomorrow",
    "our old weimaraner has lost control of his bladder, is this like sciatica in people?",
    "my maine coon has stopped using her back legs properly since yesterday",
])
def test_a_pet_named_by_breed_is_the_animal(kb, message):
    assert answer(kb, message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    "walking the corgi this morning my own legs got weaker and weaker, now I can hardly stand",
    "since yesterday I can't feel myself wipe, the akita is fine, it's me",
    "my pomeranian jumped on me and now I cannot pee at all since this morning",
])
def test_the_writers_sign_beside_a_pet_still_warns(kb, message):
    assert answer(kb, message).kind == "urgent", message


@pytest.mark.parametrize("message", [
    "I can no longer feel my bum",
    "i no longer feel my bottom when i sit down",
    "honestly I can no longer feel my backside, is that the sciatica?",
])
def test_feeling_in_the_bottom_no_longer_there_warns(kb, message):
    # "can no longer" is a lost ability of its own; the numbness must still be read
    assert answer(kb, message).kind == "urgent", message


@pytest.mark.parametrize("message", [
    "numb bum - no longer",
    "numb bottom - no longer",
])
def test_a_numb_bottom_no_longer_there_stays_calm(kb, message):
    assert answer(kb, message).kind != "urgent", message
