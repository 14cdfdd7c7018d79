"""Signs said for effect, and small everyday events told with how they ended (stop 19):
a thermometer that reads normal anywhere in a message, a tumble whose outcome is told in a
sentence of its own, a bleed that has stopped, a nose blocked by a cold, a machine or an
app that "crashed", and a threat of self-harm made of an everyday annoyance and laughed
off. The serious side of each stays: a raised temperature, a fall that hurt the back, a
bleed that will not stop, a crisis told with a laugh. Wordings are the author's own, never
copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CALM = [
    # a thermometer that says no fever, in the same sentence or another one
    "shaking like a leaf all evening. thermometer said 36.5 so probably just tired",
    "clammy at night since the new nerve tablets, temp is normal, is that them?",
    "shivery at the football, it was freezing in the stand, no temperature after",
    # a cold room, a cold wind
    "couldn't stop shivering in the clinic, the air conditioning was blasting",
    # a tumble whose outcome is its own sentence; a slip the rail saved
    "slid off the bed onto the rug getting my socks on. No harm done, just embarrassed",
    "fell over the dog in the hall, landed on my knees. back is fine, knees are sore",
    "lost my footing on the steps but grabbed the rail and never went down",
    # machines and apps that crash; a rabbit hole
    "the physio app crashed twice while I was logging my stretches",
    "went down a rabbit hole of forum posts about discs last night",
    # a bleed that has stopped; a nose blocked by a cold
    "caught my finger on the grater, bled a bit, put a plaster on and it's all good",
    "had a nosebleed at work, leaned forward and pinched it and it stopped",
    "so bunged up with this cold I can't breathe through my nose at night",
    # a threat of self-harm made of an everyday annoyance and laughed off
    "if the printer jams one more time I'll jump out the window lol",
    "my neighbour's drilling makes me want to throw myself off the roof 😂",
    "one more group chat notification and I'll top myself. Kidding!",
    # drink, footwear or the ground explain a leg or foot; an operation's anaesthetic
    "knees went from under me at the karaoke after a few drinks, back is no worse",
    "my foot flaps about in these sliders, in trainers I walk perfectly normal",
    "toe caught on a pothole on the way to the shop, didn't go down, just swore a lot",
    "went under the general anaesthetic and blacked out, woke up in recovery with no memory",
    # an event's fever; giving way to a feeling
    "world cup fever in our house this week, back's holding up on the sofa",
    "my resolve gave way to temptation and I skipped the stretches for cake",
    # a goodbye on an everyday occasion with its own ending
    "said goodbye to the physio team on my discharge day, they were brilliant",
    "my boss said goodbye to us all at his leaving do, he's retiring to Spain",
    # a laugh hard enough to leak, a shy bladder at a festival, a drink gone down the wrong way
    "my sister laughed so hard at the wedding speech she had a little leak, 3 kids later",
    "laughing so hard at the panto I wet myself a tiny bit, back's behaving",
    "couldn't go in the show's toilets with someone banging on the door, fine at home",
    "nearly choked on my coffee when the physio said I could run again",
]

STILL_WARN = [
    # a leak said with a laugh but not felt: the lost feeling is the sign
    ("I laughed till I wet myself and honestly didn't feel a thing", "cauda-equina"),
    ("wet myself laughing at the quiz, never felt it happen", "cauda-equina"),
    ("shivering all night, temp was 39.2 at 3am, now the thermometer says normal",
     "serious-illness-signs"),
    ("sweating buckets every night and I've lost a stone without trying, no temperature",
     "serious-illness-signs"),
    ("fell off the stepladder. No harm done to the ladder, but my back has been agony since",
     "serious-illness-signs"),
    ("cut my hand on a broken glass, blood everywhere and it won't stop",
     "general-emergency"),
    ("I can't breathe, my chest is tight and my lips look blue, nose is blocked too",
     "general-emergency"),
    ("one more night of this pain and I'll top myself lol", "distress"),
    ("the traffic makes me want to jump off the bridge, not even joking", "distress"),
    ("lol I think I'm having a heart attack, left arm numb, sweating", "general-emergency"),
    ("haha can't feel my bum on the toilet seat and I wet myself without noticing",
     "cauda-equina"),
    ("had a couple of pints last night and my leg gave way, still giving way today",
     "progressive-weakness"),
    ("my foot slaps down even barefoot now, can't lift the front of it", "progressive-weakness"),
    ("my right foot slaps down like a flip flop even in my work boots",
     "progressive-weakness"),
    ("laughed so hard I wet myself, and now I can't feel my bum on the seat either",
     "cauda-equina"),
    ("last shift today, said goodbye to the team, won't be around after this week",
     "distress"),
    ("blacked out after the anaesthetic wore off, fell and hit my head on the ward floor",
     "general-emergency"),
]


@pytest.mark.parametrize("message", CALM)
def test_said_for_effect_or_over_stays_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), STILL_WARN)
def test_the_serious_side_still_warns(ask, message, flag):
    assert_caught(ask(message), message, flag)


def test_a_normal_reading_in_another_sentence_denies_the_shivers(ask):
    """A rule that reaches the whole message (`within: message`) holds for every sentence,
    and its `whole` unsaid words bar it anywhere: the same shivers with a raised reading
    said elsewhere still warn."""
    calm = ask("Shivers on and off since lunch. Temp normal though.")
    assert not any(f.reply == "warn" for f in calm.findings), calm.findings
    hot = ask("Shivers on and off since lunch. Temp normal at first, 38.9 now.")
    assert hot.kind == "urgent", hot.id


def test_kidding_is_no_child(ask):
    """"kidding" once stemmed to "kid", a child: a sign after it became someone else's."""
    a = ask("kidding aside, my leg gave way twice on the stairs today")
    assert a.kind == "urgent" and a.id == "progressive-weakness", (a.kind, a.id)
