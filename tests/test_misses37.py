"""Issue 7, stop 37 (misses37): kinds of signs the rules still missed on stop 37's development
sets. A leg that is failing, told by what it fails to do, what one hears and what wears out
rather than by the word "weak": a knee that keeps going with the side said between and a fall,
one side's shoe that slaps, a limb thinner than its other side, a leg too weak that the arms
or a crawl must make up for, a limp put down to weakness and not the pain, one shoe worn at
the toe. Each catch sits beside the same words with nothing wrong.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_a_knee_that_keeps_going_with_a_fall(ask):
    """A knee that "keeps going" by itself, the side said between the knee and its verb, with
    a fall or one only just saved. A knee that clicks, a leg that keeps going to sleep as one
    sits, and a near fall on the ice with no knee going stay calm, and "nearly fell" is still
    no fall of its own."""
    right = "the knee on my right side kept going on the stairs, nearly ended up on the floor"
    fell = "my knee on the bad side keeps going, fell in the garden twice this week"
    clicks = "my left knee clicks on the stairs and I almost fell laughing at it"
    asleep = "my leg keeps going to sleep when I sit cross legged, nearly fell getting up"
    ice = "I nearly fell on the ice this morning, back is the usual ache"
    assert_the_rules_warn(ask(right), right, "progressive-weakness")
    assert_the_rules_warn(ask(fell), fell, "progressive-weakness")
    assert_calm(ask(clicks), clicks)
    assert_calm(ask(asleep), asleep)
    assert_calm(ask(ice), ice)


def test_one_sides_shoe_that_slaps(ask):
    """A shoe named by its side that slaps is one foot's (footwear slaps on both); a pair of
    flip flops that slap, or one with a broken strap, is the footwear's."""
    left = "my right trainer slaps the pavement every step now, the whole street can hear it"
    pair = "my flip flops slap on the tiles by the pool, such a satisfying noise"
    strap = "my left sandal slaps because the strap snapped, need new ones"
    assert_the_rules_warn(ask(left), left, "progressive-weakness")
    assert_calm(ask(pair), pair)
    assert_calm(ask(strap), strap)


def test_a_limb_thinner_than_its_other_side(ask):
    """A calf or thigh seen thinner than the other side, or its muscle said to be going, is
    wasting (NICE CKS). Always so, the strength said normal, thinner than it was after a diet,
    or someone else's legs compared, stay calm."""
    calf = "my right calf looks thinner than the left now, sciatica on that side since June"
    going = "the muscle on the back of my thigh is wasting away, is that the nerve?"
    always = "my left calf has always been smaller than the right, since I was a kid"
    strong = "my thigh is a bit smaller than the other one. The physio says strength is normal."
    diet = "my thighs are thinner than they were since the diet, back feels better too"
    assert_the_rules_warn(ask(calf), calf, "progressive-weakness")
    assert_the_rules_warn(ask(going), going, "progressive-weakness")
    assert_calm(ask(always), always)
    assert_calm(ask(strong), strong)
    assert_calm(ask(diet), diet)


def test_a_leg_too_weak_the_arms_or_a_crawl_make_up_for(ask):
    """Crawling to where the legs would not carry one is the arms doing the legs' work,
    beside a weakness. A baby that crawls, front crawl and traffic at a crawl are no sign."""
    crawl = "dad's legs were too weak to stand after he knelt down, he crawled to the sofa"
    baby = "my baby has started to crawl to the sofa, lifting her hurts my back"
    swim = "is front crawl ok with sciatica or should I stick to breaststroke"
    traffic = "traffic was at a crawl and my leg ached the whole drive"
    assert_the_rules_warn(ask(crawl), crawl, "progressive-weakness")
    assert_calm(ask(baby), baby)
    assert_calm(ask(swim), swim)
    assert_calm(ask(traffic), traffic)


def test_a_failure_put_down_to_weakness_not_pain(ask):
    """A limp or a stumble the writer says is not from the pain but from a weak leg; a limp
    from the pain, with the legs strong, is calm."""
    limp = "I'm hobbling, not because of the pain, my foot is just weak and floppy"
    pain = "I'm limping because of the pain, my legs are strong though"
    assert_the_rules_warn(ask(limp), limp, "progressive-weakness")
    assert_calm(ask(pain), pain)


def test_one_shoe_worn_at_the_toe(ask):
    """One shoe worn at the toe (a dropped foot scuffs it). Worn by driving or by a ball
    kicked, or at the heel, it is the shoe's use."""
    worn = "my left shoe keeps wearing out at the toe, the right one is fine"
    side = "the toe of one shoe is worn through already, only bought them in March"
    drive = "my right shoe is worn at the toe from all the driving, normal?"
    heel = "the heel of my right shoe is worn down from the pedals"
    assert_the_rules_warn(ask(worn), worn, "progressive-weakness")
    assert_the_rules_warn(ask(side), side, "progressive-weakness")
    assert_calm(ask(drive), drive)
    assert_calm(ask(heel), heel)


def test_a_walk_that_gets_shorter_week_by_week(ask):
    """How far or how long one can walk, shrinking week by week, is a pain getting worse;
    walks cut short by the dark evenings are the season's."""
    walk = "I only manage a 15 minute walk now before my calf burns, and it's shorter every week"
    dark = "my dog walks get shorter every week now it gets dark at four"
    assert_the_rules_warn(ask(walk), walk, "persistent-pain")
    assert_calm(ask(dark), dark)


def test_the_pain_a_question_named_told_as_had_for_months(ask):
    """"How long does it last? I've had it 5 months": the question names the pain, the next
    sentence tells it as had that long. Had and gone, or only weeks, stays calm."""
    months = "does sciatica ever go away? my uncle has had it 5 months and no change"
    gone = "does sciatica ever go away? I had it for 3 months last year and it went"
    weeks = "does sciatica ever go away? mine started 10 days ago"
    assert_the_rules_warn(ask(months), months, "persistent-pain")
    assert_calm(ask(gone), gone)
    assert_calm(ask(weeks), weeks)


def test_the_back_thing_as_the_condition(ask):
    """A child's "the back thing" is the condition: a time said of it after is how long it
    has lasted. Weeks of it, or a back thing over, stay calm."""
    long = "mum can't go swimming with me since the back thing, it's been 4 months now"
    short = "mum can't go swimming with me since the back thing, it's been 10 days"
    assert_the_rules_warn(ask(long), long, "persistent-pain")
    assert_calm(ask(short), short)


def test_one_exercise_that_left_the_pain_worse_the_next_day(ask):
    """The one exercise the bot sent, after which the pain was worse and still is the next
    day; sore for an hour after it and fine today is the exercise's ache."""
    still = "after that exercise you gave me the leg was much worse all evening, still worse today"
    fine = "after the exercise my leg was sore for an hour, fine today"
    assert_the_rules_warn(ask(still), still, "persistent-pain")
    assert_calm(ask(fine), fine)
