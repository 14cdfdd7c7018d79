"""Issue 7, stop 55 (alarms55): false alarms on a sign that is not the writer's own now (a
sign's name asked about, figurative, someone else's, a thing's, long past). Part 1 lands
alarms54's patch with its kit-and-moves rule narrowed to an exercise's whole name. Wordings
are the author's own, from several speakers, never copied from a set; each calm rule's test
names the real sign of the same shape that must still warn beside it."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns


def test_a_named_raise_exercise_is_no_sign_but_a_raise_that_fails_warns(rules_alone):
    """A gym's raise is a move only by its exercise's whole name ("hanging leg raises",
    "lying leg raises": context.pseudo); a bare "leg raises" is not, since "leg" stands for
    the calf too and a calf raise (voice to text: "cough raises") or a straight leg raise
    that will not go up is the strength test failed: it warns."""
    assert_each_calm(rules_alone, (
        "Sir, I am doing hanging leg raises for abs, is it safe in L5 S1 disc bulge?",
        "reckon lying leg raises are ok for the core with a dodgy back?",
        "should I drop hanging leg raises from my ab routine with sciatica"))
    assert_each_warns(rules_alone, (
        "went to do my cough raises and the left one would not lift at all",
        "done my calve raises and the right side just wont go up no more",
        "tried ma calf raises the day and the left side would not go up",
        "Please I was doing my leg raise exercise and my right leg refused to lift, it is "
        "worse since Monday",
        "physio had me do a straight leg raise and the left just would not lift, gets weaker "
        "every day",
        "did my hanging leg raises and the right leg would not come up at all, getting "
        "weaker"), "progressive-weakness")


def test_a_shoes_sole_told_broken_is_what_slaps(rules_alone):
    """Part 2: a shoe's or a boot's sole told broken a few words after it, whatever stands
    between ("the sole of my boot was flapping", "the sole's half peeled off"), is what
    slaps or catches (context.rules `explained`, `followed_by`): the footwear's, no foot
    drop. The sole of a foot, a slap in other shoes too, or one weak or worse, warns."""
    assert_each_calm(rules_alone, (
        "my right shoe has been slapping all week, the sole of my trainer came away at the toe",
        "Thought my foot was flopping about but the sole of me boot was hanging off, sorted "
        "with superglue",
        "sir my left chappal is slapping on the floor, the sole is coming unstuck from the "
        "front"))
    assert_each_warns(rules_alone, (
        "the sole of my foot slaps the floor when I walk and my toes catch, right side",
        "my foot slaps on the floor even in my other shoes, the sole of my boot is fine",
        "the sole of my right boot is flapping but my foot drags on the left too, both worse"),
        "progressive-weakness")


def test_fright_said_as_soiling_a_stroke_or_a_fit_is_no_sign(rules_alone):
    """Part 2: fright said as soiling with a word of degree right before it ("I absolutely
    shat myself", "properly crapped meself"), or as a stroke or a fit nearly had at what
    happened ("nearly had a stroke when the dog slipped his lead"): figures, no bowel let go
    and no stroke (context.rules `figurative`, context.idioms). Soiling in bed or not felt,
    and a stroke nearly had with its own signs, warn."""
    assert_each_calm(rules_alone, (
        "first bungee today, I absolutely shat myself lol, back survived",
        "properly crapped meself on the first drop of the rollercoaster haha",
        "nearly had a stroke when the lad walked out in front of the van, back's still sore",
        "honestly almost had a fit when I saw the quote for the physio"))
    assert_each_warns(rules_alone, (
        "I completely shat myself in bed last night and never felt it coming",
        "totally shat myself at work today, didn't even feel it happen"), "cauda-equina")
    assert_each_warns(rules_alone, (
        "I think I nearly had a stroke this morning, my face went droopy and my words came "
        "out wrong",), "general-emergency")


def test_choking_on_what_was_to_be_performed_is_no_choking(rules_alone):
    """Part 2: choking "on" what was to be performed, the question, the putt or the lines
    ("choked on the last question", "choked on my lines"), is the nerve lost (context.rules
    `figurative`, `followed_by`): no airway. Choking on food or with breath short warns."""
    assert_each_calm(rules_alone, (
        "i choked on the last question in the quiz, total brain freeze",
        "Sir, I choked on the viva question, my mind went blank, very ashamed",
        "choked on my lines in the school play, he was mortified"))
    assert_each_warns(rules_alone, (
        "choked on the last bite of my sandwich and couldn't breathe, my wife did back blows",
        "i choked on the final bite of my steak and couldn't breathe for a minute",
        "choked on a fishbone at dinner and couldn't get my breath for a minute"),
        "general-emergency")


def test_a_signs_measure_or_a_safety_net_asked_of_is_no_report(rules_alone):
    """Part 2: a sign's measure asked in general ("how much weight loss is 'unexplained'?"),
    and a safety net that only supposes a sign there ("if there is any problem passing
    urine, come in at once"), tell of nothing had (context.rules `asked`, generic;
    `hypothetical`). The writer's own loss, or the sign there since a day, warns."""
    assert_each_calm(rules_alone, (
        "how many kilos is unexplained weight loss, asking for my exam",
        "the GP told me if there is any problem passing urine then come immediately",
        "Doctor said if there's any numbness down below I should ring 111 straight away"))
    assert_each_warns(rules_alone, (
        "how much weight have I lost, 2 stone since July without trying",
        "how much weight loss is a worry? I've dropped a stone in a month without trying"),
        "serious-illness-signs")
    assert_each_warns(rules_alone, (
        "if there is any numbness in my bum it started this morning, can't feel the toilet "
        "paper",), "cauda-equina")


def test_an_item_of_a_checklist_denied_by_never_is_denied(rules_alone):
    """Part 2: an item of a checklist that ends with "never" ("cancer, never.") is denied,
    as "no" denies it (context.rules `negated`, `ends`). A cancer
    had years ago, told so, warns."""
    assert_each_calm(rules_alone, (
        "fever - no, weight loss - no, cancer, never. just the leg pain",))
    assert_each_warns(rules_alone, (
        "had breast cancer in 2019, never got over the fear. back pain now",),
        "serious-illness-signs")


def test_a_foot_thought_to_drag_found_a_limp_is_no_sign(rules_alone):
    """Part 2: a foot thought to drag, found to be a limp from the pain or walking normally
    again (context.rules `negated`, `needs`), is no foot drop; one thought to drag that now
    does, worse, warns."""
    assert_each_calm(rules_alone, (
        "I thought my foot was dragging but the physio said I was just limping with the "
        "pain, walking normally now",))
    assert_each_warns(rules_alone, (
        "I thought my foot was dragging and now it definitely is, catches on every step, "
        "getting worse",), "progressive-weakness")


def test_the_machines_of_computing_are_things(rules_alone):
    """Part 2: a cluster, a server or a database that goes down or dies is a thing
    (people.things): no one collapsed. The writer collapsed beside it warns."""
    assert_each_calm(rules_alone, (
        "the cluster went down at 3am and I had to crawl under the floor, right leg sore",))
    assert_each_warns(rules_alone, (
        "our cluster died at 2am and so did I, collapsed on the floor of the data centre and "
        "came round ten minutes later",), "general-emergency")
