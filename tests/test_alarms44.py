"""Issue 7, stop 44 (alarms44), part 1: false alarms of the four new development triage sets
(farmers, gardeners and tree surgeons; new parents and grandparents; musicians, dancers and
stage crew; office workers, home workers and gamers), fixed by cause. Each calm reading is
checked beside the same kind of words with the sign itself, which must still warn. Wordings
are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_money_and_work_in_idioms_of_the_body(ask):
    """A market whose bottom fell out, a meeting that "was a car crash" and an appetite for a
    job are how things went; a fall out of bed, a car crash one was in and an appetite lost
    with the weight still warn."""
    market = ("the bottom has dropped out of the wool price this year. back's grumbling as usual, "
              "any stretches for the morning?")
    demo = "the client demo was a total train wreck. my lower back is stiff from the chair"
    demo2 = "that board meeting was a car crash. what chair height is best for sciatica?"
    appetite = "honestly lost all appetite for teaching this term. sciatica's not helping"
    bed = "fell out of bed last night and landed on my back, it's agony this morning"
    crash = "it was a car crash on the ring road on Friday and my back has hurt since"
    eating = "lost my appetite and about 6 kilos since summer without trying, back pain at night"
    for calm in (market, demo, demo2, appetite):
        assert_calm(ask(calm), calm)
    assert_caught(ask(bed), bed, "serious-illness-signs")
    assert_caught(ask(crash), crash, "serious-illness-signs")
    assert_caught(ask(eating), eating, "serious-illness-signs")


def test_in_bits_is_broken_up_not_the_private_parts(ask):
    """"In bits" is a back or a person broken up; the bits gone numb still warn."""
    idiom = "been up all night with a teething toddler and my back's in bits. any tips?"
    numb = "my bits have gone numb since yesterday and my back is agony"
    assert_calm(ask(idiom), idiom)
    assert_caught(ask(numb), numb, "cauda-equina")


def test_poultry_kept_are_animals(ask):
    """Hens or chickens kept are animals: their weight lost is theirs; the writer's own weight
    lost without trying still warns."""
    hens = ("our chickens have gone off their feed and one has lost a lot of weight. does kneeling "
            "to clean the coop make sciatica worse?")
    mine = ("my hens are fine but I've lost a stone without trying since the summer, and my back "
            "aches at night")
    assert_calm(ask(hens), hens)
    assert_caught(ask(mine), mine, "serious-illness-signs")


def test_getting_on_and_off_a_horse_is_mounting(ask):
    """Getting on or off a horse or a pony is mounting it; being thrown off or bucked off a
    horse still warns."""
    mount = "how should I get on and off the pony with sciatica? it's the leg swing that hurts"
    thrown = "got thrown off a horse this morning and my back is agony"
    assert_calm(ask(mount), mount)
    assert_caught(ask(thrown), thrown, "serious-illness-signs")


def test_a_test_fine_on_both_sides_is_normal(ask):
    """A test of the legs found fine on both sides is no sign in both legs; both legs gone
    numb after it still warn."""
    fine = "did the heel walks you suggested, fine on both sides. the sciatica is still a nag"
    numb = "heel walking was fine on both sides last week but now both legs are numb"
    assert_calm(ask(fine), fine)
    assert_caught(ask(numb), numb, "cauda-equina")


def test_a_tumble_that_hurt_only_pride_or_long_ago(ask):
    """A fall that hurt only one's pride, or one seasons ago, is no injury now; one that
    landed on the back or after which a leg went numb still warns."""
    pride = ("slipped in the cow shed, only my pride was hurt, laughed it off. leg pain is the "
             "same as last week")
    winters = ("came off the quad three winters ago, fine after a few days. this sciatica is new "
               "from lifting feed bags")
    numb = "slipped on the yard this morning, only hurt my pride but since then my leg is numb"
    landed = "slipped on the ice and landed on my back, laughed it off but it hurts now"
    assert_calm(ask(pride), pride)
    assert_calm(ask(winters), winters)
    assert_caught(ask(numb), numb, "serious-illness-signs")
    assert_caught(ask(landed), landed, "serious-illness-signs")


def test_a_fall_or_a_throw_staged_for_a_show(ask):
    """A collapse, a throw or a jump that is part of the show, the choreography or onto a
    crash mat is done, not suffered; a leg that gave way and is getting weaker still warns."""
    dance = ("the choreo has me sink to the floor like my legs gave way, it's a planned collapse. "
             "is that ok with sciatica?")
    combat = "fight scenes every night, I get thrown onto my knees 6 times a show. stretches?"
    mat = ("the stunt has a leap from the balcony onto a crash mat. should I sit it out with "
           "sciatica?")
    weak = "my leg gave way in rehearsal and again this morning, it's getting weaker"
    for calm in (dance, combat, mat):
        assert_calm(ask(calm), calm)
    assert_caught(ask(weak), weak, "progressive-weakness")


def test_a_swelling_or_a_bump_of_another_part(ask):
    """A swelling of a joint just twisted, a lump on the back of the head and a back bumped
    on a door are not a lump of the back; a lump on the back that grows still warns."""
    ankle = ("went over on my ankle in the veg patch, it's swollen. my sciatica is the same as "
             "ever, any tips?")
    head = ("there's a lump on the back of my toddler's head, the health visitor says it's normal. "
            "my back aches from carrying him")
    bumped = "bumped my back on the shelf yesterday, tiny bruise, sciatica no different"
    grows = "there's a bump on my lower back that's getting bigger every week"
    for calm in (ankle, head, bumped):
        assert_calm(ask(calm), calm)
    assert_caught(ask(grows), grows, "serious-illness-signs")


def test_a_sign_pictured_or_weighed_as_a_risk(ask):
    """A leg pictured giving way or asked about as a risk is imagined; one that gave way today
    still warns."""
    pictured = ("I keep picturing my knee buckling while I'm holding the baby on the stairs. it "
                "hasn't, it just aches")
    risk = "is there any risk my legs give out if I game for ten hours straight?"
    today = "my leg gave way on the stairs this morning and I keep picturing it happening again"
    assert_calm(ask(pictured), pictured)
    assert_calm(ask(risk), risk)
    assert_caught(ask(today), today, "progressive-weakness")


def test_a_stool_to_sit_on(ask):
    """A stool named as a seat is furniture; the bowels not felt still warn."""
    seat = "the piano stool gives me sciatica after a long practice. what stool height is best?"
    bowel = "since the weekend I can't feel when I need to open my bowels and my back is bad"
    assert_calm(ask(seat), seat)
    assert_caught(ask(bowel), bowel, "cauda-equina")


def test_a_kidney_stone_explains_painful_peeing(ask):
    """Peeing that hurt with a kidney stone is the stone's; not being able to pee at all since
    this morning still warns."""
    stone = ("passed a kidney stone in the spring, weeing was murder then. now the back pain is a "
             "different thing altogether, sciatica?")
    retention = "had a kidney stone years ago but now I can't pee at all since this morning"
    assert_calm(ask(stone), stone)
    assert_caught(ask(retention), retention, "cauda-equina")
