"""Long messages, pasted letters, scan reports and clinicians' shorthand (stop 16, task C):
a sign named in a list of what was checked and found absent, a safety-net sentence, a past or
family history, a heading, an abbreviation ("nil", "denies", "-ve", "NAD") is no warning;
a real sign told now inside a long message still is. The probe set
`documents/triage_documents.tsv` (line breaks written `\\n`) is the author's own wordings,
written before the sections and list scope were built (first read: 91.7% recall, 24.2%
false alarms on 62 near misses); the checks below are more of the same, in other words."""

from __future__ import annotations

from pathlib import Path

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.maintainers.stress import NONE, StressCase, read_stress_cases, warned

PROBES = Path(__file__).parent / "documents" / "triage_documents.tsv"
MISSES_ALLOWED = 4
"""Four flagged probes are still missed, none of them for a list or a section: a sign
referred to by a count ("I have the first two"), "ca" for cancer beside hormone therapy,
numbness "around your bottom" in a safety-net sentence answered "I have.", accidents told
as "two accidents" and "can't feel myself going"."""
ALARMS_ALLOWED = 3


def _cases(kb) -> list[StressCase]:
    cases = read_stress_cases(PROBES, list(kb.redflags.flags))
    assert cases is not None
    return [StressCase(c.message.replace("\\n", "\n"), c.flag, c.note, c.line) for c in cases]


def test_the_probe_set_is_large_enough(kb):
    cases = _cases(kb)
    assert sum(c.flag == NONE for c in cases) >= 60
    assert sum(c.flag != NONE for c in cases) >= 60


def test_documents_probe_set(kb, ask):
    levels = {f.id: f.level for f in kb.redflags.flags}
    misses, alarms = [], []
    for case in _cases(kb):
        a = ask(case.message)
        if case.flag == NONE:
            if a.kind == "urgent":
                alarms.append((case.line, a.id))
        elif not warned(case, a, levels):
            misses.append(case.line)
    assert len(misses) <= MISSES_ALLOWED, misses
    assert len(alarms) <= ALARMS_ALLOWED, alarms


CALM = [
    # a denial that announces a list covers each item, across commas, slashes and brackets
    "Clinic note: denies perianal numbness, urinary hesitancy, bowel incontinence or "
    "weakness in both legs. Pain 7/10.",
    "Physio summary. Red flag questions: nil - saddle anaesthesia, retention, "
    "bilateral leg symptoms. Goal: walk the dog.",
    "Red flag screen negative (saddle numbness, urinary incontinence, fevers, cancer "
    "history). Sciatica L side, 4 weeks.",
    "no features to suggest infection, malignancy or cauda equina compression",
    "no progressive weakness, stable for months",
    # ... and so does a denial that ends an item of a checklist
    "Went through the checklist with the nurse: numb bum - no, weak legs - no, "
    "peeing problems - no, fever - no.",
    "saddle sensation -ve, bladder NAD, reflexes symmetrical",
    # an examination normal on both sides
    "O/E: power 5/5 bilaterally, reflexes equal bilaterally, SLR negative bilaterally",
    # a heading on a line of its own heads the lines after it
    "From my hospital record:\nPast medical history\nurinary retention after knee "
    "surgery\nfell off a ladder\n\nNow: just the usual sciatica, 3 weeks",
    # a heading with a colon heads the rest of its sentence
    "PMH: retention post hernia repair, fall from horse. HPC: aching leg 10 days.",
    "Safety netting: attend ED if incontinent, numb in the saddle area or both legs weak",
    "FHx: bowel ca, MS. Me: sore back from decorating.",
]

URGENT = [
    # a list item that says something of its own (now, new, a person) ends the list
    ("Nurse notes: denies fever, numbness around the anus since this morning",
     "cauda-equina"),
    ("Red flags: nil, but new urinary retention today", "cauda-equina"),
    ("no back injury, I can't pee at all since last night", "cauda-equina"),
    # a letter as a point in time is no letter the sign is read in
    ("The report said stable. Since the report my foot drags more every day and I trip "
     "on the stairs", "progressive-weakness"),
    # a short denial that names no sign in its clause denies no list after it
    ("none of the stretches work, lost bladder control", "cauda-equina"),
    ("none of the exercises help, numb bum and weak legs", "cauda-equina"),
    # a sign tied to now keeps its time under a past-history heading
    ("PMH: discectomy 2019, now can't feel my bottom since this morning", "cauda-equina"),
    # a section ends at the next heading or a blank line
    ("Past history\nasthma\n\nI've wet myself twice today without feeling it",
     "cauda-equina"),
    ("FHx: dad had a stroke. Me: numb saddle and my wee won't come since yesterday",
     "cauda-equina"),
    # a checklist answered yes is a report
    ("Checklist: numb bum - yes since Sunday, weak legs - yes, bladder - can't go",
     "cauda-equina"),
    # a past cancer in a past history is still the sign
    ("PMH: breast cancer 2014, on letrozole. Back pain at night.", "serious-illness-signs"),
]


@pytest.mark.parametrize("message", CALM)
def test_lists_sections_and_shorthand_stay_calm(ask, message):
    a = ask(message)
    assert_calm(a, message)


@pytest.mark.parametrize(("message", "flag"), URGENT)
def test_a_real_sign_inside_a_document_still_warns(ask, message, flag):
    a = ask(message)
    assert_caught(a, message, flag)


# Busy messages: several people and times. When a carer writes, the patient is the one whose
# back it is, not everyone named; a person word of another group ("her brother", "his
# neighbour", "our daughter") is someone else. Whoever tells of a sign ("the carer says",
# "Grandad says") or is told it ("he told my sister") may be telling of anyone, and after
# two people named in sentences before, "she" may be either: the sign stays the patient's.
BUSY_CALM = [
    "asking for my wife, her back has gone. her brother had bowel cancer last year, "
    "is she at risk?",
    "my husband's disc is playing up. our daughter has a temperature of 38.5 with a cold, "
    "can he still lift her?",
    "my dad's sciatica is bad this week. his neighbour collapsed in the street on Tuesday "
    "and dad is shaken",
    "my grandma had breast cancer and now my mum's worried her sciatica is the same thing",
]

BUSY_URGENT = [
    ("Mum's sciatica is bad. The carer says she's been wetting herself since this morning "
     "and didn't notice", "cauda-equina"),
    ("my husband has a bad back. he told my sister he can't feel his bum since yesterday",
     "cauda-equina"),
    ("my dad has had back pain for a week. my brother rang, dad can't pee since last night",
     "cauda-equina"),
    ("Gran has sciatica. Grandad says she's lost control of her bladder today",
     "cauda-equina"),
    ("my husband's back is bad and my mum is staying with us. He can't pass urine since "
     "this morning", "cauda-equina"),
    # person words side by side name one person
    ("my 13 year old son has had back pain for a month and has lost weight without trying",
     "serious-illness-signs"),
    ("Dad's back has been bad for a fortnight. The nurse is worried. He has wet himself "
     "twice today without knowing", "cauda-equina"),
]


@pytest.mark.parametrize("message", BUSY_CALM)
def test_another_person_named_in_a_busy_message_is_someone_else(ask, message):
    a = ask(message)
    assert_calm(a, message)


@pytest.mark.parametrize(("message", "flag"), BUSY_URGENT)
def test_the_patient_sign_in_a_busy_message_still_warns(ask, message, flag):
    a = ask(message)
    assert_caught(a, message, flag)
