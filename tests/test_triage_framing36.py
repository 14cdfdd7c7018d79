"""Issue 7, stop 36 (framing36): a message put as something other than the writer's own
account, a case for study (a vignette in a clinician's shorthand, an exam, mock, OSCE or
placement question, a case study), names signs that belong to the case: they are asked
about, so the message gets its normal answer with a calm note. A frame never hides what is
happening: a clause that speaks of the writer, tells a time that is now, or tells of one of
the writer's own people keeps its warning, and a case owned up to is the writer's. Each
catch sits beside a near miss of the same shape. Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import Answer, answer
from bot.knowledge import DEFAULT_DIR, load

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def rules() -> Callable[[str], Answer]:
    """The rules alone, without the learned second reader: each catch is the rules' own."""
    kb = load(DEFAULT_DIR, learned=False)
    return lambda message: answer(kb, message, today=TODAY)


def test_a_vignette_in_shorthand_is_the_case_not_the_writer(rules, ask):
    """A finals vignette ("66M, hx prostate ca, new back pain, weight down") asks what to do
    for the case; the same shorthand with the writer's own time ("since Monday") and "my"
    is a report."""
    case = ("Revision vignette: 66M, hx prostate ca, new back pain and weight down. "
            "Best first test?")
    own = ("Revision vignette done. But my own back is new pain since Monday and I've had "
           "prostate cancer, 66 now")
    assert_calm(ask(case), case)
    assert_caught(rules(own), own, "serious-illness-signs")


def test_an_exam_or_case_study_question_asks_about_the_case(rules, ask):
    """Exam, mock and case study questions name the signs of a made-up patient; a student
    who then says the sign is their own, now, is warned."""
    for case in ("Mock exam question: patient whose leg keeps giving way on stairs, which "
                 "nerve root?",
                 "case study for uni: footballer with back pain after a heavy tackle, when "
                 "to send to hospital?",
                 "Past paper q: numbness in the saddle area plus retention, what's the "
                 "answer, MRI or ED? mark scheme is vague"):
        assert_calm(ask(case), case)
    own = ("Past paper on cauda equina tonight and now I'm scared: since this morning my "
           "bum feels numb when I wipe")
    assert_caught(rules(own), own, "cauda-equina")


def test_the_writers_own_words_about_the_case_are_no_report(rules, ask):
    """"I said fever" and "how do I phrase the question about ..." tell what the writer says
    of the case, not their body; "I have a fever" in the same message is a report."""
    said = ("OSCE station feedback: the examiner asked me to list red flags and I said "
            "fever, weight loss and a history of cancer. What did I miss?")
    phrase = "For my osce, how should I word the question about numbness when wiping?"
    own = ("OSCE station tomorrow on red flags, and I have had a fever of 38.6 since last "
           "night with my back pain")
    assert_calm(ask(said), said)
    assert_calm(ask(phrase), phrase)
    assert_caught(rules(own), own, "serious-illness-signs")


def test_a_frame_never_hides_one_of_the_writers_people(rules, ask):
    """A case study mark beside the writer's own dad keeps his sign: he is no case."""
    dad = ("Doing a case study on metastatic spinal disease, and it scared me: Dad had "
           "bowel cancer two years ago and has new back pain going down his leg")
    case = ("Doing a case study on metastatic spinal disease: a man with bowel cancer two "
            "years ago and new back pain. What's the pathway?")
    assert_caught(rules(dad), dad, "serious-illness-signs")
    assert_calm(ask(case), case)


def test_a_crisis_in_a_framed_message_is_still_warned(rules):
    """A crisis is warned however it is put: an exam question about suicide risk beside the
    writer's own thoughts of ending it."""
    crisis = ("Exam question on suicide risk assessment tonight and honestly I keep "
              "thinking about ending my life because of this back pain")
    assert_caught(rules(crisis), crisis, "distress")


def test_a_patient_met_on_placement_is_someone_else(rules):
    """A patient a student meets on placement is someone else, not the writer: whose back
    it is decides, as for any carer. Their back emergency told now still warns."""
    theirs = ("patient on my placement hurt her back lifting yesterday and now she can't "
              "pass urine at all, what do I do")
    assert_caught(rules(theirs), theirs, "cauda-equina")


def test_someone_named_who_did_it_ends_a_what_if(rules, ask):
    """A what-if put about someone, answered by a clause of its own that one of the writer's
    people did it ("my brother did, just now"), is a report: an emergency now is warned. A
    clause that goes on to tell a time long past, or that it is over, is not."""
    now = ("what would you tell someone who just collapsed? my brother did, a minute ago, "
           "he's awake but grey. he's the one with the slipped disc")
    long_ago = ("what would you tell someone who collapsed? my brother did once at school "
                "years ago, he's totally fine")
    story = "does sciatica ever make your leg give way? my auntie did"
    assert_caught(rules(now), now, "general-emergency")
    assert_calm(ask(long_ago), long_ago)
    assert_calm(ask(story), story)


def test_a_reply_that_says_it_happened_ends_the_frame(rules, ask):
    """An exam question answered by the writer's own "I did" is a report, read after the
    frame: the frame never takes it back. The exam question alone is asked."""
    did = "Exam q: can a disc make you lose control of your bowels? because I did today"
    asked = "Exam q: can a disc make you lose control of your bowels? what's the mechanism?"
    assert_caught(rules(did), did, "cauda-equina")
    assert_calm(ask(asked), asked)


def test_a_case_owned_up_to_after_a_leading_word_is_the_writers(rules, ask):
    """"and yeah the patient is me" owns the case put before it, as "ok it's me" does; the
    same case with the patient said to be someone else stays a case."""
    owned = ("exam q: patient can't feel the toilet paper when wiping, what's the "
             "diagnosis? and yeah the patient is me")
    case = ("Vignette for my exam: patient can't feel the toilet paper when wiping. "
            "Which nerve roots?")
    assert_caught(rules(owned), owned, "cauda-equina")
    assert_calm(ask(case), case)


def test_the_writers_own_exam_as_a_place_or_time_is_no_frame(rules, ask):
    """An exam hall or an exam tomorrow is where and when the writer is: an emergency told
    there, even with its "I" left out, is theirs. A question from an exam paper is a case."""
    hall = "sudden crushing chest pain in the exam hall, sweating and feel sick"
    paper = ("exam question: sudden crushing chest pain in a 60M on the treatment couch, "
             "what's the first step?")
    assert_caught(rules(hall), hall, "general-emergency")
    assert_calm(ask(paper), paper)


def test_a_sentence_that_tells_after_a_frame_is_the_writers(rules, ask):
    """After the sentence that puts the case, a sentence that tells (no question, no words
    of the writer's about the case) is the writer's, even with its "I" left out; a question
    about the case after it is still the case's."""
    told = ("Revising a past paper question on ACS tonight. Crushing chest pain going into "
            "my jaw, sweaty, can't get comfy")
    asked = ("Past paper question on ACS: a 55M with central chest pain and sweating. Is "
             "aspirin given before the ECG?")
    assert_caught(rules(told), told, "general-emergency")
    assert_calm(ask(asked), asked)


def test_someone_elses_leak_with_its_own_cause_not_their_back(rules, ask):
    """A patient's or relative's incontinence the writer says is not their back's, with its
    own cause named (dementia, a water infection), is explained; one with a feeling lost or
    new since their back went still warns."""
    explained = ("resident I look after on nights wets himself from his Alzheimer's, "
                 "nothing to do with his back. how do I lift safely with my sciatica?")
    lost = ("Grandad wet himself today, nothing to do with his back the nurse "
            "thinks, it's a water infection, but he couldn't feel it happen")
    assert_calm(ask(explained), explained)
    assert_caught(rules(lost), lost, "cauda-equina")
