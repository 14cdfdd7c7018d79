"""Each sign is read in its context (ConText): whose it is, when, whether it is asked about,
imagined, denied or said for effect, and the reply follows from those properties."""

from __future__ import annotations

from datetime import date

import pytest

from bot.engine import compile_knowledge

TODAY = date(2026, 11, 25)


def finding(kb, message, flag):
    reading = compile_knowledge(kb).triage.read(message, TODAY)
    return next((f for f in reading.findings if f.flag.id == flag), None)


@pytest.mark.parametrize(("message", "flag", "prop"), [
    ("no problems peeing, bladder is fine", "cauda-equina", "negated"),
    ("what does foot drop actually feel like?", "progressive-weakness", "asked"),
    ("can sciatica cause incontinence?", "cauda-equina", "asked"),
    ("Out of interest, is foot drop usually permanent?", "progressive-weakness", "asked"),
    ("the GP asked whether I'd had trouble with my waterworks", "cauda-equina", "asked"),
    ("what if I lost control of my bladder one day", "cauda-equina", "hypothetical"),
    ("if my foot started dragging, would I need surgery?", "progressive-weakness",
     "hypothetical"),
    ("I nearly wet myself laughing at the cat", "cauda-equina", "figurative"),
    ("I fell asleep on the sofa", "serious-illness-signs", "figurative"),
    ("my bum goes numb after hours of sitting at my desk", "cauda-equina", "explained"),
    ("back in the 90s I had a fit once, nothing since", "general-emergency", "earlier"),
    ("my legs buckled with laughter at the panto", "progressive-weakness", "figurative"),
    ("years ago my leg gave way after an epidural", "progressive-weakness", "historical"),
    ("had foot drop after my op, fully recovered within a year", "progressive-weakness",
     "resolved"),
])
def test_each_sign_carries_the_property_its_context_gives(kb, message, flag, prop):
    f = finding(kb, message, flag)
    assert f is not None and prop in f.properties and f.reply != "warn", (message, f)


@pytest.mark.parametrize(("message", "flag", "experiencer"), [
    ("my dog's back legs keep giving way", "progressive-weakness", "animal"),
    ("my dad has prostate cancer, and my sciatica makes sitting with him hard",
     "serious-illness-signs", "other"),
    ("my little one has a temperature, can I still do my stretches?", "serious-illness-signs",
     "other"),
    ("the roof has been leaking all week", "cauda-equina", "thing"),
])
def test_someone_elses_sign_is_theirs(kb, message, flag, experiencer):
    f = finding(kb, message, flag)
    assert f is not None and f.experiencer == experiencer and f.reply != "warn", f


@pytest.mark.parametrize("message", [
    "my husband did his back in yesterday and since this morning he hasn't been able to pee",
    "Mum has bad sciatica, today she says her bottom feels numb like after the dentist",
    "my wife can't feel the toilet paper when she wipes",  # whose back it is goes unsaid
    "Dad's foot has been dragging since Friday and he can't lift it",
])
def test_a_carer_reports_the_patients_emergency(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.level == "emergency", message


@pytest.mark.parametrize("message", [
    "crushing pain in my chest going into my left arm and I'm sweating",
    "my husband's face is drooping on one side and his speech is slurred",
    "I can't breathe properly and my lips are going blue",
    "Mum fell down the stairs, hit her head and now she's drowsy",
    "my partner fainted and is not waking up",
    "my lips and tongue are swelling up after the new tablets",
    "fell off the roof this morning and landed on my back",
    "worst stomach pain of my life, I'm doubled over",
    # someone else's, happening now as the words beside it say
    "my brother fell from the roof, he can't move",
])
def test_general_emergencies_get_the_call_now_reply(ask, kb, message):
    a = ask(message)
    assert (a.kind, a.id, a.level) == ("urgent", "general-emergency", "emergency"), message
    assert kb.emergency_number in a.text


@pytest.mark.parametrize("message", [
    "my colleague passed out at work last week, he's fine now",
    "my son fainted at his jab bless him, how long do I hold the stretch?",
    "A colleague had a heart attack at his desk last year",
    "I nearly passed out when I saw the price of the physio",
    "could I have a heart attack from painkillers? I've no chest pain",
])
def test_someone_elses_past_emergency_or_an_idiom_is_not_one(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    "cant pee is it serious",  # a terse report, then a question: not a question about a sign
    "can't feel my bum when I wipe, is that a red flag?",
    "what does foot drop feel like? also since yesterday I can't pee",
    "my dog can't walk on his back legs and I've wet myself without noticing",
    "I nearly wet myself laughing. Separately, my groin has gone numb since this morning",
    "No fever, never had cancer, didn't fall. But I can't feel the toilet paper when I wipe",
])
def test_nothing_else_in_a_message_hides_an_emergency(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.level == "emergency", message


@pytest.mark.parametrize("message", [
    "how do i fix a leaking kitchen tap",
    "chest day tomorrow, bench press or incline dumbbells first?",
    "I go to keep fit classes twice a week, he is fit and healthy too",
    "my cactus collapsed overnight, is it rotting",
    "the radiating pain has gone since I did the stretches",
])
def test_words_that_only_look_like_signs_are_not_alarms(ask, message):
    """A stem shared with a sign ("fitting", "radiator", "press") or a thing that leaks."""
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    # a short answer confirms what was only said as an "if"
    "The nurse said to ring if my foot started dragging. It has.",
    # a question about a sign, then the writer says they have it
    "Can a slipped disc make you wet yourself? Because I did this morning",
    "Does the disc ever stop you feeling the toilet paper? Same here.",
    # "is it normal ..." tells of the writer's own sign, and its "you" is the writer
    "is it normal for a disc to make you not feel when you need a wee?",
    # a short denial never takes away a sign the writer reported
    "My groin has gone numb since this morning. No, I'm not imagining it.",
    # a rule for some concepts ("a lump in the face") gives nothing to the others
    "had an injection for my back and now my face and tongue are swelling",
])
def test_questions_and_answers_that_report_a_sign(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.level == "emergency", message


@pytest.mark.parametrize("message", [
    "Numbness down there? No, nothing like that. Just the ache.",
    "My neighbour says a fever with back pain means infection. I don't have one.",
    "The physio asked about leaking. I haven't.",
    # "couldn't" is read as "can't": it does not make a past told around it now
    "Couldn't pee after my c-section in 2019, sorted within a day. Why does the physio ask?",
    # a duration is of what its clause tells, and "N ago" dates what was told before it
    "Lost two stone on purpose since last January. Does it help sciatica?",
    "I had a stroke 5 years ago and now I have sciatica, is walking ok?",
    "I've been up twice a night to pee for 15 years, the GP says it's my prostate",
    # a thing after "on" is where, not whose
    "I use a heat pack on my back, is it ok to sleep with it?",
])
def test_answers_and_contexts_that_take_a_sign_away(ask, message):
    assert ask(message).kind != "urgent", message


def test_a_duration_said_alone_is_of_the_sentence_next_to_it(ask):
    assert ask("Still the same pain down my leg. Month and a half in.").id == "persistent-pain"
    assert ask("no, not really any better. its week 10 now").id == "persistent-pain"


def test_findings_say_a_question_was_the_writers_own(kb):
    f = finding(kb, "is it normal for a disc to make you not feel when you need a wee?",
                "cauda-equina")
    assert f is not None and "own" in f.properties and f.experiencer == "patient", f
    assert f.to_json()["own"] is True


def test_a_named_sign_gets_the_answer_and_a_calm_note(ask, kb):
    a = ask("can sciatica cause incontinence?")
    assert a.kind != "urgent"
    flag = kb.flag("cauda-equina")
    assert flag.about in a.text
    assert "/redflags" in a.text and kb.emergency_number in a.text
    assert not a.text.startswith(flag.title)


def test_a_sign_with_no_answer_of_its_own_gets_the_warning_signs(ask):
    a = ask("what's saddle anaesthesia?")
    assert a.kind == "redflags"


def test_someone_elses_fever_gets_the_normal_answer(ask, kb):
    a = ask("my daughter has a temperature, can I still do my stretches?")
    assert a.kind != "urgent"
    assert kb.flag("serious-illness-signs").about in a.text


@pytest.mark.parametrize(("typed", "flag"), [
    ("i fel down the stairs last week and my back hurts", "serious-illness-signs"),
    ("havnt wee'd since last nite even tho i tryd", "cauda-equina"),
    ("I cannot pea I've been trying for an hour", "cauda-equina"),
])
def test_triage_terms_tolerate_typos_and_voice_to_text(ask, typed, flag):
    a = ask(typed)
    assert a.kind == "urgent" and a.id == flag, typed


@pytest.mark.parametrize("word", ["feel", "fill", "weed", "peas", "fall"])
def test_real_words_are_not_turned_into_triage_words(kb, word):
    assert compile_knowledge(kb).analyzer.words(word) == [word]
