"""Reading what people really write (issue 8): a story told before a question, words that are
ours only in context, and the words that say what kind of answer is wanted.

The messages here are written for these tests, in other words than any labelled set.
"""

from __future__ import annotations

import pytest
from triage_asserts import known_learned_alarm

from bot.engine import compile_knowledge


def evidence(kb, message):
    return compile_knowledge(kb).scope.evidence(message)


@pytest.mark.parametrize("message", [
    "we moved house last week and the garden is a mess",
    "the damp keeps coming back in the bathroom",
    "my laptop needs a fix",
    "my nan is having a cataract operation",
])
def test_words_ours_only_in_context_are_no_evidence(kb, message):
    """'move' is exercise and 'coming back' a recurrence only in a message already about us
    (language.yaml `contextual_synonyms`)."""
    assert evidence(kb, message).hints == 0, message


@pytest.mark.parametrize("message", [
    "does moving about help sciatica", "my sciatica keeps coming back",
    "explain what these movements do for the spine",
])
def test_words_ours_in_context_count_beside_our_own(kb, message):
    assert evidence(kb, message).enough, message


def test_the_words_of_another_places_name_are_not_ours(kb):
    assert evidence(kb, "hip replacement recovery for my gran").weight == 0
    assert evidence(kb, "my hip and leg hurt").enough


def test_several_terms_of_one_concept_say_more_than_one(kb):
    one = evidence(kb, "is yoga any good")
    several = evidence(kb, "yoga, injections, a chiropractor: what actually works")
    assert several.strength > one.strength == one.hints


def test_a_phrase_is_found_by_the_stems_of_its_words(kb):
    assert "avoid" in compile_knowledge(kb).analyzer.words("what should I be staying away from")


@pytest.mark.parametrize(("message", "entry_id"), [
    ("I drive a van for a living and I've gained three stone. Am I more likely to get "
     "sciatica because of it?", "risk-factors"),
    ("I'm a bus driver and I smoke twenty a day. Could smoking be why I keep getting back "
     "pain?", "risk-factors"),
    ("I teach yoga three times a week and my left leg has started tingling. Which exercises "
     "should I avoid for now?", "what-to-avoid"),
    ("My GP has referred me for a steroid injection next month. What does it involve and does "
     "it hurt?", "injections"),
    ("I'm 32 weeks pregnant and my bum and leg ache all evening. Can I take anything for the "
     "pain?", "pregnancy"),
])
def test_a_story_is_answered_by_what_it_asks(ask, message, entry_id):
    """The question says what is asked; the story's situation (a driver, a yoga teacher)
    weighs less, and says which 'it' is meant."""
    a = ask(message)
    assert entry_id in (a.id, a.entry), (message, a.kind, a.id, [s.id for s in a.suggestions])


@pytest.mark.parametrize(("message", "entry_id"), [
    ("My brother's wedding is in Galway next weekend and the dance floor will be packed. I've "
     "been doing my stretches every day. Can I take a break from them for the weekend?",
     "skipping-stretches"),
    ("Everyone online swears by something else: acupuncture, pilates, injections, a "
     "chiropractor. I'm lost. Which of these actually works?", None),
])
def test_a_storys_everyday_words_are_not_another_topic(ask, message, entry_id):
    a = ask(message)
    assert a.kind != "fallback", message
    if entry_id:
        offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
        assert entry_id in offered, (message, a.kind, a.id)


@pytest.mark.parametrize("message", [
    "The kitchen tap keeps dripping. I've changed the washer twice. How do I fix it?",
    "Our boiler keeps cutting out. The engineer came twice. How do I treat it?",
    "We moved house last month. The garden is full of weeds. What should I plant first?",
])
def test_a_question_of_ours_after_a_story_of_something_else_is_declined(ask, message):
    """'How do I fix it?' asks word for word what an entry answers; the story says it is
    about something else."""
    assert ask(message).kind == "fallback", message


@pytest.mark.parametrize(("message", "entry_id"), [
    ("I drive a forklift on nights in Swindon and the lads think I'm skiving. The clinic has "
     "offered me an epidural. Should I go ahead?", "injections"),
    ("I'm a self-employed roofer in Cork with a van loan to pay off. The consultant says the "
     "operation is an option or I could wait. Which would you do?", "surgery"),
    ("Got my cousin's stag do in Magaluf with the lads from the garage, paintballing and a "
     "boat party. What's the most naproxen I can take in one day?", "painkillers"),
    # a body part that names a person is no other body part
    ("Off for ten days with this now. The head teacher keeps emailing about cover. When can "
     "I go back to work?", "sitting-and-work"),
    # "this", in a chat with this bot, is the condition
    ("Before this started I swam at the lido every morning. My swimming club keeps "
     "emailing. Can I swim yet?", "other-exercise"),
])
def test_a_storys_situation_is_no_other_topic_when_it_says_something_of_ours(
        ask, message, entry_id):
    """A story that names something of ours (language.yaml `situation`: a care word, the
    back, a complaint) is read by what it asks: its job, town or party are no other topic."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert entry_id in offered, (message, a.kind, a.id, offered)


@pytest.mark.parametrize("message", [
    "The satellite dish came loose in the storm. The installer will come back Friday. Can I "
    "fix it myself before then?",
    "We're repainting the back bedroom. The landlord is fussy. Which roller gives the "
    "smoothest finish on plaster?",
])
def test_a_storys_situation_without_anything_of_ours_is_still_another_topic(ask, message):
    """'come back' is a recurrence only in context, and a question with a word of another
    topic ('roller', 'plaster') stays outside, whatever the story says."""
    assert ask(message).kind == "fallback", message


@pytest.mark.parametrize("message", ["back wise how am i meant to sit at my desk",
                                     "what's the maximum amount of paracetamol per day"])
def test_words_of_how_much_and_as_for_are_no_other_topic(kb, message):
    assert compile_knowledge(kb).scope.evidence(message).foreign == (), message


@pytest.mark.xfail(strict=True, reason="the learned second reader warns of a serious illness "
                   "on a first sciatica after a hop off a forklift (stop 24): no general gate "
                   "tells a small mechanism from trauma yet")
def test_a_story_plainly_about_the_back_is_never_declined_for_its_everyday_words(ask):
    """Enough evidence of ours, and nothing in what it asks pointing elsewhere: many words no
    entry uses (a farm, a town) make the match doubtful, so the bot asks back with its best
    candidates, the question's own best among them, instead of declining."""
    a = ask("Never had back trouble in my life. Last Tuesday I hopped off the forklift and "
            "bang, pain in the back and all down the back of the leg. Doc said sciatica and "
            "gave me a pamphlet I've misplaced. I'm 47, haulage depot outside Wexford. What "
            "should I be doing?")
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert "getting-started" in offered, (a.kind, offered)
    assert a.kind != "fallback"
    assert "hello" not in [s.id for s in a.suggestions]


def test_in_a_story_read_by_its_question_the_questions_best_entry_is_offered(ask):
    a = ask("Never had a day off sick in thirty years. Bent over the chest freezer at the "
            "cash and carry and boom, pain down the back of my leg. Doc said sciatica, gave "
            "me a leaflet I left on the bus. What should I be doing?")
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert "getting-started" in offered, (a.kind, offered)


@pytest.mark.parametrize("message", ["translate sciatica into german",
                                     "translate my sciatica leaflet into polish"])
def test_our_words_with_a_question_of_another_topic_are_still_declined(ask, message):
    assert ask(message).kind == "fallback", message


@pytest.mark.parametrize(("message", "kind"), [("evening and morning routine please", "routine"),
                                               ("morning! how many reps?", "faq")])
def test_a_greeting_word_is_no_rival_to_the_question(ask, message, kind):
    """'Morning' and 'evening' may be times of day, not a greeting; either way the greeting
    entry does not make the question a close call."""
    assert ask(message).kind == kind, message


@pytest.mark.parametrize(("message", "social"), [
    ("it hurts from the lower back all the way to my big toe on the right side", False),
    ("it's all the way down the back of my thigh now, which stretch?", False),
    ("that's all for now, bye", True),
    ("thanks so much, that really helped", True),
])
def test_a_goodbye_matched_loosely_inside_a_pain_story_is_no_answer(ask, message, social):
    """"All the way to my toe" is no "that's all": a social entry matched on a word or two
    of a message that tells of the back never answers it; a plain goodbye still does."""
    assert (ask(message).kind == "chitchat") == social, (message, ask(message).kind)


@pytest.mark.parametrize("message", [
    "pushed the wardrobe against the back wall and now the room feels cramped",
    "my new book's spine cracked the first time I opened it, is that normal",
    "my kid brother gets on my nerves all day",
    "the disc drive in my old pc has not worked for 8 weeks now, how do i fix it",
    "I sowed beans by the back fence and they keep dying, should I move them",
])
def test_things_named_with_our_words_are_another_topic(ask, message):
    """'Back', 'disc', 'spine' and 'nerves' name other things in compounds and idioms
    (language.yaml synonyms: backgarden, discdrive, bookspine, pester)."""
    assert ask(message).kind == "fallback", message


@pytest.mark.parametrize("message", [
    "slipped on ice in the back yard, now I can't feel between my legs",
    "I put my back out lifting the back door off its hinges, what stretches help",
])
def test_a_compound_hides_nothing_of_ours_said_beside_it(ask, message):
    assert ask(message).kind != "fallback", message


def test_an_exercise_name_inside_a_compound_is_no_exercise(ask):
    a = ask("Felt my back go lifting a feed sack off the quad bike, now it shoots down my "
            "thigh. What should I do?")
    assert a.id != "quadriceps-stretch"


@pytest.mark.parametrize("message", ["how should I organise my week around this",
                                     "am and pm exercises?"])
def test_plain_asks_for_the_daily_plan_get_the_routine(ask, message):
    """Words of planning ('organise', 'structure', 'plan') are generic, not another topic,
    and times of day asked together ('am and pm') ask for the daily plan."""
    assert ask(message).kind == "routine", message


@pytest.mark.parametrize("message", [
    "My nephew wants to train as a chiropractor. The course costs a fortune. Is it worth it?",
    "My sister is booked in for an operation on her bunions. She's dreading it. How do I "
    "cheer her up?",
])
def test_someone_elses_situation_is_not_the_writers(ask, message):
    """A care word whose nearest person word is someone else's ('my nephew ... a
    chiropractor') tells their situation: the story is still about another topic."""
    assert ask(message).kind == "fallback", message


def test_a_message_saying_much_of_ours_is_never_declined_for_its_other_words(ask):
    """Evidence of twice the domain threshold (the condition, a leg, nerve pain, treatment)
    makes a message plainly ours whatever else it tells: a "did you mean", not a decline."""
    a = ask("sciatica treatment: my uncle has had sciatic nerve pain down his leg for ages, "
            "the relatives have exhausted their savings on quacks and now he just lies in "
            "bed, nobody can help him recuperate")
    assert a.kind == "clarify"


@pytest.mark.parametrize(("message", "ours"), [
    ("should I keep walking if I'm limping?", True),
    ("my dog keeps limping after walks, what should I do", False),
])
def test_limping_is_the_legs_and_whose_counts(ask, message, ours):
    assert (ask(message).kind != "fallback") == ours, message


@pytest.mark.parametrize(("message", "ours"), [
    ("sciatica in cats, how would I even tell", False),
    ("back pain in horses after jumping, what helps", False),
    ("back pain in my legs since walking the dog, what helps", True),
])
def test_a_body_part_placed_on_an_animal_after_it_is_the_animals(ask, message, ours):
    """'in' (triage.yaml people `of`) and then an animal, when nothing before the body part
    says whose it is."""
    assert (ask(message).kind != "fallback") == ours, message


@pytest.mark.parametrize("message", [
    "my grandad has carotid stenosis, is the artery operation worth it at 85",
    "mitral stenosis and pregnancy, what are the risks",
])
def test_a_narrowing_of_something_else_is_another_condition(ask, message):
    assert ask(message).kind == "fallback", message


def test_spinal_stenosis_stays_ours(ask):
    assert ask("my mum has spinal stenosis, what is it").id == "spinal-stenosis"


def test_where_a_pain_travels_to_is_the_leg(ask):
    """'Shooting past my knee' tells where a leg pain goes, not a knee problem."""
    a = ask("Was fine all week, then bent to lift the washing basket and now it's shooting "
            "past my knee. Friends are coming for dinner tonight. What can I do today to "
            "calm it?")
    assert a.id == "flare-up", (a.kind, a.id)
    assert ask("my knee clicks when I squat, is that bad").kind == "fallback"


def test_one_word_of_another_topic_beside_our_exercise_is_how_it_is_done(ask):
    """Our exercise called by name with one everyday word no entry uses ('toppling') is
    asked about; several ('upward dog vs downward dog, which burns more calories in
    vinyasa') make it trivia about something else."""
    assert ask("how do I do the quadriceps stretch without toppling over").id == (
        "quadriceps-stretch")
    assert ask("upward dog vs downward dog, which burns more calories in vinyasa").kind == (
        "fallback")


def test_vaping_is_smoking(ask):
    assert ask("could my vape habit be why my back is bad").id == "risk-factors"


@pytest.mark.parametrize(("message", "entries"), [
    ("which muscles might contribute to my leg pain", {"why-it-hurts",
                                                       "what-is-lumbar-radiculopathy"}),
    ("what tight muscles contribute to a sore lower back",
     {"why-it-hurts", "what-is-lumbar-radiculopathy"}),
    ("The MRI found two bulges. I can't afford the physio until next month. What kind of "
     "stretches can I do until then?", {"what-exercises-do", "best-exercise"}),
])
def test_what_causes_and_what_exercises_ask_for_a_kind_of_answer(ask, message, entries):
    """'What causes' and 'contribute to' ask what the condition is and why it hurts, whatever
    body words come with them (not an exercise for those muscles); 'what kind of stretches'
    asks for the exercises, not how long recovery takes."""
    a = ask(message)
    assert a.id in entries, (message, a.kind, a.id)


@pytest.mark.parametrize(("message", "ours"), [
    ("what mattress should I buy for my toddler", False),
    ("is ibuprofen safe to give a toddler", False),
    ("is it safe to give my horse painkillers", False),
    ("heat pack for my son's sciatica, is that ok?", True),
    ("can i take ibuprofen before walking the dog", True),
])
def test_care_for_an_animal_or_a_young_child_is_theirs(ask, message, ours):
    """A care word (a mattress, ibuprofen) given to an animal or a young child, with nothing
    of anyone's body or condition, is their topic (language.yaml `given_to`); with a
    condition named, or taken by the writer, it stays ours."""
    assert (ask(message).kind != "fallback") == ours, message


@pytest.mark.parametrize(("message", "ours"), [
    ("the puppy still won't sleep in his basket at night", False),
    ("how can I get my grandson to nap after school", False),
    ("my granddaughter is up at 5, how do I get her to sleep later", False),
    ("can I still lift my grandson into his high chair", True),
    ("can I still walk the dog twice a day", True),
])
def test_an_activity_a_young_child_or_an_animal_does_is_theirs(ask, message, ours):
    """Sleep, a nap or a walk done by a young child or an animal named right before it
    (language.yaml `doing`), with nothing of anyone's body or condition, is their topic;
    the same activity done by the writer with them stays ours."""
    assert (ask(message).kind != "fallback") == ours, message


@pytest.mark.parametrize(("message", "ours"), [
    ("set an alarm on my phone for 6, how", False),
    ("my boiler's servicing, what does the routine visit cover", False),
    ("epidural during labour, will it make me numb", False),
    ("how many sets a day for the knee hugs", True),
    ("I had an epidural during labour, could that be why my back and leg hurt now", True),
])
def test_a_shared_word_takes_its_sense_from_a_phone_upkeep_or_a_birth(ask, message, ours):
    """Setting an alarm on a phone is no set of an exercise, a machine's servicing routine
    no routine of ours, and an epidural in labour the birth's (language.yaml `senses`,
    `elsewhere`); beside something of ours the same words stay ours."""
    assert (ask(message).kind != "fallback") == ours, message


@pytest.mark.parametrize(("message", "ours"), [
    ("the whippet has a slipped disc, how long should he rest", False),
    ("our beagle's been told he has sciatica, will he walk again", False),
    ("the dog pulled me over and now my slipped disc is killing me", True),
    ("codeine makes me sick as a dog but the pain is unreal, other options?", True),
])
def test_an_animals_disc_or_condition_is_the_animals(ask, message, ours):
    """A disc or the condition whose nearest owner is an animal is the animal's, as its
    back or legs are; the writer's own beside an animal named stays ours."""
    assert (ask(message).kind != "fallback") == ours, message


@pytest.mark.parametrize(("message", "ours"), [
    ("what should I eat after the gym for muscle gain", False),
    ("which app is best for a meditation habit", False),
    ("how do I pluck up the nerve to ask for a day off", False),
    ("my eyelid flickers all day, is it a nerve", False),
    ("there's a crack along the hall wall, should I worry", False),
    ("can I still go to the gym to build muscle with a slipped disc", True),
    ("had the nerve root injection, when can I drive", True),
])
def test_a_goal_or_a_sense_of_another_topic_points_elsewhere(ask, message, ours):
    """Muscle and looks, meditation (language.yaml `elsewhere`), nerve as courage
    (synonyms), a crack in a wall (`senses`) are another topic's; beside the condition,
    or as a nerve root, the same words stay ours."""
    assert (ask(message).kind != "fallback") == ours, message


@pytest.mark.parametrize(("message", "not_this"), [
    ("instead of painkillers, what can I do for my sciatica", "painkillers"),
    ("I don't want surgery for my disc, what are the other options", "surgery"),
])
def test_what_the_writer_rules_out_is_not_what_is_asked(ask, message, not_this):
    """Care named after 'I don't want', 'instead of' (language.yaml `rejecting`) is context:
    the writer asks for something else."""
    a = ask(message)
    assert a.kind != "fallback" and not (a.kind == "faq" and a.id == not_this), (a.kind, a.id)


@pytest.mark.parametrize("message", ["can sciatica make the top of my foot numb",
                                     "burning on top of the thigh, is it the nerve"])
def test_the_top_of_a_body_part_is_a_place_not_the_best_exercise(ask, message):
    """'The top of my foot' says where (language.yaml synonyms: upper), never the 'top'
    exercise."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert "best-exercise" not in offered, (a.kind, offered)


def test_a_question_about_other_readers_pain_is_not_what_a_story_asks(ask):
    """'What made your leg pain flare up?' asks other readers about theirs (language.yaml
    `yours`): the writer's story (a scan, an epidural, an operation mentioned) decides."""
    a = ask("Scan showed a bulging disc at L4. Had one epidural, and now the consultant "
            "mentioned an operation. What made your leg pain flare up?")
    assert a.kind == "clarify", (a.kind, a.id)
    assert {"surgery", "injections", "mri", "slipped-disc"} & {s.id for s in a.suggestions}


@pytest.mark.parametrize("message", [
    "honestly what is the point of strengthening my core, the pain is in my thigh",
    "whats the point of strengthening my core when it's my hamstring that aches",
])
def test_asking_what_the_point_is_asks_what_the_exercises_do(ask, message):
    """'What's the point of ...' asks what the exercises are for (language.yaml intents),
    not for the card of the exercise that strengthens that muscle."""
    assert ask(message).id == "what-exercises-do", message


@pytest.mark.parametrize("message", [
    "I have a pain that runs down the outside of my leg, what is it",
    "pain running down my leg since friday, what helps",
])
def test_a_pain_that_runs_down_the_leg_is_no_running(ask, message):
    """'Runs down my leg' is how a nerve pain travels (language.yaml synonyms: shooting),
    not a question about running."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert offered[0] != "other-exercise", (a.kind, offered)


@pytest.mark.parametrize("message", [
    "My GP referred me to the pain clinic and they mentioned an epidural. What exactly is it?",
    "They want to do a nerve block at the pain clinic next month. What is it exactly?",
])
def test_what_exactly_is_it_asks_about_the_care_named(ask, message):
    """'What exactly is it?' asks what the treatment named is (language.yaml intents, the
    story choosing among them), not how to cope with the clinic it is done at."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert offered[0] == "injections", (a.kind, offered)


def test_where_do_i_go_from_here_asks_for_first_steps(ask):
    """'Now what', 'where do I go from here' ask for the first steps (language.yaml
    intents), not what the scan named is."""
    a = ask("slipped disc confirmed on the scan. where do I go from here?")
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert "getting-started" in offered, (a.kind, offered)


def test_what_the_condition_can_do_asks_where_and_why_it_hurts(ask):
    """'Is it possible for sciatica to cause ...' asks what the condition is and why it
    hurts where it does (language.yaml intents)."""
    a = ask("is it possible for sciatica to cause pain in the groin")
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert offered[0] in {"what-is-lumbar-radiculopathy", "why-it-hurts"}, (a.kind, offered)


@pytest.mark.parametrize(("message", "entry"), [
    ("is a chiro worth it or a waste ngl", "hands-on-therapies"),
    ("physio any use or pointless innit", "physical-therapy"),
    ("ETA on the leg pain going", "time-to-results"),
])
def test_chat_abbreviations_and_fillers_are_no_other_topic(ask, message, entry):
    """Chat abbreviations, fillers and tags ("ngl", "innit"), and whether something is worth
    the money, say how a thing is asked, never what it is about (language.yaml `generic`):
    they are no word of another topic, so they never decline a question of ours. "ETA" is
    how long until (language.yaml synonyms)."""
    a = ask(message)
    known_learned_alarm(a, message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert a.kind != "fallback" and entry in offered, (a.kind, offered)


def test_transport_words_are_everyday_life(kb):
    """Getting somewhere (a bus, a cab, an uber) is daily life, not another topic."""
    assert evidence(kb, "cant afford an uber or the bus to get to the emergency dept").foreign == ()


@pytest.mark.parametrize("message", [
    "can i neck some ibuprofen",
    "just neck an ibuprofen and carry on?",
    "can i pop a few painkillers and crack on",
])
def test_colloquial_verbs_for_taking_tablets_take_them(ask, message):
    """To neck, pop or knock back tablets is to take them (language.yaml synonyms: take):
    the verb 'neck' is no neck, so the question is not declined as another body part."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert "painkillers" in offered, (a.kind, offered)


def test_a_neck_that_is_a_neck_stays_another_body_part(kb):
    """Only the verb is taking: 'my neck a few times a day' is still a neck."""
    assert evidence(kb, "my neck a few times a day goes stiff").elsewhere


@pytest.mark.parametrize(("message", "entry"), [
    ("wall squad how long do i hold", "wall-squat"),
    ("wall squad for sciatica, how do i do it", "wall-squat"),
])
def test_a_slip_beside_the_rest_of_an_exercises_name_is_that_name(ask, message, entry):
    """A slip that is an English word of its own ("squad") is left alone by correction, but
    beside the rest of an exercise's name ("wall") it is the name's word."""
    a = ask(message)
    assert (a.kind, a.id) == ("exercise", entry), (a.kind, a.id)


def test_a_lift_somewhere_is_a_ride_not_lifting(ask):
    """'No lift to the hospital' is a ride (language.yaml synonyms), not a question about
    lifting."""
    a = ask("no bus and no lift to the hospital, what do i do")
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert "lifting" not in offered and a.kind != "fallback", (a.kind, offered)


def test_physio_spelt_by_sound_is_physio(ask):
    """'Fizio' is how physio sounds (language.yaml spellings)."""
    assert ask("is fizio worth trying for my sciatica").id == "physical-therapy"


def test_what_one_should_not_be_doing_asks_what_to_avoid(ask):
    """'Not supposed to be doing' asks what to avoid, as 'should not do' does (language.yaml
    intents), not what the condition is."""
    assert ask("my slipped disc - what am I not supposed to be doing").id == "what-to-avoid"


@pytest.mark.parametrize(("message", "ours"), [
    ("after a hip operation how soon can you walk the dog", False),
    ("had my knee op last month, when can I drive again", False),
    ("had my third spinal fusion in May, is this pain normal", True),
])
def test_an_operation_on_another_body_part_is_none_of_ours(kb, message, ours):
    """A synonym's describing gap never holds another body part (language.yaml
    `other_parts`): "after a hip operation" is no operation of ours, "had my third spinal
    fusion" is."""
    words = compile_knowledge(kb).analyzer.words(message)
    assert any(w == "postoperative" for w in words) == ours, words


def test_a_hip_replaced_is_another_condition(ask):
    """A hip replaced or a hip operation is another condition (language.yaml `elsewhere`),
    found in the message's own words and in context ("operation" is surgery only there)."""
    assert ask("my gran had her hip replaced, how soon can she go for walks").kind == "fallback"
    assert ask("tired after a hip operation, is that normal").kind == "fallback"


@pytest.mark.parametrize("message", ["a bruise on the back of her thigh",
                                     "cramp in the back of his calf"])
def test_the_back_of_a_body_part_is_a_place_on_it(kb, message):
    """'The back of his thigh' is the hamstring, 'the back of his calf' the leg (language.yaml
    synonyms), whoever's it is: never the back."""
    words = compile_knowledge(kb).analyzer.words(message)
    assert "back" not in words, words


def test_a_pulled_hamstring_is_a_sports_strain(ask):
    """A pulled or torn hamstring is a strain, another condition (language.yaml
    `elsewhere`); with sciatica named it stays ours."""
    assert ask("tore my hamstring sprinting, ice or heat?").kind == "fallback"
    assert ask("is it sciatica or a pulled hamstring, pain down my leg").kind != "fallback"


def test_an_idiom_of_being_annoyed_names_no_head(kb):
    """'Doing my head in' is being fed up (language.yaml synonyms: pester), no head of
    anyone's, so it is no other body part."""
    assert not evidence(kb, "this leg pain is doing my head in").elsewhere
    assert evidence(kb, "my head hurts and my leg pain too").elsewhere


@pytest.mark.parametrize("message", [
    "my knackered old back needs something gentle, what stretches",
    "is swimming ok with a wonky back",
    "this ropey sciatica of mine, how long does it last",
])
def test_words_that_describe_our_body_are_no_other_topic(kb, message):
    """Between a determiner and a body part or the condition, a word says how it is
    ("knackered", "wonky", "ropey"), however it is spelt or whether any list knows it:
    a quality, never a word of another topic (language.yaml `determiners`)."""
    assert evidence(kb, message).foreign == ()


def test_a_back_after_describing_words_is_the_body(kb):
    """'A wonky back' is the back as 'my back' is; 'get back to work', 'come back' and
    'my money back' (an everyday word between) are a way back, no body."""
    assert evidence(kb, "any gym advice for someone with a wonky back").weight > 0
    for message in ("when can i get back to work", "will it come back",
                    "how do i get my money back"):
        assert evidence(kb, message).weight == 0, message


@pytest.mark.parametrize(("message", "entry"), [
    ("wtf is the point of all these stretches", "what-exercises-do"),
    ("tryna find the safest way to lift boxes with sciatica", "lifting"),
    ("wetin i fit do for this back wahala", None),
])
def test_chat_and_pidgin_are_how_a_thing_is_asked(ask, message, entry):
    """Chat tags and contractions ("wtf", "tryna", "thru") and Nigerian Pidgin's words of
    asking ("wetin": what, "abeg": please, "wahala": a problem) say how a question is asked,
    never what about (language.yaml spellings and `generic`)."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert a.kind != "fallback" and (entry is None or entry in offered), (a.kind, offered)


def test_an_exercise_name_without_its_brackets_is_still_ours(kb):
    """'Knees to chest (both knees)': the bracket tells two of ours apart; "the knees to
    chest one" still calls one of our exercises, though knees and chest are other body
    parts."""
    assert evidence(kb, "can i do the knees to chest one in the morning").exercise


@pytest.mark.parametrize("message", [
    "is it better to just chill out in bed for a few days",
    "will resting till it goes away help",
])
def test_resting_and_waiting_in_chat_words_ask_about_resting(ask, message):
    """To chill is to rest (language.yaml synonyms), and "wait it out", "till it goes away"
    are waiting for the writer's own pain to pass: the question is whether to rest or keep
    moving, never declined."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert a.kind != "fallback", (a.kind, offered)


def test_a_story_that_describes_an_exercise_is_about_what_it_asks(ask):
    """The words of a job in a story ("a plasterer ... up ladders") are no other topic when
    the story describes one of our exercises, other body parts and all, and asks how to do
    it: what is asked decides."""
    a = ask("You kneel down, sit back on your heels and reach your arms forward on the "
            "floor. I'm a plasterer so I'm up ladders all day. How long do I stay like that?")
    assert (a.kind, a.id) == ("exercise", "childs-pose"), (a.kind, a.id)


def test_a_cue_holds_the_words_that_describe_its_noun(kb):
    """"Good exercises" is asked in "some good core strengthening exercises" too: a cue of
    two words may hold one or two words of substance between them (language.yaml
    intents), never small words ("good for my exercises" is not asking for exercises)."""
    matcher = compile_knowledge(kb).matcher
    asked = matcher.asked_for("what are some good core strengthening exercises")
    assert "what-exercises-do" in asked
    assert "what-exercises-do" not in matcher.asked_for("is walking good for me or just exercises")


def test_whether_something_brings_it_on_asks_about_risk(kb):
    """"Can carrying a heavy rucksack cause back ache?" asks whether a thing brings the
    condition on: its risk factors (language.yaml intents)."""
    matcher = compile_knowledge(kb).matcher
    assert "risk-factors" in matcher.asked_for("can carrying a heavy rucksack cause back ache")


@pytest.mark.parametrize("message", [
    "thatll do my back in wont it",  # a contraction without its apostrophe
    "whats the gentlest stretch for sciatica",  # a superlative of a known word
    "have i undone all the good work",  # a prefixed known word
    "its flared up agn, wot do i do",  # chat spellings of common words
])
def test_forms_of_known_words_are_no_other_topic(kb, message):
    """A word the knowledge base does not use is another topic's only when it is a word of
    its own: another form of a known or common word ("itll", "strongest", "undone", the
    chat spelling "agn") says nothing about what a message is about."""
    assert evidence(kb, message).foreign == (), message


@pytest.mark.parametrize(("message", "word"), [
    ("whats the tallest mountain in europe", "mountain"),
    ("best tv box sets to binge this winter", "bing"),
    ("how hot will it be tomorrow in paris", "pari"),
])
def test_words_of_another_topic_stay_so_beside_forms_of_known_ones(kb, message, word):
    assert word in evidence(kb, message).foreign, message


@pytest.mark.parametrize("message", ["any quick remedies for a rough day",
                                     "what moves help on a bad morning",
                                     "is there a proper fix or do i just wait"])
def test_words_ours_in_context_are_no_other_topic(kb, message):
    """A word that is ours only in context (language.yaml contextual_synonyms: "fix",
    "remedies", "moves") points nowhere alone: it is no word of another topic."""
    assert evidence(kb, message).foreign == (), message


@pytest.mark.parametrize(("message", "entry"), [
    ("The consultant's letter mentions 'spinal stenosis'. What does that mean?",
     "spinal-stenosis"),
    ("my scan report says 'disc protrusion' - what is that??", "slipped-disc"),
    ("Physio wrote 'radicular pain' in my notes. What's that?",
     "what-is-lumbar-radiculopathy"),
    ("the leaflet keeps talking about 'red flags'. what are they?", "redflags"),
])
def test_a_quoted_term_is_what_that_asks_about(ask, message, entry):
    """People quote what a letter, a report or a doctor said and ask what "that" means: the
    quoted term is asked, the frame around it ("my physio wrote ... in my notes") tells the
    story (pipeline._rankings, text.quoted)."""
    a = ask(message)
    assert a.id == entry, (a.kind, a.id, [s.id for s in a.suggestions])


def test_a_long_quote_is_a_passage_not_a_term(kb):
    from bot.engine.text import quoted
    assert quoted("my physio's note says 'nerve root irritation', don't panic") == [
        "nerve root irritation"]
    assert quoted("it says 'a broad disc bulge at L4/5 with mild narrowing of the canal'") == []


def test_words_of_grammar_weigh_lightly(kb):
    """"They", "because", "someone" say how a sentence is built: a phrasing that happens to
    use one is no better a match for it (language.yaml `grammar`), so "what are they?"
    after a story is about the story."""
    matcher = compile_knowledge(kb).matcher
    def weight(word: str) -> float:
        (token,) = matcher.content(word)
        return matcher.idf(token)
    assert weight("they") < 0.8 and weight("someone") < 0.8
    assert weight("shouldnt") > 1.0  # a word that changes what is asked keeps its weight


def test_a_question_that_only_asks_about_it_is_about_the_story(ask):
    """"Is it even recommended for this?" after a story about a medicine: the question's
    cue fits the medicine's entry, so "it" is the medicine, not whatever entry happens to
    say "recommend"."""
    a = ask("Three weeks on pregabalin now and I'm dizzy all the time. "
            "Is it even recommended for this?")
    assert a.id == "nerve-pain-medicines", (a.kind, a.id)


@pytest.mark.parametrize(("message", "entry"), [
    ("when does it stop", "time-to-results"),
    ("does it ever end", "time-to-results"),
    ("At what point should I think about an operation?", "surgery"),
    ("naproxen, any point?", "painkillers"),
])
def test_short_ways_of_asking_when_and_whether_worth_it(ask, message, entry):
    """"When does it stop" asks how long until it stops; "at what point" asks when, not the
    point of something; "any point?" after a medicine asks whether it is worth taking."""
    a = ask(message)
    assert a.id == entry, (a.kind, a.id, [s.id for s in a.suggestions])


@pytest.mark.parametrize("message", [
    "got a long haul flight friday, how do i manage my leg on the plane",
    "back to nights on the ward next week, any advice",
    "bending over the bath at bathtime is agony on my back",
    "is mowing the lawn ok with a trapped nerve",
])
def test_travel_work_and_home_life_are_no_other_topic(kb, message):
    """Travel by air or sea, the ward or the factory floor and its breaks, bathing a small
    child and the chores of a home are the everyday life around the back (language.yaml
    `generic`): the words of the situation, never of another topic."""
    assert evidence(kb, message).foreign == (), message


@pytest.mark.parametrize("message", ["cheapest flights to rome in june",
                                     "which cruise line has the best buffet"])
def test_travel_with_a_word_of_another_topic_is_still_declined(ask, message):
    assert ask(message).kind == "fallback", message


@pytest.mark.parametrize(("message", "entry"), [
    ("will my slipped disc heal by itself?", "slipped-disc"),
    ("does a disc hernia go away on its own", "slipped-disc"),
    ("is sciatica a long term thing?", "how-serious"),
    ("what's the long term outlook with a trapped nerve", "how-serious"),
    ("is gabapentin ok to take long term", "nerve-pain-medicines"),
    ("my leg is absolutely killing me today, what do i do", "flare-up"),
    ("prolapsed disc or bulging disc, is there a difference", "slipped-disc"),
])
def test_healing_alone_and_the_long_term_outlook(ask, message, entry):
    """Healing "on its own", "by itself" or "alone" is one question (language.yaml
    synonyms), and "a hernia of the disc" a herniated disc; "long term" asked of the
    condition is its outlook, asked of a medicine its safety."""
    a = ask(message)
    assert a.id == entry, (a.kind, a.id, [s.id for s in a.suggestions])


@pytest.mark.parametrize(("message", "entry"), [
    ("the gabapentin, these nerve meds, are they worth the side effects",
     "nerve-pain-medicines"),
    ("I can't afford the doctor right now, what do I do if it gets worse",
     "cant-get-to-hospital"),
])
def test_pills_for_the_nerve_and_care_out_of_reach(ask, message, entry):
    """Pills or meds "for the nerve" are the prescribed nerve pain medicines, not any
    painkiller; not being able to pay for or reach care asks what to do without it."""
    a = ask(message)
    assert a.id == entry, (a.kind, a.id, [s.id for s in a.suggestions])


@pytest.mark.parametrize("message", ["is a long haul flight ok with a trapped nerve",
                                     "can i do night shifts with sciatica"])
def test_long_sitting_on_the_way_somewhere_is_sittings_question(ask, message):
    """A flight or a long shift is long sitting, or going to work, with the condition:
    sitting-and-work answers it (not how long it lasts, nor painkillers)."""
    a = ask(message)
    offered = [s.id for s in a.suggestions] if a.kind == "clarify" else [a.id]
    assert "sitting-and-work" in offered, (a.kind, offered)


def _foreign_stems(kb, message):
    return set(compile_knowledge(kb).scope.evidence(message).foreign)


def _stem(kb, word):
    return compile_knowledge(kb).analyzer.tokens(word)[0]


@pytest.mark.parametrize(("message", "word"), [
    # the writer weighing what they just said: the end of a clause opened by 'is that', ...
    ("can I still go to the climbing wall, or is that reckless?", "reckless"),
    ("back on the exercise bike after a week, is that premature?", "premature"),
    # who asks: after 'I'm a', 'as a', to the first small word, or a clause before 'here'
    ("I'm a hairdresser, on my feet all day, how should I stand?", "hairdresser"),
    ("as a welder I crouch a lot, which stretches help my back", "welder"),
    ("first timer here, where do I begin", "timer"),
    # how things go: an everyday verb before a particle that ends its clause
    ("does the stiffness ever fizzle out", "fizzle"),
    ("I'd rather mooch about than lie down, is moving ok?", "mooch"),
    # words naming people say whose a story is
    ("my nan says she's had it for years, will mine last that long?", "she's"),
])
def test_the_writers_own_words_around_what_is_asked_are_no_other_topic(kb, message, word):
    assert _stem(kb, word) not in _foreign_stems(kb, message), message


@pytest.mark.parametrize(("message", "word"), [
    ("is it worth upgrading my kayak paddle this year", "kayak"),
    ("I'm a beginner at chess, which opening should I learn?", "chess"),
    ("any good kebab shops near here", "kebab"),
    ("cheap hotels in porto in june?", "porto"),
    ("how hot will it be in marrakesh", "marrakesh"),
])
def test_a_word_of_another_topic_in_what_is_asked_is_still_one(kb, ask, message, word):
    """Only the writer's own words are neutral: what the clause asks about still points
    elsewhere, and the message is declined."""
    assert _stem(kb, word) in _foreign_stems(kb, message), message
    assert ask(message).kind == "fallback", message


@pytest.mark.parametrize(("message", "word"), [
    # a recommendation reported, a comparison asked: words of asking and saying
    ("my brother swears by cold showers for it, any good?", "swears"),
    ("how do pilates classes compare with physio for this", "compare"),
])
def test_reporting_and_comparing_are_words_of_asking(kb, message, word):
    assert _stem(kb, word) not in _foreign_stems(kb, message), message


def test_wincing_is_pain_said_by_how_it_shows(kb):
    """Wincing, grimacing, flinching: pain told by the face, a hint of ours."""
    said = evidence(kb, "I still grimace every time I stand up from the sofa")
    assert said.hints > 0 and said.clear
