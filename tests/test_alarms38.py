"""Issue 7, stop 38 (alarms38): stop 37's look-alikes landed with their two causes fixed,
then false alarms of the learned reader against the rules' denials and of people who vent.
Each calm reading is checked beside the same kind of words with the sign itself, which must
still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught, assert_emergency

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


# ---------------------------------------------------------------- part 2: denials, venting


def test_a_list_of_denials_needs_more_than_sure_for_the_learned_reader(ask):
    """Every sign of a flag the message names read as denied by the rules: the learned
    reader's chance must reach `denied_sure`, not `sure`, to override them. A sign told
    going on beside the denials still warns."""
    note = ("Clinic note: denies perianal numbness, urinary hesitancy, bowel incontinence or "
            "weakness in both legs. Pain 7/10.")
    letter = ("GP letter: patient denies saddle anaesthesia, urinary retention, faecal "
              "incontinence or bilateral leg weakness. Pain 6/10.")
    going = ("Clinic note: denies urinary hesitancy or bowel incontinence. But I can't feel "
             "my bum on the toilet seat since this morning.")
    assert_calm(ask(note), note)
    assert_calm(ask(letter), letter)
    assert_caught(ask(going), going, "cauda-equina")


def test_killing_myself_said_of_an_effort_is_hyperbole(ask):
    """"Killing myself" with what the effort is spent on right after it is a rant's
    hyperbole; with a thought, a plan or a means anywhere, or alone, it warns."""
    gym = "been killing myself at the gym all month and my sciatica is no better for it"
    work = "killing myself with overtime to pay for the physio, leg still grumbles"
    thought = "I keep thinking about killing myself at work, the pain never stops"
    plain = "honestly I'm thinking of killing myself, the leg pain is too much"
    assert_calm(ask(gym), gym)
    assert_calm(ask(work), work)
    assert_caught(ask(thought), thought, "distress")
    assert_caught(ask(plain), plain, "distress")


def test_a_vehicle_in_a_likeness_is_no_vehicle(ask):
    """A vehicle named after "like a" or "than a" is what something is likened to; a crash
    told with a vehicle still warns."""
    snore = "my husband snores like a lorry and I can't roll over to nudge him with this back"
    big = "the swelling on my ankle is bigger than a bus ticket, sciatica is the same"
    crash = "the car rolled over on the motorway and I can't feel my legs"
    assert_calm(ask(snore), snore)
    assert_calm(ask(big), big)
    assert_emergency(ask(crash), crash)
