"""Issue 7, stop 30 (alarms30): false alarms on the development sets fb to fe and the
leftovers of stop 29's lost second part, fixed by kind: a condition opened by a time ("if
one day I ...") or as a supposition ("Say my foot ..."), "fine so far" after a question of
what to do, a holiday's event dated days ago, what a sign "can last up to", an illness
"over now", "it's been fine since", driving or going into town or work, a foot trapped for
a second, a vehicle's mats, a day's low mood that will lift, a slip saved before a fall,
a term a clinician explained or mentioned, checking oneself for a sign, "not feeling
unwell", sex back to normal, "nothing weird", a best mate, whether the pain is a cancer;
second part: a weakness long ago that "came back fully", a hard poo, a trip over a thing
unseen in the dark, what may follow a planned operation.
Each calm reading is checked beside the same kind of words with the sign itself, which
must still warn. Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_a_condition_opened_by_when_is_still_a_condition(ask):
    """"If one day I ...": the time says nothing of the condition, whose main clause has
    not started at the "I"; the same sign told as had warns."""
    feared = "If one day I can't hold my wee at all, which hospital do I go to?"
    feared_too = "What if some day I lose control of my bowels, who do I ring?"
    had = "One day last week I couldn't hold my wee at all and it's still the same"
    assert_calm(ask(feared), feared)
    assert_calm(ask(feared_too), feared_too)
    assert_caught(ask(had), had, "cauda-equina")


def test_a_supposition_opened_by_say_is_imagined(ask):
    """"Say my foot started to drag, what then?" imagines it; "I'd say" or "as I say"
    before a sign is a report."""
    feared = "Say my foot started to drag on the hike, what would I do?"
    feared_too = "Let's say I lost feeling down below on the flight, then what?"
    had = "As I say, my foot has started to drag since Friday"
    assert_calm(ask(feared), feared)
    assert_calm(ask(feared_too), feared_too)
    assert_caught(ask(had), had, "progressive-weakness")


def test_fine_so_far_after_a_question_of_what_to_do_denies_it(ask):
    """A question of what to do if a sign came, then "fine so far": not had. Past a
    sentence of someone else's too. A question that reports it, then more, still warns."""
    feared = "Do I need A&E if my leg folds under me? Fine so far."
    feared_past_them = ("should I worry if my waterworks stop? my uncle's did once. "
                        "mine's ok so far")
    had = "My leg folds under me on the stairs, do I need A&E? It did it again today."
    assert_calm(ask(feared), feared)
    assert_calm(ask(feared_past_them), feared_past_them)
    assert_caught(ask(had), had, "progressive-weakness")


def test_touch_wood_alone_denies_nothing(ask):
    """"fingers crossed" or "touch wood" answer any question: never a denial."""
    had = "I can't wee at all since lunch, should I go to A&E? fingers crossed"
    assert_caught(ask(had), had, "cauda-equina")


def test_a_holidays_event_dated_days_ago_is_days_ago(ask):
    """"since the Easter fair on Sunday", "since the harvest supper last week": the event
    was days ago; the holiday alone, or told apart from a later day, still counts back."""
    recent = "Sciatica since the harvest festival supper last week, what helps?"
    recent_too = "Bad calf pain since the Easter fun run on Saturday. Stretches?"
    long = "Sciatica since Easter, still the same and nothing helps"
    long_too = "Sciatica since Easter, on Sunday it got worse"
    assert_calm(ask(recent), recent)
    assert_calm(ask(recent_too), recent_too)
    assert_caught(ask(long), long, "persistent-pain")
    assert_caught(ask(long_too), long_too, "persistent-pain")


def test_what_a_pain_can_last_up_to_is_expected(ask):
    """"can last up to 8 weeks" is what may come, not how long it has been."""
    expected = "The physio said sciatica can last up to 8 weeks. Mine began 4 days ago."
    lasted = "I've had this sciatica for 9 weeks now, no better at all"
    assert_calm(ask(expected), expected)
    assert_caught(ask(lasted), lasted, "persistent-pain")


def test_another_illness_over_now_is_over(ask):
    """A fever of a flu "that's over now" is over; one said to come back is not."""
    over = "I had a temperature with the flu a fortnight ago, that's over now. Any stretches?"
    back = "Had a temperature with the flu a fortnight ago, that's over now but it came back today"
    assert_calm(ask(over), over)
    assert_caught(ask(back), back, "serious-illness-signs")


def test_its_been_fine_since_ends_a_giving_way(ask):
    """"my knee gave way once in the autumn and it's been fine since": over. A leg that
    gives way again warns."""
    over = "My knee gave way once in the autumn and it's been fine since. Tips for sitting?"
    again = "My knee gave way in the autumn and again this morning, and it keeps giving way"
    assert_calm(ask(over), over)
    assert_caught(ask(again), again, "progressive-weakness")


def test_driving_or_going_into_town_or_work_is_a_trip(ask):
    """Driving into town, going into work: a trip, no car into a wall and no pain going
    into the arm."""
    trip = "Thinking of driving into town tomorrow, will the car seat hurt my back?"
    work = "I've got a chest infection, is it ok to go into work with sciatica as well?"
    crisis = "I keep thinking of driving into a wall on the way home"
    chest = "crushing chest pain going into my left arm"
    assert_calm(ask(trip), trip)
    assert_calm(ask(work), work)
    assert_caught(ask(crisis), crisis, "distress")
    assert_caught(ask(chest), chest, "general-emergency")


def test_a_foot_trapped_for_a_second_is_a_moment(ask):
    """A foot trapped under the sofa "for a second" is no crush; one still trapped, or
    someone trapped under a vehicle, is."""
    moment = "Got my foot trapped under the bed for a second moving it, no harm done."
    trapped = "My leg is trapped under the wardrobe and I can't move it"
    vehicle = "My husband got trapped under the tractor for a second"
    assert_calm(ask(moment), moment)
    assert_caught(ask(trapped), trapped, "general-emergency")
    assert_caught(ask(vehicle), vehicle, "general-emergency")


def test_a_vehicles_mats_are_no_vehicle(ask):
    """Flipping the car's mats to clean them is no crash; a car that flipped is."""
    mats = "Flipped the car's mats over to hose them and my back twinged. Stretches?"
    crash = "Our car flipped on the bypass last night"
    assert_calm(ask(mats), mats)
    assert_caught(ask(crash), crash, "general-emergency")


def test_a_days_low_mood_that_will_lift_stops_no_life(ask):
    """"can't do my usual chores today, I'll perk up": a bad day; not doing them for
    weeks still warns."""
    day = "Bit down today, can't do the chores I normally do. I'll perk up tomorrow."
    weeks = "Feeling low today, can't work, been off for 7 weeks now with this back pain"
    assert_calm(ask(day), day)
    assert_caught(ask(weeks), weeks, "persistent-pain")


def test_a_slip_saved_before_a_fall_is_no_blow(ask):
    """Slipped but grabbed the towel rail and did not fall: no trauma; a slip that landed
    on the back still warns."""
    saved = "Slipped on the wet tiles this morning but grabbed the towel rail, didn't fall."
    landed = "Slipped on the wet tiles this morning and landed on my back, it's agony"
    assert_calm(ask(saved), saved)
    assert_caught(ask(landed), landed, "serious-illness-signs")


def test_a_term_a_clinician_explained_or_mentioned_is_asked_about(ask):
    """"The nurse explained 'saddle anaesthesia' and I don't have it", "checked myself for
    the saddle numbness thing the physio mentioned, all normal": asked, looked for. The
    writer's own saddle numbness, explained by a doctor, still warns."""
    explained = "The nurse explained 'saddle anaesthesia' and I don't have it. Why saddle?"
    checked = "Checked myself for the saddle numbness thing the physio mentioned, all normal."
    had = "The doctor explained my saddle numbness is from the disc, it started today"
    assert_calm(ask(explained), explained)
    assert_calm(ask(checked), checked)
    assert_caught(ask(had), had, "cauda-equina")


def test_not_feeling_unwell_is_no_illness(ask):
    """"Not feeling unwell at all" denies feeling unwell and loses no feeling."""
    well = "Not feeling unwell at all, no temperature. Can I go swimming with sciatica?"
    numb = "Not feeling my legs properly since this morning"
    assert_calm(ask(well), well)
    assert_caught(ask(numb), numb, "cauda-equina")


def test_sex_back_to_normal_and_nothing_weird_deny(ask):
    """Sex "back on the menu", "no numbness, nothing weird": working normally. Sex with
    nothing felt still warns."""
    back = "A bit of tingling in my calf still. Sex is back on the menu, best positions?"
    fine = "Sex with my partner was fine last night, no numbness, nothing weird at all."
    lost = "Tried sex with my husband last night, nothing, couldn't feel a thing down there"
    assert_calm(ask(back), back)
    assert_calm(ask(fine), fine)
    assert_caught(ask(lost), lost, "cauda-equina")


def test_a_best_mates_cancer_is_theirs(ask):
    """"my best mate has cancer" is the mate's; "cheers mate" names no one."""
    theirs = "My best mate has just got a cancer diagnosis. I've got sciatica, tips for the car?"
    mine = "I've just been diagnosed with cancer and now my back is killing me at night"
    assert_calm(ask(theirs), theirs)
    assert_caught(ask(mine), mine, "serious-illness-signs")


def test_whether_the_pain_is_a_cancer_is_asked(ask):
    """"Is my back pain cancer?" and "more likely to be cancer? ... it came on after
    gardening" ask; a cancer had, or said to spread, still warns."""
    asked = "Is my back pain cancer? Never had it, I'm just scared."
    likely = ("My uncle had prostate cancer. Does that make my sciatica more likely to be "
              "cancer? It came on after digging the allotment.")
    had = "I had breast cancer two years ago, is my back pain from it spreading?"
    assert_calm(ask(asked), asked)
    assert_calm(ask(likely), likely)
    assert_caught(ask(had), had, "serious-illness-signs")


def test_legs_shaky_after_a_class_or_a_fast_kept_are_explained(ask):
    """Legs like jelly after a first gym class, appetite gone in a fast kept: spent muscles
    and fasting. Shaky with a fever still warns."""
    spent = "Legs like jelly after my first zumba class, thighs aching. Fine to go again?"
    fast = "Lost my appetite during Ramadan, it's the fasting I think. Back's the same."
    fever = "Shaky after the gym and burning up, temperature of 39, back pain too"
    assert_calm(ask(spent), spent)
    assert_calm(ask(fast), fast)
    assert_caught(ask(fever), fever, "serious-illness-signs")


def test_a_night_named_for_an_event_is_no_night_pain(ask):
    """"bonfire night", "quiz night": an evening, no pain at night; shivers warmed away.
    Pain that wakes one every night still warns."""
    event = "Got the shivers at the bonfire night display, warmed up with soup. Back's same."
    nights = "The back pain wakes me every single night and nothing I do eases it"
    assert_calm(ask(event), event)
    assert_caught(ask(nights), nights, "serious-illness-signs")


def test_choked_up_is_moved_not_choking(ask):
    """"so choked up I could hardly speak" at a wedding is emotion; choking is not."""
    moved = "Got all choked up at my son's wedding speech. Standing all day hurt my leg though."
    choking = "He's choking on a sweet and can't breathe"
    assert_calm(ask(moved), moved)
    assert_caught(ask(choking), choking, "general-emergency")


def test_a_lump_put_elsewhere_after_but_is_not_the_backs(ask):
    """"found a lump, but it's on my hand, a ganglion": elsewhere; one on the spine warns."""
    elsewhere = "Found a lump, but it's on my hand, a ganglion apparently. Back's ok."
    spine = "Found a new lump on my spine, and it's getting bigger"
    assert_calm(ask(elsewhere), elsewhere)
    assert_caught(ask(spine), spine, "serious-illness-signs")


def test_a_weakness_long_ago_that_came_back_fully_is_over(ask):
    """"A long time ago my foot drooped, after the op it came back fully": long past and
    over; a foot that droops again now still warns."""
    over = "A long time ago my foot drooped from a disc, after the op it came back fully. Run?"
    again = "A long time ago my foot drooped, and since Monday it's drooping again"
    assert_calm(ask(over), over)
    assert_caught(ask(again), again, "progressive-weakness")


def test_a_hard_poo_is_no_effort_failing(ask):
    """Constipated on a painkiller, "just hard poo", the urge felt: no sign; not feeling
    the need to go still warns."""
    hard = "Constipated since starting codeine, I know when I need to go, it's just hard poo."
    unfelt = "I can't tell when I need a poo any more, it just comes out"
    assert_calm(ask(hard), hard)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")


def test_a_trip_over_a_thing_unseen_in_the_dark_is_the_eyes(ask):
    """Tripped over the dog's bowl in the dark, didn't see it: no foot drop. A foot that
    keeps catching, in the dark or not, still warns."""
    unseen = "Tripped over the dog's bowl in the dark, grazed my knee, didn't see it. Back same."
    catching = "My foot keeps catching on the carpet and I trip, even in daylight"
    assert_calm(ask(unseen), unseen)
    assert_caught(ask(catching), catching, "progressive-weakness")


def test_what_might_follow_a_planned_operation_is_imagined(ask):
    """"If I have the op and have trouble peeing after": a choice to come; a retention now
    beside the same "if" still warns."""
    planned = "If I have the op in spring and have trouble weeing after, is that usual?"
    now = "If I have the op, will it fix that I can't pee properly now?"
    assert_calm(ask(planned), planned)
    assert_caught(ask(now), now, "cauda-equina")
