"""Issue 7, stop 44 (misses44): the misses of the four development sets of stop 44 (farmers
and gardeners, new parents and grandparents, musicians and stage crew, office workers and
gamers). Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_emergency, assert_the_rules_warn


def test_mine_dated_recently_after_a_question_is_the_writers(ask):
    """A sign asked about in general, then "mine started yesterday" or "mine came on this
    morning", is the writer's sign whatever it started from; one that started long ago and is
    fine now, or someone else's, stays calm."""
    recent = "can a bulging disc give you a numb groin? mine came on this morning after the drive"
    dated = "is foot drop normal with sciatica? mine started two days ago out of nowhere"
    old = "does sciatica make your bum go numb? mine did years ago after a fall, fine now"
    theirs = "can sciatica cause numbness down there? my mate's started yesterday, mine's fine"
    assert_the_rules_warn(ask(recent), recent, "cauda-equina")
    assert_the_rules_warn(ask(dated), dated, "progressive-weakness")
    assert_calm(ask(old), old)
    assert_calm(ask(theirs), theirs)


def test_mines_clause_ends_where_the_writer_goes_on(ask):
    """"mine have been since Sunday and I'm worried before the wedding": the "before" is the
    worry's, no turn of the sign; "mine did before" alone still turns it."""
    own = ("does a slipped disc make your privates numb? mine have been since sunday and im "
           "dreading it before the wedding")
    before = "does a slipped disc make your privates numb? mine did before, not now"
    assert_the_rules_warn(ask(own), own, "cauda-equina")
    assert_calm(ask(before), before)


def test_a_function_asked_lost_and_said_gone_is_lost(ask):
    """A function asked about as lost ("lose feeling", "lose your erection") that the writer
    says of theirs is "gone" has gone; gone back to normal is over."""
    gone = "can a trapped nerve make you lose your erection? mine has gone since friday"
    back = "can a trapped nerve make you lose feeling in your foot? mine's gone back to normal now"
    assert_the_rules_warn(ask(gone), gone, "cauda-equina")
    assert_calm(ask(back), back)


def test_control_of_wind_lost_is_the_bowels(ask):
    """No control over wind, told as going on ("zero control since Monday"), is the bowel's
    sphincter; a question about it read online is calm."""
    own = "is it normal with sciatica to lose control of wind? since monday i have zero control"
    read = "can sciatica make you lose control of your wind? just curious, read it online"
    assert_the_rules_warn(ask(own), own, "cauda-equina")
    assert_calm(ask(read), read)


def test_a_racing_heart_with_a_near_faint(ask):
    """A heart told as racing, however its speed is said, beside a near faint is an
    emergency (NHS palpitations), whatever is blamed; a heart that races at a film is not."""
    race = "after the match my heart was going like mad and i almost passed out in the kitchen"
    fast = "heart fluttering really fast tonight and i nearly fainted on the stairs"
    film = "my heart races when i watch horror films lol. any tips for a comfy chair?"
    assert_emergency(ask(race), race)
    assert_emergency(ask(fast), fast)
    assert_calm(ask(film), film)


def test_a_foot_heard_or_boots_that_drag(ask):
    """A foot that makes a clap or smack noise on the floor drops; work boots by their names
    (toecaps, wellies) that catch or drag are the foot's; a round of applause, or wellies
    dragged through mud on purpose, are not."""
    clap = "my right foot makes a clapping noise on the hall floor since last week"
    boot = "my left welly keeps dragging on the yard since saturday, sciatica that side"
    applause = "the audience gave a big clap at the end, my back was killing me though"
    mud = "dragged my wellies through the mud all day, knackered. best stretch for lower back?"
    assert_the_rules_warn(ask(clap), clap, "progressive-weakness")
    assert_the_rules_warn(ask(boot), boot, "progressive-weakness")
    assert_calm(ask(applause), applause)
    assert_calm(ask(mud), mud)


def test_a_leg_gone_dead_that_makes_one_stumble(ask):
    """A leg that goes dead as one walks and makes one stumble fails; one gone dead from a
    long sit, and a phone gone dead, do not."""
    walk = "halfway round the park my left leg goes dead and i stumble, been like this 5 days"
    sat = "sat cross legged on the floor with the baby, leg went dead and i stumbled getting up"
    phone = "my phone went dead and i stumbled around in the dark looking for the charger"
    assert_the_rules_warn(ask(walk), walk, "progressive-weakness")
    assert_calm(ask(sat), sat)
    assert_calm(ask(phone), phone)


def test_pinned_or_crushed_against_something(ask):
    """Pinned or crushed against a gate or a wall by an animal or a load is an injury; pins
    and needles, or a rota pinned to a wall, are not."""
    ram = "the ram squashed me against the hurdle yesterday and my lower back has been agony"
    pins = "pins and needles down my leg after weeding. any stretches?"
    rota = "my boss pinned the rota to the wall and i got all the early shifts, back is sore"
    assert_the_rules_warn(ask(ram), ram, "serious-illness-signs")
    assert_calm(ask(pins), pins)
    assert_calm(ask(rota), rota)


def test_weight_lost_that_others_explain_away(ask):
    """Weight lost without trying that others put down to something ("my mum keeps saying
    it's the stress") is unexplained; a cause the writer gives explains it."""
    others = ("dropped 6kg without meaning to, my mum keeps saying it's the stress. "
              "back worse at night")
    own = "lost half a stone since my divorce, back is aching from moving boxes"
    assert_the_rules_warn(ask(others), others, "serious-illness-signs")
    assert_calm(ask(own), own)


def test_worse_after_what_once_was_fine_or_again_and_again(ask):
    """A pain worse after what "used to be fine", or after a run for the third time, has
    grown; a first flare after a run, or a tight hamstring, has not."""
    fine = "my leg is worse after I cycle to the shops now, that used to be fine. aches all evening"
    again = "did my stretches and the leg pain is through the roof, second time that's happened"
    first = "went for a run today and the leg pain was off the charts for the first time. rest?"
    tight = "my hamstring used to be fine with the stretches but now it feels tight. any tips?"
    assert_the_rules_warn(ask(fine), fine, "persistent-pain")
    assert_the_rules_warn(ask(again), again, "persistent-pain")
    assert_calm(ask(first), first)
    assert_calm(ask(tight), tight)


def test_since_a_birth_dated_by_its_month(ask):
    """"Since my daughter was born in February ... it's June now" dates the pain from the
    birth: four months is persistent pain; a birth in a month with the back fine since is
    not."""
    long = "since my daughter was born in february ive had sciatica, its june now"
    fine = "my son was born in march and my back has been fine since, just a niggle today"
    assert_the_rules_warn(ask(long), long, "persistent-pain")
    assert_calm(ask(fine), fine)
