"""Stop 31's missed kinds (issue 7, misses31). Two people writing in one message, each with a
back of their own ("mine is easing; my husband's back pain is bad now"): a partner told to
have a back that hurts now is a patient too, so the partner's sign warns as the writer's
would, and so is the one told of when the writer says in one sentence that both have it.
A partner whose back is past, a friend's or a relative's back told as a worry or a
comparison, and someone with a sign but no back of their own stay someone else."""

from __future__ import annotations

import pytest
from triage_asserts import assert_the_rules_warn


def _rules_warn(a, flag: str) -> bool:  # type: ignore[no-untyped-def]
    return any(f.source == "rules" and f.reply == "warn" and f.flag.id == flag
               for f in a.findings)


@pytest.mark.parametrize(("message", "flag"), [
    ("my sciatica is easing. my husband's back pain is bad now, worse at night, and he's been"
     " sweating through the sheets, 38.6 this morning", "serious-illness-signs"),
    ("Mine is just stiff. My wife's back pain is awful now, down both legs since yesterday,"
     " and she has to strain hard to pee", "cauda-equina"),
    ("we've both got sciatica. mine is fine most days. his: 7 weeks now and no better at all",
     "persistent-pain"),
    ("both of us have bad backs, mine is the usual. hers: her knee gave way twice today and"
     " she says the leg is weaker every day", "progressive-weakness"),
    ("me: a bit of lower back ache. my partner: her sciatica is agony now and her foot slaps"
     " the floor, worse every day", "progressive-weakness"),
])
def test_a_partner_with_a_back_of_their_own_is_a_patient_too(ask, message: str,
                                                              flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize(("message", "flag"), [
    # a partner's back long past: their sign beside the writer's back is someone else's
    ("my back has been sore for a week. my husband had sciatica years ago, all sorted,"
     " and he's had a temperature with the flu since Tuesday", "serious-illness-signs"),
    # someone with no back of their own beside the writer's back
    ("my back is stiff from gardening. my son has a fever of 38.5 with a cold, any stretches"
     " I can do?", "serious-illness-signs"),
    # both backs, and the partner's sign is over
    ("both of us have sciatica. my husband had a fever with covid last year, all fine now",
     "serious-illness-signs"),
    # "both of us" of something else than a back: the partner's sign stays his
    ("my back is sore. we both went to the pub and my husband fell over, he's fine, laughed"
     " it off", "serious-illness-signs"),
    # a friend's partner's back told as a worry
    ("my friend's husband has cancer in his spine now and it started like sciatica, mine is"
     " just a strain", "serious-illness-signs"),
    # a partner's sciatica that went, beside the writer's own
    ("my husband's sciatica went after 6 weeks of physio, now mine's started after the"
     " garden", "persistent-pain"),
    # a partner's back asked about, not told
    ("my sciatica is easing. could my wife's back pain be sciatica too? she wet the bed"
     " once as a child", "cauda-equina"),
])
def test_someone_whose_back_is_past_or_unsaid_stays_someone_else(ask, message: str,
                                                                 flag: str) -> None:
    assert not _rules_warn(ask(message), flag), (message, ask(message).findings)


# ---- second part: a context rule that wrongly discounted a sign, a concept's reach, a
#      language's way of saying it

@pytest.mark.parametrize(("message", "flag"), [
    # a feeling all but gone is lost feeling, not a denial
    ("since Monday I feel almost nothing down there when I wipe", "cauda-equina"),
    # a function that stopped being normal is not normal
    ("my bladder stopped working normally since Sunday and it leaks without me knowing",
     "cauda-equina"),
    # a fast that is over dates the weight, it explains nothing
    ("I've lost 7 kg since the end of Ramadan without trying and my back aches at night",
     "serious-illness-signs"),
    # sciatica named in French
    ("la sciatique has been there 9 weeks now and it is no better at all", "persistent-pain"),
    # the French "big commission" is a poo
    ("since yesterday I can't hold the big commission, it comes out alone", "cauda-equina"),
    # "No infection." denies an infection, not the sign told before it
    ("my wife couldn't hold her wee yesterday, it just came out on the stairs. No infection.",
     "cauda-equina"),
    # the exercises a leaflet gives, worse each time
    ("each time I do the stretches from the leaflet my leg is worse for the rest of the day",
     "persistent-pain"),
    # the pain said to be stronger after each walk of a programme
    ("on the walking programme my leg pain gets stronger after each walk, every time",
     "persistent-pain"),
    # a wee let go into the pants, a partner's pants messed
    ("I wee a little in my pants when I cough now, never before, and my back is bad",
     "cauda-equina"),
    ("my husband has messed his pants twice this week without noticing, his sciatica is bad",
     "cauda-equina"),
    # straining as French speakers say it
    ("I have to force to pee since Sunday, the back is terrible", "cauda-equina"),
    # hurting oneself to stop the pain when it comes
    ("I keep punching my leg when the pain comes because it stops me thinking",
     "distress"),
    ("she says she's got a plan and she's not going to be a burden much longer",
     "distress"),
    ("can I mix alcohol with my gabapentin? to be honest I don't care anymore what happens"
     " to me", "distress"),
])
def test_a_sign_said_in_these_ways_warns(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize(("message", "flag"), [
    ("I nearly felt nothing at all from the injection, it was fine", "cauda-equina"),
    ("my bladder has been working normally since the operation, no problems",
     "cauda-equina"),
    ("I lost 4 kg during Ramadan with the fasting, back pain the same", "serious-illness-signs"),
    ("my mother has bladder problems for years, she wears pads. me I have sciatique, is it"
     " in the family?", "cauda-equina"),
    ("the big commission at work is stressing me and my back is tight", "cauda-equina"),
    ("Leg gave way? Nah my ankle just clicks", "progressive-weakness"),
    ("the leaflet says the exercises can make it worse at first, is that right?",
     "persistent-pain"),
    ("my legs feel stronger every time after the walking programme", "persistent-pain"),
    ("the baby messed his pants again in the car, my back is killing me from lifting him",
     "cauda-equina"),
    ("I have to force myself to walk every day with this back", "cauda-equina"),
    ("can I mix alcohol with pregabalin? I don't care about the hangover", "distress"),
    ("I bumped my head on the shelf when the pain made me stand up fast", "distress"),
])
def test_near_misses_of_those_ways_get_no_warning(ask, message: str, flag: str) -> None:
    assert not _rules_warn(ask(message), flag), (message, ask(message).findings)


# ---- third part: French said in English, a relapse and a night's hope said another way, and
#      a sentence that names no one after a partner's sign

@pytest.mark.parametrize(("message", "flag"), [
    ("depuis hier des fourmillements in both cuisses and the fesses, is it the nerve?",
     "cauda-equina"),
    ("since this morning I push and the pee pee won't come, only a few drops", "cauda-equina"),
    ("my left leg just lets go when I walk, three times today, it never did that before",
     "progressive-weakness"),
    ("lost 9 kilos since the summer without doing anything and my back hurts at night",
     "serious-illness-signs"),
    ("I burned myself on purpose last night, first time since years, because of the pain",
     "distress"),
    ("some nights I go to bed hoping I wouldn't wake up, the pain is too much",
     "distress"),
    ("My wife's right foot has started to drag when she walks and it is worse every day."
     " Sciatica 4 weeks.", "progressive-weakness"),
])
def test_a_sign_said_in_these_other_ways_warns(ask, message: str, flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize(("message", "flag"), [
    ("je suis fatigué, the back is sore after the garden, which stretch?", "cauda-equina"),
    ("I let go of the shopping bag when my back twinged", "progressive-weakness"),
    ("the bum stretch, piri-summat, a cannae say it, how's it done", "cauda-equina"),
    ("I went to bed hoping I wouldn't wake up in pain again, any tips for the night?",
     "distress"),
    ("lost 3 kg since January on a diet and running, back still stiff",
     "serious-illness-signs"),
    # the writer's back said with an "I": a partner's past sign stays his
    ("My husband's foot dragged after his stroke years ago. I have had sciatica for 4 weeks.",
     "progressive-weakness"),
])
def test_near_misses_of_those_other_ways_get_no_warning(ask, message: str, flag: str) -> None:
    assert not _rules_warn(ask(message), flag), (message, ask(message).findings)


# ---- fourth part: a leftover of the last stop: a try to wee that fails

@pytest.mark.parametrize(("message", "flag"), [
    ("I try to wee but it not come, since this morning", "cauda-equina"),
    ("keep trying to pee but nothing comes and my back is bad", "cauda-equina"),
])
def test_a_try_to_wee_that_fails_warns(ask, message: str,
                                                               flag: str) -> None:
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize(("message", "flag"), [
    ("I scrubbed the wee stain on the carpet but it doesnt come out", "cauda-equina"),
    ("I try to pee but it doesnt hurt any more, the infection is gone", "cauda-equina"),
])
def test_a_stain_or_a_pain_gone_gets_no_warning(ask, message: str,
                                                            flag: str) -> None:
    assert not _rules_warn(ask(message), flag), (message, ask(message).findings)
