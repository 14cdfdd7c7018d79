"""Stop 30 (questions30, issue 8): questions whose kind, not their words, says the entry.

Going for help now or waiting ("A&E tonight or wait for the GP?") is a question of when to
see a doctor: a choice read from its two sides with "or" between them (`against` in
language.yaml `intents`), which puts that entry first whatever words the message shares
with surgery or the warning signs; asking which signs mean going now still asks for the
signs, and a choice between going and waiting about something else (visiting someone in
hospital, a bus or a taxi) says nothing of ours. A cue that asks for one or two entries
has them scored even where no rare word of the message pulls them in ("is that
sciatica?"). Kit bought for the condition (a mat, a foam roller, a counter app) is what a
question only we answer is done with ("how many reps, I count them on an app"), while the
same kit asked about for itself stays another topic. Ringing someone is how one asks, and
"zero" is a number. Second part: "is that normal?" asks the entry written for the situation
the writer is in (an operation, a pregnancy, a nerve-pain medicine) only where that
situation is said; what was spent on care is how much it cost, not another topic; a pain
that sitting makes worse offers sitting at work. Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

# Go now or wait: when to see a doctor, answered outright.
GO_OR_WAIT = [
    "walk in centre tonight or leave it till the morning?",
    "wait for the physio or go to hospital?",
    "doctor today or wait till my appointment next week",
    "is it worth ringing an ambulance or do i wait",
    "should i ring 111 or just wait for my appointment next week",
    "a and e, or hold off till monday?",
]

# Its near misses: the signs asked for, or a choice about something that is not ours.
SIGNS = [
    "what signs mean i should go to a and e rather than wait",
    "which symptoms mean hospital now instead of waiting for the gp",
]
NOT_OURS = [
    "my mum is in hospital, should i visit tonight or wait till tomorrow",
    "does the hospital car park take cards or cash",
    "best ring light for video calls",
]

# A cue's own entries, scored though no rare word pulls them in, and kit beside a question
# only we answer: the entry asked for leads.
ASKED = [
    ("my calf tingles when i sit, could that be a nerve from my back",
     "what-is-lumbar-radiculopathy"),
    ("only down the back of my left leg, is that sciatica?", "sciatica-vs-radiculopathy"),
    ("how much longer will this leg pain go on, its been 5 weeks", "time-to-results"),
    ("is exercising good for a trapped nerve or does it make it worse", "how-exercise-helps"),
    ("how many reps should i aim for, i count them on an app", "reps-and-sets"),
    ("bought a foam roller and a mat, can you give me a daily plan", "routine"),
    ("ten days and zero change, is it time to see someone", "when-to-see-doctor"),
]

# Kit for itself, and "how much longer" of something else: declined.
KIT_ALONE = [
    "is there a good app for tracking steps",
    "which fitness tracker is best for swimming",
    "how much longer is the queue at the post office",
    "thick or thin mat for hot yoga",
]


@pytest.mark.parametrize("message", GO_OR_WAIT)
def test_go_now_or_wait_is_when_to_see_a_doctor(ask, message):
    a = ask(message)
    assert (a.kind, a.id) == ("faq", "when-to-see-doctor"), (a.kind, a.id)


@pytest.mark.parametrize("message", SIGNS)
def test_which_signs_mean_going_now_is_the_signs(ask, message):
    assert_reaches(ask(message), "redflags")


@pytest.mark.parametrize("message", [*NOT_OURS, *KIT_ALONE])
def test_a_choice_about_something_else_and_kit_for_itself_are_declined(ask, message):
    assert_declined(ask(message), message)


@pytest.mark.parametrize(("message", "entry"), ASKED)
def test_the_entry_asked_for_leads(ask, message, entry):
    assert_reaches(ask(message), entry)


def test_a_choice_needs_both_sides(kb):
    """One side alone is no choice: "is the hospital far" weighs nothing."""
    from bot.engine.pipeline import compile_knowledge

    matcher = compile_knowledge(kb).matcher
    assert matcher.cued("a and e or wait for the gp?") == [("when-to-see-doctor",)]
    assert matcher.cued("is the hospital far from the station") == []
    assert matcher.cued("wait, or should i") == []


# Second part.
SECOND = [
    ("two weeks on from my microdiscectomy and the foot is still numb, is that normal",
     "after-surgery"),
    ("spent a lot on cushions, do i need surgery now", "surgery"),
    ("spending so much on massages, should i have the operation instead", "surgery"),
    ("sitting kills me in the office, any ideas", "sitting-and-work"),
]
SECOND_DECLINED = [
    "spent loads on my holiday, is that normal",
    "sitting kills the vibe at parties",
]


@pytest.mark.parametrize(("message", "entry"), SECOND)
def test_second_part_offers_the_entry(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", SECOND_DECLINED)
def test_second_part_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_is_that_normal_asks_a_situation_only_where_one_is_said(ask):
    """Without an operation, a pregnancy or a medicine said, "is that normal?" leans to
    none of their entries; with one said now, to its entry."""
    situations = {"after-surgery", "pregnancy", "nerve-pain-medicines"}
    assert ask("my calf aches after the stretches, is that normal?").id not in situations
    assert ask("is it normal to feel stiff in the mornings").id not in situations
    assert ask("on pregabalin a week and spaced out, is that normal").id == (
        "nerve-pain-medicines")
