"""Emergencies and serious-illness signs told by what happened and what followed (stop 18;
NHS 999 and A&E lists, NICE NG232 head injury, NICE CKS low back pain): medicine taken again
or past counting with drowsiness or the count lost, a blow to the head with vomiting or
blurred sight, a machine that caught someone or a vehicle gone over, black tarry poo on a
blood thinner, a pregnancy's tummy pain that will not let up; a new back pain under 20, pain
the same in every position through the night, weight gone with eating little, a fall
backwards. The calm side: a normal dose, a near miss, a bump with nothing after, weight
lost on purpose or with its own cause, an age for someone without back pain, a patient a
clinician saw at work. Wordings are
the author's own, never copied from a set.
Its probe lists are in tests/probes/triage_consequences.tsv."""

from __future__ import annotations


def test_a_dose_taken_by_accident_is_no_accident_that_hurt(ask):
    """'by accident' says how a dose was taken: no trauma, and without drowsiness or a lost
    count no emergency either."""
    a = ask("took my evening tablets by accident in the morning, feel fine")
    assert a.kind != "urgent", a.id
    assert not any(f.flag.id == "serious-illness-signs" and "trauma" in f.concepts
                   for f in a.findings)


def test_a_clinicians_patient_is_a_case_not_the_writers_own_emergency(ask):
    """A patient seen at work is a case of the job; the writer's own sign after it still
    warns."""
    assert ask("HCA here, looked after a patient with a seizure on nights, back sore now"
               ).kind != "urgent"
    a = ask("I had a patient with chest pain earlier and now my own chest is crushing")
    assert a.kind == "urgent" and a.level == "emergency", (a.kind, a.id)


def test_the_emergency_wins_over_the_serious_sign(ask):
    """A blow to the head with vomiting once read as a back injury's serious sign; the
    general emergency comes first."""
    a = ask("hit my head on the garage door, been sick twice since")
    assert a.kind == "urgent" and a.level == "emergency", (a.kind, a.id)
