"""Signs told by what the person notices or can no longer do, not in the words of the red
flag lists (stop 19): a leg that goes from under one or is out of one's control, footwear
lost off a foot (Australian thongs), a heel raise the leg will not do, numbness that grew
in size or crept with its pace; sex not felt, a bowel that has not moved with no feeling
there, no wee for hours, a bladder "on strike", wetting in one's sleep; a fever with
confusion, a wound or bite whose redness spreads with shaking, confusion or a fever, a car
that clipped someone, vomit that "looks like" coffee grounds; a new lump by an operation
scar, a transplant years ago, thin bones with something felt to go, a teenager whose back
is "wrecked", an age told as a birthday ("my 72nd birthday"). The calm side: the same words
with their own cause. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

WEAKNESS = [
    "my left leg keeps going out from under me on the stairs since tuesday",
    "I'm losing control of my right leg when I walk, it wanders off to the side",
    "the sliders keep flying off my right foot, I can't hold them on with my toes",
    "tried to do a calf raise on the bad side and it just won't do it, fine last week",
    "the numb patch on my calf has doubled in size since the weekend",
    "the tingling has crept from my heel to my knee over two days",
    "me leg keeps givin oot on the stairs, worse this week",
    "my flip flops keep sliding off the right foot, I can't keep hold of them with my toes",
    "the numb bit was the size of a coin on monday, now it's half my thigh",
    "my knee just goes weak on the stairs and I've gone over twice this week",
    "weak leg getting worser every day",
]

CAUDA = [
    "since the back went I climax but feel nothing at all",
    "no poo for 4 days and I can't feel anything round my back passage",
    "no wee for 13 hours even though I've had pints of water, back is agony",
    "my bladder's gone on strike since this morning and my back is killing me",
    "wet the bed in my sleep last night, never happened before, back's bad",
    "with the wife last night I couldn't feel a thing, back's been bad since friday",
    "drinking plenty but only managed a trickle since breakfast, back is wrecked",
    "pooped my pants at work and never felt it coming, back's in bits",
    "the part of me that would touch a bike seat is numb since my back went",
    "my wife touched my inner thigh and I only felt pressure, like through jeans",
]

EMERGENCY = [
    "my husband is burning up and talking nonsense, started this afternoon",
    "the graze on his shin is red and spreading up the leg and he's shivering",
    "got clipped by a van on my bike and my head is pounding",
    "threw up what looks like coffee grounds twice this evening",
    "the insect bite on my calf has a red streak spreading up and I feel shivery",
    "half my face is numb and my left arm won't lift, came on an hour ago",
    "my brother's come off his bike on the bypass and he's not talking",
    "slipped on the ice, cracked my head and everything went black for a bit",
    "took to many of my painkillers, got them muddled, and now I'm very drowsy",
]

SERIOUS = [
    "a hard lump has come up on my op scar this week",
    "had a liver transplant in 2015 and now I've got new low back pain",
    "I've got osteoporosis and felt something go in my back reaching down for the hoover",
    "I'm 15 and my back's been knackered for a month",
    "osteoporosis found two years ago, bent for the dog's bowl and felt a crack in my back",
    "I take the tablets that stop my body rejecting my new kidney, and now my back hurts",
    "been injecting again this winter and now there's a hot sore spot low in my back",
    "it's my 80th birthday on friday and this back pain only started tuesday, never had it before",
    "mi 70 and this back pain start new last week, never had it before",
]

CALM = [
    "the swelling on my ankle has doubled in size since I twisted it",
    "I lost control of the trolley and it clipped my leg",
    "the dentist's numbing wore off and my face is back to normal",
    "a lump by my scar turned out to be a stitch knot, the nurse snipped it",
    "dead on my feet after a long shift, back is just tired",
    "no wee problems and no poo problems, just the leg pain",
    "my son's 16th birthday party tomorrow and my back aches from putting up the gazebo",
    "the numbness in my leg is fading a bit more every day",
    "my leg went a bit weak for an hour after the injection but it wore off that day",
    "osteoporosis runs in the family, no sudden pain, just my usual sciatica",
    "I came home and felt nothing but relief that the week was over, back's fine",
    "my new sliders are a size too big and keep coming off, my feet are fine",
    "I've been to many physios for my back and the tablets make me sleepy",
    "my bum goes numb on the bike seat after a long ride, fine once I'm off",
    "my face went numb at the dentist, the numbing wore off by teatime",
]


@pytest.mark.parametrize("message", WEAKNESS)
def test_weakness_told_as_what_the_leg_does(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", CAUDA)
def test_cauda_equina_told_as_what_is_not_felt_or_not_happening(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", EMERGENCY)
def test_emergencies_told_by_their_signs(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", SERIOUS)
def test_serious_illness_told_by_situation(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", CALM)
def test_the_same_words_with_their_own_cause_stay_calm(ask, message):
    assert_calm(ask(message), message)
