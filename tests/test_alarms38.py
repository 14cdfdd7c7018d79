"""Issue 7, stop 38 (alarms38): stop 37's look-alikes landed with their two causes fixed,
then false alarms of the learned reader against the rules' denials and of people who vent.
Each calm reading is checked beside the same kind of words with the sign itself, which must
still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught

# ---------------------------------------------------------------- part 1: look-alikes landed


def test_a_bout_fine_in_a_minute_that_comes_back_in_another_sentence_warns(ask):
    """"Fine after a minute" calms the story before it only while nothing anywhere in the
    message says it came back, keeps coming or lasted (`recurring`, read message-wide)."""
    over = "My leg just gave way on the stairs, fine a minute later. Carried on with my day."
    again = "My leg just gave way on the stairs, fine a minute later. Did it again this evening."
    times = "Leg buckled under me at work, fine a second later. Three times since lunch."
    still = "Leg gave way getting out of the car, fine after a minute. Still feels weak now."
    other = ("Leg gave way after kneeling to weed the garden, fine after a minute. The "
             "sciatica is in the other leg anyway.")
    assert_calm(ask(over), over)
    assert_calm(ask(other), other)
    assert_caught(ask(again), again, "progressive-weakness")
    assert_caught(ask(times), times, "progressive-weakness")
    assert_caught(ask(still), still, "progressive-weakness")


def test_a_denied_list_goes_on_past_a_word_of_a_rule_for_other_signs(ask):
    """A list after "nil" or "denies" is denied item by item; a body word inside an item that
    is the trigger of a rule for other signs only (a tight chest's "legs", "back") does not
    end the list. A sign told after the list, or a list that is not denied, still warns."""
    nil = "Review today. Red flags: nil - saddle numbness, retention, bilateral leg weakness."
    denies = "Clinic letter: denies saddle anaesthesia, incontinence, numbness in both legs."
    then = ("Review today. Red flags: nil - saddle numbness, retention. But since this "
            "morning I can't feel my bum on the toilet and can't pee.")
    present = "Since this morning: saddle numbness, retention, weakness in both legs."
    assert_calm(ask(nil), nil)
    assert_calm(ask(denies), denies)
    assert_caught(ask(then), then, "cauda-equina")
    assert_caught(ask(present), present, "cauda-equina")
