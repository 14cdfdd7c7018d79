"""Issue 8, stop 53 (words53): swimmers, rowers, surfers, divers, cyclists and fighters ask
plain questions of ours that were declined, asked back or given another entry. The causes
mended: a sport said by what is done in it (a stroke, the erg, a dive, paddling out,
sparring, breakfalls) was a word of another topic or no sport of the writer's
(language.yaml `activities` sport; synonyms `swimming`, `rowing`); a martial art's
practised fall read as a fall (synonym `ukemi`); what each exercise is for, or their
purpose, was read as the counts of each (`intents`);
strengthening the quads was the quad stretch's name (phrasings of wall-squat); the back
bent backwards and the chest opened, said as what a stretch does, was no shape of upward
dog (exercises.yaml `shape`). Wordings are the author's own, never copied from a set.
Near misses keep their answers, and a fall or a sign told beside the new words still
warns, by the rules alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """The entry is the answer, or one of the choices of a "did you mean"."""
    return answer.id == entry_id or (
        answer.kind == "clarify" and any(s.id == entry_id for s in answer.suggestions))


@pytest.mark.parametrize("message", [
    # a stroke named is swimming (UK, Indian, US)
    "is breaststroke bad for a trapped nerve or should i switch to front crawl",
    "Doctor told swimming is good, but backstroke or breast stroke, which is better for my "
    "sciatica?",
    "can I keep doing laps? freestyle swimming hurts my back less than backstroke",
    # the erg (Scottish, young, Australian)
    "can i still row on the erg wi this sciatica",
    # a dive, a board, a fight (Nigerian, Australian, UK)
    "Please is scuba ok with sciatica?",
    "can i keep surfing with sciatica or will paddling out on the board make it worse",
    "is it ok to keep sparring with my slipped disc",
])
def test_a_sport_named_by_what_is_done_in_it_is_sport(ask: Ask, message: str) -> None:
    """A stroke, the erg, a dive, the board, a ride or a bout is the writer's sport: the
    entry on other exercise is offered."""
    answer = ask(message)
    assert _offers(answer, "other-exercise"), (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # what each one is for, their purpose (US, Indian, UK, voice-to-text)
    ("I would like to understand the purpose of these exercises before starting",
     "what-exercises-do"),
    # strengthening the quads, a back bent backwards with the chest opened
    ("what exercise strengthens my quads without loading my back", "wall-squat"),
    ("i want a stretch that arches my back backwards and opens up my chest", "upward-dog"),
    ("which one bends the back backwards and opens the chest", "upward-dog"),
])
def test_questions_about_the_exercises_themselves(ask: Ask, message: str,
                                                  entry_id: str) -> None:
    """What each exercise is for asks what they do, not how many of each; a muscle to
    strengthen asks for the strength move, not the stretch named after it; what a stretch
    does to the back describes it."""
    answer = ask(message)
    assert answer.id == entry_id, (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    ("how many reps of each stretch should I do", "reps-and-sets"),
    ("how many times do i do each one", "reps-and-sets"),
    ("what's a good quad stretch", "quadriceps-stretch"),
])
def test_the_counts_and_the_stretch_keep_their_entries(ask: Ask, message: str,
                                                        entry_id: str) -> None:
    """The counts of each exercise and the quad stretch asked for keep their entries."""
    answer = ask(message)
    assert answer.id == entry_id, (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # the sport's own kit and technique, with nothing of ours, is the sport's
    "what's the best wetsuit for winter surfing",
    "how do i improve my breaststroke kick",
    "what size surfboard for a beginner",
    "which erg is better, concept2 or a water rower",
    "is judo or karate better for kids",
])
def test_a_sport_asked_about_for_itself_stays_declined(ask: Ask, message: str) -> None:
    """The new sport words take no other topic's question: each stays declined."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "did a breakfall wrong at judo last night and landed hard on my back, now both legs "
    "are numb",
    "got thrown at judo and fell on my back, now I cant feel my legs or wee",
    "had a bad fall at karate onto my lower back, pain is unbearable",
    "dived into the shallow end and hit my back, now my legs are tingling and weak",
    "since the dive trip my bum is numb and I can't control my bladder",
])
def test_a_fall_or_a_sign_beside_the_sport_still_warns(rules_alone: Ask, message: str) -> None:
    """A breakfall is practised, no fall; a fall told, a dive into the shallow end, or the
    signs of a squashed nerve root bundle beside the sport still warn, by the rules
    alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "back to judo with a pinched nerve, are breakfalls a bad idea",
    "is it ok to practise breakfalls with sciatica",
])
def test_a_practised_breakfall_is_no_fall(rules_alone: Ask, message: str) -> None:
    """A martial art's practised fall asked about is technique: no warning of a fall."""
    answer = rules_alone(message)
    assert answer.kind != "urgent", (message, answer.kind, answer.id)
