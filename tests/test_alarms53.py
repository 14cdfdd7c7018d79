"""Issue 7, stop 53 (alarms53): false alarms on a sign that is someone else's (a club's
officer, a child's fit, a relative's old stroke) or only asked about (CPR practised, a
fever supposed), found in stop 53's development sets (care staff, runners, plant operators,
water sports) and stop 52's held-out sets. Wordings are the author's own, from several
speakers, never copied from a set; each calm rule's test names the real sign that must still
warn beside it."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns


def test_a_clubs_officers_and_crew_seats_are_someone_else(rules_alone):
    """The officers and seats of a club, a team or a crew named bare ("our skipper", "the
    cox", "club secretary") are another person (triage.yaml `people.others`): their illness
    is not the writer's. The writer who is the captain, and a captain's numb saddle told
    beside the writer's own, still warn."""
    assert_each_calm(rules_alone, (
        "our skipper's been off with a temperature all week. my lower back is stiff from "
        "covering his jobs, stretches?",
        "Club secretary has bowel cancer, we're all gutted. My back's sore from the "
        "fundraiser walk, any tips?",
        "the cox came down with flu, fever and shivers, so two of us sculled instead. now "
        "my sciatica's grumbling, can I still train?",
        "Team captain got diagnosed with cancer last month, we did a sponsored run for him. "
        "Me back has been tight since, what stretches?"))
    assert_each_warns(rules_alone, (
        "I'm the club captain and I've had a temperature and my back is agony since "
        "yesterday",), "serious-illness-signs")
    assert_each_warns(rules_alone, (
        "our captain and I both have sciatica, mine's gone numb between my legs since this "
        "morning",), "cauda-equina")


def test_someone_elses_fit_told_with_how_they_are_after_is_over(rules_alone):
    """Someone else's fit told in its sentence with how they are after it ("he's totally
    fine", "she's grand"), even past a "but", is over (triage.yaml context.rules
    `resolved`, only seizure). A fit still going, or one who has not come round, warns."""
    assert_each_calm(rules_alone, (
        "my son had a fit at nursery today, scary but he's grand, they sent him home with "
        "us. my lower back is killing me from carrying him",
        "one of the little ones in my class had a seizure this morning, frightening but "
        "she's absolutely fine now. can I do back stretches at my desk?",
        "Our neighbour's lad had a fit on the trampoline today, he's ok, his mum took him "
        "home. I've had sciatica 2 weeks, is walking good?"))
    assert_each_warns(rules_alone, (
        "my wife has epilepsy and is having another fit right now, it won't stop, my back "
        "is killing me",), "general-emergency")


def test_fits_kept_down_by_treatment_are_known(rules_alone):
    """Fits told with the condition named and kept down by treatment ("on tablets now and
    stable", "controlled with meds") are known and watched, not a call now (triage.yaml
    context.rules `explained`, only seizure). A fit going on now still warns."""
    assert_each_calm(rules_alone, (
        "my daughter has seizures, epilepsy, she's well controlled on tablets now. my back's "
        "sore from lifting her, stretches?",
        "me brother's been getting fits for years, controlled with meds these days. can I "
        "lift him with my bad back?",
        "My lad is 12, he was having fits, they said epilepsy, he's on meds now and stable. "
        "My sciatica is playing up with the stress, any tips?"))
    assert_each_warns(rules_alone, (
        "my wife has epilepsy and is having another fit right now, it won't stop, my back "
        "is killing me",), "general-emergency")


def test_a_stroke_dated_by_its_year_keeps_its_signs_then(rules_alone):
    """A stroke dated by a year before this one ("had a stroke in 2016"), told with its
    signs then in its sentence, is an old stroke's (`years` on the historical rule of a
    stroke told with its signs: a year triggers it as "last year" does). The face drooping
    again today still warns."""
    assert_each_calm(rules_alone, (
        "My gran had a stroke in 2016, her face drooped and everything, so now I worry "
        "about every tingle. My sciatica tingles in the left foot, that's the nerve isn't it?",
        "Dad had a stroke in 2011, his speech went funny for months. My back pain is just "
        "the usual, any stretches?"))
    assert_each_warns(rules_alone, (
        "My dad had a stroke in 2019, his speech went and his face drooped. Today his face "
        "has drooped again on the left and he can't lift his arm",), "general-emergency")


def test_a_stroke_named_as_what_a_lasting_sign_came_from_is_old(rules_alone):
    """A stroke named as the cause of what has lasted since ("ever since a stroke", "has
    had it for years since her stroke") is an old one (the stroke's own words reached by
    their trigger, `inside`). One dated this morning still warns."""
    assert_each_calm(rules_alone, (
        "my aunt's foot has dropped since a stroke in 2010, she trips on rugs. what "
        "exercises help?",
        "one of my clients has had a weak arm ever since a stroke, can he do the back "
        "stretches?",
        "Not for me but for a lady I care for, her left side is weak from a stroke years "
        "back. Safe stretches for her back?"))
    assert_each_warns(rules_alone, (
        "my mum can't get her words out since a stroke this morning, my back is sore from "
        "lifting her",), "general-emergency")


def test_chest_compressions_are_done_on_someone_else(rules_alone):
    """CPR's chest compressions are done on another's chest or a dummy's (triage.yaml
    `pseudo`): no chest pain of the writer's. Crushing pain in the writer's chest still
    warns."""
    assert_each_calm(rules_alone, (
        "first aid course today, 2 mins of chest compressions on the dummy and my arms are "
        "dead. is that bad for my back?",
        "we practised chest compression on a mannequin at work, my shoulders and arms ache "
        "now, sciatica is fine",
        "Lifeguard requal done, chest compressions for ages, arms like noodles. Back held "
        "up ok"))
    assert_each_warns(rules_alone, (
        "did chest compressions on my dad last week and now I've got a crushing pain in my "
        "chest going down my left arm",), "general-emergency")


def test_a_fever_supposed_by_a_condition_after_it_is_not_had(rules_alone):
    """A fever named and then supposed by a condition after it that stands for it ("if I
    got one", "if you catch it") is asked about, not had (triage.yaml context.rules
    `hypothetical`, backward). A temperature told of now still warns."""
    assert_each_calm(rules_alone, (
        "would a temperature slow down my recovery if I got one? everyone at the depot has "
        "the lurgy",
        "does the flu make sciatica pain worse if you catch it? asking as my kids are all "
        "poorly",
        "Would fever be a problem for the disc if I caught one, abeg? Malaria season dey "
        "come"))
    assert_each_warns(rules_alone, (
        "ive got a temperature since last night and my back is agony, will it get worse if "
        "i get it again?",), "serious-illness-signs")
