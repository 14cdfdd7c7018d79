"""Messages dictated or typed in one breath (`bot/engine/dictated.py`): where a run-on line
starts a new statement no context reaches across, and a word voice to text heard wrong is
read as the sign's word only where the words beside it say so, in triage only."""

from __future__ import annotations

from datetime import date

import pytest

from bot.engine import compile_knowledge
from bot.engine.dictated import RUN_ON, Dictated
from bot.knowledge import Dictation, Homophone

TODAY = date(2026, 11, 25)

RULES = Dictation(
    min_words=8,
    joins=("and", "and then", "so"),
    opens=("anyway",),
    starts=("i", "im", "my", "now", "tonight"),
    times=("now", "tonight"),
    binds=("that", "because", "and"),
    owners=("my",),
    verbs=("is", "went", "keeps"),
    reflects=("scared", "fine"),
    holds=("if", "what if"),
    skip=("just", "so"),
    heard=(
        Homophone(said="we", means="wee", after=("i cant", "my"),
                  not_before=("went", "had")),
        Homophone(said="waste", means="waist", after=("from the",), before=("down",),
                  both=True),
        Homophone(said="bowl", means="bowel", before=("emptied",)),
    ),
)


def statements(text: str) -> list[str]:
    return [part.strip() for part in Dictated(RULES).read(text).split(RUN_ON)]


def test_a_new_subject_after_a_joining_word_starts_a_new_statement():
    assert statements("my sister had it years back with her disc and i cant feel my feet") \
        == ["my sister had it years back with her disc", "and i cant feel my feet"]


def test_a_time_that_changes_the_time_starts_one_and_so_does_an_opening_word():
    assert statements("my back went at the gym on friday tonight i keep tripping") == [
        "my back went at the gym on friday", "tonight i keep tripping"]
    assert statements("the physio was useless as ever anyway my knee keeps buckling") == [
        "the physio was useless as ever", "anyway my knee keeps buckling"]


def test_a_short_line_or_a_list_of_body_parts_is_one_statement():
    assert len(statements("the dog ate it and i laughed")) == 1  # under min_words
    # "and my" goes on a list unless something is said of what follows
    assert len(statements("numbness all down the back of my legs and my feet")) == 1
    assert len(statements("numbness down the back of my thighs and my foot went dead")) == 2


def test_what_comments_on_the_statement_before_stays_with_it():
    assert len(statements("had a dodgy spell with my waterworks last month and im fine")) == 1
    assert len(statements("my neighbour had cauda equina last winter and im so scared")) == 1


def test_a_condition_holds_the_line_together():
    assert len(statements("what if the numbness spreads to my bum and i cant get a lift")) \
        == 1


def test_a_capital_mid_line_starts_a_statement_but_shouting_does_not():
    assert len(statements("Mum was in hospital for her hip last year Now i cant wee")) == 2
    assert len(statements("now the tingling is in the left leg AND the right leg too")) == 1


def test_a_misheard_word_is_read_as_meant_only_beside_the_words_that_make_it_so():
    read = Dictated(RULES).read
    assert read("i cant we since this morning") == "i cant wee since this morning"
    assert read("hold on my we is dark") == "hold on my wee is dark"
    assert read("we cant find the heat pad") == "we cant find the heat pad"
    assert read("my we went to the shops") == "my we went to the shops"  # not before "went"
    assert read("numb from the waste down") == "numb from the waist down"
    assert read("put the waste down the chute") == "put the waste down the chute"  # both
    assert read("my bowl just emptied") == "my bowel just emptied"  # "just" skipped
    assert read("my bowl of porridge") == "my bowl of porridge"


def finding(kb, message, flag):
    reading = compile_knowledge(kb).triage.read(message, TODAY)
    return next((f for f in reading.findings if f.flag.id == flag), None)


@pytest.mark.parametrize(("message", "flag"), [
    # voice to text at night: the sign's word heard as another
    ("its 2am and i cant we at all my back is in bits", "cauda-equina"),
    ("since the weekend i have know control over my bladder", "cauda-equina"),
    ("still cant fell anything when i wipe since teatime", "cauda-equina"),
    ("back and leg pain for nine weaks and no better", "persistent-pain"),
    # a denial said in one statement does not reach a sign told in the next
    ("i cant feel my bottom and i can wee normally enough i think", "cauda-equina"),
])
def test_dictated_signs_are_read(kb, message, flag):
    f = finding(kb, message, flag)
    assert f is not None and f.reply == "warn", (message, f)


@pytest.mark.parametrize("message", [
    "we cant find the hot water bottle and my back is stiff tonight",
    "will we still be able to fly out next week with my back like this",
    "i dropped my bowl of soup when my back twinged",
    "we had the grandkids over all day and my back is a bit stiff after",
    # no numbness felt is none had, and a denial in one statement still stands
    "no i cant feel any numbness in my bum and i can wee normally",
    # dying of embarrassment is a figure of speech
    "i could die of embarrassment my back seized up in the queue at the bank",
    # a cause said in one statement still explains the sign in the next
    "i sat on the hard bleachers for hours at the match and my bum went numb",
])
def test_the_same_words_stay_calm_where_they_mean_themselves(kb, message):
    reading = compile_knowledge(kb).triage.read(message, TODAY)
    assert not [f for f in reading.findings if f.reply == "warn"], message


def test_answers_read_the_words_as_typed(ask):
    """The misheard reading is triage's: "we" stays the people for the answer."""
    assert ask("can we do the exercises together as a couple").kind != "urgent"
