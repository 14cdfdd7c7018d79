"""join56 (issue 8): join55's part 2 landed mended, then off-topic and chitchat answered."""

import pytest
from triage_asserts import assert_declined

# Part 1: a sign-off (`Scope.signed_off`) is never read in a message about another being.

ANOTHER_BEINGS_TROUBLE = (
    # UK, a new mum
    "my baby's got colic and screams half the night, what to do",
    # voice-to-text
    "my little one cries all night colic what to do",
    # Nigerian
    "my son has malaria, what to do",
    # Scottish
    "wee dug's got fleas, help",
    # US
    "she has strep throat, what now",
)


@pytest.mark.parametrize("message", ANOTHER_BEINGS_TROUBLE)
def test_short_clauses_about_another_being_are_no_sign_off(rules_alone, message):
    """A message that names a being other than the writer (a child, a relative, an animal,
    he or she) tells of that one's trouble in its short clauses: no wish or cheer that ends
    a thanks (`Scope.signed_off`), so the trouble stays another topic: declined."""
    assert_declined(rules_alone(message), message)


def test_a_thanks_signed_off_still_is_the_thanks(rules_alone):
    """The rule's gain kept: a thanks ended by a short wish, no other being named, is the
    thanks."""
    for message in ("ta very much, happy easter", "thanks a million, go Eagles!"):
        a = rules_alone(message)
        assert a.kind == "chitchat", (message, a.kind, a.id)


# Part 2: off-topic read as urgent, off-topic answered, chitchat declined.

RESTRAINING_SOMEONE = (
    # UK, a custody officer
    "can we restrain a detainee by the arm on the way to the van",
    # US, a vet tech
    "how should we restrain a big dog for its jab at the vets",
    # Indian English, a conductor
    "is it legal to restrain a passenger who is abusive on the bus",
)
RESTRAINED = (
    "got restrained by three officers last night and landed on my back, now my leg is numb",
    # Scottish
    "wis restrained face doon by the bouncers and my back and leg are agony since",
    # US
    "police restrained me on the ground and my lower back has been screaming since",
)


@pytest.mark.parametrize("message", RESTRAINING_SOMEONE)
def test_restraining_someone_is_no_blow_to_the_writer(rules_alone, message):
    """Restraint done by the writer to someone (a job's hold, asked how or whether to do
    it) is no blow to the writer: the trauma terms name being restrained ("got restrained",
    "restrained me"), never a bare "restrain". No warning, declined."""
    a = rules_alone(message)
    assert a.kind != "urgent", (message, a.kind, a.id)
    assert_declined(a, message)


@pytest.mark.parametrize("message", RESTRAINED)
def test_being_restrained_still_warns(rules_alone, message):
    """Being restrained by others is still a blow to the back (trauma): it warns."""
    a = rules_alone(message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs", (message, a.kind, a.id)


BACK_OF_A_HALL = (
    # UK, a vicar
    "nobody will sit anywhere but the back pews, how do I fill the front",
    # US, a teacher
    "how do I get the kids in the back of the classroom to pay attention",
    # Nigerian, a pastor
    "the youths sit at the back of the church and chat during the sermon, what can I do",
)


@pytest.mark.parametrize("message", BACK_OF_A_HALL)
def test_the_back_of_a_halls_seating_is_a_place(rules_alone, message):
    """The back of a hall's seating (the back pews, benches, stalls; the back of the church,
    the class, the theatre) is a place, no back of anyone's (synonym `backroom`): declined."""
    assert_declined(rules_alone(message), message)


def test_the_writers_back_on_the_back_pews_is_still_ours(rules_alone):
    """The writer's own back said beside the place keeps the message ours."""
    a = rules_alone("my back aches something awful sitting on the back pews for a long service")
    assert a.kind != "fallback", (a.kind, a.id)


BLESSED_SIGN_OFF = (
    # Nigerian
    "thank you so much doctor, God be with you",
    # Indian English
    "thanks a lot, that cleared it up. peace be upon you",
    # Australian
    "cheers mate, all the best to ya",
)


@pytest.mark.parametrize("message", BLESSED_SIGN_OFF)
def test_a_blessing_on_the_reader_is_a_sign_off(rules_alone, message):
    """A blessing or wish on the reader after a thanks ("peace be upon you", "God be with
    you"): the reader's word (`asking_after`: you, ya) is no word of the wish, so it is a
    sign-off of two words and the message is the thanks."""
    a = rules_alone(message)
    assert a.kind == "chitchat", (message, a.kind, a.id)


def test_a_blessing_beside_a_question_of_another_topic_is_declined(rules_alone):
    """A blessing beside a question of another topic is still declined."""
    message = "thanks, God be with you. where can I buy a prayer mat"
    assert_declined(rules_alone(message), message)
