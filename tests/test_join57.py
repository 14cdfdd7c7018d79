"""join57 (issue 8): off-topic messages answered on common words; a child named by age."""

import pytest
from triage_asserts import assert_declined

# Part 1.

CHILD_BY_AGE = (
    # UK, a new dad
    "My three year old won't sleep past half five, any ideas",
    # US, voice-to-text
    "how do i get my two year old to stay asleep through the night",
    # Indian English
    "my eighteen month old is not settling at night, what to do",
    # Australian
    "our 18 month old keeps waking at 4, how do we get her to sleep in",
    # Scottish
    "ma six year old willnae sleep in her ain bed, any tips",
    # Nigerian English, a young father
    "my one year old refuses to nap in the afternoon, what can I do",
)
CHILD_BY_AGE_CARRIED = (
    # the writer's own back, with a child named by age: ours
    ("lifting my two year old hurts my lower back, any tips", "lifting"),
    ("my toddler is not sleeping and my back is killing me from rocking him", None),
    ("had sciatica since my three year old was born, will it ever go", None),
)
CHILD_BY_AGE_SIGNS = (
    # a child's emergency still warns, and an adult named by age is no child
    "my two year old fell down the stairs and now can't move his legs",
    "I'm caring for my 80 year old dad, he's wet himself and his legs have gone numb",
    "my fourteen year old has back pain and his legs have gone numb and he's wet himself",
)


@pytest.mark.parametrize("message", CHILD_BY_AGE)
def test_a_child_named_by_age_is_a_being(rules_alone, message):
    """Someone named by an age after a number, in digits or words ("my two year old", "an
    18 month old": language.yaml `aged`, `aged_years`), is a young being as a child's word
    is: their sleep is theirs, declined (`Scope._aged_at`)."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize(("message", "entry"), CHILD_BY_AGE_CARRIED)
def test_the_writers_back_beside_a_child_named_by_age_stays_ours(rules_alone, message, entry):
    """The writer's own back or condition beside a child named by age keeps the message
    ours."""
    a = rules_alone(message)
    assert a.kind != "fallback", (message, a.kind, a.id)
    if entry is not None:
        assert a.id == entry, (message, a.kind, a.id)


@pytest.mark.parametrize("message", CHILD_BY_AGE_SIGNS)
def test_signs_beside_an_age_still_warn(rules_alone, message):
    """Scope only: triage reads a child's signs, and an adult's told by a carer, as it did."""
    a = rules_alone(message)
    assert a.kind == "urgent", (message, a.kind, a.id)


def test_an_adult_named_by_age_is_no_child(rules_alone):
    """An age from 18 years names no young one: the writer's own question stays ours."""
    message = "I'm a 45 year old bloke with sciatica, can I still go running"
    a = rules_alone(message)
    assert a.kind != "fallback", (message, a.kind, a.id)


NERVES_BEFORE_AN_EVENT = (
    # UK, a swimmer
    "never sleep the night before a big competition, nerves, how do I switch off",
    # US
    "how do I handle pre game nerves, I'm shaking in the locker room",
    # Australian, a boxer
    "can't get to sleep before a big fight, any tips to settle down",
    # Indian English
    "race day nerves are killing my appetite, what should I eat",
)
NERVES_OF_OURS = (
    "is my sciatica pain because of nerves or muscles",
    "the nerve pain down my leg keeps me up the night before work",
)


@pytest.mark.parametrize("message", NERVES_BEFORE_AN_EVENT)
def test_nerves_before_an_event_are_worry(rules_alone, message):
    """Nerves named for an event ("pre game nerves", "race day nerves") and sleep lost
    before a contest (`elsewhere`: "before a big fight") are worry, another topic: declined
    (language.yaml `jitters`, `elsewhere`)."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize("message", NERVES_OF_OURS)
def test_nerves_of_ours_stay_ours(rules_alone, message):
    """Nerves of the body, said bare ("because of nerves"), stay ours."""
    a = rules_alone(message)
    assert a.kind != "fallback", (message, a.kind, a.id)


COURSEWORK = (
    # UK, a trainee personal trainer
    "Got my level 3 PT exam on Thursday, how should I revise",
    # US
    "any tips for studying for my physio finals, so much to memorise",
    # Indian English
    "which books are best for the physiotherapy degree first year",
)


@pytest.mark.parametrize("message", COURSEWORK)
def test_care_studied_for_is_a_students_subject(rules_alone, message):
    """A care or a trade named with its exam or course ("my PT exam", "physio finals") is
    a student's subject, no care the writer is given (`coursework`): declined."""
    assert_declined(rules_alone(message), message)


def test_sitting_exams_with_the_condition_stays_ours(rules_alone):
    """Sitting exams with the condition is still `sitting-and-work`'s."""
    message = "sitting a three hour exam with sciatica, any tips"
    a = rules_alone(message)
    assert a.id == "sitting-and-work", (message, a.kind, a.id)


JOB_BY_WHAT_IT_TEACHES = (
    # Irish
    "what insurance does a self employed pilates instructor need",
    # US
    "how much should a yoga teacher charge for a private class",
    # Australian
    "are spin instructors employees or contractors at most gyms",
)


@pytest.mark.parametrize("message", JOB_BY_WHAT_IT_TEACHES)
def test_a_job_named_by_what_it_teaches_is_no_yoga_done(rules_alone, message):
    """A job named by what it teaches ("a yoga teacher", "pilates instructors": the
    synonym `tutor`) is who someone is, no yoga or pilates done: declined."""
    assert_declined(rules_alone(message), message)


def test_yoga_of_ours_stays_ours(rules_alone):
    """The writer's own yoga, or a teacher's advice about the back, stays ours."""
    for message in ("is yoga good for sciatica",
                    "my yoga teacher says cobra is good for sciatica, is it"):
        a = rules_alone(message)
        assert a.kind != "fallback", (message, a.kind, a.id)


MAKING_ROOM = (
    # Scottish
    "how do I get folk to budge up on the pews at a funeral",
    # UK
    "people won't shuffle along the row at the school play, how do I ask nicely",
    # US
    "how do I get everyone to scooch up on the bleachers",
)


@pytest.mark.parametrize("message", MAKING_ROOM)
def test_making_room_on_a_row_is_no_sit_up(rules_alone, message):
    """People asked to move along a row ("budge up", "get them to move up": the synonym
    `make room`) share a seat, no sit-up: declined."""
    assert_declined(rules_alone(message), message)


def test_sit_ups_moved_up_to_stay_ours(rules_alone):
    """Moving up in reps stays the curl-up's; pain moving up the leg stays ours."""
    a = rules_alone("how many sit ups should I do, can I move up to 20")
    assert a.id == "curl-up", (a.kind, a.id)
    a = rules_alone("the tingling moves up my leg when I sit, is that normal")
    assert a.kind != "fallback", (a.kind, a.id)


SMART_SPEAKER = (
    # UK
    "how do I set up a morning routine on my Alexa",
    # US
    "can my google home run a bedtime routine for the lights",
    # Australian
    "which smart speaker is best for a small kitchen",
)


@pytest.mark.parametrize("message", SMART_SPEAKER)
def test_a_smart_speakers_routine_is_the_devices(rules_alone, message):
    """A smart speaker's routines and settings are the device's (`elsewhere`): declined."""
    assert_declined(rules_alone(message), message)


def test_a_smart_speaker_beside_ours_stays_ours(rules_alone):
    """Said beside ours, a smart speaker is no other topic."""
    message = "can Alexa remind me to do my sciatica stretches every morning"
    a = rules_alone(message)
    assert a.kind != "fallback", (message, a.kind, a.id)


# Part 2.

TOE_PICKS = (
    # US, a figure skater
    "my toe pick keeps catching when I land my loop, any tips",
    # UK, a coach
    "how do I sharpen toe picks without wrecking the blade",
    # Canadian voice-to-text
    "toe picks dragging on my back crossovers how do I fix it",
)
TOES_CATCHING = (
    "my toes keep catching on the floor when I walk and my foot slaps down",
    "my toe keeps catching on the kerb since the sciatica got worse",
)


@pytest.mark.parametrize("message", TOE_PICKS)
def test_a_skates_toe_picks_are_no_toes(rules_alone, message):
    """The teeth of a figure skate's blade ("toe picks": the synonym `toepick`) are the
    skate's, no toe catching: declined, no warning."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize("message", TOES_CATCHING)
def test_toes_catching_still_warn(rules_alone, message):
    """A toe of the writer's catching as they walk still warns."""
    a = rules_alone(message)
    assert a.kind == "urgent", (message, a.kind, a.id)


BABY_COLIC = (
    # UK
    "is a hot water bottle ok for my little one's colic",
    # US
    "does a heating pad help colic in newborns",
    # Indian English
    "can I keep a warm compress on my colicky baby's stomach",
)


@pytest.mark.parametrize("message", BABY_COLIC)
def test_a_babys_colic_is_its_own_trouble(rules_alone, message):
    """A baby's colic (`elsewhere`) is its own trouble: heat for it is declined."""
    assert_declined(rules_alone(message), message)


def test_the_writers_back_beside_colic_stays_ours(rules_alone):
    """The writer's own back beside a baby's colic stays ours."""
    message = "my baby has colic and rocking her all night has wrecked my lower back, heat or ice?"
    a = rules_alone(message)
    assert a.id == "heat-and-ice", (message, a.kind, a.id)


HEADSET_CUTTING_OUT = (
    # UK, a call-centre agent
    "My headset keeps cutting out on the softphone every few calls, how do I sort it",
    # US
    "the mic on my headset cuts out mid call, what do I do",
)
CUTTING_ONESELF = (
    "I keep cutting myself when the pain gets too much",
    "I've been cutting my arms again since the sciatica started, I can't cope",
)


@pytest.mark.parametrize("message", HEADSET_CUTTING_OUT)
def test_a_headset_cutting_out_is_the_devices(rules_alone, message):
    """A headset or a softphone that cuts out (triage.yaml `things`) is the device's: no
    warning of harm, declined."""
    assert_declined(rules_alone(message), message)


@pytest.mark.parametrize("message", CUTTING_ONESELF)
def test_cutting_oneself_still_warns(rules_alone, message):
    """Cutting oneself still warns."""
    a = rules_alone(message)
    assert a.kind == "urgent" and a.id == "distress", (message, a.kind, a.id)
