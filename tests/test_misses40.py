"""Issue 7, stop 40 (misses40): the misses of the four development sets of stop 40 (updates,
tricky negation, hair and beauty workers, warehouse workers). Wordings are the author's own,
never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_mine_after_a_question_answers_it_with_the_writers_own(ask):
    """"Mine" opening a clause right after a question about a sign stands for what was
    asked: a verb that stands for the predicate ("mine has done it", "because mine is",
    "cos mine do") makes the sign the writer's, and another verb does so for the sign whose
    word it says again ("mine drags and drags")."""
    done = "Does anybody's knee just buckle with sciatica?? Mine has done it three times today"
    is_ = "can a trapped nerve make your foot weaker and weaker? because mine really is"
    do = ("Can a slipped disc make your bits go numb? asking cos mine do since this morning "
          "and the chair feels like nothing")
    echo = ("is it normal for your foot to drag with sciatica? mine drags and drags on the "
            "stairs now")
    assert_the_rules_warn(ask(done), done, "progressive-weakness")
    assert_the_rules_warn(ask(is_), is_, "progressive-weakness")
    assert_the_rules_warn(ask(do), do, "cauda-equina")
    assert_the_rules_warn(ask(echo), echo, "progressive-weakness")


def test_mine_that_is_fine_elsewhere_over_or_only_a_cause_stays_calm(ask):
    """"Mine" that goes on to say theirs is fine, long past, only one side, somewhere else
    or began from the cause asked of tells no sign of the writer's."""
    fine = "Does sciatica ever make your bottom go numb? mine is fine so far, only the leg aches"
    past = "Does sciatica ever make your legs give way? mine did years ago but never since"
    cause = "Can you get sciatica from losing a lot of weight? Mine started after I lost 12kg"
    side = "does sciatica cause foot drop? mine is only in the left calf, just pain"
    away = "does the foot slapping ever go away? mine has gone away with the physio"
    for message in (fine, past, cause, side, away):
        assert_calm(ask(message), message)


def test_an_if_that_redefines_a_word_of_how_one_is(ask):
    """"Bearable, if bearable means worse every week" is irony: what the word is said to
    mean is told, no condition; a plain "if" still imagines."""
    irony = "the physio says it's improving, if improving means worse every week for two months"
    plain = "if it gets worse every week should I ring the GP"
    assert_the_rules_warn(ask(irony), irony, "persistent-pain")
    assert_calm(ask(plain), plain)


def test_a_foot_that_clears_the_ground_is_no_sign_cleared(ask):
    """A leg swung out so the foot clears the floor tells a foot that drops; a sign that
    cleared up is over."""
    swing = "I have to swing my leg out to the side so my foot clears the floor now"
    over = "had a floppy foot after the op but it cleared up within a week"
    assert_the_rules_warn(ask(swing), swing, "progressive-weakness")
    assert_calm(ask(over), over)


def test_the_urge_that_never_comes(ask):
    """"Never" getting the feeling of needing to go is the urge lost, as "don't" is; never
    getting up in the night to go is no sign."""
    urge = "these days I never get the need to go feeling, I just go every few hours to be safe"
    night = "bladder is fine, I never get up in the night to go"
    assert_the_rules_warn(ask(urge), urge, "cauda-equina")
    assert_calm(ask(night), night)


def test_a_denial_of_saying_moves_onto_what_one_can(ask):
    """"Can't say I can feel it", "not that I can pee properly" deny what one can; "can't
    say I've noticed any numbness" still denies the numbness, two denials cancel ("it's not
    as if I can't pee"), and "it's not that I can feel numbness, it's more an ache" is a
    contrast."""
    feel = "can't say I can feel the toilet roll when I wipe since yesterday"
    pee = "the nurse said drink plenty, not that I can pee properly since Sunday"
    noticed = "can't say I've noticed any numbness, just the usual sciatica ache"
    both = "it's not as if I can't wee, I can, I'm just going more since the new tablets"
    contrast = "it's not that I can feel numbness down there, it's more of a dull ache"
    assert_the_rules_warn(ask(feel), feel, "cauda-equina")
    assert_the_rules_warn(ask(pee), pee, "cauda-equina")
    for message in (noticed, both, contrast):
        assert_calm(ask(message), message)


def test_a_part_there_only_in_part(ask):
    """Feeling down there said by understatement ("only half there") is feeling changed; a
    back "not quite there yet" is recovery."""
    half = "since the disc went, things down below feel only half there when I wipe"
    back = "my back's not quite there yet but the physio is pleased with me"
    assert_the_rules_warn(ask(half), half, "cauda-equina")
    assert_calm(ask(back), back)
