"""Stop 26's missed kinds (issue 7), read by the rules themselves, in the author's own words.

Urine that will not come told as effort alone ("strain and strain", "trying for hours",
"only a tiny bit comes out"; the bowels' straining or a painkiller's constipation beside it
explains it), a first wet bed since childhood (the usual rule stops at "first time"), the
saddle said shyly ("the part you sit on", a man's parts), the breast's cancer by its
treatment ("the lady lump": no lady as a person), a blade or razor on one's own skin, kept
alive by one being ("if it wasn't for the dog I don't think I'd still be here"), not caring
whether one lives, death wished through an operation or in sleep, the point of being alive,
hopelessness meant literally, the dangerous limit of a medicine beside a stash, medicine kept
back with help refused, a pet put to sleep and the same wished for oneself, wading in at a
lake, goodbye before going nowhere named (a trip, bed or an appointment after it explains
it), trampled or crushed with a limb out of shape (an emergency), a cut on a pet food tin
(a thing, not the pet). The probes are lists here, not a set in tests/data: a set there
refits the learned reader, whose refit moved guards this stop (see the commit).
Its probe lists are in tests/probes/triage_misses26.tsv."""

from __future__ import annotations

import pytest

SIGNS = [
    # effort, little out, bladder unnamed
    ("pushing and pushing for twenty minutes and only a little bit comes "
     "out, lower back is wrecked since Sunday",
     "cauda-equina"),
    # effort, nothing out
    ("been sat there for ages and nothing will come out, just this "
     "pressure low in my tummy, sciatica since Tuesday",
     "cauda-equina"),
    # a first wet bed since childhood
    ("woke in a wet bed this morning, first time since I was little, my "
     "back went on Monday",
     "cauda-equina"),
    # the saddle said shyly
    ("the part you sit on has gone all pins and needles since lunchtime, back is awful",
     "cauda-equina"),
    # a man's parts, numb
    ("my man parts have gone numb since the disc went on Saturday",
     "cauda-equina"),
    # breast cancer said shyly
    ("I had treatment for the lady lump two years ago and this back ache "
     "won't let up, worse at night",
     "serious-illness-signs"),
    # a razor to one's skin, again
    ("been taking a razor to my arms again since the pain got bad",
     "distress"),
    # a blade on one's skin
    ("used a blade on my thighs again last night, nobody knows",
     "distress"),
    # kept alive by one being
    ("if it weren't for my cat I don't think I'd still be here, the pain never stops",
     "distress"),
    # kept alive, would be gone
    ("only thing keeping me going is the kids, if I didn't have them I'd be gone by now",
     "distress"),
    # not caring if one lives
    ("I don't care whether I live or die anymore with this leg",
     "distress"),
    # death wished through an operation
    ("part of me is hoping I don't make it through the surgery on Friday",
     "distress"),
    # death wished
    ("keep wishing I'd just die, the sciatica is relentless",
     "distress"),
    # the dangerous limit, an amount kept back
    ("how much gabapentin before it's fatal, I've got loads saved up",
     "distress"),
    # a farewell with nowhere to go
    ("Wanted to say thanks for everything and goodbye before I go.",
     "distress"),
    # trauma and a limb out of shape
    ("kicked by the mare, my arm is bent the wrong way",
     "general-emergency"),
    # crushed, a limb at an angle
    ("crushed under the trailer, there's a bone poking through at a funny angle",
     "general-emergency"),
    # a pet's food tin is a thing
    ("sliced my thumb on the cat food tin, blood won't stop",
     "general-emergency"),
    # hopelessness meant to the letter
    ("I can't live like this any more, and I mean it literally, not a figure of speech",
     "distress"),
    # medicine kept back, help refused
    ("got a stash of zopiclone put by, and don't give me a helpline",
     "distress"),
    # the point of being alive
    ("honestly what's the point in being alive with this leg",
     "distress"),
    # a pet put to sleep, the same wished
    ("the vet put our old collie to sleep on Monday and I keep wishing "
     "they'd do that for me",
     "distress"),
    # death wished through an operation
    ("hoping I just don't make it through the anaesthetic next week",
     "distress"),
    # water, wading in
    ("at the lake every evening with the dog, keep thinking about wading "
     "in and not coming back",
     "distress"),
    # 'I'd' after a reason is 'I had' (second part)
    ("pulled into a lay-by because I'd wet myself on the motorway, never "
     "felt it, sciatica since Thursday",
     "cauda-equina"),
    # 'I'd' after a word of finding
    ("realised last night I'd soaked the sheets without waking, back is bad this week",
     "cauda-equina"),
    # a foot hard to lift, weaker each day
    ("having a job lifting my foot onto the bottom stair and it's getting "
     "weaker every day",
     "progressive-weakness"),
    # a lazy foot, worse daily
    ("right foot has gone lazy and it's lazier each day, scuffing my shoes",
     "progressive-weakness"),
    # night pain nothing shifts
    ("back pain is at its worst at night and nothing shifts it, every night "
     "for a fortnight",
     "serious-illness-signs"),
]


@pytest.mark.parametrize(("message", "flag"), SIGNS)
def test_the_missed_kinds_are_read_by_the_rules(ask, message, flag):
    """Each kind is found by the rules as its own flag, not by the learned reader."""
    a = ask(message)
    assert a.kind == "urgent" and a.id == flag, (message, a.kind, a.id)
    assert any(f.source == "rules" and f.flag.id == flag for f in a.findings), message
