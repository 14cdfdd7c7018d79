"""Messages typed fast on a phone, in pain, or said into it: letters held ("helppp"), words run
together ("cantpee") or an apostrophe typed as a space ("can t"), numbers for words ("want 2"),
text speak ("rn", "yday", "btwn"), emoji for a body part or a state ("my 🦵"). The analyser
reads them as the words they stand for, so triage and matching see what a person would; and
an ordinary message typed the same way stays ordinary."""

from __future__ import annotations

import pytest

from bot.engine import compile_knowledge
from bot.engine.text import held_readings
from bot.knowledge import KnowledgeError, load


@pytest.fixture(scope="module")
def words(kb):
    return compile_knowledge(kb).analyzer.words


def test_held_letters_are_read_doubled_then_once():
    assert held_readings("peeeee") == ["pee", "pe"]
    assert held_readings("sooo") == ["soo", "so"]
    assert held_readings("legs") == []
    assert "help" in held_readings("helppp")


@pytest.mark.parametrize(("typed", "meant"), [
    ("noooo my leg", ["no", "my", "leg"]),
    ("helppppp", ["help"]),
    ("so numbbbb", ["so", "numb"]),
    ("pleaseeee", ["please"]),
    ("plsss", ["please"]),  # a chat spelling held
    ("whyyyy", ["why"]),
])
def test_a_held_letter_is_the_word_it_says(words, typed, meant):
    assert words(typed) == words(" ".join(meant))


@pytest.mark.parametrize(("typed", "meant"), [
    ("cantpee", ["cant", "pee"]),
    ("numbdown there", ["numb", "down"]),
    ("cntwalk", ["cant", "walk"]),  # a chat spelling run into a word
    ("i can t stand", ["cant", "stand"]),
    ("i don t know", ["dont", "know"]),
    ("i m numb", ["im", "numb"]),
])
def test_words_run_together_or_split_at_the_apostrophe_are_read_apart(words, typed, meant):
    assert set(words(" ".join(meant))) <= set(words(typed)), words(typed)


@pytest.mark.parametrize("word", ["sometimes", "whenever", "understand", "therapist",
                                  "physiotherapy", "afterwards", "nevertheless"])
def test_a_word_is_never_split_into_two(words, word):
    assert len(words(word)) == 1, words(word)


@pytest.mark.parametrize(("typed", "meant"), [
    ("my 🦵 has gone", "leg"),
    ("my 🦶🏽 flops", "foot"),  # a skin tone changes nothing
    ("cant feel my 🍑", "bum"),
    ("there was 🩸 in it", "blood"),
    ("❤️ this stretch", None),  # a mood, not the heart
    ("💀💀 at that video", None),  # a laugh, not death
])
def test_emoji_for_a_body_part_or_state_are_read_as_the_word(kb, typed, meant):
    analyzer = compile_knowledge(kb).analyzer
    read = analyzer.words(typed)
    if meant is None:
        assert read == analyzer.words(typed.encode("ascii", "ignore").decode())
    else:
        assert set(analyzer.words(meant)) <= set(read), read


@pytest.mark.parametrize(("typed", "meant"), [
    ("i want 2 sleep", ["want", "to"]),
    ("no1 listens", ["no", "one"]),
    ("pain rn", ["right", "now"]),
    ("since yday", ["yesterday"]),
    ("numb btwn my legs", ["between"]),
    ("hi temp all night", ["high", "temperature"]),
])
def test_text_speak_is_read_as_words(words, typed, meant):
    assert set(words(" ".join(meant))) <= set(words(typed)), words(typed)


def test_a_number_is_read_as_a_word_only_before_what_no_count_comes_before(words):
    assert words("went 2 the gp")[:3] == words("went to the gp")[:3]
    assert "4" in words("4 weeks of this")  # four weeks, not "for weeks"
    assert "2" in words("2 a day")


def test_numbers_that_count_stay_numbers(words):
    assert "2" in words("i walked 2 miles")
    assert "2" in words("took 2 tablets at 2")
    assert "2" in words("for 2 weeks")


@pytest.mark.parametrize(("typed", "meant"), [
    ("been feelin rough", ["been", "feeling", "rough"]),
    ("hes shakin all over", ["hes", "shaking", "all", "over"]),
    ("takin the lot", ["taking", "the", "lot"]),  # "takin" the animal is far rarer
    ("lookin at it", ["looking", "at", "it"]),
    ("talkin nonsense", ["talking", "nonsense"]),  # "talkin" is a phrase of ours too
])
def test_a_final_g_dropped_is_the_word_with_it(words, typed, meant):
    assert words(typed) == words(" ".join(meant))


@pytest.mark.parametrize("word", ["within", "robin", "cousin", "thin", "begin", "pikin",
                                  "pickin"])
def test_a_word_ending_in_in_keeps_its_ending(words, word):
    assert not words(word)[0].endswith("ing"), words(word)


def test_a_doubled_letter_typed_once_is_the_slip_it_looks_like(words):
    assert "bladder" in words("cant empty my blader")  # not "blade"


# Signs typed like this, in new words: caught as the words would be.
@pytest.mark.parametrize(("message", "flag"), [
    ("cant weeeee at all since this morninggg", "cauda-equina"),
    ("soooo numb btwn my legs rn", "cauda-equina"),
    ("💩 myself on the bus n never felt it coming", "cauda-equina"),
    ("cntpee since yday n back is agony", "cauda-equina"),
    ("i can t pee and my back is agony", "cauda-equina"),
    ("my 🦶 just flops when i walk now", "progressive-weakness"),
    ("i want 2 die tbh", "distress"),
    ("dont wanna b here anymore", "distress"),
    ("hi temp n back pain 2day", "serious-illness-signs"),
    ("loosing weight w/o trying n back pain at nite", "serious-illness-signs"),
    ("im loosing control of my bladder", "cauda-equina"),
    # words a phone message leaves out: "my" before a part, "is" before "having"
    ("banged head on the door frame keep being sick", "general-emergency"),
    ("lost control of bowels on the way home", "cauda-equina"),
    ("nephew having a fit on the sofa", "general-emergency"),
    # a number for the word it sounds like
    ("no reason 2 go on living", "distress"),
    # a word autocorrect or voice-to-text put for one that looks or sounds like it
    ("right leg getting week by the day", "progressive-weakness"),
    ("no control of my bowls since lunch", "cauda-equina"),
    ("grandad fitting on the floor and wont stop", "general-emergency"),
    ("cant stand on my heals anymore since sat", "progressive-weakness"),
    # "no" cried out before what happened, the comma left out: no denial
    ("nooo i wet myself agen", "cauda-equina"),
    ("oh no i cant pee at all", "cauda-equina"),
    # a final g dropped, as people say it
    ("been thinkin of endin it lately", "distress"),
    ("mum is talkin gibberish since this mornin", "general-emergency"),
    # durations typed fast
    ("sciatica since b4 xmas", "persistent-pain"),
    ("pain down my leg 4 ages now", "persistent-pain"),
])
def test_a_sign_typed_fast_is_caught(ask, message, flag):
    a = ask(message)
    assert a.kind == "urgent" and a.id == flag, (a.kind, a.id)


# The same kinds of typing in ordinary messages: no warning.
@pytest.mark.parametrize("message", [
    "sooo happy my legs feel normal again",
    "🦵 day at the gym, legs sore lol",
    "bit 🤒 with a cold, can i still do my stretches",
    "i went 2 the loo fine this morning, all normal",
    "want 2 know if swimming is ok",
    "back pain rn but no numbness n peeing fine",
    "my legsss are so tired after hiking",
    "nooo i missed my stretches 2day",
    "can t sleep bc of the leg pain",
    "i could die for a pizza rn 😂",
    "cant play w the kids as much, how do i keep them busy",  # a phrase's last "my" stays
    "having a bath helps my back, is that ok",
    "pain 4 2 days after gardening",
    "went 2 the gp yday, she said its a disc",
    "week 3 of physio going well",
    "my bowls club has a ramp, is bowling ok for sciatica",
    "the new brace is fitting really well",
    "how long til the nerve heals",
    "no i havent wet myself, just asking",
    "no im not numb down there",
    "been doin my stretches n feelin better",
    "my cousin is comin round to help with the shoppin",
])
def test_ordinary_messages_typed_fast_get_no_warning(ask, message):
    assert ask(message).kind != "urgent"


def test_an_emoji_listed_twice_names_the_file(knowledge_copy):
    path = knowledge_copy / "language.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("  foot: [🦶]", "  foot: [🦶, 🦵]"), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"language\.yaml.*emoji"):
        load(knowledge_copy)
