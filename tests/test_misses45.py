"""Issue 7, stop 45 (misses45): the misses of the four development sets of stop 45 (unpaid
carers, crafters and makers, campers and travellers, players, referees and coaches of team
sports). Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import assert_calm, assert_emergency, assert_the_rules_warn

from bot.engine.durations import durations_in_days, said_weekly


def test_a_condition_dated_since_a_day_tells_a_sign_had(ask):
    """"Can I keep doing X if my backside has felt numb since Friday?" asks about an exercise
    with a sign the writer has: a supposition has no start already behind it. An "if" with
    no such date still supposes."""
    dated = "can I keep doing the knee hugs if both sides of my backside feel numb since friday?"
    supposed = "can I keep doing the knee hugs if my backside goes numb on long drives?"
    assert_the_rules_warn(ask(dated), dated, "cauda-equina")
    assert_calm(ask(supposed), supposed)


def test_a_hot_thing_touched_with_the_skin_damaged_is_a_burn(ask):
    """A burn told by the hot thing of a bench or a camp, not by the word ("touched the
    forge"), with the skin white or blistered, is a bad burn; the same hot thing only
    worked with, with no skin hurt, is no burn."""
    burn = "touched the forge with my bare hand and now the skin is white with blisters"
    stove = "leaned on the camp stove by accident, big blister across my forearm"
    work = "loaded the kiln all morning without gloves, the shelves are heavy and my back aches"
    glaze = "my pots came out of the kiln with white blistered glaze, and my back aches from it"
    assert_emergency(ask(burn), burn)
    assert_emergency(ask(stove), stove)
    assert_calm(ask(work), work)
    assert_calm(ask(glaze), glaze)


def test_a_veiled_farewell_said_as_it_is_spoken(ask):
    """"Not going to be here much longer", "not gonna be around for much longer": the future
    denied is a veiled farewell, however it is spoken; someone else who will not be around
    (a physio retiring) is not."""
    own = "i'm not going to be here much longer so who cares about stretches"
    spoken = "aint gonna be around much longer, so what does it matter"
    theirs = "the physio isn't going to be around for much longer, she's retiring, who next?"
    assert_the_rules_warn(ask(own), own, "distress")
    assert_the_rules_warn(ask(spoken), spoken, "distress")
    assert_calm(ask(theirs), theirs)


def test_thanksgiving_said_bare_is_counted_from_the_earlier_one():
    """Thanksgiving is mid October in Canada and late November in the US: said bare, a
    'since' counts from the earlier (a miss is the worse bug); named, from its own."""
    today = date(2026, 12, 20)
    bare = max(durations_in_days("had it since thanksgiving", today))
    american = max(durations_in_days("had it since american thanksgiving", today))
    assert bare >= 42
    assert american < 42


def test_pain_from_thanksgiving_to_christmas_is_persistent(ask):
    """From Thanksgiving to nearly Christmas, no better, is persistent pain; from the US
    holiday named to mid December is not yet."""
    long = "this leg pain began at Thanksgiving and it's almost Christmas now, still no better"
    us = "my back went at American Thanksgiving and now it's mid December, is that normal?"
    assert_the_rules_warn(ask(long), long, "persistent-pain")
    assert_calm(ask(us), us)


def test_weeks_counted_by_weekly_games_missed():
    """A count of games missed is as many weeks when the sentence says they are weekly, or of
    the week's own days ("six Saturdays"); a count alone, or a rate, is no time."""
    today = date(2026, 11, 25)
    assert durations_in_days("missed seven games", today, weekly=True) == [49]
    assert durations_in_days("missed seven games", today) == []
    assert said_weekly("missed seven games, one every saturday")
    assert not said_weekly("missed seven games this season")
    assert durations_in_days("six saturdays on the bench", today) == [42]
    assert 14 not in durations_in_days("i ref 2 saturdays a month", today)


def test_pain_lasting_many_weekly_games_is_persistent(ask):
    """Eight weekly games missed with the sciatica no better is eight weeks of it; two games,
    or games missed with no word of how often, count no weeks."""
    long = "I've missed eight games, we play every Sunday, and the sciatica is no better"
    short = "missed two games, we play every sunday, sciatica settling nicely"
    unsaid = "missed eight games this season with a hamstring, back is grand, any core work?"
    assert_the_rules_warn(ask(long), long, "persistent-pain")
    assert_calm(ask(short), short)
    assert_calm(ask(unsaid), unsaid)


def test_fel_after_cant_is_feel(ask):
    """"Fel" after "can't" is "feel" (a verb's plain form), so a numb saddle typed fast is
    read; "I fel over" is still a fall, never a feeling lost."""
    numb = "cnt fel my bits down below since this morning, back is killing"
    fall = "I fel over on the ice, back's sore, any stretches?"
    assert_the_rules_warn(ask(numb), numb, "cauda-equina")
    assert not any(f.flag.id == "cauda-equina" for f in ask(fall).findings), fall


def test_erection_trouble_in_its_abbreviation_and_euphemisms(ask):
    """"My ED" in capitals is erectile dysfunction, and "not working downstairs with my wife,
    it won't rise" its euphemism; a man named Ed, the emergency department and a room
    downstairs are none."""
    ed = "My ED began the same week as my sciatica, about a fortnight ago"
    downstairs = ("since my back went last month things are not working downstairs with my "
                  "wife, it won't rise")
    name = "my Ed began physio for his back last week, what can he do at home?"
    department = "waited 5 hours in the ED since my back went into spasm, they gave me diazepam"
    room = "I've moved my desk downstairs since my back went, is a kneeling chair any good?"
    assert_the_rules_warn(ask(ed), ed, "cauda-equina")
    assert_the_rules_warn(ask(downstairs), downstairs, "cauda-equina")
    assert_calm(ask(name), name)
    assert_calm(ask(department), department)
    assert_calm(ask(room), room)
