"""Issue 7, stop 55 (misses55): the missed warnings of stop 55's development sets (chess,
bridge and poker players; referees and groundskeepers; software and IT people; sculptors,
potters and blacksmiths) and of stop 54's held-out sets (skydivers; dog walkers and pet
sitters; tour guides), by cause. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_each_calm, assert_each_warns


def test_a_person_whose_work_is_with_animals_has_their_own_signs(rules_alone):
    """Work with animals named before a sign ("runs a cattery", "walks dogs for a living",
    "does dog walking", "has a dog grooming business", "keeps horses on a livery yard") is
    the person's trade: "he" and "she" after it are the person, never the animals ("he" or
    "she" never refers to many animals at once, and a bare animal word before a word of
    work names a kind of work). Leg weakness or a bladder sign then warns (NICE CKS). An
    animal is the one only when it is the sign's own subject: a dog that collapsed, a mare
    down in the field, a cat weeing stay calm for the writer."""
    weak = (
        "My wife runs a cattery from home and since Tuesday she's been dragging her right "
        "foot, it catches on the step. Sciatica six weeks.",
        "Writing for my da, he keeps horses on a livery yard up the road. His left leg went "
        "from under him twice this week and he's had the back pain since spring.",
        "my husband is a farmer with 200 ewes and the last few days his leg keeps buckling "
        "when he walks. He's had sciatica since spring",
        "My son is a vet nurse, looks after the cats and dogs on the ward all day. Since "
        "Monday his foot is slapping the floor when he walks. Sciatica.",
        "Bhai has dog grooming business. Since ten days his left leg is becoming weak, now "
        "he cannot stand on toes. Back pain also. What to do?",
        "I walk dogs for a living and my left foot has started slapping down when I walk, "
        "sciatica for 4 weeks.",
    )
    bladder = (
        "Our mam still does dog walking at 70 and she told me today she's been leaking when "
        "she coughs and can't feel the toilet paper. Bad back a month.",
        "My brother works as a zoo keeper with the big cats, he says his bum has gone numb "
        "since yesterday and he can't feel himself wee. Disc trouble for weeks.",
    )
    animals = (
        "My dog collapsed on our walk this morning and couldn't stand, the vet is seeing him "
        "now. My own sciatica is just the usual.",
        "The old mare I look after went down in the field and can't get up, the vet's on the "
        "way. My back is aching from trying to help her.",
        "My cat has been weeing all over the house and the vet thinks it's a water "
        "infection. My back's sore from scrubbing. Heat or ice?",
        "Our collie's back legs have gone wobbly, the vet says it's a disc. Could that "
        "happen to me, I've got sciatica?",
    )
    assert_each_warns(rules_alone, weak, "progressive-weakness")
    assert_each_warns(rules_alone, bladder, "cauda-equina")
    assert_each_calm(rules_alone, animals)


def test_numbness_come_on_and_waved_off_is_no_check_passed(rules_alone):
    """Saddle numbness told as come on ("have gone numb", "went numb") and waved off by the
    one who has it ("he says it's grand", "he'll sleep it off", "just her age") or asked
    about ("is it grand?") is cauda equina (NICE CKS), never the check "it's grand" tells
    when the feeling down there was tested and found the same both sides; that stays calm."""
    warn = (
        "Hubby's privates have gone numb since this afternoon and the inside of his legs too. "
        "He says it's grand and he'll sleep it off. He's had sciatica since May.",
        "Me mam says her bits down there went numb this morning, she says it's nothing, just "
        "her age. Back's been bad three weeks.",
        "sciatica a month and now my backside has gone numb on both sides, is it grand or "
        "should I ring someone",
    )
    checked = ("checked like the physio said, I can feel the paper fine when I wipe, it's "
               "grand. Sciatica 2 weeks, left only.")
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_calm(rules_alone(checked), checked)
