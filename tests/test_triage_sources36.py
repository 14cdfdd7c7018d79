"""Issue 7, stop 36 (sources36): signs told beside what another source says. A sign a
source names (the news, a forum, a video, a chatbot, a symptom checker, a card, a page) is the
source's words, not the writer's, when the source is named with what it did with them ("the
forum reckons", "the chatbot listed", "the news said"); the writer's own answer after it takes
them over ("I've got both", "that's me", "I can't on the right"), and a place the source names
is the writer's when the very next sentence tells their own sign there, started just now.
Each calm reading sits beside the same kind of words with the sign itself, which must still
warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_the_news_saying_is_no_sign_of_ones_own(ask):
    """What the news says a heart attack does is the news's; the writer's chest pain warns."""
    news = ("The news said a stroke can make your face droop. My face is fine, it's just "
            "the sciatica in my left leg again")
    own = "the news was on and suddenly my face drooped and my arm went dead"
    assert_calm(ask(news), news)
    assert_caught(ask(own), own, "general-emergency")


def test_a_chatbot_listing_a_term_is_a_question(ask):
    """A red flag a chatbot listed, asked about, is a term; the writer's own numb saddle warns."""
    listed = "Gemini listed 'loss of bowel control' as a warning sign, what does it mean exactly?"
    own = "Since this morning I can't control my bowels and my bum is numb"
    assert_calm(ask(listed), listed)
    assert_caught(ask(own), own, "cauda-equina")


def test_reading_about_it_again_and_again_is_reading(ask):
    """A sign read about again and again is what was read; one's own numb groin warns."""
    reading = ("I keep reading about numb privates with sciatica, scaring myself. "
               "Mine's just my calf.")
    own = "my privates went numb yesterday and it's still numb today"
    assert_calm(ask(reading), reading)
    assert_caught(ask(own), own, "cauda-equina")


def test_the_writers_own_after_the_source_still_warns(ask):
    """The source's words end where the writer's own begin ("and my ...")."""
    told = ("The forum says you should go to A&E with a numb bum and my bum has been numb "
            "since Monday")
    assert_caught(ask(told), told, "cauda-equina")


def test_a_reply_takes_over_what_the_source_named(ask):
    """"I can't on the right" answers a test a page puts to anyone: the writer failed it."""
    failed = ("The NHS page says if you can't go up on your toes on one leg you need to be "
              "seen. I can't on the right.")
    passed = ("The NHS page says if you can't go up on your toes on one leg you need to be "
              "seen. Did it fine on both.")
    assert_caught(ask(failed), failed, "progressive-weakness")
    assert_calm(ask(passed), passed)


def test_thats_me_takes_over_a_quoted_sign(ask):
    """"That's me" after a sign a leaflet names makes it the writer's; "not me" leaves it."""
    me = "The hospital leaflet says 'numbness around your back passage'. That's me."
    not_me = "The hospital leaflet says 'numbness around your back passage'. Not me thankfully."
    assert_caught(ask(me), me, "cauda-equina")
    assert_calm(ask(not_me), not_me)


def test_a_place_a_source_names_is_taken_by_a_new_sign(ask):
    """A place a card asks about, then the writer's own trouble there since last week, warns;
    the same card with nothing new told, or a trip the writer explains, stays calm."""
    taken = ("The red flag card asks about erections. I've had real trouble there since "
             "last week when the sciatica flared.")
    calm = "The red flag card asks about erections. Thankfully that's all normal for me."
    assert_caught(ask(taken), taken, "cauda-equina")
    assert_calm(ask(calm), calm)


def test_a_place_in_a_signs_name_is_not_taken(ask):
    """"Foot drop" read about, then a stumble that was one's own fault: the foot is fine."""
    stumble = ("Saw a video saying foot drop makes you stumble. I stumbled on the kerb this "
               "morning, my fault, both feet work normally.")
    assert_calm(ask(stumble), stumble)


def test_i_cant_answers_the_sources_if(ask):
    """"I can't" after what a forum says of not being able to pee is the writer's own; "that's
    it" after the same words only ends the quote."""
    cant = "Reddit says if you can't pee it's an emergency. I can't."
    ended = "The forum says numbness in the saddle area is an emergency. That's it."
    assert_caught(ask(cant), cant, "cauda-equina")
    assert_calm(ask(ended), ended)


def test_what_a_term_covers_is_asked(ask):
    """Whether a term read about covers another case is a question; one's own numb seat warns."""
    covers = ("I keep reading about saddle numbness. Does that include a numb bum after a long "
              "drive?")
    own = "After the long drive my bum stayed numb and it's still numb two days later."
    assert_calm(ask(covers), covers)
    assert_caught(ask(own), own, "cauda-equina")


def test_a_thought_of_ones_own_beside_a_leaflet_is_still_a_crisis(ask):
    """A leaflet's words about mood never explain away a thought the writer tells as their
    own; a side effect the leaflet lists, asked about and denied, stays calm."""
    own = ("sometimes I think about driving into the wall on the way home, then it would all "
           "stop. the leaflet says pain can make you low.")
    listed = "Can gabapentin cause suicidal thoughts? The leaflet lists it. I don't have any."
    assert_caught(ask(own), own, "distress")
    assert_calm(ask(listed), listed)


def test_a_yes_after_the_source_joins_what_follows(ask):
    """A bare "yes" after what a sheet says of the bowels, then the writer's own account,
    is one account; "yes" followed by an ordinary complaint stays calm."""
    told = ("The sheet from the spinal clinic says losing feeling when you open your bowels. "
            "yes. I couldn't feel anything pass this morning.")
    calm = ("The sheet from the spinal clinic says losing feeling when you open your bowels. "
            "yes. I read it twice. My back is stiff this morning.")
    assert_caught(ask(told), told, "cauda-equina")
    assert_calm(ask(calm), calm)


def test_a_place_a_sheet_names_is_taken_by_the_one_it_was_about(ask):
    """"If he can't pass urine", then his own failed tries since the morning: his sign."""
    his = ("My husband's discharge sheet says come back if he can't pass urine. He's been "
           "trying since this morning and nothing comes.")
    fine = ("My husband's discharge sheet says come back if he can't pass urine. He's been "
            "fine, peeing normally since he got home.")
    assert_caught(ask(his), his, "cauda-equina")
    assert_calm(ask(fine), fine)


def test_a_video_call_is_someone_talking(ask):
    """A video call is a person telling of their own sign, never a video passed on."""
    call = ("My son's away at uni, we facetimed and he says his foot is slapping the floor and "
            "he keeps tripping since the weekend")
    video = "Watched a video saying foot drop makes you trip. Mine's fine, just sore."
    assert_caught(ask(call), call, "progressive-weakness")
    assert_calm(ask(video), video)
def test_how_long_a_source_says_it_takes_is_no_time_lasted(ask):
    """What a source says the course usually does ("settles within 6 weeks") is the
    yardstick, not the writer's past: a bout past it warns, one short of it or over stays
    calm."""
    past_it = "the forum says sciatica settles within 6 weeks, I'm on week 8 of it"
    short = "the forum says sciatica settles within 6 weeks, I'm on week 3 of it"
    over = "the forum says sciatica settles within 6 weeks, mine settled in 2"
    assert_caught(ask(past_it), past_it, "persistent-pain")
    assert_calm(ask(short), short)
    assert_calm(ask(over), over)


def test_a_part_that_dates_the_sign_does_not_place_it(ask):
    """"Since my back flared" says when, not where: the sign after it is of the place the
    leaflet named; a sore calf told since then is the calf's."""
    dated = ("The clinic leaflet asks about ejaculation problems. Since my back flared on Friday "
             "nothing comes out and it felt really different.")
    calf = ("The clinic leaflet asks about ejaculation problems. Since my back went last week my "
            "calf has been sore, nothing else.")
    assert_caught(ask(dated), dated, "cauda-equina")
    assert_calm(ask(calf), calf)
