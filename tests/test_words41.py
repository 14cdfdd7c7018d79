"""Issue 8, stop 41 (words41): questions from Polish, Romanian, Russian, Ukrainian, Bulgarian,
Hungarian and Lithuanian speakers writing English, and from the armed forces, the police and
the fire service, fixed by cause.

Eastern European writers slip the care and the medicines of home into English ("fizjo",
"kinetotherapy", "Ketonal", "Nimesil", "Mydocalm", a "termofor", the "apteka", "stenoza") and
translate literally: an exercise named by its picture ("the dog with head up"), a muscle by its
shape ("the pear muscle"), "bed regime", an "exacerbation" or an "attack" of sciatica, a child
carried "on hands", a TENS "apparatus", "contraindications", "gymnastics" for the exercises,
"at what moment", "from what to begin". People in uniform speak of their unit's doctor and
physios ("sick parade", "report sick", the "PCRF"), their duties and kit ("a patrol car",
"tabbing with a bergen", "the hose and BA set"), a wheelchair as "a chair for life", and sign
off by radio ("roger", "wilco", "over and out"). Each is read where no English word shares it,
a literal translation only in its phrase, so a child's gymnastics, a pear, a garden hose or a
bar tab stay English. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_declined, assert_reaches

ANSWERED = [
    # the care and the medicines of home, in their own words
    ("is kinetotherapy worth it for a pinched nerve", "physical-therapy"),
    ("the pharmacist in the apteka gave me Ketanov, can I take it each day", "painkillers"),
    ("they gave me Mydocalm for the back spasm, is it ok with ibuprofen",
     "nerve-pain-medicines"),
    ("can I put a termofor on the sore back at night", "heat-and-ice"),
    ("what is stenoza, the doctor said I have it", "spinal-stenosis"),
    # literal translations, read in their phrases
    ("had an exacerbation last night, what should I do now", "flare-up"),
    ("how to stretch the pear shaped muscle", "piriformis-stretch"),
    ("how long to hold the dog with head up", "upward-dog"),
    ("are there contraindications for these stretches", "precautions"),
    ("can a TENS apparatus help the leg pain", "hands-on-therapies"),
    ("my manual therapist cracks my spine every week, is that ok", "hands-on-therapies"),
    ("from what to begin if I never exercised", "getting-started"),
    ("at what moment should I see a doctor with this", "when-to-see-doctor"),
    ("I missed my stretches for three days, does it matter", "skipping-stretches"),
    ("is the morning gymnastics useful with a slipped disc", "how-exercise-helps"),
    # the armed forces, the police and the fire service
    ("will the physios at the RRU sort out my trapped nerve", "physical-therapy"),
    ("when should I report sick with sciatica", "when-to-see-doctor"),
    ("could this nerve leave me in a chair for life", "paralysis-risk"),
    ("how do I keep my back in good nick once it settles", "after-recovery"),
    ("any tips for long patrols in the car with sciatica", "driving"),
    # greetings, thanks and goodbyes
    ("roger that, thanks", "thanks"),
    ("over and out", "bye"),
]

# The same words in their English sense: another topic.
DECLINED = [
    "my daughter does gymnastics, which club should she join",
    "how long should I poach a pear",
    "which hose fits a garden tap",
    "roger federer best season ever",
    "best apparatus for home brewing",
    "the marketing team wants a new logo, any ideas",
    "how do I settle a bar tab when I lose the receipt",
    "can my dog sleep with head up on the sofa",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_their_questions_reach_their_entry(ask, message, entry):
    a = ask(message)
    if entry in ("thanks", "bye"):
        assert a.kind == "chitchat" and a.id == entry, (message, a.kind, a.id)
    else:
        assert_reaches(a, entry)


@pytest.mark.parametrize("message", DECLINED)
def test_the_words_in_their_english_sense_stay_declined(ask, message):
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", [
    # a question in their words with no sign in it stays calm
    "had an exacerbation of the ischias, what helps",
    "doctor said bed regime for a week, is that right",
    "can I still tab with a bergen if the leg is only a bit sore",
])
def test_a_question_in_their_words_is_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    # a sign said among their words still warns
    "had an ischias attack and since this morning I cannot pee",
    "back gone on a tab, now both legs numb and I can't feel the toilet paper",
])
def test_a_sign_among_their_words_still_warns(ask, message):
    a = ask(message)
    assert a.kind == "urgent", (message, a.kind, a.id)
