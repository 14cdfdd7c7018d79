"""Expected and known things, and fears said after the sign (stop 21): a sign feared, said
after it ("a stroke is what I'm most scared of"); the day's heat, a bath or a sauna, not a
fever ("it's 40 degrees here"); a thing dropped onto a foot, not a foot that drops; a shelter
that leaks, not a body; a change denied ("nothing new", "nothing's changed") is no change in
bed or in the bladder. The serious side of each still warns: a sign had and pointed back at
("my foot drags and it scares me"), a fever in degrees or with shivers, a foot that drags,
a wet bed not noticed, a bladder that has changed. Wordings are the author's own, never
copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CALM = [
    # a sign feared, said after it
    "losing my bladder is what I'm most scared of, my mate had cauda equina. I'm fine though",
    "a heart attack is the thing I dread, runs in the family. my back is just tight",
    # the day's heat, a bath, a sauna
    "it's 39 degrees in the shade here, is heat or ice better for a sore back?",
    "roasting hot after a long soak in a hot bath, does warmth help a trapped nerve?",
    # a thing dropped onto the foot
    "dropped the iron on my foot this morning, toe's bruised. back no worse",
    # a shelter that leaks
    "my sleeping bag is wet from the tarp leaking in the night, back stiff from the cold ground",
    # a change denied
    "erection trouble for years with my blood pressure tablets, nothing's changed, the "
    "sciatica is the new bit",
    "bladder has been weak for ten years, the continence nurse sees me, nothing new. "
    "which stretches for sciatica?",
    # words that look like a sign in another sense: sleep, a medicine's drowsiness, awe,
    # a fear of falling, a falls class, fluid held, a steroid's round face, Mass at church
    "after four nights on, passed out on my bed for ten hours, back feels looser",
    "is there a painkiller that doesn't knock me out? I drive for work",
    "the organ at evening mass sent shivers down my spine. back is fine",
    "I'm scared of falling on the ice this winter, my back is only stiff",
    "went to a falls class at the surgery, good tips for balance with sciatica",
    "ankles puffy with fluid retention from the pred, back pain the same as ever",
    "got the moon face from prednisolone, how do I do back exercises with it?",
    # a thing placed on the writer's foot or body does what is said ("the strap on my
    # sandal keeps dragging"): the strap drags, no foot
    "the buckle strap on my sandal keeps flapping and dragging, back is sore though",
    "the laces on my trainers keep dragging in puddles, need shorter ones. back's ok",
    # a face numb from the dentist's injection, after a "but"; two kinds of leg compared;
    # one side only, after a question about both
    "cheek numb and lopsided on one side but it's just the dentist's jab, wearing off",
    "how do you tell the difference between a leg that's weak and one that's only stiff?",
    "can sciatica go down both legs at once? mine is only the right",
    # legs tired at the end of a shift; a fever's threshold quoted beside a normal reading
    "both my legs ache by the end of a twelve hour shift on my feet, gone after a sit down",
    "temp was 37.4 tonight. the leaflet says a high temperature is 38 or more, so I'm ok?",
    # weight lost in a chosen fast, as expected; a back that plays up beside an animal's wee
    "on the Lenten fast with my parish, down 2 kg as expected, can I still do my stretches?",
    "the cat keeps weeing on the rug, vet is checking her kidneys. my sciatica is playing up too",
    # legs that gave up from dancing
    "my legs gave up on me at the wedding, far too much dancing, sciatica is fine",
]

STILL_WARN = [
    ("my left foot slaps when I walk and it terrifies me", "progressive-weakness"),
    ("I can't feel my bum and that scares me", "cauda-equina"),
    ("it's 40 degrees outside but I've got a temperature of 39 and the shivers, back agony",
     "serious-illness-signs"),
    ("dropped a box on my foot last week and since then my foot drags and catches the kerb",
     "progressive-weakness"),
    ("sleeping in a tent and I wet myself last night without noticing, back is agony",
     "cauda-equina"),
    ("my bladder has changed this week, I can't tell when it's full", "cauda-equina"),
    ("I passed out in the kitchen and hit my head on the worktop", "general-emergency"),
    ("my lips and face are swelling up after the new tablet", "general-emergency"),
    ("retied the laces on my boots and my foot still drags and catches the kerb",
     "progressive-weakness"),
    ("face numb on one side after the dentist and now my arm is weak too",
     "general-emergency"),
    ("my bottom feels like it's been to the dentist, all numb", "cauda-equina"),
    ("Can sciatica make you wet yourself? Mine is.", "cauda-equina"),
    ("my legs buckled after five-a-side and now I can't feel them", "cauda-equina"),
    ("both legs numb and tingling at the end of my shift, every day now", "cauda-equina"),
    ("lost a stone really fast without trying and my back aches all night",
     "serious-illness-signs"),
    ("my back is playing up and so is my bladder, I keep leaking", "cauda-equina"),
    ("temperature 38.6 and shaking, I know a high temperature is 38 or more, back agony",
     "serious-illness-signs"),
    ("can't pee since last night, the doctor said urinary retention, back agony",
     "cauda-equina"),
]


@pytest.mark.parametrize("message", CALM)
def test_expected_and_known_things_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), STILL_WARN)
def test_the_serious_side_still_warns(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_the_groin_as_an_injection_site_is_no_numb_saddle(ask):
    """Where drugs were injected ("used to inject into my groin") is no numbness between
    the legs ("injection" is also a numbness felt like one); a numb groin still is."""
    past = ask("I used to inject into my groin years back, clean now, is my sciatica linked?")
    assert past.id != "cauda-equina", past.id
    numb = "my groin has gone numb like I've had an injection, back agony"
    assert_caught(ask(numb), numb, "cauda-equina")
