"""Stop 28 (questions28, issue 8): covered questions declined for one everyday word, fixed
by kind. Words of how things turn out in time, of progress paused, lost or kept, of a limit,
a hassle or a doubt ("someday", "inevitable", "undo", "not worth the hassle", "not
convinced") say how, not what about; sayings read whole ("back to square one", "from
scratch") say how things go, while their words alone still name things ("a square root",
"the cat scratches"); another part or condition the writer measures the pain by ("worse
than when I broke my ankle") is a yardstick, not the topic; "flareups" typed as one word.
Second part: bending the knees or the back to lift, a treadmill, beginning with the easy ones
or all at once are asked of their entries; a message that says nothing of ours is no question
of ours for being near one as loosely as it is near a greeting. Third part: stenosis told
apart from a disc, keeping the stretches up once pain free. Each kind has its near miss,
which stays declined. Wordings are the author's own, never
copied from a set; they live here, not in tests/data, so that they do not refit the learned
reader."""

from __future__ import annotations

import pytest

# How things turn out, progress lost, a limit, a hassle, a doubt: the entry asked for is
# answered or offered.
HOW_THINGS_GO = [
    ("is it bound to come back sometime?", "coming-back"),
    ("will i need an operation eventually, is it unavoidable", "surgery"),
    ("is there a limit on how many steroid jabs you can get", "injections"),
    ("i skipped the stretches all week, have i undone all my progress", "skipping-stretches"),
    ("is an mri worth the hassle or not", "mri"),
    ("still not convinced the stretches do anything, do they really help",
     "how-exercise-helps"),
    ("got a sensitive tummy, which painkillers are gentler on it", "painkillers"),
    ("my flareups come out of nowhere, what helps", "flare-up"),
    ("we live on an island with no hospital, what if the serious signs happen",
     "cant-get-to-hospital"),
]

# Sayings read whole: never declined for their words.
SAYINGS = [
    "had to pause the exercises for a fortnight, am i back to square one now",
    "after a week off the stretches do i need to start from scratch",
]

# Another part or condition as the yardstick of the writer's own pain: ours.
YARDSTICKS = [
    ("this hurts more than when i broke my ankle, why is nerve pain so bad", "why-it-hurts"),
    ("honestly worse than childbirth, why does it hurt like this", "why-it-hurts"),
]

# Their near misses: the same words about something else, declined.
OFF_TOPIC = [
    "whats the square root of 81",
    "my cat scratches the sofa all day, how do i stop it",
    "how do i make pasta from scratch",
    "back to square one with my garden fence, how do i fix it",
    "is a trip to the island bound to be delayed by the ferry",
    "how do i pause a netflix download",
    "my shoulder hurts more than my elbow, what should i do",
    "which is worse, a broken wrist or a broken ankle",
    # "persist" says how things go; a cold's symptoms are a cold's
    "how long can symptoms of a cold persist",
    # a hernia of the groin or the stomach is no disc's
    "my hiatus hernia is playing up, can i still swim",
]


# Lifting with the knees or the back, a treadmill, how to begin: the entry is offered.
SECOND = [
    ("is it knees or back that should bend when i pick up the shopping", "lifting"),
    ("treadmil ok with a slipped disc?", "other-exercise"),
    ("should i begin slowly with these or do the lot at once", "getting-started"),
    ("do i begin with easy ones", "getting-started"),
    ("how does stenosis differ from a disc bulge", "spinal-stenosis"),
    ("my consultant says stenosis not a disc, whats the difference", "spinal-stenosis"),
    ("is a cold compress ok for sciatica", "heat-and-ice"),
    ("inguinal hernia and sciatica down my left leg, which stretches are safe", "precautions"),
    # why, asked of one entry's own advice or subject
    ("why cant i just rest in bed for a week", "stay-active"),
    ("why did it come back after two good years", "coming-back"),
    ("why do i hold each one for so long", "reps-and-sets"),
    ("my gp gave me an epilepsy medicine for my leg, why", "nerve-pain-medicines"),
]

# Nothing of ours in any word: declined, greeting-like words or not.
NOTHING_OURS = [
    "my brother has a triathlon saturday, what should he have for breakfast",
    "hi there, what time does the chippy shut",
    "what kind of time does the match kick off tonight",
]


def _offered(answer) -> set[str | None]:
    return {answer.id, *(s.id for s in answer.suggestions)}


@pytest.mark.parametrize(("message", "entry"), [*HOW_THINGS_GO, *YARDSTICKS, *SECOND])
def test_how_things_go_and_yardsticks_are_ours(ask, message, entry):
    a = ask(message)
    assert a.kind != "fallback", message
    assert entry in _offered(a), (a.kind, a.id, [s.id for s in a.suggestions])


@pytest.mark.parametrize("message", SAYINGS)
def test_a_saying_read_whole_is_never_declined(ask, message):
    assert ask(message).kind != "fallback", message


@pytest.mark.parametrize("message", [*OFF_TOPIC, *NOTHING_OURS])
def test_the_same_words_about_something_else_are_declined(ask, message):
    a = ask(message)
    assert a.kind == "fallback", (message, a.kind, a.id)
