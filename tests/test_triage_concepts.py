"""Concepts built from the clinical sources rather than from failing sentences (issue 7,
seventh pass): each is caught however it is said, and its near misses (a denial, the past,
someone else, a figure of speech, an everyday cause) stay calm. Wordings are the author's
own, never copied from a blind set. Its probe lists are in tests/probes/triage_concepts.tsv."""

from __future__ import annotations

import pytest
from triage_asserts import assert_caught

from bot.knowledge import KnowledgeError, load

URGENT = [
    # self-harm by any method, life refused, a stockpile kept back, goodbyes
    ("been cutting again since the flare started", "distress"),
    ("I burned my forearm with a lighter on purpose last night", "distress"),
    ("i hurt myself to feel something other than this back", "distress"),
    ("honestly if this is my life now i dont want it anymore", "distress"),
    ("got a bag full of gabapentin put aside, not saying i'd do anything", "distress"),
    ("my brother gave away his guitars and said his goodbyes, his back has broken him",
     "distress"),
    # too much of a medicine, a child who got into one, a thunderclap headache
    ("took my amitriptyline twice by mistake, so drowsy and breathing slow",
     "general-emergency"),
    ("my 4 year old got into my tramadol, found him with the strip", "general-emergency"),
    ("worst headache of my life came on in seconds while lifting", "general-emergency"),
    # numbness spreading by the day, foot drop told by what the foot no longer does
    ("the numb bit on my shin is spreading further up every day", "progressive-weakness"),
    ("my toes wont curl on the left and I keep catching my toe on the stairs",
     "progressive-weakness"),
    # bladder and bowels: no urge, a leak not noticed, not reaching the loo
    ("my partner has had no urge to pee since breakfast and his back went yesterday",
     "cauda-equina"),
    ("wet myself at the shops and didnt even realise", "cauda-equina"),
    ("cant hold it in now, twice i didnt make it to the toilet this week", "cauda-equina"),
    # the same-day signs: the red-flag ages, long-term steroids, sweats, thin bones, a fall
    ("I'm 58 and this back pain is new, first time ever", "serious-illness-signs"),
    ("my 12yo daughter has had back pain for a fortnight", "serious-illness-signs"),
    ("been on prednisolone for years for my asthma and now my back is bad",
     "serious-illness-signs"),
    ("drenching night sweats this week and my lower back aches", "serious-illness-signs"),
    ("I have osteoporosis and lifted a bag of compost, sharp back pain since",
     "serious-illness-signs"),
    ("mum is 82 and had a fall on Sunday, her back is sore", "serious-illness-signs"),
    ("kidney transplant a few years back, on tacrolimus, new back pain", "serious-illness-signs"),
    ("dad had an extra oxycodone and is so sleepy he can hardly keep his eyes open",
     "general-emergency"),
    ("sweats soaking my sheets every night this month and my back aches", "serious-illness-signs"),
    # "can barely" is "can't": little is not enough, and it is now
    ("since this morning i can barely pass water, back is agony", "cauda-equina"),
    ("my wife can hardly get her breath and her lips are going blue", "general-emergency"),
    # an overdose taken earlier still needs help now (paracetamol harms days later)
    ("I took the whole packet of paracetamol yesterday, feel fine today", "general-emergency"),
    # a yes-or-no question that names no one is about the one just told of
    ("My husband's back went on Friday and now his left foot slaps down. Is that the disc?",
     "progressive-weakness"),
    # both legs said in the plural ("legs", which stemming makes "leg"), feeling or power lost
    ("woke up and my legs are numb, lower back agony", "cauda-equina"),
    ("me legs have gone dead and they wont come back", "cauda-equina"),
    ("mum's back is bad and now she says her legs have no feeling", "cauda-equina"),
    ("Why can't I feel my legs? Sciatica 3 weeks", "cauda-equina"),
    ("can hardly feel my legs when I walk, started this week", "cauda-equina"),
    ("i cant move my legs properly since lunch", "cauda-equina"),
    # pain that lasts or worsens, told as people keep track of it
    ("the sciatica is worse month on month, nothing the GP gives me helps", "persistent-pain"),
    ("every week is worse, I'm on week five", "persistent-pain"),
    ("my scores keep going the wrong way, 5 then 6 then 8", "persistent-pain"),
    ("9 wks of stretches, zero difference", "persistent-pain"),
    ("not been able to walk the dogs for two months because of my back", "persistent-pain"),
    ("had sciatica through my pregnancy and now she's 3 months old it's still there",
     "persistent-pain"),
    # saddle numbness in a learner's, a teenager's or a tradesman's words
    ("is it usual to not be able to feel my bottom when I sit on the loo?", "cauda-equina"),
    ("my bum and inner thighs feel like they're asleep since this morning", "cauda-equina"),
    ("wiped after the loo and it was like the tissue wasn't touching anything", "cauda-equina"),
]


@pytest.mark.parametrize("message, flag", URGENT)
def test_each_concept_is_caught(ask, message, flag):
    a = ask(message)
    assert_caught(a, message, flag)


def test_a_loss_said_of_the_back_is_no_sign_of_both_legs(ask):
    """Plural legs and a lost power said of another part, in another sentence, are no sign
    of both legs (the pain that stops someone moving may still need a doctor soon)."""
    a = ask("the ache goes down my legs sometimes. Cant move at all with my back this morning!")
    assert a.id != "cauda-equina", a
    assert ask("the ache goes down my legs. Cant move them at all this morning!").id \
        == "cauda-equina"


def test_an_age_group_must_be_two_whole_numbers(knowledge_copy):
    triage = knowledge_copy / "triage.yaml"
    text = triage.read_text(encoding="utf-8")
    assert "    age_older: [50, 120]" in text
    triage.write_text(text.replace("    age_older: [50, 120]", "    age_older: [fifty]"),
                      encoding="utf-8")
    with pytest.raises(KnowledgeError) as caught:
        load(knowledge_copy)
    assert "ages_now.groups.age_older" in str(caught.value)
