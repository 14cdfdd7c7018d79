"""Issue 7, stop 54 (misses54): the missed warnings of stop 54's development sets (stagehands
and festival crews; motorcyclists and trail riders; archaeologists and field researchers;
darts, snooker and bowls players; stop 53's florists, call handlers and climbers), by cause.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns


def test_others_better_with_the_self_gone(rules_alone):
    """A burden said with the writer no longer here: those around said to be better or to
    cope (`better_off`) with the writer not here any more (`without_me`), in Nigerian Pidgin
    ("if i no dey again": to be no more) as in English. A back better if one is not at the
    desk, and Pidgin's ordinary "I no dey lift", stay calm."""
    warn = (
        "my pikin dem go dey fine if i no dey again, this waist pain don tire me",
        "honestly everyone would be better off once I'm not around anymore",
        "my family would cope if I'm no longer here, the sciatica has made me useless",
        "the kids would be happier with me out of the picture tbh",
    )
    calm = (
        "my back go better if i no dey lift heavy load again?",
        "everyone at work says the shifts would be better if I'm not on nights, back's sore",
        "if I'm not around on Saturday my daughter will be fine collecting the prescription",
    )
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_an_end_kept_in_reserve_as_a_comfort(rules_alone):
    """Ending one's life kept in reserve as what keeps one going: a comfort or a reserve
    (`reserve_kept`) beside an end said of oneself (`self_end`). A shift's or a session's
    end kept in reserve ("call it a day", "stop the stretches") stays calm."""
    warn = (
        "it's a comfort knowing I can always end it all if the pain gets any worse",
        "what keeps me going is knowing i could just end things if it gets bad enough",
        "only consolation is that I can finish my life if the pain increases",
        "at least I've got a way out, I can always end it if this leg doesn't settle",
    )
    calm = (
        "what gets me through the shift is knowing I can call it a day at 3",
        "knowing I can always stop the stretches if they hurt keeps me going with them",
    )
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_a_last_outing_with_no_return(rules_alone):
    """A last ride, drive or walk thought of with the way back left out ("one last ride
    and not come back", "a final drive and never come home"): a plan told by omission. A
    last ride of the season and a trip not come back from till spring stay calm."""
    warn = (
        "might just take the bike for one last ride and not come back",
        "been thinking of a final drive up the coast and never coming home",
        "some days I picture one last walk on the hills and not bothering to come back",
    )
    calm = (
        "did my last ride of the season on sunday, back's sore, normal?",
        "one last trip to the tip with the trailer then I'll rest the back, promise",
    )
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_nothing_at_the_climax(rules_alone):
    """No fluid at the climax after a back injury ("when I finish nothing comes out"): a
    sexual-function sign of the saddle's nerves, whoever names the moment. A tube or a
    bottle finished, with nothing left to come out, stays calm."""
    warn = (
        "since I hurt my back lifting, when I come nothing comes out. is that the disc?",
        "ever since the injury when i climax nothing comes out at all, embarrassing",
        "Sir, after back strain, when I finish with wife nothing is coming out. Nerve problem?",
        "since the waist pain start, when i finish with my wife nothing dey come out",
    )
    calm = (
        "nearly finishing the tube of ibuprofen gel, nothing comes out when I squeeze it",
        "when I finish the bottle of deep heat nothing comes out, where do I get more?",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_urine_that_comes_at_its_own_will(rules_alone):
    """Urine said to come when it wants, on its own or anyhow, told of the water or beside
    a pad: incontinence in an older person's words. Water drunk and a heat pad worn stay
    calm."""
    warn = (
        "I'm 84 and my water comes out whenever it likes now, and my back's bad",
        "my mother 79, her urine is coming out on its own since the back pain started",
        "grandad has to wear a pad now because it just comes out on its own, back's agony",
        "my mama water dey come out anyhow since her waist pain start",
    )
    calm = (
        "I wear a heat pad on my back all day, it's the only thing that helps",
        "I drink plenty of water, is that good for sciatica?",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_a_call_made_is_no_phone(rules_alone):
    """"Phoned" is a call made ("he phoned and said ..."), never the phone the thing: the
    sign told after it is the caller's, not a thing's. A phone's own fault stays calm."""
    warn = (
        "my husband phoned from the farm and said the tingling is now in the saddle",
        "Dad phoned me, says he can't feel the toilet paper when he wipes",
    )
    calm = (
        "my phone went numb, the screen froze, anyway stretches for sciatica?",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_a_leg_with_less_in_it_by_the_day(rules_alone):
    """A leg's strength said as what is left in it, shrinking by the day or getting worse
    ("got less in it each day", "less and less power in my leg day by day"). A leg with
    less pain in it stays calm."""
    warn = (
        "right leg's got less and less in it every day, can't push off on it now",
        "ma left leg's got less in it each day, cannae get up the stair",
        "Day by day there is less power in my right leg, what to do",
    )
    calm = (
        "the leg's got less pain in it each day since the physio, great",
    )
    assert_each_warns(rules_alone, warn, "progressive-weakness")
    assert_each_calm(rules_alone, calm)


def test_a_counted_test_falling_over_time(rules_alone):
    """A test the physio counts (heel raises, sit-to-stands) said with bare counts at two
    times ("only 2 now, I was doing 15 last week"): a count is no score out of ten, so a
    count above ten is read too, and a falling count is weakness getting worse. A count
    that rises stays calm."""
    warn = (
        "calf raises on my bad leg: could do 20 last week, only 3 today",
    )
    calm = (
        "calf raises on my bad leg: could only do 3 last week, 20 today, chuffed",
    )
    assert_each_warns(rules_alone, warn, "progressive-weakness")
    assert_each_calm(rules_alone, calm)


def test_the_heat_beside_heatstrokes_signs_is_no_figure(rules_alone):
    """The sun or the heat named beside heatstroke's own signs (sweating stopped, hot dry
    skin) and confusion is the cause, never a figure of speech ("melting in the sun"). A
    writer muddled by the heat for effect, with no such sign, stays calm."""
    warn = (
        "my mate's been out in the sun all day on the roof, he's stopped sweating and "
        "he's talking rubbish, doesn't know where he is",
        "the lad on the crew is confused after hours in the sun, skin hot and dry, "
        "not sweating anymore",
    )
    assert_each_warns(rules_alone, warn, "general-emergency")


def test_the_back_passage_typed_by_ear(rules_alone):
    """The back passage typed as it sounds ("anis"), beside numbness: the saddle."""
    warn = (
        "numb around my anis since yesterday, is that the sciatica?",
        "my dad says numbness round his anous and the leg pain is worse",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")


def test_a_burden_said_of_oneself_as_ye(rules_alone):
    """Scots "ye" said of oneself, and those around said to cope or manage better without
    one ("yer family wid cope better withoot ye"): the burden with the self gone."""
    warn = (
        "ye get tae thinkin the family wid cope better withoot ye",
        "some days I think my family would manage better without me",
    )
    calm = (
        "my family would cope better with the housework if I could bend, any tips?",
    )
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)
