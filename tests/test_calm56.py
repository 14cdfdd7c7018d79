"""Issue 7, stop 56 (calm56): false alarms by cause on the development triage sets of stop
56 (golf and racquet players, yoga and pilates teachers and trainers, custody officers,
volunteers) and stop 55's sets (clergy, drivers, market traders and others): figures of
speech of a group's world, someone else's condition that names a sign, and a sign tested and
found normal. Each calm reading is checked beside a sign of the same shape that must still
warn. Read by the rules alone, which are what changed. Wordings are the author's own."""

from __future__ import annotations

from collections.abc import Callable

from triage_asserts import (
    assert_each_calm,
    assert_each_caught,
    assert_each_without,
)

from bot.engine import Answer

Ask = Callable[[str], Answer]


def test_feeling_suicidal_denied_with_dont_feel(rules_alone: Ask) -> None:
    """"I don't feel suicidal" denies the thought, as "I'm not suicidal" does ("dont feel"
    is also a numbness phrase, so its "dont" was read as part of a sign); a denial only for
    today or not yet, or "not all the time", still warns, and so does the thought told."""
    assert_each_without(rules_alone, [
        "I don't feel suicidal or anything, just cheesed off with my leg, is that normal?",
        "not feeling suicidal or owt like that, just proper fed up. sciatica 3 weeks",
        "I do not feel suicidal madam, I am simply very frustrated with this back pain",
        "dont feel suicidal or nothing mate just bored stiff of resting",
    ], "distress")
    assert_each_caught(rules_alone, [
        "i dont feel suicidal today but most nights i do",
        "I don't feel suicidal all the time, only when the pain is bad at night",
        "not feeling suicidal yet but I'm close to it",
        "I feel suicidal with this pain",
        "I don't feel safe, I want to kill myself",
    ], "distress")


def test_a_wish_to_die_at_a_dull_event(rules_alone: Ask) -> None:
    """A wish to die said as one's reaction to a dull or long event named in its sentence
    ("the AGM made me want to top myself lol", "the sermon was so long I wanted to die") is
    an idiom of tedium, even in a message that names the sciatica; a wish with no event, one
    the pain made, one told with hopelessness, a time or "not joking", still warns."""
    assert_each_without(rules_alone, [
        "the parish council meeting made me want to top myself haha, sat for 3 hours, bum's "
        "aching. sciatica 2 weeks",
        "that webinar was so boring I wanted to die, then my left leg started burning. stretches?",
        "Sir the staff meeting went on for hours, I wanted to die. Back pain is moderate today.",
        "the AGM made me want to kill myself lol, three hours on the accounts. sciatica's "
        "grumbling",
    ], "distress")
    assert_each_caught(rules_alone, [
        "I want to die lol",
        "I wanted to die lol",
        "I wanted to die last night lol. sciatica 3 weeks",
        "my sciatica made me want to kill myself in the meeting lol",
        "my sciatica made me want to kill myself lol, the pain is too much",
        "the meeting made me want to kill myself. honestly i think about it a lot",
        "the meeting was so long I want to die, everything is pointless",
        "the meeting with the surgeon made me want to kill myself, the scan was bad",
        "the standup went on forever, I wanted to die. not joking, I think about it most days",
    ], "distress")


def test_killing_myself_for_a_deadline(rules_alone: Ask) -> None:
    """"Killing myself to get this done" is working too hard, as "killing myself at the gym"
    is; killing oneself to get away from the pain still warns."""
    assert_each_without(rules_alone, [
        "been killing myself to get this tender in by Friday and my right leg is on fire",
        "killing myself to hit the deadline at work, my back is wrecked",
        "Killing myself to meet the targets this month, the sciatica's flaring every evening",
    ], "distress")
    assert_each_caught(rules_alone, [
        "thinking of killing myself to get away from this pain",
        "I keep thinking about killing myself to get it over with",
    ], "distress")


def test_better_off_if_an_institution_acted(rules_alone: Ask) -> None:
    """Everyone better off if a body or an office did a thing ("if the diocese merged the
    parishes", "if head office listened") is a grumble about an institution; better off if
    the writer were gone, or without them, still warns."""
    assert_each_without(rules_alone, [
        "we'd all be better off if head office listened for once. sciatica 3 weeks",
        "everyone would be better off if the trust closed this ward, it's a shambles. my leg's "
        "sore",
        "honestly the whole town would be better off if the bishop merged the two churches. "
        "back's easing",
    ], "distress")
    assert_each_caught(rules_alone, [
        "everyone would be better off if I wasn't here",
        "they'd be better off if I was gone",
        "everyone would be better off if I just disappeared, the council can have the flat",
        "my family would be better off without me",
    ], "distress")


def test_the_people_a_minister_a_coach_or_an_officer_serves(rules_alone: Ask) -> None:
    """A parishioner, an opponent, a prisoner, a juror or one of the cubs named bare is
    someone else: their sign is theirs; the writer's own sign beside them, or told as one of
    these roles by the writer, still warns."""
    assert_each_calm(rules_alone, [
        "One of the parishioners I visit has foot drop after a stroke. Which exercises keep my "
        "own ankles strong? My sciatica is only in the thigh.",
        "One of the cubs had a temperature at the sleepover so his mum fetched him. I'm fine, "
        "just my usual sciatica.",
    ])
    assert_each_caught(rules_alone, [
        "Prison officer here, my leg gave way on the stairs twice this week",
        "A parishioner had to help me up, my leg gave way in the vestry and it's weaker today",
    ], "progressive-weakness")
    assert_each_caught(rules_alone, [
        "I can't feel my bum since yesterday, my opponent noticed I was limping",
    ], "cauda-equina")


def test_a_cancer_history_asked_and_denied_for_oneself(rules_alone: Ask) -> None:
    """A history of cancer asked about as a risk ("does it matter?") and denied for oneself
    in the message ("my mum had it, not me", "never had it myself") is a question; the writer
    who says they had it, or weight lost with it, still warns."""
    assert_each_without(rules_alone, [
        "Does having a history of cancer matter with sciatica? My mum had it, not me.",
        "is a family history of cancer relevant for back pain? I've never had it, my uncle did",
        "Doctor asked does history of cancer matter, I said never had it myself. Pain 2 weeks.",
    ], "serious-illness-signs")
    assert_each_caught(rules_alone, [
        "Does a history of cancer matter? I had breast cancer in 2019.",
        "Does a history of cancer matter? Not me, but I've lost a stone without trying and my "
        "back hurts at night",
    ], "serious-illness-signs")


def test_a_leg_tested_and_found_normal(rules_alone: Ask) -> None:
    """A leg thought weak, then tested and passed ("I thought my leg was weak but I can stand
    on my toes and heels"), a leg weak only when sorest with its tests passed, and the heel
    and toe walks "both fine, both sides" are no weakness and no sign in both legs; a test
    failed, a leg getting weaker, or both legs numb still warn."""
    assert_each_without(rules_alone, [
        "I thought my right leg was weak on Monday but I tested it and I can walk on my heels "
        "and toes no bother.",
        "thought my leg had gone weak, tried it properly, can stand on my tiptoes on both sides",
        "my leg feels a bit weak when it's at its worst but I can still stand on my toes fine",
        "leg feels weakish when it's very sore, but I can still do heel raises, same as before",
    ], "progressive-weakness")
    assert_each_without(rules_alone, [
        "Did the heel walking and toe walking from the leaflet, both fine, both sides.",
        "tried toe walks and heel walks like the physio showed me, fine on both sides",
    ], "cauda-equina")
    assert_each_caught(rules_alone, [
        "I thought my leg was weak but I tested it and I can't stand on my toes on the left",
        "my leg is weak and I can't walk on my heels on the left since Monday",
        "my leg goes weak when it's really sore and it's getting weaker, can still walk on my "
        "heels",
        "tried heel walking, can't do it on the right, left fine",
    ], "progressive-weakness")
    assert_each_caught(rules_alone, [
        "Tested my heel walking, both fine. But both legs have gone numb since yesterday",
        "both legs weak when I try to walk on my toes",
    ], "cauda-equina")


def test_choking_in_a_game(rules_alone: Ask) -> None:
    """Choking said of a game lost under pressure ("choked on the 17th, three-putted") is
    nerves, no airway blocked; choking on food, a sweet or with breath gone still warns."""
    assert_each_without(rules_alone, [
        "Choked again on the back nine, three putts in a row. Sciatica held up ok though",
        "bottled it and choked in the tiebreak, back's sore now",
        "I always choke in the final set, any tips? Also my left leg is aching",
    ], "general-emergency")
    assert_each_caught(rules_alone, [
        "choked on my food and couldn't breathe for a minute on the 18th green",
        "choked on a mint on the back nine, couldn't breathe, went blue",
        "choked on a boiled sweet on the 18th tee, couldnt get my breath",
        "choked on the 18th and now I can't breathe properly",
    ], "general-emergency")


def test_a_heart_attack_of_a_match(rules_alone: Ask) -> None:
    """A match or a final called a heart attack ("a heart attack of a game", "the final was a
    heart attack") is how tense it was; a heart attack had, or chest pain beside it, still
    warns."""
    assert_each_without(rules_alone, [
        "What a heart attack of a game that was, won on the last ball! My back's stiff now.",
        "the final was a heart attack, what a finish. sciatica's grumbling",
        "Oh my days, the derby was a heart attack. Leg pain same as usual.",
    ], "general-emergency")
    assert_each_caught(rules_alone, [
        "I think I had a heart attack after the match, chest pain and my arm",
        "heart attack of a game and now I've got crushing chest pain",
    ], "general-emergency")


def test_a_game_that_fell_off_a_cliff(rules_alone: Ask) -> None:
    """A game, form or figures that "fell off a cliff" dropped; no one fell from a height; a
    person who fell off a cliff still warns."""
    assert_each_without(rules_alone, [
        "my putting fell off a cliff since the sciatica started",
        "Honestly my form has fallen off a cliff this season, leg's been bad three weeks",
        "sales fell off a cliff when I couldn't do the Saturday markets, back's a bit better",
    ], "serious-illness-signs")
    assert_each_caught(rules_alone, [
        "I fell off a cliff walking the dog and my back hurts",
    ], "serious-illness-signs")


def test_looking_as_if_one_had_wet_oneself(rules_alone: Ask) -> None:
    """Looking or walking as if one had wet oneself is a likeness of a stiff gait, no leak; a
    leak told, or one not felt, still warns."""
    assert_each_without(rules_alone, [
        "the kids say I walk like I've pooed my pants with this sciatica lol",
        "my wife says I look like I've wet myself the way I'm shuffling in the mornings",
        "Walking like I've just wet myself, that's how stiff the back is. Day 9.",
    ], "cauda-equina")
    assert_each_caught(rules_alone, [
        "I look like I've wet myself because I actually did, didn't feel it",
        "I've wet myself twice today and I can't feel it",
    ], "cauda-equina")
