"""Living with the condition (issue 8): a question about one's own daily life, in its own
nouns (a coach trip, the washing machine, a netball final), from someone who says something
of their condition, is ours and leans to the entry written for that activity; the same
nouns without it are someone else's topic. And which entry owns what: the medicine named
decides between the medicine entries."""

from __future__ import annotations

import re

import pytest

from bot.conversation.dialogue import respond
from bot.conversation.state import State
from bot.engine import answer
from bot.engine.answers import Answer
from bot.knowledge import Knowledge, KnowledgeError, load


def _offered(a: Answer) -> set[str]:
    """The entry answered, or the ones a "did you mean" offers."""
    return {s.id for s in a.suggestions} if a.kind == "clarify" else {a.id or ""}


@pytest.mark.parametrize(("text", "entries"), [
    ("ten hour coach ride to see my mum on Friday, how do I cope with my leg like this",
     {"sitting-and-work", "driving"}),
    ("loading the washing machine all weekend, will it make it worse",
     {"lifting", "what-to-avoid"}),
    ("netball final next week, will it set it off again", {"other-exercise"}),
    ("is it ok to have sex with a pinched nerve or will it make things worse",
     {"stay-active", "what-to-avoid"}),
    # the activity names its entry though no other word is one of that entry's
    ("not had a decent kip in weeks because of my leg", {"sleeping"}),
])
def test_daily_life_with_the_condition_is_ours_and_leans_to_its_entry(ask, text, entries):
    a = ask(text)
    if a.kind == "urgent" and a.then is not None:
        # Stop 24: the learned reader reads "not had a decent kip in weeks because of my leg"
        # as pain that stops normal activities (sleep, for weeks): "see a doctor soon" is
        # defensible there, and the entry still follows it.
        assert a.id == "persistent-pain", text
        a = a.then
    assert a.kind in ("faq", "clarify")
    assert _offered(a) & entries


@pytest.mark.parametrize("text", [
    "which coach goes to Leeds on Friday",
    "best pram for a newborn",
    "got a wedding on Saturday, any tips for dancing",
    "is a kip in the afternoon good for toddlers",
])
def test_daily_life_without_the_condition_is_not_ours(ask, text):
    assert ask(text).kind == "fallback"


def test_setting_it_off_is_no_sets_of_an_exercise(ask):
    a = ask("painting the spare room this weekend, will it set it off")
    assert "reps-and-sets" not in _offered(a)
    assert _offered(a) & {"lifting", "what-to-avoid"}


def test_another_persons_back_does_not_make_the_writers_life_ours(kb: Knowledge):
    from bot.engine.pipeline import compile_knowledge
    scope = compile_knowledge(kb).scope
    assert scope.lived("my uncle swears a new mattress sorted his back") == frozenset()
    assert scope.lived("a new mattress, will it make it worse") == {"sleeping"}
    # a body part of a trip or a machine is no one's body
    assert scope.lived("the last leg of our road trip, any good stops") == frozenset()


def test_the_conversation_says_whose_daily_life_it_is(kb: Knowledge):
    """An entry shown a moment ago says the chat is about the writer's condition."""
    question = "six hour flight on Friday, any advice?"
    alone = respond(kb, question, State())
    assert not _offered(alone.answer) & {"sitting-and-work", "driving"}
    shown = respond(kb, "how should I sleep with sciatica", State())
    assert shown.state.entry == "sleeping"
    after = respond(kb, question, shown.state)
    assert _offered(after.answer) & {"sitting-and-work", "driving"}
    # ... and still declines what is no daily life of anyone's
    assert respond(kb, "what is the capital of peru", shown.state).answer.kind == "fallback"


def test_what_the_exercises_do_leads_on_to_the_routine(ask):
    purpose = ask("what are the stretches actually for")
    assert purpose.id == "what-exercises-do"
    # the daily plan is one tap away
    assert "routine" in {s.id for s in purpose.suggestions}
    assert ask("give me a daily plan of exercises").kind == "routine"
    assert ask("what is the single best stretch").id == "best-exercise"


@pytest.mark.parametrize("text", [
    "My GP started me on duloxetine for the leg pain, is that a normal thing for sciatica",
    "pregabalin leaves me so groggy, is that normal",
    "gabapentin makes me feel spaced out, should I stop it",
])
def test_the_medicine_named_decides_between_the_medicine_entries(ask, text):
    assert ask(text).id == "nerve-pain-medicines"


def test_painkillers_stay_the_painkillers_entry(ask):
    assert ask("ibuprofen or paracetamol for my sciatica").id == "painkillers"


def test_an_activity_for_an_unknown_entry_is_refused(knowledge_copy):
    path = knowledge_copy / "language.yaml"
    text = path.read_text()
    path.write_text(text.replace("      entries: [sleeping]\n", "      entries: [snoozing]\n", 1))
    with pytest.raises(KnowledgeError) as caught:
        load(knowledge_copy)
    assert re.search(r"language\.yaml:\d+: field 'domain\.activities\.entries': "
                     r"unknown entry 'snoozing'", str(caught.value))


def test_without_activities_the_engine_still_answers(knowledge_copy):
    path = knowledge_copy / "language.yaml"
    text = path.read_text()
    start = text.index("  activities:\n")
    end = text.index("  # Back pain that is another condition's")
    path.write_text(text[:start] + text[end:])
    kb = load(knowledge_copy)
    assert answer(kb, "ten hour coach ride, how do I cope with my leg like this").kind in (
        "fallback", "clarify", "faq")
    assert answer(kb, "how should I sleep with sciatica").id == "sleeping"


# Stop 24 (answers24): care the writer is given for the condition ties an activity to it as
# their pain does; "nerve pain" said with no place is the complaint this bot is for; and the
# activities' own nouns (a nap, bedtime, a hotel bed) are the writer's day beside something
# of ours, not another topic.
@pytest.mark.parametrize(("text", "entries"), [
    ("on amitriptyline, can I still drive to five-a-side", {"nerve-pain-medicines", "driving"}),
    ("my op was in march, is canoeing off the cards",
     {"surgery", "after-surgery", "other-exercise"}),
    ("on tramadol, fine to walk the dog by the canal?", {"painkillers", "other-exercise"}),
])
def test_care_the_writer_is_given_ties_an_activity_to_the_condition(ask, text, entries):
    a = ask(text)
    assert a.kind in ("faq", "clarify")
    assert _offered(a) & entries


@pytest.mark.parametrize("text", [
    "my nan's operation is the day of the christening, should we move it",
    "my son takes gabapentin for seizures, can he go canoeing with school",
    "what are the gp surgery opening hours over a bank holiday",
])
def test_someone_elses_care_or_a_gps_surgery_ties_nothing(ask, text):
    assert ask(text).kind == "fallback"


def test_the_care_asked_about_leads_not_the_activity(ask):
    a = ask("naproxen before a twelve hour shift, good idea? paracetamol is useless")
    assert "painkillers" in _offered(a)


@pytest.mark.parametrize("text", [
    "does nerve pain ever settle for good",
    "naps at lunchtime for the nerve pain, good or bad?",
])
def test_nerve_pain_said_alone_is_ours(ask, text):
    assert ask(text).kind != "fallback"


@pytest.mark.parametrize("text", [
    "nerve pain in my wrist from the mouse, any tips",
    "how long should a power nap last for a shift worker",
    "bedtime story ideas for a routine with a 4 year old",
])
def test_nerve_pain_elsewhere_and_a_day_without_our_words_are_not_ours(ask, text):
    assert ask(text).kind == "fallback"


@pytest.mark.parametrize(("text", "entries"), [
    ("can i still go bouldering on fridays", {"other-exercise", "what-to-avoid"}),
    ("am i still ok to go trekking in may", {"other-exercise", "stay-active"}),
])
def test_asking_whether_one_may_still_do_it_ties_where_nothing_points_elsewhere(
        ask, text, entries):
    a = ask(text)
    assert a.kind in ("faq", "clarify")
    assert _offered(a) & entries


@pytest.mark.parametrize("text", [
    "could i still travel if my visa runs out in june",
    "can i still go swimming after my flu jab",
])
def test_asking_whether_one_may_still_do_it_names_another_reason(ask, text):
    assert ask(text).kind == "fallback"


def test_when_it_becomes_an_emergency_is_ours(ask):
    a = ask("at what point is it an ambulance job and not a bad day")
    assert a.kind in ("faq", "clarify", "redflags")


@pytest.mark.parametrize("text", [
    "emergency locksmith open late tonight",
    "how much does an ambulance cost without insurance in texas",
])
def test_emergency_words_about_other_things_are_not_ours(ask, text):
    assert ask(text).kind == "fallback"
