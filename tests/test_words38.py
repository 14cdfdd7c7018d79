"""Issue 8, stop 38 (words38): questions from Spanish, Portuguese, French and Italian speakers
writing English, fixed by cause.

They slip the words of the care itself into English (treatment, injection, hot and cold, the
physio, sick leave, the exercises' names) and use false friends read in the phrases that show
them: a set is a "series", the spine the "column", to be "operated" is to have had surgery,
to "jump" the exercises is to skip them, and how far along a pregnancy is comes in their word
order ("pregnant of 6 months"), so those months are never the pain's. Near misses: the same
words in their English sense (a TV series, a newspaper column, being embarrassed) stay what
they are. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_declined, assert_reaches

ANSWERED = [
    # the words of the care, in the writer's first language
    ("which tratamiento works better for a trapped nerve, physio or tablets", "best-treatment"),
    ("calor o hielo tonight on my lower back?", "heat-and-ice"),
    ("my medecin traitant wants an infiltracion of cortisona, is that risky", "injections"),
    ("the fisioterapeuta says 3 series of 12, is that too much", "reps-and-sets"),
    ("how many series of each stretch should I do", "reps-and-sets"),
    ("what should I evitare when the nerve is bad", "what-to-avoid"),
    ("reposo or keep walking with this sciatica?", "stay-active"),
    ("back to the ufficio on monday after two weeks de baja, can I sit all day",
     "sitting-and-work"),
    ("posizione del bambino, how do I do it", "childs-pose"),
    ("genoux a la poitrine, show me the steps", "double-knee-to-chest"),
    # false friends in their phrases
    ("I was operated of the disc last month, when can I start walking more", "after-surgery"),
    ("how to pick up the kids without damaging the column", "lifting"),
    ("if I jump the exercises on the weekend does it matter", "skipping-stretches"),
    # greetings and thanks in the writer's language
    ("tchau, boa noite", "bye"),
    ("grazie, molto chiaro", "thanks"),
]

# The same words in their English sense, or a question of another topic.
DECLINED = [
    "what is a good TV series to binge this weekend",
    "how do I add a column to my spreadsheet",
    "I was so embarrassed of my singing at the karaoke",
    "best paella recipe with chorizo",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_romance_speakers_questions_reach_their_entry(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_the_words_in_their_english_sense_stay_declined(ask, message):
    assert_declined(ask(message), message)


def test_how_far_along_in_romance_word_order_is_no_pain_duration(ask):
    """"Pregnant of 7 months" (enceinte de, embarazada de) is how far along: no warning of a
    pain lasting months. The pain's own months, told with the pregnancy, still count."""
    along = "I am pregnant of 7 months and the sciatica is bad at night, what can I do"
    enceinte = "im enceinte of 5 months and my leg hurts when I walk, which stretches are safe"
    assert_calm(ask(along), along)
    assert_calm(ask(enceinte), enceinte)
    assert_reaches(ask(along), "pregnancy")


def test_embarrassed_stays_embarrassed_without_months(ask):
    """Only "embarrassed of" some months is the false friend; embarrassed to ask is English."""
    shy = "I'm embarrassed to ask, but is it normal that sitting on the toilet hurts my back"
    assert ask(shy).id != "pregnancy"


# Part 2: voice dictation. A scan or a test said letter by letter to a phone, and the
# exercises' names as voice to text hears them, are read as what was said; the same sounds in
# their own sense stay.
DICTATED = [
    ("will the doctor send me for an m r i or is that overkill", "mri"),
    ("should I see a fizz io or just keep going with the stretches", "physical-therapy"),
    ("how do you do the up word dog one without hurting my back", "upward-dog"),
    ("walls quat how long do I hold it", "wall-squat"),
    ("the pear a formal one what are the steps", "piriformis-stretch"),
]

DICTATED_ELSEWHERE = [
    "my daughter wants to join the girl scouts is there one near us",
    "what is a good name for a pear and almond cake",
]


@pytest.mark.parametrize(("message", "entry"), DICTATED)
def test_dictated_names_reach_their_entry(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DICTATED_ELSEWHERE)
def test_dictated_sounds_in_their_own_sense_stay_declined(ask, message):
    assert_declined(ask(message), message)
