"""Issue 7, stop 38 (misses38): kinds of signs the rules still missed on stop 38's development
sets (people in prison, on probation or just released; yoga, pilates and massage people).
The bowel's urge felt too late to reach the toilet, and soiling said in its "-ing" form
(soiling said of a fright about a thing ahead stays fear); a leg that went weak and brought
one to the floor; hurt by people (restraint, a beating) as trauma; a vehicle that struck the
rider as its subject; a ligature threatened under a condition on the pain, with "don't" for
"doesn't"; not wanting to go on breathing; watch kept for suicide named beside the thoughts
said back; a course told by pain scores out of ten alone. Each catch sits beside the same
words with nothing wrong. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_the_bowels_urge_felt_too_late(ask):
    """Needing a poo and reaching the toilet too late is a bowel not held; one that always
    gets there in time, and "too late" of a treatment, are not."""
    late = ("most mornings I need a poo and by the time I get there it's already too late, "
            "started this week")
    in_time = "need a poo urgently after coffee but I always get there in time"
    assert_the_rules_warn(ask(late), late, "cauda-equina")
    assert_calm(ask(in_time), in_time)


def test_soiling_in_its_ing_form_and_the_fright(ask):
    """"Shitting myself" with no warning is soiling; "shitting myself about" a thing ahead is
    fear, as soiling oneself at a fright already was."""
    soiled = "been shitting myself with no warning at all since Friday, sciatica both sides"
    scared = "I'm shitting myself about the nerve root injection next week"
    op = "honestly shitting myself about it, the surgeon wants to operate"
    assert_the_rules_warn(ask(soiled), soiled, "cauda-equina")
    assert_calm(ask(scared), scared)
    assert_calm(ask(op), op)


def test_a_leg_that_went_weak_and_brought_one_down(ask):
    """A leg that went weak and left one on the floor is a leg giving way; legs that went
    weak at a shock, with no fall, are an idiom."""
    floor = "my left leg just went weak getting out of the car and I ended up on the floor"
    bill = "my legs went weak when I saw the bill, back's fine though"
    assert_the_rules_warn(ask(floor), floor, "progressive-weakness")
    assert_calm(ask(bill), bill)


def test_hurt_by_people_is_trauma(ask):
    """Restrained, pinned or beaten: a blow to the back, as a fall is (NICE CKS: trauma). A
    chair named for restraint is no blow."""
    restrained = ("got restrained by three officers last night and landed on my back, now "
                  "shooting pain down my leg")
    chair = "the restraint chair at the dentist hurts my back"
    assert_the_rules_warn(ask(restrained), restrained, "serious-illness-signs")
    assert_calm(ask(chair), chair)


def test_a_vehicle_that_struck_the_rider(ask):
    """A vehicle that clipped the writer is a road crash; one that clipped a wing mirror is
    a car's."""
    rider = ("a van clipped me on my scooter twenty minutes ago, I'm on the kerb and my back "
             "is screaming")
    mirror = "a van clipped my wing mirror this morning and I jarred my back swerving a bit"
    assert_the_rules_warn(ask(rider), rider, "general-emergency")
    assert_calm(ask(mirror), mirror)


def test_a_ligature_threatened_on_the_pain(ask):
    """A threat put on the pain with "don't" for "doesn't", its means a ligature; the same
    condition with a visit to the GP, and a sheet tied as a brace, are calm."""
    threat = "if the pain dont go away im going to string myself up"
    brace = "I tied a sheet round my waist as a brace and it helped my back"
    assert_the_rules_warn(ask(threat), threat, "distress")
    assert_calm(ask(brace), brace)


def test_a_visit_to_the_gp_on_the_same_condition(ask):
    """The same condition on the pain with a visit to the GP is calm (the learned reader
    warns on it since move39's refit: LEARNED_ALARMS)."""
    gp = "if the pain dont go away im going to ring the GP again"
    assert_calm(ask(gp), gp)


def test_not_wanting_to_go_on_breathing(ask):
    """Not wanting to keep breathing is not wanting to live; breathing through a stretch is
    the stretch."""
    wish = "some days I don't want to keep breathing, the pain is that bad"
    stretch = "I want to keep breathing through the stretch, is that right?"
    assert_the_rules_warn(ask(wish), wish, "distress")
    assert_calm(ask(stretch), stretch)


def test_watch_for_suicide_named_beside_the_thoughts_back(ask):
    """Watch kept for suicide named (suicide watch, a prison's ACCT) beside the thoughts said
    to be back is the crisis; the crisis team checking in on one who is better is not."""
    back = "they took me off suicide watch on Monday and the thoughts have come back"
    better = "the crisis team rang to check in, I'm doing better, no thoughts like that"
    assert_the_rules_warn(ask(back), back, "distress")
    assert_calm(ask(better), better)


def test_a_course_told_by_scores_alone(ask):
    """Scores out of ten rising over months, with no word of pain, are the pain's course;
    falling scores, and someone else's scores, are not the writer's pain getting worse."""
    rising = "it was a 4 out of 10 back in August, now it's an 8 most days"
    falling = "it was 9/10 in September, now it's a 3 most days"
    son = "my son's was a 4 out of 10 in August, now an 8"
    assert_the_rules_warn(ask(rising), rising, "persistent-pain")
    assert_calm(ask(falling), falling)
    assert_calm(ask(son), son)


def test_little_out_when_getting_up_to_go(ask):
    """Second part (stop 37's held-out sets, cauda equina first): getting up "to go", the
    toilet left unsaid, with nothing or hardly any coming is urine that will not come;
    getting up to go to work, or getting up at night with all of it coming out fine, is not."""
    nothing = "my husband keeps getting up to go in the night but nothing comes out, back's bad"
    hardly = "went for a wee this morning and hardly any came out, still feel full, back's agony"
    fine = "my husband gets up to go two or three times a night, it all comes out fine"
    work = "I get up to go to work at 5 and nothing helps the back"
    assert_the_rules_warn(ask(nothing), nothing, "cauda-equina")
    assert_the_rules_warn(ask(hardly), hardly, "cauda-equina")
    assert_calm(ask(fine), fine)
    assert_calm(ask(work), work)


def test_wiping_through_a_glove_and_mine_after_the_question(ask):
    """Wiping felt as if through a glove is the saddle numb; a glove worn to wipe a kitchen is
    not. "Mine has" after a question about a sign reports the writer's own; "mine does" of an
    ordinary ache stays an ache."""
    glove = "since Tuesday it's like I'm wiping my bum through gloves"
    kitchen = "I wear a rubber glove to wipe down the kitchen, it hurts my back to bend"
    mine = "Can a slipped disc make your privates go numb? Mine has since the weekend"
    ache = "Does sciatica make your leg ache at night? Mine does but only after gardening"
    assert_the_rules_warn(ask(glove), glove, "cauda-equina")
    assert_calm(ask(kitchen), kitchen)
    assert_the_rules_warn(ask(mine), mine, "cauda-equina")
    assert_calm(ask(ache), ache)
