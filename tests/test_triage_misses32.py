"""Stop 32's missed kinds (issue 7, misses32), fixed by kind and guarded with their near
misses. First part, a concept's reach and a language's way of saying it: a foot "lazy" and
more so, or floppier by the day, as Greek and Italian speakers say a weak one; toes named
before the lift they will not do ("the toes I cannot move up any more"); a knee that "dont
hold"; pushing to pee said with "must"; hit from behind in traffic ("shunted me"); one's own
funeral planned beside relief."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize(("message", "flag"), [
    ("my ankle gets floppier by the day and I trip on the kerb", "progressive-weakness"),
    ("since the disc went my right foot is more and more lazy on walks",
     "progressive-weakness"),
    ("my left foot gets lazier every day, it catches the stairs", "progressive-weakness"),
    ("my big toe I cannot lift it up any more, the left one", "progressive-weakness"),
    ("the toes of my right foot I can't move them up now, it was fine last week",
     "progressive-weakness"),
    ("two weeks now the knee doesn't hold when I go down steps, each day worse",
     "progressive-weakness"),
    ("since Tuesday I must wait and push before any pee comes, my back is killing me",
     "cauda-equina"),
    ("for three days I must push to start the wee and the leg is numb", "cauda-equina"),
    ("a van shunted me at a roundabout on Friday and my back has hurt since",
     "serious-illness-signs"),
    ("I'm lying awake planning my own funeral and it feels like a relief", "distress"),
])
def test_a_concept_now_reaches_the_way_it_is_said(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # a lazy person, not a lazy foot
    "I've been lazier every week with my foot exercises, is that why it aches?",
    "I've been lazy about my leg exercises this week, is that why it aches?",
    # floppier slippers, nothing worse
    "my new slippers are floppier than the old ones, good for my sore back",
    # a waiting list, no limb that will not move; stairs climbed slowly
    "I can't move up the surgery list any more, so I wait for my back op",
    "my toes hurt when I walk up the stairs, I can't move up them fast",
    # a knee held in a stretch
    "I don't hold my knee when I stretch, is that wrong?",
    # a button pushed while waiting, a wee only needed
    "at the lift I wait and push the button, then I go for a wee, all normal",
    "I must push on with the physio, peeing and everything else normal",
    # furniture shunted, no traffic
    "I shunted the sofa across the room and my back is sore",
    # someone else's funeral, relief that it is arranged
    "planning my mum's funeral, it feels like a relief to have it sorted",
])
def test_the_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- second part: a context rule that wrongly discounted a sign, and whose it is

@pytest.mark.parametrize(("message", "flag"), [
    # a child who only dates the sciatica is a time, not whose the next words are
    ("my sciatica began after my first baby, one leg. since Sunday it's down both legs and"
     " I can't feel the toilet paper when I wipe", "cauda-equina"),
    # a back's history dated by a year in a sentence of its own dates no injury beside it
    ("Just came off my motorbike on the bypass, lying on the verge, back hurts badly."
     " Bad back since 2012.", "general-emergency"),
    # a roof fallen off is where from, not whose the pain is
    ("fell off the roof of the shed onto concrete, about 3 metres, back hurts a lot",
     "general-emergency"),
    # a numbness told not to pass on standing is no pressure from the seat
    ("when I sit on the hard chair my bum goes numb both sides and it doesn't go away when I"
     " get up", "cauda-equina"),
    # the walking a doctor prescribed, worse each time: a report, not a question
    ("the walks the physio told me to do make my leg much worse every time", "persistent-pain"),
    # the exercises the bot gave, worse the next day each time
    ("every time I do your stretches my leg is worse the next day", "persistent-pain"),
    # "you" answered: the words after it are the writer's
    ("since you insist on details: 61, retired, the back ache is there day and night and"
     " worse lying down, nothing touches it", "serious-illness-signs"),
    # a graze the writer only thought it was, and new pain after
    ("a van hit me on my bike on Monday, only grazed I thought, but today my back is"
     " agony and it runs down my leg", "serious-illness-signs"),
])
def test_a_context_rule_no_longer_discounts_the_sign(ask, message: str, flag: str) -> None:
    a = ask(message)
    assert a.kind == "urgent" and (a.id == flag or a.level == "emergency"), (
        message, a.kind, a.id, a.findings)
    assert any(f.source == "rules" and f.reply == "warn" for f in a.findings), message


@pytest.mark.parametrize("message", [
    # a child named after "since" who has the sign, by a pronoun: still the child's
    "since my son started school he's had a fever of 39, my back is just stiff",
    # a fall long ago dated in its own sentence, with nothing now
    "I fell off a ladder in 2016. Bad back since 2016, same as ever, any stretches?",
    # a numbness from a hard seat that went when the writer stood
    "sat on the hard bench at the match and my bum went numb, it went away when I stood up",
    # a doctor's instruction on what to watch for stays a question
    "the GP told me to tell her if my leg got weaker, it hasn't",
    # the exercises the bot gave, helping
    "every time I do your stretches my leg feels better the next day",
    # "you said" of a sign, only asked
    "you said to watch for numbness in the saddle area, what does that feel like?",
    # a graze at walking pace, nothing after
    "came off my bike at walking pace last week, just a graze, back fine",
])
def test_the_context_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- third part: a sentence that only says where, looking after said as taking care

@pytest.mark.parametrize(("message", "flag"), [
    # telegraphic notes: the part in a sentence of its own between the sign and its course
    ("Numb. Left foot. Spreading further up since yesterday.", "progressive-weakness"),
    ("Weak. My right leg. Worse every day this week.", "progressive-weakness"),
    # looking after a child said as taking care of it
    ("I can't take care of my kids, the leg pain is too much, my sister comes every day",
     "persistent-pain"),
])
def test_telegraphic_notes_and_care_are_read(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # the part between a past sign and a now that is fine
    "Was weak last year. Right leg. Fine now, any stretches?",
    # the part between a pain and a question
    "Sore. Left leg. What stretches help?",
    # a garden not taken care of, no life stopped
    "I can't take care of the garden this year, any tips for my back?",
    # a carer who cannot lift someone else
    "my husband had a stroke and I can't lift him on my own, my back is sore",
])
def test_where_and_care_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- fourth part: a language's way of saying numbness and a wish to be gone; self-harm
#      still done; a vital medicine stopped to let things end

@pytest.mark.parametrize(("message", "flag"), [
    # the saddle said to feel as if sleeping
    ("for three days my private parts feel like sleeping and the inner thighs too",
     "cauda-equina"),
    # better if not here any more, as Italian and Greek speakers put it
    ("six months of this pain. sometimes I think is better if I am not here any more",
     "distress"),
    # thinking of ending everything
    ("I lie awake and think about ending everything, the pain never stops", "distress"),
    # a vital medicine stopped to let an illness take its course
    ("I'm 81 and tired. I've been stopping my heart tablets, letting nature take its course",
     "distress"),
    # self-harm told as still done
    ("I cut my arms at uni and sometimes I cut my legs, even now, when the pain is bad",
     "distress"),
    # going in one's clothes without knowing
    ("since the flare on Friday I keep going in my trousers without realising",
     "cauda-equina"),
])
def test_a_way_of_saying_it_is_read(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("message", [
    # a baby asleep on a lap, an ache from the birth
    "my baby is sleeping on my lap and my privates ache from the birth, is that normal?",
    # a numbness asked about and denied
    "do my private parts feel like sleeping? no, all normal down there, just leg pain",
    # better if the physio is not here, a course ended
    "it's better if I am not here on Friday, the physio can come Monday instead",
    # tablets stopped because the pain is gone
    "I've been stopping my tablets now the leg pain has gone, is that ok?",
    # going in one's pants to the shop
    "I'm going in my pants and slippers to the corner shop, my back is too stiff to dress",
])
def test_the_ways_of_saying_it_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- fifth part: sciatica and a disc's hernia in Greek, Italian and Albanian words; an
#      emergency told as Italian and Greek speakers tell it

@pytest.mark.parametrize(("message", "flag"), [
    # a carer's relative with the back problem named in Italian is the patient
    ("my father has the ernia in the back, he fell from the stairs just now and the leg is bent"
     " wrong", "general-emergency"),
    ("my husband has the ischialgia, now he is shaking all the body on the floor and does not"
     " answer", "general-emergency"),
    # a face side sleeping and an arm that will not rise
    ("since twenty minutes I cannot raise my left arm and the left side of my face is sleeping",
     "general-emergency"),
    # sciatica in Greek, long enough
    ("I have the ischialgia since ten weeks and it is no better", "persistent-pain"),
])
def test_an_emergency_told_in_other_words_is_read(ask, message: str, flag: str) -> None:
    a = ask(message)
    assert a.kind == "urgent" and (a.id == flag or a.level == "emergency"), (
        message, a.kind, a.id)


@pytest.mark.parametrize("message", [
    # an arm asleep from lying on it
    "my arm is sleeping because I lay on it all night, and my back aches",
    # the Greek word for sciatica, a plain question
    "what exercises are good for the ischialgia?",
    # a hernia named, nothing bent
    "the doctor says the ernia is small, can I swim?",
])
def test_other_words_near_misses_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- sixth part: time off work with the pain as bad as it was

def test_time_off_with_the_pain_as_bad_warns(ask) -> None:
    message = "off work a month now, physio and pills, the leg pain is still as bad"
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    "I'm off work today, is sitting just as bad as standing for the pain?",
    "off work for the day, is the sofa just as bad as the bed for my back?",
])
def test_a_thing_compared_is_no_course(ask, message: str) -> None:
    assert_calm(ask(message), message)


# ---- seventh part: what a relative told the writer of their own, after "told me that"

def test_a_relative_telling_their_own_sign_is_no_question(ask) -> None:
    message = ("my mum finally told me that she's been wetting herself without noticing since"
               " her back went on Monday")
    a = ask(message)
    assert a.kind == "urgent" and a.id == "cauda-equina", (message, a.kind, a.id)


@pytest.mark.parametrize("message", [
    # a question a nurse asked, denied
    "the nurse asked if he's been wetting himself, he hasn't",
    # what a physio said a sign means
    "the physio told me that numbness in the saddle is an emergency, good to know",
])
def test_what_one_was_told_or_asked_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)
