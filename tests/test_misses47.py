"""Issue 7, stop 47 (misses47): the misses of the four development sets of stop 47 (meat and
food workers; funeral and church staff; photographers, film crews and journalists; railway,
road and utility workers), and a possible miss left by stop 46. Wordings are the author's
own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_calm, assert_emergency, assert_the_rules_warn

from bot.engine.durations import durations_in_days


def test_a_numb_seat_that_went_and_came_back_is_no_longer_the_sofas(ask):
    """A numb bottom after a night on the sofa is pressure; told to have gone and then come
    back later, the return is not that night's and warns. The sofa again, with no return,
    and the feeling that came back, stay calm."""
    back = ("dozed off on the settee and woke with my backside numb. It wore off by lunch. "
            "Then it came back this evening")
    back_in_one = ("slept on the sofa, bum numb in the morning, the numbness went away but "
                   "came back again today")
    again = "numb backside from the sofa again last night, which cushion helps?"
    feeling = "slept on the sofa and my bum went numb. it came back after I walked around"
    asked = "slept on the couch, numb bum. it wore off. if it comes back should I worry?"
    assert_the_rules_warn(ask(back), back, "cauda-equina")
    assert_the_rules_warn(ask(back_in_one), back_in_one, "cauda-equina")
    for calm in (again, feeling, asked):
        assert_calm(ask(calm), calm)


def test_a_boot_that_slaps_on_one_side_is_a_foot(ask):
    """Footwear slaps on both feet; a boot that slaps told of one side alone ("left side") is
    one foot that drops. Boots slapping because they are too big stay calm."""
    one_side = "my boots slap the ground as I walk, right side. back is bad"
    loose = "my boots slap the ground as I walk, they're a size too big"
    assert_the_rules_warn(ask(one_side), one_side, "progressive-weakness")
    assert_calm(ask(loose), loose)


def test_exercises_asked_for_another_leave_the_back_theirs(ask):
    """A carer who asks which exercises could help the one they care for tells of that one's
    back, not their own: that one's leg that gives way, worse each day, still warns. The
    writer's own exercises named as theirs still make the writer the patient."""
    theirs = ("My uncle has had sciatica for a month and his leg keeps giving way so he holds "
              "the walls. Getting worse every day. What back exercises could help him?")
    assert_the_rules_warn(ask(theirs), theirs, "progressive-weakness")


def test_a_fall_from_a_height_given_in_numbers_is_an_emergency(ask):
    """A fall from a height said by a number and a unit ("about 5m", "30 feet") calls
    for the emergency number; a person's own height or a distance walked is no height."""
    metres = "my workmate fell off the loading dock, about 5m, onto tarmac"
    feet = "bloke came off the gantry, must be 30 feet, lying still"
    tall = "I'm 6 foot 3 and stumbled on the kerb, my back aches a bit"
    assert_emergency(ask(metres), metres)
    assert_emergency(ask(feet), feet)
    assert_calm(ask(tall), tall)


def test_time_counted_in_events_and_work_blocks():
    """A pain dated by a town's fair ("since the Calgary Stampede ... Halloween now") or
    counted in blocks of work ("my fourth 3-week rotation") is a duration."""
    today = date(2026, 12, 6)
    assert max(durations_in_days("aching since the calgary stampede and its halloween now",
                                 today)) > 100
    assert max(durations_in_days("this is my fourth 3-week rotation with this leg pain",
                                 today)) == 84
    assert max(durations_in_days("my first 2-week rotation", today), default=0) < 42


def test_pain_counted_in_rosters_warns(ask):
    """Leg pain no better over several rosters is a pain that has lasted."""
    message = "on my fourth 3-week roster now with this sciatica and it's no better"
    assert_the_rules_warn(ask(message), message, "persistent-pain")


def test_the_writer_was_the_passenger(ask):
    """"I was a passenger in a car that was hit" tells of the writer's own crash: a back
    that began hurting after it warns."""
    mine = ("I was a passenger in a minicab that got rear ended three days ago. My back "
            "started aching the day after and now the pain goes down my right leg.")
    assert_the_rules_warn(ask(mine), mine, "serious-illness-signs")


def test_an_accident_in_ones_clothes_not_felt_is_cauda_equina(ask):
    """A small accident in one's trousers that was not felt coming is control lost without
    the sensation: cauda equina, not a serious illness."""
    message = ("a bit mortifying but had a small accident in my joggers at the gym and "
               "honestly didn't feel it coming. back's been sore for days")
    assert_the_rules_warn(ask(message), message, "cauda-equina")


def test_a_joke_about_ones_own_death_wearing_thin(ask):
    """One's own eulogy written, and the joke said to wear thin, is distress; one's own
    obituary written as a work exercise, with nothing said of the joke, is not."""
    fading = "drafted my own eulogy last night, gallows humour. it's stopped being funny though"
    exercise = "had to write my own obituary for a journalism class, odd task. my back is stiff"
    assert_the_rules_warn(ask(fading), fading, "distress")
    assert_calm(ask(exercise), exercise)
