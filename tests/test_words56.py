"""Issue 8, stop 56 (words56). Part 1: words55's part 2 landed narrowed by kind. It made a
table's games (the bridge table, poker, the casino, chess) the writer's sitting day and a
developer's day (code, on call, the server room) the writer's work; but an activity's words
are each the writer's day beside any word of ours, so "bridge" alone went neutral beside an
exercise's name ("glute bridge vs bridge pose") or a body word of a saying ("kicking my arse
at bridge"), and such off-topic questions were answered. Those two activities are now
`owned` (language.yaml `activities`): their words are the writer's day only beside the
writer's own condition said (Scope.lived). Wordings are the author's own, never copied from
a set."""

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
    # US young, UK, Australian, Indian, voice-to-text
    "is a single leg bridge harder than a normal bridge for the glutes",
    "glute bridge or hip thrust, which one builds a bigger bum",
    "my grandson keeps thrashing me at chess, it does my head in",
    "poker night tonight, does a flush beat a full house? my mates are talking out their arse",
    "kindly tell which is tougher bridge or rummy my brain is paining",
    "how do I code a rep counter for my leg day app",
])
def test_a_game_or_a_keyboard_beside_a_word_of_ours_alone_stays_declined(
        ask: Ask, message: str) -> None:
    """Cause: a table's game or a developer's day (`owned` activities) was the writer's day
    beside any word of ours, an exercise's name or a saying's body word; with nothing of the
    writer's own condition said, it is what the message is about."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # UK old, Indian, Nigerian, Scottish, US
    ("the GP started me on gabapentin, will it make me dozy at the bridge club",
     "nerve-pain-medicines"),
    ("on pregabalin now, will it make me too foggy to code", "nerve-pain-medicines"),
    ("kindly advise how to sit at the poker table all night with this sciatica",
     "sitting-and-work"),
    ("my back is killing me after a long shift as a croupier at the casino, how do i sit",
     "sitting-and-work"),
    ("wee bit o sciatica, how long can I sit at the chess club afore I need a walk",
     "sitting-and-work"),
])
def test_a_game_or_a_keyboard_beside_the_writers_condition_is_theirs(
        ask: Ask, message: str, entry_id: str) -> None:
    """The writer's own condition said (a medicine they take, their sciatica, their back):
    the game or the keyboard is their day, and stays answered."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "been at the bridge club all day and now my bum and privates are numb and I cant pee",
    "my leg has gone weak and my foot keeps dragging since I started coding nights",
])
def test_a_sign_beside_an_owned_activity_still_warns(rules_alone: Ask, message: str) -> None:
    """Narrowing what is neutral calms nothing: the signs of a squashed nerve root bundle and
    a weakening leg still warn beside the card table and the keyboard, by the rules alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)


# Part 2 (words56): covered questions declined by one word of chat that points nowhere.


@pytest.mark.parametrize("message", [
    # Scottish old, Scottish young
    "I'm feart o makin it worse wi the stretches, what should I watch for",
    "bit feart tae start the exercises wi ma sciatica, whit should I be careful o",
])
def test_afraid_said_as_feart_is_scared(ask: Ask, message: str) -> None:
    """Cause: the Scots "feart" (afraid) was a word of another topic where "scared" is
    generic (spellings `scared`)."""
    answer = ask(message)
    assert answer.kind != "fallback", (message, answer.kind, answer.id)


def test_a_fear_of_another_thing_stays_declined(ask: Ask) -> None:
    """Near miss (the lead's batch, holdout93): "fear" names what is feared, no topic of
    ours, so it stays another topic's word."""
    answer = ask("any tips for my fear of heights? I freeze on ladders")
    assert answer.kind == "fallback", (answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # Nigerian, US old, Pakistani
    "praise the lord the leg pain is gone, how do I stop it coming back",
    "thank the Lord my sciatica has settled, how do I keep it away",
    "alhamdulillah my back is better now, how to keep it that way",
])
def test_thanks_given_to_god_is_no_topic(ask: Ask, message: str) -> None:
    """Cause: thanks given to God in chat ("praise be", "thank the Lord") was another
    topic's; it reads as "god", a generic word (synonyms `god`)."""
    answer = ask(message)
    assert _offers(answer, "after-recovery"), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "thanks so much for the help, peace be with you",
    "cheers for that, stay blessed",
    "Thank you kindly. Peace be upon you and your family.",
])
def test_a_blessing_as_goodbye_is_small_talk(ask: Ask, message: str) -> None:
    """Cause: a farewell said as a blessing ("peace be upon you") was a word of another
    topic; it is a goodbye (synonyms `bye`)."""
    answer = ask(message)
    assert answer.kind == "chitchat", (message, answer.kind, answer.id)


def test_a_faith_asked_about_stays_declined(ask: Ask) -> None:
    """Near miss: the words asked about, not said as thanks."""
    answer = ask("what does praise be mean in the bible")
    assert answer.kind == "fallback", (answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # Australian, UK, US
    "we're out in the back of beyond, what if I can't get to a hospital",
    "I live in the middle of nowhere and the nearest A&E is hours away, what do I do",
    "we live out bush and the nearest hospital is hours away, what if it gets bad",
])
def test_a_remote_place_in_idiom_is_remote(ask: Ask, message: str) -> None:
    """Cause: a place far from everything said in idiom ("out in the sticks", "the back
    of beyond") was a word of another topic; it reads as "remote" (synonyms)."""
    answer = ask(message)
    assert _offers(answer, "cant-get-to-hospital"), (message, answer.kind, answer.id)


def test_a_remote_place_with_nothing_of_ours_stays_declined(ask: Ask) -> None:
    """Near miss: a holiday let in the middle of nowhere."""
    answer = ask("best cheap cabin in the middle of nowhere for a quiet weekend")
    assert answer.kind == "fallback", (answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    ("on pregabalin since last week, will I be too groggy to preach on Sunday",
     "nerve-pain-medicines"),
    ("my sciatica is murder when I'm preaching for an hour, how should I stand",
     "sitting-and-work"),
])
def test_preaching_is_the_writers_work(ask: Ask, message: str, entry_id: str) -> None:
    """Cause: the clergy's preaching (preach, homily, liturgy) was another topic's beside
    their own condition; it is faith work (activities)."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "tips for preaching to a big crowd",
    "how do I cancel my netflix subscription",
])
def test_preaching_or_cancelling_alone_stays_declined(ask: Ask, message: str) -> None:
    """Near misses: nothing of ours said."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    # US young, UK, Nigerian Pidgin, voice-to-text
    "should I cancel my gym classes this week with my sciatica",
    "Should I postpone my classes and rest up or keep going",
    "is physio wroth it for sciatica",
    "abeg wetin dem stretches dey do for my waist",
    "is a backbend in yoga bad for a slipped disc",
])
def test_chat_words_that_point_nowhere(ask: Ask, message: str) -> None:
    """Cause: a plan called off ("cancel", "postpone"), "worth" with letters swapped
    ("wroth"), Pidgin's "dem", and a back bend written as one word were words of another
    topic."""
    answer = ask(message)
    assert answer.kind != "fallback", (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "I'm feart to go to the toilet, I cant feel myself wiping and I cant pee",
    "out in the back of beyond and both my legs have gone weak and numb since this morning",
])
def test_signs_beside_the_new_words_still_warn(rules_alone: Ask, message: str) -> None:
    """Nothing here calms: the signs of a squashed nerve root bundle and of a weakening
    leg still warn beside fear and a remote place, by the rules alone."""
    answer = rules_alone(message)
    assert answer.kind == "urgent", (message, answer.kind, answer.id)


@pytest.mark.parametrize(("message", "entry_id"), [
    # UK young, UK old, Scottish
    ("Is it a big deal if I skip the stretches for a week? Off to the Algarve with my mates",
     "skipping-stretches"),
    ("Walking holiday in the Cotswolds next month. Can I leave the exercises for a few days?",
     "skipping-stretches"),
    ("Driving up to the Trossachs on Saturday. Any tips for the long drive with this sciatica?",
     "driving"),
])
def test_a_place_named_with_the_is_where_the_writer_goes(
        ask: Ask, message: str, entry_id: str) -> None:
    """Cause: a place named with "the" before it ("to the Algarve", "in the Cotswolds") was
    no named place (`named_places` read only a capital right after a small word)."""
    answer = ask(message)
    assert _offers(answer, entry_id), (message, answer.kind, answer.id)


@pytest.mark.parametrize("message", [
    "Is the Algarve nice in May?",
    "We're going to the Algarve. Which beach is best?",
])
def test_a_place_asked_about_stays_declined(ask: Ask, message: str) -> None:
    """Near misses: the place is what is asked about, or nothing of ours is said."""
    answer = ask(message)
    assert answer.kind == "fallback", (message, answer.kind, answer.id)
