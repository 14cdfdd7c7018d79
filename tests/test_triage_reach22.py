"""Cauda equina and worsening weakness told the ways these writers tell them (stop 22, reach).

The toilet in the words of Britain and Ireland and beyond ("the lav", "the netty", "the
jacks", "the cludgie", "the bog", "ty bach", "the dunny", "the CR") and going to it as
Nigerian English says it ("ease myself"); the function named in the past beside a loss told
now ("used to feel when ... but now"): the loss carries the time (`function_act` is a place
in `reply`); someone cared for who "pissed himself"; an erection in slang ("a stiffy"), and
a sign tied to the back's start after it ("can't get hard since the disc went"), which is a
change however long-known anything else in the message is; a knee that "keeps going", falls
counted, a leg that "goes soft under me", an ankle with "no push"; "at home now" as where,
not a story's end; a Filipino father ("tatay") and Trinidad's "meh" for "my"; a trade after
"I'm a" ("a tap dancer") is the writer's, no thing that does anything; "he says" after a dog
is a person; a numbness on both sides at the saddle is not explained by a drive. Their near
misses stay calm, and so do Scots words read as the signs' words: "wee" before a person or a
while is small ("my wee lad", "a wee dander"), "nae" is no, "whit" and "wots" are what,
"doing me back in" is the writer's own back, so the cared-for one's known sign is theirs, and
"just a" is merely a, no time that makes a question a report; Jamaican "inna" is in, and
"not a drop of leakage" no leak (a drop that will not come is still retention). Wordings are
the author's own, never copied from a set (the probe set is
tests/data/triage_probes_reach22.tsv, written before the rules).
"""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught

CAUDA = [
    # the toilet in dialect, with the urge not felt or nothing coming
    "can't tell when I need the netty since my back went Friday",
    "sat in the jacks half an hour and nothing would come out, back's in bits",
    "stood in the lav ages this morning and not a drop, sciatica flared Monday",
    "nothing comes out when I sit on the cludgie, back went at the weekend",
    # going, as Nigerian English says it, and its loss told now after the past
    "I used to know when I need to ease myself but since Sunday it comes without me knowing",
    # someone cared for, in plain words
    "my husband pissed himself in the chair this afternoon, his back went on Saturday",
    # an erection in slang, and one tied to the back's start
    "can't get a stiffy since my back went on Tuesday and it's numb down there",
    "can't get hard since the disc went last week, never had trouble before that at all, "
    "on crutches from an old ankle injury",
    # a trade after "I'm a" is the writer's
    "I'm a tap dancer and since Sunday it's gone into both legs and both feet are numb",
    # a father named in Filipino English
    "my tatay's back got worse on Friday, now he cannot urinate at all",
    # the saddle numb on both sides after a drive
    "numb round my privates both sides after the drive home from Leeds, back is bad",
    # "not a drop" alone is still a wee that will not come
    "mi cyaan pee since morning, not a drop, back bad inna mi spine",
]

WEAKNESS = [
    "my knee keeps going and I've gone down twice since Monday, sciatica down that leg",
    "meh left foot draggin when I walk now, getting worse every day",
    "me leg goes soft under me on the stairs, sciatica's been bad since Easter",
    "the ankle has no push on the left since the weekend",
    "getting weaker every day, I can barely get off the sofa at home now",
]

CALM = [
    "the lav at the garden centre was closed so I held it, back's fine",
    "my toddler wet the bed again, changing the sheets bent over set my back off",
    "can't get it up since starting the new blood pressure tablets, GP's sorting it, "
    "back is the same",
    "my leg was weaker last month but it's getting stronger every week now",
    "I'm a tap dancer and my sciatica is easing, any hamstring stretches?",
    "the saddle on my bike makes my bum numb after an hour, goes when I get off",
    "does sciatica stop you getting hard? asking for a friend lol",
    "my dog can't use his back legs, he's 14, the vet says it's his spine",
    "I used to need the netty every hour at night but since the new tablets I sleep through",
    # Scots and British words read as they mean
    "my wee lass wet herself at nursery, lifting her into the bath has set my back off",
    "Whit does foot drop mean? the physio mentioned it",
    "wots the difference between foot drop and just a sore foot?",
    "my husband has MS and his leg drags, lifting him is doing me back in, what can I do",
    "my legs are nae weaker, just the usual sciatica and it's nae worse",
    # Jamaican "inna" is in, so a question stays a question; no leak at all is no sign
    "can di sciatica go inna both foot? mine a di left one only",
    "not a drop of leakage since the op, bladder solid as a rock, it's the hamstring that hurts",
]


@pytest.mark.parametrize("message", CAUDA)
def test_cauda_equina_told_these_ways_is_caught(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", WEAKNESS)
def test_worsening_weakness_told_these_ways_is_caught(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", CALM)
def test_the_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)


def test_he_who_says_after_a_dog_is_a_person(ask):
    """A pronoun that says something after an animal was named is the last person named."""
    message = ("my husband hurt his back lifting the dog on Monday, now he says he needs the "
               "toilet but nothing comes out")
    assert_caught(ask(message), message, "cauda-equina")
