"""Daily-life questions and the off-topic messages that share their words (stop 19). Nerves
before an event are worry, a DVD's disc is no disc, a question about money while off sick
is no question about warning signs; a chore done "without bending wrong", "this" for the
condition and chat spellings ("enuf", "outta") make a covered question ours. Wordings are
the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import known_learned_alarm

DECLINED = [
    "how do I settle my nerves before a job interview",
    "exam nerves tonight, any tips to sleep?",
    "best way to copy a game disc onto my pc",
    "can I get a council tax discount while I'm off sick",
]

ANSWERED = [
    ("how should I carry the laundry basket without bending wrong", {"lifting"}),
    ("is twice a day enuf for the stretches", {"reps-and-sets"}),
    ("should I stay off work till this settles", {"sitting-and-work", "stay-active"}),
]


@pytest.mark.parametrize("message", DECLINED)
def test_other_topics_sharing_our_words_are_declined(ask, message):
    a = ask(message)
    assert a.kind == "fallback", (message, a.kind, a.id)


@pytest.mark.parametrize(("message", "wanted"), ANSWERED)
def test_covered_daily_life_questions_are_answered(ask, message, wanted):
    a = ask(message)
    assert a.kind == "faq" and a.id in wanted, (message, a.kind, a.id)


def test_rolling_out_of_bed_to_start_the_day_is_no_fall(ask):
    """Getting up said as rolling out of bed; a fall out of bed that hurt still warns."""
    assert ask("can I just roll out of bed and start the exercises").kind != "urgent"
    assert ask("rolled out of bed in the night and landed on my back, agony").kind == "urgent"


DECLINED_PETS = [
    "my rabbit has stopped using his hay, should I worry",
    "our guinea pig sleeps all day, is that normal",
]


@pytest.mark.parametrize("message", DECLINED_PETS)
def test_a_small_pets_health_is_a_vets(ask, message):
    a = ask(message)
    assert a.kind == "fallback", (message, a.kind, a.id)


STORY_TIPS = [
    ("long shifts on a till with this leg pain and I'm 20 weeks pregnant. any tips?",
     "pregnancy"),
    ("2 hour drive to my mum's on saturday and the sciatica hates the car. tips?", "driving"),
]


@pytest.mark.parametrize(("message", "wanted"), STORY_TIPS)
def test_tips_asked_after_a_story_are_about_the_story(ask, message, wanted):
    """'Any tips?' after telling one's day asks about that day, not about exercising
    safely; 'tips' alone still gets the exercise tips."""
    a = ask(message)
    assert a.kind == "faq" and a.id == wanted, (message, a.kind, a.id)
    assert ask("tips").id == "safety-tips"


# Stop 23 (issue 8: no covered question declined). A day's harm, being well in time for a
# day, and words of how bad a day is or how a care is weighed are the writer's own
# condition, not another topic; a saying is the plain word it stands for; chat spellings of
# small words are those words.
NOT_DECLINED = [
    ("a weekend camping on a blow up bed, will that wreck me", {"sleeping", "stay-active"}),
    ("we did the whole museum on foot and i woke up worse, now what", {"flare-up"}),
    ("huge flare this morning, what now", {"flare-up"}),
    ("is there any consensus on physio versus a chiropractor", {"hands-on-therapies",
                                                                "physical-therapy"}),
    ("wich stretches are best before bed", {"best-exercise", "sleeping"}),
    # where a care is bought, how fast the exercises are done, idioms of the mind and of
    # watching: no other topic, no head or eye
    ("tens machine off amazon, any good?", {"hands-on-therapies"}),
    ("does it matter if i rush the stretches", {"common-mistakes", "safety-tips"}),
    ("my osteopath says it's all in my head, is it?", {"coping", "hands-on-therapies"}),
    ("what should I keep an eye out for with this", {"redflags"}),
    # whether the writer may still do a thing of daily life is about their condition
    ("netball tonight, doable or am i mad", {"other-exercise", "what-to-avoid"}),
]


# A message where nothing points elsewhere asks something of ours by its cue alone: it is
# offered the entry asked for, never declined.
CUED = [
    ("realistically how many weeks before i can do a full day again", "time-to-results"),
    ("how many weeks before i can do a whole day at my desk", "time-to-results"),
]


@pytest.mark.parametrize(("message", "wanted"), CUED)
def test_a_question_asking_only_our_kind_of_answer_gets_a_choice(ask, message, wanted):
    a = ask(message)
    assert a.kind in ("clarify", "faq"), (message, a.kind, a.id)
    assert wanted in {a.id, *(s.id for s in a.suggestions)}, (message, a.kind, a.id)


@pytest.mark.parametrize(("message", "wanted"), NOT_DECLINED)
def test_a_covered_question_in_everyday_sayings_is_not_declined(ask, message, wanted):
    a = ask(message)
    known_learned_alarm(a, message)
    assert a.kind != "fallback", (message, a.kind, a.id)
    ids = {a.id} if a.id else {s.id for s in a.suggestions}
    assert ids & wanted, (message, a.kind, a.id, ids)


STILL_DECLINED = [
    "is buying a second home a slippery slope to debt",
    "what's the gold standard camera for wildlife photography",
    "massive flare from the barbecue, how do i stop it",
    "best tent for a week of festival camping",
    "keep an eye out for my parcel please",
    "how do i split a bill on amazon",
    "can i still go to the cinema if my ticket is for yesterday",
]


@pytest.mark.parametrize("message", STILL_DECLINED)
def test_the_same_sayings_about_another_topic_are_declined(ask, message):
    a = ask(message)
    assert a.kind == "fallback", (message, a.kind, a.id)
