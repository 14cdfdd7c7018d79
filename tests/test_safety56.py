"""Issue 7, stop 56 (safety56): plain crisis messages the rules missed. Wordings are the
author's own (UK, US, Indian, Nigerian, Australian English; text-speak)."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns, assert_no_warning_of


def test_a_count_before_a_medicine_name_is_tablets_taken(rules_alone):
    """Ten or more of a medicine said by its name ("took 16 naproxen") is a count of tablets
    taken at once, as "16 of" or "16 tablets" is (`measured`, took_count). A normal dose, a
    pack bought and a dose in mg stay calm."""
    warn = ("swallowed 24 ibuprofen an hour ago",
            "i took 30 co-codamol last night",
            "necked 16 tramadol with vodka",
            "took 20 gabapentin earlier today",
            "i have taken 40 pregabalin since morning")
    calm = ("took 2 paracetamol for my back this morning",
            "i bought 32 paracetamol at the chemist",
            "i take 300 mg of pregabalin a day")
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, calm)


def test_cut_wrists_told_by_the_writer_is_self_harm(rules_alone):
    """Wrists cut or slit, or arms cut again and again, told by the writer, is self-harm by
    itself (harm_plain). A finger cut on onions or an arm grazed on a nail stays calm."""
    warn = ("slit my wrists on sunday",
            "cut up my arms again since the divorce",
            "cut me wrists in the bath last nite",
            "I slashed my wrist yesterday")
    calm = ("cut my finger chopping onions",
            "cut my arm on a rusty nail in the shed, do I need a tetanus jab?")
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_not_feeling_like_living_is_no_wish_to_live(rules_alone):
    """Not feeling like living (any more) is not wanting to live (self_harm). Not feeling
    like the gym any more stays calm."""
    warn = ("I do not feel like living again, sir",
            "dont feel like living nemore tbh",
            "honestly mate I just don't feel like being alive",
            "i no feel like living again")
    calm = ("I don't feel like going to the gym anymore",
            "dont feel like cooking tonight, back is sore")
    assert_each_warns(rules_alone, warn, "distress")
    # no distress; the gym given up still reads persistent-pain on main (not this cause)
    for message in calm:
        assert_no_warning_of(rules_alone(message), message, "distress")


def test_others_better_off_if_the_writer_died(rules_alone):
    """Others better off if the writer died, by illness or otherwise, is distress
    ([better_off_if, death_took]). An illness that took someone else, now grieved, stays
    calm."""
    warn = ("the kids would be better off if the tumour got me",
            "my wife will be better off when im gone",
            "everyone would be better off if i died")
    calm = ("the cancer took my dad, I'm better now",
            "my back is better off when I sleep on my side")
    assert_each_warns(rules_alone, warn, "distress")
    # no distress; a parent's cancer still reads serious-illness-signs on main (not this cause)
    for message in calm:
        assert_no_warning_of(rules_alone(message), message, "distress")
