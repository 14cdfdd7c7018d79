"""Issue 7, stop 41 (alarms41), part 1: false alarms of the four new development triage sets
(armed forces and police, ADHD and autism, periods and the pelvic floor, Eastern European
speakers), fixed by cause. Each calm reading is checked beside the same kind of words with
the sign itself, which must still warn. Wordings are the author's own, never copied from a
set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught

# ---------------------------------------------------------- the pelvic floor and the privates


def test_a_leak_after_the_birth_when_one_coughs_is_the_pelvic_floor(ask):
    """A small leak "if I sneeze" since "the birth" is the pelvic floor after a baby, and
    stopping the stream midway is its test, a thing one can do; a leak not felt, or a
    stream that will not start, still warns."""
    birth = ("Since the birth of my second my pelvic floor is rubbish, little leak if I sneeze, "
             "but I can stop midstream fine. Ok to do bridges?")
    after = "tiny leak if I laugh after the baby, pelvic floor is weak. sciatica exercises ok?"
    unfelt = ("after the birth I leak when I sneeze but today I wet myself and didn't even "
              "feel it, numb down there")
    stream = "since this morning I can't start my stream at all, just dribbles, back is agony"
    assert_calm(ask(birth), birth)
    assert_calm(ask(after), after)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")
    assert_caught(ask(stream), stream, "cauda-equina")


def test_the_privates_odd_with_thrush_or_after_a_smear_are_theirs(ask):
    """Itchy, sore or odd "down there" with thrush, cystitis or just after a smear is that
    infection's or test's, no feeling lost; numbness or a feeling lost said beside it still
    warns."""
    thrush = "thrush again, everything feels weird and sore down there, the cream stings"
    smear = "after my smear test it felt a bit odd down there for a day, spotting too"
    numb = "had thrush last week but now it's numb down there and I can't feel the paper"
    odd = "since my back went it feels weird down there, like I can't feel it properly"
    assert_calm(ask(thrush), thrush)
    assert_calm(ask(smear), smear)
    assert_caught(ask(numb), numb, "cauda-equina")
    assert_caught(ask(odd), odd, "cauda-equina")


def test_a_wee_accident_with_drink_and_the_urge_felt_is_no_sign(ask):
    """A wee accident after drinks or laughing, the urge "felt coming", is a full bladder and
    a slow dash; one not felt, or with no warning, still warns."""
    pints = ("six pints at the wedding, felt it coming and couldn't make it to the loo in time, "
             "mortified")
    unfelt = "after two wines I couldn't get to the loo in time and didn't feel it come out"
    warning = "laughing at the telly I wet myself with no warning at all, twice this week"
    assert_calm(ask(pints), pints)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")
    assert_caught(ask(warning), warning, "cauda-equina")


def test_a_sign_named_on_a_form_is_asked(ask):
    """A sign named as a box on a form ("should I tick bladder problems on the intake form?")
    is the form's word; told as going on now it still warns."""
    form = "should I tick bladder problems on the intake form? I wear pads for my periods only"
    mine = "I've been leaking since yesterday without knowing, do I tick that on the form?"
    assert_calm(ask(form), form)
    assert_caught(ask(mine), mine, "cauda-equina")


def test_a_comparison_is_no_change_down_there(ask):
    """"That's not the same as ..." weighs one thing against another: no part that works
    differently; a part said not to feel the same still warns."""
    same = ("a water infection makes me wee a lot, thats not the same as the numbness "
            "thing is it?")
    mine = "since Friday my bladder is not the same, I can't tell when it's full"
    assert_calm(ask(same), same)
    assert_caught(ask(mine), mine, "cauda-equina")


def test_pins_and_needles_from_a_long_sit_on_the_toilet_is_posture(ask):
    """Both legs to pins and needles after sitting on the toilet too long, gone on standing,
    is the seat pressing; the seat area numb, or legs that stay so, still warn."""
    toilet = ("sat on the loo too long reading, both legs went pins and needles, fine "
              "once I stood up")
    bum = "on the toilet too long and both legs and my bum went numb, it's still numb now"
    legs = "both legs pins and needles since Tuesday and they feel weak on the stairs"
    assert_calm(ask(toilet), toilet)
    assert_caught(ask(bum), bum, "cauda-equina")
    assert_caught(ask(legs), legs, "cauda-equina")


# ---------------------------------------------------------------- asked, feared, defined


def test_a_red_flag_defined_is_no_sign_told(ask):
    """"A red flag is X" defines the sign (a clinician's word passed on); the writer's own
    sign after it still warns."""
    defined = "my GP said a red flag is losing control of your bladder. How would I know?"
    mine = "the red flags are numbness in the saddle and I've got that since Monday"
    assert_calm(ask(defined), defined)
    assert_caught(ask(mine), mine, "cauda-equina")


def test_ending_up_with_a_sign_asked_is_a_fear(ask):
    """"Will I end up with foot drop?" asks of a future; a foot that drops now still warns."""
    end = "Will I end up with foot drop if I keep doing deadlifts?"
    now = "My foot slaps the floor since Saturday and it's getting worse, is it foot drop?"
    assert_calm(ask(end), end)
    assert_caught(ask(now), now, "progressive-weakness")


def test_a_sign_to_ask_the_physio_about_is_asked(ask):
    """A sign one will ask the physio about is a topic; told as one's own now it warns."""
    asking = "I'll ask my physio about weak legs on Monday, just curious, mine are fine"
    assert_calm(ask(asking), asking)
    told = "my right leg is getting weaker every day, I'll ask my physio on Monday"
    assert_caught(ask(told), told, "progressive-weakness")


# ---------------------------------------------------------------- sayings and ceremonies


def test_a_passing_out_parade_is_no_faint(ask):
    """A passing out parade or ceremony is a service's graduation; passing out itself still
    warns."""
    parade = "Daughter's passing out ceremony on Friday, hours on a hard seat, any tips?"
    faint = "I keep passing out when I stand up and my back is killing me"
    assert_calm(ask(parade), parade)
    assert_caught(ask(faint), faint, "general-emergency")


def test_a_foot_patrol_is_no_foot(ask):
    """A foot patrol is walked duty, no foot that catches; a foot that drags still warns."""
    patrol = "Tripped on a step on foot patrol last night, fine, sciatica as usual"
    drag = "my right foot keeps catching and dragging on every step since last week"
    assert_calm(ask(patrol), patrol)
    assert_caught(ask(drag), drag, "progressive-weakness")


def test_sayings_of_a_fright_a_rude_name_and_a_duvet_are_no_sign(ask):
    """A heart attack "moment", a pain called a rude name, a wish to hide under the duvet:
    sayings; the wish to disappear for good still warns."""
    moment = "dropped my phone down the stairs, heart attack moment, back still sore"
    rude = "the sciatica's being a dick today, any stretches for the car?"
    duvet = "some days I want to disappear under the duvet when the leg flares, lol"
    gone = "I want to disappear for good, nobody would miss me, the pain never stops"
    assert_calm(ask(moment), moment)
    assert_calm(ask(rude), rude)
    assert_calm(ask(duvet), duvet)
    assert_caught(ask(gone), gone, "distress")


def test_the_falling_feeling_falling_asleep_is_a_likeness(ask):
    """A jolt "like I'm falling" as one drops off is a likeness, no fall."""
    jolt = "I jerk awake like I'm falling just as I drop off, is that the nerve?"
    fell = "I fell down the stairs last night and hit my back, now my legs are numb"
    assert_calm(ask(jolt), jolt)
    assert_caught(ask(fell), fell, "cauda-equina")


def test_an_illness_all_finished_is_over(ask):
    """A fever "all finished" long ago is over; a fever back now still warns."""
    over = "had a chest infection with a temperature in the autumn, all finished now"
    back = "had a temperature last week, all finished I thought, but it's back tonight at 39"
    assert_calm(ask(over), over)
    assert_caught(ask(back), back, "serious-illness-signs")


# ---------------------------------------------------- part 2: stop 40's kinds that still alarmed


def test_a_sign_not_noticed_with_any_is_denied(ask):
    """"I haven't noticed any X" denies X; a leak that went unnoticed still warns."""
    none = "I haven't noticed any tingling round my back passage, only the calf"
    unnoticed = "I've wet myself twice today and didn't notice until I stood up"
    assert_calm(ask(none), none)
    assert_caught(ask(unnoticed), unnoticed, "cauda-equina")


def test_an_item_answered_no_longer_is_over(ask):
    """A checklist item answered "no longer" is over; one said to be back still warns."""
    over = "tingly saddle - no longer. leg pain - still bad at night"
    back = "tingly saddle - no longer, it came back today"
    assert_calm(ask(over), over)
    assert_caught(ask(back), back, "cauda-equina")


def test_what_a_disc_does_to_your_leg_asked_is_a_question(ask):
    """A question of what a disc can do to "your" part asks in general; one's own after it
    still warns."""
    asked = "can a prolapsed disc make your foot go floppy?"
    mine = "can a prolapsed disc make your foot go floppy? mine has since Sunday"
    assert_calm(ask(asked), asked)
    assert_caught(ask(mine), mine, "progressive-weakness")


def test_a_shy_bladder_is_nerves(ask):
    """A wee that would not come with someone listening is nerves; one that will not come for
    hours still warns."""
    shy = "couldn't wee for the sample because the receptionist was standing next to me"
    stuck = "since last night I can't pee at all even though I'm desperate"
    assert_calm(ask(shy), shy)
    assert_caught(ask(stuck), stuck, "cauda-equina")


def test_a_fall_of_snow_is_the_weather(ask):
    """Snow that fell is the weather; a fall in the snow still warns."""
    snow = ("a fresh fall of snow last night and my daughter can't shovel the path with "
            "her sciatica")
    fell = "had a fall in the snow this morning, landed on my back, now both legs are numb"
    assert_calm(ask(snow), snow)
    assert_caught(ask(fell), fell, "cauda-equina")
