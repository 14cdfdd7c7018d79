"""Red flags: found in many wordings, inside other questions, and not when denied."""

from __future__ import annotations

import pytest
from triage_asserts import assert_emergency, known_learned_alarm

CAUDA_EQUINA = [
    "since yesterday i cant hold my pee",
    "I have lost control of my bladder",
    "wet myself this morning and didnt even feel it",
    "I can't wee at all today",
    "haven't peed since last night even though i need to",
    "pooed myself without noticing",
    "numb around my privates since this morning",
    "my groin and inner thighs feel numb",
    "toilet paper feels weird when I wipe, like it's not my skin",
    "cant get an erection since the back pain started",
    "sciatica in both legs now",
    "pins and needles down both legs",
    "my bum is numb when I sit on the toilet",
    "i keep leaking when i cough now",
    "I think I peed a bit without knowing",
    "my pants were wet and i didnt feel it",
    "my partner says i cant get hard anymore",
    "when i wipe i cant feel it",
    "I fell last year and now I can't control my bladder",
    "I have lost bladder control",
    "how many reps of wall squats? also I've lost some feeling down there when I go to the toilet",
    "no bowel control since this morning",
    "I pooped myself",
    "I pissed myself",
    "saddle anaesthesia",
    "I had surgery in 2019 and I can't control my bladder",
    "Last year I had a discectomy and I can't feel when I wipe",
    "(surgery in 2019) and now I can't control my bladder",
    "🙂, op in 2019, now I can't control my bladder",
    "I can\u200bt control my bla\u200bdder",
    "I can′t control my bladder",
    "I can't control my bladder for " + "9" * 400 + " days",
    "things are different down there when I have sex since my back went",
    "my erections are not the same",
    "both my legs have gone tingly",
    "both me legs gone tingly and heavy since this arvo",
]
PROGRESSIVE_WEAKNESS = [
    "my leg is getting weaker every day",
    "my foot drags when i walk",
    "I have foot drop",
    "knee keeps buckling and giving way",
    "can't lift my toes anymore, they catch on the carpet",
    "weakness in my leg is worse than last week",
    "I hurt my back a year ago and my leg is getting weaker",
    "my dad's leg is dragging when he walks",
]
SERIOUS_ILLNESS = [
    "I have a fever and back pain",
    "back pain and I had breast cancer a few years ago",
    "lost 8 kg without trying and my back hurts",
    "fell down the stairs and now my back and leg hurt",
    "the pain is constant at night, nothing eases it",
    "there's a lump on my lower back",
    "temperature 38.5 and back pain",
    "i slipped in the shower and my back is killing me",
    "my back pain is constant even lying down",
    "I had breast cancer years ago and now my back aches",
    "fell off a ladder in 2019 and it has hurt ever since",
    "pain is worse at night and doesnt ease when i rest",
]
DISTRESS = [
    "i want to kill myself the pain is so bad",
    "i feel suicidal",
    "i cant go on like this",
]
PERSISTENT = [
    "my leg pain has lasted 8 weeks",
    "sciatica for two months now",
    "pain since march and no better",
    "half a year of this burning leg pain",
    "been in pain for 7 weeks",
    "its been about 3 months now",
    # (history32: a year now years ago is a history told as background, unless the pain is
    # no better: "sciatica since 2023" was months old when written)
    "sciatica since 2023 and it's no better",
    "it's not unbearable, it just hasn't shifted in two and a half months",
    "seventeen weeks of pain",
    "my leg pain is getting worse every day",
    "the pain is unbearable, I can't cope",
    "it stops me going to work",
]


FLAGGED = [
    *((m, {"cauda-equina"}, "emergency") for m in CAUDA_EQUINA),
    *((m, {"progressive-weakness", "cauda-equina"}, "emergency") for m in PROGRESSIVE_WEAKNESS),
    *((m, {"serious-illness-signs"}, "urgent") for m in SERIOUS_ILLNESS),
    *((m, {"persistent-pain"}, "soon") for m in PERSISTENT),
    *((m, {"distress"}, "emergency") for m in DISTRESS),
]


@pytest.mark.parametrize(("message", "flags", "level"), FLAGGED)
def test_red_flags_are_found_in_many_wordings(ask, message, flags, level):
    a = ask(message)
    assert a.kind == "urgent" and a.id in flags and a.level == level, (message, a.id)


NOT_FLAGGED = [
    # short durations are not persistent
    "my leg has hurt for 2 weeks, which stretch?",
    "pain for 10 days, what can i do",
    "how many weeks until the exercises work",
    "hold for 30 seconds?",
    "I'm 38 and have sciatica",
    # denied red flags are not urgent
    "no bladder problems, just leg pain, which stretch?",
    "I'm not peeing myself or anything, how many reps?",
    "no numbness in the groin, only in my calf. what exercise?",
    "bladder and bowels are fine, how do i do the piriformis stretch",
    "no fever, no weight loss, how long to get better",
    "I didn't fall, it just started hurting. what is radiculopathy?",
    "leg strength is normal, no weakness. best exercise?",
    "numbness only in one leg, not both legs. is that sciatica?",
    "never had cancer. can an mri show a disc problem?",
    "I'm not incontinent, how long do I hold child's pose",
    "peeing is fine, what about the wall squat",
    "my bladder is ok but my leg is weak",
    # ordinary symptoms are not red flags
    "tingling down my left leg, what stretch helps?",
    "numbness in my foot, is that the nerve?",
    "pain shoots down my leg when I cough or sneeze",
    "my leg feels a bit weak when i climb stairs",
    "what are the chances of surgery",
    "can I have a bath with sciatica",
    "is it ok to sit on the toilet for long",
    "which stretch for my bum muscle",
    "I fell asleep on the sofa and woke up sore",
    "I had a fall off my bike in 2015; this pain started last week",
    "I had sciatica 2 years ago that lasted 3 months; this time it started 5 days ago",
    "does a weak core make it worse",
    "forty days of sciatica",
    "it gets worse when i bend",
    "sitting makes it worse",
    "i have pain in both buttocks",
    "pain worse at night",
    "I'm not suicidal, just fed up. How many reps?",
    "I hurt myself lifting a box",
    "peeing is totally normal, no issues there. Should I stop going running though?",
    "what are the chances this gets better",
]


@pytest.mark.parametrize("message", NOT_FLAGGED)
def test_short_durations_denials_and_ordinary_symptoms_are_not_urgent(ask, message):
    a = ask(message)
    known_learned_alarm(a, message)
    assert a.kind != "urgent", message


@pytest.mark.parametrize("message", [
    "doing the knee stretch but since yesterday I can't hold my pee, which stretch is best?",
    "how long should I hold child's pose? also my foot has started dragging",
    "Hi! Quick one about reps. Oh and it's numb between my legs since Monday.",
])
def test_red_flag_inside_another_question_is_urgent_and_only_the_warning(ask, kb, message):
    a = ask(message)
    assert_emergency(a, message)
    assert not a.suggestions
    for ex in kb.exercises:
        assert ex.steps[0] not in a.text  # no exercise advice with an emergency


def test_emergency_answer_says_what_to_do_now(ask, kb):
    a = ask("I can't control my bladder")
    assert kb.emergency_number in a.text
    assert "emergency" in a.text.lower()


def test_non_emergency_flag_gives_advice_then_the_answer(ask, kb):
    a = ask("I've had sciatica for 3 months, how many reps should I do?")
    assert (a.kind, a.id) == ("urgent", "persistent-pain")
    advice = kb.flag("persistent-pain").advice.strip().splitlines()[0]
    reps = kb.entry("reps-and-sets").answer.strip().splitlines()[0]
    assert a.text.index(advice) < a.text.index(reps)


@pytest.mark.parametrize("message", [
    "when is it an emergency?",
    "what are the warning signs",
    "which symptoms mean I should go to A&E",
])
def test_questions_about_warning_signs_are_redflags(ask, message):
    assert ask(message).kind == "redflags", message


def test_red_flags_are_found_in_an_enormous_message(ask):
    message = "my back hurts. " * 800 + "and I wet myself today"
    assert ask(message).kind == "urgent"
