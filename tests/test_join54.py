"""Issue 8, stop 54 (join54): scope53 and words53 landed together, and off-topic messages
of stop 54's question sets. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import (
    assert_declined,
    assert_each_emergency,
    assert_each_warns,
    assert_each_without,
    assert_offered,
)

# Part 1: a sense named inside a comparison is the writer's yardstick.

LIKENED = (
    # UK
    "Think I'm doing the cat stretch wrong - I hold my breath, same as when I'm threading a "
    "needle. Is that one of the usual mistakes?",
    # US
    "I hold my breath through the stretches as if I was threading a needle, is that wrong",
    # Indian English
    "sir while doing stretches i am holding breath similar to when i am threading needle, is "
    "it mistake",
    # voice-to-text
    "am i doing the stretches wrong i hold my breath the same as when im threading a needle",
)


@pytest.mark.parametrize("message", LIKENED)
def test_a_sense_named_in_a_comparison_is_a_yardstick(rules_alone, message):
    """A sense of a shared word ("sewing and its machine": a needle threaded) named after a
    phrase that opens a comparison (`likening`: "same as when", "as if", "similar to") is
    the writer's yardstick for what they do in the stretches, no other topic: the question
    about the stretches' mistakes is answered (holdout52 was declined with scope53)."""
    assert_offered(rules_alone(message), "common-mistakes")


SEWING_COMPARED = (
    "is a twin needle the same as a normal needle on a sewing machine",
    "my sewing machine skips stitches as if the needle is blunt, what do I do",
    "is a C6 disc bulge the same as a slipped disc",
)


@pytest.mark.parametrize("message", SEWING_COMPARED)
def test_a_sense_named_before_the_comparison_is_still_its_own(rules_alone, message):
    """A sense named before the comparison is what the message is about: sewing's needles
    and stitches, the neck's disc, still declined."""
    assert_declined(rules_alone(message), message)


# Part 2: off-topic messages read as urgent, answered, and a thanks read as off-topic.

FIT_DESCRIBED = (
    # Scottish
    "is Ben Nevis ok in a day for a fit 60 year old",
    # UK, older
    "I'm a fit and active bloke of 45, why has sciatica hit me now",
    # US
    "would a fit guy manage the Grand Canyon rim to rim in one day",
    # voice-to-text
    "im a fit healthy woman never had back trouble till now",
)
FIT_HAD = (
    "she had a fit, her eyes rolled back and she was jerking",
    "had a fit this morning, never had one before",
)


def test_a_fit_before_the_one_it_describes_is_fitness(rules_alone):
    """"A fit" before a person or a quality ("a fit hillwalker", "a fit and healthy 50 year
    old") is fitness, no seizure (triage `figurative`); a fit had still calls an ambulance."""
    assert_each_without(rules_alone, FIT_DESCRIBED, "general-emergency")
    assert_each_emergency(rules_alone, FIT_HAD)


DEGREES_OF_A_THING = (
    "what's the safest angle for a ladder, is a 75 degree angle right?",
    # Nigerian
    "cycling in 38 degree heat in Lagos, how much water should I take?",
    "is a 39 degree slope too steep to walk up with a bad back",
)
DEGREES_OF_A_FEVER = (
    "temperature of 39 degrees and my back is agony",
    "been 40 degrees all day and shivering with this back pain",
)


def test_degrees_of_an_angle_or_the_air_are_no_fever(rules_alone):
    """Degrees said before the thing they measure, an angle, a slope, the heat (triage
    `explained`), are no fever; a temperature of the body still warns."""
    assert_each_without(rules_alone, DEGREES_OF_A_THING, "serious-illness-signs")
    assert_each_warns(rules_alone, DEGREES_OF_A_FEVER, "serious-illness-signs")


TACKLE_AS_KIT = (
    "best tackle box for sea fishing off the pier?",
    "where can i buy coarse fishing tackle near Leeds",
    "we drag the tackle bags down the shaft before every trip",
)


def test_tackle_as_kit_is_no_tackle_taken(rules_alone):
    """Tackle as kit, a bag or a box of it, fishing's (triage `explained`): no injury; a
    tackle taken in a match still warns."""
    assert_each_without(rules_alone, TACKLE_AS_KIT, "serious-illness-signs")
    assert_each_warns(rules_alone,
                      ["took a big tackle in the match and my back's been agony since"],
                      "serious-illness-signs")


TO_BITS = (
    "my heels are cracked to bits from the cold, what cream?",
    "the dog chewed my trainers to bits",
    "tent got ripped to bits in the storm last night",
)


def test_to_bits_is_an_idiom_no_private_parts(rules_alone):
    """A thing cracked, torn or chewed "to bits" (triage `pseudo`) names no private parts;
    numbness down to them still warns."""
    assert_each_without(rules_alone, TO_BITS, "cauda-equina")
    assert_each_emergency(rules_alone, ["numb right down to my bits and can't pee"])


KIT_LEGS = (
    "how do I work out the load on each leg of a three leg bridle",
    "what angle should the legs of a two leg sling be kept under",
    "which harness has adjustable leg loops for winter climbing",
)


@pytest.mark.parametrize("message", KIT_LEGS)
def test_a_rigs_or_a_harnesss_legs_are_no_ones(rules_alone, message):
    """The legs of a bridle, a sling or a harness (the sense "rigging's and kit's legs") are
    a load's or a kit's: declined."""
    assert_declined(rules_alone(message), message)


def test_a_leg_that_complains_in_the_harness_stays_ours(rules_alone):
    """A leg that goes numb in the harness is the writer's."""
    message = "my leg goes numb hanging in the harness, is that the sciatica?"
    assert rules_alone(message).kind != "fallback"


GROUND_RESTED = (
    "how long will the lawn take to recover after the marquee",
    "should I rest the raised beds over winter",
    "when will the turf recover after reseeding",
)


@pytest.mark.parametrize("message", GROUND_RESTED)
def test_the_grounds_rest_and_recovery_are_the_grounds(rules_alone, message):
    """A lawn's, turf's or a bed's rest and recovery (the sense "the ground and what
    grows") are no rest or recovery of the writer's: declined."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize(("message", "entry"), (
    ("how long does sciatica take to recover", "time-to-results"),
    ("my back aches after mowing the lawn, should I rest it", "stay-active"),
))
def test_the_writers_rest_beside_the_lawn_stays_ours(rules_alone, message, entry):
    """A complaint of ours keeps the rest and the recovery the writer's."""
    assert_offered(rules_alone(message), entry)


THANKS_BACK_TO_THE_DAY = (
    "cheers, that's sorted me out. back to the dahlias",
    # Australian
    "ta love, off to the market stall",
    "thank you so much, back to the polytunnel now",
)


@pytest.mark.parametrize("message", THANKS_BACK_TO_THE_DAY)
def test_a_thanks_with_where_the_writer_goes_back_to_is_the_thanks(rules_alone, message):
    """A thanks with where the writer goes back or off to after it (`sent_from`: "to"),
    asking nothing, is the thanks."""
    assert rules_alone(message).id == "thanks"


def test_a_thanks_beside_a_question_about_the_garden_is_declined(rules_alone):
    """A thanks beside a question of another topic still declines it."""
    message = "Thanks, but what's the best fertiliser for tulips?"
    assert_declined(rules_alone(message), message)


SEWING_KIT = (
    "is a walking foot worth it for quilting",
    "the presser foot won't come down on my old Singer, any ideas",
    # voice-to-text
    "how do i sew a flat felled seam on jeans",
    "my zipper foot keeps catching the fabric",
)


@pytest.mark.parametrize("message", SEWING_KIT)
def test_a_sewing_machines_feet_and_felled_seams_are_sewings(rules_alone, message):
    """A sewing machine's feet and a felled seam (the sense "sewing and its machine"; triage
    `pseudo`): no foot of anyone's, no foot drop, no fall: declined."""
    assert_declined(rules_alone(message), message)


def test_a_foot_that_complains_at_the_machine_stays_ours(rules_alone):
    """A foot that goes numb on the machine's pedal is the writer's; a foot that catches on
    the stairs still warns."""
    assert rules_alone("my foot goes numb on the pedal of the sewing machine").kind != "fallback"
    assert_each_warns(rules_alone, ["my foot keeps catching on the stairs and my leg feels weak",
                                    "when walking foot drags and catches on the kerb, leg weak"],
                      "progressive-weakness")
