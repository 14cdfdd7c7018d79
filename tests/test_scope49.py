"""Issue 8, stop 49 (scope49), part 1: questions read as urgent on the development sets of
window cleaners and rope-access workers, ski and swimming instructors, and hairdressers,
beauticians and tattoo artists, fixed by cause in triage.yaml's context. Each calm reading
is checked beside the same kind of words with the sign itself, which must still warn.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught, assert_each_caught


def test_a_roof_rack_is_no_height(ask):
    """The kit a vehicle carries on its roof is no height to jump from, so "how do I do it"
    beside it asks how to lift; a jump from a roof said with an intent still warns."""
    calm = "getting the kayak down off the roof rack, how do I do it without putting my back out?"
    assert_calm(ask(calm), calm)
    jump = "I'm going to do it tonight, jump off the roof of the flats"
    assert_caught(ask(jump), jump, "distress")


def test_a_season_away_is_no_farewell(ask):
    """Leaving for a season abroad "next week", with a routine wanted "before I go", is a
    trip; a goodbye said with letters written and an end meant still warns."""
    calm = ("flying out to Canada next week for a winter season at a ski resort, can you "
            "give me a morning routine to do before I go?")
    assert_calm(ask(calm), calm)
    farewell = ("before I go I want to say goodbye properly, I've written the letters and "
                "I'm ready to end it")
    assert_caught(ask(farewell), farewell, "distress")


def test_the_heat_of_a_roof_at_work_is_no_fever(ask):
    """Degrees said of a roof worked on in the sun are the weather; a temperature taken
    still warns, even from someone who works outside."""
    calm = ("working on a metal roof in 40 degrees all day and my calf feels like it's "
            "burning, heat or ice?")
    assert_calm(ask(calm), calm)
    fevers = ["I've had a temperature of 38.5 since yesterday and my back is agony",
              "I was working outside and now I have a temperature of 39, back agony"]
    assert_each_caught(ask, fevers, "serious-illness-signs")


def test_a_stool_sat_on_hunched_is_a_seat(ask):
    """A stool one is perched or hunched on is the seat, no motion of the bowel; bowels lost
    control of still warn."""
    calm = ("I'm perched on a stool doing tattoos for hours, how should I set up my station "
            "for my back?")
    assert_calm(ask(calm), calm)
    bowel = "I've lost control of my bowels today and my back is agony"
    assert_caught(ask(bowel), bowel, "cauda-equina")


def test_a_tool_part_that_slips_off_is_no_fall(ask):
    """A sanding band slipping off a nail drill is the tool's part coming off; a person
    slipping off a ladder still warns."""
    calm = "the sanding band keeps slipping off my nail drill, which size fits?"
    assert_calm(ask(calm), calm)
    fall = "I slipped off the ladder at work and landed on my back"
    assert_caught(ask(fall), fall, "general-emergency")


def test_whether_to_come_off_a_medicine_is_asked_of_care(ask):
    """Weeks on a medicine with the question whether to come off it asks of the care in
    hand (a calm note, the medicines entry); the pain told as getting worse and stopping
    work still warns."""
    calm = "on naproxen for my sciatica for nine weeks now, can I come off it?"
    assert_calm(ask(calm), calm)
    worse = ("on pregabalin 3 months, the pain is getting worse and I can't work, should I "
             "stay on it")
    assert_caught(ask(worse), worse, "persistent-pain")


def test_pain_gone_said_in_slang_lasts_no_more(ask):
    """Pain that "buggered off" after weeks is over, no pain that goes on."""
    calm = "the sciatica buggered off after ten weeks, how do I stop it coming back?"
    assert_calm(ask(calm), calm)


def test_worse_again_after_a_good_spell_is_a_flare(ask):
    """Worse again after a good fortnight is a flare-up (its entry answers); a pain getting
    worse every week still warns."""
    calm = ("had a great fortnight, then I moved a sofa and now it's flared up again worse "
            "than last week, what do I do today?")
    assert_calm(ask(calm), calm)
    worse = "been doing fine but now it's getting worse every week again"
    assert_caught(ask(worse), worse, "persistent-pain")


def test_cannot_drive_to_a_hospital_is_a_question_of_reaching_care(ask):
    """Not able to drive, said as what keeps one from a hospital, asks how to reach care;
    weeks off work with the same words still warn."""
    calm = ("can't drive with my leg like this and the bus doesn't run, how do I get to a "
            "hospital if I need one?")
    assert_calm(ask(calm), calm)
    off = "off work 7 weeks with my leg, can't drive, how do I get to a doctor"
    assert_caught(ask(off), off, "persistent-pain")


def test_woken_turning_over_is_a_mechanical_pain(ask):
    """Woken by the pain when turning over in bed is pain on moving; woken whatever the
    position, with sweats, still warns."""
    calm = "the pain wakes me when I turn over in bed, how should I sleep?"
    assert_calm(ask(calm), calm)
    night = ("the pain wakes me every night whatever position I'm in and I've been sweating "
             "at night")
    assert_caught(ask(night), night, "serious-illness-signs")
