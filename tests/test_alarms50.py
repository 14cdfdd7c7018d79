"""Issue 7, stop 50 (alarms50), part 1: false alarms of the four new development triage sets
(carpenters, smiths and farriers; gymnasts, cheerleaders and circus people; foresters,
gamekeepers and anglers; nannies and childminders), fixed by cause: someone else's or an
animal's sign told beside the writer's ordinary back, and figures of speech and other senses
of a sign's words. Each calm reading is checked beside the same kind of words with the sign
itself, which must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught, assert_each_calm


def test_a_trade_or_a_plan_that_collapsed(ask):
    """A price whose bottom fell out, or a plan "dead in the water", is a trade's or a plan's
    failure; a fall from a height and a numb bottom still warn."""
    calm = [
        "the arse has fallen out of the furniture trade this winter, so what stretches can I do?",
        "the whole job's dead in the water if I can't finish the roof this week. can I work "
        "through sciatica?",
    ]
    assert_each_calm(ask, calm)
    fall = "I fell out of the loft hatch onto the landing and now my legs won't move"
    numb = "my bum and privates have gone dead and I can't feel myself wee"
    assert_caught(ask(fall), fall, "general-emergency")
    assert_caught(ask(numb), numb, "cauda-equina")


def test_windows_blacked_out(ask):
    """Glass blacked out with paint or bags is glass; someone who blacked out still warns."""
    calm = "spent the morning fitting blackout blinds and blacked out the windows of the shed"
    assert_calm(ask(calm), calm)
    fainted = "I blacked out on the stairs this morning and hit my head"
    assert_caught(ask(fainted), fainted, "general-emergency")


def test_a_weed_or_a_rival_called_a_cancer(ask):
    """A plant or a habit that "is a cancer on" a place is a judgment of how it spreads; a
    cancer told of the writer's body still gets its warning."""
    calm = ("bracken is a cancer on these hills, I've been cutting it back all week and my back "
            "aches")
    assert_calm(ask(calm), calm)
    cancer = "I've had cancer before and now I have back pain at night and I'm losing weight"
    assert_caught(ask(cancer), cancer, "serious-illness-signs")


def test_a_lump_of_a_material(ask):
    """A lump of timber or stone is a piece to lift; a lump on the back that grows warns."""
    calm = "moved a big lump of elm off the saw bench with the crane, my back's sore"
    assert_calm(ask(calm), calm)
    lump = "there's a hard lump on my lower back that keeps growing and I've lost weight"
    assert_caught(ask(lump), lump, "serious-illness-signs")


def test_clothes_wet_through_in_the_rain(ask):
    """Rain that pours, said in a trade's words, soaks the clothes and no bladder; a leak not
    felt still warns."""
    calm = "it was chucking it down on site, wet through to my undies. back stiff, heat or ice?"
    assert_calm(ask(calm), calm)
    leak = "I wet myself on the bus and didn't even feel it happen, my back is agony"
    assert_caught(ask(leak), leak, "cauda-equina")


def test_better_off_if_a_club_did_a_thing(ask):
    """All "better off if the gym put in" a thing is a grumble; better off without the writer
    still gets the crisis reply."""
    calm = ("everyone would be better off if the school bought proper chairs. my back's sore from "
            "the tiny ones")
    assert_calm(ask(calm), calm)
    crisis = "everyone would be better off if I wasn't here anymore"
    assert_caught(ask(crisis), crisis, "distress")


def test_a_nosebleed_that_stopped(ask):
    """A child's nosebleed that stopped after a few minutes of pinching is over; one that
    will not stop still gets the call."""
    calm = ("my son had a nosebleed that went everywhere this morning, stopped after pinching it. "
            "anyway, can I take ibuprofen for sciatica?")
    assert_calm(ask(calm), calm)
    bleed = "my son's nose has been pouring blood for 40 minutes and won't stop"
    assert_caught(ask(bleed), bleed, "general-emergency")


def test_the_back_itself_wrecked_or_playing_up(ask):
    """The drive "wrecking my sciatica" or "my back's playing up" is the back's pain, never a
    bladder's trouble paired with a sitting word; a bladder that stops working still warns."""
    calm = [
        "the sitting at my desk is wrecking my sciatica. better chair or a standing desk?",
        "my hamster can't wee and is at the vet's. meanwhile my back's playing up again",
    ]
    assert_each_calm(ask, calm)
    bladder = "my back is bad and my bladder has stopped working, I can't pee at all"
    assert_caught(ask(bladder), bladder, "cauda-equina")


def test_a_squad_or_a_companys_people(ask):
    """One of a coach's gymnasts or a company's performer with a sign is someone else; a coach
    who tells of their own weakness still warns."""
    calm = [
        "one of my gymnasts has a temperature so she's sitting out. my back's a bit better",
        "our ringmaster has started chemo, we're all wearing ribbons. my sciatica is easing",
        "my flyer had a fever last night, so I've no one to lift. back's fine, any core work?",
    ]
    assert_each_calm(ask, calm)
    own = "I coach gymnasts and my own leg keeps giving way on the mat, it's getting weaker"
    assert_caught(ask(own), own, "progressive-weakness")


def test_an_animal_the_writer_works_on(ask):
    """The horse a farrier shoes that drags a toe is the horse's; a farrier whose own foot
    drags still warns."""
    calm = "the gelding I'm trimming today drags his hind toe, the vet's coming. my back is ok"
    assert_calm(ask(calm), calm)
    own = "I'm shoeing all day and my own foot has started dragging and slapping down"
    assert_caught(ask(own), own, "progressive-weakness")


def test_an_animals_illness_dated_last_month(ask):
    """A pet's fit dated a month ago dates the pet's illness, not the writer's pain; a pain of
    the writer's dated months still warns."""
    calm = ("the dog had a seizure last month, the vet has him on tablets. walking him makes my "
            "sciatica worse though")
    assert_calm(ask(calm), calm)
    lasting = "my sciatica started in August and it's no better, if anything it's getting worse"
    assert_caught(ask(lasting), lasting, "persistent-pain")


def test_nights_on_the_floor_beside_someone(ask):
    """Nights on the floor beside a sick pet or a child are care given; nights on the floor
    because of the back still count."""
    calm = ("Been sleeping on the floor next to her cot and my sciatica isn't loving it. best way "
            "to get up?")
    assert_calm(ask(calm), calm)
    stops = "I've had to sleep on the floor for two months because my back is too sore for the bed"
    assert_caught(ask(stops), stops, "persistent-pain")
