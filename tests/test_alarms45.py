"""Issue 7, stop 45 (alarms45), part 1: false alarms of the four new development triage sets
(unpaid family carers; crafters and makers; campers, hikers and travellers; contact and team
sports players, referees, coaches and parents), fixed by cause. Each calm reading is checked
beside the same kind of words with the sign itself, which must still warn. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_idioms_of_sport_and_work(ask):
    """A venture that crashed and burned, a side that choked or collapsed in a game, form
    that fell off a cliff and a place judged "a car crash" are how things went; a crash one
    was in, a choking on food, a player who collapsed and a fall off a cliff still warn."""
    calm = [
        "the bakery launch crashed and burned on saturday. my lower back is sore from setup",
        "they choked in the semi final yet again. sciatica's fine, can I do pilates?",
        "we collapsed in the first half and conceded three goals. is sitting in the stand bad "
        "for my back?",
        "my fitness fell off a cliff over christmas, back is ok, how do I restart running?",
        "our dentist's reception is a car crash, took a week to get through. back stretches?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    crash = "I crashed my car on the way home and now my back hurts a lot"
    choke = "my son choked on a grape and can't breathe"
    player = "a player collapsed on the pitch in the second half and isn't breathing"
    cliff = "my dad fell off a cliff path onto rocks and hurt his back"
    assert_caught(ask(crash), crash, "serious-illness-signs")
    assert_caught(ask(choke), choke, "general-emergency")
    assert_caught(ask(player), player, "general-emergency")
    assert_caught(ask(cliff), cliff, "serious-illness-signs")


def test_sleep_said_as_out_cold_and_tiredness_as_falling_over(ask):
    """Out cold on the sofa after a long day, slept through, is sleep; falling over with
    tiredness is tiredness. Someone found out cold, or a fall that hurt, still warns."""
    sleep = "out cold in bed by nine after the match, slept ten hours. does sleep help sciatica?"
    tired = "on a building site all week, falling over with exhaustion by friday. sciatica tips?"
    assert_calm(ask(sleep), sleep)
    assert_calm(ask(tired), tired)
    found = "found my husband out cold on the kitchen floor and I can't wake him"
    assert_caught(ask(found), found, "general-emergency")


def test_a_sign_once_long_resolved(ask):
    """A leg that gave way once when it began and never since, or has been rock solid since,
    is over; one that gives way again still warns."""
    never = "my knee buckled once three weeks ago when the sciatica began, never since. ok to jog?"
    solid = "the leg went under me once in spring but it's been rock solid since, any stretches?"
    assert_calm(ask(never), never)
    assert_calm(ask(solid), solid)
    again = "my leg gave way once in march and it keeps giving way again this week"
    assert_caught(ask(again), again, "progressive-weakness")


def test_a_fall_years_ago_and_a_knock_to_another_part(ask):
    """A fall "but it was" years ago, a knock into water, and a knock to a shoulder with the
    back pain said to be no different are no trauma of the back now; a fall from a ladder
    and a blow to the head still warn."""
    old = "I did slip on the ice once but it was eight years ago. this ache is new, a strain?"
    wave = "the surf keeps knocking me down at the beach, is that bad with sciatica?"
    shoulder = ("hurt my wrist in a tackle on sunday, physio says a sprain. my sciatica, which I "
                "had before the match, is no different. can I do the floor exercises?")
    for message in (old, wave, shoulder):
        assert_calm(ask(message), message)
    ladder = "fell off a ladder yesterday, my sciatica was there before and is no worse"
    head = "dived into the shallow end and hit my head, my neck and back hurt"
    assert_caught(ask(ladder), ladder, "serious-illness-signs")
    assert_caught(ask(head), head, "general-emergency")


def test_both_legs_stretched_or_tired_in_a_good_way(ask):
    """Stretching both legs on a stop, both legs named as a topic, and legs like jelly "in a
    good way" after training tell of no sign in both legs; sciatica down both legs still
    warns."""
    stretch = "long drive to Cornwall next week, should I stop every hour to stretch both legs?"
    topic = "I was scared about the both legs thing but it's only ever my left leg. ok?"
    jelly = "legs like jelly after the hill sprints, both of them, but in a good way"
    for message in (stretch, topic, jelly):
        assert_calm(ask(message), message)
    both = "sciatica has gone down both legs since yesterday and they feel weak"
    assert_caught(ask(both), both, "cauda-equina")


def test_a_sign_with_an_everyday_cause_said(ask):
    """Clogs too big that slap, feet swollen after a flight that went down, a leg dead from
    kneeling, legs worn out after hours of dancing, a numb bottom after a long coach trip
    that came back on standing, and feeling rough after night shifts have causes of their
    own; a foot that slaps barefoot, a numb bottom that stays and shivers with a fever
    still warn."""
    calm = [
        "my new crocs slap the floor as I walk, a size too big. back is fine, exercises please",
        "feet puffed up after the overnight flight, went down by the morning. sciatica the same",
        "my leg went from under me when I stood, I'd been kneeling on it for an hour and it "
        "had gone to sleep. fine a minute later.",
        "my legs gave out at midnight after hours of dancing at the party, so worth it",
        "six hour coach trip, my bum went numb by the end, came back when I stood up",
        "shattered and feel rough, but I've done five night shifts in a row. sciatica stretches?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    slap = "my foot slaps the floor when I walk barefoot too and it's getting weaker"
    stays = "my bum went numb on the coach and it still hasn't come back since yesterday"
    fever = "feel rough and shivery with a fever of 39, night sweats, and my back is agony"
    assert_caught(ask(slap), slap, "progressive-weakness")
    assert_caught(ask(stays), stays, "cauda-equina")
    assert_caught(ask(fever), fever, "serious-illness-signs")


def test_someone_elses_long_known_illness_behind_the_care(ask):
    """A relative's daily fits with a plan and rescue medicine, speech slurred from their
    MND, and a bladder that their MS stops them feeling are theirs and long known, told as
    why the writer lifts; a fit that will not stop and a sudden slur still warn."""
    fits = ("my son has fits most days with his epilepsy and we have rescue meds. it's my back "
            "from lifting him I'm asking about")
    speech = ("dad's speech is slurred from his MND and slowly worse over a year. my back aches "
              "from helping him, which mattress?")
    bladder = ("his MS means he can't tell when his bladder is full, he has a catheter now. how "
               "do I lift him without hurting my back?")
    for message in (fits, speech, bladder):
        assert_calm(ask(message), message)
    status = "my son has epilepsy and he's been fitting for ten minutes, it won't stop"
    stroke = "mum's speech suddenly went slurred this morning and her face looks droopy"
    assert_caught(ask(status), status, "general-emergency")
    assert_caught(ask(stroke), stroke, "general-emergency")


def test_someone_elses_worsening_is_not_the_writers_course(ask):
    """A relative's memory worse over months is theirs; the writer's own back worse over
    months still warns."""
    theirs = "my nan's memory has been getting worse for 4 months. my back just aches."
    mine = "my back has been getting worse for four months and nothing helps"
    assert_calm(ask(theirs), theirs)
    assert_caught(ask(mine), mine, "persistent-pain")


def test_someone_elses_crash_they_walked_away_from(ask):
    """A relative's crash told with "he's ok" in the next sentence, or a driver "fine but"
    late, is over; a crash the writer was in still warns."""
    other = "my cousin was in a car accident on the motorway. He's ok, just bruised. back tips?"
    late = "the courier crashed his van on friday, he's fine but my parcel is late. back ok"
    for message in (other, late):
        assert_calm(ask(message), message)
    mine = "I was in a car accident yesterday, the other driver's ok but my back is agony"
    assert_caught(ask(mine), mine, "serious-illness-signs")


def test_a_knee_that_gives_way_from_its_own_injury(ask):
    """A knee that gives way from an old ACL tear is the joint's; a leg giving way since the
    back went still warns."""
    acl = "my right knee gives way sometimes, that's my torn ACL from football years ago"
    back = "since my back went last week my left leg keeps giving way and feels weak"
    assert_calm(ask(acl), acl)
    assert_caught(ask(back), back, "progressive-weakness")


def test_questions_with_the_sign_denied(ask):
    """What a term means asked with no one's body in it, a question with the sign denied
    ("not saying I have one"), and a bleed closed with stitches are no reports; a sign told
    after the question, or a bleed that will not stop, still warn."""
    term = "does 'saddle numbness' mean the whole bottom or just a small patch?"
    denied = "would numbness down below come on gradually? not saying I have it, just curious"
    stitched = "my brother cut his hand on a chisel, blood everywhere, got stitched up fine"
    for message in (term, denied, stitched):
        assert_calm(ask(message), message)
    told = "does numbness down there mean cauda equina? mine started this morning"
    bleed = "cut my hand on a chisel, blood everywhere and it won't stop bleeding"
    assert_caught(ask(told), told, "cauda-equina")
    assert_caught(ask(bleed), bleed, "general-emergency")


def test_a_resolve_against_the_pain_and_thoughts_long_past(ask):
    """Not letting the pain stop one denies what it stops; dark thoughts years ago with help
    had and "not at risk now" are history. Thoughts that are back still get the crisis
    reply."""
    resolve = "I won't let this sciatica stop me, how do I manage a tournament? 2 weeks in"
    past = ("a decade ago I had dark thoughts and got help. I'm in a good place now, not at "
            "risk. is duloxetine ok for nerve pain?")
    assert_calm(ask(resolve), resolve)
    assert_calm(ask(past), past)
    back = "I had dark thoughts years ago and they've come back this week, I want to end it all"
    assert_caught(ask(back), back, "distress")
