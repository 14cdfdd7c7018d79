"""Stop 37 (words37, issue 8): questions in English as a second language.

People who write English as a second language carry words and grammar over from their first
language: greetings and thanks in it ("shukran", "namaskar", "khuda hafiz"), the names of
the condition, the care and the body as their language spells them ("radikulopati",
"fizjoterapia", "rezonans", "hamile"), and a question asked in their word order ("how long
it takes?", "when I should go?"). Each is read in English (`spellings`, `synonyms`,
`mixed`, `word_order` in language.yaml), and nothing outside what the bot covers becomes
ours for it. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

from bot.engine.matching import WordOrder
from bot.engine.pipeline import compile_knowledge
from bot.knowledge import Knowledge

GREETINGS = [
    ("assalamu alaikum", "hello"),
    ("namaskar", "hello"),
    ("merhaba", "hello"),
    ("bonjour", "hello"),
    ("dzien dobry", "hello"),
    ("shukriya, that helped", "thanks"),
    ("gracias amigo", "thanks"),
    ("multumesc mult", "thanks"),
    ("dziekuje bardzo", "thanks"),
    ("jazakallah khair bhai", "thanks"),
    ("khuda hafiz", "bye"),
    ("au revoir", "bye"),
    ("ok do widzenia", "bye"),
]


@pytest.mark.parametrize(("message", "entry"), GREETINGS)
def test_greetings_thanks_and_goodbyes_of_other_languages_are_small_talk(ask, message, entry):
    """Hello, thank you and goodbye in Arabic, Hindi, Turkish, French, Polish, Spanish,
    Romanian and Urdu, with a word of address ("bhai", "amigo") or not."""
    a = ask(message)
    assert (a.kind, a.id) == ("chitchat", entry), (message, a.kind, a.id)


GREETED_QUESTIONS = [
    # a greeting of another language before a question: the question is answered
    ("salaam, how many reps should i do of each stretch", "reps-and-sets"),
    ("namaste ji, is swimming ok with sciatica", "other-exercise"),
]

GREETED_OFF_TOPIC = [
    # ... and before a question of another topic: still declined
    "namaste, which train is fastest from delhi to agra",
    "merhaba, which bus goes to the airport from the old town",
    "shukran, and what is the best phone for photos",
]


@pytest.mark.parametrize(("message", "entry"), GREETED_QUESTIONS)
def test_a_greeting_before_our_question_is_no_rival_to_it(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", GREETED_OFF_TOPIC)
def test_a_greeting_before_another_topic_is_still_declined(ask, message):
    assert_declined(ask(message), message)


BORROWED = [
    # the condition as other languages spell it
    ("what is radikulopati exactly", "what-is-lumbar-radiculopathy"),
    ("is siyatik something serious or will it pass", None),
    ("rwa kulszowa since march, which stretch is good", None),
    # the care, the scan and the doctor
    ("can fizjoterapia help for my back and leg pain", "physical-therapy"),
    ("do i need rezonans for this leg pain or not", "mri"),
    ("the doktor offers a blokada for my sciatica, what is that", "injections"),
    ("tuina or acupuncture for sciatica, which is better", "hands-on-therapies"),
    # pregnancy as Turkish and Malay say it
    ("i am hamile 30 weeks and sciatica in my leg, what is safe to do", "pregnancy"),
    # what is forbidden is what to avoid
    ("what is forbidden to do with a slipped disc", "what-to-avoid"),
]

BORROWED_ELSEWHERE = [
    # the same words about another place or topic: declined
    "rezonans of my shoulder, what will it show",
    "fizjoterapia for my tennis elbow, how many sessions",
    "which movements are forbidden in chess for the king",
]


@pytest.mark.parametrize(("message", "entry"), BORROWED)
def test_words_borrowed_from_other_languages_are_read_as_ours(ask, message, entry):
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)


@pytest.mark.parametrize("message", BORROWED_ELSEWHERE)
def test_borrowed_words_about_another_place_are_still_declined(ask, message):
    assert_declined(ask(message), message)


WORD_ORDER = [
    # a question with no "do" and the subject before the verb
    ("how long it takes for the sciatica to go", "time-to-results"),
    ("when i should go to the doctor with this leg pain", "when-to-see-doctor"),
    ("where i start with the exercises, i am new", None),
    ("why it hurts so much in my leg when the problem is in the back", "why-it-hurts"),
    # and without articles, as languages without them say it
    ("after operation on back how many weeks before i drive", "after-surgery"),
]


@pytest.mark.parametrize(("message", "entry"), WORD_ORDER)
def test_a_question_in_another_word_order_asks_the_same(ask, message, entry):
    a = ask(message)
    if entry is None:
        assert a.kind != "fallback", (message, a.kind)
    else:
        assert_reaches(a, entry)


def test_a_cue_is_read_in_the_other_order_only_where_a_question_is_left(kb: Knowledge):
    """"How long does it take" is also "how long it take"; "why is it", with no verb after
    its subject, and "what to do each day", whose "do" is the verb, are not re-ordered."""
    analyzer = compile_knowledge(kb).analyzer
    order = WordOrder(analyzer, kb.language.word_order)

    def unasked(cue: str) -> list[str]:
        return [" ".join(said) for said in order.unasked(analyzer.tokens(cue))]

    assert unasked("how long does it take") == [" ".join(analyzer.tokens("how long it take"))]
    assert unasked("when should i worry") == [" ".join(analyzer.tokens("when i should worry"))]
    assert unasked("why is it") == []
    assert unasked("what to do each day") == []
    assert unasked("is it safe") == []


SAID_ELSEWHERE = [
    # words of the set's kinds in off-topic messages stay declined
    "how long it takes to get a visa for my mother",
    "when i should change the oil in my car",
    "which chinese restaurant is best in leeds",
    "how long it takes to boil an egg for my son",
]


@pytest.mark.parametrize("message", SAID_ELSEWHERE)
def test_other_topics_in_the_same_words_are_declined(ask, message):
    assert_declined(ask(message), message)
