"""Stop 33's signs told second-hand (issue 7, reported33): a writer who passes on what the
person with the back problem said, texted or showed them.

First part: a word passed on and then put right by the writer ("she says her foot's gone dead
but she means it aches", "he said numb but he meant sore", "an 'accident', by which I mean
she bumped a post") is a gloss: a pain said in the sign's stead is milder, never the sign said
again; a question answered yes, a thing tried as told and what happened, and someone named
who tells the sign just asked of are signs told; a tumble's outcome told second-hand.

Second part (at the end): the writer as the one told or far away ("mum texted me", "lives 3
hours from me") leaves the words after to the one named, and a sign heard "on the phone" is
the speaker's; a leg "not working right" or gone floppy, as a text says it; a stroke dated
just after it is long past."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize("message", [
    # the word passed on, put right to an ache or a pain
    "My sister says her calf has gone dead but she means it aches, she can feel it fine."
    " Any stretches?",
    "grandad said 'numb' but he meant his backside is sore to sit on, he can feel it fine",
    "My wife says her thigh's dead, but she means heavy and achy, not numb. Tips?",
    # a quoted word glossed by the writer as something else altogether
    "My uncle had an 'accident' in the garage, by which I mean he reversed the van into the"
    " door, nobody hurt. His sciatica makes twisting round hard though, any advice?",
])
def test_a_word_passed_on_and_put_right_is_what_it_was(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    # the gloss that says the sign again, or worse, keeps it
    "mum says her bottom is numb, she means properly numb, she can't feel the toilet paper",
    # a gloss of one word beside another sign told as going on
    "dad said 'dead' but he meant it hurts; and since this morning he can't pee at all",
    # a gloss that tells the euphemism was the sign
    "my aunt had an 'accident', by which I mean she wet herself without knowing, and her"
    " legs are numb",
    # the writer's own "I mean" that says a worse thing still warns
    "my bum is numb, I mean I can't feel it at all when I wipe",
])
def test_a_gloss_that_keeps_or_adds_a_sign_still_warns(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    # how a tumble ended, told by the one passing it on
    "My brother slipped on the ice on Sunday and sat down hard on his backside, laughed it"
    " off. His back feels just like before.",
    "Grandad missed the bottom step and sat down on the hall carpet. Nobody hurt.",
    "my sister tripped over the cat on the landing rug. Didn't hurt herself, just cross.",
])
def test_a_tumbles_outcome_told_second_hand_is_over(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), [
    # the back or the head hurt after all, or something since
    ("My brother slipped on the ice on Sunday and landed on his back, laughed it off, but"
     " since then he can't feel his legs", "cauda-equina"),
    ("Grandad missed the bottom step and hit his head on the radiator. Nobody hurt he says,"
     " but he's been sick twice and is very sleepy", "general-emergency"),
    # a fall from a height keeps its own sign whatever the outcome told
    ("my husband fell off the ladder clearing the gutters. Not hurt he says.",
     "general-emergency"),
])
def test_an_outcome_told_beside_harm_still_warns(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


# ---- second part: a sign asked about, then told as someone's by the one passing it on

@pytest.mark.parametrize(("message", "flag"), [
    # a question someone asked, answered yes
    ("the out of hours doctor asked if dad's backside was numb and he said yes, then the line"
     " went dead. what do we do", "cauda-equina"),
    ("the physio asked whether her feet had gone weak and she said yes it is, since Friday",
     "progressive-weakness"),
    # what one was told to try, then what happened when it was done
    ("did the heel walk my brother told me to do on the phone and the right foot just"
     " slaps down", "progressive-weakness"),
    # a question, then someone named who tells they have it now
    ("Can sciatica make you go numb down below? My husband says he has it now, since"
     " lunchtime.", "cauda-equina"),
    ("Is a floppy foot a sciatica thing? Mum mentioned it this morning, it's new.",
     "progressive-weakness"),
    # ... and the writer's own, said as now
    ("Is it bad if you can't feel yourself wee? I've got it now.", "cauda-equina"),
])
def test_a_sign_asked_of_then_told_as_someones_warns(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # a question asked and answered no, or not answered
    "the nurse asked if mum's bottom was numb and she said no, just sore",
    "the GP asked whether dad had any numbness down below, we're waiting to hear back",
    # an instruction still only an instruction
    "my physio told me to tell her if my foot starts to flop, is that likely?",
    # someone who talked of the topic, not of having it
    "Is numbness down below serious? My sister mentioned it at book club, she'd read about"
    " it.",
    # someone who has the condition asked of, no sign now
    "What makes sciatica go into both legs? My cousin has it",
    # someone who has something else, not the sign asked of
    "Does sciatica give you numb toes? Gran has them since her diabetes years ago.",
])
def test_a_sign_asked_of_and_not_told_stays_a_question(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- how it was passed on, and a quoted wish

@pytest.mark.parametrize(("message", "flag"), [
    # "texted" is no test: the sign before it is told, not imagined
    ("my brother's left leg gave way twice on the stairs today, he texted me from the"
     " landing", "progressive-weakness"),
    # a pet's end wished for oneself, passed on, beside a plan
    ("my uncle told me on the phone 'if I was a horse they'd have put me down', and that he's"
     " got it all worked out now", "distress"),
])
def test_a_sign_passed_on_by_text_or_quoted_is_told(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # the same wish said alone, as a joke about the pain
    "my back is that bad, if I was a dog they'd have put me down lol. any stretches?",
    # "put me down" of a list, beside a plan for the week
    "the physio put me down for hydrotherapy and we've got it all worked out for next week",
    # a video call is no face
    "I FaceTimed mum last night to go through her stretches, she was managing fine",
])
def test_a_wish_alone_or_a_call_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- second part: the writer as the one told or far away; a leg as a text says it; a stroke
# dated after it

@pytest.mark.parametrize(("message", "flag"), [
    # the one told, or far away, is not whose the next sentence is
    ("My aunt is 74, lives two hours from me. Sciatica started in her left leg a fortnight"
     " ago. On the phone tonight she said it's in both legs now and down below feels numb"
     " when she wipes.", "cauda-equina"),
    ("Grandad messaged me this morning. Both legs tingling and can't feel the loo roll.",
     "cauda-equina"),
    # a sign heard on the phone is the speaker's, never the phone's
    ("Dad isn't making sense on the phone, keeps asking what year it is. He was fine at"
     " breakfast.", "general-emergency"),
    # a leg not working as it should, in a text's few words
    ("my sister texted 'foot not working right, keeps catching the kerb'", "progressive-weakness"),
    ("dad's leg isn't working properly since Monday, he says it's getting worse",
     "progressive-weakness"),
])
def test_the_one_told_passes_on_anothers_sign(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # words heard muddled on a bad line or through a flat hearing aid
    "gran's hearing aid battery was flat so she sounded confused on the phone, her back's"
    " the same as ever, are heat pads safe for her?",
    # a phone that is broken is no one's confusion
    "my phone isn't making sense of my voice notes, any app for a pain diary?",
    # the writer's own back, told after saying where a relative lives
    "My brother lives an hour from me. I've had sciatica for two weeks, is walking ok?",
    # a knee or a leg that works, or floppy from a run
    "my knee isn't working properly since the op, it clicks on the stairs",
    "my legs feel floppy after the 10k, back is fine",
    "the physio says my foot is working properly again, what next?",
    # someone else's stroke dated months back, asked about for a poster
    "My neighbour had a stroke last summer and wants the FAST signs for her wall. I've got"
    " sciatica myself, any tips for gardening?",
])
def test_the_near_misses_stay_calm_second_part(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    # a sign told before the old stroke, or now, still warns
    "her face has dropped on one side this evening, she had a stroke in the spring",
    "my husband had a stroke last winter and today his speech is slurred again",
])
def test_a_sign_beside_an_old_stroke_still_warns(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "general-emergency")
