"""Issue 7, stop 54 (alarms54): false alarms on a sign that is not the writer's own now: a
sign's name or its test asked about, a sign as a figure of speech (a manner of playing, a
show that "went down like a lead balloon", a game's collapse, a journey's legs), a crisis
long past, CPR as a skill, a "wee accident" with a car. Found in stop 54's development sets
(stage crews, bikers, field researchers, pub-league players) and stop 53's held-out sets.
Wordings are the author's own, from several speakers, never copied from a set; each calm
rule's test names the real sign of the same shape that must still warn beside it."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns


def test_a_signs_name_asked_about_is_no_report(rules_alone):
    """Why a sign is called what it is, or where its name comes from, asked (triage.yaml
    context.rules `asked`, the name's question before or after the sign): the word asked
    of, none told. The same question beside the writer's own sign now still warns."""
    assert_each_calm(rules_alone, (
        "Why do they call it saddle numbness? Is it from horse riding? Just wondering, all "
        "fine down below for me",
        "why is it called foot drop, my physio keeps saying the word. my foot is fine, just "
        "nosy",
        "Sir, saddle anaesthesia, why it is called like that? I am only reading about "
        "sciatica"))
    assert_each_warns(rules_alone, (
        "why is it called saddle numbness? mine started this morning",
        "Why do they call it saddle anaesthesia? I can't feel my bum since last night"),
        "cauda-equina")


def test_a_sign_looked_for_by_a_check_is_not_found(rules_alone):
    """Anyone's part checked for a sign ("check your bum for numbness"), and a sign named
    as its test ("the saddle numbness test"), tell of the test, not of a sign found
    (context.rules `hypothetical`). A check that found the sign, or a test failed, warns."""
    assert_each_calm(rules_alone, (
        "do the doctors really check your bum for numbness if you go in with your back?",
        "the nurse did the saddle numbness test on me yesterday, all normal, sent home with "
        "co-codamol"))
    assert_each_warns(rules_alone, (
        "they checked my bum for numbness and it is numb on the left side",
        "failed the saddle numbness test at A&E, the doctor found a patch"), "cauda-equina")


def test_a_sign_as_how_one_plays_is_a_figure(rules_alone):
    """A sign said as the manner of playing or performing ("bowling like I've got no legs",
    "batting like I'm paralysed from the waist down") is a likeness for doing it badly
    (context.rules `figurative`). How a part feels ("feels like I'm numb") and a sign told
    as going on since a time still warn."""
    assert_each_calm(rules_alone, (
        "I'm bowling like I've got no legs this season, the sciatica in my right side is "
        "just a niggle though",
        "Mate I'm batting like I'm paralysed from the waist down, form is shocking. Any "
        "stretches for a stiff lower back?",
        "Playing like I've had a stroke lads, lost every frame. back's alright"))
    assert_each_warns(rules_alone, (
        "it feels like I'm numb from the waist down since this morning",
        "I'm playing like rubbish because I'm numb from the waist down since yesterday"),
        "cauda-equina")


def test_the_legs_of_a_journey_are_stages(rules_alone):
    """The legs of a trip, a flight or a tie ("both legs of the journey") are its stages
    (context.pseudo), no one's legs. Both legs of the writer's own gone numb warn."""
    assert_each_calm(rules_alone, (
        "Both legs of the journey were 6 hours, Lagos to Abuja and back, now my lower back "
        "is paining me",
        "the two legs of the flight were long and my sciatica flared on the right side",
        "we drove both legs of the road trip ourselves, back's a bit stiff, left side"))
    assert_each_warns(rules_alone, (
        "both legs of the flight my legs went numb and they're still numb now",),
        "cauda-equina")


def test_a_thing_badly_received_or_a_games_collapse_is_no_collapse(rules_alone):
    """A joke or a plan that "went down like a lead balloon" (or a cup of cold sick), and a
    side's or a game's collapse ("batting collapse", "collapse in the last end"), are
    idioms (context.idioms): no one went down. A person who went down "like a sack of
    potatoes", or had a collapse and is not breathing, is an emergency."""
    assert_each_calm(rules_alone, (
        "Told my joke at the wedding and it went down like a lead balloon. Sciatica's "
        "grumbling too, any tips?",
        "the new rota went down like a cup of cold sick with the crew, anyway my back's sore",
        "We had a batting collapse on Saturday, all out for 60. Back's been stiff on the "
        "left since the nets",
        "Total collapse in the last end, lost the match. My sciatica is just the usual ache "
        "though"))
    assert_each_warns(rules_alone, (
        "my grandad went down like a sack of potatoes in the garden and he's not answering me",
        "he had a total collapse at the bar and isn't breathing properly"), "general-emergency")


def test_the_writers_life_stage_then_keeps_a_long_gone_time(rules_alone):
    """The writer's life stage set off beside a time long gone ("Years ago, as a young lad,
    I ...") lets the time reach past it (context.rules `historical`, `needs` a past time):
    a crisis long over. The same life stage said of now, or a crisis back now, warns."""
    assert_each_calm(rules_alone, (
        "Years ago, as a young lad on the rigs, I thought about ending it. Got help and I'm "
        "well now. Does amitriptyline help sciatica?",
        "Thirty years back, as a student nurse, I took an overdose. Long behind me. My "
        "question is about my back"))
    assert_each_warns(rules_alone, (
        "as a student I keep thinking about ending it",
        "Years ago, as a student, I tried to end it, and now I'm thinking about ending it "
        "again"), "distress")


def test_cpr_asked_of_as_a_skill_is_no_collapse(rules_alone):
    """Giving CPR asked of as a skill one may need or has learnt ("is it safe to do CPR
    with my back if I ever have to?", "a CPR course") is supposed (context.rules
    `hypothetical`, only unresponsive). CPR being given now warns."""
    assert_each_calm(rules_alone, (
        "is it safe to do CPR with my bad back if I ever have to?",
        "We did a CPR course at work, will I be able to do compressions with sciatica?"))
    assert_each_warns(rules_alone, (
        "my husband collapsed and I'm doing CPR now, ambulance on the way",
        "I'm doing CPR on my dad right now"), "general-emergency")


def test_a_wee_accident_with_a_vehicle_is_a_knock(rules_alone):
    """A "wee accident" (Scots: a small one) told as a bump with a vehicle ("reversing the
    car into a post, nobody hurt") is a knock, no wetting (context.rules `explained`); and
    a knock that hurt nothing "but my pride" hurt no one (`resolved`). A wee accident told
    with wet clothes or not felt warns."""
    assert_each_calm(rules_alone, (
        "Wee accident reversing the car into a post yesterday, nobody hurt. Back still sore "
        "from the weekend",
        "had a wee accident, reversed into a bollard, no one hurt except my pride."))
    assert_each_warns(rules_alone, (
        "I had a wee accident in the car on the way home, soaked my trousers and didn't feel "
        "it coming",
        "had a wee accident reversing, wet myself and didn't feel it"), "cauda-equina")


def test_a_sign_named_by_a_form_or_a_briefing_is_no_report(rules_alone):
    """A form, a briefing, or a written rule that names a sign ("a form saying I've
    had no bladder problems", "the induction booklet says numbness down below = A&E") names
    it, tells none (context.rules `asked`, the sources' terms). The writer's own sign told
    after the source, now, warns."""
    assert_each_calm(rules_alone, (
        "My insurance wants a form saying I've had no bladder or bowel problems, which is "
        "true. Sciatica 3 weeks, can I fly?",
        "The induction booklet says numbness down below = go to A&E, bit dramatic no?"))
    assert_each_warns(rules_alone, (
        "the toolbox talk said loss of bladder control is an emergency, and now I've wet "
        "myself twice today",
        "the form asked about numbness and I ticked yes because my bum has been numb since "
        "Monday"), "cauda-equina")


def test_kit_moves_and_a_fit_person_named_by_a_signs_words_are_no_sign(rules_alone):
    """Part 2: a caver's or an angler's "tackle bags", a gym's "hanging leg raises", a
    climber's "drop knees", skin that cracks ("my hands crack to bits") and "fit" of a
    person in good shape ("a fit hillwalker") are kit, moves, skin and health
    (context.pseudo): no tackle taken, no leg that fails, no bottom's crack, no seizure. A
    fit had, a bottom's crack gone numb, warn."""
    assert_each_calm(rules_alone, (
        "Dragging tackle bags through the cave all weekend, any stretches for after?",
        "Are hanging leg raises ok for my core with sciatica?",
        "my hands crack to bits on the allotment in winter, anything for that?",
        "Is a 20 mile hike doable for a fit walker with mild sciatica?"))
    assert_each_warns(rules_alone, (
        "had a fit on the hill today, first one ever, back hurts",), "general-emergency")
    assert_each_warns(rules_alone, (
        "my bum crack feels numb and cold since yesterday",), "cauda-equina")


def test_degrees_of_the_air_or_a_slope_are_no_fever(rules_alone):
    """Part 2: degrees named right before what they measure, the air's heat or a slope's
    angle ("40 degree heat", "a 40 degree overhang", "a 30 degree slope"), are no fever
    (context.rules `explained`, backward one word). A temperature of 39 degrees, or 40
    with shivers, warns."""
    assert_each_calm(rules_alone, (
        "we're doing the pilgrimage walk in 38 degree heat, how do I protect my back?",
        "Building a climbing wall at home with a 40 degree overhang, any back tips for the "
        "build?",
        "is a 30 degree slope ok to walk up with sciatica"))
    assert_each_warns(rules_alone, (
        "I've got a 39 degree temperature and my back is killing me",
        "temp of 40 degrees and shivering, back agony"), "serious-illness-signs")
