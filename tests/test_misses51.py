"""Issue 7, stop 51 (misses51): the misses of the four development sets of stop 51 (jockeys,
stable staff and grooms; plumbers, electricians and heating engineers; fishermen, trawler
crews, dockers and seafarers; chefs, kitchen porters, bakers and butchers), by cause.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_each_calm, assert_each_warns, assert_the_rules_warn


def test_a_side_said_alone_tells_where_never_denies(rules_alone):
    """A side said alone after a sign ("foot slapping? left.") tells where the sign is:
    only a word that limits it ("just the left") denies the other side of a question about
    both. The limited answer to a question about both legs stays calm."""
    where = "toes wont lift?? left. since this morning"
    bare = "my foot slaps down when I walk?? left. two days now"
    limited = "does sciatica go into both legs? just the left"
    assert_each_warns(rules_alone, (where, bare), "progressive-weakness")
    assert_calm(rules_alone(limited), limited)


def test_a_denial_after_a_sign_made_light_of_is_of_the_making_light(rules_alone):
    """"I'm not" after someone else is said to laugh or shrug a sign off ("he's laughing
    about it. I'm not.") denies the laughing, never the sign: theirs still warns. "I'm not"
    after a question of a sign put to anyone still denies it, and so does the writer's no
    after their own laugh ("I laughed, I'm not")."""
    laughing = ("my husband couldn't feel himself pee this evening, no idea if it came out. "
                "he's laughing about it. I'm not")
    shrugging = ("dad has had no feeling in his bum since monday. he shrugs it off. "
                 "I don't")
    asked = "can sciatica make you lose control of your bladder? I'm not"
    # the writer's own laugh is no one else's making light: their no still denies
    own = ("my sister wondered if I was depressed with all this pain. I laughed, I'm not, "
           "just tired. best pillow for sciatica?")
    assert_each_warns(rules_alone, (laughing, shrugging), "cauda-equina")
    assert_each_calm(rules_alone, (asked, own))


def test_an_animal_in_someone_elses_trade_is_no_one(rules_alone):
    """An animal named in the trade someone is said to have ("my aunt who is a dog
    groomer", "he's a horse dentist") is the trade's word: the signs after it are still that
    person's. An animal that is itself the subject stays the animal's."""
    trade = ("my aunt who is a dog groomer keeps losing weight without trying, clothes "
             "hanging off her, and her back aches")
    animal = "our dog has been losing weight and his back legs wobble, the vet is seeing him"
    assert_the_rules_warn(rules_alone(trade), trade, "serious-illness-signs")
    assert_calm(rules_alone(animal), animal)


def test_scots_for_stand_and_any_more(rules_alone):
    """Scots "staun" is stand and "ony mair" any more: a heel that cannae be stood on ony
    mair is a heel walk lost, as English says it. Standing fine on it stays calm."""
    lost = "ma left foot, I cannae staun on the heel ony mair, it wis fine last week"
    fine = "I can staun on ma heels and toes nae bother, just a sair back"
    assert_the_rules_warn(rules_alone(lost), lost, "progressive-weakness")
    assert_calm(rules_alone(fine), fine)


def test_a_lump_guessed_harmless_is_no_diagnosis(rules_alone):
    """A lump on the spine the writer only guesses is harmless ("probably just a cyst", "I
    reckon it's a lipoma") still warns: a hedge is no diagnosis. One a doctor said was a cyst
    stays calm."""
    guessed = ("there's a lump on my spine that's tender, the leg pain is on that side. "
               "probably just a cyst")
    reckon = "found a lump on my lower spine last week. I reckon it's a lipoma"
    known = "I had a lump on my back, the doctor scanned it and it was just a cyst"
    assert_each_warns(rules_alone, (guessed, reckon), "serious-illness-signs")
    assert_calm(rules_alone(known), known)


def test_the_last_time_long_ago_makes_a_sign_new(rules_alone):
    """A sign told now with the last time it happened long ago ("wet myself last night,
    not done that since I was little") is new: the time long ago is the comparison. Wetting
    the bed told as always so stays calm."""
    new = "my back's bad and I wet the bed last night, haven't done that since I was little"
    always = "I've wet the bed now and then since I was a kid, nothing new, just the sciatica"
    assert_the_rules_warn(rules_alone(new), new, "cauda-equina")
    assert_calm(rules_alone(always), always)


def test_sums_on_a_death_worth_more_are_distress(rules_alone):
    """The insurance beside one's own death as its condition and sums done on it ("the
    policy pays more if I die, I've run the numbers") is being worth more dead, dwelt on:
    veiled distress. A policy read for a claim stays calm."""
    sums = ("the life insurance would pay off the house if I die. I've done the maths more "
            "than once")
    numbers = "my policy pays out if I'm dead, I keep running the numbers on it"
    claim = "does my insurance policy cover physio for sciatica? I've done the maths on the excess"
    assert_each_warns(rules_alone, (sums, numbers), "distress")
    assert_calm(rules_alone(claim), claim)
