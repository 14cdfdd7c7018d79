"""Issue 7, stop 49 (alarms49), part 1: false alarms of the four new development triage sets
(window cleaners, rope-access and high-rise workers; ski instructors, lifeguards and swimming
teachers; factory and warehouse staff; hairdressers, beauticians and tattoo artists), fixed
by cause. Each calm reading is checked beside the same kind of words with the sign itself,
which must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught, assert_each_calm, assert_each_caught


def test_fright_to_come_said_as_soiling(ask):
    """"Pooping myself about the exam" is nerves about a thing ahead; soiling counted by
    how often, or not felt, still warns."""
    calm = [
        "honestly pooping myself about the driving test on friday. does sciatica affect it?",
        "I'm wetting myself about the interview tomorrow, nervous. how do I sit with a sore back?",
    ]
    assert_each_calm(ask, calm)
    counted = "been wetting myself about 3 times a week since the back went"
    around = "had two small leaks of wee just walking about this week, never happened before"
    unfelt = "keep pooping myself about the house without any warning"
    assert_caught(ask(counted), counted, "cauda-equina")
    assert_caught(ask(around), around, "cauda-equina")
    assert_caught(ask(unfelt), unfelt, "cauda-equina")


def test_slow_motion_is_no_bowel_motion(ask):
    """A fall watched "in slow motion" moves no bowel and loses no control; bowels let go
    still warn."""
    calm = "watched my brother tumble off the trampoline in slow motion, I was crying. back ok"
    assert_calm(ask(calm), calm)
    bowel = "lost control of my bowels this morning and my back is killing me"
    assert_caught(ask(bowel), bowel, "cauda-equina")


def test_the_blood_wagon_is_an_ambulance(ask):
    """Skiers' "blood wagon" is the ambulance sled, no blood lost; heavy bleeding still
    warns."""
    calm = ("a kid wiped out on the red run and patrol took him down in the blood wagon. "
            "my back's no worse, can I still teach tomorrow?")
    assert_calm(ask(calm), calm)
    bleed = "my leg is bleeding heavily and it won't stop, there's blood everywhere"
    assert_caught(ask(bleed), bleed, "general-emergency")


def test_signs_of_a_stroke_asked_to_know_them(ask):
    """Asking what the signs of a stroke or a seizure are, to learn them, tells none; the
    same question beside one happening still warns."""
    calm = [
        "doing the first aid refresher for the staff, what are the signs of a stroke?",
        "how do you spot a seizure? I want to be ready at the pool",
    ]
    assert_each_calm(ask, calm)
    now = "what are the signs of a stroke? my dad's face is drooping and he's slurring"
    assert_caught(ask(now), now, "general-emergency")


def test_a_risk_an_adviser_spoke_of(ask):
    """"The pharmacist said something about seizures" names a medicine's risk, none had; a
    fit told as happening still warns."""
    calm = "started pregabalin and the chemist said something about seizures. what does it mean?"
    assert_calm(ask(calm), calm)
    fit = "I had a seizure this morning after starting pregabalin"
    assert_caught(ask(fit), fit, "general-emergency")


def test_a_mates_family_is_not_the_writers(ask):
    """"Mate's missus" with the "my" left off is a friend's wife, never the writer's own, so
    her illness does not become the writer's; the writer's own signs still warn."""
    calm = "Mate's missus has got lung cancer, really sad. My back is sore from the van"
    assert_calm(ask(calm), calm)
    own = "Mate's missus has got lung cancer. I can't feel my bum and I can't pee"
    assert_caught(ask(own), own, "cauda-equina")


def test_sciatica_is_never_said_for_effect(ask):
    """Sciatica told beside a day in the sun is still the writer's, so a friend's skin cancer
    stays the friend's; a cancer of the writer's own still warns."""
    calm = ("my uncle had a melanoma taken off his back, he's fine now. I've got sciatica "
            "(right leg, 2 wks) and I work in the sun all day. any connection?")
    assert_calm(ask(calm), calm)
    own = "I had a melanoma removed last year and now my back hurts every night"
    assert_caught(ask(own), own, "serious-illness-signs")


def test_numb_feet_in_boots_done_up_too_tight(ask):
    """Both feet numb in boots done up too tight, the feeling back once loosened, is the
    boots; both feet numb with no such cause, or still numb once loosened, still warns."""
    calm = ("both feet went numb in my snowboard boots, laces too tight, fine once I loosened "
            "the laces. different question, my left sciatica, any stretches?")
    assert_calm(ask(calm), calm)
    plain = "both my feet went numb today and my back is killing me"
    still = "both feet numb since tuesday, loosened my boots but still numb"
    assert_caught(ask(plain), plain, "cauda-equina")
    assert_caught(ask(still), still, "cauda-equina")


def test_hanging_in_a_harness_drops_no_foot(ask):
    """Pins and needles after hanging in a harness is the harness, no foot that drops; a foot
    that drops still warns."""
    calm = "tingly feet after hanging in my harness on the tower all morning, gone by lunch"
    assert_calm(ask(calm), calm)
    drop = "my foot has started to drop and slap the floor when I walk"
    assert_caught(ask(drop), drop, "progressive-weakness")


def test_a_numbness_that_has_gone(ask):
    """A numbness told as gone, however far back its words are, is over; a numbness gone
    numb, or another symptom gone beside a numbness, still warns."""
    calm = "The numbness I got in my groin after the vasectomy last year has totally gone now"
    assert_calm(ask(calm), calm)
    assert_each_caught(ask, ("my groin has gone numb since this morning",
                             "numb bum, the tingling has gone"), "cauda-equina")
