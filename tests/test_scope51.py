"""Issue 8, stop 51 (scope51): false alarms of the question sets of stop 51 (jockeys and grooms;
plumbers, electricians and heating engineers; fishermen, dockers and seafarers), each read
by what its word is said of: a machine, a material, the weather, a vehicle, a likeness.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_each_calm, assert_emergency, assert_the_rules_warn


def test_heating_and_ship_parts_that_leak_or_run_hot_are_things(rules_alone):
    """A fitter's heating parts (a combi, a cylinder, a valve) and a ship's hull, bulkhead or
    main engine leak, lose pressure or run hot as things do (`people.things`): no bladder,
    no fever. A person's own leak of wee, and their own temperature, still warn."""
    calm = ("my combi drops pressure every few days, is it leaking somewhere inside?",
            "best sealant for a leak in the hull near the keel?",
            "the main engine has been running hot since we left port",
            "the hot water cylinder is leaking onto the floor")
    assert_each_calm(rules_alone, calm)
    wee = "since this morning I keep leaking wee without feeling it"
    fever = "I'm running hot, temperature of 39 and shivering, and my back is agony"
    assert_the_rules_warn(rules_alone(wee), wee, "cauda-equina")
    assert_the_rules_warn(rules_alone(fever), fever, "serious-illness-signs")


def test_a_leak_worked_on_is_a_trades_job(rules_alone):
    """A leak that is sealed, traced or gone out to on a call-out is a pipe's, a plumber's
    work: no bladder. A leak of one's own, said with wee or not felt, still warns."""
    calm = ("called out to an emergency burst pipe leak before breakfast, back was sore after",
            "spent the whole afternoon tracing a leak under the floorboards",
            "had to go out for an emergency leak at 5am, can I skip my stretches?")
    assert_each_calm(rules_alone, calm)
    own = "I had a leak in my pants at work and didn't feel it happen"
    assert_the_rules_warn(rules_alone(own), own, "cauda-equina")


def test_the_weathers_heat_one_goes_out_in_is_no_fever(rules_alone):
    """The day's heat asked of as air one works or rides in ("too hot to work out in") is the
    weather, no fever. A temperature of one's own, with a thermometer or shivers, warns."""
    calm = ("is 37 degrees too much heat to be working out in all day?",
            "are 39 degrees too hot to go out in with a bad back?")
    assert_each_calm(rules_alone, calm)
    own = "my temperature is 38.5 and I'm shivering, is it too hot to go out in?"
    assert_the_rules_warn(rules_alone(own), own, "serious-illness-signs")


def test_a_burn_felt_as_if_a_hot_thing_were_touched_is_a_likeness(rules_alone):
    """A leg that burns "like I'd touched" or "as if I'd sat on" a hot thing tells how the
    nerve pain feels: no burn on the skin. A leg really burnt, blistered or scalded, is a burn
    and an emergency."""
    calm = ("my whole leg burns like I'd leant against the oven door",
            "the whole thigh burns as if I'd sat on a hot plate, is that the nerve?")
    assert_each_calm(rules_alone, calm)
    burnt = "I burnt my whole leg on the motorbike exhaust and it's blistered"
    assert_emergency(rules_alone(burnt), burnt)


def test_a_high_sided_vehicle_is_a_kind_of_vehicle(rules_alone):
    """"High-sided" before a van or a lorry names its kind (the bridges that close to them in
    wind), no motorbike high-sided in a crash. A bike that high-sided still warns."""
    calm = "are high-sided lorries allowed over the bridge in a gale?"
    assert_calm(rules_alone(calm), calm)
    crash = "I high-sided the bike on a bend this morning and my back is killing me"
    assert_emergency(rules_alone(crash), crash)


def test_time_off_the_horses_is_a_break_from_riding(rules_alone):
    """Time "off the horses", or staying off them, is a break from riding, no fall. A fall
    off a horse still warns."""
    calm = ("I've been off the ponies for three weeks with my sciatica, when can I ride again?",
            "should I stay off the horses till the leg pain settles?")
    assert_each_calm(rules_alone, calm)
    fall = "got thrown off a horse this morning and landed on my back"
    assert_emergency(rules_alone(fall), fall)


def test_wasting_to_make_a_weight_is_weight_cut_on_purpose(rules_alone):
    """A rider "wasting" to make a weight is cutting it on purpose, no muscle going. A calf or
    a leg wasting, weakness with it, still warns."""
    calm = ("been wasting hard in the sauna to ride at 9st 2 next week",
            "I'm wasting to make the weight for Saturday, does dieting affect sciatica?")
    assert_each_calm(rules_alone, calm)
    calf = "my calf is wasting and getting weaker, I'm down half a stone too"
    assert_the_rules_warn(rules_alone(calf), calf, "progressive-weakness")
