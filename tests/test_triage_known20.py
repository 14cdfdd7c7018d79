"""Signs that are long-standing and known, or explained and over (stop 20, task D).

Known: a sign named as a general truth ("X is an emergency", "X are serious") is known
about, not told as one's own; a sign of a decade of life ("since my fifties") or told again
as what it "has done for years" is long-standing; a clinician's word that it is stable, said
in a sentence of its own, holds for the message. Explained and over: both sides numb with the
cold or a long-known diabetes take that reading with the numbness they describe; an arm lain
on is no stroke's arm; a lump that "is a lipoma" is explained; a numbing cream's numbness,
a saddle numb from a ride, a wee that would not come when nothing went in and was normal
since, a temperature with a cold the week before the back pain, a fall that missed the back,
"hasn't happened since" in a sentence of its own; "more likely to have" imagines. Each has
its unhappy path: the same shapes told as new, worse, lasting or now still warn. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_caught, assert_emergency

CALM = [
    # a general truth, known about
    "I know losing control of your bladder is serious, I'm going fine, just the ache in my leg",
    # both sides numb with the cold that passed, or with a long-known diabetes
    "both my feet went numb with the cold at the match, warmed up fine in the car. is cold "
    "bad for sciatica?",
    "numb feet both sides from the diabetes for 6 years, foot clinic checks them. Now a pain "
    "down my right leg",
    # a lump that is a lipoma; how likely, imagined
    "the lump on my back is a lipoma, scanned last year. sciatica is the other side",
    "my bladder was fine after the op, does that make me more likely to have back problems "
    "later?",
    # long-standing: a decade of life, "has done for years", a clinician's word
    "my weak flow has been like that since my fifties, nothing's changed, on tamsulosin. back "
    "sore a week",
    "these tablets make me slow to start when I wee, has done since I began them 3 years ago",
    "both my legs ache before my period every month, have done for years. the sciatica is "
    "just the left",
    "my little toe's been numb for 3 years since the disc went. neurologist says it's "
    "permanent and stable",
    # explained and over
    "couldn't feel my privates properly after the numbing cream at the salon, fine by teatime",
    "thought I couldn't wee after the gym but I'd drunk nothing all morning, went fine after a "
    "glass of water, normal since",
    "had a temperature with flu the week before, back was fine then. the pain only started "
    "after digging on Monday",
    "stumbled on the kerb, came down on my elbow, didn't hit my back at all. fine to keep "
    "walking?",
    "my knee gave way once on the stairs in September. Hasn't happened since.",
]


@pytest.mark.parametrize("message", CALM)
def test_known_explained_or_over_stays_calm(ask, message):
    assert_calm(ask(message), message)


CAUDA = [
    # the general truth, then the writer has it
    "heard numbness between the legs is an emergency and I've got that since this morning",
    "the physio said losing bladder control is serious and I think that's happening to me",
    "numbness between my legs is an emergency isn't it? it's been numb since lunch",
    # numb with the cold, or the cream, but still numb
    "both feet went numb in the snow and they're still numb the next day, my back's agony",
    "couldn't feel my privates properly after the numbing cream at the salon and they're still "
    "numb two days later",
    # long-standing, but changed now
    "weak flow since my fifties but since yesterday I can't go at all",
    "numb bum after a long bike ride on Sunday and it's still numb today",
    "thought I couldn't wee but I'd drunk nothing, still can't go and I'm bursting",
]


@pytest.mark.parametrize("message", CAUDA)
def test_the_same_shapes_told_as_now_still_warn(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "my knee gave way once on the stairs in September. It's happened three times this week.",
    "my little toe's been numb for 3 years. neurologist said it's stable but now the whole "
    "foot is numb and weak",
])
def test_weakness_that_comes_back_or_changes_still_warns(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    "had a temperature with flu last week and it's come back today with this back pain",
    "stumbled on the kerb and landed right on my back on the concrete, pain down my leg since",
])
def test_a_fever_back_again_or_a_fall_onto_the_back_still_warns(ask, message):
    assert_caught(ask(message), message, "serious-illness-signs")


def test_an_arm_lain_on_that_stays_numb_beside_the_face_is_an_emergency(ask):
    message = ("woke with my right arm numb from lying on it, still numb hours later and my "
               "face feels droopy")
    assert_emergency(ask(message), message)


def test_a_time_long_ago_in_a_clause_of_its_own_dates_the_sign_before_it(ask):
    """", 15 years ago," between commas dates the clause it follows."""
    message = ("my bladder stopped working once, about 20 years ago, after an op. sciatica "
               "now, any stretches?")
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "both legs went numb, 2 years ago I had the op on my disc",
    "both legs numb since this morning, had the same 2 years ago",
])
def test_a_time_long_ago_that_opens_a_clause_or_beside_now_still_warns(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


def test_numbness_unchanged_for_years_that_now_spreads_is_progressive(ask):
    """A change told after the long-standing words ("but now it's spreading") undoes them:
    a deficit that progresses is the emergency."""
    message = ("my foot's been a bit numb and unchanged for years, but now it's spreading up "
               "to my knee and getting worse")
    assert_caught(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    "had to have a catheter after my bowel surgery as I couldn't wee, but that was 5 years ago",
    "I lost feeling round my bottom for a day after the birth, but that was 7 years ago",
    "my leg gave way on the stairs after the op, but that was 4 years ago and nothing since",
])
def test_a_story_dated_years_ago_after_its_but_is_long_past(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "can't feel my bum since this morning, but that was also the case 3 years ago",
    "both legs went numb this morning, that was 2 years ago too",
])
def test_a_sign_tied_to_now_before_an_old_date_still_warns(ask, message):
    assert_caught(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "tiny dribble if I cough hard, but I always have done since the twins",
    "one thigh is thinner and weaker than the other but it's been like that for years, no "
    "change",
    "shivery and hot but it's the HRT, been like this for a year, back's the same as ever",
])
def test_a_but_that_concedes_a_long_standing_sign_keeps_it_long_standing(ask, message):
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "my leg's been getting weaker since Monday but the numbness in my toe has been the same "
    "for years",
    "my leg gave way twice today but it's been weak for years, nothing new",
])
def test_a_sign_now_before_the_but_still_warns(ask, message):
    assert_caught(ask(message), message, "progressive-weakness")
