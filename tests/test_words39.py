"""Issue 8, stop 39 (words39): questions in West African, Caribbean and South Asian English,
fixed by cause.

They ask with words matching did not know: "th" typed as said ("dis", "wit"), a pain that is
"paining", a care counted in "sittings", a doctor one "shows" a complaint to, a hot compress
called a fomentation; Hindi and Urdu's words for how many, hot or cold, a massage, the floor
and a question's last "kya"; Pidgin's "wetin", "comot" and "work pass" (works best); Creole's
"cyaan" and its greetings. Each language's words are read only beside one of its own, so the
same letters in English (a portrait's sittings, a joke's wit) stay what they are, and the
small words triage's concepts hold as said ("no fit", "mi bottom") are left alone. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_declined, assert_reaches

ANSWERED = [
    # chat spellings shared by these Englishes
    ("how serious is dis ting in my lower back", "how-serious"),
    ("my lower back has been paining me for a week, should I rest", "stay-active"),
    ("can I do the school run wit dis leg pain or should I rest", "stay-active"),
    ("the ortho has written 8 sittings of physio, will it help the sciatica",
     "physical-therapy"),
    ("shud I show to doctor or wait one more week for the leg pain", "when-to-see-doctor"),
    ("hot fomentation or cold pack, which one for the nerve pain", "heat-and-ice"),
    # Hindi and Urdu mixed with English
    ("ek din mein kitne reps karu for the stretches", "reps-and-sets"),
    ("kamar dard ke liye garam sikai ya thanda pack", "heat-and-ice"),
    ("sciatica mein maalish karana theek hai", "hands-on-therapies"),
    # Nigerian Pidgin
    ("out of all the stretches, which one work pass for leg pain", "best-exercise"),
    # Jamaican and Trinidadian Creole, and Swahili greetings
    ("wagwan, good to meet yuh", "hello"),
    ("jambo", "hello"),
    ("big up, tanks bredda", "thanks"),
]

# The same letters in their English sense, or a question of another topic.
DECLINED = [
    "how many sittings does a portrait painter usually need",
    "any ideas for a wedding speech with a bit of wit",
    "what is dis ting called in spanish",
    "my cousin moved to Lagos, what is the weather like there in march",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_these_englishes_questions_reach_their_entry(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_the_words_in_their_english_sense_stay_declined(ask, message):
    assert_declined(ask(message), message)


@pytest.mark.parametrize("message", [
    # Pidgin's and Creole's small words stay as said, so triage's concepts still read them
    "abeg wetin dey happen, since yesterday I no fit feel my two legs",
    "mi cyaan feel mi bottom since mawnin and mi cyaan pee",
    "wetin I go do, since morning urine no dey comot",
])
def test_a_sign_told_in_pidgin_or_creole_still_warns(ask, message):
    a = ask(message)
    assert a.kind == "urgent", (message, a.kind, a.id)


@pytest.mark.parametrize("message", [
    # a question in these Englishes with no sign in it stays calm
    "kitne din tak garam sek karu, kamar dard hai",
    "wetin be the best way to sleep with dis waist pain",
])
def test_a_question_in_these_englishes_is_calm(ask, message):
    assert_calm(ask(message), message)
