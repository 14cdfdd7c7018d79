"""Issue 7, stop 34 (alarms34b): a sign told as an episode, then a sentence of its own that
says it has been over since ("Fine since.", "Been normal since."), or an episode of a body's
sign that is "all sorted since", ends what was told before: "couldn't" there is a story in
the past, not a sign of now. A word that ties the sign to now ("today", "this morning"), or
a return told after ("it's back now"), still warns. Wordings are the author's own."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_fine_since_ends_a_bladder_told_before(ask):
    """An episode told past ("couldn't wee after the op") and "Fine since." is over."""
    over = "I couldn't wee for a day after my knee op. Fine since. Which stretches help my back?"
    assert_calm(ask(over), over)


def test_normal_since_ends_a_feeling_told_before(ask):
    """Feeling lost once last week, then "Been normal since.", is over."""
    over = "Last week I couldn't feel the loo roll when I wiped. Been normal since."
    assert_calm(ask(over), over)


def test_fine_since_never_ends_a_sign_of_today(ask):
    """A sign tied to now by its own words still warns, whatever follows."""
    today = "I can't pee this morning. All fine since, apart from that."
    assert_caught(ask(today), today, "cauda-equina")


def test_a_return_told_after_still_warns(ask):
    """Over for a while, then back: the return is a sign of now."""
    back = "I couldn't pee on Saturday. It's been fine since but it's back now and I can't go."
    again = "Couldn't pee last night. Fine since. Happened again this morning and I can't go."
    assert_caught(ask(back), back, "cauda-equina")
    assert_caught(ask(again), again, "cauda-equina")


def test_all_sorted_since_ends_a_catheter(ask):
    """A catheter for a few days after an operation, "all sorted since", is over."""
    over = "had a catheter for 3 days after my hip op, all sorted since. back pain is 4 today"
    assert_calm(ask(over), over)


def test_all_sorted_since_is_no_end_of_a_crisis(ask):
    """Affairs "all sorted" are still a crisis's words, "since" or not."""
    crisis = "My affairs are in order, all sorted since Sunday. I can't see the point anymore."
    assert_caught(ask(crisis), crisis, "distress")


def test_all_sorted_since_never_ends_a_sign_of_now(ask):
    """Sorted once, undone since: the sign told of now still warns."""
    undone = "couldn't pee for 2 days after my op, all sorted since, but today I can't go again"
    assert_caught(ask(undone), undone, "cauda-equina")


def test_normal_ever_since_the_op_ends_it(ask):
    """"Ever since" in the sentence that says it is over counts from the episode: no sign of
    its own; a pain that has hurt ever since a fall still warns."""
    over = "couldn't pee after the op. been normal ever since the op"
    hurt = "fell off a ladder on Monday and hit my back. hurt ever since."
    assert_calm(ask(over), over)
    assert_caught(ask(hurt), hurt, "serious-illness-signs")
