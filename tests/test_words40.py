"""Issue 8, stop 40 (words40): questions from German, Dutch and Scandinavian speakers and from
Chinese, Japanese, Korean, Vietnamese and Thai speakers writing English, fixed by cause.

They slip the words of the care and the body into English in their own language (a
"Behandlung", a "spuit", the "huisarts", "zwanger", "Übung", "zakotsu", a "shippu"), with
letters a keyboard may not have (eszett, the Nordic o and ae: folded, so the word stays one);
they translate literally ("alarm signals", "become lame", "the faults people make", "pay
attention to", "sick written", "waist pain", "who is correct", "cannot go hospital") and
greet and thank in their own words. The words are read where no English word shares them,
a literal translation only in its phrase, so an alarm clock, a lame excuse, a car's faults
or a waistband stay English, and another place (a frozen shoulder) stays outside. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_declined, assert_reaches

from bot.engine.text import tokenize

ANSWERED = [
    # German, Dutch, Danish, Norwegian and Swedish words of the care and the body
    ("which Behandlung works best against ischias", "best-treatment"),
    ("my huisarts wants to give a spuit in the back, is that useful", "injections"),
    ("can I keep doing the oefeningen now that I am zwanger", "pregnancy"),
    ("Kernspin showed a Bandscheibenvorfall, what does that mean", "slipped-disc"),
    ("how do I do the Dehnung for the Hüftbeuger", "hip-flexor-stretch"),
    ("a good stretch for the bilspieren please", "piriformis-stretch"),
    ("Panodil or Ibux, which is better for this", "painkillers"),
    ("are there forholdsregler before I start", "precautions"),
    ("I am sjukskriven since last week, when can I go back to my job", "sitting-and-work"),
    ("lange autorit naar Frankrijk next month with this leg, any advice", "driving"),
    # their literal translations, read in their phrases
    ("what are the alarm signals I must not ignore with sciatica", "redflags"),
    ("could I end up lame from a disc like this", "paralysis-risk"),
    ("what faults do beginners make with these stretches", "common-mistakes"),
    ("what should I pay attention to before the first session", "precautions"),
    # Chinese, Japanese, Korean, Vietnamese and Thai words and translations
    ("zakotsu shinkeitsu since spring, how long until better", "time-to-results"),
    ("is gua sha on the lower back good for the nerve", "hands-on-therapies"),
    ("is it ok to sleep with salonpas on my back", "heat-and-ice"),
    ("waist pain for three month, is it dangerous", "how-serious"),
    ("two doctor say two different name, who is correct", "sciatica-vs-radiculopathy"),
    ("baby in my tummy and the nerve hurt, what can I do", "pregnancy"),
    ("mri say the spinal canal is narrow, what that mean", "spinal-stenosis"),
    # greetings, thanks and goodbyes
    ("moin moin", "hello"),
    ("tusind tak, that helps", "thanks"),
    ("arigato gozaimasu", "thanks"),
    ("tot ziens", "bye"),
]

# The same letters in their English sense, or another place and another topic.
DECLINED = [
    "my alarm clock signals too early, how do I change it",
    "my brother tells lame jokes, how do I get him to stop",
    "my car has electrical faults, which garage should I pick",
    "what waist size should I order for these jeans",
    "gojukata since winter, what stretch for the shoulder",
    "which gift to bring to a friend in Oslo, any tips",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_their_questions_reach_their_entry(ask, message, entry):
    a = ask(message)
    if entry in ("redflags", "hello", "thanks", "bye"):
        assert a.kind in ("redflags", "chitchat"), (message, a.kind, a.id)
        assert a.kind == "redflags" or a.id == entry, (message, a.kind, a.id)
    else:
        assert_reaches(a, entry)


@pytest.mark.parametrize("message", DECLINED)
def test_the_words_in_their_english_sense_stay_declined(ask, message):
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", [
    # a question in their words with no sign in it stays calm
    "hoe lang duurt ischias meestal, is het erg",
    "wie lange dauert eine Ischias, und was hilft",
    "can I become lame from a bulging disc, just asking",
])
def test_a_question_in_their_words_is_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    # a sign said among their words still warns; "die" in a Dutch message keeps its English
    "ik heb pijn and since this morning I cannot pee and my bum is numb",
    "ik weet het niet meer, I want to die",
    "ich habe Schmerzen, both legs verlamd since an hour",
])
def test_a_sign_among_their_words_still_warns(ask, message):
    a = ask(message)
    assert a.kind == "urgent", (message, a.kind, a.id)


def test_letters_a_keyboard_may_lack_keep_the_word_whole():
    assert tokenize("Gesäßmuskel") == ["gesassmuskel"]
    assert tokenize("Bøjning Ørebro") == ["bojning", "orebro"]
    assert tokenize("łydka") == ["lydka"]
