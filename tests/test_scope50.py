"""Issue 8, stop 50 (scope50), part 1: questions and off-topic messages read as urgent on the
development sets of trades people, gymnasts and circus performers, and nannies and parents,
fixed by cause. Each calm reading is checked beside the same kind of words with the sign
itself, which must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught, assert_each_calm, assert_each_caught


def test_tumbling_as_a_sport_is_no_fall(ask):
    """Tumbling as a gymnast's sport ("years of tumbling", "I tumble for my squad") is no
    injury; a tumble that sends the body down, off or over something still warns."""
    calm = [
        "which leotard is best for tumbling at regionals?",
        "sciatica started after 8 years of tumbling, where do I begin?",
        "I tumble for my college squad, can I keep doing the stretches before practice?",
    ]
    assert_each_calm(ask, calm)
    hurts = ["tumbled down the cellar steps on Sunday, my back has been sore since",
             "took a tumble off the trampoline yesterday and landed on my back, "
             "now it's shooting into my leg"]
    assert_each_caught(ask, hurts, "serious-illness-signs")


def test_a_thing_that_crashes_is_no_crash(ask):
    """An app, a laptop or a till that crashes hurts no body; a crash someone was in still
    warns."""
    calm = [
        "my WhatsApp keeps crashing on my phone, how do I sort it?",
        "the laptop crashed twice today and I lost my essay",
    ]
    assert_each_calm(ask, calm)
    hurts = ["had a crash on my bike last week and my lower back's been bad since",
             "a nasty crash at the go karts on saturday, now pain down my left leg"]
    assert_each_caught(ask, hurts, "serious-illness-signs")


def test_the_crash_named_again_keeps_its_time(ask):
    """"The crash" said again after a crash told long ago is that old crash, even when the
    "the" is the trigger's own first word."""
    calm = ("At 18 I was in a car crash and cracked a rib, long healed. Now 52, sciatica since "
            "lifting a wardrobe on Monday. Nothing to do with the crash, surely?")
    assert_calm(ask(calm), calm)


def test_held_up_from_a_bridge_is_no_jump(ask):
    """A performer or a worker hanging or abseiling off a bridge is held up by a rig; a wish
    to jump off one still warns."""
    calm = "We want to try a trapeze act hanging off a bridge at the fair, who insures that?"
    assert_calm(ask(calm), calm)
    jump = "some nights i want to jump off the bridge on my way home, the pain never stops"
    assert_caught(ask(jump), jump, "distress")


def test_an_old_fella_is_a_man(ask):
    """"An old fella" is a man somewhere; "the old fella" that won't work is still the body's
    slang and warns."""
    calm = ("an old fella at the pub swears by copper bracelets, my wife looked at me funny "
            "when I said I'd try one. would it help sciatica?")
    assert_calm(ask(calm), calm)
    told = "the old fella won't work since the disc went, and I can't feel my bum"
    assert_caught(ask(told), told, "cauda-equina")


def test_a_pain_come_roaring_back_is_a_new_bout(ask):
    """Sciatica that has "come roaring back" had gone: its first start, a year ago, is no
    length of this bout; a pain told as constant for months still gets its GP advice."""
    calm = ("my sciatica's come roaring back after the marathon weekend, worst it's been "
            "since last year. how do I manage the long drive home?")
    assert_calm(ask(calm), calm)
    months = "sciatica every single day for 5 months now, no better with anything"
    assert_caught(ask(months), months, "persistent-pain")
