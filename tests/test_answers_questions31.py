"""Stop 31 (questions31, issue 8): questions from people of 18 to 30, in their own words.

A term asked for in plain words ("radiculopathy in normal words", "explain like I'm 5") asks
what it is: "normal" there says how to explain, no function said to be normal, so the
condition's name is not set aside as denied. The writer's day given as the reason ("missed
the stretches cos of exams") is when and why they ask, as a time already was. Small amounts
("a tiny bit better") and doing too much ("overdid it") say how things went, no other
topic. Setting the back, the leg or the pain off is making it worse, and the back is kept
("without setting my back off"); how to carry boxes is how to lift. A life the pain takes
over ("ruining my social life", "never be normal again") asks about coping; the fastest
way out asks what works best; "what actually is it" after a story may ask what the
condition the story names is. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    ("can you explain radiculopathy in plain english", "what-is-lumbar-radiculopathy"),
    ("what is lumbar radiculopathy in simple terms", "what-is-lumbar-radiculopathy"),
    ("skipped my stretches all week because of deadlines at uni, is that bad",
     "skipping-stretches"),
    ("been two months, the leg is only a tiny bit better, when should i see the gp again",
     "when-to-see-doctor"),
    ("how should i carry my shopping without setting my back off", "lifting"),
    ("sciatica is ruining my social life, how do people cope", "coping"),
    ("what is the quickest way to get rid of sciatica", "best-treatment"),
]

# Near misses: the same words with nothing of ours, or a function said to be normal.
DECLINED = [
    "how do i explain my gap year in simple terms on a cv",
    "missed a few lectures cos of the strike, does it matter",
    "quickest way to get rid of a hangover",
    "how do i carry a tune when singing",
]


def test_plain_words_keep_the_condition_asked_about(ask):
    """Without the cue, "normal" after the condition's name set it aside as denied, and
    the comparison entry answered; with it, what the condition is."""
    a = ask("wat is radiculopathy in normal words")
    assert (a.kind, a.id) == ("faq", "what-is-lumbar-radiculopathy"), (a.kind, a.id)


def test_setting_it_off_keeps_the_part_named(kb):
    """The back named in "setting my back off" is still the back (scope's evidence), and
    no sets of an exercise."""
    from bot.engine.pipeline import compile_knowledge

    tokens = compile_knowledge(kb).analyzer.tokens("without setting my back off")
    assert "back" in tokens and "set" not in tokens, tokens


# Second part: what followed an activity, the gym's own words, recovery said plainly, and
# "what helps" in a situation said now.
SECOND = [
    ("flared up after a long drive to the coast, what now", "flare-up"),
    ("overdid it at the climbing wall and the leg is burning again", "flare-up"),
    ("a long drive on saturday, any tips for my sciatica", "driving"),
    ("is running off the table for now with sciatica", "what-to-avoid"),
    ("before this i trained with kettlebells daily, when can i get back to it", "other-exercise"),
    ("finally back to normal, do i keep doing the stretches", "after-recovery"),
    ("36 weeks pregnant and it shoots down my leg, what helps", "pregnancy"),
    ("what exercises help back pain", "best-exercise"),
]
SECOND_DECLINED = [
    "best kettlebell weight for a beginner",
    "which barbell brand is best for a home gym",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED + SECOND)
def test_the_entry_asked_for_is_reached(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED + SECOND_DECLINED)
def test_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)




def test_the_wall_squat_keeps_its_name(ask):
    """A loaded squat is lifting; the wall squat named is still the exercise."""
    assert ask("how do i do the wall squat properly").id == "wall-squat"
    assert ask("tweaked my back doing heavy squats, will the disc heal").id != "wall-squat"


def test_what_helps_leans_only_to_a_situation_said(ask):
    """"What helps" asks the situation's entry where one is said now, nothing otherwise."""
    assert ask("what helps with the pain at night").id != "pregnancy"
    assert ask("not pregnant, what helps a sore back").id != "pregnancy"
