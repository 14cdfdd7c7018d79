"""Stop 43 (scope43, issue 8): off-topic messages answered for a shared word.

A likeness is its whole phrase: "if" alone is a condition ("if the ball pitches"), only "as
if" likens, so a picture after "if" or after "as a" ("as a child") describes no exercise.
Shared words take the sense their clause gives them (`senses` in language.yaml): a wall
built or leant a ladder on, cricket's names for the field and a ball's line, the skin of the
back, the film a load is wrapped in. Other conditions and goals of their own (`elsewhere`,
`goals`): fertility treatment, the heart's rehab, nerves before an event, the blood's own
tests, the upper body's posture. The condition, a complaint in the clause or one of our
exercises named keeps a message ours. Wordings are the author's own, never from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined

from bot.engine.pipeline import compile_knowledge
from bot.knowledge import Knowledge

DECLINED = [
    # a wall built, hung on or leant on
    "whats the best height to put a tv bracket on the wall",
    "best way to hang shelves on a brick wall",
    "can i bang a ball against the shed wall at night",
    # cricket's field and line
    "got lbw twice today, was the umpire right",
    "how do you bowl leg spin properly",
    "do leg byes count as extras",
    # the film a load is wrapped in
    "any tips for bubble wrap or stretch film when packing a van",
    "how do i get cling film to stop sticking to itself",
    # the skin of the back
    "does a lower back tattoo fade faster than an arm one",
    "acne on my upper back, what wash works",
    # other conditions and goals of their own
    "is it safe to travel during ivf",
    "how long does fertility treatment take to work",
    "how fast should i cycle at cardiac rehab",
    "exercises to fix rounded shoulders from gaming",
    "how do I get rid of tech neck",
    "exam nerves, how do i stop shaking",
    "what should my INR be on warfarin",
]

STILL_OURS = [
    # our exercise named, a complaint or the condition in the clause keeps it ours
    "can i do the wall sit against my garage wall",
    "my leg goes numb fielding at square leg, is that the nerve",
    "sciatica flares after a day up ladders, any stretches",
    "my lower back tattoo area aches and my leg tingles, sciatica?",
    "interview nerves making my sciatica worse, any stretches",
    "is ivf safe with a slipped disc and sciatica",
    "can i still go to cardiac rehab with my sciatica",
    "stretches for my sciatica that also help rounded shoulders",
    "is ibuprofen ok with my INR, my back is killing me",
    "if my leg goes numb when bowling should i stop",
]


@pytest.mark.parametrize("message", DECLINED)
def test_a_shared_word_in_another_sense_is_declined(ask, message: str) -> None:
    """A wall, a leg, a back, a stretch, nerves in another topic's sense; another
    condition's or goal's own words."""
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", STILL_OURS)
def test_the_condition_a_complaint_or_our_exercise_keeps_it_ours(ask, message: str) -> None:
    """The same words beside something of ours said in its own words."""
    a = ask(message)
    assert a.kind != "fallback", (message, a.kind)


@pytest.mark.parametrize(("message", "exercise"), [
    ("curled up like a ball on my back, rocking, what's that one called",
     "double-knee-to-chest"),
    ("lie on your back and hug your knees, then rock as if in a ball",
     "double-knee-to-chest"),
    ("looks as though I'm a ball rocking on my back", "double-knee-to-chest"),
])
def test_a_whole_phrase_of_likeness_still_likens(kb: Knowledge, message: str,
                                                 exercise: str) -> None:
    """ "like", "as if", "as though" before a picture still describe its exercise."""
    described = compile_knowledge(kb).shapes.read_text(message).described
    assert described and described[0].exercise == exercise, (message, described)


@pytest.mark.parametrize("message", [
    "whats the rule if the ball hits the stumps",
    "what if the ball rolls under the bed",
    "I had a nasty fall as a child, climbing",
    "my nan swears by praying as a child does, kneeling",
])
def test_if_or_as_alone_likens_nothing(kb: Knowledge, message: str) -> None:
    """A condition ("if") or a role ("as a child") before a picture describes nothing."""
    assert not compile_knowledge(kb).shapes.read_text(message).described, message


# Second part (issue 8, false urgent): a waste of time, effort or breath is no wasting
# muscle; a trip named for where or what it was for is a journey, no stumble ("trip and" is
# "tripped and" in stems); a fit someone would throw is their anger. The signs themselves
# still warn. Wordings are the author's own.
@pytest.mark.parametrize("message", [
    "wasted weeks on a chiro who just cracked my back, what should I try now",
    "feel like I'm wasting my breath with the GP, how do I get a referral",
    "wasted years putting up with it, does physio actually help",
    "went on a school trip and my sciatica flared on the coach, any tips",
    "booked a golf trip and now the leg pain's back, should I cancel",
    "my wife will have a fit if I go back to the gym this week",
])
def test_time_wasted_a_journey_and_anger_are_no_sign(ask, message: str) -> None:
    """Months wasted, a school trip, a wife's anger: calm."""
    a = ask(message)
    assert a.kind != "urgent", (message, a.kind, [f.flag.id for f in a.findings])


@pytest.mark.parametrize("message", [
    "my calf muscle is wasting, it looks thinner than the other one",
    "tripped and fell down the stairs, back is agony",
    "on a ski trip and fell hard on my back, now my legs are numb",
    "I had a fit last night and my legs went numb",
])
def test_wasting_a_fall_and_a_seizure_still_warn(ask, message: str) -> None:
    """The signs those words look like still warn."""
    assert ask(message).kind == "urgent", message
