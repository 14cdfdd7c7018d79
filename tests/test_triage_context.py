"""Each sign is read in its context (ConText): whose it is, when, whether it is asked about,
imagined, denied or said for effect, and the reply follows from those properties.
Its probe lists are in tests/probes/triage_context.tsv."""

from __future__ import annotations

from datetime import date

import pytest
from triage_asserts import known_learned_alarm

from bot.engine import compile_knowledge

TODAY = date(2026, 11, 25)


def finding(kb, message, flag):
    reading = compile_knowledge(kb).triage.read(message, TODAY)
    return next((f for f in reading.findings if f.flag.id == flag), None)


@pytest.mark.parametrize(("message", "flag", "prop"), [
    ("no problems peeing, bladder is fine", "cauda-equina", "negated"),
    ("what does foot drop actually feel like?", "progressive-weakness", "asked"),
    ("can sciatica cause incontinence?", "cauda-equina", "asked"),
    ("Out of interest, is foot drop usually permanent?", "progressive-weakness", "asked"),
    ("the GP asked whether I'd had trouble with my waterworks", "cauda-equina", "asked"),
    ("what if I lost control of my bladder one day", "cauda-equina", "hypothetical"),
    ("if my foot started dragging, would I need surgery?", "progressive-weakness",
     "hypothetical"),
    ("I nearly wet myself laughing at the cat", "cauda-equina", "figurative"),
    ("I fell asleep on the sofa", "serious-illness-signs", "figurative"),
    ("my bum goes numb after hours of sitting at my desk", "cauda-equina", "explained"),
    ("back in the 90s I had a fit once, nothing since", "general-emergency", "earlier"),
    ("my legs buckled with laughter at the panto", "progressive-weakness", "figurative"),
    ("years ago my leg gave way after an epidural", "progressive-weakness", "historical"),
    ("had foot drop after my op, fully recovered within a year", "progressive-weakness",
     "resolved"),
])
def test_each_sign_carries_the_property_its_context_gives(kb, message, flag, prop):
    f = finding(kb, message, flag)
    assert f is not None and prop in f.properties and f.reply != "warn", (message, f)


@pytest.mark.parametrize(("message", "flag", "experiencer"), [
    ("my dog's back legs keep giving way", "progressive-weakness", "animal"),
    ("my dad has prostate cancer, and my sciatica makes sitting with him hard",
     "serious-illness-signs", "other"),
    ("my little one has a temperature, can I still do my stretches?", "serious-illness-signs",
     "other"),
    ("the roof has been leaking all week", "cauda-equina", "thing"),
])
def test_someone_elses_sign_is_theirs(kb, message, flag, experiencer):
    f = finding(kb, message, flag)
    assert f is not None and f.experiencer == experiencer and f.reply != "warn", f


@pytest.mark.parametrize(("message", "flag"), [
    # "she" and "his" refer to the last one named they agree with, not the last one named
    ("my uncle's wife was treated for leukaemia in the spring, he drives her to checkups. "
     "His lower back is what I'm asking about", "serious-illness-signs"),
    ("my sister's husband has lung cancer, she's worn out. her back has been sore for a week",
     "serious-illness-signs"),
    # someone's group or place in the writer's words is still theirs
    ("a woman at my work has bowel cancer, should I lift less with my sciatica?",
     "serious-illness-signs"),
    # a farm's animals are animals
    ("the heifer has a high temperature, back's stiff from the milking", "serious-illness-signs"),
    # a question opened by "anyway" is the writer's, not about the one told of before
    ("my grandson had a fit with a temperature as a baby, he's 9 now. So is cycling bad for "
     "sciatica?", "serious-illness-signs"),
])
def test_a_sign_of_someone_named_beside_the_patient_is_theirs(kb, message, flag):
    f = finding(kb, message, flag)
    assert f is None or f.reply != "warn", (message, f)


@pytest.mark.parametrize("message", [
    "crushing pain in my chest going into my left arm and I'm sweating",
    "my husband's face is drooping on one side and his speech is slurred",
    "I can't breathe properly and my lips are going blue",
    "Mum fell down the stairs, hit her head and now she's drowsy",
    "my partner fainted and is not waking up",
    "my lips and tongue are swelling up after the new tablets",
    "fell off the roof this morning and landed on my back",
    "worst stomach pain of my life, I'm doubled over",
    # someone else's, happening now as the words beside it say
    "my brother fell from the roof, he can't move",
])
def test_general_emergencies_get_the_call_now_reply(ask, kb, message):
    a = ask(message)
    assert (a.kind, a.id, a.level) == ("urgent", "general-emergency", "emergency"), message
    assert kb.emergency_number in a.text


@pytest.mark.parametrize("message", [
    "my colleague passed out at work last week, he's fine now",
    "my son fainted at his jab bless him, how long do I hold the stretch?",
    "A colleague had a heart attack at his desk last year",
    "I nearly passed out when I saw the price of the physio",
    "could I have a heart attack from painkillers? I've no chest pain",
])
def test_someone_elses_past_emergency_or_an_idiom_is_not_one(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    "how do i fix a leaking kitchen tap",
    "chest day tomorrow, bench press or incline dumbbells first?",
    "I go to keep fit classes twice a week, he is fit and healthy too",
    "my cactus collapsed overnight, is it rotting",
    "the radiating pain has gone since I did the stretches",
    # an adverb is not the word it is made from: "privately" is no "privates"
    "I saw a physio privately and I've got two different problems",
])
def test_words_that_only_look_like_signs_are_not_alarms(ask, message):
    """A stem shared with a sign ("fitting", "radiator", "press") or a thing that leaks."""
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    "Numbness down there? No, nothing like that. Just the ache.",
    "My neighbour says a fever with back pain means infection. I don't have one.",
    "The physio asked about leaking. I haven't.",
    # "couldn't" is read as "can't": it does not make a past told around it now
    "Couldn't pee after my c-section in 2019, sorted within a day. Why does the physio ask?",
    # a duration is of what its clause tells, and "N ago" dates what was told before it
    "Lost two stone on purpose since last January. Does it help sciatica?",
    "I had a stroke 5 years ago and now I have sciatica, is walking ok?",
    "I've been up twice a night to pee for 15 years, the GP says it's my prostate",
    # a thing after "on" is where, not whose
    "I use a heat pack on my back, is it ok to sleep with it?",
])
def test_answers_and_contexts_that_take_a_sign_away(ask, message):
    assert ask(message).kind != "urgent", message


def test_a_duration_said_alone_is_of_the_sentence_next_to_it(ask):
    assert ask("Still the same pain down my leg. Month and a half in.").id == "persistent-pain"
    assert ask("no, not really any better. its week 10 now").id == "persistent-pain"


def test_findings_say_a_question_was_the_writers_own(kb):
    f = finding(kb, "is it normal for a disc to make you not feel when you need a wee?",
                "cauda-equina")
    assert f is not None and "own" in f.properties and f.experiencer == "patient", f
    assert f.to_json()["own"] is True


def test_a_named_sign_gets_the_answer_and_a_calm_note(ask, kb):
    a = ask("can sciatica cause incontinence?")
    assert a.kind != "urgent"
    flag = kb.flag("cauda-equina")
    assert flag.about in a.text
    assert "/redflags" in a.text and kb.emergency_number in a.text
    assert not a.text.startswith(flag.title)


def test_a_sign_with_no_answer_of_its_own_gets_the_warning_signs(ask):
    a = ask("what's saddle anaesthesia?")
    assert a.kind == "redflags"


def test_someone_elses_fever_gets_the_normal_answer(ask, kb):
    a = ask("my daughter has a temperature, can I still do my stretches?")
    assert a.kind != "urgent"
    assert kb.flag("serious-illness-signs").about in a.text


@pytest.mark.parametrize(("typed", "flag"), [
    ("i fel down the stairs last week and my back hurts", "serious-illness-signs"),
    ("havnt wee'd since last nite even tho i tryd", "cauda-equina"),
    ("I cannot pea I've been trying for an hour", "cauda-equina"),
])
def test_triage_terms_tolerate_typos_and_voice_to_text(ask, typed, flag):
    a = ask(typed)
    assert a.kind == "urgent" and a.id == flag, typed


@pytest.mark.parametrize("word", ["feel", "fill", "weed", "peas", "fall"])
def test_real_words_are_not_turned_into_triage_words(kb, word):
    assert compile_knowledge(kb).analyzer.words(word) == [word]


# ---- issue 7's third pass: kinds of saying, and the model's new rules (sentences written for
# these tests, not taken from the sets)

@pytest.mark.parametrize("message", [
    # being a burden; the family better off with someone else
    "my partner would honestly be happier with someone else, I'm just dead weight",
    # disappearing for good; not waking up as a wish
    "lately I keep thinking about disappearing for good",
    "I just want to go to sleep and never have to wake up",
    # medicine kept back, with the intent
    "I've got a stash of diazepam in my bag in case it all gets too much",
    # a high place and the thought of it, or brooding there
    "stood on the balcony last night thinking it would be easier to just jump",
    "I drove to the multi storey and sat at the top looking down at the road",
    # a crisis is not hidden by a question after it, nor taken back by an apology
    "I've been counting my gabapentin, I think there's enough to do it. Sorry, ignore me. "
    "Is swimming ok?",
])
def test_distress_said_indirectly_gets_the_crisis_reply(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "distress", (message, a.id)


@pytest.mark.parametrize("message", [
    "I feel like a burden when my son has to drive me to physio",
    "I'm saving up my holiday for when I can sit on a plane again",
    "are glute bridges ok for a slipped disc?",
    "we had suicide prevention training at work, it was really good",
])
def test_everyday_words_near_distress_are_not_a_crisis(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize(("message", "warned"), [
    # a story that ends now ends the earlier episode of the same function ...
    ("Last spring I couldn't wee for a day and had a catheter. Peeing has been normal since.",
     False),
    ("They put a catheter in on the ward. I can pee by myself now.", False),
    # ... but not one tied to now in its own clause
    ("I couldn't pee at all this morning. Now I can.", True),
    # ... and normal function is what the writer can do, not what they can feel happening
    ("I can feel my foot dragging when I walk", True),
    ("I can feel when my bladder is full and I can start and stop", False),
])
def test_a_story_ends_with_how_things_are_now(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a bout that passed at a moment, said in its sentence or in the next one
    ("my feet went numb in the cinema, fine the second I got up", False),
    ("both legs went dead kneeling to weed the garden. Fine once I'd stretched them.", False),
    ("legs felt heavy and achy after the hike, gone by the morning", False),
    ("my legs went numb sitting on the loo. All fine now.", False),
    # ... never one tied to now, even by "can't", nor a sentence that asks or reports a sign
    ("I can't pee. Fine now otherwise.", True),
    ("my bum has been numb since this morning. Fine now apart from that.", True),
    ("I took too many of my tablets and my breathing feels slow. Will it wear off?", True),
    ("my legs went numb on the loo. Fine now but I can't pee.", True),
])
def test_a_bout_that_passed_is_over(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a little leak on a sneeze or a cough in a pregnancy is the baby pressing on the bladder
    ("30 weeks pregnant and I leak a little when I cough, is that the sciatica?", False),
    # ... never a bladder out of control, nor one with a numb bottom
    ("28 weeks pregnant and I've lost control of my bladder when I sneeze", True),
    ("30 weeks pregnant, my bum has gone numb and I leak when I cough", True),
])
def test_a_pregnancy_explains_a_little_leak(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a child in many Englishes: a teen, a small boy, an anak, a pikin
    ("my teen has a fever with the flu, can I still do my stretches?", False),
    ("my small boy has a temperature, the doctor saw him. My sciatica is the same", False),
    ("my anak has fever since yesterday, can I take ibuprofen for my back?", False),
    ("my pikin wet the bed again, my own back pain is as usual", False),
    # ... whose back emergency still counts
    ("my teenager hurt his back lifting weights and now he can't pee", True),
])
def test_a_childs_illness_is_the_childs(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a term read on a scan report or in notes, or seen in a drama, is asked about
    ("what does bilateral mean on my scan report?", False),
    ("the report says bilateral facet joint changes, is that bad?", False),
    ("I keep seeing 'cauda equina' in my notes, what is it?", False),
    ("saw a medical drama where a man lost control of his bladder, is that real?", False),
    # ... but the writer's own sign asked about is a report
    ("what does numbness in my groin mean?", True),
    ("numb groin, what does it mean on my scan?", True),
])
def test_a_term_read_or_seen_is_asked_about(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # an episode of a pain that comes every so often: its years are the pain's history
    ("I've had sciatica every couple of years since my thirties, this one started Monday",
     False),
    ("had sciatica for 10 years, it's flared again after lifting the shopping", False),
    # ... but a bout that has lasted is persistent
    ("had sciatica on and off for years but this bout has lasted three months, no better",
     True),
])
def test_an_episode_of_a_pain_that_comes_and_goes(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # an episode that has not happened since, even told past a "but", or that a treatment
    # sorted, is over
    ("my knee gave way on the stairs in the spring but it hasn't happened since and I walk "
     "fine", False),
    ("had a temperature with a chest infection last month, the antibiotics sorted it", False),
    # "the odd niggle" is one now and then, not a niggle that feels odd
    ("Had the disc op in 2019, full recovery, bladder perfect since. Now just the odd niggle "
     "in my hamstring after football. Any stretches?", False),
    # ... never a numb bottom, nor an episode of today
    ("I can't feel my bum but my bladder has been fine since the op", True),
    ("my groin went numb yesterday but everything's been fine since", True),
    ("I wet myself this morning but it's been fine since", True),
])
def test_an_episode_over_since(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a clause that tells of something else in words of its own owns its duration: a
    # condition, a medicine, a habit, a waiting list
    ("had gout for 15 years, now sciatica started last week, what helps", False),
    ("been on metformin since 2019, sciatica for 10 days, can I take naproxen", False),
    ("the NHS waiting list for physio is 14 weeks here, what can I do meanwhile for my "
     "sciatica", False),
    ("my psoriasis has been bad for 3 months. Back twinged on Monday, any stretches?", False),
    # "it", "them", "which": the last thing named before
    ("Eczema, which I've had since I was a kid, flares in winter. Sciatica is new this week.",
     False),
    ("my wrist clicks, old netball injury, had it 12 years. Sciatica since Sunday", False),
    ("sciatic nerve playing up, had it about 9 weeks", True),
    # what people do for the pain, and the words around a time, tell of nothing else
    ("seeing the chiro for 10 weeks and nothing has changed", True),
    ("11 weeks of physio, same pain", True),
    ("been doing the exercises daily for 8 weeks, leg still sore", True),
    ("hobbling about since Christmas and it's now March", True),
    ("on crutches for 7 weeks, leg still burning", True),
    ("we're nearly at the end of the second month and I'd say it's no better", True),
])
def test_a_duration_is_of_what_its_clause_tells(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # "saddle" alone is also a seat: it counts only beside a loss of feeling
    ("should I get a gel saddle for my bike with sciatica", False),
    ("my pony's saddle doesn't fit and he seems sore", False),
    ("changed the saddle on my road bike and the leg pain is less", False),
    ("numb in the saddle area since this morning", True),
    ("saddle paraesthesia and back pain", True),
    ("my saddle area feels weird since last night", True),
    ("cant feel my saddle", True),
    ("my saddle feels numb when I wipe", True),
    ("tingling in the saddle region and leg pain", True),
    # a pet named by its breed, then by its name: "he" is the animal
    ("Our spaniel Bella can't use her back legs since yesterday, she keeps wetting her bed",
     False),
])
def test_a_saddle_or_a_pet_is_not_the_writers_body(ask, message, warned):
    a = ask(message)
    if not warned:
        known_learned_alarm(a, message)
    assert (a.kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a sign of a condition a clinician already knows, checks or manages
    ("I leak a little when I cough, have done since my hysterectomy, the continence nurse "
     "knows", False),
    ("my right foot has been floppy since a stroke in 2018, the consultant knows", False),
    ("dad has had a catheter for years, the district nurses manage it, is a heat pad ok for "
     "his back", False),
    # ... unless something is new, worse or sudden, or the clinician knows of the back only
    ("GP knows about my back but since yesterday I can't pee", True),
    ("the urologist is happy with my prostate but tonight I can't pee at all", True),
    ("neuro knows about my weak leg but it's getting worse fast", True),
    ("neuro knows about my weak leg but it's getting weaker", True),
    ("my bladder has been leaking since this morning, the GP knows and said go to A&E", True),
    ("I keep wetting myself, the GP knows about my sciatica", True),
    ("my doctor knows I have sciatica and now I'm leaking", True),
    ("the consultant knows about my disc, my left foot is dragging", True),
    ("numb between my legs, the physio knows, she said to watch it", True),
])
def test_a_sign_a_clinician_knows_and_manages(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # one's own heart "stopping" at news is a fright, said by someone typing
    ("my heart stopped when I saw the price of the MRI", False),
    ("my heart nearly stopped when the surgeon said 'fusion'", False),
    ("my heart literally stopped when I read my scan report lol", False),
    # ... never someone else's, nor a heart that stops with a collapse
    ("my dad's heart stopped and he collapsed in the garden, he isn't breathing", True),
    ("crushing chest pain and my heart stopped for a second, I feel faint", True),
])
def test_a_heart_that_stopped_at_news_is_a_fright(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # said for effect: joy, money, a bank balance; a night's drink explains slurred words
    # and feeling rough
    ("Just wet myself with excitement, the pain is finally gone!", False),
    # "fall hand" in Nigerian Pidgin is to let someone down, not a fall
    ("my pikin don fall hand for school again, this back pain no let me sleep", False),
    ("my bank balance has collapsed after all the physio sessions", False),
    ("hungover and feeling rough, my back aches from the camp bed", False),
    ("slurring my words a bit after the office party, ha. back's fine though", False),
    # ... never beside a drooping face, a weak arm, or a fever with a stiff neck
    ("I'm slurring my words and my face has gone droopy after the works do", True),
    ("slurring and my arm feels weak after a few drinks", True),
    ("feeling rough with a hangover and a fever of 39 and a stiff neck", True),
])
def test_said_for_effect_or_after_a_night_out(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # unchanged beside a time long ago is long-standing; beside yesterday it is now
    ("my bladder leaks a little when I laugh, it's been like that since my daughter was "
     "born 15 years ago and hasn't changed", False),
    ("my bum is still numb, hasn't changed since yesterday", True),
    # 'fine' says nothing against a past cancer
    ("my mum had bowel cancer years back, she is fine now, but her back hurts at night and "
     "I'm asking for her", True),
    # 'strong' is strength only
    ("the pain in my chest is really strong and I'm clammy", True),
    # an age long past
    ("I had a seizure when I was 12, nothing since", False),
    ("when I was 30 minutes into my walk my legs both gave way", True),
])
def test_the_context_rules_of_the_third_pass(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


def test_a_person_word_inside_a_longer_one_is_that_person(kb):
    """'a client of mine' is the client, not the writer ('mine')."""
    f = finding(kb, "a client of mine with a bad disc says she can't feel herself wipe",
                "cauda-equina")
    assert f is not None and f.reply == "warn" and f.experiencer == "patient"


def test_a_real_word_in_british_spelling_is_never_corrected(kb):
    analyzer = compile_knowledge(kb).analyzer
    assert analyzer.words("the humour at work") == ["the", "humour", "at", "work"]
    assert "tumour" not in analyzer.words("theres a rumour going round")


# ---- issue 7's fifth pass: causes, each in sentences written for these tests

@pytest.mark.parametrize("message", [
    # a threat under a condition is a threat: the condition's "not" ends where the main
    # clause starts, comma or not
    "if the surgeon won't operate I'm going to kill myself",
    "if the scan shows nothing again I'm done, I'll end it",
    "unless something changes soon I will end it all",
    # someone the writer cares for
    "my daughter said she doesn't want to be alive any more with this pain",
    # medicine saved or counted, with a veiled disclosure or the amount that would do it
    "been stockpiling my codeine. thought you should know",
    "I worked out how many of my pregabalin would do it",
])
def test_a_threat_under_a_condition_or_for_someone_else_is_a_crisis(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "distress", (message, a.id)


@pytest.mark.parametrize("message", [
    # a clear denial for oneself still denies
    "I'd never hurt myself, but the pain is wearing me down",
    "if it doesn't settle I'll go back to the GP, I don't want to end up on tramadol",
    # a dose question is not a crisis
    "how many ibuprofen would be too many in one day?",
    "whats the point of doing the exercises if they dont help?",
])
def test_a_denial_or_a_dose_question_is_not_a_crisis(ask, message):
    a = ask(message)
    known_learned_alarm(a, message)
    assert not (a.kind == "urgent" and a.id == "distress"), (message, a.id)


@pytest.mark.parametrize(("message", "experiencer"), [
    # what does the leaking or slapping owns it, not where it lands
    ("the radiator pipe is leaking onto my bed again", "thing"),
    ("our old dog is leaking all over my lap again", "animal"),
    ("my toddler's nappy leaked all over my lap", "other"),
    ("the hot water bottle leaked in the bed last night", "thing"),
])
def test_a_body_function_belongs_to_its_subject(kb, message, experiencer):
    f = finding(kb, message, "cauda-equina")
    assert f is not None and f.experiencer == experiencer and f.reply != "warn", (message, f)


@pytest.mark.parametrize(("message", "warned"), [
    # a short bout said with the stop is a short bout; a long one still counts
    ("I've been signed off for five days with my back, when can I go back?", False),
    ("I've been off work for nine weeks now with this leg pain", True),
    # a duration asked and then denied is none; one asked and confirmed still is
    ("leg pain for two months? no, more like ten days", False),
    ("leg pain for two months? yes, and it's no better", True),
    # how long healing is expected to take is not how long it has lasted
    ("the physio said 8 weeks to settle and it's only been 3", False),
    # another person's long illness is theirs, even beside one's own
    ("my sister had sciatica for two years before her op, will mine be the same", False),
    # unchanged for years, or known to a doctor, is nothing new
    ("my left foot has been a bit numb, the same for years, my neurologist knows", False),
])
def test_durations_of_short_bouts_denials_and_other_people(ask, message, warned):
    a = ask(message)
    assert (a.kind == "urgent" and a.id == "persistent-pain") is warned, (message, a.id)


@pytest.mark.parametrize("message", [
    # words that share a sign's stem in ordinary questions
    "is physio a waste of money for sciatica?",
    "frozen peas on my lower back or a heat pad, which is better?",
    "should I add compost to the soil before planting?",
    "my laptop's disc drive wont open anymore",
    "is there a swimming stroke that is kinder on my back?",
    "the sleeping tablets knock me out but I still wake with leg pain",
    "I can't afford to stop working, how do I manage sciatica at my desk?",
    "can I just chill on the sofa for a day or two?",
])
def test_everyday_words_that_share_a_signs_stem_are_not_alarms(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize(("message", "level"), [
    # a minor fall or knock, then new back pain: see a doctor today
    ("Dad, 81, slipped off the bottom stair on Sunday, his back has hurt ever since", "urgent"),
    ("my nan tripped on the rug this morning and now has new back pain", "urgent"),
    # a fall one cannot get up from, a fall from a ladder, trampled: call now
    ("came off the stepladder, maybe 10 ft, landed on my back and can't move", "emergency"),
    ("my husband was trampled by a bullock and can't get up off the field", "emergency"),
    # bleeding that will not stop, whatever cut it
    ("sliced my palm on a broken bottle, blood won't stop, through two towels", "emergency"),
    # an aside in brackets keeps its words to itself
    ("Dad (who I asked about last week) is shaking all over and not answering me", "emergency"),
])
def test_falls_knocks_and_emergencies_said_plainly(ask, message, level):
    a = ask(message)
    assert a.kind == "urgent" and (level == "urgent" or a.level == "emergency"), (message, a.id)


@pytest.mark.parametrize("message", [
    "tripped over the cat yesterday, I'm fine, no pain anywhere",
    "burnt my thumb on the kettle, tiny blister, any tips for sitting at work?",
    "knocked my head on the cupboard, small bump, no headache",
    "bending to wipe after the toilet is hard because twisting is agony",
    "straining on the toilet makes my sciatica shoot down my leg",
    "up twice a night to pee because I drink tea late, does poor sleep slow healing?",
    "my gran was incontinent in her last years, God rest her. What stretches help me?",
    "is numbness down below something I should be watching for? no problems so far",
    "passed out on the sofa after Sunday lunch, back was fine after",
    "got a fit note from the GP for two weeks, can I still walk the dog?",
    "both legs ache after the half marathon, normal DOMS, back's fine",
    "lost my footing on the kerb but caught myself, didn't fall",
])
def test_minor_knocks_explained_functions_and_idioms_are_not_alarms(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    # clinical shorthand: a graded muscle test that has fallen
    "physio here: EHL weakness on the left, 4/5 on Monday, 3/5 now",
    # the physio's heel-walk test failed
    "can't heel walk on my left side any more, I could last week",
    # with someone as company, the sign is still the writer's
    "went to bed with my wife last night and couldn't feel a thing down there",
    # a question about a sign, then when it started: the writer's own
    "Is it normal to have to push hard to start peeing? It started on Saturday.",
    # painkillers that do less each day, pain that does not go even at rest, a lump growing
    "the pain is there even when I rest and does not go at night, and I've lost weight "
    "without trying",
])
def test_shorthand_company_and_onset_tell_of_a_real_sign(ask, message):
    assert ask(message).kind == "urgent", message


@pytest.mark.parametrize("message", [
    # a sentence that dates the one before makes it long past
    "During labour I couldn't feel anything down there for a day. That was 9 years ago. "
    "Could it be linked to my sciatica?",
    # unchanged for months and known to a neurologist
    "my left calf has been a bit weaker than the right, exactly the same for 8 months, the "
    "neurologist knows",
    # a question about a sign, then a denial of the time: not a report
    "sciatica for two months? no, only a week so far",
])
def test_a_sign_dated_long_ago_or_unchanged_is_not_an_alarm(ask, message):
    assert ask(message).kind != "urgent", message


def test_a_sentence_that_dates_another_still_counts_a_sign_tied_to_now(ask):
    a = ask("I couldn't feel anything down there this morning. That was 6 years after my "
            "first episode.")
    assert a.kind == "urgent" and a.level == "emergency"


@pytest.mark.parametrize("message", [
    # the condition's cause still explains the main clause; only denials, conditions and
    # questions end there
    "if I sit too long on the train I get a numb bum",
    # a thing knocked over is no fall
    "I knocked over a mug of tea and had to bend to clean it, is bending ok?",
])
def test_a_cause_under_a_condition_still_explains_and_things_knocked_over_are_no_fall(
        ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize(("message", "flag"), [
    ("if the injection fails I'm not going to carry on", "distress"),
    ("MRC 5/5 in June, down to 3/5 on the right foot this week", "progressive-weakness"),
    ("my right leg wouldn't push the clutch down on the way home", "progressive-weakness"),
])
def test_more_ways_of_saying_a_threat_and_a_weakness(ask, message, flag):
    a = ask(message)
    assert a.kind == "urgent" and a.id == flag, (message, a.id)


@pytest.mark.parametrize(("message", "warned"), [
    # a contrast corrects what came before it ...
    ("my foot was weak on Monday but it's got stronger every day since", False),
    # ... never what comes after it
    ("my leg was getting stronger but today it's gone weak again and keeps giving way", True),
])
def test_a_contrast_corrects_what_came_before_it(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


# ---- issue 7's eighth pass: warning signs of suicide spread over a message (sentences
# written for these tests)

@pytest.mark.parametrize("message", [
    # affairs in order in one sentence, a time set in another
    "Updated my will on Sunday. Anyway. I won't be around much longer.",
    # the means kept, and no future, two sentences apart
    "I've got a noose in the loft. Long day. Nothing left for me really.",
    # medicine put aside, and a veiled disclosure three sentences on
    "Been keeping my pregabalin aside. Quite a pile now. Weather's nice. Just letting you "
    "know.",
    # a pet rehomed and letters written to family
    "Found a new home for my cat yesterday. Also wrote a letter to each of my boys.",
    # said plainly in other Englishes and registers
    "I just want dead, this pain has taken everything",
    "pt disclosed active SI this morning, what do I do while we wait?",
])
def test_two_kinds_of_warning_sign_anywhere_in_a_message_are_a_crisis(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "distress", (message, a.id)


@pytest.mark.parametrize("message", [
    # one kind alone is not
    "Made a will last year like everyone should. Any tips for sitting at a desk?",
    "We rehomed the dog when the kids left home. Is walking ok with sciatica?",
    # a phrase of two kinds is one thing said, not two
    "I gave my old bike to my brother, I won't be needing it with this back",
    # a farewell with a reason a week off is not a time set for an ending
    "Thanks for everything! Won't need you after this week, surgery on Friday",
    # a rope for sport is no means
    "Is skipping rope ok with sciatica? I'm done with running.",
])
def test_one_kind_of_warning_sign_is_not_a_crisis(ask, message):
    a = ask(message)
    assert not (a.kind == "urgent" and a.id == "distress"), (message, a.id)


@pytest.mark.parametrize("message", [
    "I stubbed my toe on the bed this morning, ouch. any stretches for sciatica?",
    "my grandad fell off a ladder last month, he is fine now",
    "I'm allergic to penicillin, it just gives me a rash. Can I take ibuprofen for sciatica?",
])
def test_near_misses_of_those_words_are_not_warned(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    # an age right after the relative, with back pain new at that age
    "my grandad 81 never had back pain before and now it's there every night",
    # the sweats told by when they come
    "my back hurts and I keep waking up sweating at night",
    # out of bed is a fall, not a falling-out
    "nan is 88 and she fell out of bed last night, now her back is really sore",
])
def test_serious_signs_said_as_families_say_them(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "serious-illness-signs", (message, a.id)


def test_a_number_after_a_relative_and_before_a_time_is_no_age(kb):
    reading = compile_knowledge(kb).triage.read("mum 2 days ago said her back is sore", TODAY)
    assert not any("age_older" in f.concepts or "age_young" in f.concepts
                   for f in reading.findings)


@pytest.mark.parametrize("message", [
    # trying and failing, said as managing
    "back's in bits and I haven't managed to pee since lunch",
    # what washing tells
    "since the back went I can't feel myself when I wash down there",
])
def test_retention_and_numbness_said_by_what_fails(ask, message):
    a = ask(message)
    assert a.kind == "urgent" and a.id == "cauda-equina", (message, a.id)


@pytest.mark.parametrize(("message", "warned"), [
    # "after" or "from" and the ordinary activity that did it, in any words: tired legs, a
    # bottom pressed by hours of sitting, numbness gone as soon as one moves
    ("legs both aching after the dance marathon at my niece's wedding", False),
    ("both thighs sore from the decorating yesterday", False),
    ("numb backside after a 5 hr bus ride, gone as soon as I stood up", False),
    ("my foot went to sleep in the cinema, woke up after a minute of walking", False),
    ("bum went numb on the flight to Spain, wore off once I got up for a walk", False),
    # ... never numbness that stays, gets worse, or comes with a bladder, bowel or saddle sign
    ("my bum went numb after a long drive and it hasnt gone away since yesterday", True),
    ("numb bum after the flight and it's still numb this morning", True),
    ("numb between my legs after sitting at my desk, not going away", True),
    ("my saddle area went numb after cycling and the feeling hasnt come back", True),
    ("both legs numb after my run and I can't feel my bottom", True),
    ("both legs have gone weak after the gym and it's getting worse", True),
    ("shooting pain down both legs after work every day for weeks", True),
    ("lost the feeling from the waist down after the gym session", True),
    ("numb bum after the coach trip and now I can't feel the toilet paper when I wipe", True),
])
def test_an_ordinary_cause_explains_only_what_passes(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a bladder, bowel or sexual sign of years, said with its years: there before the back
    ("trouble getting an erection for a decade now, on tablets, what stretches help the leg?",
     False),
    ("weak bladder for years after 3 kids, sciatica is the new problem", False),
    ("I've been incontinent for 2 years since my stroke, any gentle stretches?", False),
    # ... never one said to be new, worse or now, nor one told with the back
    ("I've had back pain for years and now I can't control my bladder", True),
    ("had bladder trouble for years but this week I've wet myself twice", True),
    ("leaking wee for two years, worse since the disc went last week", True),
    ("erection problems for years and now I'm numb down there", True),
    ("I've been wetting myself for a year with this back pain", True),
])
def test_a_sign_of_years_is_long_standing(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # a raised temperature the day after a vaccination; sweats of the menopause, said before
    # or after a "but"; a sprint drill that sport calls "suicides"
    ("got my covid booster this morning and I'm shivery tonight, can I still do my stretches",
     False),
    ("feeling feverish after the shingles jab yesterday, back's the same", False),
    ("night sweats but I'm 48 and menopausal so yeah. sciatica right side 3 wks", False),
    ("we ran suicides at basketball practice and my hamstring is tight", False),
    # ... never a fever that lasts or comes with a stiff neck, a fever said as one beside
    #     the menopause, nor a thought of suicide near a word of training
    ("had the flu jab 4 days ago and I still have a fever and my back is killing me", True),
    ("flu jab yesterday, now a fever and a stiff neck", True),
    ("menopausal and I've had a fever of 39 since yesterday with this back pain", True),
    ("I keep thinking about suicide, even at training", True),
])
def test_an_everyday_cause_of_a_fever_or_a_word_of_sport(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "warned"), [
    # "an" typed for "and" joins two parts, like "and": the long-standing part is another
    # person's, not a word of time (the spelling corrector reads "an" as "and", and "an" is an
    # amount of time in "an hour")
    ("My grandad's 85 an he's been incontinent for years, lives in a nursing home. The "
     "sciatica question is for me", False),
    ("Nan's 92 an she's had no bladder control for years. Asking about my own back though",
     False),
    # ... and one's own new sign told after "an" still warns
    ("sciatica an numb bum for 3 days", True),
    ("bad back for years an now I can't feel when I pee", True),
])
def test_an_typed_for_and_is_no_word_of_time(ask, message, warned):
    assert (ask(message).kind == "urgent") is warned, message


@pytest.mark.parametrize(("message", "experiencer"), [
    # a place or group of the writer's after someone named is still that person's story
    ("a fella at my gym has cancer, does lifting with my sciatica make sense?", "other"),
    ("the lads on our site all have a temperature this week, will my back get worse?",
     "other"),
    # a farmer's animal with a fever is the animal's
    ("one of our heifers has a fever, been up with her all night and my back is sore",
     "animal"),
])
def test_someone_named_before_the_writers_place_keeps_the_sign(kb, message, experiencer):
    f = finding(kb, message, "serious-illness-signs")
    assert f is not None and f.experiencer == experiencer and f.reply != "warn", (message, f)


@pytest.mark.parametrize("message", [
    # an illness named as a vaccine, a ward or a herd's test is not one the person has
    "got my BCG booked for the placement, is it ok to keep up my back exercises?",
    "I work on a TB ward and the hoist is broken, my lower back is wrecked",
    "vet's doing the bovine TB testing on Friday, how do I protect my back in the pens?",
    "sat in the chemo unit with my aunt for six hours and now my sciatica is awful",
    # shivering with a frost outside, or a day after a jab as expected
    "shivering while I scraped the frost off the van, and my back twinged",
    "had my covid booster, bit shivery this evening, nurse said it's normal for a day",
])
def test_an_illness_named_as_something_else_or_a_chill_with_its_cause(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize("message", [
    # still warns: the person's own TB, a fever lasting days after a jab, a fever with
    # the cold outside named in another clause
    "I've got TB and they've started me on tablets, my back pain is getting worse",
    "had my flu jab and I've been shivery and hot for several days now",
    "I've had a high temperature all night but it's freezing out",
    # an animal that did it is not whose the emergency is
    "my brother got kicked by a cow this morning and can't feel his legs",
])
def test_the_real_sign_beside_those_words_still_warns(ask, message):
    assert ask(message).kind == "urgent", message
