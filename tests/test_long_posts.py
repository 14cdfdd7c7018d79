"""Long real posts (issue 7 and 8 on real_questions3): a sign is not put together across a
long story, and a sign said plainly in a clinical or lay way is caught. Probes in new words,
not sentences of the set."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("message", [
    # a sign word told of another part of the body, in another clause, is that part's
    "Sharp pain in my bum whenever I drive. My left foot goes numb now and then.",
    "Aching bottom after the long shift, and my right leg keeps going numb at night",
    "Some groin ache after five-a-side. My calf issues are back as well.",
    "Bad pain in my backside when I sit for long. Also my toes feel numb sometimes.",
    # a disc choking a nerve is the nerve squeezed; the ball of the foot; a soak in a bath
    "The surgeon said the bulge is choking my L5 nerve root. Is an operation worth it?",
    "the scan shows the disc choking the nerve, so what now?",
    "pins and needles in the balls of my feet after a long run",
    "A salt soak in the bath and looser trousers helped a bit with the ache",
    # nearly fainting without an injury; a path of pain from the waist down one leg
    "I stood up too fast and nearly passed out, my back is stiff",
    "the pain goes from my waist down to my knee on the left",
])
def test_a_sign_is_not_put_together_across_a_long_story(ask, message):
    assert ask(message).kind != "urgent", message


@pytest.mark.parametrize(("message", "flag"), [
    # a list still names each place, and a sign told of the place stays its sign
    ("My groin, legs and feet are numb", "cauda-equina"),
    ("My bottom has been sore all week. Now it has gone numb too.", "cauda-equina"),
    ("Numb between my legs, and my feet tingle", "cauda-equina"),
    # said plainly, in clinical or lay words
    ("Lost feeling from the waist down after lifting the wardrobe", "cauda-equina"),
    ("She has lost all feeling in her lower half since Tuesday", "cauda-equina"),
    ("Did my back in at work and almost blacked out", "serious-illness-signs"),
    ("Hurt my lower back on the stairs and nearly fainted", "serious-illness-signs"),
    ("Back ache and feeling exhausted and sick all week", "serious-illness-signs"),
    ("The sciatica is so bad I have to hold onto the furniture to get around",
     "persistent-pain"),
    ("I'm unable to do simple tasks because of the pain in my back", "persistent-pain"),
    # the choking itself, and choking on tablets, are still emergencies
    ("my husband is choking and can't get air", "general-emergency"),
    ("she's choking on her nerve tablets", "general-emergency"),
])
def test_a_sign_said_plainly_in_a_long_post_is_caught(ask, message, flag):
    a = ask(message)
    assert a.kind == "urgent" and a.id == flag, (message, a.kind, a.id)


def test_a_carers_question_naming_no_one_asks_for_the_one_cared_for(ask):
    """After a story of someone else's, a question that names no one ("Would physio help
    with the pain?") tells no symptom of the writer's own: the one cared for is the
    patient. A question naming the writer still does ("could it do that to me?")."""
    a = ask("My dad has lost the feeling in his lower body. Would physio help with the pain?")
    assert a.kind == "urgent" and a.id == "cauda-equina"
    b = ask("my gran wets herself now and then, she's 91. could sciatica do that to me one day")
    assert b.kind != "urgent"


@pytest.mark.parametrize("message", [
    "Having a spinal tap next week. Will the needle hurt much?",
    "Can a herniated lumbar disc cause migraines?",
    "Headache every afternoon since my epidural on Friday, will it go away by itself?",
])
def test_a_question_whose_point_is_another_part_is_another_conditions(ask, message):
    """A test of the spinal fluid, headaches, the ears: a GP's to look into, whatever spinal
    word or treatment the post names."""
    assert ask(message).kind == "fallback", message


@pytest.mark.parametrize("message", [
    "Will my back pain get worse if I put off the operation?",
    "When I was 12, I fell out of a tree. Is sitting all day bad for my back?",
])
def test_a_long_posts_future_or_childhood_is_not_now(ask, message):
    assert ask(message).kind != "urgent", message
