"""Issue 7, stop 52 (alarms52): false alarms on a sign that is someone else's (a patient's,
an animal's) or a figure of speech, found in stop 52's development sets (clinicians and vets;
lifters; musicians; shepherds and farmers) and stop 51's held-out sets. Wordings are the
author's own, from several speakers, never copied from a set; each calm rule's test names
the real sign that must still warn beside it."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns, assert_the_rules_warn


def test_an_animals_bladder_takes_no_sign_word_from_another_sentence(rules_alone):
    """A bladder told only of an animal is read with the sign words of its own sentence
    (triage.py `_beside_their_place`): the writer's "can't" of another sentence ("I can't
    sit") is no retention of the animal's. The writer's own "can't pee" after the animal's
    still warns."""
    assert_each_calm(rules_alone, (
        "the tomcat came in blocked and couldnt pee, we unblocked him late. I cant sit "
        "still now with my sciatica, any cushion?",
        "Ram lamb with a stone, couldn't wee, vet flushed him. I can't bend properly "
        "since, back's stiff.",
        "our old collie couldnt pee all weekend, vet sorted it. i cant stand long with "
        "this leg pain, tips?"))
    assert_each_warns(rules_alone, (
        "the dog couldn't pee all day. I can't pee either since last night and my back "
        "is killing me",
        "Took the dog out this morning. Can't pee since then, my back is agony"), "cauda-equina")


def test_the_one_a_vet_or_clinician_was_treating_is_theirs(rules_alone):
    """An animal or a person named with a clause of the writer's care right after it ("the
    mare I was treating", "a patient I saw") is still the one who has the sign
    (triage.yaml `people.looked_after`). The writer's own sign after an animal they were
    walking still warns."""
    assert_each_calm(rules_alone, (
        "mare I was treating went down with a seizure this afternoon, came round fine. "
        "my back is just sore from the day",
        "The ewe I was shearing had a fit on the board, she's fine now. Lower back "
        "aching, normal?",
        "a patient I saw today couldn't feel his saddle area, sent him straight in. my "
        "own sciatica is flaring a bit"))
    own = "the dog I was walking pulled me over and now I can't feel my bum"
    assert_the_rules_warn(rules_alone(own), own, "cauda-equina")


def test_gutted_is_let_down(rules_alone):
    """"Gutted" is disappointment (language.yaml maps it off the stem "gut"). A gut in
    agony with the writer unable to stand still warns."""
    assert_each_calm(rules_alone, (
        "Honestly I'm ok, just gutted I had to pull out of the concert. Is "
        "physio worth paying for?",
        "Absolutely gutted, missed the final cos of my back. Physio says 6 weeks",
        "am so gutted o, I cannot stand for long at the shop with this back"))
    real = "my gut is agony and i cant stand up straight, belly like a rock"
    assert_the_rules_warn(rules_alone(real), real, "general-emergency")


def test_choking_at_a_performance_is_the_nerve_lost(rules_alone):
    """Choking said of a performance that failed under pressure (an audition, an interview,
    a final) is no airway blocked (the figurative rule with `needs`). Choking on food, or
    with the breath or throat said, still warns."""
    assert_each_calm(rules_alone, (
        "bombed my grade 8 recital, totally choked. back the same as ever, any "
        "breathing tips for nerves?",
        "I choked in my job interview today, mind went blank. Back's been sore "
        "all week",
        "proper choked in the final, missed the penalty. sciatica no better"))
    assert_each_warns(rules_alone, (
        "my dad is choking on his food and turning blue",
        "I'm choking and can't breathe, throat closing up"), "general-emergency")


def test_cutting_for_a_weight_class_is_a_diet(rules_alone):
    """Cutting said of weight, for a class, a meet or a show, is a diet, no blade (a
    message-wide figurative rule whose `unsaid` bars it beside a body part, a blade, an
    urge or a crisis). Cutting one's arms, or cutting that cannot stop, still gets the
    crisis reply."""
    assert_each_calm(rules_alone, (
        "Comp in 3 weeks and I'm 2 kilos over my weight class, should I keep cutting "
        "with this sore back?",
        "been on a cut for the meet, down 6 lbs, back is tight. ok to keep cutting or "
        "eat more?",
        "Sir I am doing diet for bodybuilding show, back pain from deadlift. Can I keep "
        "cutting?"))
    assert_each_warns(rules_alone, (
        "lost weight on my diet but I keep cutting my arms when the pain is bad",
        "I'm on a diet and I keep cutting, it's the only thing that helps",
        "I keep cutting. I can't stop."), "distress")


def test_waking_on_a_sofa_is_sleep(rules_alone):
    """Waking up on a sofa, a couch or the last train is sleep, not coming round (triage.yaml
    `pseudo`). Waking on the floor, or fainting first, still warns; and a numb bum after a
    night on the sofa is still read by its own rule."""
    assert_each_calm(rules_alone, (
        "woke up on the couch after the footy with a stiff back, pain down my "
        "right leg",
        "had a few too many, woke up on the settee and the sciatica's flared. "
        "just the settee?",
        "fell asleep and woke up on the last train, legs all stiff, back aching"))
    assert_each_warns(rules_alone, (
        "woke up on the floor, don't know how I got there",
        "I fainted and woke up on the sofa, no idea how long I was out"), "general-emergency")
    numb = "woke up on the sofa and can't feel my bum or between my legs"
    assert_the_rules_warn(rules_alone(numb), numb, "cauda-equina")


def test_a_stroke_or_heart_attack_as_a_reaction_or_a_gait_is_a_figure(rules_alone):
    """A stroke or a heart attack someone nearly had when the writer told them something,
    or that a thing gives them, is upset said for effect; a stroke given as the likeness of
    a gait ("I walk like I've had a stroke") is how the walk looks. A face that looks like
    a stroke, a stroke had when something was said with the face dropping, and a gait
    with a weak arm and a numb face still warn."""
    assert_each_calm(rules_alone, (
        "my gaffer nearly had a stroke when I told him I needed light duties lol",
        "Our manager is giving me heart attack with this rota, my waist pain is worse",
        "the wife reckons I'm hobbling about like I had a stroke haha, sciatica 2 weeks",
        "Mum says I walk like I've had a stroke since the sciatica started, left leg"))
    assert_each_warns(rules_alone, (
        "my face looks like I've had a stroke, one side drooping since lunch",
        "he had a stroke when I said goodbye, his face dropped",
        "I'm walking like I've had a stroke, my arm is weak and my face feels numb",
    ), "general-emergency")


def test_a_machine_having_a_fit_is_the_machines(rules_alone):
    """A sewing machine, its bobbin, a loom or a mower "having a fit" misbehaves (triage.yaml
    `people.things`). A person having a fit still warns."""
    assert_each_calm(rules_alone, (
        "the sewing machine's having a fit again, keeps jamming. back aches "
        "from bending over it",
        "my overlocker is having a fit today and my sciatica's no better"))
    real = "my husband is having a fit on the floor and won't come round"
    assert_the_rules_warn(rules_alone(real), real, "general-emergency")


def test_a_pin_or_a_needle_is_a_prick(rules_alone):
    """Stabbed with a pin, a needle or a thorn while sewing or gardening is a prick, no deep
    wound. A knife stab, and a pin prick that bleeds and won't stop, still warn."""
    assert_each_calm(rules_alone, (
        "stabbed my thumb on a needle doing the hem, back still sore",
        "Stabbed myself with pins all afternoon finishing the quilt, back achy",
        "got stabbed on a thorn pruning the roses, sciatica flaring too"))
    assert_each_warns(rules_alone, (
        "I got stabbed with a knife outside the pub, bleeding",
        "I stabbed myself with a pin and it's bleeding a lot, won't stop"), "general-emergency")


def test_scots_lowpin_is_throbbing(rules_alone):
    """Scots "lowpin" or "loupin" is throbbing (language.yaml), never a pin down (an
    injury)."""
    assert_each_calm(rules_alone, (
        "ma back's lowpin doon the left leg the day, whit stretches",
        "back's fair loupin efter the clippin, any tips"))
