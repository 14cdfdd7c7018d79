"""Issue 8, stop 55 (join55): join54's part 2 landed with its one-word terms that stem like
common words made longer, then off-topic messages answered or read as urgent. Wordings are
the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import (
    assert_declined,
    assert_each_emergency,
    assert_each_without,
    assert_offered,
)

# Part 1: the one a writer calls fit, said without a one-word "person" or "athlete".

FIT_DESCRIPTION = (
    # UK
    "I'm a fit person, so why has my back suddenly gone?",
    # Australian
    "he's a really fit bloke, surfs every morning, now can't bend",
    # Indian English
    "i am a fit athlete sir, still getting pain in lower back while running",
    # older writer
    "as a fit 68 year old I'm surprised sciatica has caught up with me",
    # voice-to-text
    "shes a fit personal trainer and her back locks up after squats",
)
FIT_HAD_STILL = (
    "I'm a carer and my client had a fit this morning, she hit her back on the floor",
    "she's having a fit and her back is arching",
    "he's a fit and he's shaking all over, what do I do",
    "i am a diabetic and had a fit last night, back killing me since",
)


def test_a_fit_said_of_who_one_is_is_fitness(rules_alone):
    """"A fit" said of who one is ("I'm a fit person", "he's a fit bloke", "as a fit 68 year
    old"; triage `figurative` forward from "I'm a", "he's a", "as a") is fitness, read
    without a one-word "person" or "athlete" (they stem like "personal", "athletic"); a fit
    had, or a fit named beside what it does, still calls an ambulance."""
    assert_each_without(rules_alone, FIT_DESCRIPTION, "general-emergency")
    assert_each_emergency(rules_alone, FIT_HAD_STILL)



# Part 2: off-topic messages answered, and chitchat answered wrongly.

WHO_AM_I_TALKING_TO = (
    # UK
    "evening, who am I talking to?",
    # US
    "hey there, who am I speaking with",
    # Indian English
    "good morning sir, am i chatting to a real person or a robot",
    # voice-to-text
    "am i talking to a human",
)


@pytest.mark.parametrize("message", WHO_AM_I_TALKING_TO)
def test_who_the_writer_is_talking_to_is_the_bot(rules_alone, message):
    """The one the writer is talking to in this chat is the bot (synonym "are you" of "am I
    talking to", "am I chatting with"): chitchat, never coping's someone to talk to."""
    a = rules_alone(message)
    assert a.kind == "chitchat", (message, a.kind, a.id)


def test_someone_to_talk_to_about_the_pain_is_still_coping(rules_alone):
    """Someone to talk to about the pain is still coping's."""
    for message in ("who can I talk to about my pain, I'm struggling",
                    "i need someone to talk to, this sciatica is getting me down"):
        assert_offered(rules_alone(message), "coping")


SIGNED_OFF = (
    # Scottish
    "Cheers, that's sorted me out. Tight lines!",
    # US
    "thanks, that was helpful. go Packers!",
    # Nigerian
    "Thank you so much, God bless",
    "many thanks and merry christmas",
)


@pytest.mark.parametrize("message", SIGNED_OFF)
def test_a_thanks_signed_off_with_a_wish_is_the_thanks(rules_alone, message):
    """A thanks ended by a wish or a cheer of two words or fewer ("tight lines", "merry
    christmas"; `Scope.signed_off`), asking nothing, is the thanks: the wish names no
    topic."""
    a = rules_alone(message)
    assert a.kind == "chitchat", (message, a.kind, a.id)


def test_a_thanks_beside_a_question_or_a_story_of_another_topic_is_declined(rules_alone):
    """A thanks beside a question of another topic, or a longer clause telling one, is
    still declined."""
    for message in ("Thanks! Where can I buy a decent fly rod?",
                    "thanks. my budgie has been plucking his feathers all week"):
        assert_declined(rules_alone(message), message)


CAMPING_KIT = (
    "which sleeping bag is warmest for wild camping in march",
    # Australian
    "recommend a decent sleeping mat for a music festival?",
    # US
    "are inflatable sleeping pads better than foam ones for backpacking",
)
SLEEP_OF_OURS = (
    "can i sleep in a sleeping bag with sciatica",
    "my leg aches something rotten on the sleeping mat in the tent",
)


@pytest.mark.parametrize("message", CAMPING_KIT)
def test_a_campers_kit_named_with_sleeps_word_is_declined(rules_alone, message):
    """A camper's kit named with sleep's word (sense "camping's kit": a sleeping bag, mat
    or pad) is the kit's, no sleep of the writer's: declined."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize("message", SLEEP_OF_OURS)
def test_a_sleeping_bag_beside_our_complaint_is_still_ours(rules_alone, message):
    """The condition or a complaint in the clause keeps it ours (`kept_by`)."""
    assert_offered(rules_alone(message), "sleeping")


ANIMAL_THE_WRITER_LOOKS_AFTER = (
    "the labrador I walk has bad hips, how far should he go",
    # UK, a groom
    "the old cob I ride has arthritis in his hips, can he still be hacked out",
    # Australian
    "the whippet i mind has stiff back legs, is that normal at 12?",
)


@pytest.mark.parametrize("message", ANIMAL_THE_WRITER_LOOKS_AFTER)
def test_an_animal_the_writer_looks_after_owns_its_body(rules_alone, message):
    """An animal with the writer's clause after it and then its own verb ("the labrador I
    walk has bad hips"; `Scope._relative`) owns the body part: the animal's, declined."""
    assert_declined(rules_alone(message), message)


def test_the_writers_own_pain_after_an_animal_is_still_ours(rules_alone):
    """The writer's own pain said right after an animal, with no verb of the animal's, is
    still the writer's."""
    for message in ("walked the dog i have hip pain now, is it sciatica",
                    "the dog I walk is a big puller, is that bad for my sciatica"):
        a = rules_alone(message)
        assert a.kind != "fallback", (message, a.kind)
