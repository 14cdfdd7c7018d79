"""Issue 7, stop 35 (chats35): pasted chats and text threads ("Mum: ...", "[21:40] Keith:
...", "[Sis 19:40] ...") are read line by line, each line its speaker's. Another speaker's
"I" is that speaker and their "you" the one they answer; a line the writer labels with
someone ("him: ...") is a case put as the writer's is; a reply opening a line answers the
line before, never a sign told lines up; what another speaker asks the writer is asked, not
told, until the answer says it happened. Labels that head a part of a post ("Update:",
"Edit:") name no speaker. Each catch sits beside a near miss of the same shape. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from triage_asserts import assert_calm, assert_caught

from bot.engine import Answer, answer
from bot.knowledge import DEFAULT_DIR, load

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def rules() -> Callable[[str], Answer]:
    """The rules alone, without the learned second reader: each catch is the rules' own."""
    kb = load(DEFAULT_DIR, learned=False)
    return lambda message: answer(kb, message, today=TODAY)


def test_another_speakers_i_is_theirs_and_they_are_the_patient(rules, ask):
    """Grandad's own weight lost beside his own bad back is his sign; a diet is not."""
    his = ("Grandad: my back's been awful for weeks and I've dropped a stone without trying "
           "Me: how much exactly? Grandad: about 7 kilos, not dieting")
    diet = ("Grandad: I've dropped a stone on the slimming club Me: well done! my back's sore "
            "from the garden")
    assert_caught(rules(his), his, "serious-illness-signs")
    assert_calm(ask(diet), diet)


def test_you_in_another_speakers_line_is_the_writer(rules, ask):
    """The husband's "you" is the writer: their grey face and chest, with their own crushing
    pain, is an emergency; "you look tired" beside a sore back is not."""
    chest = ("Husband: you're grey and sweaty and you keep rubbing your chest Me: crushing, "
             "like a weight on it, going into my left arm. back's sore from the move")
    tired = "Husband: you look tired Me: bad night, my back's sore from the move"
    assert_caught(rules(chest), chest, "general-emergency")
    assert_calm(ask(tired), tired)


def test_a_reply_answers_the_line_before_it(rules, ask):
    """"Flu? No" denies the flu, never the shivers and heat told two lines up; a no to a
    question about a fever denies the fever."""
    shivers = ("Me: shivering and burning up, and my back is pounding Sis: flu? "
               "Me: no, did a test")
    denied = "Sis: any fever with it? Me: no, none at all, just a stiff back from the drive"
    assert_caught(rules(shivers), shivers, "serious-illness-signs")
    assert_calm(ask(denied), denied)


def test_a_question_put_to_the_writer_is_told_by_the_answer(rules, ask):
    """Another speaker asks whether he has managed a wee; his answer that nothing comes
    makes it his sign (he has the back pain); "yep, all fine" leaves it asked."""
    stuck = ("[18:02] Lou: managed a wee yet? [18:10] Tom: been stood there ages, nothing "
             "comes, and I've drunk loads [18:11] Lou: not right [18:12] Tom: it's my back "
             "making me tense")
    fine = ("[18:02] Lou: managed a wee yet? [18:10] Tom: yep all fine [18:12] Tom: back's "
            "just stiff from the drive")
    assert_caught(rules(stuck), stuck, "cauda-equina")
    assert_calm(ask(fine), fine)


def test_care_asked_about_by_another_is_no_care_had(rules, ask):
    """A mother asking whether the writer has seen the surgeon tells of no care in hand:
    ten weeks no better still warns; the writer telling of the surgeon's care is a note."""
    asked = ("Me: ten weeks of sciatica now, no better at all Mum: have you seen the spinal "
             "surgeon? Me: not yet")
    assert_caught(rules(asked), asked, "persistent-pain")
    told = ("Me: ten weeks of sciatica now, no better, the spinal surgeon is seeing me about "
            "it Mum: good")
    assert ask(told).kind != "urgent" or any(
        "under_care" in f.properties for f in ask(told).findings)


def test_a_line_about_another_is_a_case_put(rules, ask):
    """"me: ... her: ..." lists two cases: her foot slapping more each week is a weakness
    that progresses; her foot told as getting stronger is not."""
    worse = ("me: stiff back from digging. her: left foot slapping the floor more each week "
             "and she trips on the stairs. who should see the GP first?")
    better = ("me: stiff back from digging. her: ankle sprain from netball, getting stronger "
              "every day. who should see the GP first?")
    assert_caught(rules(worse), worse, "progressive-weakness")
    assert_calm(ask(better), better)


def test_headings_name_no_speaker(rules):
    """"Update:" and "Edit:" head parts of the writer's own post: what follows them is the
    writer's, and still warns."""
    post = "Update: I can't pee since lunch and my back is agony. Edit: still can't, bladder full"
    assert_caught(rules(post), post, "cauda-equina")


def test_a_label_said_once_is_no_chat(rules):
    """A single label ("Me:") makes no chat: the message reads as it did."""
    once = "Me: numb between my legs since this morning, back went yesterday"
    assert_caught(rules(once), once, "cauda-equina")


def test_chat_apps_exports_are_read_as_lines(rules, ask):
    """The labels chat apps export ("[05/12/2026, 21:40:12] Name:", "05/12/2026, 21:40 -
    Name:", "Name (21:40):") start lines as a bare "Name:" does: the husband who cannot pee
    beside his own bad back is the patient; his wife's sore throat stays hers."""
    exported = ("[03/11/2026, 22:14:05] Gwen: still nothing? [03/11/2026, 22:15:40] Idris: "
                "nothing at all since lunch, bladder's bursting, and the back is worse tonight")
    android = ("03/11/2026, 22:14 - Gwen: still nothing? 03/11/2026, 22:15 - Idris: nothing "
               "at all since lunch, bladder's bursting, and the back is worse tonight")
    bracketed = ("Gwen (22:14): my throat is raw and I've a temperature Idris (22:15): poor "
                 "you. my back's stiff from the drive, that's all")
    assert_caught(rules(exported), exported, "cauda-equina")
    assert_caught(rules(android), android, "cauda-equina")
    assert_calm(ask(bracketed), bracketed)


def test_a_time_in_a_sentence_is_no_label(rules):
    """A time said in a sentence ("at 3:00 ... numb:") starts no line: the writer's own
    numbness still warns."""
    told = "woke at 3:00 and I was numb: can't feel my bum or between my legs, back agony"
    assert_caught(rules(told), told, "cauda-equina")
