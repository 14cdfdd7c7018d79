"""Emergencies that are not about the back, built by body function and by mechanism from the
NHS, ambulance-service and first-aid pages (../shared/seed/general-emergencies.md): a weapon,
a crush, poisoning and fumes, sepsis and meningitis, sudden loss of sight, vomit like coffee
grounds, a blow to the head with its danger signs, a mains shock, a chemical or a face
burn, drowning, a hypo that will not come up, pregnancy, a collapse. Someone else's accident
told with nothing said of when is happening now; said as long past, over or feared, it is
not. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

import pytest
from triage_asserts import assert_calm, assert_emergency

from bot.knowledge import ReplyRules

CALL_NOW = [
    # a weapon, impalement, a crush, being trapped
    "my brother has been stabbed outside the chippy",
    "there's been a shooting, a lad was shot in the leg",
    "he slipped and impaled his thigh on a metal spike",
    "my arm is pinned under the fallen wardrobe",
    # poisoning: something harmful swallowed, fumes breathed in
    "my grandson has swallowed a washing pod",
    "the baby chewed a button battery from the remote",
    "our daughter drank some weedkiller from the shed",
    "we think it's carbon monoxide, the whole family has a headache and feels dizzy",
    # sepsis and meningitis
    "little purple dots on her legs and they don't fade under the glass",
    "his skin has gone mottled and he is freezing cold and not making sense",
    "my stiff neck and the light hurts my eyes so much",
    # sudden loss of sight; vomit like coffee grounds or with blood
    "suddenly can't see out of my left eye",
    "I've vomited twice and it looks like coffee grounds",
    "my husband has been throwing up blood",
    # a blow to the head with its danger signs; on a blood thinner
    "my daughter took a blow to the head at hockey and now she's really drowsy",
    "grandma is on apixaban and banged her head on the fireplace",
    # a mains shock; a chemical; a face burned
    "my husband was electrocuted fixing the light and he's pale and his heart is racing",
    "oven cleaner splashed in my eye and I can't see properly",
    "the gas hob flared and burnt her face",
    # drowning, a hypo that does not come up, a collapse, a floppy child, the cold
    "we got him out of the water and he's coughing and very sleepy",
    "my partner is diabetic, his sugar is still low after three lots of juice",
    "my uncle just keeled over at the table",
    "the toddler has gone limp and won't respond to me",
    "found her in the snow, ice cold and she's stopped shivering",
    # pregnancy; a testicle; someone else's accident happening now
    "I'm 34 weeks pregnant and haven't felt the baby move all day",
    "my teenage son has agonising pain in his testicle that came on suddenly",
    "my dad fell from the scaffolding at work",
    "my wife was hit by a car",
    # the second round: a blind or curtain over the sight, a handful of tablets, a snake,
    # a scald down the front, the cold all night, the cord, no kicks, a thinner and a bleed
    "it was like a black curtain came down over my right eye",
    "my flatmate has taken a handful of her mum's sleeping tablets",
    "a snake bit my son on the hand while we were camping",
    "the pan of soup tipped and scalded him all down his front, blistering",
    "we found him in the shed, stone cold and very drowsy",
    "my waters went and I can feel the cord",
    "I'm 30 weeks and the baby has stopped kicking since last night",
    "my father is on warfarin and his nosebleed has gone on for 45 minutes",
    "my husband was electrocuted by the hedge trimmer cable",
    # the third round: a long lie, CPR under way, a count of tablets, a plant or a cleaning
    # liquid swallowed, glassed, a jump from a bridge, sight gone dark, a chemical in the eye
    "my nan has been on the floor for hours and can't get up",
    "a man has collapsed in the car park and a nurse is doing CPR",
    "my partner swallowed 24 of his codeine tablets",
    "our toddler has eaten a toadstool from the lawn",
    "my son drank some washing up liquid",
    "my brother got glassed outside the club",
    "a girl has jumped off the bridge into the canal",
    "all of a sudden my sight in one eye has gone dark",
    "my daughter got oven cleaner in her eye",
    "my wife is 33 weeks and hasn't felt him move since yesterday",
    "we pulled my uncle out of the canal, he's grey and not breathing properly",
]

CALM = [
    # the same words, past, over, feared, asked or figurative
    "my brother was stabbed in 2009, he's fine now",
    "the steroid shot in my back helped a lot",
    "the pain is stabbing, like a knife in my buttock",
    "we tested the carbon monoxide alarm today",
    "a rash on my arm that fades when I press it",
    "what does a meningitis rash look like?",
    "my dad fell off the scaffolding years ago, he was fine",
    "coffee makes me feel sick in the mornings",
    "I spilled coffee grounds all over the kitchen floor",
    "got a static shock off the trolley",
    "the pain feels like an electric shock down my leg",
    "my nephew had a nosebleed in PE, it stopped after ten minutes",
    "the dentist numbed my jaw and my speech is a bit funny",
    "my husband works at heights and I worry he'll fall",
    "our little boy fell out with his best friend",
    "I've fallen in love with pilates",
    "the pain down my leg is like being electrocuted",
    "my back went like a gunshot when I sneezed",
    "I feel like I've been hit by a truck this morning, so stiff",
    "I took 20 mg of amitriptyline last night",
    "she stabbed me in the back at work, I'm so hurt",
    "I slept on the floor all night because of my back",
    "we did a first aid course, practised CPR on a dummy",
    "burning pain all down my leg when I sit",
    "pushed the car off the road when it broke down, back is sore",
]


@pytest.mark.parametrize("message", CALL_NOW)
def test_emergencies_by_function_and_mechanism_get_the_call_now_reply(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", CALM)
def test_their_near_misses_stay_calm(ask, message):
    a = ask(message)
    assert_calm(a, message)


def test_a_flag_concept_rule_holds_for_that_flag_only():
    rules = ReplyRules(order=("other",), default={"other": "note"}, flags={}, concepts={},
                       flag_concepts={"general-emergency": {"fall_word": {"other": "warn"}}})
    assert rules.action("general-emergency", "fall_word", {"other"}) == "warn"
    assert rules.action("serious-illness-signs", "fall_word", {"other"}) == "note"
    assert rules.action("general-emergency", "height_word", {"other"}) == "note"


def test_someone_elses_accident_is_now_unless_said_as_past(ask):
    assert ask("my son fell off the garage roof").kind == "urgent"
    assert ask("my son fell off the garage roof when he was little").kind != "urgent"


def test_a_baby_said_beside_a_duration_leaves_the_duration_to_the_pain(ask):
    """'baby' is no sign word: 'since I had my baby 5 months ago' still dates the pain."""
    a = ask("started after I had my baby 5 months ago and hasn't settled")
    assert a.kind == "urgent" and a.id == "persistent-pain", (a.kind, a.id)


# Stop 20: a face drooping told of someone with the writer (not the lasting result of a
# stroke that has happened); found on the floor with no memory
# of going down; blood coughed up with breathlessness; a meter's low reading with muddle; a
# head hit on a thing, then sickness and confusion; shoulder-tip pain with a pregnancy test
# days ago.
CALL_NOW_20 = [
    "my mum's face has gone droopy on one side",
    "my dad's face has dropped on one side again, he had a stroke last year",
    "my husband found me on the bathroom floor and I don't remember going down",
    "coughing up blood and short of breath two weeks after my op",
    "out of breath on the stairs and coughed up a bit of blood this morning",
    "my meter reads LO and I'm all muddled",
    "banged my head on the car boot, been sick and feel confused",
    "positive pregnancy test on Monday and now shoulder tip pain and cramps on one side",
    # a limb that "won't" do it is one that can't, beside speech; the services' "RTC"
    "her right arm won't raise and her speech has gone all wrong",
    "rtc on the motorway, lying on the hard shoulder and can't get up",
]
CALM_20 = [
    "my grandad's face drooped after his stroke in 2015, is walking good for sciatica?",
    "my friend's dad had a stroke, it made me think about my health",
    "my wife was talking gibberish in her sleep, funny",
    "her mouth droops since her stroke in 2019, is swimming ok for sciatica?",
    "my arm won't go up past my shoulder since I painted the ceiling, is that my back?",
]


@pytest.mark.parametrize("message", CALL_NOW_20)
def test_stop20_emergencies_get_the_call_now_reply(ask, message):
    assert_emergency(ask(message), message)


@pytest.mark.parametrize("message", CALM_20)
def test_stop20_near_misses_stay_calm(ask, message):
    assert_calm(ask(message), message)
