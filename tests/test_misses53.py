"""Issue 7, stop 53 (misses53): the missed warnings of stop 53's development sets (nurses and
carers; runners, triathletes and cyclists; crane and plant operators; swimmers, rowers,
surfers, sailors and divers; martial artists, air crew and zookeepers), by cause. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_emergency, assert_each_warns


def test_life_left_in_a_sports_or_a_trades_words(rules_alone):
    """Leaving life said in a sport's, a trade's or a game's words: an exit word with life,
    this world or "for good" as what is left ("check out for good", "tap out of life",
    "throw in the towel on life"). A sport, a hotel or a job left for good stays calm."""
    warn = (
        "honestly mate I'm about ready to check out for good, this back has taken everything",
        "I am ready to exit from this life itself, the pain in my waist is too much",
        "some nights I just want to tap out of life, like giving up in a roll",
        "ready tae check oot for good, cannae take this back ony mair",
        "gonna throw in the towel on life, nothing helps the sciatica",
        "I am ready to leave this world, sciatica has finished me",
    )
    calm = (
        "might have to tap out for good from jiu jitsu with this back, so gutted",
        "I'm checking out of the hotel for good tomorrow, any stretches for the flight?",
        "clocking off for good next month when I retire, will the sciatica ease?",
    )
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_a_plan_told_by_the_way_back_left_out(rules_alone):
    """Going out into water with the way back left undone ("swimming out and not coming
    back", "a dive where I don't surface"), beside a thought of it: a plan told by
    omission. The pain that did not come back after a swim, and a gym not gone back to,
    stay calm."""
    warn = (
        "some days I think about swimming out past the reef and not coming back",
        "I keep picturing a night dive where I just don't surface",
        "honestly I've thought of paddling out on the board and not bothering to come back in",
    )
    calm = (
        "I went for a swim out to the buoy and the pain did not come back after, brilliant",
        "thinking about not coming back to the gym till the sciatica settles",
    )
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_a_means_at_hand_thought_of_more_than_once(rules_alone):
    """A gun or a rifle at hand, thought of "more than once" or "about using it": a means
    dwelt on."""
    warn = (
        "the shotgun's in the cabinet and I've thought about it more than once lately",
        "got the rifle in the ute, and I keep thinking about using it",
        "there is my father's gun in the almirah and I have thought about it more than once",
    )
    assert_each_warns(rules_alone, warn, "distress")


def test_sat_in_a_shut_garage_with_the_engine_running(rules_alone):
    """Sat in a car in a closed garage with the engine running, then switched off: a known
    method nearly done. A car warmed up outside stays calm."""
    warn = (
        "last night I sat in the car in the garage with the engine running for a long while, "
        "then switched it off",
        "I was sitting inside my car in the garage with the engine on and the door closed for "
        "almost one hour",
        "sat in the ute in the lock up with the motor running last night, dunno why, turned it "
        "off eventually",
    )
    calm = ("I sit in the car with the engine running to warm it up before driving, my back is "
            "stiff in the mornings",)
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_heatstroke_beside_the_writer(rules_alone):
    """Skin hot and dry, sweating stopped, and confused (NHS: heatstroke, call 999): an
    emergency in someone beside the writer. Hot dry weather and a muddle over which stretch
    stay calm."""
    warn = (
        "a guy at the half marathon finish is stumbling about, his skin is hot and dry and he's "
        "not making sense",
        "my labourer has stopped sweating in this heat and he is talking nonsense",
        "bloke at the cricket, skin's burning hot and he's gone all confused",
    )
    calm = ("it's hot and dry in Perth this week and my back's stiff, I'm a bit muddled on which "
            "stretch to do",)
    assert_each_emergency(rules_alone, warn)
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, calm)


def test_pink_froth_coughed_up_and_a_place_come_up_from(rules_alone):
    """Pink froth coughed up (fluid in the lungs, after a dive or a near drowning) is an
    emergency; the tank, the pool or the lake one came up or out of is where, never whose
    the sign is."""
    warn = (
        "diver in our group just surfaced from the deep tank, coughing up pink froth",
        "my buddy came up from the dive coughing up pink froth and struggling to breathe",
        "pulled my brother out of the lake, he's coughing up pink frothy stuff",
    )
    assert_each_emergency(rules_alone, warn)
    assert_each_warns(rules_alone, warn, "general-emergency")


def test_a_flare_gone_off_in_the_hand_with_skin_white_and_leathery(rules_alone):
    """A flare or a firework gone off in the hand, the skin white and leathery and hardly
    hurting: a deep burn (NHS: severe burns), an emergency however little it hurts."""
    warn = (
        "a firework went off in my hand, the skin is white and leathery and it doesn't hurt",
        "the flare exploded in his hand, the palm has gone white and leathery",
        "signal flare went off in my hand on the boat, palm looks white and leathery",
    )
    assert_each_emergency(rules_alone, warn)


def test_thrown_or_struck_against_something_hard(rules_alone):
    """Slammed or bashed against something hard, a board, a boom or a horn that caught the
    back, a beast's tail that sent one into a wall, then sciatica: pain after an injury.
    A fence sat on stays calm."""
    warn = (
        "a wave slammed me against the pier, right across my back, sciatica since Tuesday",
        "the boom swung round and caught me across the back last week, now pain down my leg",
        "the bull's horn caught me in the lower back a fortnight ago and now sciatica",
        "the crocodile's tail sent me into the wall on Sunday, since then sciatica",
    )
    calm = ("my back's been bad since I sat on the fence on Sunday",)
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_calm(rules_alone, calm)


def test_a_full_bladder_whose_need_was_never_felt(rules_alone):
    """A bladder that filled with the need never felt ("never felt the need once all day",
    "never felt like I needed to go"): the sensation lost (CES cards). Not needing to drink
    stays calm."""
    warn = (
        "went to the loo after the shift and it went on for ages, never felt the need once all "
        "day, back's bad",
        "my bladder was full to the top but I never felt like I needed to go, since the back "
        "went",
        "went toilet by the clock only and so much urine came, I didn't feel the need at all, "
        "back pain since 3 weeks",
    )
    calm = ("I don't feel the need to drink much water with this back pain, normal?",)
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_scots_baws_is_balls(rules_alone):
    """Scots "baws" (balls) with the feeling gone: the saddle's numbness."""
    warn = ("nae feelin in ma baws since the weekend and ma back's murder",)
    assert_each_warns(rules_alone, warn, "cauda-equina")


def test_a_spill_told_as_a_cover_story_explains_no_wet_bed(rules_alone):
    """A wet bed put down to a spill the writer says is a cover story ("pretending he
    spilled his water", "passed it off as spilt tea"): the told cause is false, the leak
    stands. A wet bed from a drink the dog knocked over stays calm."""
    warn = (
        "my husband has wet the bed two nights and passed it off as spilt tea, his back is "
        "terrible since Friday",
        "grandad has wet the bed and is pretending he spilled his water bottle, his back has "
        "been killing him a fortnight",
        "mum's wet the bed twice this week and is making out she knocked her tea over, her back "
        "has been bad for weeks",
    )
    calm = ("I wet the bed last night because the dog spilled his water on it, back's fine",)
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_a_would_question_of_ones_own_sign_told_as_happened_times(rules_alone):
    """"Why would I not know I need a wee?" with the message telling it happened a count
    of times: a sign had, asked about, never a what-if. A what-if alone stays a note."""
    warn = (
        "why would I not know when I need a wee? It's happened twice this week since my back "
        "went.",
        "why would I not know I need to pee? went at lunch and it went on and on. Happened "
        "three times now.",
    )
    calm = ("would I lose control of my bladder if the disc got worse?",)
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)
