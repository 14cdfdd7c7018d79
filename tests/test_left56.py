"""Issue 7, stop 56 (left56): the kinds stop 55 noticed on main and left alone, by cause.
Wordings are the author's own, never copied from a set; each calm kind sits beside a sign
that must still warn."""

from __future__ import annotations

from triage_asserts import (
    assert_each_calm,
    assert_each_emergency,
    assert_each_warns,
    assert_each_without,
)


def test_a_recent_overdose_said_fine_now_still_warns(rules_alone):
    """An overdose or a self-harm act told as done within the last day or so (`recent`:
    last night, this morning, yesterday, a few hours ago) is an emergency now whatever the
    mood said after it ("doing fine now though"): `now` read those words and "years ago ...
    doing well now" alike, so recency is its own property and `keep` holds the warning. One
    years ago, at an age or at uni, and over, is history."""
    warn = (
        "did an overdose of my tablets last night, coping fine now though",
        "OD'd on me tablets last night mate, feel grand now",
        "took an overdose of sleeping tablets yesterday night, now I am feeling better",
        "I took overdose of my drugs this morning, I am fine now sir",
        "I swallowed all my tablets a few hours ago, feeling okay now",
        "took too many of my pregabalin overnight, im ok now lol",
        "last night I took an overdose, doing fine now though",
        "Took an overdose 2 days ago. Feel totally fine now, just the sciatica",
    )
    calm = (
        "did an overdose of my tablets years ago, coping fine now though",
        "my cousin took an overdose years ago, she's doing well now",
        "I took an overdose when I was 20, I'm fine now",
        "my brother overdosed a few years back, he's doing great now",
        "took too many pills as a teenager, im ok now",
        "I overdosed last year, fine now",
        "I took an overdose years ago, today I'm doing fine",
        "took an overdose years ago, fine now, sciatica since last night",
    )
    assert_each_emergency(rules_alone, warn)
    for flag in ("general-emergency", "distress"):
        assert_each_without(rules_alone, calm, flag)


def test_zero_before_a_sensation_is_none_of_it(rules_alone):
    """"zero" before a word of sensing ("zero feeling", "zero sensation") is "no" of it, the
    sign itself (triage.yaml `spellings`), as "zero control" is; "zero" before a trouble
    ("zero issues", "zero numbness") still denies it (calm55's context rule)."""
    warn = (
        "zero feeling in my bum and bits since I got up this morning",
        "there's zero feeling down below since yesterday",
        "absolutely zero feeling round my back passage since I woke up",
        "Zero sensation in ma bum cheeks n between ma legs fae last night",
        "there is zero feeling when I do toilet since two days",
        "zero sensation when I use the loo roll, started today",
    )
    calm = (
        "zero issues with my bladder or bowels, just the back",
        "zero problems down there, sciatica on the left",
        "zero pain down there and zero numbness, just the back",
        "zero numbness or tingling anywhere, just sore",
        "makes zero sense why my back hurts",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_without(rules_alone, calm, "cauda-equina")


def test_getting_up_from_a_thing_is_no_exertion(rules_alone):
    """"from" after getting up says where one rose from, never the exertion both legs are
    tired from (`pseudo`): sciatica down both legs at once "when I get up from the rowing
    machine" is the sign; "from standing all day" still explains tired legs."""
    warn = (
        "sciatica in both my legs at the same time now, worst when I get up from the spin bike",
        "the pain is entering both legs at the same time anytime I stand up from the cycling "
        "machine",
        "shooting pains down the backs of both legs together whenever I get up from the rowing"
        " machine",
    )
    calm = (
        "both legs tired and achy from standing all day at work",
        "both legs ache after a long day standing at the till",
        "my legs ache after the gym, getting up from the floor is hard",
    )
    assert_each_warns(rules_alone, warn, "cauda-equina")
    assert_each_without(rules_alone, calm, "cauda-equina")


def test_a_beasts_kick_to_the_back_is_the_writers_injury(rules_alone):
    """A beast's kick or a blow with a hoof, and the back it landed on, in one clause
    (`in_clause`: beast_kick, beast_caught with hoof_word, back_place; "the small of the
    back" is the low back): the animal named as the subject is the kicker, the writer the
    kicked (`flag_concepts` animal: warn). A hoof on a thigh, a twinge that "caught me", a
    dog's hind legs or a farrier's day bending to hooves are none."""
    warn = (
        "the cow kicked me in the small of my back while milking yesterday and now the pain "
        "goes down my leg",
        "got booted in the back by a horse on Sunday, sciatica since",
        "a heifer booted me in the small of my back at the mart, now it's shooting down my leg",
        "the pony let fly at me, got me right in the lower back with both hind feet, sore since",
        "Mare caught me across the small of my back with a hind hoof yesterday, leg's tingling",
    )
    calm = (
        "the mare caught me on the shin with a back hoof last week, lovely bruise. Back's just "
        "the usual",
        "a twinge caught me in the small of my back when I bent down",
        "my dog's back legs and hind feet are weak",
        "My mate got me a hoof stand so I don't have to bend my back as much",
        "bending over picking out hooves all day and my back is killing me",
        "shoeing a big cob today, my back is in bits from holding up his hind legs",
    )
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_calm(rules_alone, calm)


def test_a_stroke_dated_long_past_takes_its_signs_with_it(rules_alone):
    """Part 2: a stroke dated long past reaches the signs told of it in the rest of its
    sentence (context rule `historical`, `needs` a stroke word): a face that drooped then,
    fine now, is history, not a warning of a stroke that came and went. A droop told now,
    today or again after an old stroke still warns, the writer's or a relative's."""
    calm = (
        "Grandad had a stroke years ago, his mouth drooped and his words came out wrong, he's "
        "grand now",
        "my mum had a stroke in 2019, her face drooped and her speech went, she's fully "
        "recovered now. my sciatica is bad",
        "me uncle had a wee stroke a few years back, his face went droopy, right as rain now",
    )
    warn = (
        "I had a stroke last year, now my face is drooping again today",
        "I had a stroke last year and this morning my face drooped for a bit but it's fine now",
        "Dad had a stroke years ago, his face drooped this morning for ten minutes, he's fine "
        "now",
        "my husband's face drooped for a few minutes and his speech slurred, he's fine now",
    )
    assert_each_without(rules_alone, calm, "general-emergency")
    assert_each_emergency(rules_alone, warn)


def test_words_read_too_widely(rules_alone):
    """Part 2: "soil's" folds to "soils", which stemmed to soiling (`spellings` earth); a
    place or a trade said dead, a quiet spell "dead at" a place and the Northern "dead" of
    "dead quiet" are no numbness (`pseudo`); "OD" written on an eye chart or a prescription
    is the right eye, no overdose (`pseudo`). The signs beside them still warn."""
    calm = (
        "the clay soil's rock hard this year, digging is killing my back",
        "Soils are heavy in this part of Punjab, ploughing hurts my back",
        "it was dead at the club tonight, bum's sore from the bar stool",
        "the ward was dead quiet so I sat at the desk all shift, buttock pain after",
        "the gym was dead so I did extra squats, legs aching now",
        "the eye clinic put OD on my prescription for the right lens, sciatica is easing",
        "my glasses prescription says OD -2.5 and OS -2.0, can screens make sciatica worse",
    )
    warn = (
        "I soil myself at night now without knowing",
        "bum went dead at work and it's still numb now between my legs",
        "legs feel dead heavy since Tuesday, both of them",
        "I OD'd on my co-codamol last night",
        "after the OD on Friday I was kept in hospital, now I'm home",
    )
    assert_each_calm(rules_alone, calm)
    assert_each_emergency(rules_alone, warn)


def test_a_resolution_denied_is_no_resolution(rules_alone):
    """Part 2: an infection beside a fever told as never sorted, seen to or treated ("an
    abscess ... never got it sorted") is not over (`pseudo` hides the "got it sorted" that
    read as resolved): the fever warns. A fever the GP got sorted, fine now, stays calm."""
    warn = (
        "Running a fever and my back is agony. I had an abscess on my gum a few weeks back and "
        "never got it sorted.",
        "temp of 39 and shivery with this back pain, there was a boil on my bum last month "
        "that I didn't get seen to",
    )
    calm = ("fever with my back pain last week but the GP got it sorted with antibiotics, fine "
            "now",)
    assert_each_warns(rules_alone, warn, "serious-illness-signs")
    assert_each_without(rules_alone, calm, "serious-illness-signs")
