"""The back's emergency signs by body function (issue 7, stop 16): cauda equina and
progressive weakness told as what the person notices or can no longer do, in the words of
the NHS trust cauda equina cards and of people who do not name anything: a stream that
stops and starts, wind not felt, pads needed for the first time, the belly pressed to
empty, underwear changed after a leak not felt, a seat part that feels like rubber, pain
that swaps legs; tripping again and again, footwear that will not stay on, arms that get
up for the legs, a leg lifted by hand or dragged, a leg that will not obey, toes that will
not come up, numbness on the move. The near misses stay calm: the same words about a
period, shoes that do not fit, a dog, a printer, numbness that is settling. Wordings are
the author's own, never copied from a set (the larger probe set is
tests/data/triage_probes5.tsv)."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

URGENT = [
    # bladder: a stream that stops and starts or has lost its force
    ("my wee comes out in fits and starts since the back flared", "cauda-equina"),
    ("the stream is pathetic now, was never like this before the disc went", "cauda-equina"),
    # bladder: not knowing whether it has happened; pressing on the belly to empty
    ("honestly can't tell if I've been or not some mornings", "cauda-equina"),
    ("I'm pushing down on my lower stomach to get it going", "cauda-equina"),
    # bladder: pads needed for the first time; underwear changed after a leak not felt
    ("had to buy tena lady pads this week, never needed them in my life", "cauda-equina"),
    ("changed my boxers three times today and didn't realise I'd leaked", "cauda-equina"),
    # bowel: wind not felt or held; a bowel that lets go
    ("can't hold in wind anymore since the sciatica got bad", "cauda-equina"),
    ("my bowels let go on the sofa last night", "cauda-equina"),
    # saddle: a comparison; the wiping paper named as people name it
    ("my bottom feels like it's made of rubber when I sit", "cauda-equina"),
    ("the bog roll feels like nothing when I wipe", "cauda-equina"),
    # both legs: pain that changes sides
    ("the sciatica keeps switching sides, left on Monday and right today", "cauda-equina"),
    # progressive weakness: tripping again and again on what the foot should clear
    ("kept tripping up the kerb on the school run", "progressive-weakness"),
    # footwear that will not stay on
    ("my left slipper won't stay on anymore", "progressive-weakness"),
    # arms that get up for the legs; a leg lifted by hand or dragged
    ("can't get off the settee without using my hands now, the leg has gone weak",
     "progressive-weakness"),
    ("have to lift my leg into bed at night", "progressive-weakness"),
    ("I'm dragging my right leg round the supermarket", "progressive-weakness"),
    # a leg that does not obey; toes that will not come up
    ("my foot isn't doing what I tell it", "progressive-weakness"),
    ("I can't lift my big toe on the bad side", "progressive-weakness"),
    # numbness on the move; a leg that will not carry one
    ("the numb bit has spread up from my ankle to my knee", "progressive-weakness"),
    ("my right leg won't take my weight on the stairs", "progressive-weakness"),
    # a stream that will not start, said of the urine itself; the need no longer felt
    ("since last night the wee is refusing to come out", "cauda-equina"),
    ("I've lost the feeling of needing a wee", "cauda-equina"),
    # the other leg joining in; a knee that goes; a knee pushed straight by hand
    ("sciatica was the left, the right leg joined the party this week", "cauda-equina"),
    ("my knee keeps going on me on the stairs", "progressive-weakness"),
    ("I push my knee straight with my hand to stand up", "progressive-weakness"),
    # numbness felt as through a layer; toes that will not move; the ground clipped; a pedal
    ("my backside feels like it's through a wetsuit when I sit on the loo", "cauda-equina"),
    ("I can't curl my toes on the right anymore", "progressive-weakness"),
    ("my toes keep clipping the ground on the walk to work", "progressive-weakness"),
    ("my right foot won't push down on the brake pedal", "progressive-weakness"),
    # a leg limp as a noodle, held up by the wall
    ("my left leg is like a noodle and I'm holding onto the wall to walk", "progressive-weakness"),
    # a hot bath not felt on the seat part is no figure of speech; a bladder out of touch
    ("in the bath I couldn't feel the hot water on my bum at all", "cauda-equina"),
    ("it's as if my bladder isn't talking to my brain any more", "cauda-equina"),
]

CALM = [
    # the same words with a cause or an owner of their own
    "had to buy pads for my first period since the baby",
    "my daughter's school shoes keep coming off, they're too big",
    "the dog keeps tripping me up in the hallway",
    "I keep tripping over my words in meetings",
    "the printer has a mind of its own",
    "my teenager won't listen to me",
    # a question, wind alone, pressing for another reason
    "can't stop farting on the codeine, is that normal",
    "I press on my stomach to do the breathing exercise",
    # the other side: heat and ice, sleeping positions
    "I alternate between a heat pack and ice on my lower back",
    "I switch sides in bed to ease the sciatica",
    # numbness settling, not spreading
    "the numbness has stopped spreading and is receding",
    # a catheter for an operation of its own
    "had a catheter in after my c section, all fine",
    "can I do these stretches between my dialysis sessions",
    # the back that goes, not the leg
    "my back went on me lifting the shopping",
    # a dull ache is no lost feeling; a foot said not to drag
    "dull ache in my groin when I cough",
    "my foot doesn't drag, I just walk slowly because of the pain",
]


@pytest.mark.parametrize(("message", "flag"), URGENT)
def test_back_sign_by_body_function_is_caught(ask, message, flag):
    a = ask(message)
    assert_caught(a, message, flag)


@pytest.mark.parametrize("message", CALM)
def test_same_words_with_another_cause_stay_calm(ask, message):
    a = ask(message)
    assert_calm(a, message)
