"""Issue 7, stop 32 (history32): the past told as a timeline, read as long past. A pain of
years told as background ("sciatica since 2016", "on and off since 2010") is the person's
history, not a bout that will not settle; an age long past ("at 24 I had whiplash ... now
41") dates what it tells as "when I was 24" does; a history of years told in a sentence of
its own dates no crash or fall told beside it. Each calm reading is checked beside the same
kind of words that must still warn: a bout that has lasted weeks, pain that never eases or
gets worse, what happened at an age that is the age now, a crash happening now. Wordings are
the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_a_pain_of_years_told_as_background_is_a_history(ask):
    """Years of sciatica said as background, quiet, mild or flaring now and then, is the
    person's long-known condition: no "see a GP soon" for the years alone."""
    quiet = "Is walking on the beach good for the back? I've had sciatica since 2014."
    flares = "My sciatica on and off since 2011 is playing up a little, which stretch first?"
    mild = "Carrying the twins is tough on my back, I've had a mild sciatica since 2018."
    years = "Had a dodgy back for about twelve years, any tips for gardening?"
    assert_calm(ask(quiet), quiet)
    assert_calm(ask(flares), flares)
    assert_calm(ask(mild), mild)
    assert_calm(ask(years), years)


def test_a_history_of_years_still_warns_when_the_pain_goes_on_unimproved(ask):
    """The same history warns when the message says the pain never eases, is no better,
    gets worse, stops life, or when this bout itself has lasted six weeks or more."""
    unimproved = "My back has ached every single day since 2015 and nothing helps at all."
    worse = "Sciatica since 2019 and it keeps getting worse, month after month."
    bout = "I've had sciatica on and off since 2012, but this flare has gone on 9 weeks."
    stops = "Sciatica since 2016, it stops me working most weeks."
    assert_caught(ask(unimproved), unimproved, "persistent-pain")
    assert_caught(ask(worse), worse, "persistent-pain")
    assert_caught(ask(bout), bout, "persistent-pain")
    assert_caught(ask(stops), stops, "persistent-pain")


def test_a_year_long_bout_is_no_history_yet(ask):
    """A year or less is still a bout: "a whole year of this leg pain" warns."""
    year = "A whole year of this leg pain now, on and off but mostly on."
    assert_caught(ask(year), year, "persistent-pain")


def test_an_age_below_the_age_now_is_long_past(ask):
    """"At 26 I ..." beside "I'm 44 now" or "Now 44" is a time long past: the crash or the
    tackle then is no injury now, nor is the younger age the writer's age now."""
    crash = "At 26 I was in a car crash, fine after a few months. Now 44, sciatica for 10 days."
    tackle = "Pain is easing a lot this week. The first bout was at 22 after a tackle, I'm 39 now."
    assert_calm(ask(crash), crash)
    assert_calm(ask(tackle), tackle)


def test_an_age_said_alone_is_the_age_now(ask):
    """With no older age said, "at 58 I ..." is the age now; a fall then still counts, and
    a time of day after "at" is never an age."""
    fall_now = "At 58 I slipped on the wet kitchen floor this morning and landed on my back."
    night = "I'm 45. Woke at 3 and couldn't feel my legs or my bum."
    assert_caught(ask(fall_now), fall_now, "serious-illness-signs")
    assert_caught(ask(night), night, "cauda-equina")


def test_a_cancer_at_an_age_long_past_is_still_a_past_cancer(ask):
    """A cancer told at an age long past is still the sign (a history of cancer)."""
    cancer = "I'm 52 now and at 38 I had breast cancer. My back has started hurting."
    assert_caught(ask(cancer), cancer, "serious-illness-signs")


def test_a_history_of_years_told_apart_dates_no_crash_beside_it(ask):
    """"Bad back since 2009." in a sentence of its own is the back's history: a crash or a
    fall from a height told beside it is happening now, an emergency."""
    crash = ("Car just flipped over on the dual carriageway, my back and neck are agony. "
             "Bad back since 2009.")
    roof = "Fell off the garage roof, about 3 metres, lying on the drive. Sciatica since 2013."
    assert_caught(ask(crash), crash, "general-emergency")
    assert_caught(ask(roof), roof, "general-emergency")


def test_an_injury_dated_by_years_in_its_own_sentence_is_long_past(ask):
    """A fall told in the same sentence as years of pain since is long past."""
    old = "I fell off a horse and my back has hurt on and off for fifteen years, any stretches?"
    assert_calm(ask(old), old)


def test_a_blow_marked_as_a_figure_of_speech_is_none(ask):
    """"Knocked me off my feet, figuratively" is said for effect; a thought of suicide marked
    so, or a fall with legs that cannot feel, still warns."""
    blow = "The diagnosis knocked me off my feet, figuratively speaking. Sciatica 10 days."
    wish = "Honestly I want to kill myself, figuratively speaking, this pain is too much."
    fall = "Fell down the stairs this morning and now I can't feel my legs."
    assert_calm(ask(blow), blow)
    assert_caught(ask(wish), wish, "distress")
    assert_caught(ask(fall), fall, "cauda-equina")


def test_a_pain_of_years_said_to_be_no_different_still_warns(ask):
    """Two years of pain "the same" is pain that has not improved; "the same old sciatica"
    of years is the old one, the writer's history."""
    same = "I've taken amitriptyline 10 mg for three years and my leg pain is the same."
    old = "Grandad's 88 and his back pain is the same old lumbago he's had for years."
    assert_caught(ask(same), same, "persistent-pain")
    assert_calm(ask(old), old)


def test_a_history_of_years_warns_when_counted_to_now_unrelieved_or_much_worse(ask):
    """Years counted up to now, with no relief got or much worse now, are pain that goes on;
    years told as background with a question are not."""
    counted = "I have had lower back pain for 3 years now, is that normal at my age?"
    relief = "Suffering this back pain for the past four years and have not got any relief."
    worse = "My foot has been numb for five years but now it is much worse."
    background = "Back trouble on and off since 2012, is a standing desk worth it?"
    assert_caught(ask(counted), counted, "persistent-pain")
    assert_caught(ask(relief), relief, "persistent-pain")
    assert_caught(ask(worse), worse, "persistent-pain")
    assert_calm(ask(background), background)
