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
Its probe lists are in tests/probes/triage_reach22.tsv."""

from __future__ import annotations

from triage_asserts import assert_caught


def test_he_who_says_after_a_dog_is_a_person(ask):
    """A pronoun that says something after an animal was named is the last person named."""
    message = ("my husband hurt his back lifting the dog on Monday, now he says he needs the "
               "toilet but nothing comes out")
    assert_caught(ask(message), message, "cauda-equina")
