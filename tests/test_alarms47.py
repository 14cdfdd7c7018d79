"""Issue 7, stop 47 (alarms47), part 1: false alarms of the four new development triage sets
(food and meat workers; funeral, cemetery and faith workers; photographers, film crews and
journalists; railway, road and utility workers), fixed by cause. Each calm reading is checked
beside the same kind of words with the sign itself, which must still warn. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_tiredness_hunger_sweat_and_cold_said_as_signs(ask):
    """Worn out said as "fit to drop", hunger as passing out, sweat as a leak and the cold as
    losing a part to it are no fall, faint, leak or fever; the signs themselves still warn."""
    calm = [
        "fit to drop after the night shift, my feet ache from the concrete. best insoles?",
        "nearly passing out from hunger by 2pm on the line, ha. is snacking ok with sciatica?",
        "leaking sweat all day in the ovens, my shirt was soaked. right leg pain as usual",
        "freezing my bum off at the depot this week, leg's grumbling more. does cold matter?",
        "shivering my arse off on the platform at 5am. is sciatica worse in winter?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    faint = "I passed out in the kitchen this morning and hit my head"
    leak = "I've been leaking wee without feeling it since yesterday and my back is bad"
    shiver = "I'm shivering with a temperature of 39.5 and my back is agony"
    assert_caught(ask(faint), faint, "general-emergency")
    assert_caught(ask(leak), leak, "cauda-equina")
    assert_caught(ask(shiver), shiver, "serious-illness-signs")


def test_a_fright_said_as_soiling_oneself(ask):
    """Soiling oneself said of someone bursting in or a horn behind one is a fright; a
    bowel let go without feeling it still warns."""
    calm = [
        "nearly crapped myself when the area manager walked in on me, lol. naproxen or ibuprofen?",
        "shat myself when a lorry horn went right behind me on the crossing. back's the usual",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    bowel = "I pooed myself at work today and didn't even feel it happen, back's bad"
    assert_caught(ask(bowel), bowel, "cauda-equina")


def test_dialect_pain_and_a_buckle_on_a_strap(ask):
    """A leg "giving me gip" hurts; a harness buckle is a thing; a knee that buckles under
    one still warns."""
    calm = [
        "me leg's been givin me terrible gip all week",
        "the tool belt buckle rubs a sore spot on my hip, otherwise just sciatica",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    buckled = "my knee keeps buckling under me on the stairs and it's getting worse"
    assert_caught(ask(buckled), buckled, "progressive-weakness")


def test_a_sign_supposed_after_it_is_said(ask):
    """"If it ever happened" and a question of what a trip will do suppose a sign; one told
    as happening still warns."""
    calm = [
        "would a walking stick help if my leg went from under me, if it ever happens? it's fine",
        "will the long train ride make my legs go numb? they're okay at the moment",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    given = "my leg gave way twice today and I fell on the stairs"
    assert_caught(ask(given), given, "progressive-weakness")


def test_a_falls_outcome_told_against_a_pain_there_before(ask):
    """A slip after the back pain began, with the back no worse or as it was, is no injury;
    one that made the back worse still warns."""
    calm = [
        "had a fall in the yard, it was after the sciatica started, landed on my hands, no "
        "new pain at all",
        "tripped on the kerb and it ached more for a day, but the sciatica was already there "
        "and it's back to how it was",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    worse = "fell down the stairs yesterday and now my back is much worse and my leg is numb"
    assert_caught(ask(worse), worse, "serious-illness-signs")


def test_a_bladder_trouble_years_ago_and_long_sorted(ask):
    """Not passing water after an operation years ago, long sorted, is history; the same
    today still warns."""
    old = "years ago after my knee op I couldn't wee and they put a catheter in. long sorted."
    assert_calm(ask(old), old)
    now = "since last night I couldn't wee at all and my back is killing me"
    assert_caught(ask(now), now, "cauda-equina")


def test_signs_with_their_everyday_cause_and_over(ask):
    """A bottom numb from the cold and warm again, pins and needles from a bike saddle gone
    as one got off, a buttock numb from hours in a seat that comes back on walking, dark wee
    after a hot day with barely any water: explained; numbness that stays still warns."""
    calm = [
        "couldn't feel my backside after the frozen night on the gate, warmed up in the cab "
        "and all fine now",
        "my seat went tingly on a long bike ride, went the minute I got off. still fine to cycle?",
        "left buttock goes numb after hours sitting in the cab but comes back when I walk",
        "my wee was very dark after a hot day on the roads with barely any water. back's same",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    saddle = "my bottom and between my legs have been numb since this morning"
    assert_caught(ask(saddle), saddle, "cauda-equina")


def test_both_legs_fine_and_the_sciatica_on_one_side(ask):
    """Both legs said to work, or tired after a long week while the sciatica is on one side
    only, are no sign of both legs; numbness now in both still warns."""
    calm = [
        "all fine otherwise, both legs work, just the one sciatic leg playing up",
        "both legs tired after three double shifts, like everyone's. the sciatica itself is in "
        "the left only",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    both = "now both legs have gone numb and weak, it was only the left before"
    assert_caught(ask(both), both, "cauda-equina")


def test_asked_about_on_a_form_or_a_card(ask):
    """A form's tick box, a card's list with "nothing like that going on", and a couple of
    pounds lost are asked about or nothing; cancer had and weight falling off still warn."""
    calm = [
        "why is there a cancer tick box on the physio form? never had it myself",
        "the hospital card says bladder, bowel, numb saddle. nothing like that going on, just "
        "curious",
        "lost a couple of pounds since I started walking to work, eating fine. is that ok?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    weight = "I've lost a stone in two months without trying and my back aches at night"
    assert_caught(ask(weight), weight, "serious-illness-signs")


def test_an_emergency_of_one_who_died(ask):
    """A stroke or a fall someone died of, told as a funeral or the day's work, is long over;
    someone collapsing now still warns."""
    calm = [
        "did a funeral today for a man who died of a heart attack, poor soul. lifting the "
        "coffin set my sciatica off",
        "the lady we collected today had died of a stroke, her face had dropped. my back's sore",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    now = "my husband's face has just dropped on one side and his speech is slurred"
    assert_caught(ask(now), now, "general-emergency")

