"""Issue 7, stop 41 (misses41): the misses of the four development sets of stop 41 (armed
forces and police, ADHD and autism, periods and the pelvic floor, Eastern European speakers
writing English). Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_the_rules_warn


def test_a_pain_or_weakness_said_to_grow_is_getting_worse(ask):
    """Polish, Russian, Ukrainian and Romanian speakers say a pain or a weakness "grows"
    ("rośnie", "растёт"): the pain growing, or doubled as "grows and grows", is worse over
    time, and weakness growing is weakness getting worse."""
    pain = "my leg pain is growing, first only the hip, now down to the ankle, 4 weeks"
    doubled = "back pain grows and grows, two weeks already, nothing help"
    weak = "The weakness in right foot keeps growing, this week I trip on the stairs"
    assert_the_rules_warn(ask(pain), pain, "persistent-pain")
    assert_the_rules_warn(ask(doubled), doubled, "persistent-pain")
    assert_the_rules_warn(ask(weak), weak, "progressive-weakness")


def test_something_else_growing_beside_a_weak_leg_stays_calm(ask):
    """A baby or a child that is growing is no pain and no weakness of the writer's."""
    baby = "My baby is growing well. My legs feel weak in the evening, is that usual in pregnancy?"
    son = "my son is growing so fast and my arms feel weak from carrying him, back is ok"
    for message in (baby, son):
        assert_calm(ask(message), message)


def test_walking_on_the_toes_that_cannot_be_done(ask):
    """Toe walking failed is the calf's test failed, as standing on the toes is ("can't
    stand on my toes"), with or without the "my" left out."""
    plain = "I cant walk on my toes on the right any more, the calf feels empty"
    dropped = "cant walk on tiptoes with left foot since friday"
    assert_the_rules_warn(ask(plain), plain, "progressive-weakness")
    assert_the_rules_warn(ask(dropped), dropped, "progressive-weakness")


def test_a_test_done_no_bother_then_is_a_yardstick_not_a_denial(ask):
    """"No bother" and "no problem" after a test of the leg say it was done easily then;
    the loss told after it is the sign. Done easily now, it stays calm."""
    lost = "Did heel raises no bother at Easter. Can't manage one on the right anymore"
    easy = "I can do calf raises no bother, does that mean the nerve is ok?"
    today = "did 15 calf raises no problem this morning, can I add a dumbbell?"
    assert_the_rules_warn(ask(lost), lost, "progressive-weakness")
    for message in (easy, today):
        assert_calm(ask(message), message)


def test_the_foot_heard_as_a_sound_said_twice(ask):
    """A foot whose sound is said as heard, doubled ("flap flap", "tap tap"), is a foot
    that drops; a single tap of the foot, to music or a test, is not."""
    heard = "on the stairs my right foot goes flap flap and my wife noticed it"
    tapped = "my foot goes clap clap on the kitchen tiles when I walk now"
    music = "I tap my foot to music all day with ADHD, could that strain the nerve?"
    assert_the_rules_warn(ask(heard), heard, "progressive-weakness")
    assert_the_rules_warn(ask(tapped), tapped, "progressive-weakness")
    assert_calm(ask(music), music)


def test_a_leg_that_cuts_out_like_a_machine_and_brings_one_down(ask):
    """A leg that "switched off" or "cut out" and brought the writer down is a leg that gave
    way; "switched off" alone is how numbness is said, and a mind that switches off is
    no leg."""
    fell = "yesterday on the bus my left leg just switched off and I fell on the floor"
    cut = "leg cut out under me at work and I went down, only for a moment"
    mind = "I switch off in the evening with a film, the leg pain is the usual ache"
    assert_the_rules_warn(ask(fell), fell, "progressive-weakness")
    assert_the_rules_warn(ask(cut), cut, "progressive-weakness")
    assert_calm(ask(mind), mind)


def test_a_gun_kept_at_hand_beside_a_thought_that_dwells(ask):
    """A service weapon beside looking at it for too long, or thinking of it more than one
    should, is a means with a thought that dwells; the weapon named for work is not."""
    dwelling = "my service weapon is in the safe at home and I stare at it too long some evenings"
    work = "I carry a sidearm on shift all day, the belt presses on my sciatic nerve"
    assert_the_rules_warn(ask(dwelling), dwelling, "distress")
    assert_calm(ask(work), work)


def test_numbness_turned_down_like_a_sound_between_the_legs(ask):
    """Feeling "muted" down there is numbness of the saddle; a phone or a call muted is
    not."""
    saddle = "since Tuesday my bits feel muted, like the sound turned down, and my back is bad"
    call = "I muted my mic on the call because the sciatica made me groan, sat 3 hours"
    assert_the_rules_warn(ask(saddle), saddle, "cauda-equina")
    assert_calm(ask(call), call)


def test_a_fall_backwards_over_someone(ask):
    """Going backwards over a player is a fall backwards, a back injury's mechanism; the
    pain "going backwards over the weekend" is its course."""
    tackle = "in the match on Saturday I fell backwards over a lad, low back sore ever since"
    course = "the pain went backwards over the weekend, it is easing again now"
    assert_the_rules_warn(ask(tackle), tackle, "serious-illness-signs")
    assert_calm(ask(course), course)


def test_well_otherwise_excepts_the_sign_told_before_it(ask):
    """A sentence of wellness with "otherwise" or "apart from that" says all but what was
    told is well: it ends no story, the sign stays ("cant wee. all fine since otherwise").
    Said without it, it ends the episode told before."""
    excepted = "can't wee since lunch. all good since, apart from that"
    otherwise = "legs both went numb this morning. all good since otherwise"
    ended = "couldn't wee for an hour on Friday after the anaesthetic. all good since."
    assert_the_rules_warn(ask(excepted), excepted, "cauda-equina")
    assert_the_rules_warn(ask(otherwise), otherwise, "cauda-equina")
    assert_calm(ask(ended), ended)


def test_the_jab_and_the_diet_denied_together_leave_the_loss_unexplained(ask):
    """Weight lost with the injection and the diet both denied in one list ("not on any jab
    or diet") is lost without trying; on either, or with no loss told, it stays calm."""
    denied = "I'm not on a jab or a diet and I've dropped 6kg since Easter, back aches at night"
    plain = "no diet or jab, yet I have lost 9 kilos since the spring"
    on_them = "on the jab and a diet, lost 7kg since summer as planned, back aching"
    nothing = "not on any jab or diet, just walking more for my back, is that enough?"
    assert_the_rules_warn(ask(denied), denied, "serious-illness-signs")
    assert_the_rules_warn(ask(plain), plain, "serious-illness-signs")
    assert_calm(ask(on_them), on_them)
    assert_calm(ask(nothing), nothing)
