"""Issue 7, stop 55 (left55): the kinds stop 54 noticed on main and left alone, by cause.
Wordings are the author's own, never copied from a set; each calm kind sits beside a sign
that must still warn."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_emergency, assert_each_without


def test_a_plain_no_denies_the_list_it_opens(rules_alone):
    """A plain "no" that opens a list of signs closed by "or"/"and" denies every item of it,
    past its commas ("no numbness, tingling or bladder problems"; context rule with `lists`,
    `opens`, `closed`). The list ends at "but", a full stop, someone named, a clause with a
    verb of its own (`list_clauses`) or a part said with its state (`list_states`: "bum
    numb"), and a "no" with a comma and no joiner may be a contrast: those signs warn."""
    calm = (
        "sciatica down my left leg, no numbness, pins and needles or bladder trouble",
        "Lower back agony since Tuesday. No fever, sweats or weight loss that I know of.",
        "nae fever, chills or sweats at night, just the sore back fae lifting",
        "back paining me since 2 weeks, no numb bum, weakness or bowel issues",
        "Back pain 3 weeks. No saddle numbness, leaking or trouble passing urine.",
        "No loss of bladder control, numb bum or weak legs, just stiff in the mornings",
    )
    warn = (
        "no pain as such, but numbness down there since this morning",
        "no fever, I can't pee since last night",
        "no pain, bum numb or tingly since the weekend",
        "no fever, lost control of my bladder and bowels this morning",
        "no pain now, legs weak and wobbly since yesterday",
        "no fever, chills or sweats, but I wet myself this morning without noticing",
        "No rash, cough or cold. My bum has gone numb.",
        "no pain, numb between my legs",
    )
    assert_each_calm(rules_alone, calm)
    assert_each_emergency(rules_alone, warn)


def test_an_overdose_said_as_od(rules_alone):
    """An overdose said as "OD" ("I OD'd last night", "took an OD") is one (`overdose_taken`
    terms; "ODed" is read "odd", so only after "I"). Said long past it stays history."""
    warn = (
        "I OD'd last night",
        "od'd on paracetamol yesterday but honestly I'm grand now",
        "took an OD last night but I'm fine now",
    )
    calm = ("I took an overdose when I was 19, I'm in a good place now. Sciatica tips?",)
    assert_each_emergency(rules_alone, warn)
    assert_each_without(rules_alone, calm, "general-emergency")


def test_a_question_about_peeing_then_the_writers_own_cant_go(rules_alone):
    """A question about a sign's place asked in general ("can sciatica stop you peeing?"),
    then in the next sentence the writer's own sign word read with it in one clause
    (`in_clause`: "can't go since last night", `go_fail`), is the writer's own retention
    (`_echoed`). A "can't" of something else ("can't sleep") echoes nothing."""
    warn = (
        "can sciatica stop you peeing? I can't go since last night",
        "can a slipped disc stop you having a wee? still can't go, been trying since lunch",
    )
    calm = (
        "can sciatica affect your bladder? I can't sleep since last night",
        "can sciatica stop you peeing? asking as my mate says so",
    )
    assert_each_emergency(rules_alone, warn)
    assert_each_calm(rules_alone, calm)
