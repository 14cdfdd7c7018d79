"""Issue 7, stop 57 (misses57): the missed warnings of stop 57's development sets (landlords
and holiday-let hosts; skaters, curlers and roller derby; midwives and health visitors; pest
controllers, drain and scrap crews) and of stop 56's sets (auctioneers, call-centre agents,
rugby, hockey and Gaelic games; mb..me), by kind, read by the rules alone. Wordings are the
author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_each_calm, assert_each_warns, assert_each_without


def test_a_contact_sports_collision_is_a_blow_to_the_back(rules_alone):
    """A scrum, ruck or maul come down on the player, a spear tackle, a check from behind, a
    knee, shoulder or hurley into the back, then back or leg pain: recent significant trauma
    (NICE CKS), in the sport's own words. A scrum watched on television is no blow."""
    warn = (
        # Irish and UK English
        "Ruck collapsed right on top of me at training Thursday, heard a crack in my lower "
        "back, now the pain shoots down my left leg",
        "copped a hurley across my back at the match Sunday, pain going down the leg since",
        # Australian
        "got speared into the turf in the second half, landed on my back, since then the "
        "sciatica is down my right leg",
        # US / Canadian
        "I was cross checked from behind into the boards last night, my lower back is agony "
        "and my right leg is numb",
        "Took a shoulder into my back at practice on Tuesday, now my leg is tingling",
    )
    calm = ("I watched the scrum collapse on telly, made my back ache just looking. stretches?",)
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_calm(rules_alone, calm)


def test_the_writers_own_trade_with_words_before_it_is_the_writer(rules_alone):
    """Who the writer is, said with what kind of role ("I'm a youth football coach", "I am
    school cricket coach" as Indian English puts it, no article): the writer, so the
    cancer told next, subject left out, is theirs, and a past cancer beside new back pain is
    a sign (NICE CKS). A fan of a coach, or a coach told of after "my", is someone else."""
    warn = (
        # UK English
        "I'm a youth football coach, 52. Had prostate cancer in 2018, all clear since. New "
        "back pain down my leg this month.",
        # Indian English
        "I am school cricket coach, age 45. Had breast cancer three years back, treatment "
        "finished. Now new backache going in my leg.",
        # US English
        "I'm a part time swimming instructor. Had bowel cancer in 2020, fine since. This new "
        "back pain keeps me up at night.",
    )
    calm = ("I'm a big fan of the coach, she had cancer years ago. My sciatica is easing, any "
            "stretches?",)
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_without(rules_alone, calm, "serious-illness-signs")


def test_what_follows_a_blow_to_the_head_of_someone_with_the_writer(rules_alone):
    """A blow to the head (a fall, a cupboard door, a ball in a game) with being sick, double
    sight, or blood or clear fluid from an ear or the nose, told of someone with the writer:
    a serious head injury now (NICE NG232), whoever it is. Fine after it, it stays calm."""
    warn = (
        "my dad slipped off the ladder and banged his head, he's been sick twice and can't "
        "see straight",
        "my wife hit her head on the cupboard door, there's clear fluid coming from her nose",
        "the lad next to me took a ball to the head, now he's seeing double and throwing up",
        "my husband fell off the stepladder and hit his head, there's blood coming out of his "
        "ear",
    )
    calm = ("the lad next to me took a ball to the head at five-a-side, he's fine, my sciatica "
            "is the usual",)
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, calm)


def test_both_legs_weak_as_water_is_weakness_of_both(rules_alone):
    """The idiom "weak as water", "weak as a kitten", said of the legs, both of them: the
    legs' weakness, both sides (cauda equina), no figure of speech. Weak as a kitten all over
    after flu, or one night's dancing, is calm."""
    warn = (
        "both my legs feel weak as water on the stairs, not just the sciatica one",
        "me legs are weak as a kitten now, the both of them, since the weekend",
        "both legs went weak as jelly walking the dog, not just the bad side",
    )
    calm = ("I'm weak as a kitten after the flu, sciatica on the left as usual",
            "my legs were weak as water after the wedding dancing lol, sciatica left leg only")
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_the_penis_in_slang_with_whose_it_is(rules_alone):
    """The penis named in slang with whose it is ("the end of my knob", "me bellend"), numb:
    numbness of the genitals (cauda equina). A radiator's knob is a thing."""
    warn = (
        "the end of my knob is numb since this morning, back's been bad all week",
        "bottom of me bellend has gone numb since yesterday and my back is in bits",
        "also the tip of my knob has gone numm since last night, sciatica down the left",
    )
    calm = ("the knob on the radiator is broken and my back is stiff from fiddling with it",)
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_a_lump_asked_about_then_described_is_the_writers(rules_alone):
    """A lump or a swelling asked about ("is a lump on my spine normal?", "should I worry
    about ..."), then described right after ("it's soft and warm", "it's hard", "it's got
    bigger"): the writer's own lump, a sign beside the back (NICE CKS). One said gone, and a
    question answered with the weather ("it's hot in our flat"), stay calm."""
    warn = (
        "is a lump on my spine normal? it's soft and warm",
        "should I worry about a swelling at the bottom of my back? it's rock hard, about the "
        "size of a golf ball",
        "lump on my lower back, is that normal? it's got bigger this month",
    )
    calm = ("is a lump on my spine normal after a bruise? no lump now, it's gone",
            "is sweating at night normal with sciatica? it's hot in our flat",
            "is a numb bum normal with sciatica? it's hard to say when it started")
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_calm(rules_alone, calm)


def test_a_crisis_asked_of_anyone_then_owned(rules_alone):
    """A wish to die asked of people in general ("can it make you want to kill yourself?",
    "make people want to end their life?"), then "because I do": the crisis reply (NHS).
    "Don't kill yourself at the gym" is a warning about effort."""
    warn = (
        "can sciatica make you want to kill yourself? because i do.",
        "does long term pain make people want to end their life? cos i do",
        "Is it normal for this pain to make you want to end your life? I am asking because I "
        "do",
    )
    calm = ("don't kill yourself at the gym with this sciatica, take it easy",)
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_a_means_weighed_as_an_option_or_counted_as_enough(rules_alone):
    """A place to die or a means weighed as a choice ("the railway line as an option", "the
    bridge is my only option"), and tablets counted "to see if there were enough", enough
    for what unsaid: warning signs of suicide (Samaritans). A glute bridge or surgery as an
    option, and tablets counted for a holiday, stay calm."""
    warn = (
        "honestly I've started to see the railway line as an option",
        "keep thinking the bridge on the bypass is my only option",
        "I counted out my tablets last night, just to see if there were enough.",
        "I lined up all my co-codamol on the table to check whether I have enough",
    )
    calm = ("is the bridge an option instead of the plank for my back?",
            "surgery is an option the consultant says, but I'd rather do physio",
            "Glute bridges are my only option at the moment as planks hurt",
            "I counted out my tablets to see if I have enough for the holiday")
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_scots_no_for_not(rules_alone):
    """Scots and Irish "no" for "not" before a doing word ("it's no shiftin"): pain not
    going for eight weeks is persistent pain (NHS). "It's no bother" stays calm, and "no
    different" keeps its own reading (triage_eb)."""
    assert_each_warns(rules_alone, ("8 weeks an it's no shiftin, the stretches are doing "
                                    "nothing",
                                    "twelve weeks and it's no budging, same every day"),
                      "persistent-pain")
    assert_each_calm(rules_alone, ("it's no bother, my back is fine now thanks",))


def test_a_hope_asked_without_its_mark_ends_nothing(rules_alone):
    """"Will it settle", "is it going to ease", typed with its question mark left off: a
    hope asked, never a telling that the sign is over, so both legs hurting stays a sign
    (cauda equina)."""
    warn = (
        "the sciatica has jumped legs, its down the both of them now, the two of them "
        "burning. will it settle",
        "the pain is down both my legs now, the two of them tingling. is it going to ease",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, ("will it settle on its own? sciatica left leg only, 2 "
                                   "weeks",))


def test_a_burns_cause_never_explains_it_away(rules_alone):
    """A scald or a burn with the skin coming off over a big area, with what did it (the
    kettle, a boiler pipe): a bad burn (NHS), the cause no explanation. A fingertip's tiny
    blister stays calm."""
    warn = (
        "scalded my arm with the kettle at work, skin's peeling off, it's a big area",
        "burnt my hand on the boiler pipe, the skin's coming off, big area",
    )
    assert_each_warns(rules_alone, warn, "general-emergency")
    assert_each_calm(rules_alone, ("burnt my finger on the kettle, tiny blister, sciatica as "
                                   "usual",))


def test_sitting_on_something_cold_likened_by_a_carer(rules_alone):
    """Numbness likened to sitting on frozen peas or a block of ice, said of another by
    whoever writes for them ("like he's sitting on ..."): how it feels, no cause; numbness
    where a saddle would touch (cauda equina)."""
    warn = (
        "He says it's like he's sitting on a bag of frozen peas, numb right where a saddle "
        "would touch, back's gone since Monday",
        "she says it feels like she's sitting on a block of ice, numb between her legs, back "
        "bad since Friday",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")


def test_stood_at_the_toilet_and_nothing_came(rules_alone):
    """The toilet named in any slang, stood at for ages and little or nothing coming: a
    poor stream (cauda equina). Sat there with nothing coming, blamed on codeine, may be the
    bowels and stays calm."""
    warn = (
        "went to the bog twice and barely anything came, had to stand there ages to get it "
        "going, back's been bad all week",
        "stood at the urinal for ages and nothing came, sciatica down my left leg",
    )
    calm = ("sat on the loo for ages and nothing came, the codeine has me bunged up, sciatica "
            "right leg",)
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_a_sign_asked_about_then_dated_with_its_subject_left_out(rules_alone):
    """A sign asked about, then dated with its subject left out ("Started after a long drive
    yesterday, still there", "came on after lifting"), or the question said to be for the
    writer ("asking for me"): the writer's own sign, now."""
    warn = (
        "Is tingling in my privates a sciatica thing? Started after a long drive yesterday, "
        "still there this morning",
        "is numbness round the back passage common? came on after lifting the wardrobe, still "
        "numb now",
        "can sciatica make you wet yourself? asking for me",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")


def test_a_crash_the_writer_was_in_then_new_pain(rules_alone):
    """A crash the writer was in, told with "we were all fine" or "nobody was hurt", then
    the writer's own back or leg pain or numbness since: the crash is the pain's cause, a
    recent significant trauma (NICE CKS). Someone else's crash with them fine, or a mailbox
    hit, stays calm."""
    warn = (
        "we had a crash on the way home, we were all fine. Today my lower back is killing me "
        "and there's pain down my left leg",
        "a car went into the back of us at the roundabout, nobody was hurt. Since then my back "
        "hurts and my leg is numb",
        "we got rear ended on the motorway Friday, everyone was fine, but now I've got "
        "shooting pain down my right leg",
    )
    calm = ("my friend was in a car crash, she's ok. my sciatica is bad today, any stretches?",
            "a car hit our mailbox, nobody hurt. my back's the usual, tips?")
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_calm(rules_alone, calm)


# ---- part 2: the kinds the rules alone missed (caught only by the learned reader), and the
#      lead's retention counted in days


def test_no_urine_counted_in_days_is_retention(rules_alone):
    """No urine passed for a day or days, told with its span first or after ("2 days no
    pee", "1 day no urine", "no wee for 2 days", "a full day and no wee"): retention (cauda
    equina), as hours counted so already are."""
    warn = (
        # Nigerian / learner's English
        "doc im 2 days no pee and back pain is very bad",
        # Indian English
        "1 day no urine, back pain",
        # UK English
        "no wee for 2 days and my back is in agony",
        # US English
        "no pee in two days, sciatica down my leg",
        "a full day and no wee, back bad",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")


def test_a_foot_slap_others_take_for_a_stamp_is_still_a_slap(rules_alone):
    """A foot that slaps down, with what others make of it ("they must think I'm stomping on
    purpose", "my daughter thinks I'm doing it on purpose") or likened to a stamp ("slaps
    down like I'm stamping"): a foot drop (NICE CKS), no act of the writer's. A silly walk
    done to make the children laugh stays explained."""
    warn = (
        "foot slaps down every step now, the neighbours must think I'm stomping on purpose, "
        "new this week",
        "my foot smacks the floor every step, my daughter thinks I'm doing it on purpose, "
        "started last week",
        "the left foot slaps down like I'm stamping, since Tuesday, sciatica that side",
    )
    calm = ("dad's foot smacks the floor when he does his silly walk to make the kids laugh",)
    assert_each_warns(rules_alone, warn, "progressive-weakness")
    assert_each_calm(rules_alone, calm)


def test_medicine_looked_at_not_for_the_pain(rules_alone):
    """Medicine looked at or stared at, named, with its purpose veiled ("not for the pain",
    "not for my back"), or looked at again and again beside being worn out by the pain:
    a means dwelt on (Samaritans, NHS). Tablets looked at to compare them, or a count asked
    for the sciatica, stay calm."""
    warn = (
        "been looking at my pills a lot today. not for my back.",
        "Staring at the box of tramadol again tonight. It's not for the pain.",
        "I've been staring at the tablets in the cupboard all night. So tired of this pain",
    )
    calm = ("I've been looking at the tablets to see which one is stronger, so tired of this "
            "pain",
            "looking at the box of co-codamol, how many can I take for sciatica?",
            "the gabapentin is not for my back, it's for my nerves, can I take it with "
            "ibuprofen?")
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_going_over_the_banister_thought_of(rules_alone):
    """Thought of letting go and going over a stairwell's banister: a way to die thought of
    (Samaritans). Holding the banister on the stairs is no sign."""
    warn = ("every time I'm on the top landing I think about just letting go and going over "
            "the banister",
            "keep thinking about going over the bannister at work, then I carry on")
    calm = ("I hold the banister going down the stairs because of my sciatica, is that ok?",)
    assert_each_warns(rules_alone, warn, "distress")
    assert_each_calm(rules_alone, calm)


def test_a_full_bladder_no_longer_known(rules_alone):
    """Not knowing any more when the bladder is full, and it coming out by itself: loss of
    bladder feeling with leaking (cauda equina). Not knowing when full at dinner is no
    bladder."""
    warn = (
        "dont even know when im full anymore, it just comes out, back went lifting a fridge",
        "can't tell when I'm full any more, it just comes out when I stand up, back's been bad "
        "a fortnight",
    )
    calm = ("don't know when I'm full anymore at dinner, eating too much with the sciatica "
            "boredom",)
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_calm(rules_alone, calm)


def test_a_leg_that_gave_in_and_numbness_likened_to_the_dentist(rules_alone):
    """A leg that "gave in" on its owner, again and more often: giving way (progressive
    weakness). The saddle numb "like it's been to the dentist": how it feels, no cause
    (cauda equina)."""
    assert_each_warns(rules_alone, (
        "my leg gave in on me on the stairs and I went down on my knees, it keeps happening "
        "and it's more often now",
        "the right leg keeps giving in on me since the sciatica started, worse this week"),
        "progressive-weakness")
    assert_each_warns(rules_alone, (
        "my bum and between my legs feel like they've been to the dentist, numb, back bad "
        "since Monday",
        "Saddle area feels like it's been to the dentist, numb and fat, back's gone this week"),
        "cauda-equina")
