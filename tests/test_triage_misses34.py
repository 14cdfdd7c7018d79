"""Stop 34's missed kinds (issue 7, misses34), fixed by kind and guarded with their near
misses. A context rule that discounted a sign: a bare "I don't" after someone's view read as
a denial of the sign before the view; a body that no longer tells the writer it needs to go,
read as "doesn't" denying it. Signs told in words no concept had: a cyclist hit by a car door
("doored"), a school or study day the pain stops ("can't sit through lectures"), a class
taken up that makes the pain worse every time, pain nothing changes said of whatever one
does, the small hours as night, an injury told lightly ("just a graze") beside a pain since it,
and a pain that nothing changes told with a list of what was
tried between it and the night."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_the_rules_warn


@pytest.mark.parametrize("message", [
    "Her left foot flops when she walks now, she catches the toe on every step. She reckons "
    "it's nothing. I don't.",
    "Dad's leg keeps buckling on the stairs since Tuesday. He thinks it's hilarious. I don't.",
])
def test_a_denial_after_someone_elses_view_keeps_the_sign(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    # the denial still answers a question about the sign asked just before
    "Does sciatica ever make your foot drop? My physio thinks it can. I don't have that.",
    "Can a slipped disc make your leg give way? I don't think so, mine never has.",
])
def test_a_denial_after_a_question_still_denies(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "My bladder just doesn't tell me when it's full any more, I only go by the clock.",
    "It's as if my bowels don't let me know now, I've been caught out twice this week.",
    "Since the disc went I keep not realising I need a wee until it's too late.",
])
def test_a_body_that_no_longer_tells_is_a_lost_sensation(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "cauda-equina")


@pytest.mark.parametrize("message", [
    "My bladder is fine, it's the physio who doesn't tell me anything about the plan.",
    "The hospital doesn't tell me when my scan is, my back is sore waiting",
])
def test_someone_who_does_not_tell_is_no_lost_sensation(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I got doored cycling to work on Thursday. Now the pain goes down my leg.",
    "Was doored by a taxi on my bike yesterday, only grazed, but my back has hurt since.",
])
def test_a_cyclist_hit_by_a_car_door_is_a_crash(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    "Knocked off my bike by a van on Saturday, just a graze on my knee. The back has been sore "
    "since and now it's in my leg.",
])
def test_an_injury_told_lightly_with_pain_since_is_kept(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    "Our front door sticks and pulling it hard sets my back off. Any tips?",
    "The car door is heavy to open with my sciatica, is that normal?",
    # a graze at walking pace, nothing since
    "A car nudged me at walking pace in the car park, just a graze on my hand, back's fine.",
])
def test_a_door_of_ones_own_or_a_graze_alone_is_no_crash(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "I can't sit through a lecture any more because of the sciatica, I'm missing most of term.",
    "Haven't had a proper day at college for weeks, my back pain is too much to sit there.",
    "My son is 15 and can't sit through lessons with the pain in his leg.",
])
def test_a_school_day_the_pain_stops_is_persistent_pain(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    # no pain named: restlessness, not a stop of life
    "My 8 year old can't sit through a lesson without wriggling, the teacher says.",
    # a film or a meal is no school day
    "I can't sit through a whole film with my back, any cushion ideas?",
    # asked about, ahead
    "Will I be able to sit through lectures next term with sciatica?",
])
def test_restlessness_and_a_film_are_no_stop(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "My sciatica gets much worse after my aquafit class, every single time, for a day or two.",
    "Each time I go to zumba the leg is much worse for days after.",
])
def test_a_class_that_makes_it_worse_every_time_is_persistent_pain(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    "Is aqua aerobics good for sciatica? I'm thinking of starting.",
    "Aquafit used to make it worse every time, but since the physio it's been fine.",
])
def test_a_class_asked_about_or_over_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "The pain doesn't change whatever I do. Sitting, standing, pills, ice. It's worst in the "
    "small hours.",
    "It's the same whatever I do, and it wakes me in the early hours every night.",
])
def test_pain_nothing_changes_through_the_night_is_a_serious_sign(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    # a list between a fixed pain and a night that is only a time
    "Pain eases when I lie down. Ice, heat, tablets, stretches. I read in the small hours.",
    # whatever I do, said of a wish, and a list of what helps
    "Whatever I do I want to keep walking. Heat, pills, stretches. That's my plan.",
])
def test_a_list_beside_a_pain_that_eases_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "If the scan shows nothing again I'm finished, finished with all of it. I've got it planned.",
    "Worn out. I've made my mind up: if the injection fails I'm done with everything, for good.",
])
def test_a_plan_said_as_had_beside_no_future_is_distress(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "distress")


@pytest.mark.parametrize("message", [
    "I've made my mind up, I'm booking the operation. Done with all the waiting lists.",
    "Christmas is all planned and I'm done with work till January!",
    "Got it planned: pool Tuesday, physio Thursday. Done with lying on the sofa.",
])
def test_a_plan_of_everyday_life_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "Can't get up the kerb any more, my left leg just doesn't have the push. Last month I could.",
    "His right foot doesn't clear the carpet now and it's worse since the weekend, sciatica.",
])
def test_a_leg_without_its_push_or_a_foot_that_catches_is_weakness(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "progressive-weakness")


@pytest.mark.parametrize("message", [
    "My golf swing doesn't have the push it had, but my back is fine these days.",
    "The hoover doesn't clear the carpet properly and bending to empty it hurts my back.",
])
def test_a_swing_or_a_hoover_is_no_weakness(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "Nan is 86. She missed the chair on Sunday and landed on the floor, now her back is agony.",
    "I'm 79 and sat down hard on the bathroom floor yesterday, the back pain started after.",
    "Had a manipulation at the chiropractor on Monday and felt a crack. I have osteoporotic "
    "bones. The back is much worse since.",
])
def test_a_small_knock_in_old_age_or_on_thin_bones_is_a_serious_sign(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "serious-illness-signs")


@pytest.mark.parametrize("message", [
    "I'm 30 and sat down hard on the sofa laughing, no harm at all.",
    "Is a manipulation safe if you have osteoporosis? Thinking of booking one.",
    "I have osteoporosis. Should I avoid a chiropractor manipulating my back?",
])
def test_a_seat_sat_on_young_or_a_manipulation_asked_about_stays_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "Ten weeks of this leg pain. The walk-in centre sent me home in week two and said it would "
    "ease off in a month. It hasn't.",
])
def test_a_visit_that_was_to_end_it_denied_after_keeps_the_course(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "persistent-pain")


@pytest.mark.parametrize("message", [
    "Ten weeks ago I strained my back. A&E sent me home and it eased off in a fortnight. "
    "All good now.",
])
def test_a_visit_and_a_pain_that_did_end_stay_calm(ask, message: str) -> None:
    assert_calm(ask(message), message)


@pytest.mark.parametrize("message", [
    "My flatmate told me she wants to hurt herself when the sciatica flares, she's been hitting "
    "the wall.",
    "My brother says he gets the urge to hurt himself when the pain is at its worst.",
])
def test_an_urge_to_self_harm_passed_on_is_distress(ask, message: str) -> None:
    assert_the_rules_warn(ask(message), message, "distress")


@pytest.mark.parametrize("message", [
    "My daughter hurt herself at netball and wants to know if she can still train.",
    "He hurt himself lifting the wardrobe and wants to know which stretches help.",
])
def test_an_injury_of_someone_elses_is_no_urge(ask, message: str) -> None:
    assert_calm(ask(message), message)
