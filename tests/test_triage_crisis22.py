"""Distress and general emergencies reached, and their near misses calmed (stop 22, crisis22).

Distress: a resolve to act at last beside a time ("tonight's the night", "this weekend"); an
absence no one would notice for days; not being around or not existing thought about; no
point in being here or no reason to be alive, said after an "if" too; following someone whose
death is ahead, or nothing left to keep one here once they are gone; another person's
medicine kept back with its purpose left unsaid; a cupboard's whole contents to be taken
beside being done; a performance's end made real; a wish to be dead said as written, with the
"be" left out as Caribbean English does; no more need of anything beside a goodbye; a head
banged on a wall when the pain gets bad ("meh" and "de" read as "my" and "the"), a head
driven into a wall or a fist into one's own leg over and over. General
emergencies: fits one after another, a head wound that will not slow, a fall down a flight of
stairs with a bleeding head, a sudden tearing pain through the belly, a face dropped in
rhyming slang or Nigerian Pidgin, a Pidgin belly hard like stone.

Near misses: a wish to die once felt and said to be over, rather being numb than in agony,
rain pouring down, a brace that fits, a show's last night; and (the second change) end of
life care, a dying relative's choice to stop treatment, a sign the hospice foretold or
expects, someone else's collapse or fit with help already there or fine the next day, an "if"
about anyone at all, an old stroke's slur said to be nothing new, a role played and stage
blood, a bleed that stopped past a "but", a plain "I'm not" after a question, Scots "nae".
And the crisis is never hidden by those readings. Wordings are the author's own (the probe set is
tests/data/triage_probes_crisis22.tsv, written before the rules).
"""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

DISTRESS = [
    "pretty sure tonight is the night, I am finally going to do it",
    "next week is when I finally go through with it, I've had enough",
    "if I rolled into the river nobody would notice for a week",
    "nobody would notice for days if I was gone, I live on my own",
    "keep thinking about not existing anymore, this pain never stops",
    "if the injection doesn't work there's no point in me being here",
    "if I end up in a wheelchair I can't see any reason to be alive",
    "when my wife dies I'm going with her, I've decided",
    "once mum's gone there is nothing keeping me here",
    "been putting aside some of my husband's morphine, not sure what for",
    "tonight I'll take everything in the medicine cupboard and be done with it",
    "this is my final bow for real, I'm done with all of it",
    "mi woulda rather dead than live wid dis back",
    "Goodbye all. Thanks for the stretches, I won't need them anymore.",
    "sometimes ah does bang meh head on de wall when it get bad",
    "I kept smashing my fist into my leg last night, I can't feel it anyway",
    "I headbutt the wall when it gets too much, did it twice today",
]

EMERGENCY = [
    "she's had three fits in a row and isn't waking up properly",
    "split my head on the cupboard and it's bleeding, won't slow down at all",
    "dad fell down the stairs and his head is bleeding",
    "sudden tearing pain through my stomach into my back, I'm grey and sweating",
    "grandad's boat race has dropped on one side and he can't lift his arm",
    "my belle start pain me sudden, e hard like stone and I no fit stand",
]

CALM = [
    ("I wanted to die after the divorce, back then. I don't feel like that any more. "
     "Which stretch for sciatica?"),
    "I'd rather be numb than in agony, is the pregabalin worth it?",
    "it's been pouring down all day and my back aches in the damp",
    "the new back brace fits well, can I wear it to sleep?",
    "final night of the show tonight, my back is glad of a rest",
    "Thanks for everything, my back is loads better now so I won't need the exercises. Bye!",
    "meh, my back is ok today",
    "my toddler headbutted me again this morning and my back aches",
    "my belle dey pain me small after I chop beans, and my back too",
]

SEEN_TO = [
    "Mum's on end of life care now and sleeps most of the day. Best stretch for a stiff back?",
    ("Grandad has chosen to stop his dialysis, we're with him. "
     "How do I lift him without hurting my back?"),
    ("the palliative nurse said the seizures are expected now, he had another one this morning. "
     "my back is in bits"),
    ("an old man collapsed at the bus stop and the paramedics came straight away, "
     "my back's the usual"),
    "my brother had a seizure at work yesterday, he's fine today. I pulled my back catching him",
    "what should you do if somebody is having a heart attack? asking for a course",
    ("Mum's stroke was 5 years ago, her face still droops but that's not new. "
     "My back is the question"),
    "I'm playing a woman who has a stroke in the second act, the falls are killing my back",
    "fake blood all over the dressing room after the show, my back's stiff from the fight",
    "bled a fair bit from a cut on my thumb but it stopped after a few minutes. back's fine",
    "Does sciatica make you suicidal? I'm not. Just wondering",
    "hit ma heid on the shelf, nae dizziness, nae sickness, back's just sore",
]

NEVER_HIDDEN = [
    ("the hospice warned us he might have fits, he's fitting now and it won't stop",
     "general-emergency"),
    ("what do I do if someone's having a stroke, my mum's face has dropped right now",
     "general-emergency"),
    ("Dad's on end of life care and I want to end my life too", "distress"),
    ("Dad wants to stop treatment and I'm ready to die too", "distress"),
    ("I wanted to die last year. I don't feel like that any more but I've been saving my tablets",
     "distress"),
    ("I wanted to die back then and I don't feel like that now, but lately it's coming back",
     "distress"),
    ("it's pouring down outside and blood is pouring from my head and won't stop",
     "general-emergency"),
]


@pytest.mark.parametrize("message", DISTRESS)
def test_a_plan_an_unnoticed_absence_or_following_someone_gets_the_crisis_reply(ask, message):
    assert_caught(ask(message), message, "distress")


@pytest.mark.parametrize("message", EMERGENCY)
def test_fits_a_bad_head_wound_a_tearing_pain_and_a_dropped_face_are_emergencies(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", SEEN_TO)
def test_care_foretold_help_there_a_role_or_a_question_stays_calm(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), NEVER_HIDDEN)
def test_the_crisis_is_never_hidden_by_those_readings(ask, message, flag):
    assert_caught(ask(message), message, flag)
