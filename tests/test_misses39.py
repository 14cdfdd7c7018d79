"""Issue 7, stop 39 (misses39): landing misses38's patches on move39's refit, and the misses
of the cyclists' set and stop 38's held-out sets. Wordings are the author's own, never copied
from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_mine_after_a_question_of_a_cause_is_the_condition(ask):
    """"Mine started" after "can you get sciatica from X?" tells when the sciatica started,
    never that X (here weight lost fast) is the writer's; "mine went" after a question about
    legs giving way still reports the writer's own legs."""
    cause = ("Could dropping weight fast bring on sciatica? Mine started a month after I "
             "began the jabs")
    toddler = "Can you get sciatica from carrying a toddler? Mine started the week she walked"
    legs = "Does sciatica ever make your legs give way? Mine went twice on the stairs this morning"
    assert_calm(ask(cause), cause)
    assert_calm(ask(toddler), toddler)
    assert_the_rules_warn(ask(legs), legs, "progressive-weakness")
