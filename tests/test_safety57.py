"""Issue 7, stop 57 (safety57): safety56's count of a medicine narrowed to an act told as
done. Wordings are the author's own (UK, US, Indian, Nigerian, Australian English;
text-speak)."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns, assert_no_warning_of


def test_a_count_of_a_medicine_warns_only_as_an_act_done(rules_alone):
    """Cause: `measured` read any count of ten or more before a medicine's name as tablets
    taken at once, whatever the verb. Kind: the count told after an act of taking told as
    done (took, swallowed, popped, downed, had, "have taken", "tuk"; `took_done`,
    `had_done` read as written) warns; a habit, a script, a pack bought or kept, a limit or
    a question stays calm."""
    warn = ("took 20 paracetamol this morning",
            "I have taken 25 tramadol sir, please help",
            "i tuk 20 paracetamol 2day",
            "popped about 30 pills an hour ago",
            "downed 12 naproxen with a bottle of wine",
            "had 20 ibuprofen last night and feel sick",
            "took a pack of 16 paracetamol",
            "I've took 18 co codamol",
            "necked 15 co-codamol")
    calm = ("I take 12 naproxen a day",
            "the box says no more than 10 paracetamol",
            "can I take 12 ibuprofen a day?",
            "my script is 30 tramadol a month",
            "bought 32 paracetamol at the chemist",
            "had 12 naproxen left in the drawer",
            "took 12 paracetamol over the weekend")
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, calm)


def test_at_once_is_together_never_formerly(rules_alone):
    """Cause: the `earlier` rule's "once" read "at once" (together, straight away) as
    formerly, so a count taken at once became a note. Kind: "at once" is a pseudo phrase; a
    fit had "once" long ago is still earlier (dropped), never a warning."""
    warn = ("popped 12 naproxen at once",
            "necked 20 co-codamol all at once last night",
            "mate I swallowed 30 pills at once")
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_warns(rules_alone, ("both my legs went numb at once this morning",),
                      "cauda-equina")
    assert_each_calm(rules_alone, ("had a fit once years ago",))


def test_hurting_oneself_with_a_blade_is_self_harm(rules_alone):
    """Cause: a blade or razor was no means of self-harm beside "hurt myself" (harm_why held
    a lighter and cigarettes only). Kind: hurting or harming oneself with a razor or blade
    warns; hurting oneself shaving stays calm."""
    warn = ("I hurt myself again with a razor",
            "been harming myself with blades since the op",
            "I am hurting myself with razor blade only",
            "i harm myself wit a blade")
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, ("I hurt myself shaving this morning",))


def test_no_reason_for_the_writer_to_be_here(rules_alone):
    """Cause: "no reason to be alive" was read, "no reason for me to be here" not. Kind: no
    reason for the writer to be here, still be here or exist warns; a reason to be at a
    place asked about stays calm."""
    warn = ("there's no reason for me to be here anymore",
            "honestly no reason for me to still be here",
            "I feel there is no reason to exist")
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, ("is there any reason to be here at 8am for my physio?",))


def test_an_activity_not_wished_for_is_no_life_stopped(rules_alone):
    """Cause: `quit_word` "anymore" beside a daily activity read a wish gone as a life
    stopped by the pain (persistent-pain). Kind: not feeling like, not fancying or not
    being bothered to do an activity is calm; an activity one cannot do any more, or given
    up for the pain, still warns."""
    calm = ("I don't feel like going to the gym anymore",
            "can't be bothered cooking anymore tbh",
            "dont fancy going to the pub anymore")
    for message in calm:
        assert_no_warning_of(rules_alone(message), message, "persistent-pain")
    assert_each_warns(rules_alone, ("I can't walk to the shop anymore, my legs give way",),
                      "persistent-pain")


def test_a_reading_number_is_no_count_of_tablets(rules_alone):
    """Cause: a reading's number with a medicine named after it ("had a temp of 38 calpol
    given") was read as a count taken after "had". Kind: a number right after a reading (a
    temperature, a fever, a BP, a score, a level) is no count of tablets; a count had or
    taken still warns."""
    calm = ("my 3 yr old had a temperature of 39 calpol given and she's asleep",
            "my son had a fever of 39 paracetamol didn't help")
    for message in calm:
        assert_no_warning_of(rules_alone(message), message, "general-emergency")
    assert_each_warns(rules_alone, ("had 20 ibuprofen last night",
                                    "took 20 paracetamol this morning"), "general-emergency")
