"""Issue 8, stop 52 (words52): musicians, lifters and vets ask plain questions of ours that
were declined. The causes mended: the words of a performer's or a lifter's working
calendar (a tour, the rehearsals, the orchestra, comp prep, the lifter who asks), how the
writer winds down, how savage the pain is and staying bulletproof were read as another
topic (`generic`); a thing said to weigh a ton (`hefty`) and this bot shared or forwarded
(`sent`) were no words of ours (synonyms); the big instruments a musician lifts (an
activity, `moving instruments`) and asking whether lifting a thing is fine (a cue of
lifting); an animal in a likeness ("like a cattle prod down my leg") owned the leg, an
animal the writer lifts was someone whose "this" it is, and the writer's own trade of
caring for animals ("I'm a vet") was a vet consulted about an animal (scope.py). Wordings
are the author's own, never copied from a set. Near misses keep their answers, and the
warnings beside the new words still warn, by the rules alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.engine.answers import Answer

Ask = Callable[[str], Answer]


def _offers(answer: Answer, entry_id: str) -> bool:
    """The entry is the answer, or one of the choices of a "did you mean"."""
    return answer.id == entry_id or (
        answer.kind == "clarify" and any(s.id == entry_id for s in answer.suggestions))


@pytest.mark.parametrize(("message", "entry_id"), [
    # a performer's or a lifter's working calendar, and the lifter who asks
    ("back's flared up halfway through the tour, what do I do", "flare-up"),
    ("skipped me exercises the whole week of comp prep, have I lost all the progress",
     "skipping-stretches"),
    ("masters weightlifter here, 61, what should I know before starting the stretches",
     "precautions"),
    # winding down, how savage the pain is, staying bulletproof
    ("is walking ok? it's how I destress after rehearsals", "other-exercise"),
    ("why is the nerve pain so brutal at night", "why-it-hurts"),
    ("how come it's this vicious when I bend", "why-it-hurts"),
    ("what should I do once it's healed to keep my back bulletproof", "after-recovery"),
    # a thing that weighs a ton, an instrument lifted, whether lifting it is fine
    ("these crates weigh a tonne, how do I carry them without wrecking my back", "lifting"),
    ("lugging the double bass about, is carrying it ok with sciatica?", "lifting"),
    ("we've a marimba to get in the van, is lifting it fine if two of us do it", "lifting"),
    # an animal in a likeness owns no leg
    ("why does it burn like a cattle prod down my leg", "why-it-hurts"),
    ("feels like a dog chewing my calf all night, why is nerve pain so bad", "why-it-hurts"),
    # the writer's own trade of caring for animals, and the animals they lift
    ("I'm a vet and I'm lifting big dogs onto the table all day, how should I lift with "
     "this back", "lifting"),
])
def test_plain_questions_of_the_writers_day_are_answered(ask: Ask, message: str,
                                                          entry_id: str) -> None:
    """Words of the writer's day, trade and feelings are no other topic: the entry the
    question asks for is offered."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    ("hello, my sister shared you with me on WhatsApp", "hello"),
    ("hiya, a mate forwarded this bot", "hello"),
])
def test_a_greeting_beside_how_the_bot_was_passed_on_is_a_greeting(ask: Ask, message: str,
                                                                   entry_id: str) -> None:
    """This bot shared or forwarded to the writer (`sent`) is how it was found."""
    answer = ask(message)
    assert answer.id == entry_id, (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # the writer's own weight keeps its weigh; sharing asked about keeps its share
    "how often should I weigh myself",
    "best app to log my runs and share them with mates",
    # an instrument asked about for itself is the instrument's
    "Can I hang my viola on the wall with a hook without damaging it?",
    "how do I tune a harp",
    # an animal's own body, or a vet consulted about an animal, is never ours
    "my dog has back pain in his back leg, what stretches help him",
    "the vet thinks my spaniel's disc has gone, what exercises can he do",
    "I'm a vet and my own dog has a slipped disc, what stretches can he do",
    "I'm an equine vet, can horses get sciatica",
])
def test_near_misses_stay_declined(ask: Ask, message: str) -> None:
    """The new words take no other topic's question: each stays declined."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "halfway through the tour I've lost feeling between my legs and I can't pee",
    "lifting the harp into the car yesterday, now my bum is numb and I've wet myself",
    "I'm a vet, since lifting a Great Dane I can't feel my saddle area or control my bladder",
    "the pain is savage, like a cattle prod, and I've had an accident with my bowels",
])
def test_warnings_beside_the_new_words_still_warn(rules_alone: Ask, message: str) -> None:
    """The signs of a squashed nerve root bundle beside a tour, a harp lifted, a vet's
    day or a savage pain still warn, by the rules alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)
