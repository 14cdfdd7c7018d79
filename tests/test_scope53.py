"""Issue 8, stop 53 (scope53): off-topic messages of stop 53's question sets (care staff;
runners and cyclists; swimmers and sailors; martial artists; pilots) answered by one shared
word, read by what their words name: another body part, another condition, a gadget, money
owed, a thing's part, a gym's ball, a sport's goal, a chat's privacy, a room kept cool, a
greeting word in another question; and a chest tight with a cold. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import (
    assert_calm,
    assert_declined,
    assert_emergency,
    assert_offered,
)

ACHILLES = (
    "my achilles is dead stiff when I get out of bed",
    "Achilles tendon feels tight after basketball, what stretch should I do?",
    "sir my achilles is paining since morning walk, what to do",
)


@pytest.mark.parametrize("message", ACHILLES)
def test_the_heels_tendon_is_another_part(rules_alone, message):
    """"Achilles" stems to "achill", a prefixed "chill" to the scope, so the heel's tendon
    named alone pointed nowhere: it is another body part (`elsewhere`)."""
    assert_declined(rules_alone(message), message)


def test_the_leg_down_to_the_achilles_stays_ours(rules_alone):
    """Beside the condition the tendon is where the pain goes: still ours."""
    message = "sciatica down the back of my leg right to my achilles, is that normal?"
    assert rules_alone(message).kind != "fallback"


SLEEP = (
    "just been told I've got mild sleep apnea, what does that mean",
    "waiting on my sleep study, how long do the results take?",
    "the sleep clinic wants me back for another sleep test, is that normal",
)


@pytest.mark.parametrize("message", SLEEP)
def test_sleep_apnoea_and_its_study_are_another_condition(rules_alone, message):
    """Breathing stopping in sleep, and the study that finds it, is another condition's
    (`elsewhere`, `illnesses`): "results" is no scan of ours."""
    assert_declined(rules_alone(message), message)


THINGS = (
    "how do I claim the back pay my old employer owes me?",
    "is back rent still owed if the landlord never fixed the boiler?",
    "how do you take the back tyre off a mountain bike",
    "how do I get the back wheel off the buggy, it's jammed",
)


@pytest.mark.parametrize("message", THINGS)
def test_back_pay_and_a_back_wheel_are_no_back(rules_alone, message):
    """Money owed from before ("back pay", the synonym `backpay`) and a thing's back part
    ("backseat") are no back of anyone's; a thing before a particle ("get the back wheel
    off") is what is moved, no verb of the writer's own words (Scope._own)."""
    assert_declined(rules_alone(message), message)


def test_back_pay_said_beside_the_back_stays_ours(rules_alone):
    """The back beside lost pay is still the writer's back."""
    message = "my back is costing me pay, I keep missing shifts with the sciatica"
    assert rules_alone(message).kind != "fallback"


GADGETS = (
    "how do I pair my Fitbit with my new phone",
    "my Garmin keeps losing the signal on my runs, how do I sort it",
    "reset my smartwatch to factory settings pls",
    "how do I change the workout settings on my Apple Watch",
)


@pytest.mark.parametrize("message", GADGETS)
def test_a_watch_or_a_tracker_is_another_topic(rules_alone, message):
    """A sports watch, a tracker and their settings (`elsewhere`; the phones' sense takes
    "settings", whose stem is "set"): no sets of ours."""
    assert_declined(rules_alone(message), message)


def test_a_watch_counting_sets_beside_the_condition_stays_ours(rules_alone):
    """The watch told beside the condition is the writer's day: reps and sets still."""
    message = "my watch says I did 3 sets of the stretches, is that enough for my sciatica?"
    assert_offered(rules_alone(message), "reps-and-sets")


GREETING_WORD = (
    "Is it worth starting a nursing degree apprenticeship at 45?",
    "Is it too late to start learning the piano at 60?",
    "when does the new bakery start opening on sundays?",
)


@pytest.mark.parametrize("message", GREETING_WORD)
def test_a_greeting_word_in_another_question_is_no_hello(rules_alone, message):
    """"Start" is one of the hello phrasings; matched loosely inside a question about
    something else, whose words no entry uses, it is no greeting (pipeline, _match)."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize("message", ("hello", "start", "good morning from Lagos",
                                     "hi there, anyone about?"))
def test_a_greeting_still_greets(rules_alone, message):
    """A greeting said as one still gets its hello."""
    a = rules_alone(message)
    assert (a.kind, a.id) == ("chitchat", "hello"), (message, a.kind, a.id)


GOALS_AND_BALLS = (
    "best exercises for leg power for sprinting",
    "how do rugby players build explosive power",
    "medicine ball slams or kettlebells for a HIIT class?",
    "how heavy should a wall ball be for a beginner",
)


@pytest.mark.parametrize("message", GOALS_AND_BALLS)
def test_a_sports_power_and_a_gyms_ball_are_another_topic(rules_alone, message):
    """A sport's power as the goal (`goals`: "leg power") and a gym's thrown ball (the
    synonym `medball`; no "ball" of the knee hug's pictures) are another topic's."""
    assert_declined(rules_alone(message), message)


PRIVACY_AND_COOL = (
    "are my messages to you end to end encrypted?",
    "is this chat covered by GDPR?",
    "the aircon in the gym is broken, any tips for keeping cool in a spin class",
    "how do I keep cool on night shift with no air con",
)


@pytest.mark.parametrize("message", PRIVACY_AND_COOL)
def test_a_chats_privacy_and_a_room_kept_cool_are_another_topic(rules_alone, message):
    """A chat's encryption (`elsewhere`) and a room or a writer kept cool (the home's heat
    and cold's sense takes "cool" and "heat") are no heat or care of ours."""
    assert_declined(rules_alone(message), message)


def test_heat_for_the_condition_stays_ours(rules_alone):
    """Heat asked for the condition is still heat and ice."""
    assert_offered(rules_alone("is heat or ice better for sciatica?"), "heat-and-ice")


COLD_CHEST = (
    "I've a cold and a tight chest, should I skip swim training this week?",
    "got a chesty cough and my chest feels tight, ok to go to spin class?",
    "full of a cold, chest a bit tight, should I skip parkrun",
    "abeg I get catarrh and my chest tight small, make I still go gym?",
)


@pytest.mark.parametrize("message", COLD_CHEST)
def test_a_chest_tight_with_a_cold_is_the_cold(rules_alone, message):
    """A chest tight with a cold, a cough or catarrh (a triage `explained` rule): the cold
    explains it. Beside it, the signs that must still warn (next test)."""
    assert_calm(rules_alone(message), message)


CHEST_SIGNS = (
    "I have a cold but my chest is tight and crushing and my left arm is numb",
    "chest infection, now my chest is tight and I can't breathe properly",
    "I've a cold and now a tight chest with sweating and feeling sick",
    "had a cough all week, chest is tight and the pain is going into my jaw",
)


@pytest.mark.parametrize("message", CHEST_SIGNS)
def test_a_tight_chest_with_its_danger_signs_still_warns(rules_alone, message):
    """The signs beside the calm: a crushing chest, a spread to the arm or the jaw,
    breathlessness, sweating or sickness warn whatever cold is said."""
    assert_emergency(rules_alone(message), message)


# Part 2: the bot's own small talk, and sewing's words.

CHITCHAT = (
    ("how are you", "hello"),
    ("how are you?", "hello"),
    ("are you a real doctor or just a bot?", "about-bot"),
    ("am I talking to a real person or a computer?", "about-bot"),
    ("cheers pal ur a star", "thanks"),
    ("ta love, your a gem", "thanks"),
    ("thanks so much, ur a lifesaver", "thanks"),
    ("oss sensei, thank you", "thanks"),
    ("thanks a million, off for a swim now", "thanks"),
    ("ta very much, off to the gym", "thanks"),
)


@pytest.mark.parametrize(("message", "entry"), CHITCHAT)
def test_small_talk_gets_its_small_talk(rules_alone, message, entry):
    """Small talk: a greeting said word for word ("how are you" was read as "what is it"),
    whether the one answering is a real person or a carer (about-bot's phrasings), praise
    in chat's spelling of "you're" and a dojo's "osu" (spellings), and a thanks with the
    writer's day after it that asks nothing (pipeline, _match): never declined."""
    a = rules_alone(message)
    assert (a.kind, a.id) == ("chitchat", entry), (message, a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), (
    ("hi, how many reps?", "reps-and-sets"),
    ("hi, can I drive?", "driving"),
    ("hello, my back is killing me", "flare-up"),
))
def test_a_greeting_beside_a_question_of_ours_still_answers_it(rules_alone, message, entry):
    """A greeting beside a question of ours is still the question's."""
    assert_offered(rules_alone(message), entry)


@pytest.mark.parametrize("message", ("thanks, what about swimming?",
                                     "cheers, where can I buy a fishing rod"))
def test_a_thanks_beside_another_question_is_declined(rules_alone, message):
    """A thanks beside a question about something else still declines it."""
    assert_declined(rules_alone(message), message)


SEWING = (
    "how do u thread a twin needle on a brother machine",
    "How do I set up an Etsy shop for my quilts? tech is not my thing",
    "the overlocker is skipping stitches again, what am I doing wrong",
    "which needle for stretchy fabric on my sewing machine",
)


@pytest.mark.parametrize("message", SEWING)
def test_sewings_skipped_stitches_needles_and_shops_are_sewings(rules_alone, message):
    """Stitches skipped, a machine's needle, a shop set up (the sense "sewing and its
    machine"): no skipped stretches, acupuncture or sets of ours."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize(("message", "entry"), (
    ("I keep skipping my stretches with all the sewing orders, does that matter?",
     "skipping-stretches"),
    ("is acupuncture with needles any good for sciatica? I sew all day", "hands-on-therapies"),
    ("how many sets of the stretches should I do, I'm at the sewing machine all day",
     "reps-and-sets"),
))
def test_a_clause_of_ours_beside_sewing_stays_ours(rules_alone, message, entry):
    """A clause of ours keeps its skipped stretches, needles and sets."""
    assert_offered(rules_alone(message), entry)


def test_the_gps_apostrophe_is_the_doctor(rules_alone):
    """"GP's" reads as "gps": never a gadget's word (batch53b: a covered question declined)."""
    message = "GP's put me on gabapentin, safe to take long term?"
    assert rules_alone(message).kind != "fallback"
