"""Stop 39 (issue 7, venting39): people who vent rather than ask, read as they mean it.

- A denial offers its items as alternatives with "or" ("not because anything's numb or not
  working"): it reaches on into the next item, and the "not" that opens that item's sign is
  the sign's own word, not a new denial that ends the first one's reach.
- A comparison of sameness names what it is the same as: "nope, same as the last 2 years"
  tells no change, so the "nope" still answers the question before it.
- Hours the writer held a wee are their choice ("held it 2 hours"), not a bladder that would
  not go, and "never again" is a vow, not a sign come back.

Part 2, the crisis reading's loose ends:
- What "a way to" takes as its object decides: a care ("ways to treat it", "googled ways to
  relieve the pain") is said of every crisis word of the how (the thought, the way, the
  self-harm phrase "googled ways to"); "treat it", read as "treatment", is a care too. What
  "stop" takes as its object too: a medicine stopped (`refusing`) before "flaring up".
- The learned reader yields where the rules read a crisis word as said for an everyday end
  (`unsaid`: figurative, explained), "a way" alone is a weak sign, and a sign the rules read
  as gone, said after it, holds even when the reader is sure (`final`).
- A means named beside thoughts named as a thing that comes back ("the thoughts are back and
  I keep staring at the rail on the landing"): the crisis told by its means.
- A belief taken back ("thought I'd gone numb ... but I'd been sitting on my phone").
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from triage_asserts import assert_calm, assert_caught, assert_the_rules_warn

from bot.engine import Answer

Ask = Callable[[str], Answer]


@pytest.mark.parametrize("message", [
    "sex is on hold for now, not because anything down there is numb or not working, it's "
    "just the back pain",
    "no sex this month, and not because my bits are numb or not working. bending hurts "
    "that's all",
])
def test_a_denial_reaches_every_alternative_it_offers(ask: Ask, message: str) -> None:
    """"Not X or not Y" denies both: the second "not" is the sign's own word."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "sex is off for now because everything down there is numb and not working",
    "no sex lately, it's numb down there or not working, can't tell which",
    "no numbness or cant pee, I don't know which is worse",
])
def test_a_sign_told_beside_an_alternative_still_warns(ask: Ask, message: str) -> None:
    """Only the denial's own word said again carries it: a sign told as had, or one that
    opens with another word ("can't pee"), is still had."""
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "night sweats? no, it's the menopause, same as the last three years",
    "sweating at night? nope, hot flushes, same as before",
])
def test_a_no_then_the_same_as_before_still_answers_the_question(ask: Ask, message: str
                                                                 ) -> None:
    """"Same as the last three years" names what it is the same as, no change after the no."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "night sweats? no, same as last week only worse",
    "night sweats? no, it started last night and I'm soaking",
])
def test_a_no_then_a_change_is_no_denial(ask: Ask, message: str) -> None:
    """A word of change after the sameness, or a time with no sameness, still tells one."""
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    "couldn't pee on the ferry, the queue for the loo was huge. held it 3 hours and went "
    "fine once we docked",
    "couldn't wee at the festival, people queuing outside the portaloo. went fine back at "
    "the tent. camping with sciatica, never again",
])
def test_a_wee_held_for_a_queue_is_no_retention(ask: Ask, message: str) -> None:
    """The queue is the cause, the hours held the writer's choice, "never again" a vow."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "couldn't pee on the ferry because of the queue, and hours later I still can't go",
    "couldn't wee at the festival, people queuing outside. went fine later. but now I can't "
    "feel my bum",
])
def test_a_bladder_that_still_will_not_go_warns(ask: Ask, message: str) -> None:
    """Hours later and still not going, or numbness beside it, is no queue's doing."""
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "shivery every time I restock the cold store at work, then fine. does the cold make "
    "sciatica flare?",
    "I'm 5ft2 and the worktops in this kitchen are too high, my lower back aches after "
    "every shift",
    "would compression stockings help the leg pain on long shifts?",
])
def test_a_kitchen_workers_everyday_words_are_no_sign(ask: Ask, message: str) -> None:
    """A cold room explains shivers as the cold outside does; a height is no age; a garment
    that presses is no chest compressions."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message, flag", [
    ("shivering all night after my shift in the cold store, temp is 38.9 and my back is "
     "killing me", "serious-illness-signs"),
    ("my lad is 14 and 6 foot already, his back hurts out of nowhere", "serious-illness-signs"),
    ("my husband collapsed, I'm doing compressions now", "general-emergency"),
])
def test_a_sign_beside_those_words_still_warns(ask: Ask, message: str, flag: str) -> None:
    """A reading, an age said beside the height, compressions given: still signs."""
    assert_caught(ask(message), message, flag)


# ----------------------------------------------------------- part 2: the crisis reading


@pytest.mark.parametrize("message", [
    "I've had enough of this flare, looking up ways to treat it tonight",
    "googled ways to relieve the pain at 2am",
    "searched for ways to ease the nerve pain, nothing works",
    "is there a way to stop it all flaring up every time I carry the shopping",
])
def test_a_way_to_an_everyday_end_is_no_crisis(ask: Ask, message: str) -> None:
    """What "a way to" and "stop" take as their object decides: a care ("to treat it", "to
    relieve the pain") or a thing that happens ("flaring up") is no end; the learned reader
    yields where the rules read the way as said for an everyday end."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I've had enough, I'm looking up ways to end it",
    "googled ways to end it all last night",
    "looking up ways to treat it because I want to die",
    "I want to stop all of it for good, I've looked up ways",
])
def test_a_way_to_an_end_is_still_the_crisis(ask: Ask, message: str) -> None:
    """The end itself said, or a wish to die beside the care: still the crisis."""
    assert_caught(ask(message), message, "distress")


@pytest.mark.parametrize("message", [
    "tingling round my bum on tuesday, gone by wednesday and fine since",
    "numb saddle area last friday, it has gone now",
])
def test_a_sign_said_gone_after_it_is_over_for_the_rules(ask: Ask, message: str) -> None:
    """The rules read the sign as over ("it has gone now", said after it). The learned
    reader, sure of the sign's words, may still warn: move40 took away its yielding there,
    since the rules also read "gone" where something else went and lost real signs."""
    a = ask(message)
    assert not any(f.source == "rules" and f.reply == "warn" for f in a.findings), message


@pytest.mark.parametrize("message", [
    "numb round my bum since sunday, it went for an hour but it's numb again now",
    "can't feel my bum when I wipe, it went for a bit but it's back now",
])
def test_a_sign_come_back_after_it_went_still_warns(ask: Ask, message: str) -> None:
    """Gone and then back is going on."""
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "the thoughts are back and I keep staring at the rail on the landing",
    "having those thoughts again, keep looking at the banister",
    "dark thoughts again tonight and the blade is in my drawer",
])
def test_a_crisis_told_by_its_means_beside_thoughts(ask: Ask, message: str) -> None:
    """A means named (a blade, a point to hang from looked at) beside thoughts named as a
    thing that comes back: the crisis told without its name."""
    assert_the_rules_warn(ask(message), message, "distress")


@pytest.mark.parametrize("message", [
    "staring at the banister while I do my calf stretches",
    "got bad thoughts about the surgery, my sister cut her hand on a knife last week",
    "intrusive thoughts about dropping the baby, she's 3 weeks",
])
def test_a_means_or_thoughts_alone_are_no_crisis(ask: Ask, message: str) -> None:
    """A rail looked at for a stretch, worries with an object of their own: no crisis."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "thought my foot was dragging but it was just the new boots",
    "I thought I couldn't pee, turns out I'd just not drunk anything all day",
])
def test_a_belief_taken_back_is_no_sign(ask: Ask, message: str) -> None:
    """What the writer only thought, corrected in the sentence by what it was."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message, flag", [
    ("I thought it was just the sciatica but now I cant feel my bum", "cauda-equina"),
    ("I thought the numbness was going but it's spreading", "progressive-weakness"),
])
def test_a_belief_proved_worse_still_warns(ask: Ask, message: str, flag: str) -> None:
    """A thought corrected by something worse is the sign told."""
    assert_caught(ask(message), message, flag)
