"""Issue 7, stop 57 (safety57): safety56's count of a medicine narrowed to an act told as
done. Wordings are the author's own (UK, US, Indian, Nigerian, Australian English;
text-speak)."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns


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
