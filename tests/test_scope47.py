"""Stop 47 (scope47, issue 8), part 1: questions with no warning sign that triage read as
one, fixed by cause. A question about an operation or coping with pain that lasts gets its
answer and a calm line to see the GP, not the warning (a scan or physio asked for, or pain
no better or worse, still warns); a question that asks how to sleep tells the sciatica's bad
nights, which the sleeping answer meets; a load hauled is work, no weak leg; a machine that
stops, clicks or cuts out is the machine's; a phone that wakes one is work's nights; what
one "can't be" doing is feared; a long time said after kneeling or sitting is how long that
lasted. Each calm reading sits beside the same kind of words with the sign itself, which
must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_care_asked_for_pain_that_lasts_gets_the_answer_and_a_calm_line(ask):
    """Months of pain beside a question about an operation or coping: the entry, with the
    calm line on pain that lasts (see the GP); getting worse, no better, the pain stopping
    work, or a scan asked for, still warns."""
    calm = [
        "three months of leg pain. Will they want to operate?",
        "It's been half a year of this. How does anyone cope with it long term?",
        "ten weeks of nerve pain in my calf. Is surgery something people have for this?",
    ]
    for message in calm:
        a = ask(message)
        assert_calm(a, message)
        assert any(f.flag.id == "persistent-pain" and f.reply == "note" for f in a.findings), \
            message
    warned = [
        "three months of this leg pain and it keeps getting worse. Will they want to operate?",
        "Nine weeks with sciatica and I can't work. Is it worth paying for a scan?",
        "It's been half a year of this and it's much worse lately. How do people cope?",
        "three months of leg pain and no better at all. Will they want to operate?",
        # a scan or physio asked for is what "see a doctor soon" leads to: still the warning
        "Nine weeks with sciatica. Is it worth paying for a scan privately?",
    ]
    for message in warned:
        assert_caught(ask(message), message, "persistent-pain")
    told = "ten weeks of nerve pain in my calf and it's no better"
    assert_caught(ask(told), told, "persistent-pain")


def test_a_sleeping_question_tells_bad_nights(ask):
    """How to sleep or lie, asked beside nights that wake one or find no comfortable way:
    the sleeping answer (it says when night pain needs a doctor); pain told as constant,
    unrelieved at rest or the back's own pain at night still warns."""
    calm = [
        "Which way should I lie? My calf throbs and wakes me at 2am every night",
        "I toss and turn in bed all night, can't get comfortable. How should I sleep with "
        "sciatica?",
    ]
    for message in calm:
        a = ask(message)
        assert_calm(a, message)
        assert a.id == "sleeping", (message, a.kind, a.id)
    warned = [
        "the pain is constant and wakes me at 2am every night. How should I sleep?",
        "my back pain wakes me at 2am every night, which way should I lie?",
        "the pain wakes me at 2am every night",
    ]
    for message in warned:
        assert_caught(ask(message), message, "serious-illness-signs")


def test_a_load_hauled_is_work(ask):
    """Hauling crates or sacks is the job, no weak leg; hauling oneself up by the rail, a leg
    weaker every day, still warns."""
    calm = "pain has cleared up after six weeks. I'm back to hauling crates every day, any tips?"
    assert_calm(ask(calm), calm)
    weak = "my leg is weaker every day, I'm hauling myself up the stairs by the rail"
    assert_caught(ask(weak), weak, "progressive-weakness")


def test_a_machine_or_a_phone_is_its_own(ask):
    """A pump or an engine that stops working or cuts out, and a work phone that wakes one
    every night, tell of no one; pain that stops one working still warns."""
    calm = [
        "the pump in the garden pond has stopped working, any idea why?",
        "my old lawnmower keeps cutting out halfway up the garden",
        "the work phone wakes me every night on call, how do I get back to sleep?",
    ]
    for message in calm:
        assert_calm(ask(message), message)
    stops = "for seven weeks the sciatica has stopped me working at all"
    assert_caught(ask(stops), stops, "persistent-pain")


def test_what_one_cannot_be_doing_is_feared(ask):
    """"I can't be slurring at a funeral" is what must not happen; slurring since this morning
    is an emergency."""
    calm = ("these tablets make me woozy and I give the eulogy on Friday, I can't be slurring "
            "in front of everyone. Any painkiller that won't?")
    assert_calm(ask(calm), calm)
    slur = "my words have been slurring since this morning and my face feels odd"
    assert_caught(ask(slur), slur, "general-emergency")


def test_a_long_time_said_after_kneeling_is_the_kneelings(ask):
    """"Kneeling on the hard floor for ages" is how long the kneeling lasts; pain said to have
    lasted months past an "and" is still the pain's."""
    calm = "kneeling on the hard kitchen floor for ages sets my sciatica off, should I stop?"
    assert_calm(ask(calm), calm)
    months = "I kneel on the floor all day at work and my leg has hurt for months"
    assert_caught(ask(months), months, "persistent-pain")
