"""Issue 7, stop 51 (calm51), part 1: false alarms on signs denied or explained by something
ordinary on the four development triage sets of stop 51 (jockeys and stable staff, plumbers
and electricians, fishermen and dockers, chefs and butchers), fixed by cause. Each calm
reading is checked beside a sign said in another clause or sentence, which must still warn.
Read by the rules alone, which are what changed. Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import assert_calm, assert_caught, assert_each_calm

from bot.engine import Answer

Ask = Callable[[str], Answer]


def test_knock_to_a_limb_with_the_back_as_it_was(rules_alone: Ask) -> None:
    """A knock whose harm is told of a part away from the back (a shin, an arm, landing on
    the feet) beside the back said to be as it was changed nothing of the back; a sign told
    beside it, a fall from a height, or a back hurt since still warns."""
    calm = [
        "Kicked by the gelding on the knee at evening stables, it's swollen. Sciatica's been "
        "the same all week.",
        "Had a fall in the yard on Monday, bruised both elbows. The back is exactly the same, "
        "no change.",
        "Slipped off the donkey on the beach ride, landed on my feet. The leg pain has been the "
        "same for a fortnight, no change after.",
    ]
    assert_each_calm(rules_alone, calm)
    wet = "Kicked by the gelding on the knee. My sciatica is no different but I've wet " \
          "myself twice since"
    assert_caught(rules_alone(wet), wet, "cauda-equina")
    height = "fell off a ladder and bruised my shoulder, back pain is the same"
    assert_caught(rules_alone(height), height, "general-emergency")
    since = "came off my bike and grazed my knee, sciatica is the same but since then my leg " \
            "is weak and getting weaker"
    assert_caught(rules_alone(since), since, "progressive-weakness")


def test_weight_lost_while_seasick(rules_alone: Ask) -> None:
    """Weight lost while seasick or travel sick has its cause told, even after "but"; weight
    lost with no such cause, or still going, still warns."""
    calm = "Lost 5 kilos in a fortnight at sea but I was seasick the whole time and couldn't " \
           "face the food. Back aches."
    assert_calm(rules_alone(calm), calm)
    going = "Dropped 5 kilos without trying, and I wasn't seasick at all. Back aches at night."
    assert_caught(rules_alone(going), going, "serious-illness-signs")
    beside = "Dropped 5 kilos on the boat but I was seasick. Since yesterday I can't feel " \
             "my bum when I wipe"
    assert_caught(rules_alone(beside), beside, "cauda-equina")


def test_feverish_from_the_heat_of_work(rules_alone: Ask) -> None:
    """Feeling feverish blamed on the heat of a hot kitchen and gone on cooling off is heat;
    a fever with a reading or shivers, or a sign told beside it, still warns."""
    calm = "The bakery was roasting, I felt like I had a fever but it was just the heat, " \
           "cooled down outside and fine now. Back's the usual."
    assert_calm(rules_alone(calm), calm)
    reading = "felt like I had a fever, thought it was just the heat but the thermometer says " \
              "39 and I'm shivering, back pain is awful"
    assert_caught(rules_alone(reading), reading, "serious-illness-signs")
    beside = "felt like I had a fever but it was just the heat. My bum has gone numb and I " \
             "can't pee since this morning"
    assert_caught(rules_alone(beside), beside, "cauda-equina")


def test_feeling_lost_through_gloves(rules_alone: Ask) -> None:
    """A feeling lost because gloves were on is the glove; the feeling lost with the gloves
    off, or after a "but" that leaves the gloves behind, still warns."""
    calm = "couldn't feel the toilet paper at first and worried, then saw I still had my " \
           "rubber gloves on from cleaning the van. Sciatica no change."
    assert_calm(rules_alone(calm), calm)
    off = "can't feel the loo roll when I wipe, even with my gloves off"
    assert_caught(rules_alone(off), off, "cauda-equina")
    after = "had my gloves on at work, but now I can't feel the toilet paper when I wipe"
    assert_caught(rules_alone(after), after, "cauda-equina")


def test_feet_numb_only_in_one_pair_of_shoes(rules_alone: Ask) -> None:
    """Feet numb only in one pair of shoes and fine in others is the shoes pressing; the
    saddle or both legs weak beside it still warn."""
    calm = "Both feet go numb in my steel toecaps, only in my work boots, fine in slippers. " \
           "Sciatica down the right leg."
    assert_calm(rules_alone(calm), calm)
    saddle = "my feet go numb only in my work boots, fine in trainers, but now I can't feel " \
             "my bum"
    assert_caught(rules_alone(saddle), saddle, "cauda-equina")
    weak = "both feet numb only in my work boots, fine in slippers, and both legs feel weak " \
           "and worse each day"
    assert_caught(rules_alone(weak), weak, "cauda-equina")


def test_nothing_odd_felt(rules_alone: Ask) -> None:
    """"Can't feel anything odd" down there feels nothing strange: no feeling lost; a feeling
    lost with its oddness said after it, or a leak in the next clause, still warns."""
    calm = "To answer the nurse's list: I can't feel anything unusual round my bottom and my " \
           "legs are strong. Just the ache."
    assert_calm(rules_alone(calm), calm)
    lost = "I can't feel anything round my bum, it's odd"
    assert_caught(rules_alone(lost), lost, "cauda-equina")
    leak = "I can't feel anything odd round my bottom, but I've wet myself twice today"
    assert_caught(rules_alone(leak), leak, "cauda-equina")
