"""Near misses of stop 23's writers (sick notes, benefits and claims; gamers and tech workers;
questions about medicines; someone else's signs), read by kind, not by sentence (stop 23,
task E).

Paperwork: a document named for an accident ("the accident book", "incident report") is no
accident; a fall's outcome told anywhere in the message (a soft landing, nothing hit, X-rays
clear, the back recovered) is no injury; a form, an insurer or a questionnaire asking about
a sign asks; "no issues since" is over, no trouble. Play: a game's world (characters that
fall off the map, respawn) is said for effect; a software leak is a program's. Things named
with a sign's words: a foot pedal, an exercise's name ("the seated forward bend"), a fit
note. Explained: a sting's bump, a spilt drink's wet bed, a cold house after a "but",
slurring put down to drink after a "but", a medicine that knocks one out, a pet that wakes
one, a mother's bladder since her children, erection trouble put down to tablets, sex put
off because it hurts. Someone else's: a relative's fever "off and on" before a clause of the
writer's own. Weeks said after "pregnant" are how far along; pain "pretty much gone" is
getting better. Each has its unhappy path: the same shapes beside a sign of the writer's
own, now, still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

CALM = [
    # paperwork and claims
    "the accident book at work needs an entry for my back strain, how do I word it",
    "the insurer wants details of all previous accidents for the back claim, what counts",
    "the claim form has a bit about legs giving way, does feeling wobbly on ice count?",
    "had a bladder scan before my op in 2020, sorted with a catheter, no issues since. "
    "do I mention it on the questionnaire?",
    # a fall's outcome told
    "slipped off the step ladder onto the bed, soft landing, not a scratch, back's as it was",
    "a crate came off the forklift and missed me completely, back's the same as before",
    "came off my bike in 2019, x rays were clear and my back recovered. this is new sciatica "
    "from moving house",
    # play and tech
    "my character fell off a cliff again in dark souls, meanwhile my lower back aches from "
    "the chair",
    "the app has a memory leak, unlike my bladder lol, which stretches suit desk workers",
    # things named with a sign's words
    "kicked my footrest away and dropped my foot pedal, what chair height is best for "
    "sciatica",
    "how do I do the seated forward bend without straining",
    "GP gave me another fit note for two weeks, what exercises can I do at home",
    # denied, explained
    "the tingling is down my shin, nowhere near my bum or privates",
    "the consultant said I'm cancer free, never had it, it's only a bulging disc",
    "had the chills last night but only because the boiler packed in, back is stiff",
    "my words were slurred at the wedding but that was the prosecco, back aches from dancing",
    "a bee sting on my arm left a small red bump, back's sore from the gardening",
    "when you say foot drop do you mean the foot flops, or just feels heavy?",
    "soaked the bed because I knocked over my water glass, what's the best sleeping "
    "position for sciatica?",
    "the vet bill gave me a heart attack lol, anyway the back is a bit better",
    "erection trouble for ages. It's from my blood pressure tablets, nothing to do with the "
    "back",
    "we've gone off sex because it hurts to move, is that normal with sciatica",
    "pregabalin helps me sleep but it's knocking me out till lunch",
    "my cat wakes me every night at 3am, how do I stop it",
    "what time should I nap so I don't wake up groggy",
    # someone else's
    "my mum can't hold her bladder since she had the kids, is that ever a sciatica thing?",
    "auntie's got fevers off and on with her lupus, I'm here about my back",
    # how far along, getting better
    "pregnant 30 weeks and up peeing at night, sciatica on the left",
    "had sciatica for 9 weeks, it's pretty much gone now, can I run again?",
]


@pytest.mark.parametrize("message", CALM)
def test_paperwork_play_things_explained_or_someone_elses_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "filled in the accident book: fell off the ladder this morning, landed on my back and "
    "now I can't feel my bum",
    "the form asks about bladder problems and honestly since Tuesday I've been leaking "
    "without noticing",
    "it's nothing to do with my tablets, since my back went I can't get an erection and my "
    "bum is numb",
    "soaked the bed again last night and didn't feel it happen, back's been bad all week",
])
def test_the_same_shapes_beside_a_cauda_equina_sign_still_warn(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "playing fortnite when my left arm went numb and one side of my face dropped",
    "fell off my chair while gaming and hit my head, blacked out for a bit",
    "took the whole box of pregabalin and now I can't wake him",
    "speech slurred since this morning and I haven't had a drink",
])
def test_play_medicine_or_drink_beside_an_emergency_still_calls(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", [
    "had bowel cancer in 2018, cancer free now, but this back pain is new and there all night",
    "fell off my bike yesterday, x ray fine but since then my back is agony",
])
def test_a_cancer_beaten_or_a_fall_with_pain_since_still_warns(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    "been on pregabalin 4 months and the sciatica is no better",
    "pregnant and the sciatica has been there 10 weeks now, no better",
])
def test_long_pain_on_a_gp_medicine_or_in_a_pregnancy_still_warns(ask, message):
    assert_caught(ask(message), message, "persistent-pain")
