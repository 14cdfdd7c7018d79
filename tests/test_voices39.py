"""Issue 7, stop 39 (voices39): weight lost on purpose. Weight lost on a weight-loss
injection, after an operation for it or on a plan made for it (a programme, a dietitian) is
no sign of another illness, nor is a whole person "wasting away" a limb's strength going, nor
clothes "falling off" one a fall, nor "came off" a jab a crash; an appetite lost on the jab is
what the jab does. Weight lost beyond what the plan meant, or once the trying stopped, still
warns, as does the plan denied. A start planned ahead ("before I start keto in January")
dates nothing. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn

from bot.engine.durations import durations_in_days

ON_PURPOSE = [
    "8 kilos off since my sleeve in the summer, surgeon is happy. lower back still twinges",
    "down 3 stone on tirzepatide since spring, the sciatica has eased a bit with it",
    "lost 5kg so far on the slimming programme, can I keep up the stretches?",
    "my weight loss jab has taken 9kg off me, back ache about the same as usual",
    "my wife says I'm wasting away lol, 4 stone gone with the dietitian's plan. leg ok",
    "my work trousers are falling off me now, leg pain easing with the walking",
    "came off mounjaro in august, weight steady since. sciatica flares after the car",
    "off my food on the jab, which is what it's for. the back ache is the usual",
]

BEYOND_THE_PLAN = [
    ("down 12kg, only meant to lose 4 on the jab. stopped it in the spring, still going "
     "down, back aching at night", "serious-illness-signs"),
    ("Lost 3 stone. Only wanted to lose one. I stopped trying ages ago and my back is sore",
     "serious-illness-signs"),
    ("never had the sleeve or any jab, lost 7kg since August without trying, back sore",
     "serious-illness-signs"),
]

NEARBY = [
    ("my calf is wasting away and the foot slaps down when I walk", "progressive-weakness"),
    ("came off my bike onto the road yesterday, landed on my back and now it's agony",
     "serious-illness-signs"),
]


@pytest.mark.parametrize("message", ON_PURPOSE)
def test_weight_lost_on_purpose_is_no_sign(ask, message: str) -> None:
    """Weight lost on an injection, after an operation or on a plan: no warning."""
    assert_calm(ask(message), message)


@pytest.mark.parametrize(("message", "flag"), BEYOND_THE_PLAN)
def test_weight_lost_beyond_the_plan_warns(ask, message: str, flag: str) -> None:
    """Beyond what the plan meant, after the trying stopped, or the plan denied: a sign."""
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize(("message", "flag"), NEARBY)
def test_a_limb_wasting_and_a_fall_off_a_bike_still_warn(ask, message: str, flag: str) -> None:
    """A leg wasting and a real fall keep their warnings."""
    assert_the_rules_warn(ask(message), message, flag)


@pytest.mark.parametrize("text", [
    "asking now before i start the gym in january",
    "planning to start swimming after christmas",
    "ill start the new diet in march",
])
def test_a_start_planned_ahead_dates_nothing(text: str) -> None:
    """A bare "start" after a word that puts it ahead is a plan, not a beginning."""
    assert durations_in_days(text, date(2026, 11, 25)) == []


def test_a_start_that_happened_still_dates() -> None:
    """"Started in January" and a learner's "it start in January" still date the pain."""
    today = date(2026, 11, 25)
    assert max(durations_in_days("it started in january", today)) > 300
    assert max(durations_in_days("the pain start in january", today)) > 300
