"""Issue 7, stop 42 (misses42): the misses of the four development sets of stop 42 (people who
explain a sign away, martial arts and climbing, complementary medicine, blood thinners and
heart, lung or kidney disease). A real sign told with the writer's harmless guess at its cause
is still the sign. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_a_foot_heard_landing_hard_in_any_verb_of_a_blow(ask):
    """A foot heard to smack, thud or thump on the floor as one walks drops, whatever the
    writer blames (new floors, loud boards); a foot smacked on furniture, a weight that
    smacks the floor, or a foot stamped on purpose for a laugh stay calm."""
    heard = "my right foot thuds on the floor every step now, blame the laminate I reckon"
    smack = "noticed my left foot smacking the ground when I jog, probably my old trainers"
    knock = "smacked my foot on the bed frame this morning, little toe is bruised"
    weight = "the dumbbell slipped and smacked the floor next to my foot, gave me a fright"
    joke = "my son's foot smacks the floor when he does his silly walk for a laugh"
    assert_the_rules_warn(ask(heard), heard, "progressive-weakness")
    assert_the_rules_warn(ask(smack), smack, "progressive-weakness")
    for message in (knock, weight, joke):
        assert_calm(ask(message), message)


def test_a_pedal_pressed_only_with_effort_by_the_leg(ask):
    """A pedal the leg can press only with effort ("hard to press with my leg", "too weak
    to push the brake") is weakness, even with the pedal as the subject and the car blamed;
    a stiff pedal told with no leg, or a clutch that went, stays calm."""
    subject = ("the brake pedal is getting hard to push with my right foot, car probably "
               "needs looking at")
    weak = "my left leg is too weak to press the clutch properly in traffic"
    stiff = ("the clutch on the work van is so heavy, hard to press, any tips for driving "
             "with sciatica?")
    gone = "the clutch went on the way to physio so I missed it, can I do the exercises at home?"
    assert_the_rules_warn(ask(subject), subject, "progressive-weakness")
    assert_the_rules_warn(ask(weak), weak, "progressive-weakness")
    for message in (stiff, gone):
        assert_calm(ask(message), message)


def test_an_accident_one_did_not_know_one_had(ask):
    """Clothes changed for an accident the writer "didn't know" they had is a leak not felt,
    even put down first to sweat; not knowing one had spilt a drink is calm."""
    unknown = "changed my jeans at lunch, had no idea I'd gone, put it down to sweat at first"
    spill = "had to change my top after the meeting, didn't know I'd spilt tea down it"
    assert_the_rules_warn(ask(unknown), unknown, "cauda-equina")
    assert_calm(ask(spill), spill)


def test_toes_that_do_not_move_when_tried(ask):
    """Toes or a foot that "nothing happens" to when the writer tries to lift them will not
    lift; nothing happening to the pain, or no stretch felt, in an exercise is calm."""
    tried = "trying to lift my left toes off the floor and nothing happens, the right is fine"
    stretch = "pull my foot towards me for the calf stretch and nothing happens, no stretch at all"
    pain = "I raise my toes and hold for 20 seconds but nothing happens to the pain"
    assert_the_rules_warn(ask(tried), tried, "progressive-weakness")
    for message in (stretch, pain):
        assert_calm(ask(message), message)


def test_the_saddle_numb_after_the_toilet_that_lasts(ask):
    """A saddle numb put down to a long sit on the toilet is still the saddle; legs gone to
    pins and needles on the toilet, fine once stood up, stay calm."""
    saddle = "numb between my legs since last night, reckon it's from scrolling on the loo too long"
    lasted = "legs numb for days now, must be sitting on the toilet too long"
    legs = "both legs went to pins and needles sitting on the toilet too long, gone when I stood up"
    assert_the_rules_warn(ask(saddle), saddle, "cauda-equina")
    assert_the_rules_warn(ask(lasted), lasted, "cauda-equina")
    assert_calm(ask(legs), legs)


def test_a_chest_that_hurts_with_a_racing_heart_or_a_near_faint(ask):
    """NHS: chest pain with palpitations or a faint needs 999, whatever the writer blames
    (coffee, nerves); a racing heart with no chest pain, or a chest sore from press ups
    with a heart racing on a run, stays calm."""
    racing = "my heart is pounding and my chest hurts, probably the energy drink"
    faint = "almost passed out in the kitchen and there's a pain in my chest, just tired I think"
    no_chest = "heart racing after too much coffee, no chest pain at all, back is sore"
    exercise = "chest sore from press ups and my heart was racing on my run, normal right?"
    assert_the_rules_warn(ask(racing), racing, "general-emergency")
    assert_the_rules_warn(ask(faint), faint, "general-emergency")
    for message in (no_chest, exercise):
        assert_calm(ask(message), message)
