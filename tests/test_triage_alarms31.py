"""Issue 7, stop 31 (alarms31): false alarms on the development sets fi to fl (French
speakers writing English, newcomers, people on new back medicines, couples), fixed by kind:
a painkiller's constipation told in one sentence and the going in another, a tumble with
nothing new after it, a swelling put elsewhere or a lump a doctor named harmless after a
"but", a cancer feared in every pain, what a medicine can do asked, a job named by a
treatment, someone called "the old man" or by a French family word, "sciatique", a trouble
or a fever said to be over, a change of subject, how far along a pregnancy is in months, a
pain "completely gone", a supposition of the body's ("say the pain spread"), talk in one's
sleep, footwear made for a sport, a room kept hot, a sneeze's force, strength found full,
a surgeon's list of risks, a habit to be stopped, coming to a country. Each calm reading
is checked beside the same kind of words with the sign itself, which must still warn.
Wordings are the author's own, never copied from a set."""

from __future__ import annotations

from triage_asserts import assert_calm, assert_caught


def test_constipation_in_one_sentence_explains_the_going_in_the_next(ask):
    """A message that names constipation and no bladder, leak, numbness or change speaks of
    the bowel when it says going is hard; a pee that will not come, numbness or a full
    bladder beside it still warns."""
    bowel = "The tramadol has me constipated. I know when I need to go, it's just hard."
    bowel_too = "Bunged up on the co-codamol again. She feels when she needs to go, it's hard."
    pee = "Constipated on the tramadol. Now I can't pee at all since lunch."
    numb = "Constipated from the codeine. I need to go but I can't feel anything down there."
    full = "Constipated on codeine. I need to go but nothing comes out and I'm bursting."
    assert_calm(ask(bowel), bowel)
    assert_calm(ask(bowel_too), bowel_too)
    assert_caught(ask(pee), pee, "cauda-equina")
    assert_caught(ask(numb), numb, "cauda-equina")
    assert_caught(ask(full), full, "cauda-equina")


def test_a_tumble_with_nothing_new_after_it_is_no_injury(ask):
    """A slip or a bump told with no new pain, not a mark, nothing hurting more: no trauma;
    one followed by numbness or pain since still warns."""
    slip = "Slipped on the ice outside the shop, didn't hit anything, no new pain at all."
    sat = "Went down on my bum on the stairs earlier, nothing hurts more, not even a bruise."
    hurt = "Slipped on the ice and landed on my back, can't feel my legs now."
    assert_calm(ask(slip), slip)
    assert_calm(ask(sat), sat)
    assert_caught(ask(hurt), hurt, "cauda-equina")


def test_a_swelling_put_elsewhere_or_named_harmless_is_no_back_lump(ask):
    """"Nothing to do with my back" puts a swelling elsewhere; a lump on the back a doctor
    named a lipoma, after a "but", is harmless; a back lump that grows still warns."""
    ankle = "Twisted my ankle at football, a bit swollen, nothing to do with my back."
    lipoma = "There was a lump on my back but it was a lipoma, taken out years ago."
    growing = "There's a lump on my back that keeps growing, it's bigger than last month."
    assert_calm(ask(ankle), ankle)
    assert_calm(ask(lipoma), lipoma)
    assert_caught(ask(growing), growing, "serious-illness-signs")


def test_a_cancer_feared_in_every_pain_is_a_fear(ask):
    """"I'm scared every pain is cancer" is a fear; a cancer the writer has still warns."""
    feared = "Since my aunt's illness I'm scared every ache is cancer. My sciatica is 2 weeks old."
    had = "I'm on treatment for bowel cancer and now my back hurts at night."
    assert_calm(ask(feared), feared)
    assert_caught(ask(had), had, "serious-illness-signs")


def test_what_a_medicine_can_do_is_asked(ask):
    """"Can gabapentin give seizures?" asks; a seizure had now still warns."""
    asked = "My friend's kid has epilepsy, he's fine. Can gabapentin give you seizures?"
    had = "I just had a seizure on the kitchen floor, I'm on gabapentin."
    assert_calm(ask(asked), asked)
    assert_caught(ask(had), had, "general-emergency")


def test_a_job_named_by_a_treatment_is_no_illness(ask):
    """A chemo nurse gives chemo; a writer having chemo still warns beside back pain."""
    job = "I'm a chemo nurse, on my feet all shift. Is my sciatica from the lifting?"
    had = "I'm having chemo for breast cancer and my back pain is new and bad."
    assert_calm(ask(job), job)
    assert_caught(ask(had), had, "serious-illness-signs")


def test_the_old_man_and_french_family_words_are_someone_else(ask):
    """"The old man on my ward" and "ma belle-mère" are others; the writer's own sign in the
    same words still warns."""
    him = ("The old man down the corridor wets himself, he has dementia. "
           "Will lifting him hurt my back?")
    her = "Ma belle-mere fell in the garden yesterday, she's fine. Can she use my back cushion?"
    mine = "I wet myself this morning without noticing, I have sciatique in both legs."
    assert_calm(ask(him), him)
    assert_calm(ask(her), her)
    assert_caught(ask(mine), mine, "cauda-equina")


def test_sciatique_tells_whose_back_it_is(ask):
    """"Me I have sciatique" makes the writer the patient, so a mother's long-known bladder
    is hers."""
    hers = ("My grandmother has bladder trouble for years, she's 85. "
            "Me I have sciatique, is it genetic?")
    assert_calm(ask(hers), hers)


def test_a_trouble_or_a_fever_said_to_be_over_is_over(ask):
    """"No problem now" after a treated infection, "all treated", "without fever": over; a
    fever today still warns."""
    infection = "Had a bladder infection in May, the antibiotics sorted it, no problems now."
    old = "As a boy I had typhoid with a very high fever, all treated. Could it cause sciatica?"
    flu = "Flu at the weekend with a fever, now two days without fever. Back the same."
    today = "Flu at the weekend with a fever and it's back today, 39.2 and shivering."
    assert_calm(ask(infection), infection)
    assert_calm(ask(old), old)
    assert_calm(ask(flu), flu)
    assert_caught(ask(today), today, "serious-illness-signs")


def test_a_change_of_subject_is_no_change_felt(ask):
    """"Different question:" changes the subject; a feeling that is different down below
    still warns."""
    subject = "Peeing is fine now. Different question: can I swim with sciatica?"
    felt = "Peeing feels different since this morning, I can't tell when I'm going."
    assert_calm(ask(subject), subject)
    assert_caught(ask(felt), felt, "cauda-equina")


def test_a_pregnancy_in_months_is_how_far_along(ask):
    """"Pregnant 7 months" is how far along; pain for seven months still warns."""
    along = "I'm pregnant 6 months and the sciatica is on the left, best way to sleep?"
    lasted = "I've had sciatica for 7 months and it's no better, what now?"
    assert_calm(ask(along), along)
    assert_caught(ask(lasted), lasted, "persistent-pain")


def test_a_pain_completely_gone_after_weeks_is_over(ask):
    """"Completely gone" after 9 weeks is no persistent pain; 9 weeks the same still warns."""
    gone = "Nine weeks of it but it's completely gone now! Can I go back to running?"
    same = "Nine weeks of it and it's exactly the same, nothing helps."
    assert_calm(ask(gone), gone)
    assert_caught(ask(same), same, "persistent-pain")


def test_a_supposition_of_the_body_is_imagined(ask):
    """"Say the pain spread to both legs" imagines it; the spread reported warns."""
    feared = "say the numbness went into both legs, what would I do? it's only the right now"
    had = "The numbness went into both legs this morning."
    assert_calm(ask(feared), feared)
    assert_caught(ask(had), had, "cauda-equina")


def test_talk_in_ones_sleep_is_no_speech_gone_wrong(ask):
    """Sleep talking is a sleeper's; muddled speech awake still warns."""
    asleep = "My husband says I was talking in my sleep again, is it the amitriptyline?"
    awake = "He's talking nonsense since lunch and can't find his words."
    assert_calm(ask(asleep), asleep)
    assert_caught(ask(awake), awake, "general-emergency")


def test_sport_footwear_explains_a_slapping_foot(ask):
    """A foot that slaps in ski boots is the boots'; one that slaps barefoot still warns."""
    boots = "My foot slapped down in the hired ski boots, can't walk in them. Is skiing ok?"
    bare = "My foot slaps the floor even barefoot, since last week."
    assert_calm(ask(boots), boots)
    assert_caught(ask(bare), bare, "progressive-weakness")


def test_a_hot_room_explains_night_sweats(ask):
    """Sweats with a heating one cannot turn down are the room's; with a fever they warn."""
    room = "Sweating at night but the radiator in my flat is stuck on full. Back is the usual."
    fever = "Sweating at night with a fever of 38.5 and my back is agony."
    assert_calm(ask(room), room)
    assert_caught(ask(fever), fever, "serious-illness-signs")


def test_a_sneezes_force_and_a_pregnancy_explain_a_small_leak(ask):
    """A little leak on a hard sneeze in a pregnancy; a leak not felt still warns."""
    sneeze = "I leaked a little wee when I sneezed really hard, I'm 30 weeks pregnant."
    unfelt = "I leaked wee without feeling it, I'm 30 weeks pregnant, numb down there."
    assert_calm(ask(sneeze), sneeze)
    assert_caught(ask(unfelt), unfelt, "cauda-equina")


def test_strength_found_full_is_no_weakness(ask):
    """A reflex reduced with full strength is no weakness; strength reduced still warns."""
    full = "The GP said one ankle reflex is reduced but my strength is full. Should I worry?"
    weak = "The GP said my strength is reduced in my left foot and it's getting worse."
    assert_calm(ask(full), full)
    assert_caught(ask(weak), weak, "progressive-weakness")


def test_a_surgeons_list_of_risks_is_imagined(ask):
    """"They told me the risks like bladder problems" lists; trouble had after still warns."""
    risks = "The surgeon went through the risks like bladder problems. Is the op worth it?"
    had = "Since the op I have bladder problems, I can't tell when I need to go."
    assert_calm(ask(risks), risks)
    assert_caught(ask(had), had, "cauda-equina")


def test_a_habit_to_stop_is_no_life_stopped(ask):
    """"Stop me snoring" is a habit; pain that stops one working still counts."""
    habit = "Best sleep position for sciatica that would also stop me snoring?"
    assert_calm(ask(habit), habit)


def test_coming_to_a_country_is_no_coming_round(ask):
    """"Since I came to the UK" is arriving; coming round after a faint still warns."""
    arrived = ("Lost 2 kg since I came to the UK, I walk everywhere now and eat less junk. "
               "I feel well.")
    fainted = "I fainted in the kitchen and hit my head, when I came to I was confused."
    assert_calm(ask(arrived), arrived)
    assert_caught(ask(fainted), fainted, "general-emergency")


def test_sitting_told_before_numbness_that_passed_explains_it(ask):
    """The sitting in one sentence, numbness that passed in the next: pressure; numbness
    that stays, or with the bladder, still warns."""
    passed = "Knelt in seiza for an hour at the dojo. Both legs went numb, fine after a minute."
    stays = "Sat cross legged for an hour at the temple. Both legs went numb and still are."
    bladder = "Sat on my heels for an hour. Numb between my legs, fine after a minute. Can't pee."
    assert_calm(ask(passed), passed)
    assert_caught(ask(stays), stays, "cauda-equina")
    assert_caught(ask(bladder), bladder, "cauda-equina")


def test_weight_lost_on_purpose_owns_the_time_said_with_it(ask):
    """"Dropped a dress size since Easter on purpose and my back is sore": the months are
    the diet's; the pain said to have lasted too ("ever since", "for months") still warns."""
    diet = "I've dropped a dress size since Easter on purpose and my back is sore."
    diet_too = "Lost 6 kg since January on purpose and my sciatica flares now and then."
    lasted = "Lost 6 kg since January on purpose and my back has hurt ever since."
    counted = "Lost 6 kg since January on purpose and my back has been sore for 3 months."
    assert_calm(ask(diet), diet)
    assert_calm(ask(diet_too), diet_too)
    assert_caught(ask(lasted), lasted, "persistent-pain")
    assert_caught(ask(counted), counted, "persistent-pain")
