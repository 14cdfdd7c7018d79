"""Issue 7, stop 50 (misses50): the misses of the four development sets of stop 50
(carpenters, welders and farriers; gymnasts, acrobats and stunt performers; tree surgeons,
foresters and anglers; nannies, childminders and parents at home). Wordings are the author's
own, never copied from a set."""

from __future__ import annotations

from datetime import date

from triage_asserts import (
    assert_calm,
    assert_each_emergency,
    assert_each_warns,
    assert_the_rules_warn,
)

from bot.engine.durations import durations_in_days

TODAY = date(2026, 11, 25)


def test_a_question_asked_before_ends_where_something_happens_now(rules_alone):
    """A question the person was asking, then "and now" a face that droops and speech gone
    wrong, is a stroke told as happening (NHS FAST), whatever medicine is asked about after
    it. A face that only looks dropped in a photo stays calm."""
    stroke = ("my dad was asking me about his back exercises and now his mouth has dropped on "
              "one side and his words are coming out wrong. could it be the pregabalin?")
    speech = "my wife was asking about the leaflet and now her arm is weak and her speech slurred"
    photo = "in the photo one side of my face looks like it dropped, is that the pregabalin?"
    assert_each_emergency(rules_alone, (stroke, speech))
    assert_each_warns(rules_alone, (stroke, speech), "general-emergency")
    assert_calm(rules_alone(photo), photo)


def test_a_fall_out_of_a_tree_is_a_fall(rules_alone):
    """"Fell out of" a tree, a loft or a hayloft is a fall (from a height: an emergency when
    the person is hurt now), never the quarrel "fell out" is as an idiom. A fall from a tree
    told of last year, the person fine since, and a quarrel stay calm."""
    now = "my brother has just fallen out of the big ash tree in the garden and he can't get up"
    loft = "dad fell out of the loft hatch, about 12 feet, he's lying there groaning"
    last_year = ("my mate fell out of a tree last year and hurt his back, he's fine now, "
                 "what stretches help sciatica?")
    quarrel = "me and my sister fell out over christmas and my back's been tense since"
    assert_each_emergency(rules_alone, (now, loft))
    assert_calm(rules_alone(last_year), last_year)
    assert_calm(rules_alone(quarrel), quarrel)


def test_a_count_of_a_test_that_falls_is_weakness_getting_worse(rules_alone):
    """A test the physio asks to count (sit-to-stands, calf raises), named in a sentence of its
    own and counted in the sentences after it, that falls on one side is weakness getting
    worse (NICE CKS: progressive neurological deficit), whatever the other side did. One that
    rises is progress."""
    falls = ("The physio gave me chair sit-to-stands on one leg. Last month I could do 9 on the "
             "right. Today only 2, with a push from my arms. Left still fine.")
    rises = ("The physio gave me chair sit-to-stands on one leg. Last month I could do 2 on the "
             "right. Today 9. Left still fine.")
    assert_the_rules_warn(rules_alone(falls), falls, "progressive-weakness")
    assert_calm(rules_alone(rises), rises)


def test_a_leg_gone_useless_since_it_was_fine_is_weakness(rules_alone):
    """A leg said to have gone useless, fine a short while ago in any words ("fine enough",
    "grand", "alright"), is weakness come on. A phone gone useless is no leg's."""
    leg = "my left leg has gone useless on me, it was grand last week"
    enough = "the foot went useless, it was fine enough a fortnight ago"
    phone = "my phone has gone useless, my leg was alright last week though"
    assert_each_warns(rules_alone, (leg, enough), "progressive-weakness")
    assert_calm(rules_alone(phone), phone)


def test_a_saddle_asked_of_that_the_writer_says_has_not_gone_is_theirs(rules_alone):
    """A numb saddle asked of with a cause ("from sitting ...?") that the writer then says of
    theirs has not gone ("mine hasn't gone") is their own, lasting past the cause: cauda
    equina. Theirs that came back once up, or a question alone, stays calm."""
    lasting = ("can a long drive give you a numb bum and inner thighs? mine still hasn't gone "
               "and I got out of the car at lunchtime")
    back = ("can sitting on a cool box all day give you a numb bum? mine went away once I'd "
            "had a walk round")
    asked = "can sitting on a cool box all day give you a numb bum?"
    assert_the_rules_warn(rules_alone(lasting), lasting, "cauda-equina")
    assert_calm(rules_alone(back), back)
    assert_calm(rules_alone(asked), asked)


def test_a_start_dated_by_an_event_which_was_weeks_ago(rules_alone):
    """"It started the week we did X, which was N weeks ago" dates the start by the event:
    the pain has lasted N weeks (persistent pain from six). What a person started then ("I
    started the new job ...") dates no pain."""
    pain = ("it started the week we fitted out the shop counter, which was nine weeks ago, and "
            "it's the same now as it was then")
    job = "I started the new job the week we put the new floor in, which was nine weeks ago"
    assert_the_rules_warn(rules_alone(pain), pain, "persistent-pain")
    assert_calm(rules_alone(job), job)


def test_a_whole_term_is_a_long_time():
    """"All term", "the whole semester" is a term gone through, two months at least, as "all
    winter" is a season; "long-term" and "in the short term" are no time lasted."""
    assert durations_in_days("my back has hurt all term", TODAY) == [60]
    assert durations_in_days("sore the whole semester", TODAY) == [60]
    assert durations_in_days("is it a long-term thing?", TODAY) == []
    assert durations_in_days("fine in the short term", TODAY) == []
