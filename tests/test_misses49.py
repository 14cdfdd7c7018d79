"""Issue 7, stop 49 (misses49): the misses of the four development sets of stop 49 (window and
gutter cleaners, rope-access workers; ski, swimming and outdoor instructors; factory and
warehouse workers; hairdressers, beauticians and therapists) and of stop 48's held-out sets.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import (
    assert_calm,
    assert_each_emergency,
    assert_each_warns,
    assert_no_warning_of,
    assert_the_rules_warn,
)

from bot.engine.durations import durations_in_days, work_pattern


def test_a_work_vehicle_that_tipped_over_is_an_emergency(ask):
    """A forklift or a tractor that tipped or toppled over with someone on it is major trauma
    (NHS: call the emergency number). A glass of water tipped over is a spill."""
    tipped = "the tractor tipped over on the slope with me in the seat, my neck hurts"
    toppled = "our forklift toppled over on the ramp, I was still on it, back is agony"
    spill = "tipped over my water bottle while doing the cat cow stretch, is that ok"
    assert_each_emergency(ask, (tipped, toppled))
    assert_each_warns(ask, (tipped, toppled), "general-emergency")
    assert_calm(ask(spill), spill)


def test_a_leg_that_folds_at_a_step_gives_way(rules_alone):
    """A leg that folds as it takes a step or one's weight, said in a clause after the leg, is
    a leg that gives way. A folding chair or board that folds as one steps on it is the
    thing's own doing."""
    leg = "my right leg is a bit dodgy lately, sort of folds when i step down off the bus"
    chair = "the camping chair folded when i stood on it to hang the lights, back aches"
    board = "my ironing board folds when i step near it, so annoying"
    assert_the_rules_warn(rules_alone(leg), leg, "progressive-weakness")
    assert_calm(rules_alone(chair), chair)
    assert_calm(rules_alone(board), board)


def test_feeling_down_below_said_to_be_less_is_a_saddle_change(rules_alone):
    """Feeling at the private parts said to be less, as Indian English puts it, is numbness
    of the saddle (cauda equina), the writer's or the husband's written for. Pain said to be
    less there is no numbness."""
    less = "since my sciatica got worse there is less feeling in my private parts, what to do"
    his = "my husband back pain is bad and he says private part feeling has become less"
    pain = "my groin pain is less today after the stretches, feeling good"
    assert_the_rules_warn(rules_alone(less), less, "cauda-equina")
    assert_the_rules_warn(rules_alone(his), his, "cauda-equina")
    assert_calm(rules_alone(pain), pain)


def test_an_accident_not_felt_coming_is_cauda_equina(rules_alone):
    """An accident had without a word of what came, whose coming was not felt, is control
    lost without the sensation: cauda equina must win over the trauma an "accident" may be.
    A road accident not seen coming is no such accident."""
    unfelt = ("had an accident while dozing on the sofa, didn't even feel it coming. back went "
              "last week")
    road = "had an accident on the roundabout last week, didn't see it coming, my back aches"
    a = rules_alone(unfelt)
    assert_the_rules_warn(a, unfelt, "cauda-equina")
    assert a.level == "emergency", unfelt
    assert_no_warning_of(rules_alone(road), road, "cauda-equina")


def test_a_stream_that_takes_a_wait_to_start_is_hesitancy(rules_alone):
    """A stream of urine got going only after a wait stood or sat there is hesitancy (the
    CES cards' difficulty starting). A broadcast's stream that takes a while is no urine's."""
    wee = "takes me a good few minutes stood there to get the stream going these days, back's bad"
    live = "took me ages stood there trying to get the stream going on twitch, back aches"
    assert_the_rules_warn(rules_alone(wee), wee, "cauda-equina")
    assert_calm(rules_alone(live), live)


def test_not_knowing_in_pidgin_is_no_denial(rules_alone):
    """Pidgin's "I no dey know when" is not knowing when, a feeling lost, never a denial of
    the leak told after it. Pidgin's plain question about the pain stays calm."""
    leak = "my waist dey pain me and I no dey know when urine go come, e dey come for my cloth"
    plain = "I no dey know why my waist dey pain me since Monday, which exercise I fit do"
    assert_the_rules_warn(rules_alone(leak), leak, "cauda-equina")
    assert_calm(rules_alone(plain), plain)


def test_a_rank_where_taxis_wait_is_no_ranking(rules_alone):
    """A taxi rank is a place, not a ranking that rises or drops: a foot that drags on the way
    to it drags. A team that dropped down the rankings stays a figure of speech."""
    foot = "my foot drags on the way to the taxi rank now, it started a little and now it's all day"
    league = "we dropped down the rankings again, my back is sore from the bench"
    assert_the_rules_warn(rules_alone(foot), foot, "progressive-weakness")
    assert_calm(rules_alone(league), league)


def test_a_past_cancer_is_not_a_sign_to_watch_for(rules_alone):
    """A cancer had, then a clause of its own with a new subject saying what to watch for, is
    a history of cancer (a serious-illness sign beside new pain), not a sign imagined. A sign
    named as the one to watch for stays a question."""
    had = ("my back's sore and it goes down the leg now. had breast cancer in 2019 and my "
           "oncologist told me to look out for new aches")
    watch = "saddle numbness and weakness are the ones to watch for, right? my back is bad"
    assert_the_rules_warn(rules_alone(had), had, "serious-illness-signs")
    assert rules_alone(watch).kind != "urgent", watch


def test_a_finish_striven_for_is_nothing_over(rules_alone):
    """A climax hard to reach, a filler between ("struggling to, you know, finish"), ends no
    story: the numbness in sex told beside it stays the sign. A fever told and then
    "finish." is still over."""
    sex = ("my partner has had sciatica for three weeks. he can't feel much when we make love "
           "and he's been trying to, well, finish")
    over = "flu last month with fever, finish. now just my back"
    assert_the_rules_warn(rules_alone(sex), sex, "cauda-equina")
    assert_calm(rules_alone(over), over)


def test_time_dated_by_the_clocks_and_blocks_of_work():
    """A pain dated from the clocks going back to their going forward has lasted the winter;
    blocks of work counted with each one's length said apart are that many lengths. A block
    counted with no length said, or a length with no count, is no duration of its own."""
    today = date(2026, 11, 25)
    assert max(durations_in_days("since the clocks went back and theyre about to go forward "
                                 "again", today)) > 120
    assert max(durations_in_days("since the clocks went back", today)) < 42
    assert work_pattern("each rotation is 6 weeks") == (6, 0)
    assert work_pattern("rotations are three weeks long") == (3, 0)
    assert work_pattern("the rotation was fun") is None
    assert max(durations_in_days("four rotations ago", today, rota=(6, 0))) == 168
    assert max(durations_in_days("four rotations ago", today), default=0) == 0


def test_pain_dated_by_the_clocks_or_by_rotations_warns(rules_alone):
    """Leg pain since the clocks went back, now they are about to go forward, or begun three
    rotations of four weeks ago and no better, has lasted: persistent pain."""
    clocks = ("sciatica since the clocks went back and they're about to go forward again, "
              "still limping")
    rotas = ("my leg pain began when I moved to packing, that was three rotations ago and each "
             "rotation is 5 weeks. no change at all")
    assert_each_warns(rules_alone, (clocks, rotas), "persistent-pain")


def test_the_ice_that_came_off_a_lake_is_a_season(rules_alone):
    """The ice that came off a river or a lake dates a spring, as the north dates it: no fall,
    so lasting leg pain told from it is persistent pain, not trauma. One who came off a bike
    on the ice fell."""
    season = ("my leg has hurt since the ice came off the river, ten weeks or so, and it's "
              "worse now than in the beginning")
    fall = "came off my bike on the ice on Sunday and my back has hurt ever since"
    a = rules_alone(season)
    assert_the_rules_warn(a, season, "persistent-pain")
    assert_no_warning_of(a, season, "serious-illness-signs")
    assert_the_rules_warn(rules_alone(fall), fall, "serious-illness-signs")
