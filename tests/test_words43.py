"""Stop 43 (words43, issue 8): questions from people who play club sports (golf, the racket
sports, cricket, bowls) and from people in heavy manual work (removals, couriers and the
post, bin crews, scaffolders and roofers), fixed by cause.

Their game's and their trade's own words (a tourney, a round and its holes, the tee, keeping
wicket, the depot, the post round, the lifter, parcels up the stairs) are activities of
daily life in language.yaml (`sport`, and a new `deliveries, removals and the trades`
activity; their vans are driving's): beside a question of ours they are the writer's day,
never another topic. Said as what the writer does or goes back to (`playing`: "because I
bowl fast", "when I go back on the round"), as a time is (`timing`), they are the writer's
day beside a question whose cue only we answer, too. Cricket's places named after the
batter's leg ("fine leg", "leg spin") name no leg; days "in a row" are no row; a "masseur"
gives a massage; "alright mate" says hello. Wordings are the author's own, never copied from
a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_declined, assert_reaches

ANSWERED = [
    # a sport's or a trade's word beside a question of ours
    ("skipped the stretches all weekend because of the club tournament, have i set myself "
     "back", "skipping-stretches"),
    ("am i more likely to get it again because i play padel twice a week", "risk-factors"),
    ("will it come back when i go back on the post round", "coming-back"),
    ("will the sciatica come back if i go back to badminton", "coming-back"),
    ("how many reps should i do, i only get 15 minutes before my first tee time",
     "reps-and-sets"),
    ("how many sets should i do before my shift on the bin round", "reps-and-sets"),
    ("how do i lift wardrobes with sciatica", "lifting"),
    ("best way to carry parcels with a bad back", "lifting"),
    # a second's short form, the one who gives a massage, days one after another
    ("how long should i hold each stretch, 20 sec?", "reps-and-sets"),
    ("would a masseur help my sciatica", "hands-on-therapies"),
    ("does it matter if i miss the exercises 4 days in a row", "skipping-stretches"),
]

# Near misses: the sport or the trade asked about itself, cricket's "leg" that is no leg,
# and days in a row or a rowing machine with nothing of ours.
DECLINED = [
    "how do i time my leg spin deliveries",
    "what does fine leg do in cricket",
    "how many holes is a round of golf",
    "best racket for padel",
    "how do i improve my golf swing",
    "which courier is cheapest for parcels",
    "how do i become a scaffolder",
    "best ladder for roofing work",
    "my kid has been off school 3 days in a row",
    "what rowing machine should i buy",
]


@pytest.mark.parametrize(("message", "entry"), ANSWERED)
def test_the_entry_asked_for_is_reached(ask, message, entry):
    assert_reaches(ask(message), entry)


@pytest.mark.parametrize("message", DECLINED)
def test_near_misses_are_declined(ask, message):
    assert_declined(ask(message), message)


def test_alright_mate_is_a_greeting(ask):
    """The yard's and the club's everyday hello is small talk."""
    answer = ask("alright mate")
    assert (answer.kind, answer.id) == ("chitchat", "hello")


def test_the_writer_doing_an_activity_is_their_day(kb):
    """An activity said after the writer does it or goes back to it is read as when is;
    the same word said with nothing before it is not."""
    from bot.engine.pipeline import compile_knowledge

    scope = compile_knowledge(kb).scope
    tokens = scope._analyzer.tokens
    assert "squash" in scope._timed(tokens("will it come back if i go back to squash"))
    assert "bowl" in scope._timed(tokens("more likely because i bowl fast"))
    assert not scope._timed(tokens("squash courts near me"))
