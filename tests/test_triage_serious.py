"""Serious-illness signs told the way people tell them (issue 7, tenth pass): an age said in
passing (in words, as a decade, as a profile gives it, by the school year), the back hurting
said in everyday words. Each is caught; its near misses (a teacher's class, a measure, a
score, someone else's age) stay calm. Wordings are the author's own, never copied from a
blind set. Its probe lists are in tests/probes/triage_serious.tsv."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm

URGENT = [
    # an age in words, as a decade, as a profile or a forum post gives it
    "I'm sixteen and my back hurts",
    "I am seventy and this is my first ever back pain",
    "in my seventies and first time with back pain",
    "she's in her late 60s and this back pain is brand new",
    "64 years young and first ever backache",
    "16 y/o with back pain for 3 weeks",
    "(67M) first ever back pain last week",
    "F, 71, first time back pain",
    "M56 new back pain",
    "Retired teacher, 62. Never had back pain until this month",
    "15 and my back hurts so much",
    "at 68 I've never had back pain until now",
    # a school-age writer who gives the age by the school year or the exams
    "im in year 11 and my back has been hurting for weeks",
    "doing my gcses and my back is killing me",
    "i am in class 12 and back pain from sitting to study",
    # the back hurting said in everyday words, beside a young age
    "im 15, back and leg pain for a week",
    "i'm 14 and my back has been killing me since the summer",
    # a cancer over is still a history of cancer; weight lost without trying; unwell
    "had lymphoma in 2019 all clear the doctors said and now my lower back aches",
    "the weight is dropping off me and I'm not dieting, back aches too",
    "lost 5 kilos w/out trying, back pain",
    "feeling really poorly and my back is killing me",
    "feel like I've got the flu and my back is agony",
    # a patient named without "my" or "the": the writer, or the one a nurse writes about
    "I am a transplant patient on immunosuppressants with new back pain",
    "dialysis patient, on steroids for years, my lower back has started hurting",
    # a carer's parent who hit the back in a fall; a word looked for, not someone else
    "My mum is 80, she slip in the kitchen and hit the back on the table, now much pain",
    "there is a bola, what do you call it, a lump on my spine that keeps growing",
    # a weak immune system and steroids in everyday words, pain that never lets up at rest,
    # a cancer named by its treatment
    "my immune system is low since the transplant and my back is killing me, it's new",
    "on pred long term for my arthritis, now my back is really sore",
    "the pain never lets up, even when I lie flat",
    "had a lumpectomy a few years ago and now my back hurts",
    # each category built from the sources (NICE CKS, NHS), said as the body tells it
    "my jaw won't stop chattering and I can't get warm, and my lower back is awful",
    "temp keeps spiking in the evenings and my back is sore",
    "nilalagnat ako and my back is very painful",
    "my belt is on a new notch, I'm eating like normal, and my back aches",
    "had hodgkins at 20, now my back has started hurting",
    "I'm on rinvoq for my arthritis and my back has become very sore",
    "I'm in a care home, I'm elderly and I slipped off the commode, my back is very sore",
    "my nan is getting shorter, lost height this year, and her back hurts",
    "had TB back home years ago and now my back aches all the time",
    "my sugars are all over the place and my back is killing me",
    "the pain in my back is worse lying down, I've been sleeping sitting up",
    "lying flat doesn't touch the pain in my back at all",
    "I'm a pensioner and this is the first time my back has hurt",
    "my son is eleven and his back has been hurting for a week",
    "I used to inject, and now my back hurts with a temperature",
    "the scales went from 90 kg to 81 kg since summer, I'm not dieting, and my back aches",
]


@pytest.mark.parametrize("message", URGENT)
def test_serious_signs_told_in_passing_are_caught(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs", (message, a.kind, a.id)


# Stop 20: a measured fever beside the menopause, weight lost without trying (said as "kilos
# gone" too, and winning over persistent pain), feeling very ill with no appetite, a recent
# injury told by its mechanism (kicked in the back by an animal, a quad bike rolled).
URGENT_20 = [
    "thermometer says 38.9, I'm perimenopausal but this is a proper fever, back aching",
    "my wife says I've lost weight and I haven't tried to, back aching",
    "8 kilos gone since spring, not dieting, back hurts every night",
    "feel so ill and can't face food, back and leg aching",
    "my son got kicked in the back by a horse this morning",
    "rolled the quad bike yesterday, lower back really painful",
]


@pytest.mark.parametrize("message", URGENT_20)
def test_stop20_serious_signs_are_caught(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs", (message, a.kind, a.id)


# Stop 21: a weak immune system, long-term steroid tablets and injecting drugs are risk
# factors, not signs (NICE CKS; the published warning signs list a past cancer, not these):
# they lower the threshold, so a temperature, shivers, sweats, feeling grotty, a hot spot, a
# small strain after steroids or back pain told as new, sudden or bad still warns; beside
# ordinary back pain (mild, usual, stiff, from an everyday strain, asked about) they get the
# normal answer and one calm line for that risk. Wordings are the author's own.
RISK_URGENT = [
    "on tacrolimus since my kidney transplant, and tonight I'm sweaty with this back ache",
    "I take mycophenolate and I've felt grotty all week, lower back aching",
    "on adalimumab and out of nowhere my back has gone, can hardly move",
    "steroid tablets for years for my COPD, sneezed and felt a crack low in my back",
    "15 years of prednisolone and now I've got new back pain, sharp in the middle",
    "still injecting, and now a red and warm patch over my spine that throbs",
]
RISK_CALM = [
    "on methotrexate for my psoriasis, back's just a bit stiff from the garden",
    "can I do yoga while on infliximab? my sciatica is the usual one-sided kind",
    "long-term prednisolone for my asthma, sciatica is mild, any exercises?",
    "I used to inject but I've been clean 8 years, back aches after a day on the tools",
]


@pytest.mark.parametrize("message", RISK_URGENT)
def test_a_risk_factor_with_what_makes_it_a_sign_warns(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs", (message, a.kind, a.id)


@pytest.mark.parametrize("message", RISK_CALM)
def test_a_risk_factor_beside_ordinary_back_pain_gets_its_calm_line(ask, kb, message):
    a = ask(message)
    assert_calm(a, message)
    flag = next(f for f in kb.redflags.flags if f.id == "serious-illness-signs")
    assert any(line in a.text for line in flag.risks.values()), (message, a.text)


# Stop 22: feeling ill told in dialect or plainly (Scots "ah'm burnin up" with a back "giein
# me laldy", hot then freezing, "absolutely grim"), and a fever not hidden by a back "worse
# than my normal"; the calm side: a fever over ("recovered", "fever gone"), a cancer only
# tested for, a swollen toe of gout, weight told as steady, appetite down since a medicine.
# The author's own wordings.
FELT_ILL = [
    "ah'm burnin up and ma back's giein me laldy",
    "absolutely grim today, hot then freezing, back's killing me",
    "roasting with a fever and my back is way worse than my usual sciatica",
]


@pytest.mark.parametrize("message", FELT_ILL)
def test_stop22_feeling_ill_told_in_dialect_or_plainly_warns(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs", (message, a.kind, a.id)


# ... weight lost told with no effort or a diet denied (Nigerian Pidgin "I no dey diet"), the
# body unwell in Pidgin, a fall through a floor or across an edge. The author's own wordings.
ILL_TOLD_OTHERWISE = [
    "5 kilo gone since September with no effort and my back aches at night",
    "my trousers dey loose, I don lose weight and I no dey diet, back dey pain me",
    "my body no well at all, back dey pain me, I no fit eat",
    "went through rotten floorboards in the shed, one leg right down, back hurting since",
]


@pytest.mark.parametrize("message", ILL_TOLD_OTHERWISE)
def test_stop22_weight_lost_unwell_or_a_fall_told_otherwise_warns(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs", (message, a.kind, a.id)
