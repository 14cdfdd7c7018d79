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
