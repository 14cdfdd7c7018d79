"""Issue 7, stop 52 (misses52): the misses of the development sets of stop 52 (dentists,
surgeons, theatre nurses and vets; powerlifters and CrossFit; orchestral musicians and
choirs; shearers, shepherds and livestock farmers) and stop 51's held-out sets, by cause.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_each_calm, assert_each_warns


def test_an_animal_word_that_names_a_kind_of_work_is_no_animal(rules_alone):
    """An animal word right before the trade, the season, the place or the vehicle it names
    the kind of ("a pig farmer", "calving season", "the shearing shed") is the work with
    animals: the signs after it are the person's. An animal that is itself the subject, or
    whose body is named, stays the animal's."""
    season = "Calving season, up half the night. Back's wrecked and now both legs are numb and weak"
    trade = "my husband is a pig farmer, since this morning he can't feel when he needs to pee"
    shed = ("Shearing shed all week, sciatica in both legs now and I can't feel the toilet "
            "paper")
    dairy = "Dairy farmer, 50. Cows milked at 5. Since yesterday I wet myself without knowing"
    assert_each_warns(rules_alone, (season, trade, shed, dairy), "cauda-equina")
    ewe = "the old ewe is down in the pen and can't get up, back legs gone, vet coming"
    dog = "our sheep shed roof leaks. my dog can't use his back legs since yesterday"
    cat = "our cat has been wetting the bed since Tuesday and her back legs are wobbly"
    assert_each_calm(rules_alone, (ewe, dog, cat))


def test_a_clinicians_word_for_lost_feeling_is_a_sign_of_their_own(rules_alone):
    """A clinician writing of their own body names lost feeling in their trade's words
    (hypoaesthesia, hypoesthesia, sensory loss), hedged ("probably positional"): still
    their own numb saddle or bottom. The term asked about stays calm."""
    messages = (
        "GP here, my own back: L4 radiculopathy 10 days and as of today perineal "
        "hypoesthesia, likely nothing.",
        "physio myself. perianal sensory loss since last night, probably just from sitting",
        "Theatre nurse, sciatica, patchy hypoaesthesia over my bum cheeks since yesterday, "
        "no doubt positional",
        "cardiac physiologist. hypoesthesia of both buttocks since last night, probably "
        "the long shift",
    )
    assert_each_warns(rules_alone, messages, "cauda-equina")
    asked = "what does perianal hypoaesthesia mean? my physio wrote it on the leaflet"
    assert_calm(rules_alone(asked), asked)


def test_a_real_collapse_at_a_rehearsal_is_no_role(rules_alone):
    """"In rehearsal" says where a real thing happened ("the oboist collapsed in rehearsal"),
    not a part played: a role is named by its own words ("my character", "I play a man
    who"). A role's stroke, and a colleague's faint last year now fine, stay calm."""
    now = "the oboist beside me just collapsed in rehearsal and isn't responding, help"
    choir = "our alto has just keeled over in rehearsal, she's not responding to us"
    assert_each_warns(rules_alone, (now, choir), "general-emergency")
    role = "in the play I'm playing a man who has a stroke in act two, will the fall hurt my back?"
    past = ("One of our violinists fainted in rehearsal last year, she hadn't eaten. She's "
            "fine now. Any tips for sitting with sciatica?")
    assert_each_calm(rules_alone, (role, past))


def test_a_body_in_shock_after_an_injury_is_an_emergency(rules_alone):
    """Crushed, struck or fallen, and grey, clammy or gasping now: shock after an injury
    (NHS: call 999). "Gasping" for a drink stays calm, as does an injury long past."""
    messages = (
        "mate's just been pinned against the wall by the digger, he's grey and gasping",
        "the bale fell on my dad, he's grey and clammy and not making sense",
        "my uncle fell off the barn roof, he is ashen and cold and clammy",
    )
    assert_each_warns(rules_alone, messages, "general-emergency")
    thirst = "I'm gasping for a cuppa after a day of lifting bales, back is sore"
    assert_calm(rules_alone(thirst), thirst)


def test_a_stock_vehicle_rolled_on_the_road_is_a_crash(rules_alone):
    """A trailer, a float or a stock truck rolled or jackknifed on the road, the writer in it
    just now: a crash, an emergency. A trailer rolled out of a barn by hand, and oneself
    jackknifing up out of bed, and turning over in bed in a trailer one lives in, stay calm."""
    messages = (
        "jackknifed the horsebox on the bend just now, I got out, my back is screaming",
        "the lorry jackknifed on the motorway with me in it, back's killing me",
        "Just rolled the horse float coming round the corner, I'm out, back hurts bad",
        "flipped the trailer into the ditch on the lane, I'm out of the truck, back's agony",
    )
    assert_each_warns(rules_alone, messages, "general-emergency")
    assert_each_calm(rules_alone, (
        "rolled the trailer out of the barn this morning and my back twinged",
        "I kind of jackknife up out of bed in the morning and my back hates it",
        "we live in a trailer and when I turned over in bed my back went"))


def test_should_and_only_said_of_ending_and_being_a_burden(rules_alone):
    """Indian English "I feel I should" is "I think I should", and "I am only a burden" is a
    burden said of oneself: thoughts of ending everything. "I feel I should rest" stays
    calm."""
    messages = (
        "I feel I should finish everything, nobody needs me",
        "Me, I am only a burden on my children",
        "I'm nothing but a burden to them now",
        "I feel I must end it all, the pain never stops",
    )
    assert_each_warns(rules_alone, messages, "distress")
    rest = "I feel I should rest more this week, is that right?"
    assert_calm(rules_alone(rest), rest)


def test_kept_alive_by_someone_said_in_scots_or_by_the_way(rules_alone):
    """Kept alive only by someone ("if it wasnae for the weans ah'd be gone by now"): Scots
    "wasnae", "ah'd", "intae", "aff" and "the dug" read as English says them, and the life
    that would have ended said by the way it would have been done ("I'd have walked into
    the sea"). A dog that gets one out of the house, or a chance jumped at, stays calm."""
    messages = (
        "if it wisnae for the weans ah'd be gone by now",
        "if it wasn't for the dog I'd have walked into the sea by now",
        "If not for my children I would have thrown myself under a train",
        "see if it wasnae for the bairns ah'd have walked intae the river by now",
    )
    assert_each_warns(rules_alone, messages, "distress")
    assert_each_calm(rules_alone, (
        "if it wasn't for the dog I'd have jumped at the chance of early "
        "retirement", "if it wasn't for the dog I'd never get out of the house"))


def test_a_day_ahead_one_cannot_see_oneself_living_to(rules_alone):
    """A day ahead the writer cannot see themselves living to ("can't see myself making it
    to Christmas", "don't think I'll live to see next year"): a future they will not be
    alive in. An event or a flare-free stretch one may not get to stays calm."""
    messages = (
        "honestly can't see myself seeing my next birthday, not like this",
        "I can't see myself lasting till Easter with this pain",
        "dont think ill live to see next year tbh",
    )
    assert_each_warns(rules_alone, messages, "distress")
    assert_each_calm(rules_alone, (
        "I don't think I'll make it to the gym this week with this back",
        "don't think I'll last till Christmas without a flare, how do I prevent "
        "one?", "I don't think I'll see the physio before Christmas"))


def test_knocked_down_by_a_beast_is_an_injury(rules_alone):
    """Rolled, butted or flattened by a beast ("got rolled by a bull", "a ewe butted me in
    the lower back"), then sciatica: pain after an injury. Butting needs the back named
    (misses53): a toddler's headbutt and a goat's butt at the leg, a bruise and no bother,
    stay calm."""
    messages = (
        "a ewe butted me in the lower back on Monday and since then pain down my leg",
        "flattened by a heifer at the crush last week, now my back and leg are killing me",
        "the tup butted me into the hurdle on Friday, my back's been bad since and sciatica "
        "down my left leg",
    )
    assert_each_warns(rules_alone, messages, "serious-illness-signs")
    assert_each_calm(rules_alone, (
        "my little one headbutted me at breakfast and my back aches",
        "the billy goat butted me on the shin, a bruise but no bother"))


def test_a_weakness_said_to_grow_by_its_comparative(rules_alone):
    """A leg or a foot said to grow weaker by its comparative ("getting floppier", "more
    wobbly every day"): weakness that grows. Knees always wobbly, no change, stay calm."""
    messages = (
        "my left foot is getting floppier by the day, sciatica 3 weeks",
        "right leg more wobbly every day this week",
    )
    assert_each_warns(rules_alone, messages, "progressive-weakness")
    assert_each_calm(rules_alone, (
        "my knees have always been wobbly, no change, sciatica 2 weeks",
        "my new slippers are floppier than the old ones, nice for my sore back"))
